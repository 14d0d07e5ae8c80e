//! The list of pages a build wrote, for the browser tests and the bench: each
//! page's URL, file, language, kind, section and the content files it embeds. Written
//! beside the output folder (`dist.pages.json` for `dist/`), never inside it,
//! so it does not ship; the tests read routes from it instead of keeping lists
//! of their own that the next press release would make wrong.

use std::path::{Path, PathBuf};

use serde_json::{json, Value};

use super::{screen_key, Rendered, Target};
use crate::routes::{lang_of_path, Route};

/// Where the manifest of the build in `dist` goes: `{dist}.pages.json`.
pub fn manifest_path(dist: &Path) -> PathBuf {
    let name = dist
        .file_name()
        .map_or_else(|| "dist".into(), |n| n.to_string_lossy().into_owned());
    dist.with_file_name(format!("{name}.pages.json"))
}

/// One page of the manifest.
pub fn manifest_entry(target: &Target, page: &Rendered) -> Value {
    let key = screen_key(&target.url_path);
    let (kind, slug, number) = match key.route {
        Route::ChooseLanguage => ("choose-language", None, None),
        Route::Section(page) => (page.name(), None, None),
        Route::NewsArchive(n) => ("news-archive", None, Some(n)),
        Route::NewsItem(ref slug) => ("news-item", Some(slug.clone()), None),
        Route::Search => ("search", None, None),
        Route::NotFound => ("not-found", None, None),
    };
    let lang = lang_of_path(&target.url_path).map(|l| l.code());
    let mut entry = json!({
        "path": target.url_path,
        "file": target.file,
        "lang": lang,
        "kind": kind,
        "content": page.content_urls,
    });
    // The section it belongs to: a page of kind `news-item` to `news`; a
    // section's own page has its name as kind and section.
    if let Some(section) = key.route.section() {
        entry["section"] = json!(section.name());
    }
    if let Some(slug) = slug {
        entry["slug"] = json!(slug);
    }
    if let Some(number) = number {
        entry["page"] = json!(number);
    }
    entry
}

/// The manifest: every page written, in the order written.
pub fn manifest(entries: Vec<Value>) -> String {
    serde_json::to_string_pretty(&Value::Array(entries)).expect("JSON serializes") + "\n"
}
