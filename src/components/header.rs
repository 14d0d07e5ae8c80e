//! The site header: skip link, brand, the five sections, the search field
//! and the language switcher. On narrow screens the navigation folds behind a menu button.

use leptos::ev::{KeyboardEvent, MouseEvent};
use leptos::html;
use leptos::prelude::*;
use leptos_router::hooks::use_location;

use crate::components::lang_switcher::LangSwitcher;
use crate::components::logo::LogoMark;
use crate::content::Site;
use crate::lang_context::use_lang;
use crate::routes::{search_href, Page};

stylance::import_crate_style!(style, "src/components/header.module.css");

pub const NAV_ID: &str = "site-nav";

/// `main` is the skip link's target.
#[component]
pub fn SiteHeader(
    site: Signal<Option<std::sync::Arc<Site>>>,
    main: NodeRef<html::Main>,
) -> impl IntoView {
    view! {
        <header class=style::header>
            {move || site.get().map(|site| view! { <HeaderContent site=site main=main/> })}
        </header>
    }
}

#[component]
fn HeaderContent(site: std::sync::Arc<Site>, main: NodeRef<html::Main>) -> impl IntoView {
    let lang = use_lang();
    let pathname = use_location().pathname;
    let (menu_open, set_menu_open) = signal(false);
    let menu_button = NodeRef::<html::Button>::new();

    // A followed link closes the menu.
    Effect::new(move |_| {
        pathname.track();
        set_menu_open.set(false);
    });

    let close_on_escape = move |ev: KeyboardEvent| {
        if ev.key() == "Escape" && menu_open.get_untracked() {
            set_menu_open.set(false);
            if let Some(button) = menu_button.get_untracked() {
                let _ = button.focus();
            }
        }
    };

    // The router would treat `#main` as a navigation; focus the target
    // ourselves. Without JavaScript the plain fragment link does the same.
    let skip_to_main = move |ev: MouseEvent| {
        if let Some(main) = main.get_untracked() {
            ev.prevent_default();
            let _ = main.focus();
        }
    };

    let nav_links = Page::ALL
        .into_iter()
        .map(|page| {
            let label = site.nav.label(page).to_owned();
            let is_current = move || pathname.with(|p| Page::of_path(p)) == Some(page);
            view! {
                <li>
                    <a href=move || page.href(lang.get()) aria-current=move || is_current().then_some("page")>
                        {label}
                    </a>
                </li>
            }
        })
        .collect_view();

    view! {
        <a class=style::skip_link href="#main" on:click=skip_to_main>{site.skip_link.clone()}</a>
        <div class=style::bar on:keydown=close_on_escape>
            <a class=style::brand href=move || Page::Home.href(lang.get())>
                <LogoMark/>
                <span class=style::brand_name>{site.name.clone()}</span>
            </a>
            <button
                type="button"
                class=style::menu_button
                node_ref=menu_button
                aria-expanded=move || if menu_open.get() { "true" } else { "false" }
                aria-controls=NAV_ID
                on:click=move |_| set_menu_open.update(|open| *open = !*open)
            >
                <span class=style::menu_icon aria-hidden="true"></span>
                {site.menu_button.clone()}
            </button>
            <nav
                id=NAV_ID
                class=style::nav
                aria-label=site.nav_label.clone()
            >
                <ul class=style::sections>{nav_links}</ul>
                // A plain GET form: it works before the app takes over, and
                // the search page reads its query from the URL.
                <form method="get" action=move || search_href(lang.get()) role="search" class=style::search>
                    <label for="header-search" class=style::visually_hidden>{site.search.label.clone()}</label>
                    <input id="header-search" type="search" name="q"/>
                    <button type="submit">{site.search.button.clone()}</button>
                </form>
                <LangSwitcher label=site.language_label.clone()/>
            </nav>
        </div>
    }
}
