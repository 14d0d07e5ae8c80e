//! The content check: loads every content file with the app's own types and
//! reports every problem at once, as `file: field.path: what is wrong`.
//!
//! Host only. It never stops at the first problem and never panics on bad
//! input: a file that cannot be read or parsed is one problem, and the other
//! files are still checked.

mod dist;
mod json;
pub mod link;
mod rules;
mod text;
mod typography;
pub mod unicode;

pub use dist::check_dist;
pub use rules::{Rules, ALLOWED_HOSTS, DENY_LIST};

use std::collections::BTreeMap;
use std::fmt;
use std::path::Path;

use serde_json::Value;

use self::json::{json_reason, read_strict};
use super::{Contact, ContentFile, Home, News, Site, SocialCommitment, Volunteers, FILES};
use crate::lang::Lang;
use crate::routes::is_valid_slug;

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

/// Checks the content set under `content_dir` (one folder per language).
/// File names in the report are shown relative to `shown_from`.
pub fn check_content(content_dir: &Path, shown_from: &Path, rules: &Rules) -> Vec<Problem> {
    let mut problems = Vec::new();
    let mut news_by_lang: BTreeMap<&'static str, (String, News)> = BTreeMap::new();
    let mut social_by_lang: BTreeMap<&'static str, (String, SocialCommitment)> = BTreeMap::new();
    let mut sites: BTreeMap<&'static str, Site> = BTreeMap::new();
    // Every file's JSON, for the checks of text across files.
    let mut values: Vec<(Lang, String, Value)> = Vec::new();

    for lang in Lang::ALL {
        for file in FILES {
            let path = content_dir.join(lang.code()).join(file);
            let shown = path
                .strip_prefix(shown_from)
                .unwrap_or(&path)
                .display()
                .to_string();
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
                Checked::News(news) => {
                    news_by_lang.insert(lang.code(), (shown, news));
                }
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

    check_news_across_languages(&news_by_lang, &mut problems);
    check_related_news(&social_by_lang, &news_by_lang, &mut problems);
    check_phone_numbers(&values, &sites, &mut problems);
    problems
}

/// What a file holds once checked, for the checks across files.
enum Checked {
    Site(Box<Site>),
    News(News),
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
        SocialCommitment::FILE => typed(&text, report).map(Checked::SocialCommitment),
        News::FILE => typed::<News>(&text, report).map(|news| {
            check_news(&news, report);
            Checked::News(news)
        }),
        _ => unreachable!("FILES lists only the files matched above"),
    }?;
    Some((value, checked))
}

/// Deserializes with the app's type, reporting the field path of the first
/// typing error (a wrong type, a missing or misspelt field, a bad date).
fn typed<T: ContentFile>(text: &str, report: &mut Report) -> Option<T> {
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

fn check_news(news: &News, report: &mut Report) {
    let mut seen = std::collections::HashSet::new();
    for (i, item) in news.items.iter().enumerate() {
        if !is_valid_slug(&item.slug) {
            report.add(
                format!("items[{i}].slug"),
                format!(
                    "`{}` is not a URL slug (lowercase ASCII words joined by `-`)",
                    item.slug
                ),
            );
        }
        if !seen.insert(item.slug.as_str()) {
            report.add(
                format!("items[{i}].slug"),
                format!("`{}` is used by an earlier item", item.slug),
            );
        }
        if i > 0 && item.date > news.items[i - 1].date {
            report.add(
                format!("items[{i}].date"),
                format!(
                    "{} is newer than the item before it ({}): news must be newest first",
                    item.date,
                    news.items[i - 1].date
                ),
            );
        }
    }
}

/// Every language must publish the same items, with the same dates, in the
/// same order; English is the reference.
fn check_news_across_languages(
    news: &BTreeMap<&'static str, (String, News)>,
    problems: &mut Vec<Problem>,
) {
    let Some((reference_file, reference)) = news.get(Lang::En.code()) else {
        return;
    };
    for (file, other) in news.values().filter(|(file, _)| file != reference_file) {
        let mut report = Report {
            file: file.clone(),
            problems,
        };
        for item in &reference.items {
            if !other.items.iter().any(|o| o.slug == item.slug) {
                report.add(
                    "items",
                    format!(
                        "has no translation of `{}` (in {reference_file})",
                        item.slug
                    ),
                );
            }
        }
        for (i, item) in other.items.iter().enumerate() {
            match reference.items.iter().position(|r| r.slug == item.slug) {
                None => report.add(
                    format!("items[{i}].slug"),
                    format!("`{}` is not in {reference_file}", item.slug),
                ),
                Some(r) if reference.items[r].date != item.date => report.add(
                    format!("items[{i}].date"),
                    format!(
                        "{} differs from {} in {reference_file}",
                        item.date, reference.items[r].date
                    ),
                ),
                Some(_) => {}
            }
        }
    }
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
    news: &BTreeMap<&'static str, (String, News)>,
    problems: &mut Vec<Problem>,
) {
    for lang in Lang::ALL {
        let (Some((file, page)), Some((_, news))) =
            (social.get(lang.code()), news.get(lang.code()))
        else {
            continue;
        };
        let mut report = Report {
            file: file.clone(),
            problems,
        };
        for (s, service) in page.services.iter().enumerate() {
            for (r, slug) in service.related_news.iter().enumerate() {
                if news.find(slug).is_none() {
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
mod proptests;
#[cfg(test)]
mod tests;
