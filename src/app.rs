//! The app shell: router, the screen on view, header, main region and footer
//! (each page sets the document's head and `<html lang>`: `src/head.rs`).

use leptos::prelude::*;
use leptos_router::components::Router;
use leptos_router::hooks::use_location;

use crate::components::footer::SiteFooter;
use crate::components::header::SiteHeader;
use crate::components::load_state::{LaterLoad, LoadFailed};
use crate::components::page_meta::PageTitle;
use crate::lang_context::provide_current_lang;
use crate::loader::LoadError;
use crate::pages::page_view;
use crate::routes;
use crate::screen::{screen_loader, Screen, ScreenKey};

stylance::import_crate_style!(style, "src/app.module.css");

#[component]
pub fn App() -> impl IntoView {
    view! {
        <Router base=crate::deploy::BASE>
            <Shell/>
        </Router>
    }
}

/// Everything inside the router. The screen on view (see `src/screen.rs`)
/// is the last one that loaded: it stays while the next one loads, and when
/// that fails, so a visitor never loses the page they were reading; one alert
/// with one Retry then says what went wrong.
#[component]
fn Shell() -> impl IntoView {
    let lang = provide_current_lang();
    let pathname = use_location().pathname;
    let key = Memo::new(move |_| ScreenKey {
        lang: lang.get(),
        route: pathname.with(|path| routes::Route::of_path(path)),
    });
    let retries = RwSignal::new(0u32);
    let loaded = screen_loader(key, retries);
    // The screen on view: the last one that loaded.
    let shown = Memo::new(
        move |previous: Option<&Option<Screen>>| match loaded.get() {
            Some(Ok(screen)) => Some(screen),
            _ => previous.cloned().flatten(),
        },
    );
    let later = LaterLoad {
        failed: RwSignal::new(None),
        retries,
    };
    provide_context(later);
    let failed = Memo::new(move |_| {
        matches!(loaded.get(), Some(Err(error)) if error != LoadError::Superseded)
            || later
                .failed
                .with(|failed| failed.as_ref() == Some(&key.get()))
    });
    let site = Memo::new(move |_| shown.with(|s| s.as_ref().map(|s| s.site.clone())));
    mark_document_busy_while(move || {
        let wanted = key.get();
        !failed.get() && shown.with(|s| s.as_ref().is_none_or(|s| s.key != wanted))
    });
    let main_ref = NodeRef::<leptos::html::Main>::new();
    let page_title = RwSignal::new(String::new());
    provide_context(PageTitle(page_title));
    let navigated = focus_main_after_navigation(main_ref);
    complete_each_navigation();
    // Announced after a navigation only: the first page is announced by the
    // browser itself, and the takeover of a prerendered page must not change it.
    let announcement = move || {
        if navigated.get() {
            page_title.get()
        } else {
            String::new()
        }
    };
    let site = Signal::from(site);

    view! {
        <SiteHeader site=site main=main_ref/>
        // Hidden (no box at all) until there is a screen: the header then
        // takes its final height in the same frame as the page appears below
        // it, so nothing on screen moves (CLS 0).
        <main id="main" tabindex="-1" class=style::main node_ref=main_ref hidden=move || site.with(Option::is_none) && !failed.get()>
            <Show when=move || failed.get()>
                <LoadFailed on_retry=move || {
                    later.failed.set(None);
                    retries.update(|n| *n += 1);
                }/>
            </Show>
            <ScreenPage shown/>
        </main>
        <SiteFooter site=site/>
        <p class=style::visually_hidden aria-live="polite" aria-atomic="true">{announcement}</p>
    }
}

/// The page of the screen on view.
#[component]
fn ScreenPage(shown: Memo<Option<Screen>>) -> impl IntoView {
    move || shown.with(|screen| screen.as_ref().map(page_view))
}

/// Tells the router that the page of a new path is ready, so it writes the
/// address bar and scrolls as its links asked. Route components do this once
/// the route they matched has rendered; here the screen says what a path
/// shows, so there are no routes to match, and no route components: they
/// are 13 KB of WebAssembly (brotli) for one route matching every path.
fn complete_each_navigation() {
    #[cfg(target_arch = "wasm32")]
    if let Some(browser_url) = use_context::<leptos_router::location::BrowserUrl>() {
        use leptos_router::location::LocationProvider;
        let pathname = use_location().pathname;
        Effect::new(move |_| {
            pathname.track();
            browser_url.ready_to_complete();
        });
    }
}

/// `aria-busy` on the root element while a screen loads: assistive
/// technology waits for the update, and the stylesheet shows a progress bar.
fn mark_document_busy_while(busy: impl Fn() -> bool + 'static) {
    Effect::new(move |_| {
        let busy = busy();
        #[cfg(target_arch = "wasm32")]
        if let Some(root) = document().document_element() {
            let _ = if busy {
                root.set_attribute("aria-busy", "true")
            } else {
                root.remove_attribute("aria-busy")
            };
        }
        #[cfg(not(target_arch = "wasm32"))]
        let _ = busy;
    });
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
