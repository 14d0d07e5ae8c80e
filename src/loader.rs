//! Fetching content files with gloo-net: the app's only network edge.
//!
//! Each file is fetched once per session and its parsed value kept, so returning to a
//! language already seen needs no request. Failures are never cached, so a
//! Retry really asks the server again. Loads that overlap hand over their
//! results together ([`batch`]), so a language switch shows in one step.
//!
//! A prerendered page carries the content it was rendered from (see
//! `src/takeover.rs`); `embed` hands it over, so the app's first render is the
//! complete page at once. On the host, the prerenderer fills the cache from
//! disk with `preload` and asks which files a page read with `take_read_urls`.
//! (Each exists on one side only, so the docs name them without links.)

use std::any::Any;
use std::cell::RefCell;
use std::collections::HashMap;
use std::fmt;
use std::marker::PhantomData;
use std::sync::Arc;

use gloo_net::http::Request;
use leptos::prelude::*;
use wasm_bindgen::JsValue;

use crate::content::ContentFile;
use crate::deploy::site_path;
use crate::lang::Lang;

mod batch;

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

/// A parsed content file of any type; the cache and the one resource type hold
/// these so the async machinery is compiled once, not once per content type
/// (measured: about 10 KB of brotli WebAssembly).
type AnyContent = Arc<dyn Any + Send + Sync>;
type AnyLoaded = Result<AnyContent, LoadError>;
type ParseFn = fn(JsValue) -> AnyLoaded;
/// A loaded file with the language it was loaded in.
type LangLoaded = (Lang, AnyLoaded);

/// The URL path of a content file.
pub fn content_url(lang: Lang, file: &str) -> String {
    site_path(&format!("/content/{}/{}", lang.code(), file))
}

thread_local! {
    /// Content files already fetched and parsed this session, by URL. Each URL
    /// holds exactly one content type; keeping the parsed value means a page
    /// revisited is not parsed again.
    static FETCHED: RefCell<HashMap<String, AnyContent>> = RefCell::new(HashMap::new());
    /// Content embedded in the prerendered page, by URL, not yet parsed (its
    /// type is known only when a view asks for it).
    #[cfg(target_arch = "wasm32")]
    static EMBEDDED: RefCell<HashMap<String, JsValue>> = RefCell::new(HashMap::new());
    /// The URLs views read since the last `take_read_urls`, in order.
    #[cfg(not(target_arch = "wasm32"))]
    static READ: RefCell<Vec<String>> = const { RefCell::new(Vec::new()) };
    /// The file of each content resource in use, so a language switch can
    /// tell whether every file the screen shows is already here.
    static IN_USE: RefCell<Vec<&'static str>> = const { RefCell::new(Vec::new()) };
}

/// Whether every file in use is already here in `lang`.
fn all_here(lang: Lang) -> bool {
    IN_USE.with_borrow(|files| {
        files.iter().all(|file| {
            let url = content_url(lang, file);
            #[cfg(target_arch = "wasm32")]
            if EMBEDDED.with_borrow(|embedded| embedded.contains_key(&url)) {
                return true;
            }
            FETCHED.with_borrow(|fetched| fetched.contains_key(&url))
        })
    })
}

/// Hands over a content file embedded in the prerendered page.
#[cfg(target_arch = "wasm32")]
pub fn embed(url: String, value: JsValue) {
    EMBEDDED.with(|embedded| embedded.borrow_mut().insert(url, value));
}

/// Puts a content file read from disk in the cache (prerendering on the host).
#[cfg(not(target_arch = "wasm32"))]
pub fn preload<T: ContentFile>(lang: Lang, content: T) {
    let content: AnyContent = Arc::new(content);
    FETCHED.with(|cache| {
        cache
            .borrow_mut()
            .insert(content_url(lang, T::FILE), content)
    });
}

/// The URLs of the content files views have read since the last call.
#[cfg(not(target_arch = "wasm32"))]
pub fn take_read_urls() -> Vec<String> {
    READ.with(|read| std::mem::take(&mut *read.borrow_mut()))
}

