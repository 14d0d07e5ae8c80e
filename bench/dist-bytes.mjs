// What a visit downloads from a built dist/, in brotli bytes: shared by the
// route bench (bench.mjs) and the archive-scale bench (archive.mjs).

import fs from 'node:fs';
import path from 'node:path';

/** The file nginx answers a path with (deploy/nginx/scrc-locations.conf): the
 * file itself, else the prerendered page's index.html. */
export function distFile(dist, urlPath) {
  const file = path.join(dist, decodeURIComponent(urlPath));
  for (const candidate of [file, path.join(file, 'index.html')]) {
    if (candidate.startsWith(dist) && fs.existsSync(candidate) && fs.statSync(candidate).isFile()) return candidate;
  }
  throw new Error(`${urlPath}: the visit asked for a file that is not in ${dist}`);
}

/** The bytes nginx sends for a file: its brotli copy where the build made one. */
export function brotliBytes(file) {
  const br = `${file}.br`;
  return fs.statSync(fs.existsSync(br) ? br : file).size;
}

export function kind(urlPath, file) {
  if (file.endsWith('index.html') || urlPath.endsWith('.html')) return 'html';
  const ext = path.extname(file).slice(1);
  return ['js', 'wasm', 'css', 'json'].includes(ext) ? ext : 'other';
}

/** The same-origin paths `page` requests while `action` runs. */
export async function pathsRequested(page, origin, action) {
  const paths = [];
  const listener = (req) => {
    const url = new URL(req.url());
    if (url.origin === origin) paths.push(url.pathname);
  };
  page.on('request', listener);
  await action();
  page.off('request', listener);
  return paths;
}

/** The brotli bytes of `paths` in `dist`, by kind, with their total. */
export function bytesOf(dist, paths) {
  const bytes = { html: 0, js: 0, wasm: 0, css: 0, json: 0, other: 0 };
  for (const p of paths) {
    const file = distFile(dist, p);
    bytes[kind(p, file)] += brotliBytes(file);
  }
  bytes.total = Object.values(bytes).reduce((a, b) => a + b, 0);
  return bytes;
}

/** What only a search fetches: the results module and a language's Pagefind bundle. */
export const isSearchFile = (urlPath) => urlPath.startsWith('/pagefind/') || urlPath.startsWith('/search-results');

/** The paths a first search from an empty cache requests: the search page
 * of `lang` with `query`, until its first result shows. */
export async function firstSearchPaths(browser, origin, lang, query) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const paths = await pathsRequested(page, origin, async () => {
    await page.goto(`${origin}/${lang}/search?q=${encodeURIComponent(query)}`, { waitUntil: 'networkidle' });
    await page.getByRole('main').getByRole('listitem').first().waitFor();
  });
  await context.close();
  return paths;
}
