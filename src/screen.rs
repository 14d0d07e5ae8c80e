//! What the visitor sees at a path, loaded as one value: the site's chrome
//! (`site.json`) and the page's own files. The shell shows one [`Screen`] at a
//! time and swaps it whole, so header, page, footer, title and `<html lang>`
//! always change together, and a failed load leaves the screen as it was.
//!
//! Each route's files are named here ([`ScreenKey::files`]; a section's by
//! its [`Section`](crate::pages::section::Section) type, through
//! [`Page::files`]) and typed ([`PageContent`]); the prerenderer embeds
//! exactly those files in the page.

use std::sync::Arc;

use futures::future::{abortable, AbortHandle};
use leptos::prelude::*;

use crate::content::news::{archive_page_file, item_file, NewsItemView};
use crate::content::{ContentFile, News, SearchPage, Site};
use crate::lang::Lang;
use crate::loader::{content_url, load, load_all, parse, Json, LoadError};
use crate::pages::SectionContent;
use crate::routes::{Page, Route};

/// Which screen: a route in a language.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct ScreenKey {
    pub lang: Lang,
    pub route: Route,
}

impl ScreenKey {
    /// The content files the screen shows, below `/content/{lang}/`: the
    /// site's first, then the page's.
    pub fn files(&self) -> Vec<String> {
        let page: Vec<String> = match &self.route {
            Route::ChooseLanguage | Route::NotFound => vec![],
            Route::Search => vec![SearchPage::FILE.into()],
            Route::Section(page) => {
                let (own, news) = page.files();
                std::iter::once(own)
                    .chain(news)
                    .map(str::to_owned)
                    .collect()
            }
            Route::NewsArchive(_) | Route::NewsItem(_) => std::iter::once(News::FILE.into())
                .chain(self.item_file())
                .collect(),
        };
        std::iter::once(Site::FILE.to_owned()).chain(page).collect()
    }

    /// The file only this press release or archive page has: the one that is
    /// missing when the item or page does not exist.
    fn item_file(&self) -> Option<String> {
        match &self.route {
            Route::NewsArchive(page) => Some(archive_page_file(*page)),
            Route::NewsItem(slug) => Some(item_file(slug)),
            _ => None,
        }
    }

    /// The URL of [`Self::item_file`].
    pub fn item_url(&self) -> Option<String> {
        self.item_file().map(|file| content_url(self.lang, &file))
    }

    /// The URLs of [`Self::files`].
    pub fn urls(&self) -> Vec<String> {
        self.files()
            .iter()
            .map(|file| content_url(self.lang, file))
            .collect()
    }
}

/// A screen with its content, ready to show.
#[derive(Clone, Debug)]
pub struct Screen {
    pub key: ScreenKey,
    pub site: Arc<Site>,
    pub page: PageContent,
    /// The files it was read from, as the loader keeps them.
    files: Vec<Json>,
}

/// The same screen is the same key read from the same files: in the browser
/// the very objects the loader keeps (`===`), so a load that changes nothing
/// is told apart in one step, without comparing the content it holds.
impl PartialEq for Screen {
    fn eq(&self, other: &Screen) -> bool {
        self.key == other.key && self.files == other.files
    }
}

/// The typed content of each page.
#[derive(Clone, Debug)]
pub enum PageContent {
    ChooseLanguage,
    /// A section's page; the news archive's further pages too (the same
    /// files as its first: `news.json` and one archive page).
    Section(SectionContent),
    NewsItem(Arc<News>, Arc<NewsItemView>),
    Search(Arc<SearchPage>),
    NotFound,
}

/// The screen of `key`, loaded (again whenever `retries` changes). A load the
/// visitor has navigated away from is abandoned, its requests aborted, so it
/// never holds up the next one: it ends as [`LoadError::Superseded`].
///
/// Leptos' `AsyncDerived` sets its value synchronously when the future is
/// ready at once, which it is when every file is here: the takeover of a
/// prerendered page and the prerender itself render the whole page in one
/// pass.
pub fn screen_loader(
    key: Memo<ScreenKey>,
    retries: RwSignal<u32>,
) -> AsyncDerived<Result<Screen, LoadError>, LocalStorage> {
    let in_flight = StoredValue::new_local(None::<(ScreenKey, AbortHandle)>);
    Effect::new(move |_| {
        let wanted = key.get();
        in_flight.update_value(|load| {
            if let Some((_, handle)) = load.take_if(|(loading, _)| *loading != wanted) {
                handle.abort();
            }
        });
    });
    AsyncDerived::new_unsync(move || {
        retries.track();
        let key = key.get();
        let (load, handle) = abortable(load_screen(key.clone()));
        in_flight.set_value(Some((key, handle)));
        async move { load.await.unwrap_or(Err(LoadError::Superseded)) }
    })
}

/// Loads every file of the screen at once; done at once when all are here
/// (the first render of a prerendered page, a language seen before). A page
/// the server does not have (an unknown news item or archive page) is the
/// 404 page; any other failure fails the whole screen, so nothing half-new
/// is ever shown, and a failed file aborts the others' requests.
pub async fn load_screen(key: ScreenKey) -> Result<Screen, LoadError> {
    let files = match load_all(key.urls()).await {
        Ok(files) => files,
        // The site's file alone, for the 404 page.
        Err(error) if error.is_missing() && key.route.is_per_item() => {
            vec![load(content_url(key.lang, Site::FILE)).await?]
        }
        Err(error) => return Err(error),
    };
    Ok(Screen {
        site: Arc::new(parse::<Site>(&files[0])?),
        page: typed_page(&key.route, &files[1..])?,
        key,
        files,
    })
}

/// The page's files, typed; `NotFound` when they are not there.
fn typed_page(route: &Route, files: &[Json]) -> Result<PageContent, LoadError> {
    fn typed<T: serde::de::DeserializeOwned>(json: &Json) -> Result<Arc<T>, LoadError> {
        parse(json).map(Arc::new)
    }
    Ok(match (route, files) {
        (Route::Section(page), files) => PageContent::Section(SectionContent::typed(*page, files)?),
        (Route::NewsArchive(_), files @ [_, _]) => {
            PageContent::Section(SectionContent::typed(Page::News, files)?)
        }
        (Route::NewsItem(_), [news, item]) => PageContent::NewsItem(typed(news)?, typed(item)?),
        (Route::ChooseLanguage, _) => PageContent::ChooseLanguage,
        (Route::Search, [page]) => PageContent::Search(typed(page)?),
        _ => PageContent::NotFound,
    })
}
