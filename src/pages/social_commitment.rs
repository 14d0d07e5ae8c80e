//! Social commitment: the center's public services, each with links to the
//! press releases about it.

use std::sync::Arc;

use leptos::prelude::*;

use crate::components::page_meta::PageHead;
use crate::components::prose::Paragraphs;
use crate::content::news::RelatedNews;
use crate::content::{Service, Site, SocialCommitment};
use crate::lang::Lang;
use crate::page_style;
use crate::pages::section::{SearchText, Section};
use crate::routes::news_item_href;
use crate::screen::ScreenKey;

/// `/{lang}/social-commitment`.
pub struct SocialCommitmentPage;

impl Section for SocialCommitmentPage {
    type Content = SocialCommitment;
    type News = RelatedNews;
    const NAME: &'static str = "social-commitment";
    const SEGMENT: &'static str = "social-commitment";

    fn view(
        page: &SocialCommitment,
        related: &RelatedNews,
        site: &Arc<Site>,
        key: &ScreenKey,
    ) -> AnyView {
        social_commitment_page(page, related, site, key).into_any()
    }

    fn search_text<'a>(page: &'a SocialCommitment, _: &'a Site) -> Option<SearchText<'a>> {
        let mut texts: Vec<&str> = page.intro.iter().map(String::as_str).collect();
        for service in &page.services {
            texts.push(&service.heading);
            texts.extend(service.paragraphs.iter().map(String::as_str));
        }
        Some(SearchText {
            title: &page.heading,
            texts,
        })
    }
}

pub fn social_commitment_page(
    page: &SocialCommitment,
    related: &RelatedNews,
    site: &Arc<Site>,
    key: &ScreenKey,
) -> impl IntoView {
    let services = page
        .services
        .iter()
        .map(|service| service_view(service, &page.related_label, related, key.lang))
        .collect_view();
    view! {
        <PageHead meta=page.meta.clone() site=Arc::clone(site) key=key.clone()/>
        <div class=page_style::page>
            <h1>{page.heading.clone()}</h1>
            <div class=page_style::lead><Paragraphs paragraphs=page.intro.clone()/></div>
            {services}
        </div>
    }
}

fn service_view(
    service: &Service,
    related_label: &str,
    news: &RelatedNews,
    lang: Lang,
) -> impl IntoView {
    // Slugs are checked against the news files by the content check; one that
    // is missing at run time is skipped rather than shown as a broken link.
    let related: Vec<_> = service
        .related_news
        .iter()
        .filter_map(|slug| news.find(slug))
        .map(|link| {
            // An item not translated yet is linked by its title in its own language.
            let other_lang = (link.lang != lang).then(|| link.lang.bcp47());
            view! { <li><a href=news_item_href(lang, &link.slug) lang=other_lang>{link.title.clone()}</a></li> }
        })
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
