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
pub use rules::{Rules, ALLOWED_HOSTS, DENY_LIST};

use std::collections::{BTreeMap, BTreeSet};
use std::fmt;
use std::path::Path;

use serde_json::Value;

use self::json::{json_reason, read_strict};
use super::{
    Contact, ContentFile, Home, News, SearchPage, Site, SocialCommitment, Volunteers, FILES,
};
use crate::lang::Lang;

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
    let mut social_by_lang: BTreeMap<&'static str, (String, SocialCommitment)> = BTreeMap::new();
    let mut sites: BTreeMap<&'static str, Site> = BTreeMap::new();
    // Every file's JSON, for the checks of text across files.
    let mut values: Vec<(Lang, String, Value)> = Vec::new();

    for lang in Lang::ALL {
        for file in FILES {
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
            match checked {
                Checked::SocialCommitment(page) => {
                    social_by_lang.insert(lang.code(), (shown, page));
                }
                Checked::Site(site) => {
                    sites.insert(lang.code(), *site);
                }
                Checked::Other => {}
            }
        }
    }

    let slugs =
        news::check_news_sources(content_dir, shown_from, rules, &mut problems, &mut values);
    check_related_news(&social_by_lang, &slugs, &mut problems);
    check_phone_numbers(&values, &sites, &mut problems);
    names::check_body_names(&values, &mut problems);
    problems
}

/// What a file holds once checked, for the checks across files.
enum Checked {
    Site(Box<Site>),
    SocialCommitment(SocialCommitment),
    Other,
}

/// Checks the bytes of one content file (`file` is one of [`FILES`]) on their
/// own; its JSON and typed content, or `None` when they do not make a file of
/// its type.
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
    let checked = match file {
        Site::FILE => typed(&text, report).map(|site| Checked::Site(Box::new(site))),
        Home::FILE => typed::<Home>(&text, report).map(|_| Checked::Other),
        Volunteers::FILE => typed::<Volunteers>(&text, report).map(|_| Checked::Other),
        Contact::FILE => typed::<Contact>(&text, report).map(|_| Checked::Other),
        SearchPage::FILE => typed::<SearchPage>(&text, report).map(|page| {
            check_count_placeholder(&page.results, report);
            Checked::Other
        }),
        SocialCommitment::FILE => typed(&text, report).map(Checked::SocialCommitment),
        News::FILE => typed::<News>(&text, report).map(|news| {
            news::check_labels(&news.labels, report);
            Checked::Other
        }),
        _ => unreachable!("FILES lists only the files matched above"),
    }?;
    Some((value, checked))
}

/// The results line shows the number of hits where `{count}` stands: once.
fn check_count_placeholder(results: &str, report: &mut Report) {
    let count = results.matches("{count}").count();
    if count != 1 {
        report.add(
            "results",
            format!("must hold `{{count}}` exactly once, where the number of results goes (found {count} times)"),
        );
    }
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

/// `related_news` slugs in social-commitment.json must name news items.
fn check_related_news(
    social: &BTreeMap<&'static str, (String, SocialCommitment)>,
    slugs: &BTreeSet<String>,
    problems: &mut Vec<Problem>,
) {
    for (file, page) in social.values() {
        let mut report = Report {
            file: file.clone(),
            problems,
        };
        for (s, service) in page.services.iter().enumerate() {
            for (r, slug) in service.related_news.iter().enumerate() {
                if !slugs.contains(slug) {
                    report.add(
                        format!("services[{s}].related_news[{r}]"),
                        format!("no news item has the slug `{slug}`"),
                    );
                }
            }
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
