//! The document head of the page on view: `<html lang>`, the title and the
//! page's `<meta>` and `<link>` tags. Each page states its whole head at once
//! ([`show_head`]): in the browser it replaces the previous page's tags; on
//! the host the prerender reads it back from the render ([`RenderedHead`]) and
//! writes it as HTML. (leptos_meta did this with 7.7 KB more WebAssembly: its
//! tags are components that can come from anywhere in the tree, which a head
//! made by one component per page does not need.)

use crate::lang::Lang;

/// The web app manifest at the site's root: written by `site_files`, linked
/// from every page's head.
pub const MANIFEST_FILE: &str = "manifest.json";
/// The browser's colour for its own chrome around the site, in the head and
/// the manifest: the light theme's `--color-accent` (style/tokens.css).
pub const THEME_COLOR: &str = "#0b6e8a";

/// One `<meta>` or `<link>`: its element name and attributes, in order.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct HeadTag {
    pub element: &'static str,
    pub attributes: Vec<(&'static str, String)>,
}

impl HeadTag {
    /// `<meta name="…" content="…">` (`key` is `name` or, for Open Graph, `property`).
    pub fn meta(key: &'static str, value: &str, content: impl Into<String>) -> Self {
        HeadTag {
            element: "meta",
            attributes: vec![(key, value.to_owned()), ("content", content.into())],
        }
    }

    /// `<link rel="…" href="…">`, more attributes added with [`HeadTag::with`].
    pub fn link(rel: &str, href: impl Into<String>) -> Self {
        HeadTag {
            element: "link",
            attributes: vec![("rel", rel.to_owned()), ("href", href.into())],
        }
    }

    pub fn with(mut self, name: &'static str, value: impl Into<String>) -> Self {
        self.attributes.push((name, value.into()));
        self
    }
}

/// Everything a page puts in the document's head.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Head {
    /// The language of the text on screen, for `<html lang>`.
    pub lang: Lang,
    pub title: String,
    pub tags: Vec<HeadTag>,
}

/// Makes `head` the document's head: called once by each page as it renders.
pub fn show_head(head: Head) {
    #[cfg(target_arch = "wasm32")]
    browser::show(head);
    #[cfg(not(target_arch = "wasm32"))]
    if let Some(RenderedHead(rendered)) = leptos::prelude::use_context::<RenderedHead>() {
        *rendered.lock().unwrap_or_else(|e| e.into_inner()) = Some(head);
    }
}

/// Where a render on the host leaves the head its page showed, for the prerender.
#[cfg(not(target_arch = "wasm32"))]
#[derive(Clone, Default)]
pub struct RenderedHead(pub std::sync::Arc<std::sync::Mutex<Option<Head>>>);

#[cfg(not(target_arch = "wasm32"))]
impl Head {
    /// The tags as HTML, their values escaped as attribute values.
    pub fn tags_html(&self) -> String {
        self.tags
            .iter()
            .map(|tag| {
                let attributes: String = tag
                    .attributes
                    .iter()
                    .map(|(name, value)| {
                        format!(" {name}=\"{}\"", htmlize::escape_attribute(value))
                    })
                    .collect();
                format!("<{}{attributes}>", tag.element)
            })
            .collect()
    }
}

#[cfg(target_arch = "wasm32")]
mod browser {
    use std::cell::RefCell;

    use super::Head;

    thread_local! {
        /// The tags the app added for the page on view, removed for the next.
        static SHOWN: RefCell<Vec<web_sys::Element>> = const { RefCell::new(Vec::new()) };
    }

    pub fn show(head: Head) {
        let Some(document) = web_sys::window().and_then(|w| w.document()) else {
            return;
        };
        if let Some(root) = document.document_element() {
            let _ = root.set_attribute("lang", head.lang.bcp47());
        }
        document.set_title(&head.title);
        let Some(parent) = document.head() else {
            return;
        };
        let added: Vec<_> = head
            .tags
            .iter()
            .filter_map(|tag| {
                let element = document.create_element(tag.element).ok()?;
                for (name, value) in &tag.attributes {
                    let _ = element.set_attribute(name, value);
                }
                parent.append_child(&element).ok()?;
                Some(element)
            })
            .collect();
        for old in SHOWN.replace(added) {
            old.remove();
        }
    }
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;

    #[test]
    fn a_value_cannot_leave_its_attribute() {
        let head = Head {
            lang: Lang::En,
            title: String::new(),
            tags: vec![HeadTag::link("alternate", "/feed?a=1&b=2")
                .with("title", "\"><script>alert(1)</script>")],
        };
        let html = head.tags_html();
        assert_eq!(html.matches('<').count(), 1, "{html}");
        assert!(!html.contains("\"><"), "{html}");
        assert!(html.starts_with("<link rel=\"alternate\" href=\"/feed?a=1&amp;b=2\" title=\""));
    }
}
