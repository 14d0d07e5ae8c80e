//! The script of a prerendered page — it runs the phone menu button until the
//! app takes over, then starts the app — in place of the
//! loader and preloads Trunk writes into `index.html`. Trunk's loader fetches
//! the app while the page is parsed, which suits an empty page; a prerendered
//! page is complete without it, and fetching the app then delays its first
//! paint (Lighthouse: LCP 1.15–2.2 s against 0.90 s for the same page without
//! scripts). `start_app.js` waits until the page has been painted.

use std::cell::{Cell, RefCell};

use lol_html::html_content::ContentType;
use lol_html::{element, rewrite_str, RewriteStrSettings};

use super::html::script_texts;

/// The app's files as Trunk's `index.html` names them.
struct AppFiles<'a> {
    module: &'a str,
    wasm: &'a str,
    wasm_integrity: &'a str,
    /// Every module Trunk preloads (the app's, then the snippets it
    /// imports), with its integrity hash.
    module_preloads: Vec<(String, String)>,
}

const TRUNK_IMPORT: &str = "import init, * as bindings from '";
const TRUNK_WASM: &str = "module_or_path: '";

/// Trunk's `index.html` with Trunk's loader replaced by `start_app.js` and
/// without Trunk's preloads (the app's module and the snippets it imports,
/// the WebAssembly), which the script asks for itself once the page is
/// painted, with the same integrity hashes. Read and edited as HTML; only
/// the file names inside Trunk's (JavaScript) loader are read as text.
pub fn with_deferred_loader(html: &str) -> Result<String, String> {
    let found = read_trunk_files(html)?;
    let loader = found
        .loader
        .ok_or(
            "index.html: no Trunk loader (`<script type=\"module\">import init …`): not Trunk's output, or prerendered already",
        )?;
    let module =
        quoted(&loader.text, TRUNK_IMPORT).ok_or("index.html: Trunk's loader imports no module")?;
    let wasm = quoted(&loader.text, TRUNK_WASM)
        .ok_or("index.html: Trunk's loader loads no WebAssembly")?;
    let integrity_of = |href: &str| {
        found
            .preloads
            .iter()
            .find(|(h, _)| h == href)
            .map_or(String::new(), |(_, integrity)| integrity.clone())
    };
    let files = AppFiles {
        module,
        wasm,
        wasm_integrity: &integrity_of(wasm),
        module_preloads: found
            .preloads
            .iter()
            .filter(|(href, _)| href != wasm)
            .cloned()
            .collect(),
    };
    let script = start_app_script(&files);
    let inline_module = Cell::new(0);
    rewrite_str(
        html,
        RewriteStrSettings::new()
            .append_element_content_handler(element!(INLINE_MODULE, |el| {
                if inline_module.get() == loader.index {
                    el.replace(&script, ContentType::Html);
                }
                inline_module.set(inline_module.get() + 1);
                Ok(())
            }))
            .append_element_content_handler(element!(PRELOAD, |el| {
                el.remove();
                Ok(())
            })),
    )
    .map_err(|e| format!("index.html cannot be read as HTML: {e}"))
}

/// Inline module scripts, one of which is Trunk's loader.
const INLINE_MODULE: &str = "script[type=module]:not([src])";
/// The links that preload the app's modules and WebAssembly.
const PRELOAD: &str = "link[rel=modulepreload], link[rel=preload]";

struct TrunkLoader {
    /// Its place among the inline module scripts.
    index: usize,
    text: String,
}

/// What Trunk wrote into `index.html`: its loader, and each preload's href
/// with its integrity hash (empty without one).
struct TrunkFiles {
    loader: Option<TrunkLoader>,
    preloads: Vec<(String, String)>,
}

fn read_trunk_files(html: &str) -> Result<TrunkFiles, String> {
    let preloads = RefCell::new(Vec::new());
    rewrite_str(
        html,
        RewriteStrSettings::new().append_element_content_handler(element!(PRELOAD, |el| {
            if let Some(href) = el.get_attribute("href") {
                let integrity = el.get_attribute("integrity").unwrap_or_default();
                preloads.borrow_mut().push((href, integrity));
            }
            Ok(())
        })),
    )
    .map_err(|e| format!("index.html cannot be read as HTML: {e}"))?;
    let loader = script_texts(html, INLINE_MODULE)
        .map_err(|e| format!("index.html: {e}"))?
        .into_iter()
        .enumerate()
        .find(|(_, text)| text.contains(TRUNK_IMPORT))
        .map(|(index, text)| TrunkLoader { index, text });
    Ok(TrunkFiles {
        loader,
        preloads: preloads.into_inner(),
    })
}

