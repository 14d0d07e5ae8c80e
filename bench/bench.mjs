// The performance benchmark: for each route of the built site, served by nginx
// with its precompressed files, the brotli bytes a first visit downloads,
// Lighthouse's mobile scores with LCP, TBT and CLS (the median of three runs),
// and how long a language switch takes to paint, beside the floors measured
// in the same run. Checks every number against the budgets below and
// exits 1 when one is crossed (or, while over a budget, its ceiling below).
// Run it through bench/run.sh.
//
//   node bench/bench.mjs --origin http://127.0.0.1:PORT --dist dist [--ci]
//
// --ci measures bytes on every route but runs Lighthouse on /en/ only and
// skips the language-switch timing: the subset the test command runs.

import { createRequire } from 'node:module';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';

import { bytesOf, distFile, firstSearchPaths, isSearchFile, pathsRequested } from './dist-bytes.mjs';

const repo = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const require = createRequire(path.join(repo, 'e2e', 'package.json'));
const { chromium } = require('@playwright/test');

// The budgets of issue 19, restated against what this stack can reach: where
// a floor exists (the same page as static HTML, the same switch as a body
// swap by the browser's own parser), the budget is a ratio to it, measured in
// the same run.
export const BUDGETS = {
  firstVisitKb: 165, // everything a first visit downloads, brotli
  wasmKb: 150, // the WebAssembly alone, brotli, stable Rust
  // Lighthouse mobile, the median of LIGHTHOUSE_RUNS runs of each route.
  performance: 98,
  accessibility: 100,
  bestPractices: 100,
  seo: 100,
  cls: 0,
  // LCP of a prerendered page over that of the same page as plain static HTML
  // (no scripts, no preloads).
  lcpRatio: 1.05,
  // A cached language switch at 4× CPU slowdown over the static body swap.
  switchRatio: 1.3,
};

// Where the site does not meet a budget yet (README, "Performance"), the value
// measured when it was first missed is a ceiling: a change may not make it
// worse, or the run fails. Lower a ceiling when a change improves the number;
// delete it once its budget holds. Each keeps its reason here.
//
// switchRatio: the static swap paints in the second frame after the click
// (28-33 ms at 60 Hz, at 4x as unthrottled), and 1.3 x that is less than a
// third frame, so the budget asks the app to paint in the same frame as the
// browser's own parser. Its cached switch runs 5-25 ms of script at 4x (the
// swap 1-5 ms) and paints in the third frame, the fourth now and then: 1.45,
// 1.72 and 1.93 x in three runs of 2026-12-02 (slowest of six). Building
// without type erasure, which removes the attributes Leptos sets again (117
// attribute mutations per switch -> 11), gave 1.53-2.25 x and 7.4 KB more
// WebAssembly (README, "Performance").
export const CEILINGS = {
  switchRatio: 2.0,
};

/** Lighthouse runs per route; each budget is checked on their median. */
const LIGHTHOUSE_RUNS = 3;

const args = process.argv.slice(2);
const arg = (name) => args[args.indexOf(name) + 1];
const origin = arg('--origin');
const dist = path.resolve(arg('--dist') ?? 'dist');
const ci = args.includes('--ci');
// --switch-only: just the language-switch timing, for work on that number.
const switchOnly = args.includes('--switch-only');
const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
// The same Chromium flags as the browser tests.
const chromeFlags = JSON.parse(fs.readFileSync(path.join(repo, 'e2e/chromium-flags.json'), 'utf8'));

const content = (lang, file) =>
  JSON.parse(fs.readFileSync(path.join(repo, 'public/content', lang, file), 'utf8'));
// The pages the build wrote (src/prerender/manifest.rs; bench/run.sh passes
// the manifest beside the dist it copied): per language, every section's own
// page (the archive's first page for news), the newest press release and the
// search page.
const builtPages = JSON.parse(fs.readFileSync(args.includes('--pages') ? arg('--pages') : `${dist}.pages.json`, 'utf8'));
// The languages, in the site's order: the ones the build wrote pages in.
const LANGS = [...new Set(builtPages.map((p) => p.lang).filter(Boolean))];
const ROUTES = LANGS.flatMap((lang) => {
  const ofLang = builtPages.filter((p) => p.lang === lang);
  return [
    ...ofLang.filter((p) => p.kind === p.section),
    ofLang.find((p) => p.kind === 'news-item'),
    ofLang.find((p) => p.kind === 'search'),
  ]
    .filter(Boolean)
    .map((p) => p.path);
});

