//! The center's logo mark: a simple cross in a rounded square, drawn inline so
//! it costs no request and follows the text colour scheme.

use leptos::prelude::*;

#[component]
pub fn LogoMark() -> impl IntoView {
    view! {
        <svg width="36" height="36" viewBox="0 0 36 36" aria-hidden="true" focusable="false">
            <rect width="36" height="36" rx="8" fill="var(--color-accent)"/>
            <path d="M15 8h6v7h7v6h-7v7h-6v-7H8v-6h7z" fill="var(--color-on-accent)"/>
        </svg>
    }
}
