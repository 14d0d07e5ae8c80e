import { test as base, expect, Page } from '@playwright/test';
import fs from 'node:fs';
import path from 'node:path';

export const LANGS = ['zh', 'en', 'fr'] as const;
export type Lang = (typeof LANGS)[number];
export const HTML_LANG: Record<Lang, string> = { zh: 'zh-CN', en: 'en', fr: 'fr' };

const repo = path.resolve(__dirname, '../..');
const contentDir = path.join(repo, 'public/content');

/**
 * The content of the sub-path build (dist-sub/): scripts/test.sh makes it from
 * an editor's day of changes to a copy of public/content
 * (scripts/editors-day.mjs) plus the browser tests' fixtures (e2e/fixtures).
 */
export const subContentDir = process.env.E2E_SUB_CONTENT ?? path.join(repo, 'target/e2e-content');
/** The build of the sub-path (/scrc), made from the editor's day and the browser tests' fixtures. */
export const SUB_DIST = 'dist-sub';
/** The content folder each build is made from. */
const CONTENT_OF: Record<string, string> = { dist: contentDir, [SUB_DIST]: subContentDir };
const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/**
 * A content file, read as the editors wrote it: the shipped one, which the
 * root build dist/ is made from, unless `dir` names another content folder.
 */
export function content(lang: Lang, file: string, dir: string = contentDir): any {
  return JSON.parse(fs.readFileSync(path.join(dir, lang, file), 'utf8'));
}

/** A page a build wrote, as its prerender step listed it (src/prerender/manifest.rs). */
export type BuiltPage = {
  path: string;
  file: string;
  lang: Lang | null;
  kind: string;
  /** The section it belongs to (`news` for a press release); a section's own page has it as its kind too. */
  section?: string;
  content: string[];
  slug?: string;
  page?: number;
};

/** Every page the build in `dist` (a folder name in the repository) wrote, from `{dist}.pages.json`. */
export function builtPages(dist: string = 'dist'): BuiltPage[] {
  return JSON.parse(fs.readFileSync(path.join(repo, `${dist}.pages.json`), 'utf8'));
}

/** The sections' own pages the build wrote in `lang`, in navigation order: one per section of the
 * registry (src/pages/mod.rs), checked against the sections `site.json` names in its `nav`. */
export function sectionPages(lang: Lang, dist: string = 'dist'): BuiltPage[] {
  const pages = builtPages(dist).filter((p) => p.lang === lang && p.kind === p.section);
  const named = Object.keys(content(lang, 'site.json', CONTENT_OF[dist]).nav).sort();
  if (!same(pages.map((p) => navKey(p.section!)).sort(), named)) {
    throw new Error(`${dist}: the sections' own pages in ${lang} are not one per section of site.json's nav (${named})`);
  }
  return pages;
}

/** A section's label's key in `site.json`'s `nav`: its name as a field name (`social_commitment`). */
export const navKey = (section: string) => section.replace(/-/g, '_');

/** The file a page shows its own text from (the one after site.json), as named below `content/{lang}/`. */
export function ownFile(page: BuiltPage): string {
  const folder = `/content/${page.lang}/`;
  const url = page.content[1];
  return url.slice(url.indexOf(folder) + folder.length);
}

/** A page's path below its language: '' for home, 'volunteers', 'news/page/2'… */
export function pathInLang(page: BuiltPage): string {
  const prefix = `/${page.lang}/`;
  return page.path.slice(page.path.indexOf(prefix) + prefix.length);
}

/** A day as the site writes it in `lang` (`2018-07-11`: 2018年7月11日, 11 July 2018, 11 juillet 2018). */
export function writtenDate(date: string, lang: Lang): string {
  const day = new Date(`${date}T00:00:00Z`);
  const locale = { zh: 'zh-CN', en: 'en-GB', fr: 'fr-FR' }[lang];
  const written = new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(day);
  // French writes the first of the month as an ordinal.
  return lang === 'fr' ? written.replace(/^1 /, '1er ') : written;
}

/**
 * The press releases as a page in `lang` lists them, newest first, each as its
 * page shows it (in `lang`, or, where it has no translation yet, in a language
 * it has): read from the news files the build in `dist` wrote — the archive's
 * pages, then each item's page —, so which version shows, and where, has one
 * source, `src/content/archive.rs`, tested there. What holds whatever that
 * rule is, is checked here against the editors' files: every item is listed
 * once, newest first, in `lang` when it exists in it, else in a language it
 * exists in.
 */
