// The script of every prerendered page, in place of Trunk's loader
// (app_loader.rs fills in the quoted names).
//
// Until the app takes the page over, the phone menu button works from here:
// the stylesheet shows the navigation while the button is `aria-expanded`,
// and Escape closes it. These listeners leave with the prerendered nodes the
// app replaces; the takeover keeps an open menu open.
const menuButton = document.querySelector('button[aria-controls="__NAV_ID__"]');
if (menuButton) {
  const setOpen = (open) => menuButton.setAttribute('aria-expanded', String(open));
  menuButton.addEventListener('click', () => setOpen(menuButton.getAttribute('aria-expanded') !== 'true'));
  menuButton.parentElement.addEventListener('keydown', (event) => {
    if (event.key !== 'Escape' || menuButton.getAttribute('aria-expanded') !== 'true') return;
    setOpen(false);
    menuButton.focus();
  });
}
// The page is complete without the app, so the app's files are fetched only
// once the browser has painted it: fetched earlier, they compete with the
// page's own files for the first paint.
await new Promise((start) => {
  const nextFrame = () => requestAnimationFrame(() => setTimeout(start));
  const loaded = () => {
    if (!globalThis.PerformanceObserver?.supportedEntryTypes?.includes('largest-contentful-paint')) return nextFrame();
    // Chromium may hold the first paint past `load`; its largest paint is
    // reported once it has been presented.
    new PerformanceObserver((_, observer) => {
      observer.disconnect();
      nextFrame();
    }).observe({ type: 'largest-contentful-paint', buffered: true });
    // A tab opened in the background reports no paint.
    setTimeout(start, 3000);
  };
  if (document.readyState === 'complete') loaded();
  else addEventListener('load', loaded, { once: true });
});
// Trunk's subresource integrity, kept: on the modules (the app's and the
// snippets it imports) through their preloads, on the WebAssembly through
// its request.
for (const [href, integrity] of __MODULE_PRELOADS__) {
  document.head.append(Object.assign(document.createElement('link'), {
    rel: 'modulepreload', href, integrity, crossOrigin: 'anonymous',
  }));
}
const bindings = await import('__GLUE__');
const wasm = await bindings.default({
  module_or_path: new Request('__WASM__', { integrity: '__WASM_INTEGRITY__' }),
});
window.wasmBindings = bindings;
dispatchEvent(new CustomEvent('TrunkApplicationStarted', { detail: { wasm } }));
