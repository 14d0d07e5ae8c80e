//! The document head of a page — title, description, canonical URL, language
//! versions, Open Graph and the news feed — and the announcement of the page
//! title to screen readers after a client-side navigation.

use leptos::prelude::*;
use leptos_meta::{Link, Meta, Title};
use leptos_router::hooks::use_location;

use crate::content::PageMeta;
use crate::deploy::absolute_url;
use crate::lang_context::use_lang;
use crate::routes::{language_versions, news_feed_href, switch_lang_path, Page};
use crate::site_content::SiteContent;

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

/// The head of the page on screen. Its URLs are absolute, on the origin the
/// build was made for (`SITE_ORIGIN`), so a copy of the site elsewhere still
/// names the real one.
#[component]
pub fn PageHead(meta: PageMeta, #[prop(optional)] kind: PageKind) -> impl IntoView {
    // Plain closures over the shell's site resource, not signals owned by this
    // page: leptos_meta may still read the head of a page being replaced, after
    // this component's own signals are disposed.
    let site = expect_context::<SiteContent>().0;
    let site_name = move || {
        site.get()
            .and_then(Result::ok)
            .map(|site| site.name.clone())
    };
    let page_title = meta.title;
    let title = move || match site_name() {
        Some(name) if kind != PageKind::Home => format!("{page_title} · {name}"),
        _ => page_title.clone(),
    };
    if let Some(PageTitle(announced)) = use_context::<PageTitle>() {
        let title = title.clone();
        Effect::new(move |_| announced.set(title()));
    }

    let lang = use_lang().get_untracked();
    let path = use_location().pathname.get_untracked();
    // `/en` and `/en/` are one page: name it the one way links do.
    let canonical = absolute_url(&switch_lang_path(&path, lang));
    let feed_href = absolute_url(&news_feed_href(lang));
    // The feed's name comes with the site content; `<Link>` is not reactive,
    // so the link appears once that content is there.
    let feed_link = move || {
        site.get().and_then(Result::ok).map(|site| {
            let feed_title = format!("{} · {}", site.nav.label(Page::News), site.name);
            view! {
                <Link rel="alternate" type_="application/atom+xml" href=feed_href.clone() title=feed_title/>
            }
        })
    };
    let indexed = kind != PageKind::NotFound;
    let alternates = indexed.then(|| {
        language_versions(&path)
            .into_iter()
            .map(|(hreflang, href)| {
                view! { <Link rel="alternate" hreflang=hreflang href=absolute_url(&href)/> }
            })
            .collect_view()
    });

    view! {
        <Title text=title.clone()/>
        <Meta name="description" content=meta.description.clone()/>
        {(!indexed).then(|| view! { <Meta name="robots" content="noindex"/> })}
        {indexed.then(|| view! { <Link rel="canonical" href=canonical.clone()/> })}
        {alternates}
        {feed_link}
        <Meta property="og:type" content=if kind == PageKind::Article { "article" } else { "website" }/>
        <Meta property="og:title" content=title/>
        <Meta property="og:description" content=meta.description/>
        <Meta property="og:locale" content=lang.og_locale()/>
        <Meta property="og:site_name" content=move || site_name().unwrap_or_default()/>
        {indexed.then(|| view! { <Meta property="og:url" content=canonical/> })}
    }
}
