//! The app shell: router, `<html lang>`, header, main region and footer.

use leptos::prelude::*;
use leptos_meta::{provide_meta_context, Html, Link, Meta};
use leptos_router::components::{Outlet, ParentRoute, Route, Router, Routes};
use leptos_router::hooks::{use_location, use_params_map};
use leptos_router::path;

use crate::components::footer::SiteFooter;
use crate::components::header::SiteHeader;
use crate::components::load_state::LoadFailed;
use crate::components::page_meta::PageTitle;
use crate::content::Site;
use crate::deploy::site_path;
use crate::lang::Lang;
use crate::lang_context::provide_current_lang;
use crate::loader::content_resource;
use crate::pages::contact::ContactPage;
use crate::pages::home::HomePage;
use crate::pages::news_item::NewsItemPage;
use crate::pages::news_list::NewsListPage;
use crate::pages::not_found::NotFoundPage;
use crate::pages::root_redirect::RootRedirect;
use crate::pages::social_commitment::SocialCommitmentPage;
use crate::pages::volunteers::VolunteersPage;
use crate::site_content::{use_site, SiteContent};

stylance::import_crate_style!(style, "src/app.module.css");

#[component]
pub fn App() -> impl IntoView {
    provide_meta_context();
    view! {
        <Link rel="manifest" href=site_path("/manifest.json")/>
        <Meta name="theme-color" content="#0b6e8a"/>
        <Router base=crate::deploy::BASE>
            <Shell/>
        </Router>
    }
}

/// Everything inside the router: the language and the shared site content are
/// provided here, so header, pages and footer all read the same ones.
#[component]
fn Shell() -> impl IntoView {
    let lang = provide_current_lang();
    let site_resource = content_resource::<Site>(lang);
    provide_context(SiteContent(site_resource));
    let site = use_site();
    // The language of the text on screen, for `<html lang>`: during a switch
    // to a language not loaded yet the old page stays, and so does its
    // language, until the new one is shown (the switcher's and the header's
    // links follow the address at once).
    let shown_lang = move || site_resource.lang().unwrap_or_else(|| lang.get());
    let main_ref = NodeRef::<leptos::html::Main>::new();
    let site_failed = move || matches!(site_resource.get(), Some(Err(_)));
    let page_title = RwSignal::new(String::new());
    provide_context(PageTitle(page_title));
    let navigated = focus_main_after_navigation(main_ref);
    // Announced after a navigation only: the first page is announced by the
    // browser itself, and the takeover of a prerendered page must not change it.
    let announcement = move || {
        if navigated.get() {
            page_title.get()
        } else {
            String::new()
        }
    };

    view! {
        <Html {..} lang=move || shown_lang().bcp47()/>
        <SiteHeader site=site main=main_ref/>
        // Hidden (no box at all) until the shared site content is there: the
        // header then takes its final height in the same frame as the page
        // appears below it, so nothing on screen moves (CLS 0). The page's own
        // content is fetched meanwhile, in parallel.
        <main id="main" tabindex="-1" class=style::main node_ref=main_ref hidden=move || site_resource.get().is_none()>
            <Show when=site_failed>
                <LoadFailed on_retry=move || site_resource.refetch()/>
            </Show>
            <Routes fallback=|| view! { <NotFoundPage/> }>
                <Route path=path!("/") view=RootRedirect/>
                <ParentRoute path=path!("/:lang") view=LangGate>
                    <Route path=path!("") view=HomePage/>
                    <Route path=path!("volunteers") view=VolunteersPage/>
                    <Route path=path!("social-commitment") view=SocialCommitmentPage/>
                    <Route path=path!("news") view=NewsListPage/>
                    <Route path=path!("news/:slug") view=NewsItemPage/>
                    <Route path=path!("contact") view=ContactPage/>
                </ParentRoute>
            </Routes>
        </main>
        <SiteFooter site=site/>
        <p class=style::visually_hidden aria-live="polite" aria-atomic="true">{announcement}</p>
    }
}

/// After a client-side navigation (not the first load), moves focus to the
/// main region, so keyboard and screen-reader users start reading the new page
/// instead of staying on the link they followed. The router scrolls to the top.
/// Returns whether a navigation has happened yet.
fn focus_main_after_navigation(main: NodeRef<leptos::html::Main>) -> ReadSignal<bool> {
    let pathname = use_location().pathname;
    let (navigated, set_navigated) = signal(false);
    Effect::new(move |previous: Option<String>| {
        let path = pathname.get();
        if previous.is_some_and(|p| p != path) {
            set_navigated.set(true);
            // In the next frame, before it is laid out: by then the new page
            // is in place, so the layout `focus()` needs is the frame's own,
            // done once, not also for a half-updated page. The router has
            // scrolled (to the top or the anchor): focus must not scroll again.
            request_animation_frame(move || {
                if let Some(main) = main.get_untracked() {
                    focus_without_scrolling(&main);
                }
            });
        }
        path
    });
    navigated
}

/// Focuses `element` and leaves the scroll position to whoever set it: the
/// router after a navigation, the takeover of a prerendered page.
pub(crate) fn focus_without_scrolling(element: &web_sys::HtmlElement) {
    let options = web_sys::FocusOptions::new();
    options.set_prevent_scroll(true);
    let _ = element.focus_with_options(&options);
}

/// Lets only our language codes through; `/de/contact` is a 404.
#[component]
fn LangGate() -> impl IntoView {
    let params = use_params_map();
    let known = move || {
        params
            .read()
            .get("lang")
            .is_some_and(|code| code.parse::<Lang>().is_ok())
    };
    view! {
        <Show when=known fallback=|| view! { <NotFoundPage/> }>
            <Outlet/>
        </Show>
    }
}
