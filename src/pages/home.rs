//! Home: who the center is, its services, a way into each section, and the
//! three newest press releases.

use std::sync::Arc;

use leptos::prelude::*;

use crate::components::load_state::when_loaded;
use crate::components::news_summary::NewsSummary;
use crate::components::page_meta::{PageHead, PageKind};
use crate::components::prose::Paragraphs;
use crate::content::{Home, News};
use crate::lang::Lang;
use crate::lang_context::use_lang;
use crate::loader::content_resource;
use crate::pages::page_style;
use crate::routes::Page;

const LATEST_NEWS: usize = 3;

#[component]
pub fn HomePage() -> impl IntoView {
    let lang = use_lang();
    let home = content_resource::<Home>(lang);
    let news = content_resource::<News>(lang);
    when_loaded(home, move |home| {
        let latest = when_loaded(news, move |news| {
            latest_news_view(news, lang.get_untracked())
        });
        view! {
            <PageHead meta=home.meta.clone() kind=PageKind::Home/>
            {home_view(&home, lang.get_untracked())}
            {latest}
            <p class=page_style::more>
                <a href=Page::News.href(lang.get_untracked())>{home.all_news.clone()}</a>
            </p>
        }
    })
}

fn home_view(home: &Home, lang: Lang) -> impl IntoView {
    let services = home
        .services
        .iter()
        .map(|s| view! { <li class=page_style::card><h3>{s.title.clone()}</h3><p>{s.text.clone()}</p></li> })
        .collect_view();
    let sections = home
        .sections
        .iter()
        .map(|card| {
            view! {
                <li class=page_style::card>
                    <h3><a href=card.page.href(lang)>{card.title.clone()}</a></h3>
                    <p>{card.text.clone()}</p>
                </li>
            }
        })
        .collect_view();
    view! {
        <div class=page_style::page>
            <h1>{home.heading.clone()}</h1>
            <div class=page_style::lead><Paragraphs paragraphs=home.intro.clone()/></div>
        </div>
        <section class=page_style::wide>
            <h2>{home.services_heading.clone()}</h2>
            <ul class=page_style::cards>{services}</ul>
        </section>
        <section class=page_style::wide>
            <h2>{home.sections_heading.clone()}</h2>
            <ul class=page_style::cards>{sections}</ul>
        </section>
        <h2>{home.news_heading.clone()}</h2>
    }
}

fn latest_news_view(news: Arc<News>, lang: Lang) -> impl IntoView {
    let items = news
        .latest(LATEST_NEWS)
        .iter()
        .map(|item| view! { <NewsSummary item=item.clone() lang=lang heading_level=3/> })
        .collect_view();
    view! { <div class=page_style::page>{items}</div> }
}
