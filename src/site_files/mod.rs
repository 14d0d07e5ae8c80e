//! Files written next to the app at build time from the content, so they never
//! drift from it: `robots.txt`, `sitemap.xml` (with every page's language
//! versions), an Atom feed of the news per language and the web app manifest.
//! Host-only; run by `site-files DIST` after `trunk build`.

use std::fmt::Write;
use std::path::Path;

use crate::content::{ContentFile, News, Site};
use crate::deploy::{absolute_url, site_path};
use crate::lang::Lang;
use crate::routes::{language_versions, news_feed_href, news_item_href, Page};

/// One language's content, as much of it as these files need.
pub struct LangContent {
    pub lang: Lang,
    pub site: Site,
    pub news: News,
}

/// Reads content file `T` of `lang` under `content_dir`. The content check has
/// already run, so an error here names only the file.
pub fn read<T: ContentFile>(content_dir: &Path, lang: Lang) -> Result<T, String> {
    read_with_text(content_dir, lang).map(|(content, _)| content)
}

/// [`read`], also returning the file's text.
pub fn read_with_text<T: ContentFile>(
    content_dir: &Path,
    lang: Lang,
) -> Result<(T, String), String> {
    let path = content_dir.join(lang.code()).join(T::FILE);
    let text = std::fs::read_to_string(&path)
        .map_err(|e| format!("{}: cannot be read: {e}", path.display()))?;
    let content = serde_json::from_str(&text).map_err(|e| {
        format!(
            "{}: {e} (run `make check-content` for details)",
            path.display()
        )
    })?;
    Ok((content, text))
}

/// Reads `site.json` and `news.json` of every language under `content_dir`.
pub fn load(content_dir: &Path) -> Result<Vec<LangContent>, String> {
    Lang::ALL
        .into_iter()
        .map(|lang| {
            Ok(LangContent {
                lang,
                site: read(content_dir, lang)?,
                news: read(content_dir, lang)?,
            })
        })
        .collect()
}

/// Every file, as (path inside dist, contents).
pub fn site_files(content: &[LangContent]) -> Vec<(String, String)> {
    let mut files = vec![
        ("robots.txt".to_owned(), robots_txt()),
        ("sitemap.xml".to_owned(), sitemap_xml(content)),
    ];
    for lang_content in content {
        let feed_path = news_feed_href(lang_content.lang);
        let in_dist = feed_path[site_path("/").len()..].to_owned();
        files.push((in_dist, atom_feed(lang_content)));
    }
    if let Some(en) = content.iter().find(|c| c.lang == Lang::En) {
        files.push(("manifest.json".to_owned(), web_manifest(&en.site)));
    }
    files
}

pub fn robots_txt() -> String {
    format!(
        "User-agent: *\nAllow: /\n\nSitemap: {}\n",
        absolute_url(&site_path("/sitemap.xml"))
    )
}

/// Every page of every language, each with its language versions. Page paths
/// are the same in every language, so the English news list stands for all.
pub fn sitemap_xml(content: &[LangContent]) -> String {
    let mut xml = String::from(concat!(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n",
        "<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\" ",
        "xmlns:xhtml=\"http://www.w3.org/1999/xhtml\">\n",
    ));
    let Some(reference) = content.first() else {
        return xml + "</urlset>\n";
    };
    for lang in Lang::ALL {
        let pages = Page::ALL.into_iter().map(|page| (page.href(lang), None));
        let items = reference
            .news
            .items
            .iter()
            .map(|item| (news_item_href(lang, &item.slug), Some(item.date)));
        for (path, lastmod) in pages.chain(items) {
            let _ = writeln!(
                xml,
                "  <url>\n    <loc>{}</loc>",
                escape(&absolute_url(&path))
            );
            if let Some(date) = lastmod {
                let _ = writeln!(xml, "    <lastmod>{date}</lastmod>");
            }
            for (hreflang, href) in language_versions(&path) {
                let _ = writeln!(
                    xml,
                    "    <xhtml:link rel=\"alternate\" hreflang=\"{hreflang}\" href=\"{}\"/>",
                    escape(&absolute_url(&href))
                );
            }
            xml.push_str("  </url>\n");
        }
    }
    xml + "</urlset>\n"
}

/// The news of one language as an Atom 1.0 feed, newest first. Dates carry
/// Shanghai's offset: the content gives days, not times.
pub fn atom_feed(content: &LangContent) -> String {
    let LangContent { lang, site, news } = content;
    let day = |date: crate::content::NewsDate| format!("{date}T00:00:00+08:00");
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
    if let Some(newest) = news.items.iter().map(|item| item.date).max() {
        let _ = writeln!(xml, "  <updated>{}</updated>", day(newest));
    }
    for item in &news.items {
        let url = escape(&absolute_url(&news_item_href(*lang, &item.slug)));
        let _ = write!(
            xml,
            concat!(
                "  <entry>\n",
                "    <title>{title}</title>\n",
                "    <id>{url}</id>\n",
                "    <link rel=\"alternate\" type=\"text/html\" href=\"{url}\"/>\n",
                "    <published>{date}</published>\n",
                "    <updated>{date}</updated>\n",
                "    <summary>{summary}</summary>\n",
                "  </entry>\n",
            ),
            title = escape(&item.title),
            url = url,
            date = day(item.date),
            summary = escape(&item.summary),
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
        "theme_color": "#0b6e8a",
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
