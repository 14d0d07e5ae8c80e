//! The typed content model: one struct per JSON file under `public/content/{lang}/`.
//!
//! Plain serde types with no browser dependency, so `cargo test` loads every
//! shipped file on the host. Every text a visitor reads is a plain string or a
//! list of strings (paragraphs); links and lists are typed fields. Nothing here
//! is ever rendered as HTML. Unknown fields are rejected so that an editor's
//! typo in a field name is an error, not silently missing text.

#[cfg(not(target_arch = "wasm32"))]
pub mod archive;
#[cfg(not(target_arch = "wasm32"))]
pub mod check;
mod date;
pub mod news;
#[cfg(not(target_arch = "wasm32"))]
pub mod scaffold;
#[cfg(not(target_arch = "wasm32"))]
pub mod served;
#[cfg(not(target_arch = "wasm32"))]
pub mod translation;

pub use date::NewsDate;

use serde::de::DeserializeOwned;
use serde::Deserialize;

use crate::routes::Page;

/// A JSON file of one language's content set. `FILE` is its name inside
/// `public/content/{lang}/`.
pub trait ContentFile: DeserializeOwned + Send + Sync + 'static {
    const FILE: &'static str;

    /// The press releases it links to by slug, each with its field: the
    /// content check requires them to exist, and `news/related.json` holds
    /// their titles.
    #[cfg(not(target_arch = "wasm32"))]
    fn linked_news(&self) -> Vec<(String, &str)> {
        Vec::new()
    }

    /// What the content check finds wrong beyond the type, as (field,
    /// reason): rules of this file alone.
    #[cfg(not(target_arch = "wasm32"))]
    fn problems(&self) -> Vec<(String, String)> {
        Vec::new()
    }
}

/// The title and description of a page, for `<title>` and `<meta name="description">`.
#[derive(Clone, Debug, Deserialize, PartialEq)]
#[cfg_attr(not(target_arch = "wasm32"), serde(deny_unknown_fields))]
pub struct PageMeta {
    pub title: String,
    pub description: String,
}

/// A titled block of prose with an optional bulleted list after the paragraphs.
#[derive(Clone, Debug, Deserialize, PartialEq)]
#[cfg_attr(not(target_arch = "wasm32"), serde(deny_unknown_fields))]
pub struct Topic {
    pub heading: String,
    #[serde(default)]
    pub paragraphs: Vec<String>,
    #[serde(default)]
    pub list: Vec<String>,
}

/// A link to a page outside this site (for instance a map service).
#[derive(Clone, Debug, Deserialize, PartialEq)]
#[cfg_attr(not(target_arch = "wasm32"), serde(deny_unknown_fields))]
pub struct ExternalLink {
    pub label: String,
    pub href: String,
}

/// A phone number as shown and as dialled (`tel:` form, `+` and digits only).
#[derive(Clone, Debug, Deserialize, PartialEq)]
#[cfg_attr(not(target_arch = "wasm32"), serde(deny_unknown_fields))]
pub struct Phone {
    pub display: String,
    pub tel: String,
}

/// The chrome every page shares: header, navigation, footer, contact facts,
/// and the 404 page. `site.json`.
#[derive(Clone, Debug, Deserialize, PartialEq)]
#[cfg_attr(not(target_arch = "wasm32"), serde(deny_unknown_fields))]
pub struct Site {
    /// The center's full name in this language.
    pub name: String,
    pub short_name: String,
    pub skip_link: String,
    /// Accessible name of the main navigation landmark.
    pub nav_label: String,
    /// Text of the button that opens the navigation on narrow screens.
    pub menu_button: String,
    /// Accessible name of the language switcher.
    pub language_label: String,
    pub nav: NavLabels,
    pub contact: ContactFacts,
    pub copyright: String,
    pub not_found: NotFound,
    pub search: SearchField,
}

/// The search field in the header of every page.
#[derive(Clone, Debug, Deserialize, PartialEq)]
#[cfg_attr(not(target_arch = "wasm32"), serde(deny_unknown_fields))]
pub struct SearchField {
    /// The field's label (read by assistive technology; the field shows none).
    pub label: String,
    pub button: String,
}

