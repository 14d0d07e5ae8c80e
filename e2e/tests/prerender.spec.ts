// Every page is real HTML, readable and navigable without JavaScript; with
// JavaScript the app takes the page over without a visible change.
import { test, expect, content, newsItems, appStarted, holdWasm, LANGS, HTML_LANG, Lang, builtPages, ownFile } from './fixtures';

const site = (lang: Lang) => content(lang, 'site.json');
const heading = (lang: Lang, file: string) => content(lang, file).heading;

/** Every page of a section in a language, as the build wrote them (its list,
 * dist.pages.json), with the heading it shows: a press release's title, or
 * the heading of the file the page shows its own text from. */
function pagesOf(lang: Lang): { path: string; heading: string }[] {
  const items = newsItems(lang);
  const pages = builtPages()
    .filter((p) => p.lang === lang && p.section)
    .map((p) => ({
      path: p.path,
      heading: p.kind === 'news-item' ? items.find((i: any) => i.slug === p.slug).title : heading(lang, ownFile(p)),
    }));
  // The list is the build's, the pages are the content's: every section's
  // own page, the archive's further pages, every item.
  const sections = new Set(builtPages().map((p) => p.section).filter(Boolean));
  expect(pages.length).toBe(sections.size + Math.max(1, Math.ceil(items.length / 20)) - 1 + items.length);
  return pages;
}

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  for (const lang of LANGS) {
    test(`every ${lang} page shows its heading, text and working links`, async ({ page, request }) => {
      // Every page of the language and every link on them: slow on a loaded 2-core machine.
      test.setTimeout(60_000);
      const links = new Set<string>();
      for (const { path, heading } of pagesOf(lang)) {
        const response = await page.goto(path);
        expect(response?.status(), path).toBe(200);
        await expect(page.locator('html')).toHaveAttribute('lang', HTML_LANG[lang]);
        await expect(page.getByRole('heading', { level: 1 })).toHaveText(heading);
        await expect(page.getByRole('main').locator('p').first()).not.toBeEmpty();
        await expect(page.getByRole('contentinfo')).toContainText(site(lang).name);
        await expect(page.locator('link[rel="canonical"]')).toHaveCount(1);
        for (const href of await page.locator('a[href^="/"]').evaluateAll((as) => as.map((a) => a.getAttribute('href')!))) {
          links.add(href.split('#')[0]);
        }
      }
      // Every in-site link, the language switcher's included, is a real page.
      for (const other of LANGS) expect([...links]).toContain(`/${other}/volunteers`);
      for (const href of links) {
        const response = await request.get(href);
        expect(response.status(), href).toBe(200);
      }
    });
  }

  test('on a phone the navigation is open, and the switcher leads to the other language', async ({ page }) => {
    await page.setViewportSize({ width: 375, height: 740 });
    await page.goto('/en/volunteers');
    const nav = page.getByRole('navigation', { name: site('en').nav_label });
    await expect(nav).toBeVisible();
    await expect(page.getByRole('button', { name: site('en').menu_button })).toBeHidden();
    await nav.getByRole('link', { name: 'Français' }).click();
    await expect(page).toHaveURL(/\/fr\/volunteers$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(heading('fr', 'volunteers.json'));
    await page.getByRole('navigation', { name: site('fr').nav_label }).getByRole('link', { name: site('fr').nav.contact }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(heading('fr', 'contact.json'));
  });

  test('a path that is no page answers 404 with the 404 page of its language', async ({ page }) => {
    for (const lang of LANGS) {
      const response = await page.goto(`/${lang}/no-such-page`);
      expect(response?.status()).toBe(404);
      await expect(page.locator('html')).toHaveAttribute('lang', HTML_LANG[lang]);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(site(lang).not_found.heading);
    }
    const outside = await page.goto('/no-such-folder/page');
    expect(outside?.status()).toBe(404);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(site('en').not_found.heading);
  });

  test('/ offers the three home pages', async ({ page }) => {
    await page.goto('/');
    for (const lang of LANGS) {
      await expect(page.getByRole('main').locator(`a[href="/${lang}/"]`)).toHaveAttribute('hreflang', HTML_LANG[lang]);
    }
  });
});