/** Where the plain static copy of a route is served: the bench's own folder
 * in its copy of the dist (bench/run.sh), never in dist/ itself. */
const referencePath = (route) => `/bench-reference${route}`;

/**
 * Writes the reference for `route`: its prerendered page as plain static HTML
 * of the same content and styles, without the app's scripts, preloads and
 * embedded content, with a gzip copy as the other files have.
 */
function writeReferencePage(route) {
  const html = fs
    .readFileSync(distFile(dist, route), 'utf8')
    .replace(/<script\b[^>]*>[\s\S]*?<\/script>/g, '')
    .replace(/<link rel="(?:modulepreload|preload)"[^>]*>/g, '');
  const dir = path.join(dist, referencePath(route));
  fs.mkdirSync(dir, { recursive: true });
  fs.writeFileSync(path.join(dir, 'index.html'), html);
  fs.writeFileSync(path.join(dir, 'index.html.gz'), zlib.gzipSync(html, { level: 9 }));
}

/** Every same-origin request of a first visit (empty cache), by kind, in
 * bytes, and the search files among them (there should be none). */
async function firstVisitBytes(browser, route) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const paths = await pathsRequested(page, origin, async () => {
    await page.goto(origin + route, { waitUntil: 'networkidle' });
    await page.getByRole('heading', { level: 1 }).waitFor();
  });
  await context.close();
  return { ...bytesOf(dist, paths), searchFiles: paths.filter(isSearchFile) };
}

/**
 * A query of each language that finds several pages, whatever the content:
 * the word most of the language's own press-release titles share (in
 * Chinese, two characters), as the build lists them; else the site's name.
 */
function commonWord(lang) {
  const list = JSON.parse(fs.readFileSync(path.join(dist, `content/${lang}/news/page-1.json`), 'utf8'));
  const counts = new Map();
  for (const { title } of list.items.filter((i) => i.lang === lang)) {
    const words = lang === 'zh'
      ? [...title.matchAll(/(?=([\u4e00-\u9fff]{2}))/g)].map((m) => m[1])
      : title.toLowerCase().match(/\p{L}{5,}/gu) ?? [];
    for (const word of new Set(words)) counts.set(word, (counts.get(word) ?? 0) + 1);
  }
  const [best] = [...counts].sort(([a, n], [b, m]) => m - n || a.localeCompare(b));
  return best?.[0] ?? content(lang, 'site.json').name;
}
const FIRST_SEARCH = Object.fromEntries(LANGS.map((lang) => [lang, commonWord(lang)]));
/** A first search from an empty cache: the whole visit of the search page
 * with a query, and the part of it only the search costs. */
async function firstSearchBytes(browser, lang) {
  const paths = await firstSearchPaths(browser, origin, lang, FIRST_SEARCH[lang]);
  const search = paths.filter(isSearchFile);
  const part = (test) => bytesOf(dist, search.filter(test)).total;
  return {
    lang,
    query: FIRST_SEARCH[lang],
    visit: bytesOf(dist, paths).total,
    search: bytesOf(dist, search).total,
    files: search.length,
    // The site's results module; Pagefind's script, worker and WebAssembly;
    // its index; the excerpts of the hits shown.
    results: part((p) => p.startsWith('/search-results')),
    pagefind: part((p) => /\/(pagefind(-[a-z]+)?\.(js|json)|wasm\.[a-z-]+\.pagefind)$/.test(p)),
    index: part((p) => /\.pf_(meta|index|filter)$/.test(p)),
    excerpts: part((p) => p.endsWith('.pf_fragment')),
  };
}

/** One Lighthouse run with its default mobile emulation and throttling. */
function lighthouse(route) {
  const out = path.join(os.tmpdir(), `scrc-lh-${process.pid}.json`);
  execFileSync(
    path.join(repo, 'e2e/node_modules/.bin/lighthouse'),
    [
      origin + route,
      '--quiet',
      '--output=json',
      `--output-path=${out}`,
      '--only-categories=performance,accessibility,best-practices,seo',
      `--chrome-flags=${chromeFlags.join(' ')}`,
    ],
    { env: { ...process.env, CHROME_PATH: chromiumPath }, stdio: ['ignore', 'ignore', 'inherit'] },
  );
  const report = JSON.parse(fs.readFileSync(out, 'utf8'));
  fs.rmSync(out);
  const score = (c) => Math.round(report.categories[c].score * 100);
  const audit = (a) => report.audits[a].numericValue;
  const failed = (c) =>
    report.categories[c].auditRefs
      .filter((ref) => ref.weight > 0 && report.audits[ref.id].score !== null && report.audits[ref.id].score < 1)
      .map((ref) => ref.id);
  return {
    performance: score('performance'),
    accessibility: score('accessibility'),
    bestPractices: score('best-practices'),
    seo: score('seo'),
    lcpMs: Math.round(audit('largest-contentful-paint')),
    tbtMs: Math.round(audit('total-blocking-time')),
    cls: Number(audit('cumulative-layout-shift').toFixed(3)),
    notPassing: [...failed('accessibility'), ...failed('best-practices'), ...failed('seo')],
  };
}

