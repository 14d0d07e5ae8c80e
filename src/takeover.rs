//! Taking over a prerendered page (`src/prerender`) without a visible change.
//!
//! The app does not hydrate: it renders itself fresh, from the content the page
//! embeds, so its first render is already complete, then replaces the
//! prerendered nodes and head tags in the same task. The browser paints
//! nothing in between, so the page does not flash or move, and scroll stays
//! where it was; focus moves to the same element in the new DOM. Replacing
//! rather than hydrating keeps the WebAssembly free of hydration code and lets
//! any host answer any URL with any prerendered page (a 404 page for an
//! unknown path, say) without a mismatch to reconcile. Browser only.

use wasm_bindgen::JsCast;
use web_sys::{Document, HtmlElement, Node};

use crate::loader::embed;

/// Must match `src/prerender` (host-only, so not importable here).
const CONTENT_SCRIPT_ID: &str = "prerendered-content";
const HEAD_START: &str = "prerendered-head";
const HEAD_END: &str = "/prerendered-head";

/// The prerendered page the app is about to replace.
pub struct Prerendered {
    document: Document,
    nodes: Vec<Node>,
    /// Element-child indices from `<body>` down to the focused element.
    focus_path: Option<Vec<u32>>,
}

/// Before the app mounts: hands the page's embedded content to the loader and
/// notes what to replace. `None` on a page that was not prerendered (`trunk serve`).
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
        Err(e) => leptos::logging::warn!("embedded content does not parse: {e:?}"),
    }
    let body = document.body()?;
    let child_nodes = body.child_nodes();
    let nodes = (0..child_nodes.length())
        .filter_map(|i| child_nodes.item(i))
        .collect();
    let focus_path = document
        .active_element()
        .and_then(|focused| element_path(&body, &focused));
    Some(Prerendered {
        document,
        nodes,
        focus_path,
    })
}

impl Prerendered {
    /// After the app has mounted next to the prerendered nodes: removes them
    /// and the prerendered head tags, and focuses the app's copy of the element
    /// that had focus.
    pub fn replace(self) {
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
            .zip(self.document.body())
            .and_then(|(path, body)| follow_path(body.unchecked_into(), &path));
        if let Some(element) = target.and_then(|e| e.dyn_into::<HtmlElement>().ok()) {
            let options = web_sys::FocusOptions::new();
            options.set_prevent_scroll(true);
            let _ = element.focus_with_options(&options);
        }
    }
}

/// The element-child indices from `root` to `element`, if it is inside `root`.
fn element_path(root: &HtmlElement, element: &web_sys::Element) -> Option<Vec<u32>> {
    let mut path = Vec::new();
    let mut current = element.clone();
    while !current.is_same_node(Some(root)) {
        let parent = current.parent_element()?;
        let siblings = parent.children();
        let index = (0..siblings.length())
            .find(|&i| siblings.item(i).is_some_and(|s| s.is_same_node(Some(&current))))?;
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
