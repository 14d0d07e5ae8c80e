//! The dist check: after `trunk build --release`, every file that would be
//! hosted is scanned for denied terms and for absolute URLs to hosts that are
//! not allowlisted, reported with the file and byte offset; and every inline
//! script of every page (the prerendered ones included) must be allowed by the
//! Content-Security-Policy in `_headers`, or the browser would block it.

use std::path::{Path, PathBuf};

use super::rules::fold;
use super::{Problem, Rules};

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
        match std::fs::read(&path) {
            Ok(bytes) => {
                scan(&bytes, &path, shown_from, rules, &mut problems);
                if path.extension().is_some_and(|ext| ext == "html") {
                    check_inline_scripts(
                        &String::from_utf8_lossy(&bytes),
                        csp.as_deref(),
                        &path,
                        shown_from,
                        &mut problems,
                    );
                }
            }
            Err(e) => problems.push(problem(
                &path,
                shown_from,
                "(file)".into(),
                format!("cannot be read: {e}"),
            )),
        }
    }
    problems
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
        } else if path
            .extension()
            .is_some_and(|ext| ext == "br" || ext == "gz")
        {
            // Compressed copies of files this check reads in the clear.
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

/// Scans one file's bytes (text or binary: strings inside the WebAssembly
/// are UTF-8 too).
fn scan(bytes: &[u8], path: &Path, shown_from: &Path, rules: &Rules, problems: &mut Vec<Problem>) {
    let text = String::from_utf8_lossy(bytes);
    // Fold character by character, remembering where each folded character
    // came from, so a match is reported at its offset in the original file.
    let mut folded = String::with_capacity(text.len());
    let mut origin = Vec::with_capacity(text.len());
    for (offset, c) in text.char_indices() {
        for f in fold(c.encode_utf8(&mut [0; 4])).chars() {
            origin.resize(folded.len() + f.len_utf8(), offset);
            folded.push(f);
        }
    }
    for term in rules.deny_terms() {
        if let Some(at) = rules.find_term(&folded, term) {
            problems.push(problem(
                path,
                shown_from,
                format!("offset {}", origin[at]),
                format!("contains the denied term `{term}` (see checks/spam-deny-list.txt)"),
            ));
        }
    }
    for scheme in ["http://", "https://"] {
        for (at, _) in folded.match_indices(scheme) {
            let host: String = folded[at + scheme.len()..]
                .chars()
                .take_while(|c| c.is_ascii_alphanumeric() || *c == '.' || *c == '-')
                .collect();
            if host.is_empty() || !rules.host_allowed(&host) {
                problems.push(problem(
                    path,
                    shown_from,
                    format!("offset {}", origin[at]),
                    format!("absolute URL to host `{host}` is not on the allowlist (checks/allowed-hosts.txt)"),
                ));
            }
        }
    }
}
