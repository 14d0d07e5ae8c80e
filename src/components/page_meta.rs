//! The document head of a page — title, description, canonical URL, language
//! versions, Open Graph and the news feed — and the announcement of the page
//! title to screen readers after a client-side navigation.

use std::sync::Arc;

use leptos::prelude::*;

use crate::content::{PageMeta, Site};
use crate::deploy::{absolute_url, site_path};
use crate::head::{show_head, Head, HeadTag, MANIFEST_FILE, THEME_COLOR};
use crate::lang::Lang;
use crate::routes::{language_alternates, news_feed_href, Page};
use crate::screen::ScreenKey;

/// The title of the page on screen, read by the shell's polite live region:
/// a client-side navigation does not announce itself the way a page load does.
#[derive(Clone, Copy)]
pub struct PageTitle(pub RwSignal<String>);

/// What kind of page a head describes.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum PageKind {
    /// A section page: "page title · site name".
    #[default]
    Section,
    /// The home page, whose title already names the center.
    Home,
    /// A press release (`og:type` article).
    Article,
    /// The 404 page: kept out of search indexes, with no canonical URL.
    NotFound,
}

/// The head of the page of `key`, which `site` names. Its URLs are absolute, on the origin the
/// build was made for (`SITE_ORIGIN`), so a copy of the site elsewhere still
/// names the real one. `versions` are the languages the page really exists in
/// (all by default); a page shown in another language than its URL's names
/// that one, `canonical_lang`, as its canonical version.
#[component]
pub fn PageHead(
    meta: PageMeta,
    #[prop(optional)] kind: PageKind,
    site: Arc<Site>,
    key: ScreenKey,
    #[prop(optional)] versions: Option<Vec<Lang>>,
    #[prop(optional)] canonical_lang: Option<Lang>,
) -> impl IntoView {
    let head = page_head(
        meta,
        kind,
        &key,
        &versions.unwrap_or_else(|| Lang::ALL.to_vec()),
        canonical_lang,
        &site,
    );
    if let Some(PageTitle(announced)) = use_context::<PageTitle>() {
        let title = head.title.clone();
        Effect::new(move |_| announced.set(title.clone()));
    }
    show_head(head);
}

/// The head of the page of `key` with the shared chrome of `site`.
fn page_head(
    meta: PageMeta,
    kind: PageKind,
    key: &ScreenKey,
    versions: &[Lang],
    canonical_lang: Option<Lang>,
    site: &Site,
) -> Head {
    let lang = key.lang;
    let title = if kind == PageKind::Home {
        meta.title
    } else {
        format!("{} · {}", meta.title, site.name)
    };
    let href = |lang: Lang| key.route.href(lang).map(|path| absolute_url(&path));
    let indexed = kind != PageKind::NotFound;
    let canonical = indexed
        .then(|| href(canonical_lang.unwrap_or(lang)))
        .flatten();

    let mut tags = vec![
        HeadTag::link("manifest", site_path(&format!("/{MANIFEST_FILE}"))),
        HeadTag::meta("name", "theme-color", THEME_COLOR),
        HeadTag::meta("name", "description", meta.description.clone()),
    ];
    if !indexed {
        tags.push(HeadTag::meta("name", "robots", "noindex"));
    }
    if let Some(canonical) = &canonical {
        tags.push(HeadTag::link("canonical", canonical.clone()));
    }
    if indexed {
        tags.extend(
            language_alternates(versions)
                .into_iter()
                .filter_map(|(hreflang, version)| {
                    href(version)
                        .map(|href| HeadTag::link("alternate", href).with("hreflang", hreflang))
                }),
        );
    }
    tags.push(
        HeadTag::link("alternate", absolute_url(&news_feed_href(lang)))
            .with("type", "application/atom+xml")
            .with(
                "title",
                format!("{} · {}", site.nav.label(Page::News), site.name),
            ),
    );
    let og_type = if kind == PageKind::Article {
        "article"
    } else {
        "website"
    };
    tags.extend([
        HeadTag::meta("property", "og:type", og_type),
        HeadTag::meta("property", "og:title", title.clone()),
        HeadTag::meta("property", "og:description", meta.description),
        HeadTag::meta("property", "og:locale", lang.og_locale()),
        HeadTag::meta("property", "og:site_name", site.name.clone()),
    ]);
    if let Some(canonical) = canonical {
        tags.push(HeadTag::meta("property", "og:url", canonical));
    }
    Head { lang, title, tags }
}