/// The search page (`search.json`), and what its results say.
#[derive(Clone, Debug, Deserialize, PartialEq)]
#[cfg_attr(not(target_arch = "wasm32"), serde(deny_unknown_fields))]
pub struct SearchPage {
    pub meta: PageMeta,
    pub heading: String,
    /// The field's label, shown.
    pub label: String,
    pub button: String,
    /// What the page says where JavaScript is off, before a link to the news.
    pub needs_javascript: String,
    pub searching: String,
    /// "Results: {count}", the placeholder once.
    pub results: String,
    pub no_results: String,
    /// The button that shows more results.
    pub more: String,
}

/// The label of each section in the navigation.
#[derive(Clone, Debug, Deserialize, PartialEq)]
#[cfg_attr(not(target_arch = "wasm32"), serde(deny_unknown_fields))]
pub struct NavLabels {
    pub home: String,
    pub volunteers: String,
    pub social_commitment: String,
    pub news: String,
    pub contact: String,
}

impl NavLabels {
    pub fn label(&self, page: Page) -> &str {
        match page {
            Page::Home => &self.home,
            Page::Volunteers => &self.volunteers,
            Page::SocialCommitment => &self.social_commitment,
            Page::News => &self.news,
            Page::Contact => &self.contact,
        }
    }
}

/// The center's address and numbers, shown in the footer and on the contact pages.
#[derive(Clone, Debug, Deserialize, PartialEq)]
#[cfg_attr(not(target_arch = "wasm32"), serde(deny_unknown_fields))]
pub struct ContactFacts {
    pub address_label: String,
    pub address: String,
    pub phone_label: String,
    pub phone: Phone,
    pub fax_label: String,
    pub fax: String,
}

/// The 404 page's text.
#[derive(Clone, Debug, Deserialize, PartialEq)]
#[cfg_attr(not(target_arch = "wasm32"), serde(deny_unknown_fields))]
pub struct NotFound {
    pub meta: PageMeta,
    pub heading: String,
    pub paragraphs: Vec<String>,
    pub links_heading: String,
}

/// One card on the home page leading into a section.
#[derive(Clone, Debug, Deserialize, PartialEq)]
#[cfg_attr(not(target_arch = "wasm32"), serde(deny_unknown_fields))]
pub struct SectionCard {
    pub page: Page,
    pub title: String,
    pub text: String,
}

/// One public service, in a short form for the home page.
#[derive(Clone, Debug, Deserialize, PartialEq)]
#[cfg_attr(not(target_arch = "wasm32"), serde(deny_unknown_fields))]
pub struct ServiceSummary {
    pub title: String,
    pub text: String,
}

/// `home.json`.
#[derive(Clone, Debug, Deserialize, PartialEq)]
#[cfg_attr(not(target_arch = "wasm32"), serde(deny_unknown_fields))]
pub struct Home {
    pub meta: PageMeta,
    pub heading: String,
    pub intro: Vec<String>,
    pub services_heading: String,
    pub services: Vec<ServiceSummary>,
    pub sections_heading: String,
    pub sections: Vec<SectionCard>,
    pub news_heading: String,
    pub all_news: String,
}

/// A question and its answer, shown as a `<details>` element.
#[derive(Clone, Debug, Deserialize, PartialEq)]
#[cfg_attr(not(target_arch = "wasm32"), serde(deny_unknown_fields))]
pub struct FaqItem {
    pub question: String,
    pub answer: Vec<String>,
}

/// `volunteers.json`.
#[derive(Clone, Debug, Deserialize, PartialEq)]
#[cfg_attr(not(target_arch = "wasm32"), serde(deny_unknown_fields))]
pub struct Volunteers {
    pub meta: PageMeta,
    pub heading: String,
    pub intro: Vec<String>,
    pub topics: Vec<Topic>,
    pub faq_heading: String,
    pub faq: Vec<FaqItem>,
    pub contact_heading: String,
    pub contact_text: Vec<String>,
}

/// One public service with links to the news items about it.
#[derive(Clone, Debug, Deserialize, PartialEq)]
#[cfg_attr(not(target_arch = "wasm32"), serde(deny_unknown_fields))]
pub struct Service {
    pub heading: String,
    pub paragraphs: Vec<String>,
    /// Slugs of related news items.
    #[serde(default)]
    pub related_news: Vec<String>,
}

/// `social-commitment.json`.
#[derive(Clone, Debug, Deserialize, PartialEq)]
#[cfg_attr(not(target_arch = "wasm32"), serde(deny_unknown_fields))]
pub struct SocialCommitment {
    pub meta: PageMeta,
    pub heading: String,
    pub intro: Vec<String>,
    pub services: Vec<Service>,
    pub related_label: String,
}

