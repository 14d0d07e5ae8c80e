#!/usr/bin/env node
// An editor's day (issue 25): ordinary, valid edits applied to a scratch copy
// of the content, each a real edit of the JSON, chosen from what the content
// holds, so they keep working when the shipped content changes.
//
//   node scripts/editors-day.mjs DIR [EDIT...]
//
// DIR is a copy of public/content, changed in place. EDIT is any of the names
// below (default: all, in this order). It writes DIR.editors-day.json, what it
// did (slugs, phone, FAQ questions), for the browser tests of that build.
//
//   reword       a paragraph of every file reworded (words appended)
//   withdraw     a press release withdrawn: its folder and every link to it
//   faq          a FAQ entry added and another removed, and a list item removed
//   phone        the phone number changed in all three languages, and in any
//                text that writes it
//   publish      a press release in Chinese only (a new item, the original)
//   translate    its English translation a week later (publishes it first if
//                needed), `translated_from` naming the original's version
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

const EDITS = ['reword', 'withdraw', 'faq', 'phone', 'publish', 'translate'];
const NEW_SLUG = 'editors-day-open-day';

const [dir, ...asked] = process.argv.slice(2);
if (!dir || asked.some((e) => !EDITS.includes(e))) {
  console.error(`usage: node scripts/editors-day.mjs DIR [${EDITS.join('|')}]...`);
  process.exit(2);
}
// The languages: the content's folders besides news/ (the content check
// allows only the site's languages there).
const LANGS = fs
  .readdirSync(dir, { withFileTypes: true })
  .filter((entry) => entry.isDirectory() && entry.name !== 'news')
  .map((entry) => entry.name);
const edits = asked.length ? EDITS.filter((e) => asked.includes(e)) : EDITS;
const done = { edits };

const read = (file) => JSON.parse(fs.readFileSync(path.join(dir, file), 'utf8'));
// Two-space JSON with a final newline, as the editors' files are written.
const write = (file, value) => fs.writeFileSync(path.join(dir, file), `${JSON.stringify(value, null, 2)}\n`);
const say = (file, what) => console.log(`editor's day: ${file}: ${what}`);

/** Every content file, relative to DIR: the section files, then the news files. */
function contentFiles() {
  const sections = LANGS.flatMap((lang) =>
    fs.readdirSync(path.join(dir, lang)).filter((f) => f.endsWith('.json')).sort().map((f) => `${lang}/${f}`),
  );
  const news = newsSlugs().flatMap((slug) =>
    LANGS.filter((lang) => fs.existsSync(path.join(dir, 'news', slug, `${lang}.json`))).map((lang) => `news/${slug}/${lang}.json`),
  );
  return [...sections, ...news];
}

const newsSlugs = () =>
  fs.existsSync(path.join(dir, 'news'))
    ? fs.readdirSync(path.join(dir, 'news')).filter((s) => fs.statSync(path.join(dir, 'news', s)).isDirectory()).sort()
    : [];

/** The language a file is written in: its folder (`en/…`) or its name (`news/x/en.json`). */
const langOf = (file) => (file.startsWith('news/') ? path.basename(file, '.json') : file.split('/')[0]);

/** Calls `visit(value, key, parent)` on every value inside `value`, depth first. */
function walk(value, visit, key = null, parent = null) {
  visit(value, key, parent);
  if (Array.isArray(value)) value.forEach((v, i) => walk(v, visit, i, value));
  else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) walk(v, visit, k, value);
}

const CJK = /[\u3400-\u9fff]/;
const inLanguage = (text, lang) => (lang === 'zh' ? CJK.test(text) : !CJK.test(text));

/** The version of an original a translation records (src/content/archive.rs, `version_of`). */
function versionOf(source) {
  const hash = crypto.createHash('sha256');
  for (const part of [source.date, source.title, source.summary, ...source.body]) {
    hash.update(part, 'utf8');
    hash.update(Buffer.from([0]));
  }
  return hash.digest('hex').slice(0, 10);
}

const today = new Date().toISOString().slice(0, 10);

