//! The 404 page, in the current (or best-guess) language, with a way back to
//! every section.

use std::sync::Arc;

use leptos::prelude::*;

use crate::components::page_meta::{PageHead, PageKind};
use crate::components::prose::Paragraphs;
use crate::content::Site;
use crate::lang::Lang;
use crate::lang_context::use_lang;
use crate::pages::{page_style, use_site};
use crate::routes::Page;

#[component]
pub fn NotFoundPage() -> impl IntoView {
    let site = use_site();
    let lang = use_lang();
    move || site.get().map(|site| not_found_view(site, lang.get()))
}

fn not_found_view(site: Arc<Site>, lang: Lang) -> impl IntoView {
    let text = site.not_found.clone();
    let links = Page::ALL
        .into_iter()
        .map(
            |page| view! { <li><a href=page.href(lang)>{site.nav.label(page).to_owned()}</a></li> },
        )
        .collect_view();
    view! {
        <PageHead meta=text.meta kind=PageKind::NotFound/>
        <div class=page_style::page>
            <h1>{text.heading}</h1>
            <Paragraphs paragraphs=text.paragraphs/>
            <h2>{text.links_heading}</h2>
            <ul>{links}</ul>
        </div>
    }
}
