//! News & events: every press release, newest first.

use leptos::prelude::*;

use crate::components::load_state::when_loaded;
use crate::components::news_summary::NewsSummary;
use crate::components::page_meta::PageHead;
use crate::components::prose::Paragraphs;
use crate::content::News;
use crate::lang_context::use_lang;
use crate::loader::content_resource;
use crate::pages::{page_style, use_site};

#[component]
pub fn NewsListPage() -> impl IntoView {
    let lang = use_lang();
    let site = use_site();
    let news = content_resource::<News>(lang);
    when_loaded(news, move |news| {
        let lang = lang.get_untracked();
        let site_name = site
            .with(|s| s.as_ref().map(|s| s.name.clone()))
            .unwrap_or_default();
        view! {
            <PageHead meta=news.meta.clone() site_name=site_name/>
            <div class=page_style::page>
                <h1>{news.heading.clone()}</h1>
                <Paragraphs paragraphs=news.intro.clone()/>
                {news.items.iter().map(|item| view! { <NewsSummary item=item.clone() lang=lang/> }).collect_view()}
            </div>
        }
    })
}
