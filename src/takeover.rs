//! Taking over a prerendered page (`src/prerender`) without a visible change.
//!
//! The app does not hydrate: it renders itself fresh, from the content the page
//! embeds, so its first render is already complete, then replaces the
//! prerendered nodes and head tags before the next frame. The browser paints
//! nothing in between, so the page does not flash or move, and scroll stays
//! where it was; focus moves to the same element in the new DOM. Replacing
//! rather than hydrating keeps the WebAssembly free of hydration code and lets
//! any host answer any URL with any prerendered page (a 404 page for an
//! unknown path, say) without a mismatch to reconcile. Browser only.

use wasm_bindgen::JsCast;
use web_sys::{Document, HtmlElement, Node};

use crate::components::header::NAV_ID;
use crate::loader::{embed, known_missing};
use crate::prerendered::{CONTENT_SCRIPT_ID, HEAD_END, HEAD_START, NOT_FOUND_MARK};
use crate::routes::{lang_of_path, Route};
use crate::screen::ScreenKey;

/// On the 404 page, served at the URL of a press release or an archive page
/// that does not exist: that item's file is missing, so the app shows the
/// 404 page at once instead of asking for the file.
fn tell_loader_what_is_missing(document: &Document) {
    let Some(path) = document.location().and_then(|l| l.pathname().ok()) else {
        return;
    };
    let Some(lang) = lang_of_path(&path) else {
        return;
    };
    let key = ScreenKey {
        lang,
        route: Route::of_path(&path),
    };
    if let Some(url) = key.item_url() {
        known_missing(url);
    }
}

/// Runs `start` once the prerendered page has loaded and the browser is idle:
/// `load`, then an idle callback, then two animation frames. The page's
/// loader has already waited for its paint (src/prerender/app_loader.rs);
/// waiting for idle time as well shortens the one long task of starting the
/// app, which Lighthouse counts as blocking: at 4× CPU throttling, total
/// blocking time 93–160 ms on five routes, against 204–430 ms when starting
/// right after the WebAssembly is instantiated. Until then the page is fully
/// usable: its links load the other prerendered pages, and the page's own
/// script runs the phone menu button (src/prerender/start_app.js).
pub fn after_page_painted(start: fn()) {
    use leptos::prelude::{document, request_animation_frame, window_event_listener};
    let when_loaded =
        move || when_idle(move || request_animation_frame(move || request_animation_frame(start)));
    if document().ready_state() == "complete" {
        when_loaded();
    } else {
        // `load` fires once; the listener is left in place.
        let _ = window_event_listener(leptos::ev::load, move |_| when_loaded());
    }
}

/// `requestIdleCallback` (at most 2 s away), or 200 ms where there is none.
fn when_idle(run: impl FnOnce() + 'static) {
    use std::time::Duration;
    use wasm_bindgen::closure::Closure;

    let window = leptos::prelude::window();
    let has_idle_callback =
        js_sys::Reflect::has(&window, &"requestIdleCallback".into()).unwrap_or(false);
    if has_idle_callback {
        let options = web_sys::IdleRequestOptions::new();
        options.set_timeout(2000);
        let callback = Closure::once_into_js(run);
        let _ = window.request_idle_callback_with_options(callback.unchecked_ref(), &options);
    } else {
        leptos::prelude::set_timeout(run, Duration::from_millis(200));
    }
}

/// The prerendered page the app is about to replace.
pub struct Prerendered {
    document: Document,
    nodes: Vec<Node>,
    /// Element-child indices from `<body>` down to the focused element.
    focus_path: Option<Vec<u32>>,
    /// Where the page was scrolled to, set again after the swap in case the
    /// browser's scroll anchoring moved it while the nodes above changed.
    scroll: (f64, f64),
}

/// Before the app mounts: hands the page's embedded content to the loader and
/// notes what to replace, what has focus and where the page is scrolled.
/// `None` on a page that was not prerendered (`trunk serve`).
pub fn prepare() -> Option<Prerendered> {
    let document = web_sys::window()?.document()?;
    let script = document.get_element_by_id(CONTENT_SCRIPT_ID)?;
    match js_sys::JSON::parse(&script.text_content().unwrap_or_default()) {
        Ok(content) => {
            for entry in js_sys::Object::entries(content.unchecked_ref()).iter() {
                let entry: js_sys::Array = entry.unchecked_into();
                if let Some(url) = entry.get(0).as_string() {
                    embed(url, entry.get(1));
                }
            }
        }
        // The app then fetches the files, as on any later page.
        Err(e) => leptos::logging::warn!(
            "embedded content does not parse: {}",
            crate::loader::js_error_message(e)
        ),
    }
    if script.has_attribute(NOT_FOUND_MARK) {
        tell_loader_what_is_missing(&document);
    }
    let body = document.body()?;
    let child_nodes = body.child_nodes();
    let nodes = (0..child_nodes.length())
        .filter_map(|i| child_nodes.item(i))
        .collect();
    let focus_path = document
        .active_element()
        .and_then(|focused| element_path(&body, &focused));
    let window = web_sys::window()?;
    let scroll = (
        window.scroll_x().unwrap_or(0.0),
        window.scroll_y().unwrap_or(0.0),
    );
    Some(Prerendered {
        document,
        nodes,
        focus_path,
        scroll,
    })
}

