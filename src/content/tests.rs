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

fn archive() -> archive::NewsArchive {
    archive::NewsArchive::read(&PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("public/content"))
        .expect("the shipped news reads")
}

#[test]
fn all_six_press_releases_are_published_in_every_language_with_a_body() {
    let archive = archive();
    assert_eq!(
        archive.items.len(),
        6,
        "the six press releases of the facts file"
    );
    for item in &archive.items {
        assert_eq!(item.langs(), Lang::ALL, "{}", item.slug);
        // As long as the sources allow: some say one thing of an event.
        for (lang, source) in &item.versions {
            assert!(
                source.body.iter().any(|p| !p.trim().is_empty()),
                "{lang}: {} needs a body",
                item.slug
            );
        }
    }
}

#[test]
fn the_seed_press_release_is_published() {
    let archive = archive();
    let seed = archive
        .find("nhc-delegation-visits-sercb")
        .expect("the seed page's press release");
    assert_eq!(seed.date(), NewsDate::parse("2018-07-11").unwrap());
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
fn news_neighbours_follow_the_archive_order() {
    let archive = archive();
    let slugs: Vec<&str> = archive.items.iter().map(|i| i.slug.as_str()).collect();
    let first = archive.item_view(Lang::En, slugs[0]).unwrap();
    assert_eq!(
        (first.newer, first.older.map(|l| l.slug)),
        (None, Some(slugs[1].to_owned()))
    );
    let last = archive.item_view(Lang::En, slugs[5]).unwrap();
    assert_eq!(
        (last.newer.map(|l| l.slug), last.older),
        (Some(slugs[4].to_owned()), None)
    );
    assert!(archive.item_view(Lang::En, "no-such-item").is_none());
    assert_eq!(archive.latest(Lang::En).items.len(), news::LATEST_COUNT);
    assert_eq!(archive.page(Lang::En, 1).unwrap().items.len(), 6);
}
