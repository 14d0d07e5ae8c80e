//! The search results: a WebAssembly of its own, which only the search page
//! imports, and only when a visitor searches (`scrc_site::search`). It asks
//! the language's Pagefind bundle and writes each hit as elements and text,
//! never as HTML: the index's excerpts are read by
//! [`scrc_site::search::excerpt_runs`].

#[cfg(target_arch = "wasm32")]
mod browser {
    use std::cell::Cell;

    use scrc_site::search::{excerpt_runs, fold_width, is_result_url, HITS_AT_ONCE};
    use wasm_bindgen::prelude::*;
    use web_sys::{Document, Element, HtmlElement};

    #[wasm_bindgen(module = "/src/bin/pagefind_bridge.js")]
    extern "C" {
        #[wasm_bindgen(catch)]
        async fn search(bundle: &str, query: &str) -> Result<js_sys::Array, JsValue>;
        #[wasm_bindgen(catch)]
        async fn hits(results: &js_sys::Array, from: u32, to: u32) -> Result<js_sys::Array, JsValue>;
    }

    thread_local! {
        /// The latest search: one that a newer search overtakes writes nothing.
        static LATEST: Cell<u32> = const { Cell::new(0) };
    }

    /// Shows what `query` finds in the bundle: in `status` how many (or
    /// `no_results`), in `list` the first hits, and a button for the next.
    #[wasm_bindgen]
    #[allow(clippy::too_many_arguments)]
    pub async fn show(
        status: HtmlElement,
        list: HtmlElement,
        bundle: String,
        query: String,
        searching: String,
        results: String,
        no_results: String,
        more: String,
    ) -> Result<(), JsValue> {
        let this = LATEST.with(|latest| latest.get() + 1);
        LATEST.with(|latest| latest.set(this));
        list.set_text_content(None);
        let query = fold_width(query.trim());
        if query.is_empty() {
            status.set_text_content(None);
            return Ok(());
        }
        status.set_text_content(Some(&searching));
        let found = search(&bundle, &query).await?;
        if LATEST.with(Cell::get) != this {
            return Ok(());
        }
        let total = found.length();
        let summary = if total == 0 { no_results } else { results.replace("{count}", &total.to_string()) };
        status.set_text_content(Some(&summary));
        if total > 0 {
            let ol = child(&document()?, &list, "ol", None)?;
            show_hits(ol, found, 0, more).await?;
        }
        Ok(())
    }

    /// Appends hits `from..` (as many as [`HITS_AT_ONCE`]) to `ol`, then a
    /// button for the next ones while some are left.
    async fn show_hits(ol: Element, found: js_sys::Array, from: u32, more: String) -> Result<(), JsValue> {
        let doc = document()?;
        let to = (from + HITS_AT_ONCE).min(found.length());
        let mut first_link = None;
        for hit in hits(&found, from, to).await?.iter() {
            let url = field(&hit, "url");
            if !is_result_url(&url) {
                continue;
            }
            let item = child(&doc, &ol, "li", None)?;
            let heading = child(&doc, &item, "h2", None)?;
            let link = child(&doc, &heading, "a", Some(&field(&hit, "title")))?;
            link.set_attribute("href", &url)?;
            first_link.get_or_insert(link);
            let meta = child(&doc, &item, "p", Some(&field(&hit, "section")))?;
            let date = field(&hit, "date");
            if !date.is_empty() {
                meta.append_with_str_1(" · ")?;
                child(&doc, &meta, "time", Some(&date))?.set_attribute("datetime", &field(&hit, "datetime"))?;
            }
            let excerpt = child(&doc, &item, "p", None)?;
            for (text, marked) in excerpt_runs(&field(&hit, "excerpt")) {
                if marked {
                    child(&doc, &excerpt, "mark", Some(&text))?;
                } else {
                    excerpt.append_with_str_1(&text)?;
                }
            }
        }
        if from > 0 {
            // The button that asked for these is gone: the keyboard goes on
            // from the first of them.
            if let Some(link) = first_link.and_then(|link| link.dyn_into::<HtmlElement>().ok()) {
                link.focus()?;
            }
        }
        if to < found.length() {
            more_button(&doc, ol, found, to, more)?;
        }
        Ok(())
    }

    /// A button after the list that shows the next hits in its place.
    fn more_button(doc: &Document, ol: Element, found: js_sys::Array, from: u32, more: String) -> Result<(), JsValue> {
        let button = doc.create_element("button")?;
        button.set_attribute("type", "button")?;
        button.set_text_content(Some(&more));
        ol.after_with_node_1(&button)?;
        let search = LATEST.with(Cell::get);
        let pressed = button.clone();
        let on_click = Closure::once_into_js(move || {
            pressed.remove();
            if LATEST.with(Cell::get) == search {
                wasm_bindgen_futures::spawn_local(async move {
                    let _ = show_hits(ol, found, from, more).await;
                });
            }
        });
        button.add_event_listener_with_callback("click", on_click.unchecked_ref())
    }

    fn document() -> Result<Document, JsValue> {
        web_sys::window().and_then(|w| w.document()).ok_or(JsValue::NULL)
    }

    fn field(value: &JsValue, name: &str) -> String {
        js_sys::Reflect::get(value, &JsValue::from_str(name))
            .ok()
            .and_then(|v| v.as_string())
            .unwrap_or_default()
    }

    fn child(doc: &Document, parent: &Element, tag: &str, text: Option<&str>) -> Result<Element, JsValue> {
        let element = doc.create_element(tag)?;
        element.set_text_content(text);
        parent.append_child(&element)?;
        Ok(element)
    }
}

fn main() {}
