//! The shared chrome content (`site.json`) of the screen on view, provided by
//! the app shell and read through context by page heads, which name the site
//! in their titles.

use std::sync::Arc;

use leptos::prelude::*;

use crate::content::Site;

#[derive(Clone, Copy)]
pub struct ShownSite(pub Memo<Option<Arc<Site>>>);
