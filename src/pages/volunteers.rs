//! Volunteers: what taking part in a study means, phases, visits, consent and
//! rights, a FAQ, and how to get in touch.

use std::sync::Arc;

use leptos::prelude::*;

use crate::components::contact_facts::ContactFactsList;
use crate::components::page_meta::PageHead;
use crate::components::prose::{Paragraphs, TopicSection};
use crate::content::{FaqItem, Site, Volunteers};
use crate::page_style;
use crate::pages::section::{SearchText, Section};
use crate::screen::ScreenKey;

/// `/{lang}/volunteers`.
pub struct VolunteersPage;

impl Section for VolunteersPage {
    type Content = Volunteers;
    type News = ();
    const NAME: &'static str = "volunteers";
    const SEGMENT: &'static str = "volunteers";

    fn view(page: &Volunteers, _: &(), site: &Arc<Site>, key: &ScreenKey) -> AnyView {
        volunteers_page(page, site, key).into_any()
    }

    fn search_text<'a>(page: &'a Volunteers, _: &'a Site) -> Option<SearchText<'a>> {
        let mut texts: Vec<&str> = page.intro.iter().map(String::as_str).collect();
        for topic in &page.topics {
            texts.push(&topic.heading);
            texts.extend(
                topic
                    .paragraphs
                    .iter()
                    .chain(&topic.list)
                    .map(String::as_str),
            );
        }
        for faq in &page.faq {
            texts.push(&faq.question);
            texts.extend(faq.answer.iter().map(String::as_str));
        }
        texts.extend(page.contact_text.iter().map(String::as_str));
        Some(SearchText {
            title: &page.heading,
            texts,
        })
    }
}

pub fn volunteers_page(page: &Volunteers, site: &Arc<Site>, key: &ScreenKey) -> impl IntoView {
    let page = page.clone();
    view! {
        <PageHead meta=page.meta site=Arc::clone(site) key=key.clone()/>
        <div class=page_style::page>
            <h1>{page.heading}</h1>
            <div class=page_style::lead><Paragraphs paragraphs=page.intro/></div>
            {page.topics.into_iter().map(|topic| view! { <TopicSection topic=topic/> }).collect_view()}
            <section class=page_style::faq>
                <h2>{page.faq_heading}</h2>
                {page.faq.into_iter().map(faq_item).collect_view()}
            </section>
            <section>
                <h2>{page.contact_heading}</h2>
                <Paragraphs paragraphs=page.contact_text/>
                <ContactFactsList facts=site.contact.clone() with_address=true/>
            </section>
        </div>
    }
}

fn faq_item(item: FaqItem) -> impl IntoView {
    view! {
        <details>
            <summary>{item.question}</summary>
            <Paragraphs paragraphs=item.answer/>
        </details>
    }
}
