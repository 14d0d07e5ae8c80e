//! The shared chrome content (`site.json`) of the screen on view, provided by
//! the app shell and read by page heads through context: a head may still be
//! read while its page is replaced, so it reads the shell's memo, never one
//! of its own.

use std::sync::Arc;

use leptos::prelude::*;

use crate::content::Site;

#[derive(Clone, Copy)]
pub struct ShownSite(pub Memo<Option<Arc<Site>>>);
