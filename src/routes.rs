//! The site's URLs: `/{lang}/`, `/{lang}/volunteers`, `/{lang}/social-commitment`,
//! `/{lang}/news`, `/{lang}/news/{slug}`, `/{lang}/contact`.
//!
//! Pure functions, so links are built and tested in one place. Paths given
//! and returned are the browser's: under the base path when the site lives in
//! a folder (see [`crate::deploy`]).

use serde::Deserialize;

use crate::deploy::{site_path, strip_base};
use crate::lang::Lang;

/// A section of the site, as named in content files (`"page": "volunteers"`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Page {
    Home,
    Volunteers,
    SocialCommitment,
    News,
    Contact,
}

impl Page {
    /// Every section, in navigation order.
    pub const ALL: [Page; 5] = [
        Page::Home,
        Page::Volunteers,
        Page::SocialCommitment,
        Page::News,
        Page::Contact,
    ];

    /// The path segment after the language (empty for home).
    pub fn segment(self) -> &'static str {
        match self {
            Page::Home => "",
            Page::Volunteers => "volunteers",
            Page::SocialCommitment => "social-commitment",
            Page::News => "news",
            Page::Contact => "contact",
        }
    }

    /// The page's absolute path in a language: `/en/volunteers`, `/en/` for home.
    pub fn href(self, lang: Lang) -> String {
        site_path(&format!("/{}/{}", lang.code(), self.segment()))
    }

    /// The section a path belongs to (a news item belongs to news), if any.
    pub fn of_path(path: &str) -> Option<Page> {
        let mut segments = strip_base(path).trim_start_matches('/').split('/');
        segments.next()?.parse::<Lang>().ok()?;
        let section = segments.next().unwrap_or("");
        Page::ALL.into_iter().find(|p| p.segment() == section)
    }
}

/// The path of one news item: `/en/news/{slug}`.
pub fn news_item_href(lang: Lang, slug: &str) -> String {
    site_path(&format!("/{}/news/{}", lang.code(), slug))
}

/// The language named by a path's first segment, if it is one of ours.
pub fn lang_of_path(path: &str) -> Option<Lang> {
    strip_base(path)
        .trim_start_matches('/')
        .split('/')
        .next()?
        .parse()
        .ok()
}

/// The same page in another language: the path with its language segment
/// replaced, so a visitor switching language stays where they were.
/// A path without a language segment leads to the other language's home.
pub fn switch_lang_path(path: &str, to: Lang) -> String {
    match lang_of_path(path) {
        Some(from) => {
            let rest = &strip_base(path).trim_start_matches('/')[from.code().len()..];
            let rest = if rest.is_empty() { "/" } else { rest };
            site_path(&format!("/{}{}", to.code(), rest))
        }
        None => Page::Home.href(to),
    }
}

/// The path of a language's Atom feed of the news: `/feeds/en.atom`. Not under
/// `/en/`: a folder there would shadow the page on hosts that list folders.
pub fn news_feed_href(lang: Lang) -> String {
    site_path(&format!("/feeds/{}.atom", lang.code()))
}

/// The same page in every language as `(hreflang, path)`, then `x-default`
/// (the English page) for visitors whose language the site does not have.
/// `path` must be a page of the site (it starts with a language segment).
pub fn language_versions(path: &str) -> Vec<(&'static str, String)> {
    let mut versions: Vec<(&'static str, String)> = Lang::ALL
        .into_iter()
        .map(|lang| (lang.bcp47(), switch_lang_path(path, lang)))
        .collect();
    versions.push(("x-default", switch_lang_path(path, Lang::En)));
    versions
}

/// True when `slug` has the URL form: lowercase ASCII words joined by single `-`.
pub fn is_valid_slug(slug: &str) -> bool {
    !slug.is_empty()
        && slug.split('-').all(|word| {
            !word.is_empty()
                && word
                    .bytes()
                    .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit())
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pages_have_the_fixed_urls() {
        assert_eq!(Page::Home.href(Lang::Zh), "/zh/");
        assert_eq!(Page::Volunteers.href(Lang::En), "/en/volunteers");
        assert_eq!(
            Page::SocialCommitment.href(Lang::Fr),
            "/fr/social-commitment"
        );
        assert_eq!(Page::News.href(Lang::En), "/en/news");
        assert_eq!(Page::Contact.href(Lang::Zh), "/zh/contact");
        assert_eq!(
            news_item_href(Lang::Fr, "seccr-formally-established"),
            "/fr/news/seccr-formally-established"
        );
    }

    #[test]
    fn a_path_knows_its_section() {
        assert_eq!(Page::of_path("/en/"), Some(Page::Home));
        assert_eq!(Page::of_path("/en"), Some(Page::Home));
        assert_eq!(Page::of_path("/fr/news/some-item"), Some(Page::News));
        assert_eq!(Page::of_path("/zh/contact"), Some(Page::Contact));
        assert_eq!(Page::of_path("/zh/nowhere"), None);
        assert_eq!(Page::of_path("/de/contact"), None);
    }

    #[test]
    fn switching_language_keeps_the_page() {
        assert_eq!(
            switch_lang_path("/en/news/nhc-delegation-visits-sercb", Lang::Fr),
            "/fr/news/nhc-delegation-visits-sercb"
        );
        assert_eq!(switch_lang_path("/zh/", Lang::En), "/en/");
        assert_eq!(switch_lang_path("/zh", Lang::En), "/en/");
        assert_eq!(switch_lang_path("/fr/contact", Lang::Zh), "/zh/contact");
        assert_eq!(
            switch_lang_path("/fr/no-such-page", Lang::En),
            "/en/no-such-page"
        );
        assert_eq!(switch_lang_path("/xx/contact", Lang::En), "/en/");
        assert_eq!(switch_lang_path("/", Lang::Fr), "/fr/");
        // `/english` starts with `en` but is not the `en` segment.
        assert_eq!(switch_lang_path("/english", Lang::Fr), "/fr/");
    }

    #[test]
    fn every_page_names_its_language_versions() {
        let versions = language_versions("/fr/news/seccr-formally-established");
        let expected = [
            ("zh-CN", "/zh/news/seccr-formally-established"),
            ("en", "/en/news/seccr-formally-established"),
            ("fr", "/fr/news/seccr-formally-established"),
            ("x-default", "/en/news/seccr-formally-established"),
        ];
        assert_eq!(versions.len(), expected.len());
        for ((tag, path), (want_tag, want_path)) in versions.iter().zip(expected) {
            assert_eq!(*tag, want_tag);
            assert_eq!(path, &site_path(want_path));
        }
        // A home page without its trailing slash still names `/xx/`.
        assert_eq!(language_versions("/zh")[1].1, site_path("/en/"));
        assert_eq!(news_feed_href(Lang::Zh), site_path("/feeds/zh.atom"));
    }

    #[test]
    fn slugs_are_lowercase_ascii_words() {
        assert!(is_valid_slug("seccr-formally-established"));
        assert!(is_valid_slug("visit-2019"));
        for bad in [
            "", "-a", "a-", "a--b", "Capital", "é-t-é", "a_b", "a b", "a/b",
        ] {
            assert!(!is_valid_slug(bad), "{bad:?} should be rejected");
        }
    }
}
