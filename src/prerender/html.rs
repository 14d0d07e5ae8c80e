//! The prerender's edits of HTML, made with a real HTML rewriter (lol_html)
//! rather than by searching strings: a change in how Trunk or Leptos writes
//! their HTML, or a content string that looks like a tag, cannot make an
//! edit land in the wrong place. Values that come from the renderer (the
//! title, head tags, body) are inserted as the HTML it already escaped.

use std::cell::RefCell;

use lol_html::html_content::ContentType;
use lol_html::{element, rewrite_str, text, RewriteStrSettings};

/// An attribute as written in HTML: its name and its (escaped) value.
pub type Attribute = (String, String);

/// The text of every `<script>` that `selector` matches, in document order:
/// exactly the characters a browser runs (and hashes for the CSP).
pub fn script_texts(html: &str, selector: &str) -> Result<Vec<String>, String> {
    let scripts = RefCell::new(Vec::<String>::new());
    rewrite_str(
        html,
        RewriteStrSettings::new()
            .append_element_content_handler(element!(selector, |_| {
                scripts.borrow_mut().push(String::new());
                Ok(())
            }))
            .append_element_content_handler(text!(selector, |chunk| {
                if let Some(text) = scripts.borrow_mut().last_mut() {
                    text.push_str(chunk.as_str());
                }
                Ok(())
            })),
    )
    .map_err(|e| format!("HTML cannot be read: {e}"))?;
    Ok(scripts.into_inner())
}

/// What [`fill_template`] puts into the template.
pub struct Filling<'a> {
    pub html_attributes: &'a [Attribute],
    /// The title's escaped text; empty keeps the template's.
    pub title: &'a str,
    /// HTML appended at the end of `<head>`.
    pub head_end: &'a str,
    /// HTML that becomes the whole `<body>`.
    pub body: &'a str,
}

/// Trunk's `index.html` with the page filled in: attributes set on `<html>`,
/// the title replaced, tags appended to the head, the empty body filled.
pub fn fill_template(template: &str, filling: &Filling) -> Result<String, String> {
    let seen = RefCell::new(Vec::new());
    let body_had_content = RefCell::new(false);
    let filled = rewrite_str(
        template,
        RewriteStrSettings::new()
            .append_element_content_handler(element!("html", |el| {
                seen.borrow_mut().push("html");
                for (name, value) in filling.html_attributes {
                    el.set_attribute(name, value)?;
                }
                Ok(())
            }))
            .append_element_content_handler(element!("head > title", |el| {
                seen.borrow_mut().push("title");
                if !filling.title.is_empty() {
                    el.set_inner_content(filling.title, ContentType::Html);
                }
                Ok(())
            }))
            .append_element_content_handler(element!("head", |el| {
                seen.borrow_mut().push("head");
                el.append(filling.head_end, ContentType::Html);
                Ok(())
            }))
            .append_element_content_handler(element!("body", |el| {
                seen.borrow_mut().push("body");
                el.set_inner_content(filling.body, ContentType::Html);
                Ok(())
            }))
            .append_element_content_handler(element!("body *", |_| {
                *body_had_content.borrow_mut() = true;
                Ok(())
            })),
    )
    .map_err(|e| format!("index.html cannot be read as HTML: {e}"))?;
    for tag in ["html", "head", "title", "body"] {
        if !seen.borrow().contains(&tag) {
            return Err(format!("index.html: no `<{tag}>`"));
        }
    }
    if body_had_content.into_inner() {
        return Err(
            "index.html: the body is not empty: not Trunk's output, or prerendered already".into(),
        );
    }
    Ok(filled)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn markup_that_only_looks_like_tags_is_not_edited() {
        // A comment and a script that mention `<body>` and `</head>`: a
        // string search would have filled those instead of the real ones.
        let template = "<!doctype html><html lang=\"en\"><head><title>T</title>\
            <!-- <body></body> --><script>const s = '</head><body></body>';</script></head><body></body></html>";
        let filled = fill_template(
            template,
            &Filling {
                html_attributes: &[("lang".into(), "zh-CN".into())],
                title: "新",
                head_end: "<meta name=\"x\">",
                body: "<main>m</main>",
            },
        )
        .unwrap();
        assert_eq!(
            filled,
            "<!doctype html><html lang=\"zh-CN\"><head><title>新</title>\
            <!-- <body></body> --><script>const s = '</head><body></body>';</script><meta name=\"x\"></head><body><main>m</main></body></html>"
        );
    }
}
