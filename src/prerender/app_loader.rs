//! The script of a prerendered page — it runs the phone menu button until the
//! app takes over, then starts the app — in place of the
//! loader and preloads Trunk writes into `index.html`. Trunk's loader fetches
//! the app while the page is parsed, which suits an empty page; a prerendered
//! page is complete without it, and fetching the app then delays its first
//! paint (Lighthouse: LCP 1.15–2.2 s against 0.90 s for the same page without
//! scripts). `start_app.js` waits until the page has been painted.

/// The app's files as Trunk's `index.html` names them.
struct AppFiles<'a> {
    module: &'a str,
    module_integrity: &'a str,
    wasm: &'a str,
    wasm_integrity: &'a str,
}

const TRUNK_LOADER_START: &str = "<script type=\"module\">";
const TRUNK_IMPORT: &str = "import init, * as bindings from '";
const TRUNK_WASM: &str = "module_or_path: '";
const INTEGRITY: &str = "integrity=\"";

/// `head` (the part of Trunk's `<head>` after the title) with Trunk's loader
/// replaced by `start_app.js` and without the preloads of the module and the
/// WebAssembly, which the script fetches itself once the page is painted.
pub fn with_deferred_loader(head: &str) -> Result<String, String> {
    let (before, loader, after) = trunk_loader(head)?;
    let module =
        quoted(loader, TRUNK_IMPORT).ok_or("index.html: Trunk's loader imports no module")?;
    let wasm =
        quoted(loader, TRUNK_WASM).ok_or("index.html: Trunk's loader loads no WebAssembly")?;
    let (after, module_integrity) = take_preload(after, "<link rel=\"modulepreload\"", module);
    let (after, wasm_integrity) = take_preload(&after, "<link rel=\"preload\"", wasm);
    let files = AppFiles {
        module,
        module_integrity: &module_integrity,
        wasm,
        wasm_integrity: &wasm_integrity,
    };
    Ok(format!("{before}{}{after}", start_app_script(&files)))
}

/// Splits `head` around Trunk's inline module script.
fn trunk_loader(head: &str) -> Result<(&str, &str, &str), String> {
    let start = head
        .find(TRUNK_LOADER_START)
        .filter(|&start| head[start..].contains(TRUNK_IMPORT))
        .ok_or("index.html: no Trunk loader (`<script type=\"module\">import init …`)")?;
    let end = head[start..]
        .find("</script>")
        .map(|end| start + end + "</script>".len())
        .ok_or("index.html: Trunk's loader is not closed")?;
    Ok((&head[..start], &head[start..end], &head[end..]))
}

/// `html` without the `<link …>` tag that starts with `prefix` and names
/// `href`, and that tag's integrity hash (empty without one).
fn take_preload(html: &str, prefix: &str, href: &str) -> (String, String) {
    let href = format!("href=\"{href}\"");
    for (start, _) in html.match_indices(prefix) {
        let end = html[start..]
            .find('>')
            .map_or(html.len(), |e| start + e + 1);
        let link = &html[start..end];
        if link.contains(&href) {
            let without = format!("{}{}", &html[..start], &html[end..]);
            return (without, quoted(link, INTEGRITY).unwrap_or("").to_owned());
        }
    }
    (html.to_owned(), String::new())
}

/// The text between `opening` (which ends with a quote) and the next such quote.
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
        .replace("__GLUE_INTEGRITY__", files.module_integrity)
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
            "href: '/scrc/app-36edf3ec3b900a08.js', integrity: 'sha384-js'",
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
        assert!(head.contains("integrity: '',"), "{head}");
        assert!(head.contains("{ integrity: '' }"), "{head}");
    }
}