test.describe('the takeover', () => {
  test('keeps the text, the scroll position and the focus, and moves nothing', async ({ page }) => {
    await page.setViewportSize({ width: 412, height: 600 });
    // Hold the WebAssembly back until the prerendered page has been used.
    const release = await holdWasm(page);
    await page.addInitScript(() => {
      (window as any).__shifts = [];
      new PerformanceObserver((list) => {
        for (const e of list.getEntries() as any[]) (window as any).__shifts.push(e.value);
      }).observe({ type: 'layout-shift', buffered: true });
    });
    await page.goto('/fr/volunteers', { waitUntil: 'domcontentloaded' });
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(heading('fr', 'volunteers.json'));
    const before = await page.evaluate(() => document.body.innerText);
    const head = await page.evaluate(() => document.head.querySelectorAll('meta, link[rel="canonical"], link[rel="alternate"]').length);
    const brand = page.locator('header a[href="/fr/"]').first();
    await brand.focus();
    const focusedText = await brand.textContent();
    await page.evaluate(() => window.scrollTo(0, 400));

    release();
    await appStarted(page);
    await page.waitForTimeout(300);

    expect(await page.evaluate(() => document.body.innerText)).toBe(before);
    expect(await page.evaluate(() => window.scrollY)).toBe(400);
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe(focusedText);
    expect(await page.evaluate(() => (window as any).__shifts)).toEqual([]);
    // The head tags were swapped for the app's, not doubled.
    expect(await page.evaluate(() => document.head.querySelectorAll('meta, link[rel="canonical"], link[rel="alternate"]').length)).toBe(head);
    await expect(page.locator('link[rel="canonical"]')).toHaveCount(1);

    // The app runs: its menu opens, and the language switch happens in place,
    // without a reload.
    await page.evaluate(() => ((window as any).__samePage = true));
    await page.getByRole('button', { name: site('fr').menu_button }).click();
    await page.getByRole('link', { name: 'English' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(heading('en', 'volunteers.json'));
    expect(await page.evaluate(() => (window as any).__samePage)).toBe(true);
  });

  test('before the app has started the phone menu works, and an open menu stays open', async ({ page }) => {
    await page.setViewportSize({ width: 360, height: 740 });
    const release = await holdWasm(page);
    await page.goto('/zh/news', { waitUntil: 'domcontentloaded' });
    const button = page.getByRole('button', { name: site('zh').menu_button });
    const nav = page.getByRole('navigation', { name: site('zh').nav_label });
    await expect(nav).toBeHidden();
    await button.click();
    await expect(button).toHaveAttribute('aria-expanded', 'true');
    await expect(nav).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(nav).toBeHidden();
    await expect(button).toHaveAttribute('aria-expanded', 'false');
    await expect(button).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(nav).toBeVisible();
    // The prerendered page is still there: the app has not run.
    await expect(page.locator('#prerendered-content')).toHaveCount(1);

    release();
    await appStarted(page);
    await expect(nav).toBeVisible();
    await expect(button).toHaveAttribute('aria-expanded', 'true');
    await expect(button).toBeFocused();
    // From now on the app's button, toggled once per click.
    await button.click();
    await expect(nav).toBeHidden();
    await expect(button).toHaveAttribute('aria-expanded', 'false');
    await button.click();
    await expect(nav).toBeVisible();
  });

  test('the app is fetched only once the page has been painted', async ({ page }) => {
    // Fetched while the page is parsed, as Trunk's own loader does, the app's
    // files delay the page's first paint on a slow network.
    await page.goto('/zh/news');
    await appStarted(page);
    const { paint, appFiles } = await page.evaluate(async () => ({
      // The page's largest paint (only an observer sees those entries).
      paint: await new Promise<number>((resolve) =>
        new PerformanceObserver((list) => {
          const last = list.getEntries().at(-1) as any;
          resolve(last.renderTime || last.startTime);
        }).observe({ type: 'largest-contentful-paint', buffered: true }),
      ),
      appFiles: performance
        .getEntriesByType('resource')
        .filter((r) => /\.(js|wasm)$/.test(new URL(r.name).pathname))
        .map((r) => r.startTime),
    }));
    expect(paint).toBeGreaterThan(0);
    // The module, the snippets it imports, the WebAssembly.
    expect(appFiles.length).toBeGreaterThanOrEqual(2);
    for (const start of appFiles) expect(start).toBeGreaterThan(paint);
  });

  for (const path of ['/en/', '/zh/news', '/fr/contact', '/en/no-such-page']) {
    test(`${path}: the app's page has the prerendered text`, async ({ page, browser, baseURL }) => {
      const withoutJs = await browser.newContext({ javaScriptEnabled: false, baseURL });
      const prerenderedPage = await withoutJs.newPage();
      await prerenderedPage.goto(path);
      const prerendered = await prerenderedPage.evaluate(() => document.body.innerText);
      await withoutJs.close();
      await page.goto(path);
      await appStarted(page);
      expect(await page.evaluate(() => document.body.innerText)).toBe(prerendered);
    });
  }
});
