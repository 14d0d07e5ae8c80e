//! The document title and description of a page, and its announcement to
//! screen readers after a client-side navigation.

use leptos::prelude::*;
use leptos_meta::{Meta, Title};

use crate::content::PageMeta;

/// The title of the page on screen, read by the shell's polite live region:
/// a client-side navigation does not announce itself the way a page load does.
#[derive(Clone, Copy)]
pub struct PageTitle(pub RwSignal<String>);

/// Sets `<title>` to "page title · site name" (or the bare title on the home
/// page, which already names the center) and `<meta name="description">`.
#[component]
pub fn PageHead(
    meta: PageMeta,
    site_name: String,
    #[prop(optional)] standalone: bool,
) -> impl IntoView {
    let title = if standalone {
        meta.title
    } else {
        format!("{} · {}", meta.title, site_name)
    };
    if let Some(PageTitle(announced)) = use_context::<PageTitle>() {
        announced.set(title.clone());
    }
    view! {
        <Title text=title/>
        <Meta name="description" content=meta.description/>
    }
}
