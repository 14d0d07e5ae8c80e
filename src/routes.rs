//! The site's URLs: each section's own page, `/{lang}/{segment}` (`/{lang}/`
//! for home, `/{lang}/volunteers`…: the registry in `src/pages/mod.rs`); the
//! news archive's further pages, `/{lang}/news/page/{n}`; each press release,
//! `/{lang}/news/{slug}`; and `/{lang}/search`.
//!
//! Pure functions, so links are built and tested in one place. Paths given
//! and returned are the browser's: under the base path when the site lives in
//! a folder (see [`crate::deploy`]).

use crate::deploy::{site_path, strip_base};
use crate::lang::Lang;

pub use crate::pages::Page;

impl Page {
    /// The page's absolute path in a language: `/en/volunteers`, `/en/` for home.
    pub fn href(self, lang: Lang) -> String {
        site_path(&format!("/{}/{}", lang.code(), self.segment()))
    }

    /// The section a path belongs to (a news item belongs to news), if any.
    pub fn of_path(path: &str) -> Option<Page> {
        let mut segments = strip_base(path).trim_start_matches('/').split('/');
        segments.next()?.parse::<Lang>().ok()?;
        Page::of_segment(segments.next().unwrap_or(""))
    }

    /// The section whose own page is at `/{lang}/{segment}`.
    pub fn of_segment(segment: &str) -> Option<Page> {
        Page::ALL.into_iter().find(|p| p.segment() == segment)
    }
}

/// What a path shows, whatever its language.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum Route {
    /// `/`: the choice of language.
    ChooseLanguage,
    /// A section's own page, `/{lang}/{segment}` (for news, the archive's
    /// first page).
    Section(Page),
    /// A further page of the news archive, from 2.
    NewsArchive(u32),
    NewsItem(String),
    /// `/{lang}/search`, the query in `?q=`.
    Search,
    NotFound,
}

impl Route {
    /// The route of a browser path (base included); a trailing slash is ignored.
    pub fn of_path(path: &str) -> Route {
        let rest = strip_base(path).trim_matches('/');
        if rest.is_empty() {
            return Route::ChooseLanguage;
        }
        let mut segments = rest.split('/');
        if segments
            .next()
            .and_then(|code| code.parse::<Lang>().ok())
            .is_none()
        {
            return Route::NotFound;
        }
        let segments: Vec<&str> = segments.collect();
        let news = Page::News.segment();
        match segments[..] {
            [] => Page::of_segment("").map_or(Route::NotFound, Route::Section),
            ["search"] => Route::Search,
            [segment] => Page::of_segment(segment).map_or(Route::NotFound, Route::Section),
            // Page 1 has one URL only, `/{lang}/news`: the section's own.
            [section, "page", number] if section == news => match number.parse::<u32>() {
                Ok(page) if page >= 2 && number == page.to_string() => Route::NewsArchive(page),
                _ => Route::NotFound,
            },
            [section, slug]
                if section == news && is_valid_slug(slug) && !is_reserved_slug(slug) =>
            {
                Route::NewsItem(slug.to_owned())
            }
            _ => Route::NotFound,
        }
    }

    /// Whether the route's page exists only for some values (real items,
    /// real archive pages): a missing file then means "not found".
    pub fn is_per_item(&self) -> bool {
        matches!(self, Route::NewsArchive(_) | Route::NewsItem(_))
    }

    /// The section the route belongs to, for the navigation.
    pub fn section(&self) -> Option<Page> {
        match self {
            Route::Section(page) => Some(*page),
            Route::NewsArchive(_) | Route::NewsItem(_) => Some(Page::News),
            Route::ChooseLanguage | Route::Search | Route::NotFound => None,
        }
    }

    /// The route's path in `lang`, the one way links name it (`None` for
    /// routes without a page of their own).
    pub fn href(&self, lang: Lang) -> Option<String> {
        match self {
            Route::NewsArchive(page) => Some(news_archive_href(lang, *page)),
            Route::NewsItem(slug) => Some(news_item_href(lang, slug)),
            Route::Search => Some(search_href(lang)),
            other => other.section().map(|page| page.href(lang)),
        }
    }
}

/// A section's own page (the news archive's first page for news).
impl From<Page> for Route {
    fn from(page: Page) -> Route {
        Route::Section(page)
    }
}

