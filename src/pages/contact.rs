//! Contact us: address in both written forms, phone, fax, directions and a map link.

use std::sync::Arc;

use leptos::prelude::*;

use crate::components::contact_facts::ContactFactsList;
use crate::components::page_meta::PageHead;
use crate::components::prose::Paragraphs;
use crate::content::{Contact, Site};
use crate::page_style;
use crate::pages::section::{SearchText, Section};
use crate::screen::ScreenKey;

/// `/{lang}/contact`.
pub struct ContactPage;

impl Section for ContactPage {
    type Content = Contact;
    type News = ();
    const NAME: &'static str = "contact";
    const SEGMENT: &'static str = "contact";

    fn view(page: &Contact, _: &(), site: &Arc<Site>, key: &ScreenKey) -> AnyView {
        contact_page(page, site, key).into_any()
    }

    fn search_text<'a>(page: &'a Contact, site: &'a Site) -> Option<SearchText<'a>> {
        let mut texts: Vec<&str> = page.intro.iter().map(String::as_str).collect();
        texts.extend([
            site.contact.address.as_str(),
            page.alt_address.text.as_str(),
        ]);
        texts.extend(page.directions.iter().map(String::as_str));
        Some(SearchText {
            title: &page.heading,
            texts,
        })
    }
}

pub fn contact_page(page: &Contact, site: &Arc<Site>, key: &ScreenKey) -> impl IntoView {
    let page = page.clone();
    let facts = site.contact.clone();
    view! {
        <PageHead meta=page.meta site=Arc::clone(site) key=key.clone()/>
        <div class=page_style::page>
            <h1>{page.heading}</h1>
            <Paragraphs paragraphs=page.intro/>
            <section>
                <h2>{page.address_heading}</h2>
                <address class=page_style::facts>
                    <p>{facts.address.clone()}</p>
                    <p>
                        <span class=page_style::label>{page.alt_address.label}</span>
                        <span lang=page.alt_address.lang>{page.alt_address.text}</span>
                    </p>
                </address>
                <p>
                    <a href=page.map_link.href rel="noopener noreferrer external">{page.map_link.label}</a>
                </p>
            </section>
            <section>
                <h2>{page.phone_heading}</h2>
                <ContactFactsList facts=facts/>
            </section>
            <section>
                <h2>{page.directions_heading}</h2>
                <Paragraphs paragraphs=page.directions/>
            </section>
        </div>
    }
}
