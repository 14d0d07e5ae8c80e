// The same site built with SITE_BASE=/scrc and served from that folder
// (dist-sub/, made by scripts/test.sh): every request, link and navigation
// stays under /scrc/.
import { test, expect, content, openApp } from './fixtures';

const SUB_BASE = process.env.E2E_SUB_BASE!;

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
  const item = content('fr', 'news.json').items[1];
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
