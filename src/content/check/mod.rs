//! The content check: loads every content file with the app's own types and
//! reports every problem at once, as `file: field.path: what is wrong`.
//!
//! Host only. It never stops at the first problem and never panics on bad
//! input: a file that cannot be read or parsed is one problem, and the other
//! files are still checked.

mod dist;
mod files;
pub mod fix;
pub mod folder;
mod json;
pub mod link;
mod names;
mod news;
mod path;
mod read;
mod rules;
mod text;
mod typography;
pub mod unicode;

pub use dist::check_dist;
pub use files::{check_dist_files, BuildRecord, TrunkOutputs, STATIC_ASSETS};
pub use news::news_label_problems;
pub use rules::{Rules, ALLOWED_HOSTS, DENY_LIST};

use std::collections::{BTreeMap, BTreeSet};
use std::fmt;
use std::path::Path;

use serde_json::Value;

use self::json::{json_reason, read_strict};
use super::{files, ContentFile, SearchPage, Site};
use crate::lang::Lang;
use crate::pages::section::{Section, SectionVisitor};

/// One thing wrong in one place.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub struct Problem {
    /// The file, relative to the directory the check was started from.
    pub file: String,
    /// Where in the file: a field path such as `items[2].date`, or a line and column.
    pub location: String,
    pub message: String,
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}: {}", self.file, self.location, self.message)
    }
}

/// Collects problems for one file.
struct Report<'a> {
    file: String,
    problems: &'a mut Vec<Problem>,
}

impl Report<'_> {
    fn add(&mut self, location: impl Into<String>, message: impl Into<String>) {
        self.problems.push(Problem {
            file: self.file.clone(),
            location: location.into(),
            message: message.into(),
        });
    }
}

/// Checks the content set under `content_dir` (one folder per language):
/// every file, and that the folder holds nothing else (see [`folder`]).
/// File names in the report are shown relative to `shown_from`.
pub fn check_content(content_dir: &Path, shown_from: &Path, rules: &Rules) -> Vec<Problem> {
    let mut problems = check_content_files(content_dir, shown_from, rules);
    folder::check_folder(content_dir, shown_from, rules, &mut problems);
    problems
}

/// Checks the files of the content set under `content_dir`, not what else
/// the folder holds: the dist check knows the files the build adds to it.
fn check_content_files(content_dir: &Path, shown_from: &Path, rules: &Rules) -> Vec<Problem> {
    let mut problems = Vec::new();
    // The news each file links to, and each language's site, for the checks
    // across files.
    let mut links: Vec<(String, Vec<(String, String)>)> = Vec::new();
    let mut sites: BTreeMap<&'static str, Site> = BTreeMap::new();
    // Every file's JSON, for the checks of text across files.
    let mut values: Vec<(Lang, String, Value)> = Vec::new();

    for lang in Lang::ALL {
        for file in files() {
            let path = content_dir.join(lang.code()).join(file);
            let shown = shown_path(&path, shown_from);
            let mut report = Report {
                file: shown.clone(),
                problems: &mut problems,
            };
            let bytes = match std::fs::read(&path) {
                Ok(bytes) => bytes,
                Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
                    report.add("(file)", format!("is missing: every language needs {file}"));
                    continue;
                }
                Err(e) => {
                    report.add("(file)", format!("cannot be read: {e}"));
                    continue;
                }
            };
            let Some((value, checked)) = check_file(&bytes, file, lang, rules, &mut report) else {
                continue;
            };
            values.push((lang, shown.clone(), value));
            if let Some(site) = checked.site {
                sites.insert(lang.code(), *site);
            }
            links.push((shown, checked.linked_news));
        }
    }

    let slugs =
        news::check_news_sources(content_dir, shown_from, rules, &mut problems, &mut values);
    check_linked_news(&links, &slugs, &mut problems);
    check_phone_numbers(&values, &sites, &mut problems);
    names::check_body_names(&values, &mut problems);
    problems
}

/// What a file holds once checked, for the checks across files.
#[derive(Default)]
struct Checked {
    /// The file's content if it is a `site.json`.
    site: Option<Box<Site>>,
    /// The press releases it links to, as (field, slug).
    linked_news: Vec<(String, String)>,
}

