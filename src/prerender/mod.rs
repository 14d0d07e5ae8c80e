//! Every page and language as real HTML, written at build time by the same
//! components the browser runs (Leptos' `ssr` renderer on the host), so a page
//! is readable before — and without — the WebAssembly.
//!
//! Each file is Trunk's `index.html` with the page filled in: `<html lang>`,
//! the title, the head tags of `leptos_meta` (between two comments, so the app
//! can swap them for its own), the rendered body, and the content files the
//! page was rendered from, as JSON, for the app's first render (`src/takeover.rs`);
//! Trunk's loader gives way to one that starts the app once the page is
//! painted (`app_loader`).
//! Host only; run by `prerender DIST` after `trunk build`.

mod app_loader;
pub mod html;

use std::path::Path;

use leptos::prelude::*;
use leptos_meta::ServerMetaContext;
use leptos_router::location::RequestUrl;

use self::app_loader::with_deferred_loader;
use self::html::{fill_template, meta_parts, Attribute, Filling};
use crate::app::App;
use crate::content::{Contact, ContentFile, Home, News, Site, SocialCommitment, Volunteers};
use crate::deploy::{site_path, BASE};
use crate::lang::Lang;
use crate::loader::{preload, take_read_urls};
use crate::prerendered::{CONTENT_SCRIPT_ID, HEAD_END, HEAD_START};
use crate::routes::{news_item_href, Page};

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

/// Every file to prerender: `/` (the language choice), each section and news
/// item in each language, a 404 page per language (`/{lang}/404.html`), and
/// `404.html` in the `x-default` language for paths outside any language.
pub fn targets(news: &[(Lang, News)]) -> Vec<Target> {
    let mut targets = vec![Target::page(site_path("/"))];
    for &(lang, ref news) in news {
        targets.extend(
            Page::ALL
                .into_iter()
                .map(|page| Target::page(page.href(lang))),
        );
        targets.extend(
            news.items
                .iter()
                .map(|item| Target::page(news_item_href(lang, &item.slug))),
        );
        targets.push(Target {
            url_path: site_path(&format!("/{}/404", lang.code())),
            file: format!("{}/404.html", lang.code()),
        });
    }
    targets.push(Target {
        url_path: site_path("/404"),
        file: "404.html".to_owned(),
    });
    targets
}

/// The content read from disk, beyond what went into the loader's cache.
pub struct Preloaded {
    /// Each file's JSON text (minified) by URL, for embedding in pages.
    pub json_by_url: Vec<(String, String)>,
    /// The news of each language, for [`targets`].
    pub news: Vec<(Lang, News)>,
}

/// Puts every content file of every language in the loader's cache (of this
/// thread), for [`render`].
pub fn preload_content(content_dir: &Path) -> Result<Preloaded, String> {
    fn load<T: ContentFile>(
        content_dir: &Path,
        lang: Lang,
        json: &mut Vec<(String, String)>,
    ) -> Result<T, String> {
        // Each file is read once: typed for the cache, as text for embedding.
        let (content, text) = crate::site_files::read_with_text::<T>(content_dir, lang)?;
        let value: serde_json::Value =
            serde_json::from_str(&text).map_err(|e| format!("{}/{}: {e}", lang.code(), T::FILE))?;
        json.push((crate::loader::content_url(lang, T::FILE), value.to_string()));
        Ok(content)
    }
    let mut json = Vec::new();
    let mut news = Vec::new();
    for lang in Lang::ALL {
        preload(lang, load::<Site>(content_dir, lang, &mut json)?);
        preload(lang, load::<Home>(content_dir, lang, &mut json)?);
        preload(lang, load::<Volunteers>(content_dir, lang, &mut json)?);
        preload(
            lang,
            load::<SocialCommitment>(content_dir, lang, &mut json)?,
        );
        preload(lang, load::<Contact>(content_dir, lang, &mut json)?);
        let lang_news: News = load(content_dir, lang, &mut json)?;
        news.push((lang, lang_news.clone()));
        preload(lang, lang_news);
    }
    Ok(Preloaded {
        json_by_url: json,
        news,
    })
}

/// A page rendered by the app: what goes into `<html>`, `<head>` and `<body>`.
#[derive(Debug)]
pub struct Rendered {
    /// Attributes for `<html>` (`lang`).
    pub html_attributes: Vec<Attribute>,
    /// The title's text, HTML-escaped; empty for a page that sets none.
    pub title: String,
    /// The `leptos_meta` tags (description, canonical, alternates, Open Graph…).
    pub head: String,
    pub body: String,
    /// The content files the page read, by URL.
    pub content_urls: Vec<String>,
}

/// Renders the app at `url_path` (base included) with the preloaded content.
pub fn render(url_path: &str) -> Rendered {
    // Err only when already initialized by an earlier page.
    let _ = any_spawner::Executor::init_futures_executor();
    let owner = Owner::new();
    let (body, meta) = owner.with(|| {
        provide_context(RequestUrl::new(url_path));
        let (meta_context, meta) = ServerMetaContext::new();
        provide_context(meta_context);
        (view! { <App/> }.to_html(), meta)
    });
    // leptos_meta hands its tags over by splicing them into an HTML stream:
    // give it a minimal document and read them back out.
    let shell = "<html><head><!--HEAD--></head><body>".to_owned();
    let spliced = futures::executor::block_on(async {
        use futures::StreamExt;
        let stream = meta
            .inject_meta_context(futures::stream::once(async { shell }).boxed())
            .await;
        stream.collect::<String>().await
    });
    drop(owner);
    // The shell has no other tags, so a shell that cannot be read is a bug.
    let parts = meta_parts(&spliced).expect("leptos_meta writes readable HTML");
    Rendered {
        html_attributes: parts.html_attributes,
        title: parts.title,
        head: parts.head,
        body,
        content_urls: take_read_urls(),
    }
}

/// Trunk's `index.html` with `page` filled in. `content` holds the JSON text
/// of every content file by URL; the page embeds the ones it read.
pub fn document(
    template: &str,
    page: &Rendered,
    content: &[(String, String)],
) -> Result<String, String> {
    let template = with_deferred_loader(template)?;
    let embedded = page
        .content_urls
        .iter()
        .map(|url| {
            let json = content
                .iter()
                .find(|(u, _)| u == url)
                .map(|(_, json)| json.as_str())
                .ok_or_else(|| format!("{url}: read by the page but not preloaded"))?;
            Ok(format!("{}:{json}", serde_json::Value::String(url.clone())))
        })
        .collect::<Result<Vec<_>, String>>()?
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
                "{body}<script type=\"application/json\" id=\"{CONTENT_SCRIPT_ID}\">{embedded}</script>",
                body = page.body
            ),
        },
    )
}

#[cfg(test)]
mod tests;