export function newsItems(lang: Lang, dist: string = 'dist'): any[] {
  const folder = path.join(repo, dist, 'content', lang, 'news');
  const read = (file: string) => JSON.parse(fs.readFileSync(path.join(folder, file), 'utf8'));
  const entries: { slug: string }[] = [];
  for (let page = 1; fs.existsSync(path.join(folder, `page-${page}.json`)); page++) entries.push(...read(`page-${page}.json`).items);
  const items = entries.map((entry) => read(`items/${entry.slug}.json`));
  const sources = path.join(CONTENT_OF[dist], 'news');
  const fail = (what: string) => {
    throw new Error(`${dist}/content/${lang}/news: ${what}`);
  };
  if (!same(items.map((i) => i.slug).sort(), fs.readdirSync(sources).sort())) fail('does not list every press release of the content once');
  for (const [i, item] of items.entries()) {
    const written = LANGS.filter((l) => fs.existsSync(path.join(sources, item.slug, `${l}.json`)));
    if (!same(item.versions, written)) fail(`${item.slug}: versions ${item.versions}, written in ${written}`);
    if (!written.includes(item.lang) || (written.includes(lang) && item.lang !== lang)) fail(`${item.slug} is shown in ${item.lang}`);
    if (i > 0 && items[i - 1].date < item.date) fail(`${item.slug} is listed after an older one`);
  }
  return items;
}

export const artifactsDir = path.resolve(__dirname, '../artifacts');

/** Saves a full-page screenshot under e2e/artifacts/screenshots/. */
export async function screenshot(page: Page, name: string) {
  const file = path.join(artifactsDir, 'screenshots', `${name}.png`);
  await page.screenshot({ path: file, fullPage: true });
  return file;
}

/**
 * Waits until the app has taken over the prerendered page: it removes the
 * content the page embeds for it. After this, links are followed by the
 * router, which fetches content files, instead of loading another page.
 */
export async function appStarted(page: Page) {
  await expect(page.locator('#prerendered-content')).toHaveCount(0);
}

/**
 * Opens `url` and waits for the app to take the page over. For tests of what
 * the app does (client-side navigation, the menu, focus, the language
 * switch): before the takeover a click on a link loads the next prerendered
 * page instead, and an element found may be replaced while in use.
 */
export async function openApp(page: Page, url: string) {
  const response = await page.goto(url);
  await appStarted(page);
  return response;
}

/** Holds back the requests for `url` (a glob) until the returned function is called. */
export async function holdRequests(page: Page, url: string): Promise<() => void> {
  let release!: () => void;
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route(url, async (route) => {
    await held;
    await route.continue();
  });
  return release;
}

/**
 * Holds the app's WebAssembly back until the returned function is called, so
 * a test can use the prerendered page before the app takes it over.
 */
export const holdWasm = (page: Page) => holdRequests(page, '**/*.wasm');

/** Opens `from`, waits for the app, then follows the in-page link to `to`. */
export async function navigateInApp(page: Page, from: string, to: string) {
  await openApp(page, from);
  await page.locator(`header a[href="${to}"]`).first().click();
}

type Problems = { problems: string[]; allowProblems: () => void };

/**
 * Every test fails on a console error, an uncaught page error or a failed
 * request, unless it provokes one on purpose and says so with allowProblems().
 * With JavaScript off, the refused script preload is not a problem either.
 * Opening a path that is no page is not a problem: the server answers it with
 * the 404 page and status 404, and the tests check what that page shows.
 */
export const test = base.extend<Problems>({
  problems: async ({ page, javaScriptEnabled }, use) => {
    const problems: string[] = [];
    const notFoundPages = new Set<string>();
    page.on('response', (res) => {
      if (res.status() === 404 && res.request().isNavigationRequest()) notFoundPages.add(res.url());
      else if (res.status() >= 400) problems.push(`HTTP ${res.status()}: ${res.url()}`);
    });
    page.on('console', (msg) => {
      if (msg.type() === 'error' && !notFoundPages.has(msg.location().url)) problems.push(`console error: ${msg.text()}`);
    });
    page.on('pageerror', (err) => problems.push(`page error: ${err.message}`));
    page.on('requestfailed', (req) => {
      // With JavaScript off, Chromium refuses the module preload: that is the point.
      if (!javaScriptEnabled && req.resourceType() === 'script' && req.failure()?.errorText === 'csp') return;
      problems.push(`request failed: ${req.url()} ${req.failure()?.errorText}`);
    });
    // Every CSP violation, reported by the page itself (not only as console text).
    await page.exposeFunction('__reportCspViolation', (v: string) => problems.push(`CSP violation: ${v}`));
    await page.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (e) =>
        (window as any).__reportCspViolation(`${e.violatedDirective} blocked ${e.blockedURI || 'inline'}`),
      );
    });
    await use(problems);
  },
  allowProblems: async ({ problems }, use, testInfo) => {
    let allowed = false;
    await use(() => {
      allowed = true;
    });
    if (!allowed && testInfo.status === testInfo.expectedStatus) {
      expect(problems, 'no console error, page error or failed request').toEqual([]);
    }
  },
});

// Make the problem check run for every test, even those that do not name it.
test.beforeEach(async ({ allowProblems }) => {
  void allowProblems;
});

export { expect };
