//! The press releases: `news/{slug}/{lang}.json`, one file per item per
//! language. An item may exist in one language only; a translation must name
//! the original it was made from.

use std::collections::BTreeSet;
use std::path::Path;

use serde_json::Value;

use super::json::read_strict;
use super::{shown_path, text, typed, Problem, Report, Rules};
use crate::content::archive::{sorted_entries, NEWS_SOURCE_DIR};
use crate::content::news::NewsSource;
use crate::content::NewsLabels;
use crate::lang::Lang;
use crate::routes::{is_reserved_slug, is_valid_slug};

/// Checks every item under `content_dir/news/`; the slugs of the items
/// found. Each file's JSON goes into `values` for the checks across files.
pub(super) fn check_news_sources(
    content_dir: &Path,
    shown_from: &Path,
    rules: &Rules,
    problems: &mut Vec<Problem>,
    values: &mut Vec<(Lang, String, Value)>,
) -> BTreeSet<String> {
    let dir = content_dir.join(NEWS_SOURCE_DIR);
    let mut slugs = BTreeSet::new();
    let folders = match sorted_entries(&dir) {
        Ok(folders) => folders,
        Err(e) => {
            problems.push(Problem {
                file: shown_path(&dir, shown_from),
                location: "(folder)".into(),
                message: format!("cannot be read: {e}"),
            });
            return slugs;
        }
    };
    for folder in folders {
        let shown = shown_path(&folder, shown_from);
        let mut report = Report {
            file: shown.clone(),
            problems,
        };
        let slug = folder
            .file_name()
            .map(|name| name.to_string_lossy().into_owned())
            .unwrap_or_default();
        if !folder.is_dir() {
            report.add(
                "(file)",
                "is not a folder: each press release is a folder `news/{slug}/` holding one `{lang}.json` per language",
            );
            continue;
        }
        if !is_valid_slug(&slug) || is_reserved_slug(&slug) {
            report.add(
                "(folder name)",
                format!(
                    "`{slug}` is not a URL slug (lowercase ASCII words joined by `-`, not `page`)"
                ),
            );
            continue;
        }
        // Named by its folder even while a file of it is broken: that file's
        // problem is reported, not every link to the item.
        slugs.insert(slug);
        if let Some(versions) = check_item(&folder, shown_from, rules, report.problems, values) {
            check_versions(&shown, &versions, report.problems);
        }
    }
    slugs
}

/// Checks the files of one item's folder on their own; its versions, or
/// `None` when it has none, or one that does not parse (its problem is the
/// one to fix first).
fn check_item(
    folder: &Path,
    shown_from: &Path,
    rules: &Rules,
    problems: &mut Vec<Problem>,
    values: &mut Vec<(Lang, String, Value)>,
) -> Option<Vec<(Lang, NewsSource)>> {
    let names = sorted_entries(folder).unwrap_or_default();
    let mut versions = Vec::new();
    let mut language_files = 0;
    for path in names {
        let shown = shown_path(&path, shown_from);
        let mut report = Report {
            file: shown.clone(),
            problems,
        };
        let lang = path
            .file_name()
            .and_then(|name| name.to_str())
            .and_then(|name| name.strip_suffix(".json"))
            .and_then(|code| code.parse::<Lang>().ok());
        let Some(lang) = lang else {
            report.add(
                "(file)",
                "is not a language file: name it zh.json, en.json or fr.json",
            );
            continue;
        };
        language_files += 1;
        let bytes = match std::fs::read(&path) {
            Ok(bytes) => bytes,
            Err(e) => {
                report.add("(file)", format!("cannot be read: {e}"));
                continue;
            }
        };
        let (text, value) = match read_strict(&bytes) {
            Ok(read) => read,
            Err(located) => {
                for (location, message) in located {
                    report.add(location, message);
                }
                continue;
            }
        };
        text::check_values(&value, lang, rules, &mut report);
        if let Some(source) = typed::<NewsSource>(&text, &mut report) {
            if !source.body.iter().any(|p| !p.trim().is_empty()) {
                report.add("body", "is empty: a press release needs its text");
            }
            versions.push((lang, source));
        }
        values.push((lang, shown, value));
    }
    if language_files == 0 {
        problems.push(Problem {
            file: shown_path(folder, shown_from),
            location: "(folder)".into(),
            message: "has no language file (zh.json, en.json or fr.json)".into(),
        });
    }
    // Every language file became a version: none is broken.
    (language_files > 0 && versions.len() == language_files).then_some(versions)
}

