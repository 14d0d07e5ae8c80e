//! Which press releases each language lacks, and which of its translations
//! were made from an older version of their original: what
//! `make translation-status` reports to editors. Host only.

use super::archive::{version_of, NewsArchive};
use crate::lang::Lang;

/// One language's to-do list.
#[derive(Debug, PartialEq)]
pub struct LangStatus {
    pub lang: Lang,
    /// Items with no version in this language, newest first.
    pub missing: Vec<Missing>,
    /// Translations whose original has changed since.
    pub outdated: Vec<Outdated>,
}

#[derive(Debug, PartialEq)]
pub struct Missing {
    pub slug: String,
    /// The original's language and its version now, to record in
    /// `translated_from` when the translation is written.
    pub original: Lang,
    pub version: String,
}

#[derive(Debug, PartialEq)]
pub struct Outdated {
    pub slug: String,
    pub original: Lang,
    /// The version the translation was made from, and the original's now.
    pub translated_from: String,
    pub version: String,
}

/// The status of every language (originals are never missing or outdated).
pub fn translation_status(archive: &NewsArchive) -> Vec<LangStatus> {
    Lang::ALL
        .into_iter()
        .map(|lang| {
            let mut status = LangStatus {
                lang,
                missing: Vec::new(),
                outdated: Vec::new(),
            };
            for item in &archive.items {
                let (original, source) = item.original();
                let version = version_of(source);
                match item.get(lang).map(|s| &s.translated_from) {
                    None => status.missing.push(Missing {
                        slug: item.slug.clone(),
                        original,
                        version,
                    }),
                    Some(Some(from)) if from.version != version => status.outdated.push(Outdated {
                        slug: item.slug.clone(),
                        original,
                        translated_from: from.version.clone(),
                        version,
                    }),
                    Some(_) => {}
                }
            }
            status
        })
        .collect()
}

/// The report as an editor reads it: each line with what to do about it.
/// `news_dir` is the news folder as the editor names it (`public/content/news`).
pub fn report(statuses: &[LangStatus], news_dir: &str) -> String {
    use std::fmt::Write;
    let mut out = String::new();
    for status in statuses {
        let lang = status.lang.code();
        let _ = writeln!(
            out,
            "{} ({lang}): {} missing, {} outdated",
            status.lang.native_name(),
            status.missing.len(),
            status.outdated.len()
        );
        for missing in &status.missing {
            let _ = writeln!(
                out,
                "  missing   {}  (original: {}, version {})\n            to do: make translate SLUG={} LANG={lang}",
                missing.slug, missing.original, missing.version, missing.slug
            );
        }
        for outdated in &status.outdated {
            let folder = format!("{news_dir}/{}", outdated.slug);
            let _ = writeln!(
                out,
                "  outdated  {}  (made from {} version {}, now {})\n            to do: bring {folder}/{lang}.json up to date with {}.json (what changed: git log -p {folder}/{}.json),\n                   then set its \"translated_from\" \"version\" to \"{}\"",
                outdated.slug,
                outdated.original,
                outdated.translated_from,
                outdated.version,
                outdated.original,
                outdated.original,
                outdated.version
            );
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::archive::ArchivedItem;
    use crate::content::news::{NewsSource, TranslatedFrom};
    use crate::content::NewsDate;

    fn source(title: &str, from: Option<(Lang, String)>) -> NewsSource {
        NewsSource {
            date: NewsDate::parse("2020-01-01").unwrap(),
            title: title.to_owned(),
            summary: "summary".to_owned(),
            body: vec!["body".to_owned()],
            translated_from: from.map(|(lang, version)| TranslatedFrom { lang, version }),
        }
    }

    #[test]
    fn missing_and_outdated_translations_are_listed_per_language() {
        let original = source("原文", None);
        let current = version_of(&original);
        let archive = NewsArchive::new(vec![ArchivedItem {
            slug: "an-item".to_owned(),
            versions: vec![
                (Lang::Zh, original),
                (
                    Lang::En,
                    source("Up to date", Some((Lang::Zh, current.clone()))),
                ),
                (
                    Lang::Fr,
                    source("Vieux", Some((Lang::Zh, "0123456789".to_owned()))),
                ),
            ],
        }]);
        let statuses = translation_status(&archive);
        assert!(statuses.iter().all(|s| s.missing.is_empty()));
        assert_eq!(statuses[0].outdated, []);
        assert_eq!(statuses[1].outdated, []);
        assert_eq!(
            statuses[2].outdated,
            [Outdated {
                slug: "an-item".to_owned(),
                original: Lang::Zh,
                translated_from: "0123456789".to_owned(),
                version: current.clone(),
            }]
        );
        assert!(report(&statuses, "public/content/news").contains(&format!(
            "  outdated  an-item  (made from zh version 0123456789, now {current})\n            to do: bring public/content/news/an-item/fr.json up to date with zh.json (what changed: git log -p public/content/news/an-item/zh.json),\n                   then set its \"translated_from\" \"version\" to \"{current}\"\n"
        )));
        let mut archive = archive;
        archive.items[0].versions.truncate(1);
        let statuses = translation_status(&archive);
        assert_eq!(statuses[1].missing.len(), 1);
        assert_eq!(statuses[1].missing[0].version, current);
        assert!(report(&statuses, "news").contains(&format!(
            "  missing   an-item  (original: zh, version {current})\n            to do: make translate SLUG=an-item LANG=en\n"
        )));
    }
}
