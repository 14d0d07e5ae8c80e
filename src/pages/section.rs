//! What a section of the site is: a page at `/{lang}/{segment}` in every
//! language, named in the navigation, showing a content file of its own.
//! Each section's module implements [`Section`]; the registry in
//! `pages/mod.rs` lists them once, in navigation order, and
//! [`sections!`] makes from that list everything that has
//! one case per section (the [`Page`](crate::routes::Page) enum, its typed
//! content, its view), so a section left out of one of them cannot compile.
//! Code that does the same for every section (the content check, what the
//! build serves and indexes) is written once, for any `S: Section`, and
//! reached through [`SectionVisitor`].

use std::fmt::Debug;
use std::sync::Arc;

use leptos::prelude::AnyView;

use crate::content::news::{
    LatestNews, NewsArchivePage, RelatedNews, FIRST_ARCHIVE_PAGE_FILE, LATEST_FILE, RELATED_FILE,
};
use crate::content::{ContentFile, Site};
use crate::loader::{parse, Json, LoadError};
use crate::screen::ScreenKey;

/// A section: its address, its files, its view and what search finds of it.
pub trait Section: 'static {
    /// The section's own file in `public/content/{lang}/`, which editors write.
    type Content: ContentFile + Debug;
    /// What the page also shows of the press releases, a file made from them
    /// at build time; `()` for nothing.
    type News: NewsFile + Debug + Send + Sync;
    /// Its name in content files (`"page": "volunteers"` on a home card that
    /// leads to it) and in the build's list of pages (`kind`, `section`).
    const NAME: &'static str;
    /// The path segment after the language: `/en/{SEGMENT}`, empty for home.
    const SEGMENT: &'static str;

    /// The page, a pure function of its content.
    fn view(
        content: &Self::Content,
        news: &Self::News,
        site: &Arc<Site>,
        key: &ScreenKey,
    ) -> AnyView;

    /// What the search index holds of the page; `None` keeps it out.
    fn search_text<'a>(content: &'a Self::Content, site: &'a Site) -> Option<SearchText<'a>>;
}

/// A page as search sees it: its title and the texts below it.
#[derive(Debug, PartialEq)]
pub struct SearchText<'a> {
    pub title: &'a str,
    /// One paragraph (or heading, or list item) each.
    pub texts: Vec<&'a str>,
}

/// A file made from the press releases that a section shows beside its own
/// (`src/content/news.rs`), or `()` for none.
pub trait NewsFile: serde::de::DeserializeOwned + 'static {
    /// Its path below `/content/{lang}/`.
    const FILE: Option<&'static str>;
    /// Its value where there is no file to read: only `()` has one.
    fn without_file() -> Option<Self> {
        None
    }
}

impl NewsFile for () {
    const FILE: Option<&'static str> = None;
    fn without_file() -> Option<()> {
        Some(())
    }
}

/// The home page's newest press releases.
impl NewsFile for LatestNews {
    const FILE: Option<&'static str> = Some(LATEST_FILE);
}

/// The press releases the social commitment page links to.
impl NewsFile for RelatedNews {
    const FILE: Option<&'static str> = Some(RELATED_FILE);
}

/// The archive's first page, which the news section's own page shows (the
/// others are routes of their own, `/{lang}/news/page/{n}`).
impl NewsFile for NewsArchivePage {
    const FILE: Option<&'static str> = Some(FIRST_ARCHIVE_PAGE_FILE);
}

/// A section's own file and its news file, typed.
pub type Typed<S> = Arc<(<S as Section>::Content, <S as Section>::News)>;

/// The files of [`Page::files`](crate::routes::Page::files), typed. Inlined
/// into `SectionContent::typed`'s match as the pages' parses were before the
/// registry: 0.1 KB less WebAssembly (brotli, same build).
#[inline(always)]
pub fn typed_section<S: Section>(files: &[Json]) -> Result<Typed<S>, LoadError> {
    let own = parse(files.first().ok_or_else(not_loaded)?)?;
    let news = match files.get(1) {
        Some(news) => parse(news)?,
        None => S::News::without_file().ok_or_else(not_loaded)?,
    };
    Ok(Arc::new((own, news)))
}

fn not_loaded() -> LoadError {
    LoadError::Parse("a file of the page was not loaded".into())
}

/// Work done the same way for every section, given its type:
/// `page.visit(visitor)` calls `visitor.visit::<S>()` with the page's `S`.
pub trait SectionVisitor {
    type Output;
    fn visit<S: Section>(self) -> Self::Output;
}

