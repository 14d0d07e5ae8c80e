//! The public website of the Shanghai Clinical Research Center.
//!
//! - [`content`], [`lang`], [`routes`], [`deploy`]: plain Rust, tested on the host.
//! - [`loader`], [`lang_context`], `takeover`: the edges that touch the network
//!   and browser; [`screen`]: which files each page shows, loaded as one.
//! - [`components`], [`pages`], [`app`]: views, pure functions of typed content.
//! - `content::check`, `headers`, `site_files`, `prerender`, `search_index`,
//!   `output`: host-only build tools (content check, CSP, robots.txt / sitemap
//!   / feeds / manifest, every page as HTML, the search index, writing files).

pub mod app;
pub mod components;
pub mod content;
pub mod deploy;
pub mod head;
#[cfg(not(target_arch = "wasm32"))]
pub mod headers;
pub mod lang;
pub mod lang_context;
pub mod loader;
#[cfg(not(target_arch = "wasm32"))]
pub mod output;
pub mod pages;
// The layout classes of a page's body, shared by the pages and by the
// components inside them (so neither module has to import the other).
stylance::import_crate_style!(pub page_style, "src/pages/page.module.css");
#[cfg(not(target_arch = "wasm32"))]
pub mod prerender;
pub mod prerendered;
pub mod routes;
pub mod screen;
pub mod search;
#[cfg(not(target_arch = "wasm32"))]
pub mod search_index;
#[cfg(not(target_arch = "wasm32"))]
pub mod site_files;
#[cfg(target_arch = "wasm32")]
pub mod takeover;
