//! The document title and description of a page.

use leptos::prelude::*;
use leptos_meta::{Meta, Title};

use crate::content::PageMeta;

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
    view! {
        <Title text=title/>
        <Meta name="description" content=meta.description/>
    }
}