/// One original, translations that name it, one date. `folder` is the
/// item's folder as the report shows it.
fn check_versions(folder: &str, versions: &[(Lang, NewsSource)], problems: &mut Vec<Problem>) {
    let file = |lang: Lang| format!("{folder}/{}.json", lang.code());
    let originals: Vec<Lang> = versions
        .iter()
        .filter(|(_, source)| source.translated_from.is_none())
        .map(|(lang, _)| *lang)
        .collect();
    let [original] = originals[..] else {
        let message = if originals.is_empty() {
            "every version names an original; the original's file has no `translated_from`"
                .to_owned()
        } else {
            let files: Vec<String> = originals
                .iter()
                .map(|&l| format!("{}.json", l.code()))
                .collect();
            format!(
                "{} all say they are the original (no `translated_from`); each translation names the one it was made from",
                files.join(", ")
            )
        };
        problems.push(Problem {
            file: folder.to_owned(),
            location: "translated_from".into(),
            message,
        });
        return;
    };
    let original_source = versions
        .iter()
        .find(|(lang, _)| *lang == original)
        .map(|(_, source)| source);
    let original_date = original_source.map(|source| source.date);
    for (lang, source) in versions {
        let mut report = Report {
            file: file(*lang),
            problems,
        };
        if let Some(from) = &source.translated_from {
            if from.lang != original {
                report.add(
                    "translated_from.lang",
                    format!(
                        "names `{}`, but the original is `{}` (the version without `translated_from`)",
                        from.lang, original
                    ),
                );
            }
            if from.version.len() != 10 || !from.version.bytes().all(|b| b.is_ascii_hexdigit()) {
                report.add(
                    "translated_from.version",
                    format!(
                        "`{}` is not a version: copy the one `make translation-status` prints",
                        from.version
                    ),
                );
            }
        }
        if let Some(original_date) = original_date.filter(|date| *date != source.date) {
            report.add(
                "date",
                format!(
                    "{} differs from the original's date ({original_date})",
                    source.date
                ),
            );
        }
        if let Some(original_source) = original_source.filter(|_| *lang != original) {
            check_translated(source, *lang, original_source, original, &mut report);
        }
    }
}

/// A translation whose title, summary or a paragraph is still its original's
/// text (as `make translate` writes it) has not been translated there: it
/// must not ship as if it were. A text without a letter (a phone number, a
/// date in digits) reads the same in every language and is not refused.
fn check_translated(
    translation: &NewsSource,
    lang: Lang,
    original: &NewsSource,
    original_lang: Lang,
    report: &mut Report,
) {
    let untranslated = |text: &str, originals: &[&String]| {
        text.chars().any(char::is_alphabetic) && originals.iter().any(|o| o.trim() == text.trim())
    };
    let message = format!(
        "is still the original's text ({}.json); translate it into {}",
        original_lang.code(),
        english_name(lang)
    );
    if untranslated(&translation.title, &[&original.title]) {
        report.add("title", message.clone());
    }
    if untranslated(&translation.summary, &[&original.summary]) {
        report.add("summary", message.clone());
    }
    let paragraphs: Vec<&String> = original.body.iter().collect();
    for (i, paragraph) in translation.body.iter().enumerate() {
        if untranslated(paragraph, &paragraphs) {
            report.add(format!("body[{i}]"), message.clone());
        }
    }
}

/// A language's name in the check's messages, which are in English.
fn english_name(lang: Lang) -> &'static str {
    match lang {
        Lang::Zh => "Chinese",
        Lang::En => "English",
        Lang::Fr => "French",
    }
}

/// `page_of` must place both numbers, once each.
pub fn news_label_problems(labels: &NewsLabels) -> Vec<(String, String)> {
    ["{page}", "{pages}"]
        .into_iter()
        .filter_map(|placeholder| {
            let count = labels.page_of.matches(placeholder).count();
            (count != 1).then(|| {
                (
                    "labels.page_of".to_owned(),
                    format!("must contain `{placeholder}` once (found {count} times)"),
                )
            })
        })
        .collect()
}

#[cfg(test)]
mod tests;
