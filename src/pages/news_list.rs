//! News & events: every press release, newest first.

use leptos::prelude::*;

use crate::components::load_state::when_loaded;
use crate::components::news_summary::NewsSummary;
use crate::components::page_meta::PageHead;
use crate::components::prose::Paragraphs;
use crate::content::News;
use crate::lang_context::use_lang;
use crate::loader::content_resource;
use crate::pages::page_style;

#[component]
pub fn NewsListPage() -> impl IntoView {
    let lang = use_lang();
    let news = content_resource::<News>(lang);
    when_loaded(news, move |news| {
        let lang = lang.get_untracked();
        view! {
            <PageHead meta=news.meta.clone()/>
            <div class=page_style::page>
                <h1>{news.heading.clone()}</h1>
                <Paragraphs paragraphs=news.intro.clone()/>
                {news.items.iter().map(|item| view! { <NewsSummary item=item.clone() lang=lang/> }).collect_view()}
            </div>
        }
    })
}
