//! Social commitment: the center's public services, each with links to the
//! press releases about it.

use std::sync::Arc;

use leptos::prelude::*;

use crate::components::load_state::when_loaded;
use crate::components::page_meta::PageHead;
use crate::components::prose::Paragraphs;
use crate::content::{News, Service, SocialCommitment};
use crate::lang::Lang;
use crate::lang_context::use_lang;
use crate::loader::content_resource;
use crate::pages::page_style;
use crate::routes::news_item_href;

#[component]
pub fn SocialCommitmentPage() -> impl IntoView {
    let lang = use_lang();
    let page = content_resource::<SocialCommitment>(lang);
    let news = content_resource::<News>(lang);
    when_loaded(page, move |page| {
        let page_for_services = page.clone();
        let services = when_loaded(news, move |news| {
            services_view(&page_for_services, &news, lang.get_untracked())
        });
        view! {
            <PageHead meta=page.meta.clone()/>
            <div class=page_style::page>
                <h1>{page.heading.clone()}</h1>
                <div class=page_style::lead><Paragraphs paragraphs=page.intro.clone()/></div>
                {services}
            </div>
        }
    })
}

fn services_view(page: &Arc<SocialCommitment>, news: &News, lang: Lang) -> impl IntoView {
    page.services
        .iter()
        .map(|service| service_view(service, &page.related_label, news, lang))
        .collect_view()
}

fn service_view(service: &Service, related_label: &str, news: &News, lang: Lang) -> impl IntoView {
    // Slugs are checked against the news file by the content tests; one that
    // is missing at run time is skipped rather than shown as a broken link.
    let related: Vec<_> = service
        .related_news
        .iter()
        .filter_map(|slug| news.find(slug))
        .map(|found| view! { <li><a href=news_item_href(lang, &found.item.slug)>{found.item.title.clone()}</a></li> })
        .collect();
    let related = (!related.is_empty()).then(|| {
        view! {
            <div class=page_style::related>
                <h3>{related_label.to_owned()}</h3>
                <ul>{related}</ul>
            </div>
        }
    });
    view! {
        <section>
            <h2>{service.heading.clone()}</h2>
            <Paragraphs paragraphs=service.paragraphs.clone()/>
            {related}
        </section>
    }
}