/// The text between `opening` (which ends with a quote) and the next such
/// quote, in Trunk's loader (JavaScript).
fn quoted<'a>(text: &'a str, opening: &str) -> Option<&'a str> {
    let quote = opening.chars().last()?;
    let value = &text[text.find(opening)? + opening.len()..];
    Some(&value[..value.find(quote)?])
}

/// `start_app.js` with the app's files filled in, without its comment lines.
fn start_app_script(files: &AppFiles) -> String {
    let script: String = include_str!("start_app.js")
        .lines()
        .filter(|line| !line.trim_start().starts_with("//"))
        .map(|line| format!("{line}\n"))
        .collect();
    let script = script
        .replace(
            "__MODULE_PRELOADS__",
            &serde_json::to_string(&files.module_preloads).expect("strings serialize"),
        )
        .replace("__WASM_INTEGRITY__", files.wasm_integrity)
        .replace("__GLUE__", files.module)
        .replace("__WASM__", files.wasm)
        .replace("__NAV_ID__", crate::components::header::NAV_ID);
    format!("<script type=\"module\">\n{script}</script>")
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The head Trunk 0.21 writes (abridged).
    const TRUNK_HEAD: &str = "\n<script type=\"module\">\nimport init, * as bindings from '/scrc/app-36edf3ec3b900a08.js';\n\
        const wasm = await init({ module_or_path: '/scrc/app-36edf3ec3b900a08_bg.wasm' });\n\
        window.wasmBindings = bindings;\n</script>\n    <link rel=\"stylesheet\" href=\"/scrc/tokens-3d90.css\" integrity=\"sha384-css\"/>\n  \
        <link rel=\"modulepreload\" href=\"/scrc/app-36edf3ec3b900a08.js\" crossorigin=\"anonymous\" integrity=\"sha384-js\">\
        <link rel=\"modulepreload\" href=\"/scrc/snippets/app-1a2b/inline0.js\" crossorigin=\"anonymous\" integrity=\"sha384-snippet\">\
        <link rel=\"preload\" href=\"/scrc/app-36edf3ec3b900a08_bg.wasm\" crossorigin=\"anonymous\" integrity=\"sha384-wasm\" as=\"fetch\" type=\"application/wasm\">";

    #[test]
    fn trunks_loader_and_preloads_give_way_to_the_deferred_loader() {
        let head = with_deferred_loader(TRUNK_HEAD).unwrap();
        assert!(!head.contains("preload\" href"), "{head}");
        assert!(!head.contains("import init"), "{head}");
        assert!(head.contains(
            "<link rel=\"stylesheet\" href=\"/scrc/tokens-3d90.css\" integrity=\"sha384-css\"/>"
        ));
        assert_eq!(head.matches("<script").count(), 1);
        for filled in [
            "import('/scrc/app-36edf3ec3b900a08.js')",
            r#"[["/scrc/app-36edf3ec3b900a08.js","sha384-js"],["/scrc/snippets/app-1a2b/inline0.js","sha384-snippet"]]"#,
            "new Request('/scrc/app-36edf3ec3b900a08_bg.wasm', { integrity: 'sha384-wasm' })",
            "'largest-contentful-paint'",
            "document.querySelector('button[aria-controls=\"site-nav\"]')",
        ] {
            assert!(head.contains(filled), "{filled} not in {head}");
        }
        assert!(!head.contains("__"), "a name left unfilled: {head}");
        assert!(!head.contains("//"), "comments are not shipped: {head}");
    }

    #[test]
    fn a_head_without_trunks_loader_is_an_error() {
        let head = TRUNK_HEAD.replace("import init, * as bindings", "import start");
        assert!(with_deferred_loader(&head)
            .unwrap_err()
            .contains("no Trunk loader"));
        let head = TRUNK_HEAD.replace("module_or_path", "path");
        assert!(with_deferred_loader(&head)
            .unwrap_err()
            .contains("no WebAssembly"));
    }

    #[test]
    fn without_integrity_the_loader_asks_for_none() {
        let head = TRUNK_HEAD
            .replace(" integrity=\"sha384-js\"", "")
            .replace(" integrity=\"sha384-wasm\"", "");
        let head = with_deferred_loader(&head).unwrap();
        assert!(
            head.contains(r#"["/scrc/app-36edf3ec3b900a08.js",""]"#),
            "{head}"
        );
        assert!(head.contains("{ integrity: '' }"), "{head}");
    }
}
