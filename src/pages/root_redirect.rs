//! `/`: sends the visitor to their language's home page, replacing the history
//! entry so Back does not bounce them here again. Until then — and for good
//! without JavaScript, where this is the prerendered `/` — it offers the three
//! home pages as plain links.

use leptos::prelude::*;
use leptos_router::hooks::use_navigate;
use leptos_router::NavigateOptions;

use crate::content::Site;
use crate::lang::Lang;
use crate::lang_context::preferred_lang;
use crate::page_style;
use crate::routes::Page;

pub fn root_redirect(site: &Site) -> impl IntoView {
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
    let homes = Lang::ALL
        .into_iter()
        .map(|lang| {
            view! {
                <li>
                    <a href=Page::Home.href(lang) lang=lang.bcp47() hreflang=lang.bcp47()>
                        {lang.native_name()}
                    </a>
                </li>
            }
        })
        .collect_view();
    view! {
        <div class=page_style::page>
            <h1>{site.name.clone()}</h1>
            <ul>{homes}</ul>
        </div>
    }
}
