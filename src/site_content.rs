//! The shared chrome content (`site.json`), loaded once by the app shell and
//! read by the header, footer, page titles and pages through context.

use std::sync::Arc;

use leptos::prelude::*;

use crate::content::Site;
use crate::loader::ContentResource;

#[derive(Clone, Copy)]
pub struct SiteContent(pub ContentResource<Site>);

/// The site content once it has loaded (`None` while loading or failed; the
/// shell shows the failure).
pub fn use_site() -> Signal<Option<Arc<Site>>> {
    let resource = expect_context::<SiteContent>().0;
    Signal::derive(move || resource.get().and_then(Result::ok))
}
