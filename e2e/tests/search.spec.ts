// Site search (src/search.rs, src/pages/search.rs, src/bin/search_results.rs):
// Pagefind's index of each language, built from the content and searched in
// the browser behind the site's CSP. Word rules need words to find: these
// tests search the sub-path build (dist-sub/), whose content has a press
// release of the browser tests' fixtures in every language about the ethics
// committee SECCR (e2e/fixtures/content); what they must find comes from that
// content, never from copies of its sentences.
import { Page } from '@playwright/test';
import { test, expect, content as contentIn, newsItems as newsItemsIn, sectionPages as sectionPagesIn, ownFile, navKey, openApp, Lang, subContentDir, SUB_DIST } from './fixtures';

const SUB_BASE = process.env.E2E_SUB_BASE!;
const at = (path: string) => `http://127.0.0.1:${process.env.E2E_SUB_PORT}${SUB_BASE}${path}`;
const content = (lang: Lang, file: string) => contentIn(lang, file, subContentDir);
const newsItems = (lang: Lang) => newsItemsIn(lang, SUB_DIST);
const sectionPages = (lang: Lang) => sectionPagesIn(lang, SUB_DIST);
const texts = (lang: Lang) => content(lang, 'search.json');
const main = (page: Page) => page.getByRole('main');
const status = (page: Page) => main(page).getByRole('status');
const resultTitles = (page: Page) => main(page).getByRole('listitem').getByRole('heading', { level: 2 });
/** The result whose title is `title`. */
const result = (page: Page, title: string) =>
  main(page)
    .getByRole('listitem')
    .filter({ has: page.getByRole('heading', { level: 2, name: title, exact: true }) });

/** Every result's title, pressing "more" until all are shown. */
async function allResultTitles(page: Page, lang: Lang): Promise<string[]> {
  await expect(resultTitles(page).first()).toBeVisible();
  const more = main(page).getByRole('button', { name: texts(lang).more });
  while (await more.isVisible()) {
    const shown = await resultTitles(page).count();
    await more.click();
    await expect(resultTitles(page)).not.toHaveCount(shown);
    // The keyboard goes on from the first of the new results.
    await expect(resultTitles(page).nth(shown).getByRole('link')).toBeFocused();
  }
  return resultTitles(page).allTextContents();
}

/** The number the status line gives, checked against the language's wording. */
async function statedCount(page: Page, lang: Lang): Promise<number> {
  const [before, after] = texts(lang).results.split('{count}');
  await expect(status(page)).toHaveText(new RegExp(`^${escape(before)}\\d+${escape(after)}$`));
  return Number((await status(page).textContent())!.slice(before.length).replace(after, ''));
}
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The section pages whose text (below their head) matches: their heading and their section's name.
 * Every section's own page but the news list, whose press releases are found each on its own. */
const sectionPagesMentioning = (lang: Lang, pattern: RegExp) =>
  sectionPages(lang)
    .filter((p) => p.section !== 'news')
    .map((p) => ({ key: p.section!, page: content(lang, ownFile(p)) }))
    .filter(({ page: { meta, ...text } }) => pattern.test(JSON.stringify(text)))
    .map(({ key, page }) => ({ heading: page.heading as string, section: content(lang, 'site.json').nav[navKey(key)] }));

/** The press releases shown in `lang`, in `lang`, whose title matches. */
const titled = (lang: Lang, pattern: RegExp) =>
  newsItems(lang)
    .filter((item) => item.lang === lang && pattern.test(item.title))
    .map((item) => item.title);

for (const [lang, query, pattern] of [
  ['zh', '伦理', /伦理/], // two characters, a word inside longer ones
  ['en', 'ethic', /ethics/i], // a stem finds "ethics"
  ['fr', 'ethique', /éthique/i], // without its accent
] as const) {
  test(`in ${lang}, “${query}” finds every press release about it, its words marked`, async ({ page }) => {
    const expected = titled(lang, pattern);
    expect(expected.length).toBeGreaterThan(0);
    await openApp(page, at(`/${lang}/search?q=${encodeURIComponent(query)}`));
    const found = await allResultTitles(page, lang);
    for (const title of expected) expect(found).toContain(title);
    // Section pages that speak of it are found too.
    const pages = sectionPagesMentioning(lang, pattern);
    for (const { heading } of pages) expect(found).toContain(heading);
    expect(await statedCount(page, lang)).toBe(found.length);
    await expect(main(page).getByRole('listitem').locator('mark').first()).toBeVisible();
    // A press release names its section and says when it was published, as the news list does.
    const item = newsItems(lang).find((i) => i.title === expected[0])!;
    const hit = result(page, expected[0]);
    await expect(hit.locator(`time[datetime="${item.date}"]`)).toBeVisible();
    await expect(hit).toContainText(content(lang, 'site.json').nav.news);
    for (const { heading, section } of pages) {
      await expect(result(page, heading)).toContainText(section);
    }
    await expect(main(page).getByRole('searchbox')).toHaveValue(query);
  });
}

