//! One module per page: each is a pure function of its typed content (see
//! `src/screen.rs` for which files a page shows), picked here.

pub mod contact;
pub mod home;
pub mod news_archive;
pub mod news_item;
pub mod not_found;
pub mod root_redirect;
pub mod search;
pub mod social_commitment;
pub mod volunteers;

use leptos::prelude::*;

use crate::screen::{PageContent, Screen};

/// The page of a screen.
pub fn page_view(screen: &Screen) -> AnyView {
    let key = &screen.key;
    match &screen.page {
        PageContent::ChooseLanguage => root_redirect::root_redirect(&screen.site).into_any(),
        PageContent::Home(home, latest) => {
            home::home_page(home, latest, &screen.site, key).into_any()
        }
        PageContent::Volunteers(page) => {
            volunteers::volunteers_page(page, &screen.site, key).into_any()
        }
        PageContent::SocialCommitment(page, related) => {
            social_commitment::social_commitment_page(page, related, &screen.site, key).into_any()
        }
        PageContent::NewsArchive(news, page) => {
            news_archive::news_archive_page(news, page, &screen.site, key).into_any()
        }
        PageContent::NewsItem(news, item) => {
            news_item::news_item_page(news, item, &screen.site, key).into_any()
        }
        PageContent::Contact(page) => contact::contact_page(page, &screen.site, key).into_any(),
        PageContent::Search(page) => search::search_page(page, &screen.site, key).into_any(),
        PageContent::NotFound => not_found::not_found_page(&screen.site, key).into_any(),
    }
}
