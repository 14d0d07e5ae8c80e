//! Checks on every string of a content file, whatever its type: nothing
//! empty, nothing hidden, no markup or script, no spam term however it is
//! disguised, no web address outside a link field, links that are safe,
//! titles in the file's own script.

use linkify::{LinkFinder, LinkKind};
use serde_json::Value;

use super::link::check_https_link;
use super::typography;
use super::unicode::{first_hidden, is_han};
use super::{Report, Rules};
use crate::lang::Lang;

/// Keys whose text is a title: it must be written in the file's language.
const TITLE_KEYS: [&str; 3] = ["title", "heading", "name"];
/// Keys whose text is a code, not prose: typography does not apply.
pub(super) const CODE_KEYS: [&str; 6] = ["href", "tel", "slug", "date", "lang", "page"];

pub(super) fn check_values(value: &Value, lang: Lang, rules: &Rules, report: &mut Report) {
    for_each_text(value, lang, &mut |text| {
        check_text(text.text, text.path, text.key, text.lang, rules, report)
    });
}

/// One string of a content file, where it is and what it is.
pub(super) struct Text<'a> {
    /// Its field path, such as `items[2].title`.
    pub path: &'a str,
    /// The name of the field that holds it (of the list, for a list item).
    pub key: &'a str,
    /// The language it is written in.
    pub lang: Lang,
    pub text: &'a str,
}

/// Calls `each` with every string of `value`, a file written in `lang`.
pub(super) fn for_each_text(value: &Value, lang: Lang, each: &mut dyn FnMut(Text)) {
    fn visit(value: &Value, path: &str, key: &str, lang: Lang, each: &mut dyn FnMut(Text)) {
        match value {
            Value::Object(fields) => {
                // Text in another language says so (`alt_address`), and is
                // held to that language's rules.
                let lang = fields
                    .get("lang")
                    .and_then(Value::as_str)
                    .and_then(Lang::from_browser_tag)
                    .unwrap_or(lang);
                for (name, child) in fields {
                    let child_path = if path.is_empty() {
                        name.clone()
                    } else {
                        format!("{path}.{name}")
                    };
                    visit(child, &child_path, name, lang, each);
                }
            }
            Value::Array(items) => {
                for (i, child) in items.iter().enumerate() {
                    visit(child, &format!("{path}[{i}]"), key, lang, each);
                }
            }
            Value::String(text) => each(Text {
                path,
                key,
                lang,
                text,
            }),
            _ => {}
        }
    }
    visit(value, "", "", lang, each);
}

/// International phone numbers written in `text`: `+`, then digits and
/// single spaces, at least eight digits (`+86 21 3367 6666`).
pub(super) fn phone_numbers_in(text: &str) -> Vec<String> {
    let mut numbers = Vec::new();
    for (at, _) in text.match_indices('+') {
        let rest = &text[at + 1..];
        let end = rest
            .char_indices()
            .find(|&(i, c)| {
                !(c.is_ascii_digit()
                    || c == ' ' && rest[i + 1..].starts_with(|d: char| d.is_ascii_digit()))
            })
            .map_or(rest.len(), |(i, _)| i);
        let number = &rest[..end];
        if number.chars().filter(char::is_ascii_digit).count() >= 8 {
            numbers.push(format!("+{number}"));
        }
    }
    numbers
}

fn check_text(text: &str, path: &str, key: &str, lang: Lang, rules: &Rules, report: &mut Report) {
    if text.trim().is_empty() {
        report.add(path, "is empty");
        return;
    }
    if let Some((at, c, kind)) = first_hidden(text) {
        report.add(
            path,
            format!(
                "contains {kind} (U+{:04X}) at character {at}; remove it",
                c as u32
            ),
        );
    }
    if let Some(found) = markup_in(text) {
        report.add(
            path,
            format!("contains markup or a script URL (`{found}`); write plain text"),
        );
    }
    let denied = rules.denied_term_in(text);
    if let Some(term) = denied {
        report.add(
            path,
            format!("contains the denied term `{term}` (see checks/spam-deny-list.txt)"),
        );
    }
    match key {
        "href" => {
            if let Err(reason) = check_https_link(text, rules) {
                report.add(path, reason);
            }
            // What the address reads as once decoded, as the browser shows it.
            let decoded = percent_encoding::percent_decode_str(text).decode_utf8_lossy();
            let hidden_term = match denied {
                Some(_) => None, // reported above
                None => rules.denied_term_in(&decoded),
            };
            if let Some(term) = hidden_term {
                report.add(
                    path,
                    format!("contains the denied term `{term}` percent-encoded (see checks/spam-deny-list.txt)"),
                );
            }
        }
        "tel" => {
            let digits = text.strip_prefix('+').unwrap_or("");
            if !(6..=15).contains(&digits.len()) || !digits.bytes().all(|b| b.is_ascii_digit()) {
                report.add(
                    path,
                    format!(
                        "`{text}` is not a phone number for a tel: link (`+` and 6 to 15 digits)"
                    ),
                );
            }
        }
        _ => {
            if let Some((kind, found)) = address_in(text) {
                report.add(
                    path,
                    format!(
                        "contains {kind} (`{found}`); links belong in a typed link field (`href`)"
                    ),
                );
            }
        }
    }
    if !CODE_KEYS.contains(&key) {
        for message in typography::problems(text, lang, &rules.spelling) {
            report.add(path, message);
        }
    }
    if TITLE_KEYS.contains(&key) {
        let cjk = text.chars().any(is_han);
        if lang == Lang::Zh && !cjk {
            report.add(
                path,
                "is a title in a Chinese file but has no Chinese characters",
            );
        } else if lang != Lang::Zh && cjk {
            report.add(
                path,
                format!(
                    "is a title in a {} file but contains Chinese characters",
                    lang_name(lang)
                ),
            );
        }
    }
}

