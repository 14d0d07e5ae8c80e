//! Fetching content files with gloo-net: the app's only network edge.
//!
//! Files are kept by URL as the JSON they arrived as, for the session: a page
//! or language seen before needs no request. A prerendered page hands over
//! the files it embeds ([`embed`]), so the app's first render needs none
//! either; on the host, the prerenderer puts every file here ([`preload`]).
//! Only a file that arrived whole is kept, so a Retry really asks again.
//! Typing happens where the file is used ([`parse`]), so nothing here is
//! generic over content types.

use std::cell::RefCell;
use std::fmt;
use std::future::{poll_fn, Future};
use std::task::Poll;

use serde::de::DeserializeOwned;

use crate::deploy::site_path;
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
    /// The body is not valid JSON, or is JSON that does not match the content
    /// model (the browser's or serde's message says which).
    Parse(String),
    /// The visitor went elsewhere before the load ended; not a failure.
    Superseded,
}

impl LoadError {
    /// Whether the server says there is no such file: a page that does not
    /// exist, not a failure to retry.
    pub fn is_missing(&self) -> bool {
        matches!(self, LoadError::Status(404 | 410) | LoadError::NotJson(_))
    }
}

impl fmt::Display for LoadError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            LoadError::Network(e) => write!(f, "request failed: {e}"),
            LoadError::Status(code) => write!(f, "server answered HTTP {code}"),
            LoadError::NotJson(kind) => write!(f, "expected JSON, got `{kind}` (missing file?)"),
            LoadError::Parse(e) => write!(f, "content does not parse: {e}"),
            LoadError::Superseded => write!(f, "abandoned for a newer navigation"),
        }
    }
}

/// A content file as it arrived: the browser's parsed JSON, or on the host
/// serde_json's.
#[cfg(target_arch = "wasm32")]
pub type Json = wasm_bindgen::JsValue;
#[cfg(not(target_arch = "wasm32"))]
pub type Json = serde_json::Value;

/// The URL path of a content file of `lang`: `/content/{lang}/{file}`.
pub fn content_url(lang: Lang, file: &str) -> String {
    site_path(&format!("/content/{}/{}", lang.code(), file))
}

thread_local! {
    /// Every content file here, with its URL. A list rather than a map: a
    /// visit holds tens of files, and std's `HashMap` (SipHash) costs 1.4 KB
    /// of WebAssembly (brotli) where a scan of tens of URLs costs nothing.
    static STORE: RefCell<Vec<(String, Json)>> = const { RefCell::new(Vec::new()) };
    /// URLs known not to exist without asking (see [`known_missing`]).
    static MISSING: RefCell<Vec<String>> = const { RefCell::new(Vec::new()) };
}

fn stored(url: &str) -> Option<Json> {
    STORE.with_borrow(|store| {
        store
            .iter()
            .find(|(stored, _)| stored == url)
            .map(|(_, json)| json.clone())
    })
}

fn store(url: String, json: Json) {
    STORE.with_borrow_mut(
        |store| match store.iter_mut().find(|(stored, _)| *stored == url) {
            Some((_, kept)) => *kept = json,
            None => store.push((url, json)),
        },
    );
}

/// Hands over a content file embedded in the prerendered page.
#[cfg(target_arch = "wasm32")]
pub fn embed(url: String, json: Json) {
    store(url, json);
}

/// Records that the file at `url` does not exist (a file here still wins):
/// the server answered the page's own URL with its 404 page, so the item the
/// path names is not there, and asking for its file would only log a 404.
#[cfg(target_arch = "wasm32")]
pub fn known_missing(url: String) {
    MISSING.with_borrow_mut(|missing| missing.push(url));
}

/// Puts a content file read from disk here (prerendering on the host).
#[cfg(not(target_arch = "wasm32"))]
pub fn preload(url: String, json: Json) {
    store(url, json);
}

/// The file at `url`: at once if it is here, else fetched.
pub async fn load(url: String) -> Result<Json, LoadError> {
    if let Some(json) = stored(&url) {
        return Ok(json);
    }
    if MISSING.with_borrow(|missing| missing.contains(&url)) {
        return Err(LoadError::Status(404));
    }
    let result = fetch(&url).await;
    match &result {
        Ok(json) => store(url, json.clone()),
        Err(error) => leptos::logging::warn!("{url}: {error}"),
    }
    result
}

