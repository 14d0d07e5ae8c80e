//! The center's phone and fax (and, where asked, address) as a definition list.

use leptos::prelude::*;

use crate::content::ContactFacts;
use crate::page_style;

/// Phone (as a `tel:` link) and fax, after the address when `with_address`.
#[component]
pub fn ContactFactsList(
    facts: ContactFacts,
    #[prop(optional)] with_address: bool,
) -> impl IntoView {
    let address = with_address.then(|| {
        view! {
            <dt>{facts.address_label.clone()}</dt>
            <dd>{facts.address.clone()}</dd>
        }
    });
    view! {
        <dl class=page_style::facts>
            {address}
            <dt>{facts.phone_label}</dt>
            <dd><a href=format!("tel:{}", facts.phone.tel)>{facts.phone.display}</a></dd>
            <dt>{facts.fax_label}</dt>
            <dd>{facts.fax}</dd>
        </dl>
    }
}
