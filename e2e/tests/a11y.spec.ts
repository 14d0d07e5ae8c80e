// WCAG 2.2 AA, measured by axe-core on every page in every language, in light
// and dark schemes, plus focus handling on navigation.
import AxeBuilder from '@axe-core/playwright';
import { test, expect, content, newsItems, sectionPages, pathInLang, LANGS, Lang, openApp, SUB_DIST } from './fixtures';
import type { Page } from '@playwright/test';

// A press release of the content, whichever it is: the newest.
const seedSlug = newsItems('en')[0].slug;
// The search page with results: the title of the newest press release the
// language has (the index holds the press releases that exist in it).
const SEARCH_PREFIX = 'search?q=';
const search = (lang: Lang) => {
  const item = newsItems(lang).find((i: any) => i.lang === lang);
  // Its longest word: one word, as a visitor types it.
  const words: string[] = (item?.title ?? content(lang, 'site.json').name).split(/\s+/);
  const word = words.reduce((a, b) => (b.length > a.length ? b : a));
  return `${SEARCH_PREFIX}${encodeURIComponent(word)}`;
};
// Every section's own page the build wrote, a press release, search results and the 404 page.
const paths = (lang: Lang) => [...sectionPages(lang).map(pathInLang), `news/${seedSlug}`, search(lang), 'no-such-page'];

async function expectNoViolations(page: Page, what: string) {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
    .analyze();
  const summary = results.violations.map(
    (v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`,
  );
  expect(summary, `axe violations on ${what}`).toEqual([]);
  // The run really looked at the page, target sizes (WCAG 2.2) included.
  expect(results.passes.length, `axe checked ${what}`).toBeGreaterThan(10);
  const ran = [...results.passes, ...results.incomplete, ...results.inapplicable].map((r) => r.id);
  expect(ran, `target-size ran on ${what}`).toContain('target-size');
}

for (const scheme of ['light', 'dark'] as const) {
  for (const lang of LANGS) {
    test(`axe finds no violation on any ${lang} page (${scheme})`, async ({ page }) => {
      // Eight pages with axe each; slow on a loaded 2-core machine.
      test.setTimeout(120_000);
      await page.emulateMedia({ colorScheme: scheme });
      for (const path of paths(lang)) {
        await openApp(page, `/${lang}/${path}`);
        await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
        if (path.startsWith(SEARCH_PREFIX)) await expect(page.getByRole('main').locator('mark').first()).toBeVisible();
        await expectNoViolations(page, `/${lang}/${path} (${scheme})`);
      }
    });
  }

  test(`axe finds no violation with the mobile menu and a FAQ item open (${scheme})`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: scheme });
    await page.setViewportSize({ width: 360, height: 740 });
    await openApp(page, '/fr/volunteers');
    await page.getByRole('button', { name: content('fr', 'site.json').menu_button }).click();
    await expect(page.getByRole('navigation', { name: content('fr', 'site.json').nav_label })).toBeVisible();
    await page.locator('details summary').first().click();
    await expect(page.locator('details[open]')).toHaveCount(1);
    await expectNoViolations(page, 'open menu and FAQ');
  });
}

test('after following a link, focus is on the new page, its title announced, scrolled to the top', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 600 });
  await openApp(page, '/en/');
  const item = newsItems('en')[0];
  const link = page.getByRole('link', { name: item.title });
  await link.scrollIntoViewIfNeeded();
  expect(await page.evaluate(() => window.scrollY)).toBeGreaterThan(0);
  await link.click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(item.title);
  await expect(page.getByRole('main')).toBeFocused();
  await expect(page.locator('[aria-live="polite"]')).toHaveText(`${item.title} · ${content('en', 'site.json').name}`);
  expect(await page.evaluate(() => window.scrollY)).toBe(0);
});

test('keyboard only: every link, button and field is reachable with a visible focus ring', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await openApp(page, '/en/contact');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  const targets = await page.locator('a[href]:visible, button:visible, input:visible').count();
  const reached = new Set<string>();
  for (let i = 0; i < targets + 5; i++) {
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement | null;
      if (!el || el === document.body) return null;
      const style = getComputedStyle(el);
      const index = Array.from(document.querySelectorAll('a[href], button, input')).indexOf(el);
      return { key: `#${index} ${el.tagName} ${el.getAttribute('href') ?? el.textContent}`, outline: style.outlineStyle, width: style.outlineWidth };
    });
    if (!focused) continue;
    reached.add(focused.key);
    expect(focused.outline, `focus ring on ${focused.key}`).not.toBe('none');
    expect(focused.width, `focus ring on ${focused.key}`).not.toBe('0px');
  }
  expect(reached.size).toBe(targets);
});

test('keyboard only: open and close the menu, switch language, follow a news item', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  await openApp(page, '/en/news');
  const site = content('en', 'site.json');
  const button = page.getByRole('button', { name: site.menu_button });
  await button.focus();
  await page.keyboard.press('Enter');
  await expect(button).toHaveAttribute('aria-expanded', 'true');
  await page.keyboard.press('Escape');
  await expect(button).toHaveAttribute('aria-expanded', 'false');
  await expect(button).toBeFocused();
  await page.keyboard.press('Enter');
  // Tab forward to the French link of the switcher and choose it.
  for (let i = 0; i < 20; i++) {
    await page.keyboard.press('Tab');
    if ((await page.evaluate(() => document.activeElement?.textContent)) === 'Français') break;
  }
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL('/fr/news');
  const item = newsItems('fr')[1];
  for (let i = 0; i < 40; i++) {
    await page.keyboard.press('Tab');
    if ((await page.evaluate(() => document.activeElement?.textContent)) === item.title) break;
  }
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(item.title);
});

test('axe finds no violation where an untranslated item is listed and shown', async ({ page }) => {
  test.setTimeout(60_000);
  // The sub-path build has a press release in Chinese only (e2e/fixtures/README.md).
  const at = (path: string) => `http://127.0.0.1:${process.env.E2E_SUB_PORT}${process.env.E2E_SUB_BASE}${path}`;
  const onlyChinese = newsItems('fr', SUB_DIST).find((i: any) => i.versions.length === 1 && i.versions[0] === 'zh');
  expect(onlyChinese, 'the sub-path build has an item in Chinese only').toBeTruthy();
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    for (const path of ['/en/news', `/fr/news/${onlyChinese.slug}`]) {
      await openApp(page, at(path));
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      await expectNoViolations(page, `${path} (${scheme})`);
    }
  }
});
