//! Press releases: what editors write, one file per item per language, and
//! what the build derives from those files for the pages that show them.
//!
//! Editors write `public/content/news/{slug}/{lang}.json` ([`NewsSource`]).
//! The build (`archive`, host only) writes, per language, the files the
//! browser loads, each holding only what one page shows, so no page grows
//! with the archive:
//! - `content/{lang}/news/page-{n}.json`: one page of the archive ([`NewsArchivePage`]);
//! - `content/{lang}/news/latest.json`: the newest items, for home ([`LatestNews`]);
//! - `content/{lang}/news/related.json`: the items the social commitment page links to ([`RelatedNews`]);
//! - `content/{lang}/news/items/{slug}.json`: one item with its neighbours ([`NewsItemView`]).
//!
//! An item not translated into a language still has all of these in that
//! language, in the language it exists in (`lang`), so every list is the same
//! in every language and every item has a page at every URL.

use serde::Deserialize;
#[cfg(not(target_arch = "wasm32"))]
use serde::Serialize;

use super::NewsDate;
use crate::lang::Lang;

/// One press release in one language, as an editor writes it:
/// `public/content/news/{slug}/{lang}.json`.
#[derive(Clone, Debug, Deserialize, PartialEq)]
#[cfg_attr(not(target_arch = "wasm32"), derive(Serialize))]
#[cfg_attr(not(target_arch = "wasm32"), serde(deny_unknown_fields))]
pub struct NewsSource {
    pub date: NewsDate,
    pub title: String,
    pub summary: String,
    pub body: Vec<String>,
    /// Set on a translation: which version of which original it was made from.
    /// Absent on the original.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub translated_from: Option<TranslatedFrom>,
}

/// The original a translation was made from, and that original's version at
/// the time (as `make translation-status` prints it), so a later change of
/// the original shows the translation as outdated.
#[derive(Clone, Debug, Deserialize, PartialEq)]
#[cfg_attr(not(target_arch = "wasm32"), derive(Serialize))]
#[cfg_attr(not(target_arch = "wasm32"), serde(deny_unknown_fields))]
pub struct TranslatedFrom {
    pub lang: Lang,
    pub version: String,
}

/// One press release as a list shows it, in the language it is shown in
/// (the page's, or another when it has no translation yet).
#[derive(Clone, Debug, Deserialize, PartialEq)]
#[cfg_attr(not(target_arch = "wasm32"), derive(Serialize))]
#[cfg_attr(not(target_arch = "wasm32"), serde(deny_unknown_fields))]
pub struct NewsEntry {
    pub slug: String,
    pub date: NewsDate,
    pub lang: Lang,
    pub title: String,
    pub summary: String,
}

/// One page of the archive, newest first: `content/{lang}/news/page-{n}.json`.
#[derive(Clone, Debug, Deserialize, PartialEq)]
#[cfg_attr(not(target_arch = "wasm32"), derive(Serialize))]
#[cfg_attr(not(target_arch = "wasm32"), serde(deny_unknown_fields))]
pub struct NewsArchivePage {
    /// From 1 (the newest items).
    pub page: u32,
    /// How many pages the archive has.
    pub pages: u32,
    pub items: Vec<NewsEntry>,
}

/// The newest items, for the home page: `content/{lang}/news/latest.json`.
#[derive(Clone, Debug, Deserialize, PartialEq)]
#[cfg_attr(not(target_arch = "wasm32"), derive(Serialize))]
#[cfg_attr(not(target_arch = "wasm32"), serde(deny_unknown_fields))]
pub struct LatestNews {
    pub items: Vec<NewsEntry>,
}

/// A link to an item: its title, in the language it is shown in.
#[derive(Clone, Debug, Deserialize, PartialEq)]
#[cfg_attr(not(target_arch = "wasm32"), derive(Serialize))]
#[cfg_attr(not(target_arch = "wasm32"), serde(deny_unknown_fields))]
pub struct NewsLink {
    pub slug: String,
    pub lang: Lang,
    pub title: String,
}

/// The items the social commitment page links to, by slug:
/// `content/{lang}/news/related.json`.
#[derive(Clone, Debug, Deserialize, PartialEq)]
#[cfg_attr(not(target_arch = "wasm32"), derive(Serialize))]
#[cfg_attr(not(target_arch = "wasm32"), serde(deny_unknown_fields))]
pub struct RelatedNews {
    pub items: Vec<NewsLink>,
}

impl RelatedNews {
    pub fn find(&self, slug: &str) -> Option<&NewsLink> {
        self.items.iter().find(|link| link.slug == slug)
    }
}

/// One item's page: `content/{lang}/news/items/{slug}.json`.
#[derive(Clone, Debug, Deserialize, PartialEq)]
#[cfg_attr(not(target_arch = "wasm32"), derive(Serialize))]
#[cfg_attr(not(target_arch = "wasm32"), serde(deny_unknown_fields))]
pub struct NewsItemView {
    pub slug: String,
    /// The language the text below is in.
    pub lang: Lang,
    pub date: NewsDate,
    pub title: String,
    pub summary: String,
    pub body: Vec<String>,
    /// The languages the item exists in (its original and translations).
    pub versions: Vec<Lang>,
    pub newer: Option<NewsLink>,
    pub older: Option<NewsLink>,
}

impl NewsItemView {
    /// Whether the page in `lang` shows the item in another language.
    pub fn is_untranslated_in(&self, lang: Lang) -> bool {
        self.lang != lang
    }
}

/// How many items one page of the archive lists.
pub const ARCHIVE_PAGE_SIZE: usize = 20;
/// How many of the newest items the home page shows.
pub const LATEST_COUNT: usize = 3;

// The derived files, as paths below `/content/{lang}/`.

/// Page `page` of the archive.
pub fn archive_page_file(page: u32) -> String {
    format!("news/page-{page}.json")
}
/// The archive's first page: `archive_page_file(1)`.
pub const FIRST_ARCHIVE_PAGE_FILE: &str = "news/page-1.json";
/// The newest items.
pub const LATEST_FILE: &str = "news/latest.json";
/// The items the social commitment page links to.
pub const RELATED_FILE: &str = "news/related.json";
/// One item's page.
pub fn item_file(slug: &str) -> String {
    format!("news/items/{slug}.json")
}
