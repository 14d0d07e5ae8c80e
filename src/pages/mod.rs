//! One module per page: each is a pure function of its typed content, picked
//! here. The sections of the site are declared once, in the registry below;
//! what a section is and what the registry makes of it: [`section`].

pub mod contact;
pub mod home;
pub mod news_archive;
pub mod news_item;
pub mod not_found;
pub mod root_redirect;
pub mod search;
pub mod section;
pub mod social_commitment;
pub mod volunteers;

use leptos::prelude::*;

use crate::screen::{PageContent, Screen};

// The registry: every section, in navigation order. Adding a section is its
// module above, its content files, its label in each `site.json`'s `nav`,
// and one line here (README, "Adding a page").
section::sections! {
    Home => home::HomePage,
    Volunteers => volunteers::VolunteersPage,
    SocialCommitment => social_commitment::SocialCommitmentPage,
    News => news_archive::NewsPage,
    Contact => contact::ContactPage,
}

/// The page of a screen.
pub fn page_view(screen: &Screen) -> AnyView {
    let key = &screen.key;
    match &screen.page {
        PageContent::ChooseLanguage => root_redirect::root_redirect(&screen.site).into_any(),
        PageContent::Section(section) => section.view(&screen.site, key),
        PageContent::NewsItem(news, item) => {
            news_item::news_item_page(news, item, &screen.site, key).into_any()
        }
        PageContent::Search(page) => search::search_page(page, &screen.site, key).into_any(),
        PageContent::NotFound => not_found::not_found_page(&screen.site, key).into_any(),
    }
}
