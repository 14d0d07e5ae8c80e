// Every section in every language, the language switcher, `/`, 404s and
// content-load failures, as a visitor meets them in Chromium.
import { test, expect, content, newsItems, sectionPages, ownFile, pathInLang, navKey, screenshot, navigateInApp, holdRequests, LANGS, HTML_LANG, Lang, openApp, appStarted, writtenDate } from './fixtures';

/** A page to open: `name` is its section. */
type PageCase = { name: string; path: string; heading: (lang: Lang) => string; title: (lang: Lang) => string };

const site = (lang: Lang) => content(lang, 'site.json');
const news = (lang: Lang) => content(lang, 'news.json');
// A press release of the content, whichever it is: the newest.
const seedSlug = newsItems('en')[0].slug;
const seedItem = (lang: Lang) => newsItems(lang).find((i: any) => i.slug === seedSlug);
const titled = (lang: Lang, file: string) => `${content(lang, file).meta.title} · ${site(lang).name}`;

// Every section's own page the build wrote (one per section of the registry),
// then a press release; the home page's title is its own, the others name the site.
const PAGES = (lang: Lang): PageCase[] => [
  ...sectionPages(lang).map((p) => ({
    name: p.section!,
    path: pathInLang(p),
    heading: (l: Lang) => content(l, ownFile(p)).heading,
    title: (l: Lang) => (p.kind === 'home' ? content(l, ownFile(p)).meta.title : titled(l, ownFile(p))),
  })),
  { name: 'news', path: `news/${seedSlug}`, heading: (l) => seedItem(l).title, title: (l) => `${seedItem(l).title} · ${site(l).name}` },
];

for (const lang of LANGS) {
  test.describe(`in ${lang}`, () => {
    for (const p of PAGES(lang)) {
      test(`/${lang}/${p.path} shows its own heading, lang and title`, async ({ page }) => {
        await openApp(page, `/${lang}/${p.path}`);
        await expect(page.getByRole('heading', { level: 1 })).toHaveText(p.heading(lang));
        await expect(page.locator('html')).toHaveAttribute('lang', HTML_LANG[lang]);
        await expect(page).toHaveTitle(p.title(lang));
        const description = page.locator('meta[name="description"]');
        await expect(description).toHaveCount(1);
        await expect(description).not.toHaveAttribute('content', '');
        // The section is marked in the navigation (a news item belongs to news).
        await expect(page.getByRole('navigation').first().locator('a[aria-current="page"]')).toHaveText(site(lang).nav[navKey(p.name)]);
      });
    }
  });
}

test('dates are written the way each language writes them', async ({ page }) => {
  expect([writtenDate('2018-07-11', 'zh'), writtenDate('2018-07-11', 'en'), writtenDate('2018-07-01', 'fr')]).toEqual([
    '2018年7月11日',
    '11 July 2018',
    '1er juillet 2018',
  ]);
  const date = seedItem('en').date;
  for (const lang of LANGS) {
    await openApp(page, `/${lang}/news/${seedSlug}`);
    await expect(page.locator('article time')).toHaveText(writtenDate(date, lang));
    await expect(page.locator('article time')).toHaveAttribute('datetime', date);
  }
});

test('the switcher lists each language in its own name and marks the current one', async ({ page }) => {
  await openApp(page, '/fr/contact');
  const switcher = page.getByRole('list', { name: site('fr').language_label });
  const links = switcher.getByRole('link');
  await expect(links).toHaveText(['简体中文', 'English', 'Français']);
  await expect(switcher.getByRole('link', { name: '简体中文' })).toHaveAttribute('lang', 'zh-CN');
  await expect(switcher.getByRole('link', { name: '简体中文' })).toHaveAttribute('hreflang', 'zh-CN');
  await expect(switcher.getByRole('link', { name: 'Français' })).toHaveAttribute('aria-current', 'true');
  await expect(switcher.getByRole('link', { name: 'English' })).not.toHaveAttribute('aria-current');
  await expect(switcher.getByRole('link', { name: 'English' })).toHaveAttribute('href', '/en/contact');
});

