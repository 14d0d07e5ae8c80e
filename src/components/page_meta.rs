//! The document title and description of a page, and its announcement to
//! screen readers after a client-side navigation.

use leptos::prelude::*;
use leptos_meta::{Meta, Title};

use crate::content::PageMeta;
use crate::site_content::SiteContent;

/// The title of the page on screen, read by the shell's polite live region:
/// a client-side navigation does not announce itself the way a page load does.
#[derive(Clone, Copy)]
pub struct PageTitle(pub RwSignal<String>);

/// Sets `<title>` to "page title · site name" (or the bare title on the home
/// page, which already names the center) and `<meta name="description">`.
#[component]
pub fn PageHead(meta: PageMeta, #[prop(optional)] standalone: bool) -> impl IntoView {
    // A plain closure over the shell's site resource, not a signal owned by
    // this page: leptos_meta may still read the title of a page being
    // replaced, after this component's own signals are disposed.
    let site = expect_context::<SiteContent>().0;
    let page_title = meta.title;
    let title = move || match site.get() {
        Some(Ok(site)) if !standalone => format!("{page_title} · {}", site.name),
        _ => page_title.clone(),
    };
    if let Some(PageTitle(announced)) = use_context::<PageTitle>() {
        let title = title.clone();
        Effect::new(move |_| announced.set(title()));
    }
    view! {
        <Title text=title/>
        <Meta name="description" content=meta.description/>
    }
}
