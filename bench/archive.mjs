// The archive-scale comparison, run by bench/archive.sh on two builds of the
// site, with archives of 100 and of 1,000 press releases per language:
//
//   node bench/archive.mjs --run COUNT,ORIGIN,DIST,STEP_LOG,INDEX_MS --run …
//
// For home, the first archive page and a news item (in English), it measures
// in Chromium the brotli bytes of a first visit and of a switch to French,
// and those of a first search in each language; then the size of dist/, the
// build time per page (the steps that grow with the pages: prerender to
// precompress, from STEP_LOG) and the time per press release of the hook that
// writes the news files and the search index
// (INDEX_MS, timed by archive.sh). Prints both runs side by side and
// checks the largest against the smallest with BUDGETS.

import { createRequire } from 'node:module';
import fs from 'node:fs';
import path from 'node:path';

import { bytesOf, firstSearchPaths, isSearchFile, pathsRequested } from './dist-bytes.mjs';

const repo = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const require = createRequire(path.join(repo, 'e2e', 'package.json'));
const { chromium } = require('@playwright/test');
const chromeFlags = JSON.parse(fs.readFileSync(path.join(repo, 'e2e/chromium-flags.json'), 'utf8'));

/** The largest archive against the smallest (10 × as many items). */
const BUDGETS = {
  // A page costs what it shows, whatever the size of the archive.
  firstVisitRatio: 1.05,
  switchRatio: 1.05,
  // Each page costs the build the same time, and each item the search index.
  buildPerPageRatio: 1.5,
  indexPerItemRatio: 1.5,
  // A first search fetches the parts of the index its words are in, which
  // grow with the items that hold them: at most 1.5 × for 10 × the items.
  firstSearchRatio: 1.5,
  // dist/ grows at most in proportion to the archive: 10 × the items, at most
  // 10.5 × the bytes (it holds a fixed part, so linear growth stays below 10).
  distPerItemRatio: 1.05,
};

// An item present in both archives and translated into every language.
const ITEM = 'synthetic-item-00010';
const PAGES = { home: '/en/', 'news list': '/en/news', 'news item': `/en/news/${ITEM}` };
// A word of the synthetic text (src/content/archive/synthetic.rs) in each language.
const SEARCHES = { zh: '伦理', en: 'ethics', fr: 'éthique' };

const runs = process.argv
  .slice(2)
  .flatMap((arg, i, all) => (all[i - 1] === '--run' ? [arg] : []))
  .map((spec) => {
    const [count, origin, dist, stepLog, indexMs] = spec.split(',');
    return { count: Number(count), origin, dist: path.resolve(dist), stepLog, indexMs: Number(indexMs) };
  })
  .sort((a, b) => a.count - b.count);
if (runs.length < 2) {
  console.error('usage: node bench/archive.mjs --run COUNT,ORIGIN,DIST,STEP_LOG,INDEX_MS --run …');
  process.exit(2);
}

/** First-visit and switch bytes of one page of one build. */
async function measurePage(browser, run, route) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const firstVisit = await pathsRequested(page, run.origin, async () => {
    await page.goto(run.origin + route, { waitUntil: 'networkidle' });
    await page.locator('#prerendered-content').waitFor({ state: 'detached' });
  });
  const languageSwitch = await pathsRequested(page, run.origin, async () => {
    await page.locator('a[hreflang="fr"]').first().click();
    await page.waitForFunction(() => document.documentElement.lang === 'fr');
    await page.waitForLoadState('networkidle');
  });
  await context.close();
  return { firstVisit: bytesOf(run.dist, firstVisit).total, languageSwitch: bytesOf(run.dist, languageSwitch).total };
}

/** The bytes of every file under `dir`, and how many of them are pages. */
function distSize(dir, size = { bytes: 0, pages: 0 }) {
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) {
      distSize(full, size);
    } else {
      size.bytes += fs.statSync(full).size;
      if (entry.name.endsWith('.html')) size.pages += 1;
    }
  }
  return size;
}

/** Seconds from the prerender step to the end of the build. */
function pageStepsSeconds(stepLog) {
  const steps = fs
    .readFileSync(stepLog, 'utf8')
    .trim()
    .split('\n')
    .map((line) => ({ at: Number(line.split(' ')[0]), name: line.slice(line.indexOf(' ') + 1) }));
  const start = steps.find((s) => s.name.startsWith('prerender'));
  const end = steps.find((s) => s.name === 'end');
  return end.at - start.at;
}

async function main() {
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: chromeFlags });
  for (const run of runs) {
    run.pages = {};
    for (const [name, route] of Object.entries(PAGES)) run.pages[name] = await measurePage(browser, run, route);
    const size = distSize(run.dist);
    run.distBytes = size.bytes;
    run.htmlPages = size.pages;
    run.msPerPage = (pageStepsSeconds(run.stepLog) * 1000) / run.htmlPages;
    run.indexMsPerItem = run.indexMs / run.count;
    run.searches = {};
    for (const [lang, query] of Object.entries(SEARCHES)) {
      const paths = await firstSearchPaths(browser, run.origin, lang, query);
      run.searches[lang] = bytesOf(run.dist, paths.filter(isSearchFile)).total;
    }
  }
  await browser.close();

  const kb = (bytes) => (bytes / 1024).toFixed(1);
  const [small, large] = [runs[0], runs[runs.length - 1]];
  const rows = [];
  const failures = [];
  const row = (what, unit, value, budget) => {
    const ratio = value(large) / value(small);
    const ok = ratio <= budget;
    if (!ok) failures.push(`${what}: ${ratio.toFixed(3)} × (budget ${budget} ×)`);
    rows.push(`| ${what} | ${runs.map((r) => `${unit(value(r))}`).join(' | ')} | ${ratio.toFixed(3)} × | ≤ ${budget} × ${ok ? '' : '**over**'} |`);
  };
  for (const name of Object.keys(PAGES)) {
    row(`${name}: first visit KB`, kb, (r) => r.pages[name].firstVisit, BUDGETS.firstVisitRatio);
    row(`${name}: switch to French KB`, kb, (r) => r.pages[name].languageSwitch, BUDGETS.switchRatio);
  }
  for (const [lang, query] of Object.entries(SEARCHES)) {
    row(`first search “${query}” (${lang}): search files KB`, kb, (r) => r.searches[lang], BUDGETS.firstSearchRatio);
  }
  const growth = large.count / small.count;
  row('dist/ MB', (b) => (b / 2 ** 20).toFixed(1), (r) => r.distBytes, growth * BUDGETS.distPerItemRatio);
  row('build ms per page', (ms) => ms.toFixed(1), (r) => r.msPerPage, BUDGETS.buildPerPageRatio);
  row('search index ms per press release', (ms) => ms.toFixed(1), (r) => r.indexMsPerItem, BUDGETS.indexPerItemRatio);

  console.log(`\n| press releases per language | ${runs.map((r) => r.count).join(' | ')} | ratio | budget |`);
  console.log(`|---|${runs.map(() => '---:').join('|')}|---:|---|`);
  console.log(rows.join('\n'));
  console.log(`\npages built: ${runs.map((r) => `${r.htmlPages} (${r.count} items)`).join(', ')}`);
  const out = path.join(repo, 'bench/results');
  fs.mkdirSync(out, { recursive: true });
  fs.writeFileSync(path.join(out, 'archive.json'), JSON.stringify({ budgets: BUDGETS, runs }, null, 2));
  if (failures.length) {
    console.error(`\narchive bench: over budget:\n- ${failures.join('\n- ')}`);
    process.exit(1);
  }
  console.log('\narchive bench: every budget holds');
}

await main();
