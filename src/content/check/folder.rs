//! The content folder holds only what the site knows. Everything under
//! `public/content/` is copied into `dist/` and served from the center's
//! domain, so a file the content check does not read would ship unchecked:
//! every other file or folder is refused, named, with what belongs there.
//! The press releases' folder names are their URLs, held to the rules of
//! text ([`path_problems`]).

use std::path::Path;

use super::path::path_problems;
use super::{shown_path, Problem, Rules};
use crate::content::archive::{sorted_entries, NEWS_SOURCE_DIR};
use crate::content::files;
use crate::lang::Lang;
use crate::routes::{is_reserved_slug, is_valid_slug};

/// Whether `relative` (a path below the content folder, `/`-separated) is
/// a file the site knows: a section file of a language (`en/home.json`) or
/// a language file of a press release (`news/{slug}/en.json`).
pub fn is_content_file(relative: &str) -> bool {
    let is_lang = |code: &str| Lang::ALL.iter().any(|lang| lang.code() == code);
    match relative.split('/').collect::<Vec<_>>()[..] {
        [lang, file] => is_lang(lang) && files().contains(&file),
        [news, slug, file] => {
            news == NEWS_SOURCE_DIR
                && is_valid_slug(slug)
                && !is_reserved_slug(slug)
                && file.strip_suffix(".json").is_some_and(is_lang)
        }
        _ => false,
    }
}

/// Refuses every entry of `content_dir` that is not a language's folder of
/// section files or the news folder, every entry of a language's folder that
/// is not one of its section files, and a press release's folder whose name
/// is not fit for a URL. (The news check refuses what else a news folder
/// holds.)
pub(super) fn check_folder(
    content_dir: &Path,
    shown_from: &Path,
    rules: &Rules,
    problems: &mut Vec<Problem>,
) {
    let Ok(entries) = sorted_entries(content_dir) else {
        return; // every file is then reported missing
    };
    for entry in entries {
        let name = file_name(&entry);
        let lang = Lang::ALL.into_iter().find(|lang| lang.code() == name);
        match lang {
            Some(lang) if entry.is_dir() => check_lang_folder(&entry, lang, shown_from, problems),
            _ if name == NEWS_SOURCE_DIR => check_item_names(&entry, shown_from, rules, problems),
            _ => problems.push(Problem {
                file: shown_path(&entry, shown_from),
                location: kind(&entry).into(),
                message: "does not belong in the content folder, whose every file is published: it holds only the folders zh/, en/ and fr/ (each language's section files) and news/ (one folder per press release); move or delete it".into(),
            }),
        }
    }
}

fn check_lang_folder(folder: &Path, lang: Lang, shown_from: &Path, problems: &mut Vec<Problem>) {
    for entry in sorted_entries(folder).unwrap_or_default() {
        if entry.is_file() && files().contains(&file_name(&entry).as_str()) {
            continue;
        }
        let code = lang.code();
        problems.push(Problem {
            file: shown_path(&entry, shown_from),
            location: kind(&entry).into(),
            message: format!(
                "is not a section file: `{code}/` holds only {}, every one of them published; a press release goes in news/{{slug}}/{code}.json; move or delete it",
                files().join(", ")
            ),
        });
    }
}

/// A press release's folder name is its URL in every language.
fn check_item_names(news: &Path, shown_from: &Path, rules: &Rules, problems: &mut Vec<Problem>) {
    for entry in sorted_entries(news).unwrap_or_default() {
        let slug = file_name(&entry);
        for problem in path_problems(&slug, rules) {
            problems.push(Problem {
                file: shown_path(&entry, shown_from),
                location: "(folder name)".into(),
                message: format!(
                    "{problem}: the folder name is the press release's URL in every language (/{{lang}}/news/{slug}); rename the folder"
                ),
            });
        }
    }
}

fn kind(path: &Path) -> &'static str {
    if path.is_dir() {
        "(folder)"
    } else {
        "(file)"
    }
}

fn file_name(path: &Path) -> String {
    path.file_name()
        .map(|name| name.to_string_lossy().into_owned())
        .unwrap_or_default()
}
