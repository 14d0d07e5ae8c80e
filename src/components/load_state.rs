//! What the shell shows when a screen's content fails to load.

use leptos::prelude::*;

use crate::lang::Lang;
use crate::lang_context::use_lang;
use crate::screen::ScreenKey;

stylance::import_crate_style!(style, "src/components/load_state.module.css");

/// The failure message and button label. These live in Rust, not in content:
/// they must still be readable when the content files themselves fail to load.
fn failure_text(lang: Lang) -> (&'static str, &'static str) {
    match lang {
        Lang::Zh => ("内容暂时无法加载，请检查网络连接后重试。", "重试"),
        Lang::En => (
            "This content could not be loaded. Please check your connection and try again.",
            "Retry",
        ),
        Lang::Fr => (
            "Ce contenu n’a pas pu être chargé. Vérifiez votre connexion, puis réessayez.",
            "Réessayer",
        ),
    }
}

/// The alert shown when content failed to load, with a working Retry. In the
/// language the visitor chose, which may not be the one of the page still on
/// view.
#[component]
pub fn LoadFailed(on_retry: impl Fn() + Send + Sync + 'static) -> impl IntoView {
    let lang = use_lang();
    view! {
        <div class=style::alert role="alert" lang=move || lang.get().bcp47()>
            <p>{move || failure_text(lang.get()).0}</p>
            <button type="button" class=style::retry on:click=move |_| on_retry()>
                {move || failure_text(lang.get()).1}
            </button>
        </div>
    }
}

/// Failing after the screen loaded: what a page loads for itself (the search
/// results) is shown failed by the shell's own alert, whose Retry bumps
/// `retries`, which such a page's loading tracks.
#[derive(Clone, Copy)]
pub struct LaterLoad {
    /// The screen whose later load failed, while it stays failed.
    pub failed: RwSignal<Option<ScreenKey>>,
    pub retries: RwSignal<u32>,
}
