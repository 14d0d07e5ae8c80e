//! Every shipped content file, loaded on the host with the app's own types.

use std::path::PathBuf;

use super::*;
use crate::lang::Lang;
use crate::routes::is_valid_slug;

fn content_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("public/content")
}

fn load<T: ContentFile>(lang: Lang) -> T {
    let path = content_dir().join(lang.code()).join(T::FILE);
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    serde_json::from_str(&text).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

fn has_cjk(text: &str) -> bool {
    text.chars().any(|c| ('\u{4e00}'..='\u{9fff}').contains(&c))
}

#[test]
fn every_file_of_every_language_parses() {
    for lang in Lang::ALL {
        load::<Site>(lang);
        load::<Home>(lang);
        load::<Volunteers>(lang);
        load::<SocialCommitment>(lang);
        load::<News>(lang);
        load::<Contact>(lang);
    }
}

#[test]
fn news_items_match_across_languages_and_are_newest_first() {
    let reference = load::<News>(Lang::En);
    assert_eq!(
        reference.items.len(),
        6,
        "all six press releases of the facts file"
    );
    for lang in Lang::ALL {
        let news = load::<News>(lang);
        let keys: Vec<_> = news
            .items
            .iter()
            .map(|i| (i.slug.as_str(), i.date))
            .collect();
        let expected: Vec<_> = reference
            .items
            .iter()
            .map(|i| (i.slug.as_str(), i.date))
            .collect();
        assert_eq!(
            keys, expected,
            "{lang}: news slugs and dates differ from English"
        );
        for pair in news.items.windows(2) {
            assert!(
                pair[0].date >= pair[1].date,
                "{lang}: {} is not newest first",
                pair[1].slug
            );
        }
        for item in &news.items {
            assert!(is_valid_slug(&item.slug), "{lang}: bad slug {}", item.slug);
            assert!(
                !item.title.trim().is_empty() && !item.summary.trim().is_empty(),
                "{lang}: {} is empty",
                item.slug
            );
            assert!(
                item.body.len() >= 2,
                "{lang}: {} needs its full text",
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
fn related_news_and_section_cards_point_at_real_pages() {
    for lang in Lang::ALL {
        let news = load::<News>(lang);
        for service in load::<SocialCommitment>(lang).services {
            for slug in service.related_news {
                assert!(
                    news.find(&slug).is_some(),
                    "{lang}: social commitment links unknown news {slug}"
                );
            }
        }
        let home = load::<Home>(lang);
        let cards: Vec<Page> = home.sections.iter().map(|c| c.page).collect();
        for page in Page::ALL.into_iter().filter(|p| *p != Page::Home) {
            assert!(
                cards.contains(&page),
                "{lang}: home has no way into {page:?}"
            );
        }
    }
}

#[test]
fn titles_are_written_in_their_language() {
    for lang in Lang::ALL {
        let mut titles = vec![load::<Site>(lang).name];
        titles.push(load::<Home>(lang).heading);
        titles.push(load::<Volunteers>(lang).heading);
        titles.push(load::<SocialCommitment>(lang).heading);
        titles.push(load::<Contact>(lang).heading);
        titles.extend(load::<News>(lang).items.into_iter().map(|i| i.title));
        for title in titles {
            assert_eq!(
                has_cjk(&title),
                lang == Lang::Zh,
                "{lang}: title {title:?} is in the wrong script"
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
fn no_shipped_file_carries_a_spam_term() {
    let deny_list =
        std::fs::read_to_string(content_dir().join("../../checks/spam-deny-list.txt")).unwrap();
    let terms: Vec<String> = deny_list
        .lines()
        .filter(|l| !l.trim().is_empty() && !l.starts_with('#'))
        .map(str::to_lowercase)
        .collect();
    assert!(terms.len() >= 5, "the deny-list was read");
    for lang in Lang::ALL {
        for file in FILES {
            let path = content_dir().join(lang.code()).join(file);
            let text = std::fs::read_to_string(&path).unwrap().to_lowercase();
            for term in &terms {
                assert!(!text.contains(term), "{}: contains {term}", path.display());
            }
        }
    }
}
