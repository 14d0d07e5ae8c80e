//! Site search: what the app, the results module and the build agree on.
//! The index of each language is a Pagefind bundle under `/pagefind/{lang}/`,
//! built from the content (`search_index`, host only). The search page hands
//! the query to the results module (`src/bin/search_results.rs`), which asks
//! the bundle through Pagefind's own script and writes the hits: both are
//! loaded only when a visitor searches.

use crate::content::SearchPage;
use crate::deploy::site_path;
use crate::lang::Lang;

/// The folder of a language's search bundle, with a trailing `/`.
pub fn bundle_path(lang: Lang) -> String {
    site_path(&format!("/pagefind/{}/", lang.code()))
}

/// Full-width Latin letters and digits (`ＳＥＣＣＲ`, `２０１９`) as their
/// ASCII forms, so either form finds the other: applied to the indexed text
/// and to every query. Full-width punctuation, which Chinese text uses, stays.
pub fn fold_width(text: &str) -> String {
    text.chars()
        .map(|c| match c {
            '０'..='９' | 'Ａ'..='Ｚ' | 'ａ'..='ｚ' => {
                char::from_u32(c as u32 - 0xFEE0).unwrap_or(c)
            }
            '\u{3000}' => ' ',
            c => c,
        })
        .collect()
}

/// How many hits the results show at first, and then at each "more", as
/// Pagefind's own interface does: each costs a request for its excerpt,
/// which a slow phone feels.
pub const HITS_AT_ONCE: u32 = 5;

/// Whether a hit's URL may be linked: a path on this site, never another
/// origin (`//host`, `/\host`) or a scheme (`javascript:`), whatever the
/// index holds.
pub fn is_result_url(url: &str) -> bool {
    url.starts_with('/')
        && !url.starts_with("//")
        && !url.contains(|c: char| c == '\\' || c.is_control() || c.is_whitespace())
}

/// The file of the results module, which Trunk builds from
/// `src/bin/search_results.rs` (see `index.html`).
pub const RESULTS_MODULE: &str = "/search-results.js";

/// Shows what `query` finds in `lang` in `results`, whose first child is the
/// status line (the count, or that nothing matched); the hits go after it,
/// in the words of the search page's file (`text`).
/// The results module is imported on first use and then kept by the
/// browser; an `Err` is a module or bundle that did not load.
#[cfg(target_arch = "wasm32")]
pub async fn show_results(
    results: &web_sys::HtmlElement,
    lang: Lang,
    query: &str,
    text: &SearchPage,
) -> Result<(), wasm_bindgen::JsValue> {
    let module = site_path(RESULTS_MODULE);
    let bundle = bundle_path(lang);
    show_in(
        &module,
        &bundle,
        results,
        query,
        &text.searching,
        &text.results,
        &text.no_results,
        &text.more,
    )
    .await
    .map(drop)
}

/// On the host the page is prerendered without results: there is no query.
#[cfg(not(target_arch = "wasm32"))]
pub async fn show_results<R>(
    _results: &R,
    _lang: Lang,
    _query: &str,
    _text: &SearchPage,
) -> Result<(), ()> {
    Ok(())
}

// Both paths are only known at run time: `import()` the results module and
// the language's Pagefind script together, start the one, hand it the other.
#[cfg(target_arch = "wasm32")]
#[wasm_bindgen::prelude::wasm_bindgen(inline_js = r#"
export async function showIn(module, bundle, ...args) {
  const [results, pagefind] = await Promise.all([import(module), import(bundle + 'pagefind.js')]);
  // The index holds each page's full path already.
  await pagefind.options({ baseUrl: '/' });
  await results.default();
  await results.show(pagefind, ...args);
}
"#)]
extern "C" {
    #[wasm_bindgen(catch, js_name = showIn)]
    async fn show_in(
        module: &str,
        bundle: &str,
        results: &web_sys::HtmlElement,
        query: &str,
        searching: &str,
        count: &str,
        no_results: &str,
        more: &str,
    ) -> Result<wasm_bindgen::JsValue, wasm_bindgen::JsValue>;
}

/// An excerpt as runs of text, each marked (a matched word) or not. Only
/// `<mark>` and `</mark>` are read as structure; everything else is text with
/// HTML's basic character references decoded, so nothing in the index can
/// become markup on the page.
pub fn excerpt_runs(excerpt: &str) -> Vec<(String, bool)> {
    let mut runs = Vec::new();
    let mut marked = false;
    let mut rest = excerpt;
    loop {
        let tag = if marked { "</mark>" } else { "<mark>" };
        let (text, next) = match rest.find(tag) {
            Some(at) => (&rest[..at], Some(&rest[at + tag.len()..])),
            None => (rest, None),
        };
        if !text.is_empty() {
            runs.push((decode_references(text), marked));
        }
        let Some(next) = next else { return runs };
        rest = next;
        marked = !marked;
    }
}

fn decode_references(text: &str) -> String {
    text.replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&#39;", "'")
        .replace("&#x27;", "'")
        .replace("&amp;", "&")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn full_width_letters_and_digits_fold_but_chinese_punctuation_stays() {
        assert_eq!(fold_width("ＳＥＣＣＲ　２０１９"), "SECCR 2019");
        assert_eq!(fold_width("伦理委员会，成立。"), "伦理委员会，成立。");
    }

    #[test]
    fn an_excerpt_is_text_and_marks_only() {
        assert_eq!(
            excerpt_runs("the <mark>ethics</mark> committee &lt;b&gt; &amp; <mark>review</mark>"),
            [
                ("the ".to_owned(), false),
                ("ethics".to_owned(), true),
                (" committee <b> & ".to_owned(), false),
                ("review".to_owned(), true),
            ]
        );
        // Markup other than marks stays text; an unclosed mark ends the excerpt.
        assert_eq!(
            excerpt_runs("<img src=x onerror=alert(1)> <mark>伦理"),
            [
                ("<img src=x onerror=alert(1)> ".to_owned(), false),
                ("伦理".to_owned(), true),
            ]
        );
        assert_eq!(excerpt_runs(""), []);
    }

    #[test]
    fn only_paths_on_this_site_are_linked() {
        for url in ["/en/news/seccr-founded", "/zh/contact"] {
            assert!(is_result_url(url), "{url}");
        }
        for url in [
            "//evil.example/x",
            "/\\evil.example",
            "https://evil.example/",
            "javascript:alert(1)",
            "/en/\nx",
            "",
        ] {
            assert!(!is_result_url(url), "{url}");
        }
    }
}