test('the header field searches from any page, and full-width letters find their ASCII forms', async ({ page }) => {
  await openApp(page, at('/en/contact'));
  const field = page.getByRole('banner').getByRole('searchbox', { name: content('en', 'site.json').search.label });
  await field.fill('ＳＥＣＣＲ');
  await field.press('Enter');
  await expect(page).toHaveURL(/\/en\/search\?q=/);
  const expected = titled('en', /SECCR/);
  expect(expected.length).toBeGreaterThan(0);
  const found = await allResultTitles(page, 'en');
  for (const title of expected) expect(found).toContain(title);
  const link = main(page).getByRole('link', { name: expected[0], exact: true });
  await link.click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(expected[0]);
});

test('a query with no result says so, and markup in a query stays text', async ({ page }) => {
  await openApp(page, at('/fr/search?q=zzqxvw'));
  await expect(status(page)).toHaveText(texts('fr').no_results);
  await expect(main(page).getByRole('listitem')).toHaveCount(0);

  const hostile = '<img src=x onerror="window.__pwned=1">éthique';
  await openApp(page, at(`/fr/search?q=${encodeURIComponent(hostile)}`));
  await expect(main(page).getByRole('searchbox')).toHaveValue(hostile);
  await expect(status(page)).not.toHaveText(texts('fr').searching);
  await expect(status(page)).not.toBeEmpty();
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
  await openApp(page, at(`/en/search?q=${query}`));
  for (const title of mentioning('en')) expect(await allResultTitles(page, 'en')).toContain(title);
  await page.getByRole('link', { name: 'Français', exact: true }).click();
  await expect(page).toHaveURL(at(`/fr/search?q=${query}`));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(texts('fr').heading);
  await expect(resultTitles(page).filter({ hasText: mentioning('fr')[0] })).toBeVisible();
  const found = await allResultTitles(page, 'fr');
  for (const title of mentioning('fr')) expect(found).toContain(title);
  await expect(main(page).getByRole('searchbox')).toHaveValue(query);
});

test('no page but the search page downloads the search files', async ({ page }) => {
  const searchFiles: string[] = [];
  page.on('request', (r) => {
    const path = new URL(r.url()).pathname;
    if (path.startsWith(`${SUB_BASE}/pagefind/`) || path.startsWith(`${SUB_BASE}/search-results`)) searchFiles.push(path);
  });
  await openApp(page, at('/zh/'));
  await openApp(page, at('/zh/news'));
  await openApp(page, at('/zh/search'));
  expect(searchFiles).toEqual([]);
  await openApp(page, at(`/zh/search?q=${encodeURIComponent('伦理')}`));
  await expect(resultTitles(page).first()).toBeVisible();
  expect(searchFiles.filter((path) => !path.startsWith(`${SUB_BASE}/pagefind/zh/`) && path.includes('/pagefind/'))).toEqual([]);
});

test('a search that cannot load shows the alert, and Retry searches again', async ({ page, allowProblems }) => {
  allowProblems();
  await page.route('**/pagefind/en/**', (route) => route.abort());
  await openApp(page, at('/en/search?q=ethics'));
  const alert = page.getByRole('alert');
  await expect(alert).toBeVisible();
  await page.unroute('**/pagefind/en/**');
  await alert.getByRole('button').click();
  await expect(alert).toHaveCount(0);
  await expect(resultTitles(page).first()).toBeVisible();
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('the search page says search needs it and links to the news archive', async ({ page }) => {
    await page.goto(at('/en/search?q=ethics'));
    await expect(page.getByText(texts('en').needs_javascript)).toBeVisible();
    await expect(main(page).getByRole('link', { name: content('en', 'site.json').nav.news })).toHaveAttribute(
      'href',
      `${SUB_BASE}/en/news`,
    );
  });
});
