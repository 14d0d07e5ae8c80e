//! The document head of a page — title, description, canonical URL, language
//! versions, Open Graph and the news feed — and the announcement of the page
//! title to screen readers after a client-side navigation.

use leptos::prelude::*;
use leptos_meta::{Link, Meta, Title};

use crate::content::PageMeta;
use crate::deploy::absolute_url;
use crate::lang::Lang;
use crate::routes::{language_alternates, news_feed_href, Page};
use crate::screen::ScreenKey;
use crate::site_content::ShownSite;

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

/// The head of the page of `key`. Its URLs are absolute, on the origin the
/// build was made for (`SITE_ORIGIN`), so a copy of the site elsewhere still
/// names the real one. `versions` are the languages the page really exists in
/// (all by default); a page shown in another language than its URL's names
/// that one, `canonical_lang`, as its canonical version.
#[component]
pub fn PageHead(
    meta: PageMeta,
    #[prop(optional)] kind: PageKind,
    key: ScreenKey,
    #[prop(optional)] versions: Option<Vec<Lang>>,
    #[prop(optional)] canonical_lang: Option<Lang>,
) -> impl IntoView {
    // Plain closures over the shell's site memo, not signals owned by this
    // page: leptos_meta may still read the head of a page being replaced,
    // after this component's own signals are disposed.
    let site = expect_context::<ShownSite>().0;
    let site_name = move || site.with(|site| site.as_ref().map(|site| site.name.clone()));
    let page_title = meta.title;
    let title = move || match site_name() {
        Some(name) if kind != PageKind::Home => format!("{page_title} · {name}"),
        _ => page_title.clone(),
    };
    if let Some(PageTitle(announced)) = use_context::<PageTitle>() {
        let title = title.clone();
        Effect::new(move |_| announced.set(title()));
    }

    let lang = key.lang;
    let versions = versions.unwrap_or_else(|| Lang::ALL.to_vec());
    let href = |lang: Lang| key.route.href(lang).map(|path| absolute_url(&path));
    let indexed = kind != PageKind::NotFound;
    let canonical = indexed
        .then(|| href(canonical_lang.unwrap_or(lang)))
        .flatten();
    let feed_href = absolute_url(&news_feed_href(lang));
    let feed_title = site.with_untracked(|site| {
        site.as_ref()
            .map(|site| format!("{} · {}", site.nav.label(Page::News), site.name))
    });
    let alternates = indexed.then(|| {
        language_alternates(&versions)
            .into_iter()
            .filter_map(|(hreflang, version)| href(version).map(|href| (hreflang, href)))
            .map(|(hreflang, href)| view! { <Link rel="alternate" hreflang=hreflang href=href/> })
            .collect_view()
    });

    view! {
        <Title text=title.clone()/>
        <Meta name="description" content=meta.description.clone()/>
        {(!indexed).then(|| view! { <Meta name="robots" content="noindex"/> })}
        {canonical.clone().map(|canonical| view! { <Link rel="canonical" href=canonical/> })}
        {alternates}
        {feed_title.map(|feed_title| view! {
            <Link rel="alternate" type_="application/atom+xml" href=feed_href title=feed_title/>
        })}
        <Meta property="og:type" content=if kind == PageKind::Article { "article" } else { "website" }/>
        <Meta property="og:title" content=title/>
        <Meta property="og:description" content=meta.description/>
        <Meta property="og:locale" content=lang.og_locale()/>
        <Meta property="og:site_name" content=move || site_name().unwrap_or_default()/>
        {canonical.map(|canonical| view! { <Meta property="og:url" content=canonical/> })}
    }
}
