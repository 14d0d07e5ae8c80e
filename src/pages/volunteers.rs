//! Volunteers: what taking part in a study means, phases, visits, consent and
//! rights, a FAQ, and how to get in touch.

use std::sync::Arc;

use leptos::prelude::*;

use crate::components::contact_facts::ContactFactsList;
use crate::components::page_meta::PageHead;
use crate::components::prose::{Paragraphs, TopicSection};
use crate::content::{FaqItem, Site, Volunteers};
use crate::page_style;
use crate::screen::ScreenKey;

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
