//! The list of pages a build wrote, for the browser tests and the bench: each
//! page's URL, file, language, kind and the content files it embeds. Written
//! beside the output folder (`dist.pages.json` for `dist/`), never inside it,
//! so it does not ship; the tests read routes from it instead of keeping lists
//! of their own that the next press release would make wrong.

use std::path::{Path, PathBuf};

use serde_json::{json, Value};

use super::{screen_key, Rendered, Target};

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
        crate::routes::Route::ChooseLanguage => ("choose-language", None, None),
        crate::routes::Route::Home => ("home", None, None),
        crate::routes::Route::Volunteers => ("volunteers", None, None),
        crate::routes::Route::SocialCommitment => ("social-commitment", None, None),
        crate::routes::Route::NewsArchive(n) => ("news-archive", None, Some(n)),
        crate::routes::Route::NewsItem(ref slug) => ("news-item", Some(slug.clone()), None),
        crate::routes::Route::Contact => ("contact", None, None),
        crate::routes::Route::Search => ("search", None, None),
        crate::routes::Route::NotFound => ("not-found", None, None),
    };
    let lang = crate::routes::lang_of_path(&target.url_path).map(|l| l.code());
    let mut entry = json!({
        "path": target.url_path,
        "file": target.file,
        "lang": lang,
        "kind": kind,
        "content": page.content_urls,
    });
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
