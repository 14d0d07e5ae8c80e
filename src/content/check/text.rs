//! Checks on every string of a content file, whatever its type: nothing
//! empty, no markup or script, no spam term, links that are safe, titles in
//! the file's own script.

use serde_json::Value;

use super::{Report, Rules};
use crate::lang::Lang;

/// Keys whose text is a title: it must be written in the file's language.
const TITLE_KEYS: [&str; 3] = ["title", "heading", "name"];

pub(super) fn check_values(value: &Value, lang: Lang, rules: &Rules, report: &mut Report) {
    walk(value, "", None, lang, rules, report);
}

fn walk(
    value: &Value,
    path: &str,
    key: Option<&str>,
    lang: Lang,
    rules: &Rules,
    report: &mut Report,
) {
    match value {
        Value::Object(fields) => {
            for (name, child) in fields {
                let child_path = if path.is_empty() {
                    name.clone()
                } else {
                    format!("{path}.{name}")
                };
                walk(child, &child_path, Some(name), lang, rules, report);
            }
        }
        Value::Array(items) => {
            for (i, child) in items.iter().enumerate() {
                walk(child, &format!("{path}[{i}]"), key, lang, rules, report);
            }
        }
        Value::String(text) => check_text(text, path, key.unwrap_or(""), lang, rules, report),
        _ => {}
    }
}

fn check_text(text: &str, path: &str, key: &str, lang: Lang, rules: &Rules, report: &mut Report) {
    if text.trim().is_empty() {
        report.add(path, "is empty");
        return;
    }
    if let Some(found) = markup_in(text) {
        report.add(
            path,
            format!("contains markup or a script URL (`{found}`); write plain text"),
        );
    }
    if let Some(term) = rules.denied_term_in(text) {
        report.add(
            path,
            format!("contains the denied term `{term}` (see checks/spam-deny-list.txt)"),
        );
    }
    match key {
        "href" => check_external_link(text, path, rules, report),
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
        _ if ["http://", "https://", "www."]
            .iter()
            .any(|u| text.to_ascii_lowercase().contains(u)) =>
        {
            report.add(
                path,
                "contains a web address; links belong in a typed link field (`href`)",
            );
        }
        _ => {}
    }
    if TITLE_KEYS.contains(&key) {
        let cjk = text.chars().any(is_cjk);
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

fn check_external_link(href: &str, path: &str, rules: &Rules, report: &mut Report) {
    let Some(rest) = href.strip_prefix("https://") else {
        report.add(path, format!("`{href}` is not an https: link"));
        return;
    };
    let host = rest.split(['/', '?', '#']).next().unwrap_or("");
    let host = host.rsplit('@').next().unwrap_or(host);
    if !rules.host_allowed(host) {
        report.add(
            path,
            format!("host `{host}` is not on the allowlist (checks/allowed-hosts.txt)"),
        );
    }
}

fn is_cjk(c: char) -> bool {
    matches!(c, '\u{4E00}'..='\u{9FFF}' | '\u{3400}'..='\u{4DBF}' | '\u{F900}'..='\u{FAFF}')
}

fn lang_name(lang: Lang) -> &'static str {
    match lang {
        Lang::Zh => "Chinese",
        Lang::En => "English",
        Lang::Fr => "French",
    }
}