function publish() {
  if (fs.existsSync(path.join(dir, 'news', NEW_SLUG, 'zh.json'))) return;
  fs.mkdirSync(path.join(dir, 'news', NEW_SLUG), { recursive: true });
  write(`news/${NEW_SLUG}/zh.json`, {
    date: today,
    title: '中心举办临床研究开放日',
    summary: '中心举办开放日活动，向公众介绍临床研究。',
    body: ['中心举办开放日活动，向公众介绍临床研究的基本知识。', '参加者了解了志愿者的权利以及知情同意的过程。'],
  });
  say(`news/${NEW_SLUG}/zh.json`, `published in Chinese only, dated ${today}`);
  done.published = NEW_SLUG;
}

function translate() {
  publish();
  const original = read(`news/${NEW_SLUG}/zh.json`);
  write(`news/${NEW_SLUG}/en.json`, {
    date: original.date,
    title: 'The center holds an open day on clinical research',
    summary: 'The center held an open day to introduce clinical research to the public.',
    body: [
      'The center held an open day to explain the basics of clinical research to the public.',
      'Visitors learned about the rights of volunteers and how informed consent works.',
    ],
    translated_from: { lang: 'zh', version: versionOf(original) },
  });
  say(`news/${NEW_SLUG}/en.json`, `translated from zh version ${versionOf(original)}`);
  done.translated = { slug: NEW_SLUG, lang: 'en' };
}

const ADDED_SENTENCE = {
  zh: '本段已由编辑修订。',
  en: ' The editors revised this paragraph.',
  fr: ' La rédaction a revu ce paragraphe.',
};

/** Appends a sentence to one paragraph of every file: a string of a list in the file's language, else its longest such text. */
function reword() {
  done.reworded = [];
  for (const file of contentFiles()) {
    const lang = langOf(file);
    const value = read(file);
    const candidates = [];
    walk(value, (v, key, parent) => {
      if (typeof v !== 'string' || !inLanguage(v, lang) || !/[.。!?！？]$/.test(v)) return;
      candidates.push({ text: v, key, parent, inList: Array.isArray(parent) });
    });
    const pick = candidates.find((c) => c.inList) ?? candidates.sort((a, b) => b.text.length - a.text.length)[0];
    if (!pick) throw new Error(`${file}: no sentence to reword`);
    pick.parent[pick.key] = pick.text + ADDED_SENTENCE[lang];
    write(file, value);
    say(file, `reworded “${pick.text.slice(0, 40)}…”`);
    done.reworded.push({ file, added: ADDED_SENTENCE[lang].trim() });
  }
}

/** Every `related_news` list in the section files, with its file. */
function relatedLists() {
  const lists = [];
  for (const file of contentFiles().filter((f) => !f.startsWith('news/'))) {
    walk(read(file), (v, key) => {
      if (key === 'related_news' && Array.isArray(v)) lists.push({ file, slugs: v });
    });
  }
  return lists;
}

/**
 * Withdraws the press release most linked to (so the links go too), among
 * those whose removal leaves no list of related news empty; else the oldest.
 */
function withdraw() {
  const slugs = newsSlugs().filter((s) => s !== NEW_SLUG);
  if (!slugs.length) throw new Error('no press release to withdraw');
  const lists = relatedLists();
  const links = (slug) => lists.filter((l) => l.slugs.includes(slug)).length;
  const leavesNoListEmpty = (slug) => lists.every((l) => l.slugs.some((s) => s !== slug));
  const date = (slug) => {
    const lang = LANGS.find((l) => fs.existsSync(path.join(dir, 'news', slug, `${l}.json`)));
    return read(`news/${slug}/${lang}.json`).date;
  };
  const [slug] = slugs
    .filter(leavesNoListEmpty)
    .sort((a, b) => links(b) - links(a) || date(a).localeCompare(date(b)) || a.localeCompare(b));
  if (!slug) throw new Error('every press release is the only related news of some service');
  fs.rmSync(path.join(dir, 'news', slug), { recursive: true });
  say(`news/${slug}`, 'withdrawn');
  for (const file of contentFiles().filter((f) => !f.startsWith('news/'))) {
    const value = read(file);
    let removed = 0;
    walk(value, (v, key, parent) => {
      if (key === 'related_news' && Array.isArray(v)) {
        const kept = v.filter((s) => s !== slug);
        removed += v.length - kept.length;
        parent[key] = kept;
      }
      if (typeof v === 'string' && v.includes(`/news/${slug}`)) throw new Error(`${file}: links to ${slug} in text`);
    });
    if (removed) {
      write(file, value);
      say(file, `${removed} link(s) to ${slug} removed`);
    }
  }
  done.withdrawn = slug;
}

