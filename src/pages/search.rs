//! The search page: its heading, the field, a note for visitors without
//! JavaScript, and the results, which a module of their own writes when a
//! visitor searches (`crate::search`), so no other page pays for them.

use leptos::html;
use leptos::prelude::*;
use leptos_router::hooks::use_location;

use crate::components::load_state::LoadFailed;
use crate::components::page_meta::PageHead;
use crate::components::search_form::SearchForm;
use crate::content::Site;
use crate::pages::page_style;
use crate::routes::Page;
use crate::screen::ScreenKey;
use crate::search::{show_results, ResultTexts};

stylance::import_crate_style!(style, "src/pages/search.module.css");

pub fn search_page(site: &Site, key: &ScreenKey) -> impl IntoView {
    let lang = key.lang;
    let text = site.search.clone();
    let texts = ResultTexts::of(&text);
    let query = use_location().query;
    let query = Memo::new(move |_| query.read().get("q").unwrap_or_default());
    let (status, list) = (NodeRef::<html::P>::new(), NodeRef::<html::Div>::new());
    let failed = RwSignal::new(false);
    let retries = RwSignal::new(0u32);
    // Each query, and each Retry, asks the results module again.
    Effect::new(move |_| {
        retries.track();
        let (query, texts) = (query.get(), texts.clone());
        let (Some(status), Some(list)) = (status.get(), list.get()) else { return };
        failed.set(false);
        leptos::task::spawn_local(async move {
            let shown = show_results(&status, &list, lang, &query, &texts).await;
            failed.set(shown.is_err());
        });
    });
    view! {
        <PageHead meta=text.meta.clone() key=key.clone()/>
        <div class=page_style::page>
            <h1>{text.heading.clone()}</h1>
            <p class=style::needs_javascript>
                {text.needs_javascript.clone()} " "
                <a href=Page::News.href(lang)>{site.nav.label(Page::News).to_owned()}</a>
            </p>
            <SearchForm
                lang=Signal::stored(lang)
                id="page-search"
                label=text.label.clone()
                button=text.button.clone()
                value=query.into()
                class=style::form
            />
            <Show when=move || failed.get()>
                <LoadFailed on_retry=move || retries.update(|n| *n += 1)/>
            </Show>
            <p class=style::summary role="status" node_ref=status></p>
            <div class=style::results node_ref=list></div>
        </div>
    }
}
