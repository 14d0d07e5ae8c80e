//! What any valid content must hold beyond what the content check
//! (`check::tests::the_shipped_content_passes`) enforces file by file, read
//! from the content folder the tests are given (`CONTENT_DIR`, else the
//! shipped `public/content`), and behaviour that needs particular content,
//! on the fixture tree (`tests/fixtures/content`).

use std::path::{Path, PathBuf};

use super::*;
use crate::lang::Lang;

/// The content under test: `CONTENT_DIR` or the shipped folder.
fn content_dir() -> PathBuf {
    served::content_dir()
}

/// The committed fixture tree, for tests that need particular content.
pub(crate) fn fixture_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/content")
}

/// Copies the folder `from` to `to`, for tests that change a copy of a tree.
pub(crate) fn copy_dir(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).unwrap();
    for entry in std::fs::read_dir(from).unwrap() {
        let path = entry.unwrap().path();
        let target = to.join(path.file_name().unwrap());
        if path.is_dir() {
            copy_dir(&path, &target);
        } else {
            std::fs::copy(&path, &target).unwrap();
        }
    }
}

fn load<T: ContentFile>(dir: &Path, lang: Lang) -> T {
    let path = dir.join(lang.code()).join(T::FILE);
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    serde_json::from_str(&text).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

fn archive(dir: &Path) -> archive::NewsArchive {
    archive::NewsArchive::read(dir).expect("the news reads")
}

#[test]
fn every_press_release_has_one_original_and_every_version_a_body() {
    for dir in [content_dir(), fixture_dir()] {
        for item in &archive(&dir).items {
            let originals = item
                .versions
                .iter()
                .filter(|(_, source)| source.translated_from.is_none())
                .count();
            assert_eq!(originals, 1, "{}: one original", item.slug);
            for (lang, source) in &item.versions {
                assert!(
                    source.body.iter().any(|p| !p.trim().is_empty()),
                    "{lang}: {} needs a body",
                    item.slug
                );
                // A translation has its original's date.
                assert_eq!(source.date, item.date(), "{lang}: {}", item.slug);
            }
        }
    }
}

#[test]
fn an_item_is_found_by_its_slug_with_its_original_s_date() {
    let archive = archive(&fixture_dir());
    let item = archive
        .find("fixture-delegation-visit")
        .expect("the fixture's press release");
    assert_eq!(item.date(), NewsDate::parse("2018-07-11").unwrap());
    assert_eq!(item.original().0, Lang::Zh);
    assert!(archive.find("no-such-item").is_none());
}

#[test]
fn home_leads_into_every_section() {
    for dir in [content_dir(), fixture_dir()] {
        for lang in Lang::ALL {
            let cards: Vec<Page> = load::<Home>(&dir, lang)
                .sections
                .iter()
                .map(|c| c.page)
                .collect();
            for page in Page::ALL.into_iter().filter(|p| *p != Page::Home) {
                assert!(
                    cards.contains(&page),
                    "{lang}: home has no way into {page:?}"
                );
            }
        }
    }
}

/// The digits of `text`, in order.
fn digits(text: &str) -> String {
    text.chars().filter(char::is_ascii_digit).collect()
}

fn last_eight(text: &str) -> String {
    let digits = digits(text);
    digits[digits.len().saturating_sub(8)..].to_owned()
}

/// The runs of digits of `text`, sorted: what an address says in any language.
fn numbers(text: &str) -> Vec<String> {
    let mut numbers: Vec<String> = text
        .split(|c: char| !c.is_ascii_digit())
        .filter(|n| !n.is_empty())
        .map(str::to_owned)
        .collect();
    numbers.sort();
    numbers
}

#[test]
fn contact_facts_are_the_same_in_every_language() {
    let dir = content_dir();
    let contacts: Vec<(Lang, ContactFacts)> = Lang::ALL
        .into_iter()
        .map(|lang| (lang, load::<Site>(&dir, lang).contact))
        .collect();
    let (_, first) = &contacts[0];
    for (lang, contact) in &contacts {
        // The link dials the number the page shows (a tel: number has at
        // least eight digits; the shown one may leave out the country code).
        assert_eq!(
            last_eight(&contact.phone.tel),
            last_eight(&contact.phone.display),
            "{lang}: tel {} is not the number shown, {}",
            contact.phone.tel,
            contact.phone.display
        );
        assert_eq!(contact.phone.tel, first.phone.tel, "{lang}: phone");
        assert_eq!(digits(&contact.fax), digits(&first.fax), "{lang}: fax");
        assert_ne!(digits(&contact.fax), digits(&contact.phone.display));
        // The same building, written in each language's order.
        assert_eq!(
            numbers(&contact.address),
            numbers(&first.address),
            "{lang}: address"
        );
    }
}

/// Neighbours, the latest list and the first archive page, for any archive.
fn assert_neighbours_follow_the_archive_order(archive: &archive::NewsArchive) {
    let slugs: Vec<&str> = archive.items.iter().map(|i| i.slug.as_str()).collect();
    for lang in Lang::ALL {
        for (index, slug) in slugs.iter().enumerate() {
            let view = archive.item_view(lang, slug).unwrap();
            let newer = index.checked_sub(1).map(|i| slugs[i].to_owned());
            let older = slugs.get(index + 1).map(|s| (*s).to_owned());
            assert_eq!(
                (view.newer.map(|l| l.slug), view.older.map(|l| l.slug)),
                (newer, older),
                "{lang}: {slug}"
            );
        }
        assert!(archive.item_view(lang, "no-such-item").is_none());
        assert_eq!(
            archive.latest(lang).items.len(),
            slugs.len().min(news::LATEST_COUNT)
        );
        let first_page: Vec<String> = archive
            .page(lang, 1)
            .unwrap()
            .items
            .into_iter()
            .map(|e| e.slug)
            .collect();
        assert_eq!(
            first_page,
            slugs[..slugs.len().min(news::ARCHIVE_PAGE_SIZE)]
        );
    }
}

#[test]
fn news_neighbours_follow_the_archive_order() {
    assert_neighbours_follow_the_archive_order(&archive(&content_dir()));
    // The fixture has items in one and two languages among the others.
    let fixture = archive(&fixture_dir());
    assert!(fixture.items.iter().any(|i| i.langs() == [Lang::Zh]));
    assert_neighbours_follow_the_archive_order(&fixture);
    let synthetic = archive::NewsArchive::new(archive::synthetic::synthetic_archive(45));
    assert_eq!(synthetic.page_count(), 3);
    assert_neighbours_follow_the_archive_order(&synthetic);
}

#[test]
fn the_news_section_loads_the_archive_s_first_page() {
    assert_eq!(news::FIRST_ARCHIVE_PAGE_FILE, news::archive_page_file(1));
}
