//! `/`: sends the visitor to their language's home page, replacing the history
//! entry so Back does not bounce them here again.

use leptos::prelude::*;
use leptos_router::hooks::use_navigate;
use leptos_router::NavigateOptions;

use crate::components::load_state::LoadingPlaceholder;
use crate::lang_context::preferred_lang;
use crate::routes::Page;

#[component]
pub fn RootRedirect() -> impl IntoView {
    let navigate = use_navigate();
    Effect::new(move |_| {
        let target = Page::Home.href(preferred_lang());
        navigate(
            &target,
            NavigateOptions {
                replace: true,
                // `target` already carries the base path; resolving would add it twice.
                resolve: false,
                ..Default::default()
            },
        );
    });
    view! { <LoadingPlaceholder/> }
}