/// The files at `urls`, all requested at once, in their order; the first
/// failure ends the load, and the requests still open are aborted as their
/// loads are dropped. What `futures::future::try_join_all` does, without its
/// path for more than 30 futures, which a screen (at most three files) never
/// takes and which costs 1.35 KB of WebAssembly (brotli).
pub async fn load_all(urls: Vec<String>) -> Result<Vec<Json>, LoadError> {
    let mut loads: Vec<_> = urls.into_iter().map(|url| Box::pin(load(url))).collect();
    let mut files: Vec<Option<Json>> = loads.iter().map(|_| None).collect();
    poll_fn(|cx| {
        for (load, file) in loads.iter_mut().zip(files.iter_mut()) {
            if file.is_none() {
                if let Poll::Ready(loaded) = load.as_mut().poll(cx) {
                    *file = Some(loaded?);
                }
            }
        }
        if files.iter().all(Option::is_some) {
            Poll::Ready(Ok(files.iter_mut().filter_map(Option::take).collect()))
        } else {
            Poll::Pending
        }
    })
    .await
}

/// The file's content as `T`. Inlined into its callers, each a match with
/// one parse per page type: 0.17 KB less WebAssembly (brotli, same build).
#[inline(always)]
pub fn parse<T: DeserializeOwned>(json: &Json) -> Result<T, LoadError> {
    #[cfg(target_arch = "wasm32")]
    let parsed = serde_wasm_bindgen::from_value(json.clone()).map_err(|e| e.to_string());
    #[cfg(not(target_arch = "wasm32"))]
    let parsed = T::deserialize(json).map_err(|e| e.to_string());
    parsed.map_err(LoadError::Parse)
}

/// Fetches and parses `url`. The request is aborted if the load is dropped
/// before the server answers: nothing waits for it any more (a screen whose
/// other file failed, a page the visitor has left).
#[cfg(target_arch = "wasm32")]
async fn fetch(url: &str) -> Result<Json, LoadError> {
    let abort = AbortOnDrop(web_sys::AbortController::new().ok());
    let response = gloo_net::http::Request::get(url)
        .abort_signal(abort.0.as_ref().map(|c| c.signal()).as_ref())
        .send()
        .await
        .map_err(|e| LoadError::Network(e.to_string()))?;
    // The answer is here: an error status needs no body, and a body is small.
    abort.disarm();
    if !response.ok() {
        return Err(LoadError::Status(response.status()));
    }
    let content_type = response.headers().get("content-type").unwrap_or_default();
    if !content_type.contains("json") {
        return Err(LoadError::NotJson(content_type));
    }
    let text = response
        .text()
        .await
        .map_err(|e| LoadError::Network(e.to_string()))?;
    // The browser's own JSON parser, then serde maps the value onto the content
    // type: smaller WebAssembly than bundling a JSON parser. The host-side
    // content check gives editors the exact field and line of any error.
    js_sys::JSON::parse(&text).map_err(|e| LoadError::Parse(js_error_message(e)))
}

/// On the host every file is preloaded: one that is not is missing.
#[cfg(not(target_arch = "wasm32"))]
async fn fetch(_url: &str) -> Result<Json, LoadError> {
    Err(LoadError::Status(404))
}

#[cfg(target_arch = "wasm32")]
struct AbortOnDrop(Option<web_sys::AbortController>);

#[cfg(target_arch = "wasm32")]
impl AbortOnDrop {
    /// The request has ended: nothing to abort any more.
    fn disarm(mut self) {
        self.0 = None;
    }
}

#[cfg(target_arch = "wasm32")]
impl Drop for AbortOnDrop {
    fn drop(&mut self) {
        if let Some(controller) = &self.0 {
            controller.abort();
        }
    }
}

/// What a JavaScript exception says (`JSON.parse` throws a `SyntaxError`):
/// its message, without the wrapper and stack its `Debug` form prints.
#[cfg(target_arch = "wasm32")]
pub(crate) fn js_error_message(error: wasm_bindgen::JsValue) -> String {
    use wasm_bindgen::JsCast;
    error.unchecked_into::<js_sys::Error>().message().into()
}
