// The site is served with the generated security headers, and nothing on any
// page breaks them (every test also fails on a CSP violation, see fixtures).
import fs from 'node:fs';
import path from 'node:path';
import { test, expect, content, navigateInApp, openApp } from './fixtures';

const distDir = path.resolve(__dirname, '../../dist');

/** The headers site-headers wrote into dist/_headers for every path (the
 * indented lines under `/*`; the per-file cache rules follow), as name → value. */
function generatedHeaders(): Record<string, string> {
  const lines = fs.readFileSync(path.join(distDir, '_headers'), 'utf8').split('\n');
  expect(lines[0]).toBe('/*');
  const untilNextRule = lines.slice(1).findIndex((l) => !l.startsWith('  '));
  return Object.fromEntries(
    lines.slice(1, untilNextRule + 1).map((l) => {
      const at = l.indexOf(':');
      return [l.slice(0, at).trim().toLowerCase(), l.slice(at + 1).trim()];
    }),
  );
}

test('every kind of response carries the generated security headers', async ({ page, request }) => {
  const expected = generatedHeaders();
  expect(expected['content-security-policy']).toMatch(/^default-src 'none'; script-src 'self' 'wasm-unsafe-eval' 'sha256-[A-Za-z0-9+/]+=*'/);
  expect(expected['content-security-policy']).not.toContain('unsafe-inline');
  const wasm = page.waitForResponse((r) => r.url().endsWith('.wasm'));
  await page.goto('/en/');
  const urls = ['/en/', '/fr/news/no-such-item', '/content/en/site.json', new URL((await wasm).url()).pathname];
  for (const url of urls) {
    const headers = (await request.get(url)).headers();
    for (const [name, value] of Object.entries(expected)) {
      expect(headers[name], `${name} on ${url}`).toBe(value);
    }
  }
  expect((await request.get('/_headers')).status()).toBe(404);
  expect((await request.get('/_redirects')).status()).toBe(404);
});

test('the CSP allows exactly the loader that is in the page', async ({ page }) => {
  const response = await page.goto('/zh/volunteers');
  const csp = response!.headers()['content-security-policy'];
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  const inline = await page.evaluate(() =>
    // JSON data blocks (a prerendered page's content) are not scripts to the CSP.
    Array.from(document.querySelectorAll('script:not([src]):not([type="application/json"])')).map((s) => s.textContent ?? ''),
  );
  expect(inline.length).toBe(1);
  const crypto = await import('node:crypto');
  const hash = crypto.createHash('sha256').update(inline[0]).digest('base64');
  expect(csp).toContain(`'sha256-${hash}'`);
});

test('scripts and styles keep their subresource integrity', async ({ page }) => {
  await openApp(page, '/en/');
  const withIntegrity = await page.evaluate(() =>
    Array.from(document.querySelectorAll('link[rel="stylesheet"], link[rel="modulepreload"], link[rel="preload"]')).map(
      (l) => [l.getAttribute('href'), l.getAttribute('integrity')],
    ),
  );
  // Two stylesheets, and the app's module with the snippets it imports, which
  // the loader preloads once the page is painted (the WebAssembly carries its
  // hash in its request).
  expect(withIntegrity.filter(([href]) => /\/scrc-site-[0-9a-f]+\.js$/.test(href!))).toHaveLength(1);
  expect(withIntegrity.length).toBeGreaterThanOrEqual(3);
  for (const [href, integrity] of withIntegrity) {
    expect(integrity, `${href}`).toMatch(/^sha384-/);
  }
});

for (const [kind, pattern] of [['WebAssembly', '**/*.wasm'], ['JavaScript module', '**/scrc-site-*.js']] as const) {
  test(`a ${kind} file that is not the one built is refused, and the page stays readable`, async ({ page, allowProblems }) => {
    allowProblems(); // the refused file is reported on the console
    await page.route(pattern, async (route) => {
      const response = await route.fetch();
      // As a tampering CDN would: one bit changed.
      const body = Buffer.from(await response.body());
      body[body.length - 1] ^= 1;
      await route.fulfill({ response, body });
    });
    const refused = page.waitForEvent('console', (m) => m.type() === 'error' && /integrity/i.test(m.text()));
    await page.goto('/en/contact');
    await refused;
    await page.waitForTimeout(500);
    // The app never started: the prerendered page is still there, and works.
    await expect(page.locator('#prerendered-content')).toHaveCount(1);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(content('en', 'contact.json').heading);
  });
}

test('content cannot inject markup: text with tags is shown as text', async ({ page }) => {
  // Serve a tampered news file, as if an editor's mistake slipped past the check.
  await page.route('**/content/en/news/page-1.json', async (route) => {
    const response = await route.fetch();
    const page = await response.json();
    page.items[0].title = '<img src=x onerror="window.__pwned=1">Injected';
    await route.fulfill({ response, json: page });
  });
  await navigateInApp(page, '/en/contact', '/en/news');
  await expect(page.getByRole('link', { name: '<img src=x onerror="window.__pwned=1">Injected' })).toBeVisible();
  expect(await page.locator('main img').count()).toBe(0);
  expect(await page.evaluate(() => (window as any).__pwned)).toBeUndefined();
});

test('a hostile string put into a built page by hand is shown as text and requests nothing', async ({ page, baseURL }) => {
  const hostile =
    '<img src="https://evil.example/p.png" onerror="window.__pwned=1"><script>window.__pwned=2</script>' +
    ' javascript:window.__pwned=3 https://evil.example/ \u202Eevil';
  // As if someone edited dist/en/volunteers/index.html: the content it
  // embeds for the app (the page's own HTML is escaped by the prerender).
  await page.route('**/en/volunteers', async (route) => {
    const response = await route.fetch();
    const html = await response.text();
    const tampered = html.replace(
      /(<script type="application\/json" id="prerendered-content">)([^<]*)(<\/script>)/,
      (_, open, json, close) => {
        const embedded = JSON.parse(json);
        const file = Object.keys(embedded).find((url) => url.endsWith('/volunteers.json'))!;
        embedded[file].heading = hostile;
        return open + JSON.stringify(embedded).replace(/</g, '\\u003c') + close;
      },
    );
    expect(tampered).not.toBe(html);
    await route.fulfill({ response, body: tampered });
  });
  const origins = new Set<string>();
  page.on('request', (request) => origins.add(new URL(request.url()).origin));
  await openApp(page, '/en/volunteers');
  const heading = page.getByRole('heading', { level: 1 });
  await expect(heading).toHaveText(hostile);
  expect(await heading.locator('*').count()).toBe(0);
  expect(await page.locator('img, iframe, object, embed').count()).toBe(0);
  expect(await page.evaluate(() => (window as any).__pwned)).toBeUndefined();
  expect([...origins]).toEqual([new URL(baseURL!).origin]);
});