const NEW_FAQ = {
  zh: { question: '参加临床研究需要付费吗？', answer: ['在临床研究中，志愿者参加研究通常不需要付费，具体安排以知情同意书为准。'] },
  en: { question: 'Do I have to pay to take part?', answer: ['In clinical research, taking part usually costs a volunteer nothing; the consent form gives the details.'] },
  fr: {
    question: 'Dois-je payer pour participer\u202f?',
    answer: ['En recherche clinique, participer ne coûte en général rien au volontaire\u202f; le formulaire de consentement donne les détails.'],
  },
};

/** In every language: a FAQ entry added second, the last one removed, and the last item of the first list removed. */
function faq() {
  done.faq = {};
  for (const lang of LANGS) {
    const file = `${lang}/volunteers.json`;
    const value = read(file);
    if (!Array.isArray(value.faq) || value.faq.length < 2) throw new Error(`${file}: needs two FAQ entries to edit`);
    const removed = value.faq.pop();
    value.faq.splice(1, 0, NEW_FAQ[lang]);
    const topic = (value.topics ?? []).find((t) => Array.isArray(t.list) && t.list.length > 1);
    const removedItem = topic?.list.pop();
    write(file, value);
    say(file, `FAQ “${NEW_FAQ[lang].question}” added, “${removed.question}” removed${topic ? ', a list item removed' : ''}`);
    done.faq[lang] = { added: NEW_FAQ[lang].question, removed: removed.question, removedListItem: removedItem ?? null };
  }
}

const digitsOf = (text) => text.replace(/\D/g, '');

/** Replaces the last four digits written in `text` by `four`, keeping its spacing. */
function withLastFour(text, four) {
  const chars = [...text];
  let left = 4;
  for (let i = chars.length - 1; i >= 0 && left > 0; i--) {
    if (/\d/.test(chars[i])) chars[i] = four[--left];
  }
  return chars.join('');
}

/** A new phone number in all three site.json files, and wherever text writes the old one. */
function phone() {
  const sites = LANGS.map((lang) => ({ file: `${lang}/site.json`, value: read(`${lang}/site.json`) }));
  const old = digitsOf(sites[0].value.contact.phone.tel);
  const fax = digitsOf(sites[0].value.contact.fax);
  const oldFour = old.slice(-4);
  // Another line of the same exchange: neither the old number nor the fax.
  let four = oldFour;
  for (let n = 1; four === oldFour || (old.slice(0, -4) + four).endsWith(fax.slice(-8)); n++) {
    four = String((Number(oldFour) + 1111 * n) % 10000).padStart(4, '0');
  }
  const last8 = old.slice(-8);
  // A number written in text (8 digits or more, with spaces or hyphens) that is the phone's.
  const number = /\+?\d[\d \-\u00a0\u202f]{6,}\d/g;
  for (const file of contentFiles()) {
    const value = read(file);
    let changed = 0;
    walk(value, (v, key, parent) => {
      if (typeof v !== 'string') return;
      const next = v.replace(number, (m) => (digitsOf(m).endsWith(last8) ? (changed++, withLastFour(m, four)) : m));
      if (next !== v) parent[key] = next;
    });
    if (changed) {
      write(file, value);
      say(file, `phone number changed in ${changed} place(s)`);
    }
  }
  const site = read('en/site.json').contact.phone;
  if (digitsOf(site.tel) === old) throw new Error('en/site.json: the phone was not changed');
  done.phone = { old: sites[0].value.contact.phone, new: site };
}

const run = { publish, translate, reword, withdraw, faq, phone };
for (const edit of edits) run[edit]();
fs.writeFileSync(`${path.resolve(dir)}.editors-day.json`, `${JSON.stringify(done, null, 2)}\n`);
