// The sub-path build (dist-sub/) is made from an editor's day of changes to a
// copy of the shipped content (scripts/editors-day.mjs, run by scripts/test.sh):
// a paragraph reworded in every file, a press release withdrawn with the links
// to it, a FAQ entry added and one removed, the phone number changed, a press
// release published in Chinese only and then translated into English. What
// the script did is in `{content}.editors-day.json`; every expectation here is
// read from that content, so the edits may be any.
import fs from 'node:fs';
import { test, expect, content as contentIn, newsItems, openApp, appStarted, subContentDir, SUB_DIST, builtPages, ownFile, type BuiltPage, LANGS, Lang, HTML_LANG } from './fixtures';

const SUB_BASE = process.env.E2E_SUB_BASE!;
const at = (path: string) => `http://127.0.0.1:${process.env.E2E_SUB_PORT}${path.startsWith(SUB_BASE) ? '' : SUB_BASE}${path}`;
const content = (lang: Lang, file: string) => contentIn(lang, file, subContentDir);
const site = (lang: Lang) => content(lang, 'site.json');
/** What the editor's day did; read when a test runs (scripts/test.sh writes it before the build). */
let done: any;
const day = () => (done ??= JSON.parse(fs.readFileSync(`${subContentDir}.editors-day.json`, 'utf8')));

/** The heading a page shows, from the content: a press release's title, the
 * 404 page's, or the heading of the file the page shows its own text from. */
function expectedHeading(page: BuiltPage): string {
  const lang = page.lang!;
  switch (page.kind) {
    case 'news-item':
      return newsItems(lang, SUB_DIST).find((i) => i.slug === page.slug)!.title;
    case 'not-found':
      return site(lang).not_found.heading;
    default:
      return content(lang, ownFile(page)).heading;
  }
}

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('every page the editor’s-day build wrote shows its own heading in its language', async ({ page }) => {
    test.setTimeout(120_000);
    const pages = builtPages(SUB_DIST).filter((p) => p.lang);
    // Every item of the content in every language, and nothing else.
    const slugs = fs.readdirSync(`${subContentDir}/news`).sort();
    for (const lang of LANGS) {
      const written = pages.filter((p) => p.lang === lang && p.kind === 'news-item').map((p) => p.slug).sort();
      expect(written, `${lang} news items`).toEqual(slugs);
    }
    for (const p of pages) {
      await page.goto(at(p.path));
      await expect(page.getByRole('heading', { level: 1 }), p.path).toHaveText(expectedHeading(p));
      await expect(page.locator('html'), p.path).toHaveAttribute('lang', HTML_LANG[p.lang!]);
    }
  });
});

test('a press release published in Chinese, then translated into English, shows in each language', async ({ page }) => {
  test.skip(!day().translated, 'no translation in this editor’s day');
  const slug = day().translated.slug;
  const zh = newsItems('zh', SUB_DIST).find((i) => i.slug === slug)!;
  const en = newsItems('en', SUB_DIST).find((i) => i.slug === slug)!;
  expect([zh.lang, en.lang]).toEqual(['zh', 'en']);
  await openApp(page, at('/en/news'));
  await page.getByRole('link', { name: en.title, exact: true }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(en.title);
  await expect(page.getByRole('note')).toHaveCount(0);
  for (const paragraph of en.body) await expect(page.getByRole('main').getByText(paragraph, { exact: true })).toBeVisible();
  // In French, the English version under a notice; in Chinese, the original.
  const switcher = (lang: Lang) => page.getByRole('list', { name: site(lang).language_label });
  await switcher('en').getByRole('link', { name: 'Français', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(en.title);
  await expect(page.getByRole('note')).toContainText(content('fr', 'news.json').labels.not_translated);
  await switcher('fr').getByRole('link', { name: '简体中文', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(zh.title);
  await expect(page.getByRole('note')).toHaveCount(0);
});

test('a withdrawn press release is gone from the lists, the related news and its URL', async ({ page }) => {
  test.skip(!day().withdrawn, 'nothing withdrawn in this editor’s day');
  const slug = day().withdrawn;
  for (const lang of LANGS) {
    await openApp(page, at(`/${lang}/social-commitment`));
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(content(lang, 'social-commitment.json').heading);
    await expect(page.locator(`a[href$="/news/${slug}"]`)).toHaveCount(0);
    await page.waitForLoadState('networkidle');
    await openApp(page, at(`/${lang}/news`));
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(content(lang, 'news.json').heading);
    await expect(page.locator(`a[href$="/news/${slug}"]`)).toHaveCount(0);
    // What the app fetches after the page is shown is not cut off by the next visit.
    await page.waitForLoadState('networkidle');
  }
  // Its URL is answered with the 404 page (status 404, as the server sends it).
  const response = await page.request.get(at(`/en/news/${slug}`));
  expect(response.status()).toBe(404);
  expect(await response.text()).toContain(`<h1>${site('en').not_found.heading}</h1>`);
});

test('the FAQ shows the entry added and not the one removed, in every language', async ({ page }) => {
  test.skip(!day().faq, 'the FAQ is unchanged in this editor’s day');
  for (const lang of LANGS) {
    await openApp(page, at(`/${lang}/volunteers`));
    const questions = page.locator('details summary');
    await expect(questions).toHaveText(content(lang, 'volunteers.json').faq.map((f: any) => f.question));
    await expect(questions.filter({ hasText: day().faq[lang].added })).toHaveCount(1);
    await expect(questions.filter({ hasText: day().faq[lang].removed })).toHaveCount(0);
  }
});

test('the new phone number is shown and dialled on every language’s contact page', async ({ page }) => {
  test.skip(!day().phone, 'the phone is unchanged in this editor’s day');
  for (const lang of LANGS) {
    const phone = site(lang).contact.phone;
    expect(phone.tel).toBe(day().phone.new.tel);
    await openApp(page, at(`/${lang}/contact`));
    await expect(page.getByRole('main').getByRole('link', { name: phone.display })).toHaveAttribute('href', `tel:${phone.tel}`);
    await expect(page.getByRole('contentinfo')).toContainText(phone.display);
    await expect(page.locator('body')).not.toContainText(day().phone.old.display);
  }
});

test('a reworded paragraph reads as the editor wrote it', async ({ page }) => {
  test.skip(!day().reworded, 'nothing reworded in this editor’s day');
  for (const lang of LANGS) {
    const { added } = day().reworded.find((r: any) => r.file === `${lang}/home.json`);
    // The paragraph as it is now (a later edit of the day may have changed it too).
    const paragraphs: string[] = [];
    const collect = (v: any): void => {
      if (typeof v === 'string') paragraphs.push(v);
      else if (v && typeof v === 'object') Object.values(v).forEach(collect);
    };
    collect(content(lang, 'home.json'));
    const reworded = paragraphs.find((p) => p.endsWith(added))!;
    expect(reworded, `${lang}/home.json has the reworded paragraph`).toBeTruthy();
    await openApp(page, at(`/${lang}/`));
    await expect(page.getByRole('main').getByText(reworded, { exact: true })).toBeVisible();
  }
});
