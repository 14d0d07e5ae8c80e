//! The marks a prerendered page carries for the app that takes it over:
//! written by `prerender` on the host, read by `takeover` in the browser.

/// The id of the `<script type="application/json">` holding the content files
/// the page was rendered from, by URL.
pub const CONTENT_SCRIPT_ID: &str = "prerendered-content";
/// The attribute that script carries on the 404 page, which a host serves
/// for any unknown URL: the item such a URL names does not exist.
pub const NOT_FOUND_MARK: &str = "data-not-found";
/// The text of the comments before and after the prerendered head tags, which
/// the app removes when it adds its own.
pub const HEAD_START: &str = "prerendered-head";
pub const HEAD_END: &str = "/prerendered-head";
