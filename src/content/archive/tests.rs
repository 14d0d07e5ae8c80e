use super::*;
use crate::content::news::TranslatedFrom;

fn source(date: &str, title: &str, translated_from: Option<Lang>) -> NewsSource {
    NewsSource {
        date: NewsDate::parse(date).unwrap(),
        title: title.to_owned(),
        summary: format!("{title} summary"),
        body: vec![format!("{title} body")],
        translated_from: translated_from.map(|lang| TranslatedFrom {
            lang,
            version: "0000000000".to_owned(),
        }),
    }
}

fn item(slug: &str, date: &str, langs: &[Lang]) -> ArchivedItem {
    ArchivedItem {
        slug: slug.to_owned(),
        versions: langs
            .iter()
            .enumerate()
            .map(|(i, &lang)| {
                let from = (i > 0).then_some(langs[0]);
                (lang, source(date, &format!("{slug} in {lang}"), from))
            })
            .collect(),
    }
}

#[test]
fn items_are_newest_first_and_paged() {
    let items = (0..45)
        .map(|i| {
            item(
                &format!("item-{i:02}"),
                &format!("2020-01-{:02}", i % 28 + 1),
                &[Lang::Zh],
            )
        })
        .collect();
    let archive = NewsArchive::new(items);
    assert_eq!(archive.page_count(), 3);
    let first = archive.page(Lang::En, 1).unwrap();
    assert_eq!(first.items.len(), ARCHIVE_PAGE_SIZE);
    assert!(first.items.windows(2).all(|w| w[0].date >= w[1].date));
    assert_eq!(archive.page(Lang::En, 3).unwrap().items.len(), 5);
    assert!(archive.page(Lang::En, 4).is_none());
    assert!(archive.page(Lang::En, 0).is_none());
    assert_eq!(archive.latest(Lang::Fr).items.len(), LATEST_COUNT);
    assert_eq!(NewsArchive::default().page_count(), 1);
}

#[test]
fn an_item_missing_in_a_language_is_shown_in_one_it_has() {
    let archive = NewsArchive::new(vec![
        item("only-chinese", "2020-01-03", &[Lang::Zh]),
        item("chinese-and-english", "2020-01-02", &[Lang::Zh, Lang::En]),
        item("everywhere", "2020-01-01", &[Lang::Zh, Lang::En, Lang::Fr]),
    ]);
    let view = archive.item_view(Lang::Fr, "only-chinese").unwrap();
    assert_eq!(
        (view.lang, view.versions.clone()),
        (Lang::Zh, vec![Lang::Zh])
    );
    assert!(view.is_untranslated_in(Lang::Fr));
    // English before the original for a French reader.
    let view = archive.item_view(Lang::Fr, "chinese-and-english").unwrap();
    assert_eq!(view.lang, Lang::En);
    assert_eq!(
        view.newer.as_ref().map(|l| (l.slug.as_str(), l.lang)),
        Some(("only-chinese", Lang::Zh))
    );
    assert_eq!(
        view.older.as_ref().map(|l| (l.slug.as_str(), l.lang)),
        Some(("everywhere", Lang::Fr))
    );
    let view = archive.item_view(Lang::Fr, "everywhere").unwrap();
    assert!(!view.is_untranslated_in(Lang::Fr));
    assert!(view.older.is_none());
    // Every list lists every item, in every language.
    let langs: Vec<Lang> = archive
        .page(Lang::En, 1)
        .unwrap()
        .items
        .iter()
        .map(|e| e.lang)
        .collect();
    assert_eq!(langs, [Lang::Zh, Lang::En, Lang::En]);
    assert!(archive.item_view(Lang::En, "no-such-item").is_none());
}

#[test]
fn every_derived_file_of_a_language_is_written() {
    let archive = NewsArchive::new(vec![
        item("first", "2020-01-02", &[Lang::Zh]),
        item("second", "2020-01-01", &[Lang::En]),
    ]);
    let files: Vec<String> = archive
        .files(Lang::Fr, &["second", "no-such-item"])
        .into_iter()
        .map(|(path, json)| {
            assert!(serde_json::from_str::<serde_json::Value>(&json).is_ok());
            path
        })
        .collect();
    assert_eq!(
        files,
        [
            "news/page-1.json",
            "news/latest.json",
            "news/related.json",
            "news/items/first.json",
            "news/items/second.json"
        ]
    );
    assert_eq!(
        archive
            .related(Lang::Fr, &["second", "no-such-item"])
            .items
            .len(),
        1
    );
}

#[test]
fn a_version_changes_with_any_text_a_translator_translates() {
    let original = source("2020-01-01", "Title", None);
    let version = version_of(&original);
    assert_eq!(version.len(), 10);
    assert_eq!(version, version_of(&original.clone()));
    let mut changed = original.clone();
    changed.body.push("More.".to_owned());
    assert_ne!(version_of(&changed), version);
    let mut changed = original.clone();
    changed.summary.push('!');
    assert_ne!(version_of(&changed), version);
    // Recording the version in a translation is not a change of the original.
    let mut translated = original.clone();
    translated.translated_from = Some(TranslatedFrom {
        lang: Lang::Zh,
        version: "x".into(),
    });
    assert_eq!(version_of(&translated), version);
}