/** The median of each of Lighthouse's numbers over LIGHTHOUSE_RUNS runs of `route`. */
function lighthouseMedian(route) {
  const runs = Array.from({ length: LIGHTHOUSE_RUNS }, () => lighthouse(route));
  const median = (key) => runs.map((run) => run[key]).sort((a, b) => a - b)[Math.floor(runs.length / 2)];
  const result = Object.fromEntries(
    ['performance', 'accessibility', 'bestPractices', 'seo', 'lcpMs', 'tbtMs', 'cls'].map((key) => [key, median(key)]),
  );
  result.performanceRuns = runs.map((run) => run.performance);
  result.notPassing = [...new Set(runs.flatMap((run) => run.notPassing))];
  return result;
}

/**
 * Milliseconds from a click on a language link to the first frame painted
 * after the page shows that language's heading, with the CPU slowed down
 * `cpuSlowdown` times (4: a mid-range phone). The first switch to French
 * fetches its content; switching back to English and then to French again is
 * served from what was loaded.
 *
 * `staticMs` is the floor no framework goes below, measured the same way in
 * the same page: the body replaced by the other language's prerendered body
 * (already downloaded), the browser's own HTML parser building it.
 */
async function languageSwitch(browser, cpuSlowdown) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await page.goto(`${origin}/en/volunteers`, { waitUntil: 'networkidle' });
  await page.getByRole('heading', { level: 1 }).waitFor();
  // The app has taken over the prerendered page (it removes the embedded content).
  await page.locator('#prerendered-content').waitFor({ state: 'detached' });
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpuSlowdown });
  const heading = (lang) => content(lang, 'volunteers.json').heading;
  // `replaceBody`: the static floor instead of the app's switch.
  const switchTo = (lang, replaceBody = false) =>
    page.evaluate(
      ([lang, expected, replaceBody]) =>
        new Promise((resolve) => {
          const start = performance.now();
          if (replaceBody) {
            document.documentElement.lang = lang;
            document.body.innerHTML = window.benchBodies[lang];
          } else {
            // The switcher's links carry the BCP 47 tag: hreflang="fr", "en", "zh-CN".
            document.querySelector(`a[hreflang="${lang}"]`).click();
          }
          const check = () => {
            const h1 = document.querySelector('h1');
            if (h1 && h1.textContent === expected) {
              // The frame after this one is painted with the new text.
              requestAnimationFrame(() => resolve(performance.now() - start));
            } else {
              requestAnimationFrame(check);
            }
          };
          requestAnimationFrame(check);
        }),
      [lang, heading(lang), replaceBody],
    );
  const slowestOfSix = async (replaceBody) => {
    const times = [];
    for (let i = 0; i < 3; i++) {
      times.push(await switchTo('en', replaceBody));
      times.push(await switchTo('fr', replaceBody));
    }
    return Math.round(Math.max(...times));
  };
  const firstMs = Math.round(await switchTo('fr'));
  const cachedMs = await slowestOfSix(false);
  await page.evaluate(async (origin) => {
    window.benchBodies = {};
    for (const lang of ['en', 'fr']) {
      const html = await (await fetch(`${origin}/${lang}/volunteers`)).text();
      const body = new DOMParser().parseFromString(html, 'text/html').body;
      body.querySelectorAll('script').forEach((script) => script.remove());
      window.benchBodies[lang] = body.innerHTML;
    }
  }, origin);
  const staticMs = await slowestOfSix(true);
  await context.close();
  return { firstMs, cachedMs, staticMs };
}

const kb = (bytes) => (bytes / 1024).toFixed(1);
/** A cached switch over the static body swap, measured in the same page. */
const ratio = ({ cachedMs, staticMs }) => Number((cachedMs / staticMs).toFixed(2));

