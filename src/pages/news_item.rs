//! One press release: full text, date, its neighbours and the way back.

use leptos::prelude::*;
use leptos_router::hooks::use_params_map;

use crate::components::load_state::when_loaded;
use crate::components::page_meta::{PageHead, PageKind};
use crate::components::prose::Paragraphs;
use crate::content::{News, NewsItem, NewsLabels, PageMeta};
use crate::lang::Lang;
use crate::lang_context::use_lang;
use crate::loader::content_resource;
use crate::pages::not_found::NotFoundPage;
use crate::pages::page_style;
use crate::routes::{news_item_href, Page};

#[component]
pub fn NewsItemPage() -> impl IntoView {
    let lang = use_lang();
    let params = use_params_map();
    let news = content_resource::<News>(lang);
    when_loaded(news, move |news| {
        let slug = params.read().get("slug").unwrap_or_default();
        let lang = lang.get_untracked();
        let Some(found) = news.find(&slug) else {
            return view! { <NotFoundPage/> }.into_any();
        };
        let meta = PageMeta {
            title: found.item.title.clone(),
            description: found.item.summary.clone(),
        };
        view! {
            <PageHead meta=meta kind=PageKind::Article/>
            <article class=page_style::page>
                <h1>{found.item.title.clone()}</h1>
                <p class=page_style::date>
                    {news.labels.published.clone()} " "
                    <time datetime=found.item.date.to_string()>{found.item.date.format(lang)}</time>
                </p>
                <Paragraphs paragraphs=found.item.body.clone()/>
                {item_nav(&news.labels, found.older, found.newer, lang)}
            </article>
        }
        .into_any()
    })
}

/// Links to the previous (older) and next (newer) items and back to the list.
fn item_nav(
    labels: &NewsLabels,
    older: Option<&NewsItem>,
    newer: Option<&NewsItem>,
    lang: Lang,
) -> impl IntoView {
    let neighbour = |label: &str, item: Option<&NewsItem>, rel: &'static str| {
        item.map(|item| {
            view! {
                <li>
                    <span class=page_style::label>{label.to_owned()}</span>
                    <a href=news_item_href(lang, &item.slug) rel=rel>{item.title.clone()}</a>
                </li>
            }
        })
    };
    view! {
        <nav class=page_style::item_nav aria-label=labels.item_navigation.clone()>
            <ul>
                {neighbour(&labels.previous, older, "prev")}
                {neighbour(&labels.next, newer, "next")}
            </ul>
            <a href=Page::News.href(lang)>{labels.back_to_list.clone()}</a>
        </nav>
    }
}
