// What search engines and link previews read: per-page head tags, robots.txt,
// the sitemap, the Atom feeds, the favicon and the web app manifest.
import { test, expect, content, newsItems, sectionPages, pathInLang, LANGS, HTML_LANG, Lang, openApp } from './fixtures';

// The build names the origin it was made for (scripts/test.sh builds for the
// origin these tests are served from).
const origin = (baseURL: string | undefined) => process.env.SITE_ORIGIN ?? baseURL!;
const news = (lang: Lang) => content(lang, 'news.json');
const OG_LOCALE: Record<Lang, string> = { zh: 'zh_CN', en: 'en_US', fr: 'fr_FR' };
// Every section's own page, as the build listed them: the same in every language.
const SECTIONS = sectionPages('en').map(pathInLang);
// Slugs are the same in every language (the content check makes sure).
const ITEMS = newsItems('en');
// The pages whose head is checked tag by tag: every section and the newest
// news item published in every language, if there is one.
const EVERYWHERE = ITEMS.find((i: any) => i.versions.length === LANGS.length);
const PATHS = [...SECTIONS, ...(EVERYWHERE ? [`news/${EVERYWHERE.slug}`] : [])];
// The further pages of the news archive (20 items a page, src/content/news.rs).
const ARCHIVE_PAGES = Array.from({ length: Math.max(0, Math.ceil(ITEMS.length / 20) - 1) }, (_, i) => `news/page/${i + 2}`);
// Every real page of a language: an item in the languages it exists in (its
// URL in another shows a version it has, canonical to that one).
const everyPath = (lang: Lang) => [
  ...SECTIONS,
  ...ARCHIVE_PAGES,
  ...ITEMS.filter((i: any) => i.versions.includes(lang)).map((i: any) => `news/${i.slug}`),
];

for (const lang of LANGS) {
  for (const path of PATHS) {
    test(`/${lang}/${path} names its canonical URL, language versions and Open Graph card`, async ({ page, baseURL }) => {
      const o = origin(baseURL);
      await openApp(page, `/${lang}/${path}`);
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      const head = page.locator('head');
      await expect(head.locator('link[rel="canonical"]')).toHaveAttribute('href', `${o}/${lang}/${path}`);
      const alternates = head.locator('link[rel="alternate"][hreflang]');
      await expect(alternates).toHaveCount(4);
      const pairs = await alternates.evaluateAll((links) =>
        links.map((l) => [l.getAttribute('hreflang'), l.getAttribute('href')]),
      );
      expect(pairs).toEqual([
        [HTML_LANG.zh, `${o}/zh/${path}`],
        [HTML_LANG.en, `${o}/en/${path}`],
        [HTML_LANG.fr, `${o}/fr/${path}`],
        ['x-default', `${o}/en/${path}`],
      ]);
      const og = (property: string) => head.locator(`meta[property="${property}"]`);
      await expect(og('og:title')).toHaveAttribute('content', await page.title());
      const description = await head.locator('meta[name="description"]').getAttribute('content');
      await expect(og('og:description')).toHaveAttribute('content', description!);
      await expect(og('og:url')).toHaveAttribute('content', `${o}/${lang}/${path}`);
      await expect(og('og:locale')).toHaveAttribute('content', OG_LOCALE[lang]);
      await expect(og('og:type')).toHaveAttribute('content', path.startsWith('news/') ? 'article' : 'website');
      await expect(og('og:site_name')).toHaveAttribute('content', content(lang, 'site.json').name);
      await expect(head.locator('link[rel="alternate"][type="application/atom+xml"]')).toHaveAttribute(
        'href',
        `${o}/feeds/${lang}.atom`,
      );
      await expect(head.locator('meta[name="robots"]')).toHaveCount(0);
    });
  }
}

test('head tags follow a client-side navigation and a language switch', async ({ page, baseURL }) => {
  const o = origin(baseURL);
  await openApp(page, '/en/');
  await page.getByRole('navigation').first().getByRole('link', { name: content('en', 'site.json').nav.contact }).click();
  await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', `${o}/en/contact`);
  await expect(page.locator('link[rel="canonical"]')).toHaveCount(1);
  await page.getByRole('link', { name: 'Français' }).click();
  await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', `${o}/fr/contact`);
  await expect(page.locator('meta[property="og:locale"]')).toHaveAttribute('content', 'fr_FR');
  await expect(page.locator('link[rel="alternate"][hreflang]')).toHaveCount(4);
  // Each page's head replaces the previous page's: one of each tag, in its language.
  await expect(page.locator('html')).toHaveAttribute('lang', HTML_LANG.fr);
  for (const tag of ['link[rel="canonical"]', 'meta[name="description"]', 'link[rel="manifest"]', 'meta[name="theme-color"]']) {
    await expect(page.locator(tag), tag).toHaveCount(1);
  }
});