async function main() {
  const browser = await chromium.launch({ executablePath: chromiumPath, args: chromeFlags });
  const rows = [];
  for (const route of switchOnly ? [] : ROUTES) {
    const bytes = await firstVisitBytes(browser, route);
    let lh = null;
    if (!ci || route === '/en/') {
      writeReferencePage(route);
      lh = lighthouseMedian(route);
      lh.referenceLcpMs = lighthouseMedian(referencePath(route)).lcpMs;
      lh.lcpRatio = Number((lh.lcpMs / lh.referenceLcpMs).toFixed(2));
    }
    rows.push({ route, bytes, lh });
    process.stderr.write(`measured ${route}\n`);
  }
  const switching = ci ? null : { phone: await languageSwitch(browser, 4), desktop: await languageSwitch(browser, 1) };
  const searches = switchOnly ? [] : await Promise.all(LANGS.map((lang) => firstSearchBytes(browser, lang)));
  await browser.close();

  const lines = [
    '| route | HTML | JS | WASM | CSS | JSON | other | total KB (br) | perf (runs) | a11y | best pr. | SEO | LCP ms | static LCP ms | TBT ms | CLS |',
    '|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|',
  ];
  for (const { route, bytes: b, lh } of rows) {
    const l = lh ?? {};
    const cell = (v) => (v === undefined ? '–' : v);
    lines.push(
      `| ${route} | ${kb(b.html)} | ${kb(b.js)} | ${kb(b.wasm)} | ${kb(b.css)} | ${kb(b.json)} | ${kb(b.other)} | ${kb(b.total)} | ` +
        `${l.performance === undefined ? '–' : `${l.performance} (${l.performanceRuns.join(', ')})`} | ${cell(l.accessibility)} | ${cell(l.bestPractices)} | ${cell(l.seo)} | ${cell(l.lcpMs)} | ${cell(l.referenceLcpMs)} | ${cell(l.tbtMs)} | ${cell(l.cls)} |`,
    );
  }
  if (switching) {
    const { phone, desktop } = switching;
    lines.push(
      '',
      '| language switch, click to paint | first (fetches) | cached (slowest of 6) | static body swap (slowest of 6) | cached / static |',
      '|---|---:|---:|---:|---:|',
      `| CPU 4× slower (phone) | ${phone.firstMs} ms | ${phone.cachedMs} ms | ${phone.staticMs} ms | ${ratio(phone)} × |`,
      `| CPU unthrottled (desktop) | ${desktop.firstMs} ms | ${desktop.cachedMs} ms | ${desktop.staticMs} ms | ${ratio(desktop)} × |`,
    );
  }

  if (searches.length) {
    lines.push(
      '',
      '| first search, empty cache, KB (br) | query | whole visit | search files | results module | Pagefind runtime | index | excerpts | files |',
      '|---|---|---:|---:|---:|---:|---:|---:|---:|',
      ...searches.map(
        (s) =>
          `| /${s.lang}/search | ${s.query} | ${kb(s.visit)} | ${kb(s.search)} | ${kb(s.results)} | ${kb(s.pagefind)} | ${kb(s.index)} | ${kb(s.excerpts)} | ${s.files} |`,
      ),
    );
  }

  // The budgets at a glance: the worst route of each, beside its floor.
  const measured = rows.filter((row) => row.lh);
  const worst = (items, value) => items.reduce((a, b) => (value(b) > value(a) ? b : a));
  lines.push('', '| budget | worst measured | floor, same run | ratio | budget |', '|---|---:|---:|---:|---|');
  if (rows.length) {
    const heaviest = worst(rows, (row) => row.bytes.total);
    lines.push(
      `| first visit KB (br) | ${kb(heaviest.bytes.total)} (${heaviest.route}) | – | – | ≤ ${BUDGETS.firstVisitKb} |`,
      `| WebAssembly KB (br) | ${kb(worst(rows, (row) => row.bytes.wasm).bytes.wasm)} | – | – | ≤ ${BUDGETS.wasmKb} |`,
    );
  }
  if (measured.length) {
    const slowest = worst(measured, (row) => -row.lh.performance);
    const lcp = worst(measured, (row) => row.lh.lcpRatio);
    lines.push(
      `| Lighthouse performance, median of ${LIGHTHOUSE_RUNS} | ${slowest.lh.performance} (${slowest.route}) | – | – | ≥ ${BUDGETS.performance} |`,
      `| LCP ms | ${lcp.lh.lcpMs} (${lcp.route}) | ${lcp.lh.referenceLcpMs} | ${lcp.lh.lcpRatio} × | ≤ ${BUDGETS.lcpRatio} × |`,
      `| CLS | ${Math.max(...measured.map((row) => row.lh.cls))} | – | – | ${BUDGETS.cls} |`,
      `| accessibility, best practices, SEO | ${Math.min(...measured.flatMap(({ lh }) => [lh.accessibility, lh.bestPractices, lh.seo]))} | – | – | ${BUDGETS.accessibility} |`,
    );
  }
  if (switching) {
    const { phone } = switching;
    lines.push(
      `| cached language switch, CPU 4×, ms | ${phone.cachedMs} | ${phone.staticMs} | ${ratio(phone)} × | ≤ ${BUDGETS.switchRatio} × |`,
      `| first language switch, CPU 4×, ms | ${phone.firstMs} | – | – | reported |`,
    );
  }

  // Each check: the budget, or while over it, its recorded ceiling.
  const over = [];
  const crossed = [];
  const check = (name, value, budget, worse, describe) => {
    if (!worse(value, budget)) return;
    const ceiling = CEILINGS[name];
    if (ceiling !== undefined && !worse(value, ceiling)) over.push({ name, value, describe, budget, ceiling });
    else crossed.push(`${describe} (budget ${budget}${ceiling !== undefined ? `, ceiling ${ceiling}` : ''})`);
  };
  const above = (v, limit) => v > limit;
  const below = (v, limit) => v < limit;
  for (const { route, bytes, lh } of rows) {
    check('firstVisitKb', bytes.total / 1024, BUDGETS.firstVisitKb, above, `${route}: first visit ${kb(bytes.total)} KB`);
    check('wasmKb', bytes.wasm / 1024, BUDGETS.wasmKb, above, `${route}: wasm ${kb(bytes.wasm)} KB`);
    // Issue 18: search files are fetched only when a visitor searches.
    if (bytes.searchFiles.length) crossed.push(`${route}: a first visit fetched search files: ${bytes.searchFiles.join(', ')}`);
    if (!lh) continue;
    check('performance', lh.performance, BUDGETS.performance, below, `${route}: performance ${lh.performance}`);
    check('accessibility', lh.accessibility, BUDGETS.accessibility, below, `${route}: accessibility ${lh.accessibility}`);
    check('bestPractices', lh.bestPractices, BUDGETS.bestPractices, below, `${route}: best practices ${lh.bestPractices}`);
    check('seo', lh.seo, BUDGETS.seo, below, `${route}: SEO ${lh.seo}`);
    check('cls', lh.cls, BUDGETS.cls, above, `${route}: CLS ${lh.cls}`);
    check('lcpRatio', lh.lcpRatio, BUDGETS.lcpRatio, above, `${route}: LCP ${lh.lcpMs} ms, ${lh.lcpRatio} × the static page's ${lh.referenceLcpMs} ms`);
    if (lh.notPassing.length) lines.push(`${route}: Lighthouse audits not passing: ${lh.notPassing.join(', ')}`);
  }
  if (switching) {
    const { cachedMs, staticMs } = switching.phone;
    check('switchRatio', ratio(switching.phone), BUDGETS.switchRatio, above,
      `cached language switch at 4× CPU ${cachedMs} ms, ${ratio(switching.phone)} × the static swap's ${staticMs} ms`);
  }

  const list = (items) => items.map((o) => `- ${o}`).join('\n');
  lines.push('');
  if (over.length) {
    // One line per budget: how many routes are over it, and the worst of them.
    const byName = new Map();
    for (const o of over) byName.set(o.name, [...(byName.get(o.name) ?? []), o]);
    const summary = [...byName.values()].map((items) => {
      const { budget, ceiling } = items[0];
      const worst = items.reduce((a, b) => (Math.abs(b.value - budget) > Math.abs(a.value - budget) ? b : a));
      return `${items.length} × ${items[0].name}, worst ${worst.describe} (budget ${budget}, ceiling ${ceiling})`;
    });
    lines.push(`Over budget, within the recorded ceiling:\n${list(summary)}`);
  }
  if (crossed.length) lines.push(`CROSSED (budget, or ceiling while over budget):\n${list(crossed)}`);
  if (!over.length && !crossed.length) lines.push('Every budget holds.');
  const report = lines.join('\n');
  console.log(report);
  fs.mkdirSync(path.join(repo, 'bench/results'), { recursive: true });
  const name = ci ? 'ci' : 'latest';
  fs.writeFileSync(path.join(repo, `bench/results/${name}.md`), report + '\n');
  fs.writeFileSync(path.join(repo, `bench/results/${name}.json`), JSON.stringify({ rows, switching, searches, over, crossed }, null, 2));
  process.exit(crossed.length ? 1 : 0);
}

await main();