/// The first sign of markup or a script-bearing URL scheme in plain text.
/// `data:` counts only as a URL (`data:text/html…`), not as a label ("Data: …").
fn markup_in(text: &str) -> Option<&'static str> {
    if text.contains('<') {
        return Some("<");
    }
    let lower = text.to_ascii_lowercase();
    ["javascript:", "vbscript:", "data:"]
        .into_iter()
        .find(|scheme| {
            lower.match_indices(scheme).any(|(at, _)| {
                let before = lower[..at].chars().next_back();
                let after = lower[at + scheme.len()..].chars().next();
                !before.is_some_and(char::is_alphanumeric)
                    && (*scheme != "data:" || after.is_some_and(|c| !c.is_whitespace()))
            })
        })
}

/// The first web or e-mail address in running text, with or without a scheme
/// (`https://…`, `www.…`, `example.org/path`), as text would show it once
/// width is undone (NFKC) and an ideographic full stop stands for a dot.
/// What reads as an address is one: a scheme, `www.`, `@`, or a host that
/// ends in a real public suffix ([`ends_in_public_suffix`]); an abbreviation
/// before a full stop (`IEC。SECCR`, `Node.js`, `S.E.C.C.R.`) is not.
pub(super) fn address_in(text: &str) -> Option<(&'static str, String)> {
    let normalized = icu_normalizer::ComposingNormalizerBorrowed::new_nfkc().normalize(text);
    let chars: Vec<char> = normalized.chars().collect();
    let dotted: String = chars
        .iter()
        .enumerate()
        .map(|(i, &c)| {
            let between_ascii = |j: Option<usize>| {
                j.and_then(|j| chars.get(j))
                    .is_some_and(char::is_ascii_alphanumeric)
            };
            if c == '\u{3002}' && between_ascii(i.checked_sub(1)) && between_ascii(Some(i + 1)) {
                '.'
            } else {
                c
            }
        })
        .collect();
    let mut finder = LinkFinder::new();
    finder.url_must_have_scheme(false);
    finder.links(&dotted).find_map(|link| {
        let found = link.as_str();
        let kind = match link.kind() {
            LinkKind::Email => "an e-mail address",
            _ if found.contains("://") || found.to_lowercase().starts_with("www.") => {
                "a web address"
            }
            _ if ends_in_public_suffix(found) => "a web address",
            _ => return None,
        };
        Some((kind, found.to_owned()))
    })
}

/// Names the DNS reserves for examples and tests (RFC 2606, RFC 6761): not
/// on the Public Suffix List, but hosts all the same.
const RESERVED_TLDS: [&str; 4] = ["example", "test", "invalid", "localhost"];

/// Whether `found`, a link found without a scheme (`host/path`), names a
/// host under a real public suffix: `evil.com`, `evil.com.cn`, `x.example`.
/// Chinese prose runs into an address with no space (`访问evil.com了解`), so
/// the last label is read up to where its letters end.
fn ends_in_public_suffix(found: &str) -> bool {
    let host = found
        .split(['/', '?', '#', ':'])
        .next()
        .unwrap_or_default()
        .to_lowercase();
    let Some((domain, last)) = host.rsplit_once('.') else {
        return false;
    };
    let ascii_end = last
        .find(|c: char| !(c.is_ascii_alphanumeric() || c == '-'))
        .unwrap_or(last.len());
    // A Latin suffix ends where its letters do; one in another script
    // (`中国`) may be followed by prose of its own script.
    let suffixes: Vec<&str> = if ascii_end > 0 {
        vec![&last[..ascii_end]]
    } else {
        last.char_indices()
            .skip(1)
            .map(|(at, _)| &last[..at])
            .chain([last])
            .collect()
    };
    suffixes.into_iter().any(|suffix| {
        let host = format!("{domain}.{suffix}");
        RESERVED_TLDS.contains(&suffix)
            || (psl::suffix(host.as_bytes()).is_some_and(|s| s.is_known())
                && psl::domain(host.as_bytes()).is_some())
    })
}

fn lang_name(lang: Lang) -> &'static str {
    match lang {
        Lang::Zh => "Chinese",
        Lang::En => "English",
        Lang::Fr => "French",
    }
}
