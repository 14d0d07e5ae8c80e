//! The search page: its heading, the field, a note for visitors without
//! JavaScript, and the results, which a module of their own writes when a
//! visitor searches (`crate::search`), so no other page pays for them.

use std::sync::Arc;

use leptos::html;
use leptos::prelude::*;
use leptos_router::hooks::use_location;

use crate::components::load_state::LaterLoad;
use crate::components::page_meta::PageHead;
use crate::content::{SearchPage, Site};
use crate::page_style;
use crate::routes::{search_href, Page};
use crate::screen::ScreenKey;
use crate::search::show_results;

stylance::import_crate_style!(style, "src/pages/search.module.css");

/// The query is read once: a new query is a new page (the form's GET, or a
/// language switch, which builds the page again).
/// `text` is shared with the results, which are shown after the page is.
pub fn search_page(text: &Arc<SearchPage>, site: &Arc<Site>, key: &ScreenKey) -> impl IntoView {
    let lang = key.lang;
    let query = use_location()
        .query
        .with_untracked(|q| q.get("q"))
        .unwrap_or_default();
    let results = NodeRef::<html::Div>::new();
    let later = expect_context::<LaterLoad>();
    let (asked, screen, shared) = (query.clone(), key.clone(), Arc::clone(text));
    // Once the page is on screen, and again at the shell's Retry; without a
    // query, nothing is loaded.
    Effect::new(move |_| {
        later.retries.track();
        if asked.trim().is_empty() {
            return;
        }
        let Some(results) = results.get() else { return };
        let (query, text, screen) = (asked.clone(), Arc::clone(&shared), screen.clone());
        leptos::task::spawn_local(async move {
            if show_results(&results, lang, &query, &text).await.is_err() {
                later.failed.set(Some(screen));
            }
        });
    });
    view! {
        <PageHead meta=text.meta.clone() site=Arc::clone(site) key=key.clone()/>
        <div class=page_style::page>
            <h1>{text.heading.clone()}</h1>
            <p class=style::needs_javascript>
                {text.needs_javascript.clone()} " "
                <a href=Page::News.href(lang)>{site.nav.label(Page::News).to_owned()}</a>
            </p>
            <form method="get" action=search_href(lang) role="search" class=style::form>
                <label for="page-search">{text.label.clone()}</label>
                <input id="page-search" type="search" name="q" value=query/>
                <button type="submit">{text.button.clone()}</button>
            </form>
            // The results module writes here: the count (or that nothing
            // matched) in the status line, the hits after it.
            <div class=style::results node_ref=results>
                <p role="status"></p>
            </div>
        </div>
    }
}
