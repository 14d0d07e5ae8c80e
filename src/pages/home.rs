//! Home: who the center is, its services, a way into each section, and the
//! newest press releases.

use std::sync::Arc;

use leptos::prelude::*;

use crate::components::news_summary::NewsSummary;
use crate::components::page_meta::{PageHead, PageKind};
use crate::components::prose::Paragraphs;
use crate::content::news::LatestNews;
use crate::content::{Home, Site};
use crate::page_style;
use crate::pages::section::{SearchText, Section};
use crate::routes::Page;
use crate::screen::ScreenKey;

/// The home page, the site's first section: `/{lang}/`.
pub struct HomePage;

impl Section for HomePage {
    type Content = Home;
    type News = LatestNews;
    const NAME: &'static str = "home";
    const SEGMENT: &'static str = "";

    fn view(home: &Home, latest: &LatestNews, site: &Arc<Site>, key: &ScreenKey) -> AnyView {
        home_page(home, latest, site, key).into_any()
    }

    fn search_text<'a>(home: &'a Home, _: &'a Site) -> Option<SearchText<'a>> {
        let mut texts: Vec<&str> = home.intro.iter().map(String::as_str).collect();
        for service in &home.services {
            texts.extend([service.title.as_str(), service.text.as_str()]);
        }
        Some(SearchText {
            title: &home.heading,
            texts,
        })
    }
}

pub fn home_page(
    home: &Home,
    latest: &LatestNews,
    site: &Arc<Site>,
    key: &ScreenKey,
) -> impl IntoView {
    let lang = key.lang;
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
    let latest = latest
        .items
        .iter()
        .map(|entry| view! { <NewsSummary entry=entry.clone() lang=lang heading_level=3/> })
        .collect_view();
    view! {
        <PageHead meta=home.meta.clone() kind=PageKind::Home site=Arc::clone(site) key=key.clone()/>
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
        <div class=page_style::page>{latest}</div>
        <p class=page_style::more>
            <a href=Page::News.href(lang)>{home.all_news.clone()}</a>
        </p>
    }
}