/// The file at `url` if it is already here: fetched before, or embedded in the
/// page (parsed now, as the type the view asks for).
fn cached(url: &str, parse: ParseFn) -> Option<AnyContent> {
    let hit = FETCHED.with(|cache| cache.borrow().get(url).cloned());
    #[cfg(not(target_arch = "wasm32"))]
    if hit.is_some() {
        READ.with(|read| {
            let mut read = read.borrow_mut();
            if !read.iter().any(|u| u == url) {
                read.push(url.to_owned());
            }
        });
    }
    #[cfg(target_arch = "wasm32")]
    if hit.is_none() {
        let value = EMBEDDED.with(|embedded| embedded.borrow_mut().remove(url))?;
        return match parse(value) {
            Ok(content) => {
                FETCHED.with(|cache| cache.borrow_mut().insert(url.to_owned(), content.clone()));
                Some(content)
            }
            // Fetched instead, which reports what is wrong with the file.
            Err(error) => {
                leptos::logging::warn!("{url} (embedded): {error}");
                None
            }
        };
    }
    #[cfg(not(target_arch = "wasm32"))]
    let _ = parse;
    hit
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
async fn load(lang: Lang, file: &'static str, parse: ParseFn) -> AnyLoaded {
    let url = content_url(lang, file);
    if let Some(content) = cached(&url, parse) {
        batch::settle().await;
        return Ok(content);
    }
    let member = batch::join();
    // The browser's own JSON parser, then serde maps the value onto the content
    // type: smaller WebAssembly than bundling a JSON parser. The host-side
    // content check gives editors the exact field and line of any error.
    let result = fetch_text(&url).await.and_then(|text| {
        js_sys::JSON::parse(&text)
            .map_err(|e| LoadError::Parse(js_error_message(e)))
            .and_then(parse)
    });
    member.finished().await;
    match &result {
        Ok(content) => {
            FETCHED.with(|cache| cache.borrow_mut().insert(url, content.clone()));
        }
        Err(error) => leptos::logging::warn!("{url}: {error}"),
    }
    result
}

/// What a JavaScript exception says (`JSON.parse` throws a `SyntaxError`):
/// its message, without the wrapper and stack its `Debug` form prints.
pub(crate) fn js_error_message(error: JsValue) -> String {
    use wasm_bindgen::JsCast;
    error.unchecked_into::<js_sys::Error>().message().into()
}

fn parse_as<T: ContentFile>(value: JsValue) -> AnyLoaded {
    match serde_wasm_bindgen::from_value::<T>(value) {
        Ok(content) => Ok(Arc::new(content)),
        Err(e) => Err(LoadError::Parse(e.to_string())),
    }
}

/// Content file `T` in the current language: it reloads when the language
/// changes and can be refetched by a Retry button. During a switch to a
/// language not wholly here it holds the old file, and [`Self::lang`] names the
/// old language, until its load hands over the new one (see `current`).
pub struct ContentResource<T> {
    lang: Signal<Lang>,
    raw: LocalResource<LangLoaded>,
    content: PhantomData<fn() -> T>,
}

impl<T> Clone for ContentResource<T> {
    fn clone(&self) -> Self {
        *self
    }
}

impl<T> Copy for ContentResource<T> {}

impl<T: ContentFile> ContentResource<T> {
    /// `None` while loading; tracked, so a view reading it follows the language.
    pub fn get(&self) -> Option<Loaded<T>> {
        let (_, loaded) = current(self.lang, self.raw, T::FILE, parse_as::<T>)?;
        Some(loaded.and_then(|content| {
            // Cannot fail: every value for `T::FILE` comes from `parse_as::<T>`
            // or `preload::<T>`.
            content
                .downcast::<T>()
                .map_err(|_| held_another_type(T::FILE))
        }))
    }

    /// The language of what [`Self::get`] holds (`None` before anything has
    /// loaded); tracked.
    pub fn lang(&self) -> Option<Lang> {
        current(self.lang, self.raw, T::FILE, parse_as::<T>).map(|(lang, _)| lang)
    }

    pub fn refetch(&self) {
        self.raw.refetch();
    }
}

/// Not generic, so its message is compiled once.
fn held_another_type(file: &str) -> LoadError {
    LoadError::Parse(format!("{file} was cached as another type"))
}

/// What is already here is read synchronously, without waiting for the
/// resource's task: a prerendered page is taken over by a first render that is
/// already complete, and the host can render at all. A language switch shows
/// the new language at once if every file in use is here in it; otherwise
/// what was shown stays until the resource hands over the new file, with the
/// others of its batch, even if this one is here. Not generic, so compiled once.
fn current(
    lang: Signal<Lang>,
    raw: LocalResource<LangLoaded>,
    file: &'static str,
    parse: ParseFn,
) -> Option<LangLoaded> {
    let lang = lang.get();
    // Read untracked: a view of content already here does not render again
    // when the resource's first load hands over the same file.
    if let Some(shown) = raw.get_untracked().filter(|(shown, _)| *shown != lang) {
        if !all_here(lang) {
            raw.track();
            return Some(shown);
        }
    }
    match cached(&content_url(lang, file), parse) {
        Some(content) => Some((lang, Ok(content))),
        None => raw.get(),
    }
}

pub fn content_resource<T: ContentFile>(lang: Signal<Lang>) -> ContentResource<T> {
    ContentResource {
        lang,
        raw: raw_resource(lang, T::FILE, parse_as::<T>),
        content: PhantomData,
    }
}

fn raw_resource(
    lang: Signal<Lang>,
    file: &'static str,
    parse: ParseFn,
) -> LocalResource<LangLoaded> {
    IN_USE.with_borrow_mut(|files| files.push(file));
    on_cleanup(move || {
        IN_USE.with_borrow_mut(|files| {
            if let Some(index) = files.iter().position(|&f| f == file) {
                files.swap_remove(index);
            }
        })
    });
    LocalResource::new(move || {
        let lang = lang.get();
        async move { (lang, load(lang, file, parse).await) }
    })
}