impl Prerendered {
    /// After the app has mounted next to the prerendered nodes, waits (in
    /// microtasks, so before the next frame) until its page is in place — the
    /// router renders its routes in a task of its own — then [`Self::replace`]s.
    /// Gives up waiting after a few turns: the page then differs anyway.
    pub async fn replace_when_rendered(self) {
        for _ in 0..16 {
            if self.app_has_rendered() {
                break;
            }
            leptos::task::tick().await;
        }
        self.replace();
    }

    /// Whether the app's `<main>` holds as many elements as the prerendered one.
    fn app_has_rendered(&self) -> bool {
        let count = |main: Option<Node>| {
            main.and_then(|m| m.dyn_into::<web_sys::Element>().ok())
                .and_then(|m| m.query_selector_all("*").ok())
                .map(|all| all.length())
        };
        let Ok(mains) = self.document.query_selector_all("main") else {
            return true;
        };
        mains.length() == 2 && count(mains.item(0)) == count(mains.item(1))
    }

    /// After the app has mounted next to the prerendered nodes: removes them
    /// and the prerendered head tags, focuses the app's copy of the element
    /// that had focus and keeps the scroll position.
    pub fn replace(self) {
        let menu_open = self.menu_button_expanded();
        for node in &self.nodes {
            if let Some(parent) = node.parent_node() {
                let _ = parent.remove_child(node);
            }
        }
        if let Some(head) = self.document.head() {
            remove_prerendered_head(&head);
        }
        let target = self
            .focus_path
            .as_deref()
            .zip(self.document.body())
            .and_then(|(path, body)| follow_path(body.unchecked_into(), path));
        if let Some(element) = target.and_then(|e| e.dyn_into::<HtmlElement>().ok()) {
            crate::app::focus_without_scrolling(&element);
        }
        if menu_open {
            // The app's own handler opens its menu, in this task.
            if let Some(button) = self.menu_button() {
                button.click();
            }
        }
        if let Some(window) = web_sys::window() {
            window.scroll_to_with_x_and_y(self.scroll.0, self.scroll.1);
        }
    }

    /// Whether the visitor opened the phone menu of the prerendered page (its
    /// script runs the button until the app takes over).
    fn menu_button_expanded(&self) -> bool {
        self.menu_button()
            .is_some_and(|button| button.get_attribute("aria-expanded").as_deref() == Some("true"))
    }

    /// The first menu button in the document: the prerendered page's while
    /// its nodes are there, the app's after.
    fn menu_button(&self) -> Option<HtmlElement> {
        let selector = format!("button[aria-controls=\"{NAV_ID}\"]");
        self.document
            .query_selector(&selector)
            .ok()
            .flatten()
            .and_then(|button| button.dyn_into().ok())
    }
}

/// The element-child indices from `root` to `element`, if it is inside `root`.
fn element_path(root: &HtmlElement, element: &web_sys::Element) -> Option<Vec<u32>> {
    let mut path = Vec::new();
    let mut current = element.clone();
    while !current.is_same_node(Some(root)) {
        let parent = current.parent_element()?;
        let siblings = parent.children();
        let index = (0..siblings.length()).find(|&i| {
            siblings
                .item(i)
                .is_some_and(|s| s.is_same_node(Some(&current)))
        })?;
        path.push(index);
        current = parent;
    }
    path.reverse();
    (!path.is_empty()).then_some(path)
}

fn follow_path(root: web_sys::Element, path: &[u32]) -> Option<web_sys::Element> {
    path.iter()
        .try_fold(root, |element, &index| element.children().item(index))
}

/// Removes the nodes between the `<!--prerendered-head-->` comments.
fn remove_prerendered_head(head: &web_sys::HtmlHeadElement) {
    let is_comment = |node: &Node, text: &str| {
        node.node_type() == Node::COMMENT_NODE && node.text_content().as_deref() == Some(text)
    };
    let mut inside = false;
    let mut child = head.first_child();
    while let Some(node) = child {
        child = node.next_sibling();
        let start = is_comment(&node, HEAD_START);
        let end = is_comment(&node, HEAD_END);
        if start {
            inside = true;
        }
        if inside {
            let _ = head.remove_child(&node);
        }
        if end {
            inside = false;
        }
    }
}
