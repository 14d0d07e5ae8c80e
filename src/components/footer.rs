//! The site footer: copyright, address, phone and fax.

use std::sync::Arc;

use leptos::prelude::*;

use crate::content::Site;

stylance::import_crate_style!(style, "src/components/footer.module.css");

#[component]
pub fn SiteFooter(site: Signal<Option<Arc<Site>>>) -> impl IntoView {
    // No footer box at all until there is something to put in it: an empty
    // one would paint right under the header and then jump down.
    move || {
        site.get()
            .map(|site| view! { <footer class=style::footer><FooterContent site=site/></footer> })
    }
}

#[component]
fn FooterContent(site: Arc<Site>) -> impl IntoView {
    let contact = &site.contact;
    view! {
        <div class=style::inner>
            <address class=style::address>
                <p>
                    <span class=style::label>{contact.address_label.clone()}</span>
                    " "
                    {contact.address.clone()}
                </p>
                <p>
                    <span class=style::label>{contact.phone_label.clone()}</span>
                    " "
                    <a href=format!("tel:{}", contact.phone.tel)>{contact.phone.display.clone()}</a>
                    <span class=style::sep aria-hidden="true">" · "</span>
                    <span class=style::label>{contact.fax_label.clone()}</span>
                    " "
                    {contact.fax.clone()}
                </p>
            </address>
            <p class=style::copyright>{site.copyright.clone()}</p>
        </div>
    }
}
