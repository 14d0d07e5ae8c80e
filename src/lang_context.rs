//! The current language, shared through context, and the browser's memory of
//! the visitor's choice (local storage, the browser's languages). Components
//! ask it, never `window()` themselves; the other edges that touch browser APIs
//! are the loader (requests), `head` (the page's head tags), `takeover` (the
//! prerendered page) and the app shell (focus, `<html lang>`). On the host
//! (prerendering) there is no visitor: the answers are the defaults.

use leptos::prelude::*;
use leptos_router::hooks::use_location;

use crate::lang::Lang;
use crate::routes::lang_of_path;

#[cfg(target_arch = "wasm32")]
const STORAGE_KEY: &str = "scrc.lang";

/// The language of the page on screen, provided by the app shell.
#[derive(Clone, Copy)]
pub struct CurrentLang(pub Signal<Lang>);

/// Provides [`CurrentLang`]: the URL's language segment, or, on a path without
/// one (a 404 such as `/xx/page`), the visitor's preferred language.
pub fn provide_current_lang() -> Signal<Lang> {
    let location = use_location();
    // Asked only on such a path: the first read of the browser's storage
    // blocks for milliseconds, which every page's start-up would pay.
    let fallback = std::sync::OnceLock::new();
    let lang = Signal::derive(move || {
        location
            .pathname
            .with(|p| lang_of_path(p))
            .unwrap_or_else(|| *fallback.get_or_init(preferred_lang))
    });
    provide_context(CurrentLang(lang));
    lang
}

/// The current language. Panics only if called outside the app shell, which is a bug.
pub fn use_lang() -> Signal<Lang> {
    expect_context::<CurrentLang>().0
}

/// The language to open `/` in: the visitor's saved choice, else the best match
/// of the browser's languages, else English.
pub fn preferred_lang() -> Lang {
    saved_lang().unwrap_or_else(browser_lang)
}

/// Remembers a language the visitor chose, for their next visit to `/`.
/// Storage may be unavailable (private mode, disabled): then the choice is
/// simply not remembered.
pub fn remember_lang(lang: Lang) {
    #[cfg(target_arch = "wasm32")]
    if let Some(storage) = local_storage() {
        let _ = storage.set_item(STORAGE_KEY, lang.code());
    }
    #[cfg(not(target_arch = "wasm32"))]
    let _ = lang;
}

#[cfg(target_arch = "wasm32")]
fn saved_lang() -> Option<Lang> {
    local_storage()?.get_item(STORAGE_KEY).ok()??.parse().ok()
}

#[cfg(target_arch = "wasm32")]
fn browser_lang() -> Lang {
    let Some(window) = web_sys::window() else {
        return Lang::En;
    };
    let tags: Vec<String> = window
        .navigator()
        .languages()
        .iter()
        .filter_map(|tag| tag.as_string())
        .collect();
    Lang::negotiate(tags.iter().map(String::as_str))
}

#[cfg(not(target_arch = "wasm32"))]
fn saved_lang() -> Option<Lang> {
    None
}

/// The `x-default` language of the hreflang alternates.
#[cfg(not(target_arch = "wasm32"))]
fn browser_lang() -> Lang {
    Lang::En
}

#[cfg(target_arch = "wasm32")]
fn local_storage() -> Option<web_sys::Storage> {
    web_sys::window()?.local_storage().ok()?
}
