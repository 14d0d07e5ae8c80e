//! Facts the shipped content must hold, beyond what the content check
//! (`check::tests::the_shipped_content_passes`) enforces for any content.

use std::path::PathBuf;

use super::*;
use crate::lang::Lang;

fn load<T: ContentFile>(lang: Lang) -> T {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("public/content")
        .join(lang.code())
        .join(T::FILE);
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    serde_json::from_str(&text).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

#[test]
fn all_six_press_releases_are_published_with_a_body() {
    for lang in Lang::ALL {
        let news = load::<News>(lang);
        assert_eq!(
            news.items.len(),
            6,
            "{lang}: the six press releases of the facts file"
        );
        // As long as the sources allow: some say one thing of an event.
        for item in &news.items {
            assert!(
                item.body.iter().any(|p| !p.trim().is_empty()),
                "{lang}: {} needs a body",
                item.slug
            );
        }
    }
}

#[test]
fn the_seed_press_release_is_published() {
    let news = load::<News>(Lang::En);
    let seed = news
        .find("nhc-delegation-visits-sercb")
        .expect("the seed page's press release");
    assert_eq!(seed.item.date, NewsDate::parse("2018-07-11").unwrap());
}

#[test]
fn home_leads_into_every_section() {
    for lang in Lang::ALL {
        let cards: Vec<Page> = load::<Home>(lang).sections.iter().map(|c| c.page).collect();
        for page in Page::ALL.into_iter().filter(|p| *p != Page::Home) {
            assert!(
                cards.contains(&page),
                "{lang}: home has no way into {page:?}"
            );
        }
    }
}

#[test]
fn contact_facts_are_the_known_ones() {
    for lang in Lang::ALL {
        let contact = load::<Site>(lang).contact;
        assert_eq!(contact.phone.tel, "+862133676666", "{lang}");
        assert!(contact.phone.display.contains("3367 6666"), "{lang}");
        assert!(contact.fax.contains("3367 6373"), "{lang}");
        assert!(
            contact.address.contains("380") && contact.address.contains("200032"),
            "{lang}"
        );
    }
}

#[test]
fn news_neighbours_follow_the_list_order() {
    let news = load::<News>(Lang::En);
    let first = news.find(&news.items[0].slug).unwrap();
    assert_eq!(
        (first.newer, first.older.map(|i| &i.slug)),
        (None, Some(&news.items[1].slug))
    );
    let last = news.find(&news.items[5].slug).unwrap();
    assert_eq!(
        (last.newer.map(|i| &i.slug), last.older),
        (Some(&news.items[4].slug), None)
    );
    assert!(news.find("no-such-item").is_none());
    assert_eq!(news.latest(3).len(), 3);
    assert_eq!(news.latest(10).len(), 6);
}
