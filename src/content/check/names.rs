//! A body named on the site (a commission, a committee, the center itself) is
//! written one way in each language: `checks/body-names.txt` gives, per body
//! and language, the one accepted form and the variants refused, so a reader
//! never meets the same body under two names, and an official-looking name
//! the sources do not give (`上海市临床研究伦理委员会`) cannot creep back in.
//!
//! Latin-script names are matched as whole words and regardless of case, so a
//! name written in the wrong case (`department of science and education`) is
//! found too; Chinese names are matched wherever they stand.

use std::path::Path;

use serde_json::Value;

use super::text::for_each_text;
use super::unicode::is_han;
use super::{Problem, Report};
use crate::lang::Lang;

/// Where the list lives, relative to the repository root.
pub const BODY_NAMES: &str = "checks/body-names.txt";

/// Every body of the list, in its order.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct BodyNames {
    bodies: Vec<Body>,
}

#[derive(Clone, Debug, PartialEq)]
struct Body {
    /// How the list and the messages call it: its English name.
    label: String,
    /// Per language (in `Lang::ALL` order): the accepted form and the refused ones.
    forms: [Option<Forms>; 3],
}

#[derive(Clone, Debug, Default, PartialEq)]
struct Forms {
    accepted: String,
    refused: Vec<String>,
}

impl BodyNames {
    /// Reads the list: a block per body, opened by `[English name]`, then
    /// lines `zh = accepted form` (one per language) and `zh ! refused form`.
    /// A malformed line is an error naming its line number.
    pub fn from_list(list: &str) -> Result<BodyNames, String> {
        let mut bodies: Vec<Body> = Vec::new();
        for (number, line) in list.lines().enumerate().map(|(i, l)| (i + 1, l.trim())) {
            let fail = |why: &str| Err(format!("line {number}: {why}"));
            if line.is_empty() || line.starts_with('#') {
                continue;
            }
            if let Some(label) = line.strip_prefix('[').and_then(|l| l.strip_suffix(']')) {
                bodies.push(Body {
                    label: label.trim().to_owned(),
                    forms: Default::default(),
                });
                continue;
            }
            let Some(body) = bodies.last_mut() else {
                return fail("a name must follow a `[Body]` line");
            };
            let (code, rest) = line.split_at(line.find([' ', '=', '!']).unwrap_or(line.len()));
            let Some(lang) = Lang::ALL.into_iter().find(|l| l.code() == code) else {
                return fail("write `zh`, `en` or `fr`, then `=` or `!`, then the name");
            };
            let rest = rest.trim_start();
            let (sign, name) = rest.split_at(rest.chars().next().map_or(0, char::len_utf8));
            let name = name.trim();
            if name.is_empty() {
                return fail("the name is missing");
            }
            let at = Lang::ALL.iter().position(|l| *l == lang).unwrap_or(0);
            let forms = &mut body.forms[at];
            match (sign, forms.as_mut()) {
                ("=", None) => {
                    *forms = Some(Forms {
                        accepted: name.to_owned(),
                        refused: Vec::new(),
                    })
                }
                ("=", Some(_)) => {
                    return fail(&format!("{} has one accepted form only", body.label))
                }
                ("!", Some(forms)) => forms.refused.push(name.to_owned()),
                ("!", None) => {
                    return fail("write the accepted form (`=`) before the refused ones (`!`)")
                }
                _ => return fail("write `=` (accepted) or `!` (refused) after the language"),
            }
        }
        Ok(BodyNames { bodies })
    }

    /// The problems of one text written in `lang`, as messages.
    fn problems(&self, text: &str, lang: Lang) -> Vec<String> {
        let chars: Vec<char> = text.chars().collect();
        let at = Lang::ALL.iter().position(|l| *l == lang).unwrap_or(0);
        let languages_forms = || {
            self.bodies
                .iter()
                .filter_map(|b| Some((b, b.forms[at].as_ref()?)))
        };
        // Where accepted names stand: a refused form inside one (`上海市卫生健康委`
        // in `上海市卫生健康委员会`) is that name, not a variant.
        let accepted: Vec<(usize, usize)> = languages_forms()
            .flat_map(|(_, forms)| occurrences(&chars, &forms.accepted))
            .collect();
        let mut found = Vec::new();
        for (body, forms) in languages_forms() {
            for (start, end) in occurrences(&chars, &forms.accepted) {
                let written: String = chars[start..end].iter().collect();
                if !same_name(&written, &forms.accepted) {
                    found.push(format!(
                        "writes `{written}`; the {} is written `{}` (see {BODY_NAMES})",
                        body.label, forms.accepted
                    ));
                }
            }
            for refused in &forms.refused {
                for (start, end) in occurrences(&chars, refused) {
                    if accepted.iter().any(|&(s, e)| s <= start && end <= e) {
                        continue;
                    }
                    let written: String = chars[start..end].iter().collect();
                    found.push(format!(
                        "writes `{written}` for the {}; write `{}` (see {BODY_NAMES})",
                        body.label, forms.accepted
                    ));
                }
            }
        }
        found
    }
}

/// The accepted form as written, or capitalized at a sentence's start when
/// the form begins in lowercase.
fn same_name(written: &str, accepted: &str) -> bool {
    written == accepted || {
        let mut a = accepted.chars();
        let mut w = written.chars();
        match (a.next(), w.next()) {
            (Some(a0), Some(w0)) => {
                a0.is_lowercase() && a0.to_uppercase().eq(std::iter::once(w0)) && a.eq(w)
            }
            _ => false,
        }
    }
}

/// Every place `name` stands in `text`, regardless of case, as char ranges;
/// a Latin letter or digit at either end of `name` must not continue a word.
fn occurrences(text: &[char], name: &str) -> Vec<(usize, usize)> {
    let name: Vec<char> = name.chars().collect();
    let latin = |c: &char| c.is_alphanumeric() && !is_han(*c);
    let same = |a: char, b: char| a == b || a.to_lowercase().eq(b.to_lowercase());
    let mut found = Vec::new();
    if name.is_empty() || name.len() > text.len() {
        return found;
    }
    for start in 0..=text.len() - name.len() {
        let end = start + name.len();
        if !text[start..end]
            .iter()
            .zip(&name)
            .all(|(&a, &b)| same(a, b))
        {
            continue;
        }
        let open = name.first().is_some_and(latin) && start > 0 && latin(&text[start - 1]);
        let close = name.last().is_some_and(latin) && text.get(end).is_some_and(latin);
        if !open && !close {
            found.push((start, end));
        }
    }
    found
}

/// Checks every text of the content (`values`: each file's language, name and
/// JSON) against the list in the repository; a list that cannot be read or
/// parsed is itself the problem reported.
pub(super) fn check_body_names(values: &[(Lang, String, Value)], problems: &mut Vec<Problem>) {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join(BODY_NAMES);
    let names = std::fs::read_to_string(&path)
        .map_err(|e| format!("cannot be read: {e}"))
        .and_then(|list| BodyNames::from_list(&list));
    match names {
        Ok(names) => check_with(&names, values, problems),
        Err(reason) => problems.push(Problem {
            file: BODY_NAMES.to_owned(),
            location: "(file)".to_owned(),
            message: reason,
        }),
    }
}

fn check_with(names: &BodyNames, values: &[(Lang, String, Value)], problems: &mut Vec<Problem>) {
    for (lang, file, value) in values {
        let mut report = Report {
            file: file.clone(),
            problems,
        };
        for_each_text(value, *lang, &mut |text| {
            for message in names.problems(text.text, text.lang) {
                report.add(text.path, message);
            }
        });
    }
}

#[cfg(test)]
mod tests;
