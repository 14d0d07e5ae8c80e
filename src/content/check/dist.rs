//! The dist check: after the build, everything that would be hosted is held
//! to the content check's rules, read with the same parsers.
//! - Every file is read as what it is (see [`super::read`]): text in full,
//!   binary data for the strings it holds, compressed copies and Pagefind's
//!   files decompressed; it is scanned for denied terms and for absolute
//!   URLs to hosts that are not allowlisted, reported with the file and
//!   byte offset.
//! - Every file's path, its URL, is held to the rules of text.
//! - Every page is read as HTML: its link attributes may not lead to a
//!   foreign host (protocol-relative included) or run a script URL, its text
//!   may hold no hidden character and no web address, and every inline
//!   script must be allowed by the Content-Security-Policy in `_headers`.
//! - The content files it ships pass the whole content check.

use std::path::{Path, PathBuf};

use lol_html::html_content::TextType;
use lol_html::{doc_text, element, rewrite_str, RewriteStrSettings};

use super::link;
use super::path::path_problems;
use super::read::{read_as_served, served_name, strings_in, Served};
use super::text::address_in;
use super::unicode::{first_hidden, fold_char};
use super::{check_content_files, Problem, Rules};

pub fn check_dist(dist: &Path, shown_from: &Path, rules: &Rules) -> Vec<Problem> {
    let mut files = Vec::new();
    let mut problems = Vec::new();
    if let Err(e) = collect_files(dist, &mut files) {
        problems.push(problem(
            dist,
            shown_from,
            "(dir)".into(),
            format!("cannot be listed: {e}"),
        ));
        return problems;
    }
    files.sort();
    let csp = std::fs::read_to_string(dist.join("_headers"))
        .ok()
        .and_then(|headers| {
            headers.lines().find_map(|line| {
                line.trim()
                    .strip_prefix("Content-Security-Policy: ")
                    .map(str::to_owned)
            })
        });
    for path in files {
        check_path(&path, dist, shown_from, rules, &mut problems);
        match read_as_served(&path) {
            Ok(Served::Text(text)) => {
                scan(&text, 0, &path, shown_from, rules, &mut problems);
                if served_name(&path).ends_with(".html") {
                    for (location, message) in check_page(&text, rules) {
                        problems.push(problem(&path, shown_from, location, message));
                    }
                    check_inline_scripts(&text, csp.as_deref(), &path, shown_from, &mut problems);
                }
            }
            Ok(Served::Binary(bytes)) => {
                for (offset, string) in strings_in(&bytes) {
                    scan(string, offset, &path, shown_from, rules, &mut problems);
                }
            }
            Err(reason) => problems.push(problem(&path, shown_from, "(file)".into(), reason)),
        }
    }
    let content = dist.join("content");
    if content.is_dir() {
        problems.extend(check_content_files(&content, shown_from, rules));
    }
    problems
}

/// The attributes whose value a browser follows or fetches as a URL.
const URL_ATTRIBUTES: [&str; 8] = [
    "href",
    "src",
    "action",
    "formaction",
    "poster",
    "cite",
    "data",
    "xlink:href",
];

/// Problems of one page read as a browser reads it (character references
/// decoded): link attributes and running text.
fn check_page(html: &str, rules: &Rules) -> Vec<(String, String)> {
    let found = std::cell::RefCell::new(Vec::new());
    let mut text = String::new();
    let result = rewrite_str(
        html,
        RewriteStrSettings::new()
            .append_element_content_handler(element!("*", |el| {
                for attribute in el.attributes() {
                    let name = attribute.name();
                    let value = htmlize::unescape_attribute(attribute.value());
                    let links: Vec<&str> = if URL_ATTRIBUTES.contains(&name.as_str()) {
                        vec![&value]
                    } else if name == "srcset" {
                        // Candidates `url [descriptor]`, separated by commas.
                        value
                            .split(',')
                            .filter_map(|c| c.split_whitespace().next())
                            .collect()
                    } else {
                        continue;
                    };
                    for link in links {
                        if let Some(message) = foreign_link(link, rules) {
                            let location = format!("<{} {name}>", el.tag_name());
                            found.borrow_mut().push((location, message));
                        }
                    }
                }
                Ok(())
            }))
            .append_document_content_handler(doc_text!(|chunk| {
                // Script and style bodies are code; only running text is read.
                if chunk.text_type() == TextType::Data {
                    text.push_str(chunk.as_str());
                    if chunk.last_in_text_node() {
                        let decoded = htmlize::unescape(std::mem::take(&mut text));
                        if let Some(message) = text_problem(&decoded, rules) {
                            found.borrow_mut().push(("(text)".to_owned(), message));
                        }
                    }
                }
                Ok(())
            })),
    );
    let mut found = found.into_inner();
    if let Err(e) = result {
        found.push(("(html)".to_owned(), format!("cannot be read as HTML: {e}")));
    }
    found
}

/// Why a link attribute's value is refused: it runs a script, or it leads
/// to a host that is neither the page's own nor allowlisted.
fn foreign_link(value: &str, rules: &Rules) -> Option<String> {
    let Some(url) = link::resolve_on_own_page(value) else {
        return Some(format!(
            "`{}` is not a link a browser can follow",
            value.escape_debug()
        ));
    };
    if matches!(url.scheme(), "javascript" | "vbscript" | "data") {
        return Some(format!("`{}` is a script URL", value.escape_debug()));
    }
    match link::host_of(&url) {
        Some(host) if host != link::OWN_HOST && !rules.host_allowed(&host) => Some(format!(
            "link to host `{host}` is not on the allowlist (checks/allowed-hosts.txt)"
        )),
        _ => None,
    }
}

