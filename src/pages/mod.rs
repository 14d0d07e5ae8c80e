//! One module per route. Each page creates the resource for its own content
//! file (the loader edge) and hands the typed content to pure view functions.

pub mod contact;
pub mod home;
pub mod news_item;
pub mod news_list;
pub mod not_found;
pub mod root_redirect;
pub mod social_commitment;
pub mod volunteers;

use std::sync::Arc;

use leptos::prelude::*;

use crate::content::Site;
use crate::loader::Loaded;

stylance::import_crate_style!(pub page_style, "src/pages/page.module.css");

/// The shared chrome content, provided by the app shell so every page reads the
/// one copy.
#[derive(Clone, Copy)]
pub struct SiteContent(pub LocalResource<Loaded<Site>>);

/// The site content once it has loaded (`None` while loading or failed; the
/// shell shows the failure).
pub fn use_site() -> Signal<Option<Arc<Site>>> {
    let resource = expect_context::<SiteContent>().0;
    Signal::derive(move || resource.get().and_then(Result::ok))
}
