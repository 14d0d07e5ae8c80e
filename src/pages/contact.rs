//! Contact us: address in both written forms, phone, fax, directions and a map link.

use leptos::prelude::*;

use crate::components::contact_facts::ContactFactsList;
use crate::components::load_state::when_loaded;
use crate::components::page_meta::PageHead;
use crate::components::prose::Paragraphs;
use crate::content::Contact;
use crate::lang_context::use_lang;
use crate::loader::content_resource;
use crate::pages::{page_style, use_site};

#[component]
pub fn ContactPage() -> impl IntoView {
    let lang = use_lang();
    let site = use_site();
    let page = content_resource::<Contact>(lang);
    when_loaded(page, move |page| {
        move || {
            site.get().map(|site| {
                let page = (*page).clone();
                let facts = site.contact.clone();
                view! {
                    <PageHead meta=page.meta/>
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
            })
        }
    })
}
