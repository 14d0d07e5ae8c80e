//! The 404 page, in the current (or best-guess) language, with a way back to
//! every section.

use std::sync::Arc;

use leptos::prelude::*;

use crate::components::page_meta::{PageHead, PageKind};
use crate::components::prose::Paragraphs;
use crate::content::Site;
use crate::page_style;
use crate::routes::Page;
use crate::screen::ScreenKey;

pub fn not_found_page(site: &Arc<Site>, key: &ScreenKey) -> impl IntoView {
    let text = site.not_found.clone();
    let links = Page::ALL
        .into_iter()
        .map(|page| {
            view! { <li><a href=page.href(key.lang)>{site.nav.label(page).to_owned()}</a></li> }
        })
        .collect_view();
    view! {
        <PageHead meta=text.meta kind=PageKind::NotFound site=Arc::clone(site) key=key.clone()/>
        <div class=page_style::page>
            <h1>{text.heading}</h1>
            <Paragraphs paragraphs=text.paragraphs/>
            <h2>{text.links_heading}</h2>
            <ul>{links}</ul>
        </div>
    }
}