test('every page has its own title and description', async ({ page }) => {
  const seen = new Map<string, string>();
  for (const lang of LANGS) {
    for (const path of everyPath(lang)) {
      await openApp(page, `/${lang}/${path}`);
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      const title = await page.title();
      const description = (await page.locator('meta[name="description"]').getAttribute('content'))!;
      for (const key of [`title: ${title}`, `description: ${description}`]) {
        expect(seen.get(key), `${key} is also used by ${seen.get(key)}`).toBeUndefined();
        seen.set(key, `/${lang}/${path}`);
      }
    }
  }
});

test('the 404 page asks not to be indexed and names no canonical URL', async ({ page }) => {
  await openApp(page, '/en/no-such-page');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(content('en', 'site.json').not_found.heading);
  await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', 'noindex');
  await expect(page.locator('link[rel="canonical"]')).toHaveCount(0);
  await expect(page.locator('link[rel="alternate"][hreflang]')).toHaveCount(0);
});

test('robots.txt is a real text file naming the sitemap', async ({ request, baseURL }) => {
  const response = await request.get('/robots.txt');
  expect(response.status()).toBe(200);
  expect(response.headers()['content-type']).toContain('text/plain');
  const text = await response.text();
  expect(text).not.toContain('<html');
  expect(text).toContain('User-agent: *');
  expect(text).toContain(`Sitemap: ${origin(baseURL)}/sitemap.xml`);
});

test('the sitemap lists every page of every language, and each one opens', async ({ page, request, baseURL }) => {
  const o = origin(baseURL);
  const response = await request.get('/sitemap.xml');
  expect(response.status()).toBe(200);
  expect(response.headers()['content-type']).toContain('xml');
  const xml = await response.text();
  const locs = [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]);
  const expected = LANGS.flatMap((lang) => everyPath(lang).map((p) => `${o}/${lang}/${p}`));
  expect([...locs].sort()).toEqual(expected.sort());
  // Each page names its versions and x-default: every language for a
  // section, the languages it exists in for a press release.
  const versions = (loc: string) => ITEMS.find((i: any) => loc.endsWith(`/news/${i.slug}`))?.versions.length ?? LANGS.length;
  const alternates = locs.reduce((sum, loc) => sum + versions(loc) + 1, 0);
  expect([...xml.matchAll(/<xhtml:link rel="alternate" hreflang=/g)]).toHaveLength(alternates);
  const notFound = content('en', 'site.json').not_found.heading;
  for (const loc of locs) {
    await page.goto(loc.replace(o, ''));
    await expect(page.getByRole('heading', { level: 1 }), loc).toBeVisible();
    await expect(page.getByRole('heading', { level: 1 }), loc).not.toHaveText(notFound);
  }
});

for (const lang of LANGS) {
  test(`the ${lang} Atom feed lists that language's news`, async ({ request, baseURL }) => {
    const response = await request.get(`/feeds/${lang}.atom`);
    expect(response.status()).toBe(200);
    expect(response.headers()['content-type']).toContain('application/atom+xml');
    const xml = await response.text();
    expect(xml).toContain(`xml:lang="${HTML_LANG[lang]}"`);
    // The newest fifty (src/site_files/mod.rs, FEED_LENGTH), an untranslated
    // one in the language it is shown in.
    const titles = [...xml.matchAll(/<entry(?: xml:lang="[^"]+")?>\s*<title>([^<]+)<\/title>/g)].map((m) => m[1]);
    expect(titles).toEqual(newsItems(lang).slice(0, 50).map((i: any) => i.title.replace(/&/g, '&amp;')));
    expect(xml).toContain(`<link rel="alternate" type="text/html" href="${origin(baseURL)}/${lang}/news"/>`);
  });
}

test('the favicon and the web app manifest load', async ({ page, request }) => {
  await openApp(page, '/en/');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  const icon = await page.locator('link[rel="icon"]').getAttribute('href');
  const iconResponse = await request.get(icon!);
  expect(iconResponse.headers()['content-type']).toContain('image/svg+xml');
  const manifestHref = await page.locator('link[rel="manifest"]').getAttribute('href');
  const manifest = await (await request.get(manifestHref!)).json();
  expect(manifest.name).toBe(content('en', 'site.json').name);
  const manifestIcon = await request.get(new URL(manifest.icons[0].src, new URL(manifestHref!, 'http://x')).pathname);
  expect(manifestIcon.status()).toBe(200);
});