/// Labels used by the news list and the news item pages.
#[derive(Clone, Debug, Deserialize, PartialEq)]
#[cfg_attr(not(target_arch = "wasm32"), serde(deny_unknown_fields))]
pub struct NewsLabels {
    pub published: String,
    pub back_to_list: String,
    pub previous: String,
    pub next: String,
    pub item_navigation: String,
    /// The notice above an item shown in another language than the page's.
    pub not_translated: String,
    /// Before the links to the languages an untranslated item exists in.
    pub available_in: String,
    /// The mark of such an item in a list.
    pub not_translated_short: String,
    /// Accessible name of the archive's page links.
    pub archive_navigation: String,
    pub newer_page: String,
    pub older_page: String,
    /// "Page {page} of {pages}": both placeholders, once each.
    pub page_of: String,
}

impl NewsLabels {
    /// [`Self::page_of`] with the numbers in.
    pub fn page_number(&self, page: u32, pages: u32) -> String {
        self.page_of
            .replace("{page}", &page.to_string())
            .replace("{pages}", &pages.to_string())
    }
}

/// `news.json`: the text of the news pages. The items themselves are files
/// of their own ([`news`]).
#[derive(Clone, Debug, Deserialize, PartialEq)]
#[cfg_attr(not(target_arch = "wasm32"), serde(deny_unknown_fields))]
pub struct News {
    pub meta: PageMeta,
    pub heading: String,
    pub intro: Vec<String>,
    pub labels: NewsLabels,
}

/// The other written form of the address (Chinese on the English and French
/// pages, English on the Chinese one), with its language for `lang=`.
#[derive(Clone, Debug, Deserialize, PartialEq)]
#[cfg_attr(not(target_arch = "wasm32"), serde(deny_unknown_fields))]
pub struct AltAddress {
    pub label: String,
    pub lang: String,
    pub text: String,
}

/// `contact.json`.
#[derive(Clone, Debug, Deserialize, PartialEq)]
#[cfg_attr(not(target_arch = "wasm32"), serde(deny_unknown_fields))]
pub struct Contact {
    pub meta: PageMeta,
    pub heading: String,
    pub intro: Vec<String>,
    pub address_heading: String,
    pub alt_address: AltAddress,
    pub phone_heading: String,
    pub directions_heading: String,
    pub directions: Vec<String>,
    pub map_link: ExternalLink,
}

impl ContentFile for Site {
    const FILE: &'static str = "site.json";
}
impl ContentFile for Home {
    const FILE: &'static str = "home.json";
}
impl ContentFile for Volunteers {
    const FILE: &'static str = "volunteers.json";
}
impl ContentFile for SocialCommitment {
    const FILE: &'static str = "social-commitment.json";

    #[cfg(not(target_arch = "wasm32"))]
    fn linked_news(&self) -> Vec<(String, &str)> {
        let mut links = Vec::new();
        for (s, service) in self.services.iter().enumerate() {
            for (r, slug) in service.related_news.iter().enumerate() {
                links.push((format!("services[{s}].related_news[{r}]"), slug.as_str()));
            }
        }
        links
    }
}
impl ContentFile for News {
    const FILE: &'static str = "news.json";

    #[cfg(not(target_arch = "wasm32"))]
    fn problems(&self) -> Vec<(String, String)> {
        check::news_label_problems(&self.labels)
    }
}
impl ContentFile for Contact {
    const FILE: &'static str = "contact.json";
}
impl ContentFile for SearchPage {
    const FILE: &'static str = "search.json";

    /// The results line shows the number of hits where `{count}` stands: once.
    #[cfg(not(target_arch = "wasm32"))]
    fn problems(&self) -> Vec<(String, String)> {
        let count = self.results.matches("{count}").count();
        if count == 1 {
            return Vec::new();
        }
        vec![(
            "results".to_owned(),
            format!("must hold `{{count}}` exactly once, where the number of results goes (found {count} times)"),
        )]
    }
}

/// The names of every file in one language's content set: the site's, each
/// section's (in navigation order), the search page's.
pub fn files() -> Vec<&'static str> {
    std::iter::once(Site::FILE)
        .chain(Page::ALL.map(Page::file))
        .chain([SearchPage::FILE])
        .collect()
}

#[cfg(all(test, not(target_arch = "wasm32")))]
pub(crate) mod tests;
