//! Fetching content files with gloo-net: the app's only network edge.
//!
//! Each file is fetched once per session and its text kept, so returning to a
//! language already seen needs no request. Failures are never cached, so a
//! Retry really asks the server again.

use std::any::Any;
use std::cell::RefCell;
use std::collections::HashMap;
use std::fmt;
use std::sync::Arc;

use gloo_net::http::Request;
use leptos::prelude::*;

use crate::content::ContentFile;
use crate::lang::Lang;

/// Why a content file could not be shown. The visitor sees a short message in
/// their language; this detail goes to the console for whoever debugs it.
#[derive(Clone, Debug, PartialEq)]
pub enum LoadError {
    /// The request did not complete (offline, blocked, aborted).
    Network(String),
    /// The server answered with an error status.
    Status(u16),
    /// The server answered with something other than JSON, typically the SPA
    /// fallback `index.html` for a file that does not exist.
    NotJson(String),
    /// The file is JSON but does not match the content model.
    Parse(String),
}

impl fmt::Display for LoadError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            LoadError::Network(e) => write!(f, "request failed: {e}"),
            LoadError::Status(code) => write!(f, "server answered HTTP {code}"),
            LoadError::NotJson(kind) => write!(f, "expected JSON, got `{kind}` (missing file?)"),
            LoadError::Parse(e) => write!(f, "content does not parse: {e}"),
        }
    }
}

/// What a page's content resource holds once it has loaded.
pub type Loaded<T> = Result<Arc<T>, LoadError>;

/// The URL of a content file, relative to the site root.
pub fn content_url(lang: Lang, file: &str) -> String {
    format!("/content/{}/{}", lang.code(), file)
}

thread_local! {
    /// Content files already fetched and parsed this session, by URL. Each URL
    /// holds exactly one content type, so the downcast in `load` always matches;
    /// keeping the parsed value means a page revisited is not parsed again.
    static FETCHED: RefCell<HashMap<String, Arc<dyn Any + Send + Sync>>> = RefCell::new(HashMap::new());
}

async fn fetch_text(url: &str) -> Result<String, LoadError> {
    let response = Request::get(url)
        .send()
        .await
        .map_err(|e| LoadError::Network(e.to_string()))?;
    if !response.ok() {
        return Err(LoadError::Status(response.status()));
    }
    let content_type = response.headers().get("content-type").unwrap_or_default();
    if !content_type.contains("json") {
        return Err(LoadError::NotJson(content_type));
    }
    response
        .text()
        .await
        .map_err(|e| LoadError::Network(e.to_string()))
}

/// Fetches and parses one content file of a language. Only a file that parsed
/// is kept, so Retry after a broken response asks the server again.
pub async fn load<T: ContentFile>(lang: Lang) -> Loaded<T> {
    let url = content_url(lang, T::FILE);
    let cached = FETCHED.with(|cache| cache.borrow().get(&url).cloned());
    if let Some(content) = cached.and_then(|c| c.downcast::<T>().ok()) {
        return Ok(content);
    }
    let result = fetch_text(&url)
        .await
        .and_then(|text| parse::<T>(&text))
        .map(Arc::new);
    match &result {
        Ok(content) => {
            let content: Arc<dyn Any + Send + Sync> = content.clone();
            FETCHED.with(|cache| cache.borrow_mut().insert(url, content));
        }
        Err(error) => leptos::logging::warn!("{url}: {error}"),
    }
    result
}

/// Parses with the browser's own JSON parser, then maps the value onto the
/// content type: smaller WebAssembly than bundling a JSON parser. The host-side
/// content check gives editors the exact field and line of any error.
fn parse<T: ContentFile>(text: &str) -> Result<T, LoadError> {
    let value = js_sys::JSON::parse(text).map_err(|e| LoadError::Parse(format!("{e:?}")))?;
    serde_wasm_bindgen::from_value(value).map_err(|e| LoadError::Parse(e.to_string()))
}

/// A resource holding content file `T` in the current language; it reloads
/// when the language changes and can be refetched by a Retry button.
pub fn content_resource<T: ContentFile>(lang: Signal<Lang>) -> LocalResource<Loaded<T>> {
    LocalResource::new(move || load::<T>(lang.get()))
}
