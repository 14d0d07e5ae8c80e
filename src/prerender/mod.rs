//! Every page and language as real HTML, written at build time by the same
//! components the browser runs (Leptos' `ssr` renderer on the host), so a page
//! is readable before — and without — the WebAssembly.
//!
//! Each file is Trunk's `index.html` with the page filled in: `<html lang>`,
//! the title, the page's head tags (between two comments, so the app can swap
//! them for its own; `src/head.rs`), the rendered body, and the content files the
//! page was rendered from, as JSON, for the app's first render (`src/takeover.rs`);
//! Trunk's loader gives way to one that starts the app once the page is
//! painted (`app_loader`).
//! Host only; run by `prerender DIST` after `trunk build`.

mod app_loader;
pub mod html;
pub mod manifest;

use std::path::Path;

use leptos::prelude::*;
use leptos_router::location::RequestUrl;

use self::app_loader::with_deferred_loader;
use self::html::{fill_template, Attribute, Filling};
use crate::app::App;
use crate::content::archive::NewsArchive;
use crate::content::served::ServedContent;
use crate::deploy::{not_found_file, site_path, BASE};
use crate::head::RenderedHead;
use crate::lang::Lang;
use crate::lang_context::preferred_lang;
use crate::loader::preload;
use crate::prerendered::{CONTENT_SCRIPT_ID, HEAD_END, HEAD_START, NOT_FOUND_MARK};
use crate::routes::{lang_of_path, news_archive_href, news_item_href, search_href, Page, Route};
use crate::screen::ScreenKey;

/// One page to write: the URL path it answers (base included) and its file in dist.
#[derive(Clone, Debug, PartialEq)]
pub struct Target {
    pub url_path: String,
    pub file: String,
}

impl Target {
    /// A page served as `{dir}/index.html`, so a static host answers its URL.
    fn page(url_path: String) -> Self {
        let dir = url_path[BASE.len()..].trim_matches('/');
        let file = if dir.is_empty() {
            "index.html".to_owned()
        } else {
            format!("{dir}/index.html")
        };
        Target { url_path, file }
    }
}

/// Every file to prerender: `/` (the language choice), each section, archive
/// page and news item in each language (an item not translated into a
/// language too: its URL shows it in one it has), a 404 page per language
/// (`/{lang}/404.html`), and `404.html` in the `x-default` language for
/// paths outside any language.
pub fn targets(archive: &NewsArchive) -> Vec<Target> {
    let mut targets = vec![Target::page(site_path("/"))];
    for lang in Lang::ALL {
        targets.extend(
            Page::ALL
                .into_iter()
                .map(|page| Target::page(page.href(lang))),
        );
        targets.extend(
            (2..=archive.page_count()).map(|page| Target::page(news_archive_href(lang, page))),
        );
        targets.push(Target::page(search_href(lang)));
        targets.extend(
            archive
                .items
                .iter()
                .map(|item| Target::page(news_item_href(lang, &item.slug))),
        );
        targets.push(Target {
            url_path: site_path(&format!("/{}/404", lang.code())),
            file: not_found_file(Some(lang)),
        });
    }
    targets.push(Target {
        url_path: site_path("/404"),
        file: not_found_file(None),
    });
    targets
}

/// Reads the content under `content_dir` and puts every file the browser may
/// load in the loader (of this thread), for [`render`].
pub fn preload_content(content_dir: &Path) -> Result<ServedContent, String> {
    let content = ServedContent::read(content_dir)?;
    for (url, json) in &content.files {
        let value = serde_json::from_str(json).map_err(|e| format!("{url}: {e}"))?;
        preload(url.clone(), value);
    }
    Ok(content)
}

/// The screen a path shows: the one the app renders there.
pub fn screen_key(url_path: &str) -> ScreenKey {
    ScreenKey {
        lang: lang_of_path(url_path).unwrap_or_else(preferred_lang),
        route: Route::of_path(url_path),
    }
}

/// A page rendered by the app: what goes into `<html>`, `<head>` and `<body>`.
#[derive(Debug)]
pub struct Rendered {
    /// Attributes for `<html>` (`lang`).
    pub html_attributes: Vec<Attribute>,
    /// The title's text, HTML-escaped; empty for a page that sets none.
    pub title: String,
    /// The page's head tags (description, canonical, alternates, Open Graph…).
    pub head: String,
    pub body: String,
    /// The content files the page shows, by URL.
    pub content_urls: Vec<String>,
    /// Whether it is the 404 page.
    pub not_found: bool,
}

/// Renders the app at `url_path` (base included) with the preloaded content.
pub fn render(url_path: &str) -> Rendered {
    // Err only when already initialized by an earlier page.
    let _ = any_spawner::Executor::init_futures_executor();
    let owner = Owner::new();
    let rendered_head = RenderedHead::default();
    let body = owner.with(|| {
        provide_context(RequestUrl::new(url_path));
        provide_context(rendered_head.clone());
        view! { <App/> }.to_html()
    });
    drop(owner);
    let head = rendered_head
        .0
        .lock()
        .unwrap_or_else(|e| e.into_inner())
        .take();
    // Every page shows a head; a page without one keeps index.html's.
    let (html_attributes, title, head) = match head {
        Some(head) => (
            vec![("lang".to_owned(), head.lang.bcp47().to_owned())],
            htmlize::escape_text(&head.title).into_owned(),
            head.tags_html(),
        ),
        None => Default::default(),
    };
    let key = screen_key(url_path);
    Rendered {
        html_attributes,
        title,
        head,
        body,
        content_urls: key.urls(),
        not_found: key.route == Route::NotFound,
    }
}

/// Trunk's `index.html` with `page` filled in. `content` holds the JSON text
/// of every content file by URL; the page embeds the ones it shows (none
/// that does not exist: an unknown item's page shows the 404 page).
pub fn document(
    template: &str,
    page: &Rendered,
    content: &[(String, String)],
) -> Result<String, String> {
    let template = with_deferred_loader(template)?;
    let embedded = page
        .content_urls
        .iter()
        .filter_map(|url| {
            let json = content.iter().find(|(u, _)| u == url)?.1.as_str();
            Some(format!("{}:{json}", serde_json::Value::String(url.clone())))
        })
        .collect::<Vec<_>>()
        .join(",");
    // `<` never appears raw inside the script, so no `</script>` in the
    // content can end it; JSON reads `\u003c` as `<`.
    let embedded = format!("{{{embedded}}}").replace('<', "\\u003c");

    // Chromium may paint a page whose HTML it is still parsing. Under CPU load
    // a first frame showed the header half-parsed (the menu button without its
    // label), which then moved: a layout shift. Frames wait for `<main>` to be
    // parsed, so the header is whole; other browsers ignore the link.
    let hold_frames = "<link rel=\"expect\" href=\"#main\" blocking=\"render\">";
    fill_template(
        &template,
        &Filling {
            html_attributes: &page.html_attributes,
            title: &page.title,
            head_end: &format!(
                "{hold_frames}<!--{HEAD_START}-->{head}<!--{HEAD_END}-->",
                head = page.head
            ),
            body: &format!(
                "{body}<script type=\"application/json\" id=\"{CONTENT_SCRIPT_ID}\"{mark}>{embedded}</script>",
                body = page.body,
                mark = if page.not_found { format!(" {NOT_FOUND_MARK}") } else { String::new() }
            ),
        },
    )
}

#[cfg(test)]
mod tests;
