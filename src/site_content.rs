//! The shared chrome content (`site.json`) of the screen on view, provided by
//! the app shell and read by page titles and pages through context.

use std::sync::Arc;

use leptos::prelude::*;

use crate::content::Site;

#[derive(Clone, Copy)]
pub struct ShownSite(pub Memo<Option<Arc<Site>>>);

/// The site content on view (`None` before the first screen has loaded).
pub fn use_site() -> Signal<Option<Arc<Site>>> {
    expect_context::<ShownSite>().0.into()
}
