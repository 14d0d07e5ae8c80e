// Site search (src/search.rs, src/pages/search.rs): Pagefind's index of each
// language, built from the shipped content, searched in the browser behind
// the site's CSP. Queries and expectations come from the content.
import { test, expect, content, newsItems, openApp, Lang } from './fixtures';

const search = (lang: Lang) => content(lang, 'site.json').search;
const results = (page: any) => page.getByRole('main').getByRole('listitem');

/** The press releases of `lang` whose title matches `pattern`. */
const titled = (lang: Lang, pattern: RegExp) =>
  newsItems(lang)
    .filter((item) => item.lang === lang && pattern.test(item.title))
    .map((item) => item.title);

for (const [lang, query, pattern] of [
  ['zh', '伦理', /伦理/], // two characters, a word of several titles
  ['en', 'ethic', /ethics/i], // a stem finds "ethics"
  ['fr', 'ethique', /éthique/i], // without its accent
] as const) {
  test(`in ${lang}, “${query}” finds every press release about it, its words marked`, async ({ page }) => {
    const expected = titled(lang, pattern);
    expect(expected.length).toBeGreaterThan(0);
    await openApp(page, `/${lang}/search?q=${encodeURIComponent(query)}`);
    const headings = results(page).getByRole('heading', { level: 2 });
    await expect(headings.first()).toBeVisible();
    const found = await headings.allTextContents();
    for (const title of expected) expect(found).toContain(title);
    await expect(results(page).locator('mark').first()).toBeVisible();
    await expect(page.getByRole('main').getByRole('status')).toHaveText(
      search(lang).results.replace('{count}', String(found.length)),
    );
  });
}

test('the header field searches from any page, and full-width letters find their ASCII forms', async ({ page }) => {
  await openApp(page, '/en/contact');
  const field = page.getByRole('banner').getByRole('searchbox', { name: search('en').label });
  await field.fill('ＳＥＣＣＲ');
  await field.press('Enter');
  await expect(page).toHaveURL(/\/en\/search\?q=/);
  const expected = titled('en', /SECCR|Ethics Committee for Clinical Research/);
  await expect(results(page).getByRole('heading', { level: 2 }).first()).toBeVisible();
  const found = await results(page).getByRole('heading', { level: 2 }).allTextContents();
  for (const title of expected) expect(found).toContain(title);
});

test('a query with no result says so, and markup in a query stays text', async ({ page }) => {
  await openApp(page, '/fr/search?q=zzqxvw');
  await expect(page.getByRole('main').getByRole('status')).toHaveText(search('fr').no_results);
  await expect(results(page)).toHaveCount(0);

  const hostile = '<img src=x onerror="window.__pwned=1">éthique';
  await openApp(page, `/fr/search?q=${encodeURIComponent(hostile)}`);
  await expect(page.getByRole('main').getByRole('searchbox')).toHaveValue(hostile);
  await expect(page.getByRole('main').getByRole('status')).toBeVisible();
  expect(await page.locator('main img').count()).toBe(0);
  expect(await page.evaluate(() => (window as any).__pwned)).toBeUndefined();
});

test('results follow a language switch, the query kept', async ({ page }) => {
  // An abbreviation every language writes the same way.
  const query = 'SECCR';
  const mentioning = (lang: Lang) =>
    newsItems(lang)
      .filter((item) => item.lang === lang && [item.title, item.summary, ...item.body].join(' ').includes(query))
      .map((item) => item.title);
  await openApp(page, `/en/search?q=${query}`);
  const headings = results(page).getByRole('heading', { level: 2 });
  await expect(headings.first()).toBeVisible();
  for (const title of mentioning('en')) expect(await headings.allTextContents()).toContain(title);
  await page.getByRole('link', { name: 'Français', exact: true }).click();
  await expect(page).toHaveURL(`/fr/search?q=${query}`);
  await expect(headings.filter({ hasText: mentioning('fr')[0] })).toBeVisible();
  for (const title of mentioning('fr')) expect(await headings.allTextContents()).toContain(title);
  await expect(page.getByRole('main').getByRole('searchbox')).toHaveValue(query);
});

test('no page but the search page downloads the search files', async ({ page }) => {
  const searchFiles: string[] = [];
  page.on('request', (r) => {
    if (r.url().includes('/pagefind/')) searchFiles.push(r.url());
  });
  await openApp(page, '/zh/');
  await openApp(page, '/zh/news');
  expect(searchFiles).toEqual([]);
  await openApp(page, '/zh/search?q=%E4%BC%A6%E7%90%86');
  await expect(results(page).first()).toBeVisible();
  expect(searchFiles.every((url) => new URL(url).pathname.startsWith('/pagefind/zh/'))).toBe(true);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('the search page says search needs it and links to the news archive', async ({ page }) => {
    await page.goto('/en/search?q=ethics');
    await expect(page.getByText(search('en').needs_javascript)).toBeVisible();
    await expect(page.getByRole('main').getByRole('link', { name: content('en', 'site.json').nav.news })).toHaveAttribute(
      'href',
      '/en/news',
    );
  });
});
