//! Files written next to the app at build time from the content, so they never
//! drift from it: `robots.txt`, `sitemap.xml` (with every page's language
//! versions), an Atom feed of the news per language and the web app manifest.
//! Host-only; written by `prerender DIST` after `trunk build`, with the pages.

use std::fmt::Write;

use crate::content::archive::NewsArchive;
use crate::content::served::{LangContent, ServedContent};
use crate::content::{NewsDate, Site};
use crate::deploy::{absolute_url, site_path};
use crate::head::{MANIFEST_FILE, THEME_COLOR};
use crate::lang::Lang;
use crate::routes::{language_alternates, news_feed_href, news_item_href, Page, Route};

/// Every file, as (path inside dist, contents).
pub fn site_files(content: &ServedContent) -> Vec<(String, String)> {
    let mut files = vec![
        ("robots.txt".to_owned(), robots_txt()),
        ("sitemap.xml".to_owned(), sitemap_xml(content)),
    ];
    for lang_content in &content.langs {
        let feed_path = news_feed_href(lang_content.lang);
        let in_dist = feed_path[site_path("/").len()..].to_owned();
        files.push((in_dist, atom_feed(lang_content, &content.archive)));
    }
    if let Some(en) = content.langs.iter().find(|c| c.lang == Lang::En) {
        files.push((MANIFEST_FILE.to_owned(), web_manifest(&en.site)));
    }
    files
}

pub fn robots_txt() -> String {
    format!(
        "User-agent: *\nAllow: /\n\nSitemap: {}\n",
        absolute_url(&site_path("/sitemap.xml"))
    )
}

/// Every real page of every language, each with its language versions: the
/// sections and archive pages in every language, a news item in the
/// languages it exists in (its URL in another shows it in one of those).
pub fn sitemap_xml(content: &ServedContent) -> String {
    let mut xml = String::from(concat!(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n",
        "<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\" ",
        "xmlns:xhtml=\"http://www.w3.org/1999/xhtml\">\n",
    ));
    let archive = &content.archive;
    let in_every_lang: Vec<Route> = Page::ALL
        .into_iter()
        .map(Route::from)
        .chain((2..=archive.page_count()).map(Route::NewsArchive))
        .collect();
    for lang in Lang::ALL {
        for route in &in_every_lang {
            sitemap_url(&mut xml, route, lang, &Lang::ALL, None);
        }
        for item in archive.items.iter().filter(|item| item.get(lang).is_some()) {
            let route = Route::NewsItem(item.slug.clone());
            sitemap_url(&mut xml, &route, lang, &item.langs(), Some(item.date()));
        }
    }
    xml + "</urlset>\n"
}

/// One `<url>` of the sitemap: `route` in `lang`, with its `versions`.
fn sitemap_url(
    xml: &mut String,
    route: &Route,
    lang: Lang,
    versions: &[Lang],
    lastmod: Option<NewsDate>,
) {
    let href = |lang: Lang| route.href(lang).map(|path| escape(&absolute_url(&path)));
    let Some(loc) = href(lang) else { return };
    let _ = writeln!(xml, "  <url>\n    <loc>{loc}</loc>");
    if let Some(date) = lastmod {
        let _ = writeln!(xml, "    <lastmod>{date}</lastmod>");
    }
    for (hreflang, version) in language_alternates(versions) {
        if let Some(href) = href(version) {
            let _ = writeln!(
                xml,
                "    <xhtml:link rel=\"alternate\" hreflang=\"{hreflang}\" href=\"{href}\"/>"
            );
        }
    }
    xml.push_str("  </url>\n");
}

/// How many of the newest items a feed carries: readers poll for what is new.
pub const FEED_LENGTH: usize = 50;

/// The newest news as an Atom 1.0 feed in one language, newest first; an
/// item not translated into it comes in a language it has (`xml:lang`),
/// linked to that version. Dates carry Shanghai's offset: the content gives
/// days, not times.
pub fn atom_feed(content: &LangContent, archive: &NewsArchive) -> String {
    let LangContent {
        lang, site, news, ..
    } = content;
    let day = |date: NewsDate| format!("{date}T00:00:00+08:00");
    let list_url = absolute_url(&Page::News.href(*lang));
    let mut xml = String::from("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n");
    let _ = write!(
        xml,
        concat!(
            "<feed xmlns=\"http://www.w3.org/2005/Atom\" xml:lang=\"{lang}\">\n",
            "  <title>{title}</title>\n",
            "  <subtitle>{subtitle}</subtitle>\n",
            "  <id>{list}</id>\n",
            "  <link rel=\"self\" type=\"application/atom+xml\" href=\"{feed}\"/>\n",
            "  <link rel=\"alternate\" type=\"text/html\" href=\"{list}\"/>\n",
            "  <author><name>{author}</name></author>\n",
        ),
        lang = lang.bcp47(),
        title = escape(&format!("{} · {}", news.heading, site.name)),
        subtitle = escape(&news.meta.description),
        list = escape(&list_url),
        feed = escape(&absolute_url(&news_feed_href(*lang))),
        author = escape(&site.name),
    );
    if let Some(newest) = archive.items.first() {
        let _ = writeln!(xml, "  <updated>{}</updated>", day(newest.date()));
    }
    for item in archive.items.iter().take(FEED_LENGTH) {
        let (shown, source) = item.shown_in(*lang);
        let url = escape(&absolute_url(&news_item_href(shown, &item.slug)));
        let entry_lang = if shown == *lang {
            String::new()
        } else {
            format!(" xml:lang=\"{}\"", shown.bcp47())
        };
        let _ = write!(
            xml,
            concat!(
                "  <entry{entry_lang}>\n",
                "    <title>{title}</title>\n",
                "    <id>{url}</id>\n",
                "    <link rel=\"alternate\" type=\"text/html\" href=\"{url}\"/>\n",
                "    <published>{date}</published>\n",
                "    <updated>{date}</updated>\n",
                "    <summary>{summary}</summary>\n",
                "  </entry>\n",
            ),
            entry_lang = entry_lang,
            title = escape(&source.title),
            url = url,
            date = day(source.date),
            summary = escape(&source.summary),
        );
    }
    xml + "</feed>\n"
}

/// The web app manifest. Its URLs are relative, so they resolve against the
/// manifest's own URL and hold under any base path.
pub fn web_manifest(site: &Site) -> String {
    // The colours are the light theme's --color-bg and --color-accent
    // (style/tokens.css), as in the favicon and the theme-color meta tag.
    let manifest = serde_json::json!({
        "name": site.name,
        "short_name": site.short_name,
        "lang": Lang::En.bcp47(),
        "start_url": "./",
        "scope": "./",
        "display": "standalone",
        "background_color": "#f7f9fa",
        "theme_color": THEME_COLOR,
        "icons": [{ "src": "favicon.svg", "sizes": "any", "type": "image/svg+xml" }],
    });
    serde_json::to_string_pretty(&manifest).expect("a JSON value always serializes") + "\n"
}

/// Escapes text for XML content and double-quoted attributes.
fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&apos;"),
            c => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests;
