//! The search results: a WebAssembly of its own, which only the search page
//! imports, and only when a visitor searches (`scrc_site::search`). It asks
//! the language's Pagefind script and writes each hit as elements and text,
//! never as HTML: the index's excerpts are read by
//! [`scrc_site::search::excerpt_runs`].

#[cfg(target_arch = "wasm32")]
mod browser {
    use std::cell::Cell;

    use js_sys::{Array, Promise, Reflect};
    use scrc_site::search::{excerpt_runs, fold_width, is_result_url, HITS_AT_ONCE};
    use wasm_bindgen::prelude::*;
    use wasm_bindgen_futures::JsFuture;
    use web_sys::{Document, Element, HtmlElement};

    // Pagefind's JavaScript API, on the module the search page imported.
    #[wasm_bindgen]
    extern "C" {
        pub type Pagefind;
        /// `{ results: [Hit] }`, best first.
        #[wasm_bindgen(method, catch)]
        async fn search(this: &Pagefind, query: &str) -> Result<JsValue, JsValue>;
        type Hit;
        /// `{ url, excerpt, meta: { title, section, date, datetime } }`.
        #[wasm_bindgen(method)]
        fn data(this: &Hit) -> Promise;
    }

    thread_local! {
        /// The latest search: one that a newer search overtakes writes nothing.
        static LATEST: Cell<u32> = const { Cell::new(0) };
    }

    /// Shows what `query` finds: in `region`'s first child (its status line)
    /// how many, or `no_results`; after it the first hits, and a button for
    /// the next ones.
    #[wasm_bindgen]
    #[allow(clippy::too_many_arguments)]
    pub async fn show(
        pagefind: Pagefind,
        region: HtmlElement,
        query: String,
        searching: String,
        results: String,
        no_results: String,
        more: String,
    ) -> Result<(), JsValue> {
        let this = LATEST.with(|latest| latest.get() + 1);
        LATEST.with(|latest| latest.set(this));
        let status = region.first_element_child().ok_or("no status line")?;
        while let Some(old) = status.next_element_sibling() {
            old.remove();
        }
        let query = fold_width(query.trim());
        if query.is_empty() {
            status.set_text_content(None);
            return Ok(());
        }
        status.set_text_content(Some(&searching));
        let found: Array = Reflect::get(&pagefind.search(&query).await?, &"results".into())?.into();
        if LATEST.with(Cell::get) != this {
            return Ok(());
        }
        let total = found.length();
        let summary = match total {
            0 => no_results,
            _ => results.replace("{count}", &total.to_string()),
        };
        status.set_text_content(Some(&summary));
        if total > 0 {
            let list = child(&document()?, &region, "ol", None)?;
            show_hits(list, found, 0, more).await?;
        }
        Ok(())
    }

    /// Appends hits `from..` (as many as [`HITS_AT_ONCE`]) to `list`, then a
    /// button for the next ones while some are left.
    async fn show_hits(
        list: Element,
        found: Array,
        from: u32,
        more: String,
    ) -> Result<(), JsValue> {
        let doc = document()?;
        let to = (from + HITS_AT_ONCE).min(found.length());
        // Their excerpts are fetched together, then all are shown at once.
        let loads: Array = (from..to)
            .map(|at| found.get(at).unchecked_into::<Hit>().data())
            .collect();
        let hits: Array = JsFuture::from(Promise::all(&loads)).await?.into();
        let mut first_link = None;
        for hit in hits.iter() {
            let url = text(&hit, &["url"]);
            if !is_result_url(&url) {
                continue;
            }
            let item = child(&doc, &list, "li", None)?;
            let heading = child(&doc, &item, "h2", None)?;
            let link = child(&doc, &heading, "a", Some(&text(&hit, &["meta", "title"])))?;
            link.set_attribute("href", &url)?;
            first_link.get_or_insert(link);
            let about = child(&doc, &item, "p", Some(&text(&hit, &["meta", "section"])))?;
            let date = text(&hit, &["meta", "date"]);
            if !date.is_empty() {
                about.append_with_str_1(" · ")?;
                let time = child(&doc, &about, "time", Some(&date))?;
                time.set_attribute("datetime", &text(&hit, &["meta", "datetime"]))?;
            }
            let excerpt = child(&doc, &item, "p", None)?;
            for (run, marked) in excerpt_runs(&text(&hit, &["excerpt"])) {
                if marked {
                    child(&doc, &excerpt, "mark", Some(&run))?;
                } else {
                    excerpt.append_with_str_1(&run)?;
                }
            }
        }
        // The button that asked for these is gone: the keyboard goes on from
        // the first of them.
        if from > 0 {
            if let Some(link) = first_link.and_then(|link| link.dyn_into::<HtmlElement>().ok()) {
                link.focus()?;
            }
        }
        if to < found.length() {
            more_button(&doc, list, found, to, more)?;
        }
        Ok(())
    }

    /// A button after the list that shows the next hits in its place.
    fn more_button(
        doc: &Document,
        list: Element,
        found: Array,
        from: u32,
        more: String,
    ) -> Result<(), JsValue> {
        let button = doc.create_element("button")?;
        button.set_attribute("type", "button")?;
        button.set_text_content(Some(&more));
        list.after_with_node_1(&button)?;
        let search = LATEST.with(Cell::get);
        let pressed = button.clone();
        // Called once: the button leaves the page when pressed.
        let on_click = Closure::once_into_js(move || {
            pressed.remove();
            if LATEST.with(Cell::get) == search {
                wasm_bindgen_futures::spawn_local(async move {
                    let _ = show_hits(list, found, from, more).await;
                });
            }
        });
        button.add_event_listener_with_callback("click", on_click.unchecked_ref())
    }

    fn document() -> Result<Document, JsValue> {
        web_sys::window()
            .and_then(|w| w.document())
            .ok_or(JsValue::NULL)
    }

    /// The string at `path` in `value`, or "" (never another type's text).
    fn text(value: &JsValue, path: &[&str]) -> String {
        path.iter()
            .try_fold(value.clone(), |value, name| {
                Reflect::get(&value, &JsValue::from_str(name)).ok()
            })
            .and_then(|value| value.as_string())
            .unwrap_or_default()
    }

    fn child(
        doc: &Document,
        parent: &Element,
        tag: &str,
        text: Option<&str>,
    ) -> Result<Element, JsValue> {
        let element = doc.create_element(tag)?;
        element.set_text_content(text);
        parent.append_child(&element)?;
        Ok(element)
    }
}

fn main() {}