/// Why a page's running text is refused: a hidden character, a web address,
/// or a denied term disguised as spam writes it (the scan of the whole file
/// reports the others).
/// Line breaks and tabs are HTML's own white space there.
fn text_problem(text: &str, rules: &Rules) -> Option<String> {
    let text: String = text
        .chars()
        .map(|c| if c.is_ascii_whitespace() { ' ' } else { c })
        .collect();
    if let Some((at, c, kind)) = first_hidden(&text) {
        return Some(format!(
            "text contains {kind} (U+{:04X}) at character {at}: `{}`",
            c as u32,
            text.trim().escape_debug()
        ));
    }
    if let Some(term) = rules.disguised_term_in(&text) {
        return Some(format!(
            "text contains the denied term `{term}` (see checks/spam-deny-list.txt)"
        ));
    }
    address_in(&text).map(|(kind, found)| format!("text contains {kind} (`{found}`)"))
}

fn check_inline_scripts(
    html: &str,
    csp: Option<&str>,
    path: &Path,
    shown_from: &Path,
    problems: &mut Vec<Problem>,
) {
    for hash in crate::headers::inline_script_hashes(html) {
        let message = match csp {
            Some(csp) if csp.split([' ', ';']).any(|source| source == hash) => continue,
            Some(_) => format!("inline script {hash} is not allowed by the Content-Security-Policy in _headers"),
            None => format!("inline script {hash}, but no Content-Security-Policy in _headers (run site-headers)"),
        };
        problems.push(problem(path, shown_from, "(script)".into(), message));
    }
}

fn collect_files(dir: &Path, out: &mut Vec<PathBuf>) -> std::io::Result<()> {
    for entry in std::fs::read_dir(dir)? {
        let path = entry?.path();
        if path.is_dir() {
            collect_files(&path, out)?;
        } else {
            out.push(path);
        }
    }
    Ok(())
}

fn problem(path: &Path, shown_from: &Path, location: String, message: String) -> Problem {
    Problem {
        file: path
            .strip_prefix(shown_from)
            .unwrap_or(path)
            .display()
            .to_string(),
        location,
        message,
    }
}

/// A file's path below `dist`, the URL it is served at, read as text.
fn check_path(
    path: &Path,
    dist: &Path,
    shown_from: &Path,
    rules: &Rules,
    problems: &mut Vec<Problem>,
) {
    let relative = path.strip_prefix(dist).unwrap_or(path).to_string_lossy();
    for message in path_problems(&relative, rules) {
        problems.push(problem(
            path,
            shown_from,
            "(path)".into(),
            format!("{message}: the path is the file's URL; rename what it is made from (a press release's folder, a content file)"),
        ));
    }
}

/// Scans text from a file (all of it, or a string found in binary data at
/// byte `base`) for denied terms and absolute URLs.
fn scan(
    text: &str,
    base: usize,
    path: &Path,
    shown_from: &Path,
    rules: &Rules,
    problems: &mut Vec<Problem>,
) {
    // Fold character by character, remembering where each folded character
    // came from, so a match is reported at its offset in the original file.
    let mut folded = String::with_capacity(text.len());
    let mut origin = Vec::with_capacity(text.len());
    for (offset, c) in text.char_indices() {
        fold_char(c, &mut folded);
        origin.resize(folded.len(), offset);
    }
    for (term, at) in rules.denied_terms_at(&folded) {
        problems.push(problem(
            path,
            shown_from,
            format!("offset {}", base + origin[at]),
            format!("contains the denied term `{term}` (see checks/spam-deny-list.txt)"),
        ));
    }
    for (at, url) in absolute_urls(text) {
        let reason = match link::parse(url) {
            Ok(parsed) => match link::host_of(&parsed) {
                Some(host) if rules.host_allowed(&host) || link::is_reserved_example_host(&host) => {
                    continue
                }
                Some(host) => format!("absolute URL to host `{host}` is not on the allowlist (checks/allowed-hosts.txt)"),
                None => continue,
            },
            Err(reason) => reason,
        };
        problems.push(problem(
            path,
            shown_from,
            format!("offset {}", base + at),
            reason,
        ));
    }
}

/// Every `http(s)://…` in `text`, with its byte offset: the scheme in any
/// case, up to the first character that ends a URL in code or markup, or a
/// template literal's `${` (the code that follows is not part of the host).
fn absolute_urls(text: &str) -> impl Iterator<Item = (usize, &str)> {
    let lower = text.to_ascii_lowercase();
    let starts: Vec<usize> = ["http://", "https://"]
        .iter()
        .flat_map(|scheme| lower.match_indices(scheme).map(|(at, _)| at))
        .filter(|&at| !lower[..at].ends_with(|c: char| c.is_ascii_alphanumeric()))
        .collect();
    starts.into_iter().map(move |at| {
        let rest = &text[at..];
        let end = rest
            .find(|c: char| c.is_whitespace() || c.is_control() || "\"'`<>(){}[]^|".contains(c))
            .into_iter()
            .chain(rest.find("${"))
            .min()
            .map_or(text.len(), |end| at + end);
        (at, &text[at..end])
    })
}