test('switching language keeps the page and never reloads the document or the wasm', async ({ page }) => {
  await openApp(page, `/en/news/${seedSlug}`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(seedItem('en').title);
  await page.evaluate(() => ((window as any).__sameDocument = true));
  const wasmRequests: string[] = [];
  page.on('request', (r) => {
    if (r.url().endsWith('.wasm') || r.resourceType() === 'document') wasmRequests.push(r.url());
  });

  for (const [lang, name] of [['fr', 'Français'], ['zh', '简体中文'], ['en', 'English']] as const) {
    await page.getByRole('link', { name, exact: true }).click();
    await expect(page).toHaveURL(`/${lang}/news/${seedSlug}`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(seedItem(lang).title);
    await expect(page.locator('html')).toHaveAttribute('lang', HTML_LANG[lang]);
    await expect(page).toHaveTitle(`${seedItem(lang).title} · ${site(lang).name}`);
  }
  expect(await page.evaluate(() => (window as any).__sameDocument)).toBe(true);
  expect(wasmRequests).toEqual([]);
});

test('a language fetched once is not fetched again', async ({ page }) => {
  await openApp(page, '/en/news');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(news('en').heading);
  await page.getByRole('link', { name: 'Français', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(news('fr').heading);
  const contentRequests: string[] = [];
  page.on('request', (r) => {
    if (r.url().includes('/content/')) contentRequests.push(r.url());
  });
  await page.getByRole('link', { name: 'English', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(news('en').heading);
  expect(contentRequests).toEqual([]);
});

for (const siteFileHere of [false, true]) {
  const when = siteFileHere ? ' (its site file already here)' : '';
  test(`the first switch to a language shows it whole${when}, never its header around the old page`, async ({ page }) => {
    const volunteers = (lang: Lang) => content(lang, 'volunteers.json');
    const heading = page.getByRole('heading', { level: 1 });
    if (siteFileHere) {
      // The French home page brought the French site file; back in English,
      // on to a page whose French file has not been fetched.
      await openApp(page, '/en/');
      await page.getByRole('link', { name: 'Français', exact: true }).click();
      await expect(heading).toHaveText(content('fr', 'home.json').heading);
      await page.getByRole('link', { name: 'English', exact: true }).click();
      await expect(heading).toHaveText(content('en', 'home.json').heading);
      await page.locator('header a[href="/en/volunteers"]').first().click();
      await expect(heading).toHaveText(volunteers('en').heading);
    } else {
      await openApp(page, '/en/volunteers');
    }
    // The page's French file comes late, well after any site file.
    await page.route('**/content/fr/volunteers.json', async (route) => {
      await new Promise((resolve) => setTimeout(resolve, 700));
      await route.continue();
    });
    // Every state a frame shows: the document's language (what a screen reader
    // reads the text in), the first navigation link, the heading, the title.
    await page.evaluate(() => {
      const seen = new Set<string>();
      (window as any).__seen = seen;
      const sample = () => {
        seen.add([
          document.documentElement.lang,
          document.querySelector('header nav a')?.textContent,
          document.querySelector('h1')?.textContent,
          document.title,
        ].join(' | '));
        requestAnimationFrame(sample);
      };
      sample();
    });
    await page.getByRole('link', { name: 'Français', exact: true }).click();
    // Meanwhile the old page stays, and the document says it is busy.
    await expect(page.locator('html')).toHaveAttribute('aria-busy', 'true');
    await expect(heading).toHaveText(volunteers('fr').heading);
    await expect(page.locator('html')).not.toHaveAttribute('aria-busy');
    await page.evaluate(() => new Promise(requestAnimationFrame));
    const state = (lang: Lang) =>
      [HTML_LANG[lang], site(lang).nav.home, volunteers(lang).heading, titled(lang, 'volunteers.json')].join(' | ');
    expect(await page.evaluate(() => [...(window as any).__seen])).toEqual([state('en'), state('fr')]);
  });
}

test.describe('the root path', () => {
  for (const [locale, lang] of [['fr-FR', 'fr'], ['zh-TW', 'zh'], ['en-GB', 'en'], ['de-DE', 'en']] as const) {
    test.describe(`with browser locale ${locale}`, () => {
      test.use({ locale });
      test(`goes to /${lang}/`, async ({ page }) => {
        await page.goto('/');
        await expect(page).toHaveURL(`/${lang}/`);
        await expect(page.getByRole('heading', { level: 1 })).toHaveText(content(lang, 'home.json').heading);
        // The redirect replaced the history entry: Back leaves the site
        // instead of returning to `/` (which would redirect again).
        await page.goBack();
        await expect(page).toHaveURL('about:blank');
      });
    });
  }

  test.describe('with a saved choice', () => {
    test.use({ locale: 'fr-FR' });
    test('prefers the language the visitor chose', async ({ page }) => {
      await openApp(page, '/fr/');
      await page.getByRole('link', { name: '简体中文', exact: true }).click();
      await expect(page).toHaveURL('/zh/');
      await page.goto('/');
      await expect(page).toHaveURL('/zh/');
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(content('zh', 'home.json').heading);
    });
  });
});

test.describe('not found', () => {
  test.use({ locale: 'en-US' });
  for (const path of ['/en/no-such-page', '/en/news/no-such-item', '/fr/volunteers/extra', '/xx/contact', '/index.php']) {
    test(`${path} shows the 404 page with links back`, async ({ page }) => {
      // The server's 404 page tells the app that the item is missing: no
      // request for its file (which would be a 404 of its own).
      const contentRequests: string[] = [];
      page.on('request', (r) => {
        const p = new URL(r.url()).pathname;
        if (p.startsWith('/content/')) contentRequests.push(p);
      });
      await page.goto(path);
      const lang: Lang = path.startsWith('/fr') ? 'fr' : 'en';
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(site(lang).not_found.heading);
      await expect(page).toHaveTitle(`${site(lang).not_found.meta.title} · ${site(lang).name}`);
      await expect(page.getByRole('main').getByRole('link', { name: site(lang).nav.contact })).toHaveAttribute(
        'href',
        `/${lang}/contact`,
      );
      await appStarted(page);
      expect(contentRequests.filter((p) => p.includes('/news/'))).toEqual([]);
    });
  }
});

test('a page left before its content came does not hold up the next one', async ({ page, allowProblems }) => {
  allowProblems(); // the aborted request is the point of this test
  // The contact page's file never comes; the visitor goes on to volunteers.
  let contactAborted = false;
  await page.route('**/content/en/contact.json', () => {});
  page.on('requestfailed', (r) => {
    if (r.url().endsWith('/content/en/contact.json')) contactAborted = true;
  });
  await navigateInApp(page, '/en/', '/en/contact');
  await expect(page.locator('html')).toHaveAttribute('aria-busy', 'true');
  await page.getByRole('link', { name: site('en').nav.volunteers }).first().click();
  await expect(page).toHaveURL('/en/volunteers');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(content('en', 'volunteers.json').heading);
  await expect(page.getByRole('alert')).toHaveCount(0);
  await expect(page.locator('html')).not.toHaveAttribute('aria-busy');
  // Nothing waits for the contact file any more: its request was aborted.
  await expect.poll(() => contactAborted).toBe(true);
});

test('a page whose content is slow to come shows that it is loading, then the page', async ({ page }) => {
  const release = await holdRequests(page, '**/content/en/contact.json');
  await navigateInApp(page, '/en/volunteers', '/en/contact');
  // The page says it is busy, and after a moment (never at once: a quick load
  // must not flash it) a bar shows across the top of the window.
  const root = page.locator('html');
  await expect(root).toHaveAttribute('aria-busy', 'true');
  const bar = () =>
    page.evaluate(() => {
      const style = getComputedStyle(document.body, '::before');
      return { shown: style.content !== 'none' && style.position === 'fixed', opacity: style.opacity };
    });
  await expect.poll(bar).toEqual({ shown: true, opacity: '1' });
  release();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(content('en', 'contact.json').heading);
  await expect(root).not.toHaveAttribute('aria-busy');
  expect((await bar()).shown).toBe(false);
});

test('a failed content request keeps the page and shows an alert with a Retry that recovers', async ({ page, allowProblems }) => {
  allowProblems(); // the aborted request is the point of this test
  let fail = true;
  await page.route('**/content/fr/news/page-1.json', (route) => (fail ? route.abort('failed') : route.continue()));
  // The content of the page opened is embedded in it: fail a page reached in the app.
  await navigateInApp(page, '/fr/contact', '/fr/news');
  const alert = page.getByRole('alert');
  await expect(alert).toBeVisible();
  await expect(alert).toContainText('n’a pas pu être chargé');
  // The page the visitor was reading stays, with its header and footer.
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(content('fr', 'contact.json').heading);
  await expect(page.getByRole('contentinfo')).toContainText(site('fr').contact.address);

  fail = false;
  await alert.getByRole('button', { name: 'Réessayer' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(news('fr').heading);
  await expect(page.getByRole('alert')).toHaveCount(0);
});

test('a language switch that fails keeps the page readable, with one alert and one Retry', async ({ page, allowProblems }) => {
  allowProblems(); // the failed requests are the point of this test
  await openApp(page, '/en/contact');
  let offline = true;
  await page.route('**/*.json', (route) => (offline ? route.abort('internetdisconnected') : route.continue()));
  await page.getByRole('link', { name: 'Français' }).click();
  await expect(page).toHaveURL('/fr/contact');
  // One message, in the language chosen…
  const alert = page.getByRole('alert');
  await expect(alert).toHaveCount(1);
  await expect(alert).toContainText('n’a pas pu être chargé');
  await expect(alert).toHaveAttribute('lang', 'fr');
  await expect(page.getByRole('button', { name: 'Réessayer' })).toHaveCount(1);
  // …over the page the visitor was reading, whole and in its language.
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(content('en', 'contact.json').heading);
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByRole('banner')).toContainText(site('en').name);
  await expect(page.getByRole('link', { name: site('en').nav.volunteers })).toBeAttached();
  await expect(page.getByRole('contentinfo')).toContainText(site('en').contact.address);

  offline = false;
  await page.getByRole('button', { name: 'Réessayer' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(content('fr', 'contact.json').heading);
  await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
  await expect(page.getByRole('banner')).toContainText(site('fr').name);
  await expect(page.getByRole('alert')).toHaveCount(0);
});

test('a first visit whose content cannot be fetched shows one alert, and Retry brings the page', async ({ page, allowProblems }) => {
  allowProblems(); // the failed requests are the point of this test
  // A page that embeds no content: the app fetches every file, and none comes.
  await page.route('**/en/contact', async (route) => {
    const response = await route.fetch();
    const html = (await response.text()).replace(
      /(<script type="application\/json" id="prerendered-content">).*?(<\/script>)/s,
      '$1{}$2',
    );
    await route.fulfill({ response, body: html });
  });
  let offline = true;
  await page.route('**/content/**/*.json', (route) => (offline ? route.abort('internetdisconnected') : route.continue()));
  await page.goto('/en/contact');
  const alert = page.getByRole('alert');
  await expect(alert).toHaveCount(1);
  await expect(alert).toContainText('could not be loaded');
  await expect(page.getByRole('button', { name: 'Retry' })).toHaveCount(1);
  offline = false;
  await page.getByRole('button', { name: 'Retry' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(content('en', 'contact.json').heading);
  await expect(page.getByRole('alert')).toHaveCount(0);
  await expect(page.getByRole('banner')).toContainText(site('en').name);
});

test('a content file that does not parse shows the alert, never a blank page', async ({ page, allowProblems }) => {
  allowProblems();
  let broken = true;
  await page.route('**/content/en/volunteers.json', (route) =>
    broken ? route.fulfill({ status: 200, contentType: 'application/json', body: '{"meta": {"title": ' }) : route.continue(),
  );
  await navigateInApp(page, '/en/', '/en/volunteers');
  await expect(page.getByRole('alert')).toContainText('could not be loaded');
  await expect(page.getByRole('banner')).toContainText(content('en', 'site.json').name);
  broken = false;
  await page.getByRole('button', { name: 'Retry' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(content('en', 'volunteers.json').heading);
});

test('a missing content file behind an SPA fallback (HTML with 200) is reported, not parsed', async ({ page, allowProblems }) => {
  allowProblems();
  await page.route('**/content/fr/contact.json', (route) =>
    route.fulfill({ status: 200, contentType: 'text/html', body: '<!doctype html><title>app</title>' }),
  );
  await navigateInApp(page, '/fr/', '/fr/contact');
  await expect(page.getByRole('alert')).toContainText('n’a pas pu être chargé');
  await expect(page.getByRole('button', { name: 'Réessayer' })).toBeVisible();
});

test('a failed site file also offers Retry, in the visitor’s language', async ({ page, allowProblems }) => {
  allowProblems();
  let fail = true;
  await page.route('**/content/zh/site.json', (route) => (fail ? route.fulfill({ status: 503, body: 'down' }) : route.continue()));
  await navigateInApp(page, '/en/contact', '/zh/contact');
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('内容暂时无法加载');
  fail = false;
  await alert.getByRole('button', { name: '重试' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(content('zh', 'contact.json').heading);
  await expect(page.getByRole('contentinfo')).toContainText(site('zh').contact.address);
});

test('the mobile menu opens, closes with Escape and follows a link', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  await openApp(page, '/en/');
  const button = page.getByRole('button', { name: site('en').menu_button });
  const nav = page.getByRole('navigation', { name: site('en').nav_label });
  await expect(nav).toBeHidden();
  await expect(button).toHaveAttribute('aria-expanded', 'false');
  await button.click();
  await expect(button).toHaveAttribute('aria-expanded', 'true');
  await expect(nav).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(nav).toBeHidden();
  await expect(button).toBeFocused();
  await button.press('Enter');
  await nav.getByRole('link', { name: site('en').nav.volunteers }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(content('en', 'volunteers.json').heading);
  await expect(nav).toBeHidden();
});

test('volunteers FAQ uses details, and contact links the phone and a map', async ({ page }) => {
  await openApp(page, '/en/volunteers');
  const faq = content('en', 'volunteers.json').faq;
  await expect(page.locator('details summary')).toHaveText(faq.map((f: any) => f.question));
  await page.getByText(faq[0].question).click();
  await expect(page.getByText(faq[0].answer[0])).toBeVisible();

  await openApp(page, '/en/contact');
  const phone = site('en').contact.phone;
  await expect(page.getByRole('main').getByRole('link', { name: phone.display })).toHaveAttribute('href', `tel:${phone.tel}`);
  const alt = content('en', 'contact.json').alt_address;
  await expect(page.getByRole('main').locator(`[lang="${alt.lang}"]`)).toContainText(alt.text);
  await expect(page.getByRole('link', { name: content('en', 'contact.json').map_link.label })).toHaveAttribute(
    'href',
    /^https:\/\/www\.openstreetmap\.org\//,
  );
});

test('news is newest first and an item links to its neighbours and the list', async ({ page }) => {
  const items = newsItems('en');
  await openApp(page, '/en/news');
  // The first archive page: the newest twenty (src/content/news.rs, ARCHIVE_PAGE_SIZE).
  await expect(page.getByRole('main').getByRole('heading', { level: 2 })).toHaveText(items.slice(0, 20).map((i: any) => i.title));
  // An item with a newer and an older one where the archive has them.
  const at = Math.min(1, items.length - 1);
  await page.getByRole('link', { name: items[at].title, exact: true }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(items[at].title);
  const itemNav = page.getByRole('navigation', { name: news('en').labels.item_navigation });
  for (const neighbour of [items[at - 1], items[at + 1]].filter(Boolean)) {
    await expect(itemNav.getByRole('link', { name: neighbour.title, exact: true })).toBeVisible();
  }
  await itemNav.getByRole('link', { name: news('en').labels.back_to_list }).click();
  await expect(page).toHaveURL('/en/news');
});

test('home shows the three newest news items and a way into each section', async ({ page }) => {
  await openApp(page, '/zh/');
  const main = page.getByRole('main');
  const titles = newsItems('zh').slice(0, 3).map((i: any) => i.title);
  await expect(main.getByRole('heading', { level: 3 }).filter({ has: page.getByRole('link') })).toContainText(titles);
  for (const card of content('zh', 'home.json').sections) {
    await expect(main.getByRole('link', { name: card.title, exact: true })).toHaveAttribute('href', new RegExp(`^/zh/`));
  }
});

test('screenshots of every page at phone and desktop width', async ({ page }) => {
  test.setTimeout(120_000);
  for (const [device, width, height] of [
    ['phone', 360, 740],
    ['desktop', 1280, 900],
  ] as const) {
    await page.setViewportSize({ width, height });
    for (const lang of LANGS) {
      for (const p of [...PAGES(lang), { name: '404', path: 'no-such-page', heading: (l: Lang) => site(l).not_found.heading }]) {
        await openApp(page, `/${lang}/${p.path}`);
        await expect(page.getByRole('heading', { level: 1 })).toHaveText(p.heading(lang));
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
        expect(overflow, `${lang}/${p.path} scrolls sideways at ${width}px`).toBeLessThanOrEqual(0);
        await screenshot(page, `${lang}-${p.path.replace(/\//g, '-') || 'home'}-${device}`);
      }
    }
  }
});
