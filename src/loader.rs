//! Fetching content files with gloo-net: the app's only network edge.
//!
//! Each file is fetched once per session and its text kept, so returning to a
//! language already seen needs no request. Failures are never cached, so a
//! Retry really asks the server again.

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
    /// Response bodies already fetched this session, by URL.
    static FETCHED: RefCell<HashMap<String, Arc<str>>> = RefCell::new(HashMap::new());
}

async fn fetch_text(url: &str) -> Result<Arc<str>, LoadError> {
    if let Some(text) = FETCHED.with(|cache| cache.borrow().get(url).cloned()) {
        return Ok(text);
    }
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
    let text: Arc<str> = response
        .text()
        .await
        .map_err(|e| LoadError::Network(e.to_string()))?
        .into();
    FETCHED.with(|cache| cache.borrow_mut().insert(url.to_owned(), text.clone()));
    Ok(text)
}

/// Fetches and parses one content file of a language.
pub async fn load<T: ContentFile>(lang: Lang) -> Loaded<T> {
    let url = content_url(lang, T::FILE);
    let result = fetch_text(&url).await.and_then(|text| {
        serde_json::from_str::<T>(&text)
            .map(Arc::new)
            .map_err(|e| LoadError::Parse(e.to_string()))
    });
    if let Err(error) = &result {
        leptos::logging::warn!("{url}: {error}");
    }
    result
}

/// A resource holding content file `T` in the current language; it reloads
/// when the language changes and can be refetched by a Retry button.
pub fn content_resource<T: ContentFile>(lang: Signal<Lang>) -> LocalResource<Loaded<T>> {
    LocalResource::new(move || load::<T>(lang.get()))
}
