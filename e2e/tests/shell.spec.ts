// The built dist, served the way a CDN serves it, renders the app.
import { test, expect, screenshot, artifactsDir, content, newsItems, appStarted, openApp, HTML_LANG, LANGS, builtPages } from './fixtures';

test('the home page renders header, main and footer', async ({ page }) => {
  await page.goto('/en/');
  await expect(page.getByRole('banner')).toBeVisible();
  await expect(page.getByRole('banner')).toContainText(content('en', 'site.json').name);
  await expect(page.getByRole('main')).toBeVisible();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(content('en', 'home.json').heading);
  await expect(page.getByRole('contentinfo')).toBeVisible();
  await expect(page.getByRole('contentinfo')).toContainText(content('en', 'site.json').contact.address);
  // Both stylesheets apply: the global tokens and the component modules.
  await expect(page.locator('body')).toHaveCSS('background-color', 'rgb(247, 249, 250)');
  await expect(page.getByRole('contentinfo')).toHaveCSS('border-top-style', 'solid');
});

test('the server sends wasm as application/wasm and caches every hashed file for a year', async ({ page, request }) => {
  const wasm = page.waitForResponse((r) => r.url().endsWith('.wasm'));
  await page.goto('/en/');
  const response = await wasm;
  expect(response.headers()['content-type']).toBe('application/wasm');
  expect(response.headers()['cache-control']).toBe('public, max-age=31536000, immutable');
  // Every file the build names as hashed: `_headers` lists them by the one
  // rule (src/headers.rs), which nginx's pattern is held to by a host test.
  const html = await request.get('/en/');
  expect(html.headers()['cache-control']).toBe('no-cache');
  const fs = await import('node:fs');
  const path = await import('node:path');
  const listed = fs
    .readFileSync(path.resolve(__dirname, '../../dist/_headers'), 'utf8')
    .split('\n')
    .filter((line) => line.startsWith('/') && line !== '/*');
  // The shell's own stylesheets and app module are among them.
  const named = new Set([...(await html.text()).matchAll(/(?:href|src)="([^"]+\.(?:js|wasm|css|svg))"/g)].map((m) => m[1]));
  expect(listed.filter((f) => f.endsWith('.css') && named.has(f)).length).toBeGreaterThanOrEqual(2);
  expect(listed.some((f) => f.endsWith('_bg.wasm'))).toBe(true);
  for (const file of listed) {
    const asset = await request.get(file);
    expect(asset.status(), file).toBe(200);
    expect(asset.headers()['cache-control'], file).toBe('public, max-age=31536000, immutable');
  }
});

test('the wasm, scripts, styles and content are served precompressed, brotli first', async ({ page, request }) => {
  // The app's files are requested only once the page has been painted.
  await openApp(page, '/en/');
  const assets = await page.evaluate(() =>
    performance.getEntriesByType('resource').map((e) => new URL(e.name).pathname),
  );
  const wasm = assets.find((a) => a.endsWith('.wasm'))!;
  for (const asset of ['/en/', wasm, ...assets.filter((a) => /\.(js|css|json)$/.test(a))]) {
    for (const encoding of ['br', 'gzip']) {
      const response = await request.get(asset, { headers: { 'Accept-Encoding': encoding } });
      expect(response.headers()['content-encoding'], `${asset} with ${encoding}`).toBe(encoding);
      expect(response.headers()['vary'], asset).toContain('Accept-Encoding');
    }
  }
  // The decompressed wasm is the real module, not a mislabelled file.
  const body = await (await request.get(wasm, { headers: { 'Accept-Encoding': 'br' } })).body();
  expect([...body.subarray(0, 4)]).toEqual([0x00, 0x61, 0x73, 0x6d]);
});

test('a missing content file is a real 404, not the app shell', async ({ request }) => {
  const response = await request.get('/content/en/no-such-file.json');
  expect(response.status()).toBe(404);
});

test('a deep link loaded directly, and reloaded, renders the app', async ({ page }) => {
  const item = newsItems('en')[0];
  const response = await page.goto(`/en/news/${item.slug}`);
  expect(response?.status()).toBe(200);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(item.title);
  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(item.title);
  await expect(page.getByRole('contentinfo')).toBeVisible();
});

test('screenshots at phone and desktop width', async ({ page }) => {
  const saved: string[] = [];
  for (const [name, width, height] of [
    ['phone', 375, 812],
    ['desktop', 1280, 900],
  ] as const) {
    await page.setViewportSize({ width, height });
    await page.goto('/en/');
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    saved.push(await screenshot(page, `shell-home-${name}`));
    // Nothing may stick out sideways, even on a phone.
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
  }
  console.log(`screenshots saved in ${artifactsDir}/screenshots: ${saved.map((f) => f.split('/').pop()).join(', ')}`);
});

test('the tests know every language the build wrote pages in, in its order', () => {
  // LANGS (fixtures.ts) is a type for the tests; the site's languages are src/lang.rs's.
  expect([...new Set(builtPages().map((p) => p.lang).filter(Boolean))]).toEqual([...LANGS]);
});

test('the dist carries the hosting files for static hosts', async () => {
  const fs = await import('node:fs');
  const path = await import('node:path');
  const dist = path.resolve(__dirname, '../../dist');
  const redirects = fs.readFileSync(path.join(dist, '_redirects'), 'utf8');
  // No rewrite to the app: every page is a file; the rest is a localized 404.
  expect(redirects).not.toMatch(/\s200\s*$/m);
  for (const lang of LANGS) {
    expect(redirects).toMatch(new RegExp(`^/${lang}/\\*\\s+/${lang}/404\\.html\\s+404$`, 'm'));
    expect(fs.readFileSync(path.join(dist, lang, '404.html'), 'utf8')).toContain(`<html lang="${HTML_LANG[lang]}"`);
  }
  expect(redirects).toMatch(/^\/\*\s+\/404\.html\s+404$/m);
  expect(fs.readFileSync(path.join(dist, '404.html'), 'utf8')).toContain('<html lang="en"');
});

test.describe('on a phone with a slow CPU', () => {
  test.use({ viewport: { width: 412, height: 823 }, isMobile: true });
  for (const path of ['/en/', '/zh/volunteers', '/fr/news', '/en/contact']) {
    test(`${path} loads without any layout shift`, async ({ page, context }) => {
      const cdp = await context.newCDPSession(page);
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
      await page.addInitScript(() => {
        (window as any).__shifts = [];
        new PerformanceObserver((list) => {
          for (const e of list.getEntries() as any[]) {
            const sources = e.sources.map((s: any) =>
              `${s.node?.outerHTML?.slice(0, 80) ?? s.node?.nodeName} ${JSON.stringify(s.previousRect)} → ${JSON.stringify(s.currentRect)}`,
            );
            (window as any).__shifts.push(`${e.value.toFixed(4)} at ${Math.round(e.startTime)} ms: ${sources.join('; ')}`);
          }
        }).observe({ type: 'layout-shift', buffered: true });
      });
      await page.goto(path);
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      await expect(page.getByRole('contentinfo')).toBeAttached();
      // Through the app's takeover of the prerendered page, too.
      await appStarted(page);
      await page.waitForTimeout(500);
      expect(await page.evaluate(() => (window as any).__shifts)).toEqual([]);
    });
  }
});
