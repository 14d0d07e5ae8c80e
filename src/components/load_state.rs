//! What a page shows while its content loads, and when loading fails.

use std::sync::Arc;

use leptos::prelude::*;

use crate::content::ContentFile;
use crate::lang::Lang;
use crate::lang_context::use_lang;
use crate::loader::ContentResource;

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

/// Renders `render(content)` once `resource` has loaded; a space-holding
/// placeholder until then (so the layout does not jump); an alert with a Retry
/// button if loading failed.
pub fn when_loaded<T, V>(
    resource: ContentResource<T>,
    render: impl Fn(Arc<T>) -> V + Send + Sync + 'static,
) -> impl IntoView
where
    T: ContentFile,
    V: IntoView + 'static,
{
    move || match resource.get() {
        None => view! { <LoadingPlaceholder/> }.into_any(),
        Some(Ok(content)) => render(content).into_any(),
        Some(Err(_)) => view! { <LoadFailed on_retry=move || resource.refetch()/> }.into_any(),
    }
}

/// Reserves the space of a page's first screen while its content loads.
#[component]
pub fn LoadingPlaceholder() -> impl IntoView {
    view! { <div class=style::placeholder aria-busy="true"></div> }
}

/// The alert shown when content failed to load, with a working Retry.
#[component]
pub fn LoadFailed(on_retry: impl Fn() + Send + Sync + 'static) -> impl IntoView {
    let lang = use_lang();
    view! {
        <div class=style::alert role="alert">
            <p>{move || failure_text(lang.get()).0}</p>
            <button type="button" class=style::retry on:click=move |_| on_retry()>
                {move || failure_text(lang.get()).1}
            </button>
        </div>
    }
}