/// Checks the bytes of one content file (`file` is one of [`files`]) on
/// their own; its JSON and what the checks across files need, or `None` when
/// they do not make a file of its type.
fn check_file(
    bytes: &[u8],
    file: &str,
    lang: Lang,
    rules: &Rules,
    report: &mut Report,
) -> Option<(Value, Checked)> {
    let (text, value) = match read_strict(bytes) {
        Ok(read) => read,
        Err(problems) => {
            for (location, message) in problems {
                report.add(location, message);
            }
            return None;
        }
    };
    text::check_values(&value, lang, rules, report);
    let checked = if file == Site::FILE {
        typed_file::<Site>(&text, report).map(|site| Checked {
            site: Some(Box::new(site)),
            ..Checked::default()
        })
    } else if file == SearchPage::FILE {
        typed_file::<SearchPage>(&text, report).map(|page| Checked::linking(&page))
    } else {
        let Some(page) = crate::routes::Page::ALL
            .into_iter()
            .find(|page| page.file() == file)
        else {
            report.add(
                "(file)",
                "is no file of the content model (src/pages/mod.rs lists the sections)",
            );
            return None;
        };
        page.visit(CheckSection {
            text: &text,
            report,
        })
    }?;
    Some((value, checked))
}

/// A section's own file, typed with the section's content type.
struct CheckSection<'a, 'r> {
    text: &'a str,
    report: &'a mut Report<'r>,
}

impl SectionVisitor for CheckSection<'_, '_> {
    type Output = Option<Checked>;
    fn visit<S: Section>(self) -> Option<Checked> {
        typed_file::<S::Content>(self.text, self.report).map(|content| Checked::linking(&content))
    }
}

impl Checked {
    /// What the checks across files need of a file other than `site.json`.
    fn linking<T: ContentFile>(content: &T) -> Checked {
        Checked {
            site: None,
            linked_news: content
                .linked_news()
                .into_iter()
                .map(|(field, slug)| (field, slug.to_owned()))
                .collect(),
        }
    }
}

/// The file typed with `T`, and `T`'s own rules ([`ContentFile::problems`]) checked.
fn typed_file<T: ContentFile>(text: &str, report: &mut Report) -> Option<T> {
    let content = typed::<T>(text, report)?;
    for (field, reason) in content.problems() {
        report.add(field, reason);
    }
    Some(content)
}

/// Deserializes with the app's type, reporting the field path of the first
/// typing error (a wrong type, a missing or misspelt field, a bad date).
fn typed<T: serde::de::DeserializeOwned>(text: &str, report: &mut Report) -> Option<T> {
    let mut deserializer = serde_json::Deserializer::from_str(text);
    match serde_path_to_error::deserialize::<_, T>(&mut deserializer) {
        Ok(value) => Some(value),
        Err(e) => {
            let inner = e.inner();
            let location = match e.path().to_string() {
                path if path == "." => "(top level)".to_owned(),
                path => path,
            };
            report.add(
                location,
                format!(
                    "{} (line {}, column {})",
                    json_reason(inner),
                    inner.line(),
                    inner.column()
                ),
            );
            None
        }
    }
}

/// `path` as the report shows it: relative to `shown_from`.
fn shown_path(path: &Path, shown_from: &Path) -> String {
    path.strip_prefix(shown_from)
        .unwrap_or(path)
        .display()
        .to_string()
}

/// A phone number written in text (`+86 21 …`) must be the center's phone or
/// fax as its language's site.json gives them: a number comes only from the
/// sources, and changing it in site.json must not leave an old one behind.
fn check_phone_numbers(
    values: &[(Lang, String, Value)],
    sites: &BTreeMap<&'static str, Site>,
    problems: &mut Vec<Problem>,
) {
    for (lang, file, value) in values {
        let Some(site) = sites.get(lang.code()) else {
            continue;
        };
        let known = [&site.contact.phone.display, &site.contact.fax];
        let digits =
            |number: &str| -> String { number.chars().filter(char::is_ascii_digit).collect() };
        let mut report = Report {
            file: file.clone(),
            problems,
        };
        text::for_each_text(value, *lang, &mut |text| {
            for number in text::phone_numbers_in(text.text) {
                // The same number, however it is spaced (`tel` has none).
                if !known.iter().any(|k| digits(k) == digits(&number)) {
                    report.add(
                        text.path,
                        format!(
                            "writes the phone number `{number}`, which is neither the phone (`{}`) nor the fax (`{}`) in site.json",
                            known[0], known[1]
                        ),
                    );
                }
            }
        });
    }
}

/// The press releases a file links to by slug (`related_news` in
/// social-commitment.json) must exist.
fn check_linked_news(
    links: &[(String, Vec<(String, String)>)],
    slugs: &BTreeSet<String>,
    problems: &mut Vec<Problem>,
) {
    for (file, linked) in links {
        let mut report = Report {
            file: file.clone(),
            problems,
        };
        for (field, slug) in linked.iter().filter(|(_, slug)| !slugs.contains(slug)) {
            report.add(field.clone(), format!("no news item has the slug `{slug}`"));
        }
    }
}

#[cfg(test)]
mod corpus_tests;
#[cfg(test)]
mod hardening_tests;
#[cfg(test)]
mod proptests;
#[cfg(test)]
mod tests;
