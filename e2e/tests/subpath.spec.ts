// The same site built with SITE_BASE=/scrc and served from that folder
// (dist-sub/, made by scripts/test.sh): every request, link and navigation
// stays under /scrc/.
import { test, expect, content as contentIn, newsItems, openApp, subContentDir, SUB_DIST, Lang } from './fixtures';

const SUB_BASE = process.env.E2E_SUB_BASE!;
// What the sub-path build was made from (scripts/test.sh): an editor's day of
// changes to the shipped content, plus the browser tests' fixtures.
const content = (lang: Lang, file: string) => contentIn(lang, file, subContentDir);

const origin = () => `http://127.0.0.1:${process.env.E2E_SUB_PORT}`;
const at = (path: string) => `${origin()}${SUB_BASE}${path}`;

test('at a sub-path the app starts, navigates, switches language and stays in its folder', async ({ page }) => {
  const outside: string[] = [];
  page.on('request', (req) => {
    const url = new URL(req.url());
    if (url.origin === origin() && !url.pathname.startsWith(`${SUB_BASE}/`)) outside.push(url.pathname);
  });
  const site = content('en', 'site.json');

  // `/scrc/` picks a language, as `/` does at the root.
  await page.goto(at('/'));
  await expect(page).toHaveURL(at('/en/'));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(content('en', 'home.json').heading);

  await page.getByRole('navigation').first().getByRole('link', { name: site.nav.volunteers }).click();
  await expect(page).toHaveURL(at('/en/volunteers'));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(content('en', 'volunteers.json').heading);
  await expect(page.getByRole('link', { name: site.nav.volunteers })).toHaveAttribute('aria-current', 'page');

  await page.getByRole('link', { name: 'Français' }).click();
  await expect(page).toHaveURL(at('/fr/volunteers'));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(content('fr', 'volunteers.json').heading);
  await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', at('/fr/volunteers'));

  // A deep link loads directly, and a news item links back to its list.
  const item = newsItems('fr', SUB_DIST)[0];
  await openApp(page, at(`/fr/news/${item.slug}`));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(item.title);
  await page.getByRole('link', { name: content('fr', 'news.json').labels.back_to_list }).click();
  await expect(page).toHaveURL(at('/fr/news'));

  expect(outside, 'requests outside the folder').toEqual([]);
});

test('at a sub-path the sitemap and robots.txt name the folder', async ({ request }) => {
  const robots = await (await request.get(at('/robots.txt'))).text();
  expect(robots).toContain(`Sitemap: ${at('/sitemap.xml')}`);
  const sitemap = await (await request.get(at('/sitemap.xml'))).text();
  expect(sitemap).toContain(`<loc>${at('/zh/contact')}</loc>`);
  expect(sitemap).not.toContain(`<loc>${origin()}/zh/`);
});

// The sub-path build's content has one more press release, in Chinese only
// (e2e/fixtures/README.md).
const onlyChinese = 'test-item-in-chinese-only';

test('an item in Chinese only is listed and shown in every language, marked up as Chinese', async ({ page }) => {
  const item = newsItems('en', SUB_DIST).find((i) => i.slug === onlyChinese);
  expect(item.lang).toBe('zh');
  const labels = content('en', 'news.json').labels;

  // In the English list, in Chinese, and marked as not translated.
  await openApp(page, at('/en/news'));
  const entry = page.getByRole('article').filter({ has: page.getByRole('link', { name: item.title }) });
  await expect(entry).toHaveAttribute('lang', 'zh-CN');
  await expect(entry).toContainText(labels.not_translated_short);
  await entry.getByRole('link', { name: item.title }).click();

  // Its English URL shows the Chinese text under a notice in English.
  await expect(page).toHaveURL(at(`/en/news/${onlyChinese}`));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(item.title);
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.locator('main article')).toHaveAttribute('lang', 'zh-CN');
  const notice = page.getByRole('note');
  await expect(notice).toContainText(labels.not_translated);
  await expect(notice.getByRole('link')).toHaveText(['简体中文']);
  await expect(notice.getByRole('link')).toHaveAttribute('href', `${SUB_BASE}/zh/news/${onlyChinese}`);
  // Its head names the one real version.
  const zhUrl = at(`/zh/news/${onlyChinese}`);
  await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', zhUrl);
  const alternates = await page
    .locator('link[rel="alternate"][hreflang]')
    .evaluateAll((links) => links.map((l) => [l.getAttribute('hreflang'), l.getAttribute('href')]));
  expect(alternates).toEqual([['zh-CN', zhUrl], ['x-default', zhUrl]]);

  // In French, the notice is French; on the Chinese page there is none.
  await page.getByRole('link', { name: 'Français' }).click();
  await expect(page).toHaveURL(at(`/fr/news/${onlyChinese}`));
  await expect(page.getByRole('note')).toContainText(content('fr', 'news.json').labels.not_translated);
  await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
  await page.getByRole('note').getByRole('link', { name: '简体中文' }).click();
  await expect(page).toHaveURL(zhUrl);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(item.title);
  await expect(page.getByRole('note')).toHaveCount(0);
  await expect(page.locator('main article')).not.toHaveAttribute('lang');

  // The prerendered page says the same without the app, and the sitemap
  // lists the Chinese page only.
  const html = await (await page.request.get(at(`/en/news/${onlyChinese}`))).text();
  expect(html).toContain(labels.not_translated);
  const sitemap = await (await page.request.get(at('/sitemap.xml'))).text();
  expect(sitemap).toContain(`<loc>${zhUrl}</loc>`);
  expect(sitemap).not.toContain(`<loc>${at(`/en/news/${onlyChinese}`)}</loc>`);
});

test('at a sub-path search finds a press release that exists in Chinese only, and links into the folder', async ({ page }) => {
  const item = newsItems('zh', SUB_DIST).find((i) => i.slug === onlyChinese);
  await openApp(page, at(`/zh/search?q=${encodeURIComponent(item.title)}`));
  const link = page.getByRole('main').getByRole('listitem').getByRole('link', { name: item.title });
  await expect(link).toHaveAttribute('href', `${SUB_BASE}/zh/news/${onlyChinese}`);
  await link.click();
  await expect(page).toHaveURL(at(`/zh/news/${onlyChinese}`));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(item.title);
});