/// A page of the news archive: `/en/news`, then `/en/news/page/2`…
pub fn news_archive_href(lang: Lang, page: u32) -> String {
    if page <= 1 {
        Page::News.href(lang)
    } else {
        format!("{}/page/{page}", Page::News.href(lang))
    }
}

/// The search page: `/en/search` (the query goes in `?q=`).
pub fn search_href(lang: Lang) -> String {
    site_path(&format!("/{}/search", lang.code()))
}

/// Slugs that name the archive's own paths, never an item.
pub fn is_reserved_slug(slug: &str) -> bool {
    slug == "page"
}

/// The path of one news item: `/en/news/{slug}`.
pub fn news_item_href(lang: Lang, slug: &str) -> String {
    format!("{}/{slug}", Page::News.href(lang))
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

/// A page's language versions as `(hreflang, language)`, then `x-default`
/// for visitors whose language the site does not have: the English version,
/// or the first there is.
pub fn language_alternates(versions: &[Lang]) -> Vec<(&'static str, Lang)> {
    let default = versions
        .iter()
        .copied()
        .find(|&l| l == Lang::En)
        .or(versions.first().copied());
    versions
        .iter()
        .map(|&version| (version.bcp47(), version))
        .chain(default.map(|l| ("x-default", l)))
        .collect()
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
            news_item_href(Lang::Fr, "ethics-review-day"),
            "/fr/news/ethics-review-day"
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
            switch_lang_path("/en/news/a-delegation-visits", Lang::Fr),
            "/fr/news/a-delegation-visits"
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
        assert_eq!(
            language_alternates(&Lang::ALL),
            [
                ("zh-CN", Lang::Zh),
                ("en", Lang::En),
                ("fr", Lang::Fr),
                ("x-default", Lang::En)
            ]
        );
        // An item in Chinese and French only: no English page to default to.
        assert_eq!(
            language_alternates(&[Lang::Zh, Lang::Fr]),
            [
                ("zh-CN", Lang::Zh),
                ("fr", Lang::Fr),
                ("x-default", Lang::Zh)
            ]
        );
        assert_eq!(news_feed_href(Lang::Zh), site_path("/feeds/zh.atom"));
    }

    #[test]
    fn every_path_has_its_route() {
        let cases = [
            ("/", Route::ChooseLanguage),
            ("/en", Route::Section(Page::Home)),
            ("/en/", Route::Section(Page::Home)),
            ("/zh/volunteers", Route::Section(Page::Volunteers)),
            (
                "/fr/social-commitment/",
                Route::Section(Page::SocialCommitment),
            ),
            ("/en/news", Route::Section(Page::News)),
            ("/en/news/page/2", Route::NewsArchive(2)),
            ("/en/news/page/1", Route::NotFound),
            ("/en/news/page/02", Route::NotFound),
            ("/en/news/page/x", Route::NotFound),
            ("/en/news/page", Route::NotFound),
            (
                "/fr/news/some-item",
                Route::NewsItem("some-item".to_owned()),
            ),
            ("/fr/news/Some-Item", Route::NotFound),
            ("/fr/news/a/b", Route::NotFound),
            ("/zh/contact", Route::Section(Page::Contact)),
            ("/fr/search", Route::Search),
            ("/de/contact", Route::NotFound),
            ("/en/404", Route::NotFound),
        ];
        for (path, route) in cases {
            assert_eq!(Route::of_path(&site_path(path)), route, "{path}");
        }
        assert_eq!(
            Route::NewsArchive(3).href(Lang::Zh),
            Some(site_path("/zh/news/page/3"))
        );
        assert_eq!(
            Route::NewsArchive(1).href(Lang::Zh),
            Some(site_path("/zh/news"))
        );
        assert_eq!(Route::NotFound.href(Lang::Zh), None);
        for page in Page::ALL {
            assert_eq!(Route::from(page), Route::of_path(&page.href(Lang::Fr)));
            assert_eq!(Route::from(page).section(), Some(page));
        }
    }

    #[test]
    fn slugs_are_lowercase_ascii_words() {
        assert!(is_valid_slug("ethics-review-day"));
        assert!(is_valid_slug("visit-2019"));
        for bad in [
            "", "-a", "a-", "a--b", "Capital", "é-t-é", "a_b", "a b", "a/b",
        ] {
            assert!(!is_valid_slug(bad), "{bad:?} should be rejected");
        }
    }
}
