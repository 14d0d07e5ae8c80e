//! The language switcher: each language in its own name, linking to the same
//! page in that language. Plain links, so the router switches in place and the
//! choice still works as a real `href`.

use leptos::prelude::*;
use leptos_router::hooks::use_location;

use crate::lang::Lang;
use crate::lang_context::{remember_lang, use_lang};
use crate::routes::switch_lang_path;

stylance::import_crate_style!(style, "src/components/lang_switcher.module.css");

#[component]
pub fn LangSwitcher(label: String) -> impl IntoView {
    let current = use_lang();
    let location = use_location();
    let (pathname, search) = (location.pathname, location.search);
    let links = Lang::ALL
        .into_iter()
        .map(|lang| {
            // The query stays: a search follows the visitor into the other language.
            let href = move || {
                let query = search.get();
                let path = switch_lang_path(&pathname.get(), lang);
                if query.is_empty() {
                    path
                } else {
                    format!("{path}?{}", query.trim_start_matches('?'))
                }
            };
            let is_current = move || current.get() == lang;
            view! {
                <li>
                    <a
                        href=href
                        lang=lang.bcp47()
                        hreflang=lang.bcp47()
                        aria-current=move || is_current().then_some("true")
                        on:click=move |_| remember_lang(lang)
                    >
                        {lang.native_name()}
                    </a>
                </li>
            }
        })
        .collect_view();
    view! {
        <ul class=style::switcher aria-label=label>
            {links}
        </ul>
    }
}