/// The registry: one line per section, `Name => module::SectionType`, in
/// navigation order. Makes [`Page`](crate::routes::Page) (one variant per
/// line, read from content files by its [`Section::NAME`]), its dispatch to
/// the section's type ([`SectionVisitor`]), and `SectionContent`, a
/// section's page with its typed content.
macro_rules! sections {
    ($($(#[$doc:meta])* $name:ident => $section:ty,)+) => {
        /// A section of the site, in navigation order.
        #[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
        pub enum Page {
            $($(#[$doc])* $name,)+
        }

        impl Page {
            /// Every section, in navigation order.
            pub const ALL: [Page; [$(stringify!($name)),+].len()] = [$(Page::$name),+];

            /// Every section's [`Section::NAME`](
            /// $crate::pages::section::Section::NAME), in navigation order.
            pub const NAMES: [&'static str; Page::ALL.len()] =
                [$(<$section as $crate::pages::section::Section>::NAME),+];

            /// Its name in content files ([`Section::NAME`](
            /// $crate::pages::section::Section::NAME)).
            pub fn name(self) -> &'static str {
                match self {
                    $(Page::$name => <$section as $crate::pages::section::Section>::NAME,)+
                }
            }

            /// The path segment after the language (empty for home).
            pub fn segment(self) -> &'static str {
                match self {
                    $(Page::$name => <$section as $crate::pages::section::Section>::SEGMENT,)+
                }
            }

            /// The name of its own file in `public/content/{lang}/`.
            pub fn file(self) -> &'static str {
                self.files().0
            }

            /// The files its page loads below `/content/{lang}/`: its own,
            /// and its news file if it has one.
            pub fn files(self) -> (&'static str, Option<&'static str>) {
                match self {
                    $(Page::$name => (
                        <<$section as $crate::pages::section::Section>::Content
                            as $crate::content::ContentFile>::FILE,
                        <<$section as $crate::pages::section::Section>::News
                            as $crate::pages::section::NewsFile>::FILE,
                    ),)+
                }
            }

            /// Runs `visitor` with this section's type.
            pub fn visit<V: $crate::pages::section::SectionVisitor>(self, visitor: V) -> V::Output {
                match self {
                    $(Page::$name => visitor.visit::<$section>(),)+
                }
            }
        }

        /// A section's page with its content, typed.
        #[derive(Clone, Debug)]
        pub enum SectionContent {
            $($name($crate::pages::section::Typed<$section>),)+
        }

        impl SectionContent {
            /// The content of `page` from its files ([`Page::files`]), in
            /// their order.
            pub fn typed(
                page: Page,
                files: &[$crate::loader::Json],
            ) -> Result<Self, $crate::loader::LoadError> {
                Ok(match page {
                    $(Page::$name => {
                        SectionContent::$name($crate::pages::section::typed_section::<$section>(files)?)
                    })+
                })
            }

            /// The page.
            pub fn view(
                &self,
                site: &std::sync::Arc<$crate::content::Site>,
                key: &$crate::screen::ScreenKey,
            ) -> leptos::prelude::AnyView {
                match self {
                    $(SectionContent::$name(typed) => {
                        <$section as $crate::pages::section::Section>::view(&typed.0, &typed.1, site, key)
                    })+
                }
            }
        }
    };
}

pub(crate) use sections;

/// A section named in a content file, by its [`Section::NAME`].
impl<'de> serde::Deserialize<'de> for crate::routes::Page {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        use crate::routes::Page;
        let name = String::deserialize(deserializer)?;
        Page::ALL
            .into_iter()
            .find(|page| page.name() == name)
            .ok_or_else(|| serde::de::Error::unknown_variant(&name, &Page::NAMES))
    }
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use std::collections::BTreeSet;

    use crate::content::files;
    use crate::lang::Lang;
    use crate::routes::{Page, Route};

    #[test]
    fn every_section_has_its_own_name_address_and_file() {
        let distinct = |values: Vec<&str>| values.iter().collect::<BTreeSet<_>>().len();
        let count = Page::ALL.len();
        assert_eq!(distinct(Page::ALL.map(Page::name).to_vec()), count);
        assert_eq!(distinct(Page::ALL.map(Page::segment).to_vec()), count);
        assert_eq!(distinct(Page::ALL.map(Page::file).to_vec()), count);
        // No section's file is the site's or the search page's.
        assert_eq!(distinct(files()), files().len());
        for page in Page::ALL {
            assert_eq!(Route::of_path(&page.href(Lang::Fr)), Route::Section(page));
            assert!(files().contains(&page.file()), "{page:?}");
        }
    }

    #[test]
    fn content_files_name_a_section_by_its_name() {
        for page in Page::ALL {
            let named: Page = serde_json::from_value(serde_json::json!(page.name())).unwrap();
            assert_eq!(named, page);
        }
        let unknown =
            serde_json::from_value::<Page>(serde_json::json!("no-such-section")).unwrap_err();
        assert!(
            unknown
                .to_string()
                .starts_with("unknown variant `no-such-section`, expected one of `home`"),
            "{unknown}"
        );
    }
}
