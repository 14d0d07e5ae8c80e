//! `dist/` holds only what the build made. A file that no step of the build
//! wrote — dropped into `public/`, left in `dist/` by an earlier build,
//! added by hand — would be served from the center's domain, so the dist
//! check refuses it, with its path. The build knows its files three ways:
//! - the steps that write through [`crate::output::DistWriter`] (the
//!   prerendered pages, the derived content, the search bundles, the site
//!   files, the headers) each record what they wrote ([`BuildRecord`]);
//! - Trunk's output follows from `index.html`, the page Trunk builds
//!   ([`TrunkOutputs`]), and the content files it copies are those the
//!   content check knows ([`super::folder::is_content_file`]);
//! - static files of `public/` are listed here, few and by name
//!   ([`STATIC_ASSETS`]).
//!
//! A compressed copy (`.br`, `.gz`) stands for a file it knows.

use std::collections::BTreeMap;
use std::path::Path;

use lol_html::{element, rewrite_str, RewriteStrSettings};

use super::folder::is_content_file;
use super::Problem;

/// The static files of `public/` that ship as they are (Trunk's
/// `copy-file` in `index.html`): the hosts' rules for unknown paths and
/// the unhashed icon the web app manifest names.
pub const STATIC_ASSETS: [&str; 2] = ["_redirects", "favicon.svg"];

/// Every file the build's own steps wrote, by path below `dist/`, with the
/// step that wrote it.
#[derive(Clone, Debug, Default)]
pub struct BuildRecord {
    files: BTreeMap<String, String>,
}

impl BuildRecord {
    /// Reads the record folder (see [`crate::output::record_dir_of`]): one
    /// file per step, one path a line.
    pub fn read(dir: &Path) -> Result<BuildRecord, String> {
        let entries = std::fs::read_dir(dir).map_err(|e| {
            format!(
                "{}: cannot be read ({e}): the dist check knows the build's files from the record its steps write there; build with scripts/build.sh",
                dir.display()
            )
        })?;
        let mut files = BTreeMap::new();
        for entry in entries {
            let path = entry.map_err(|e| e.to_string())?.path();
            let step = path
                .file_name()
                .map(|name| name.to_string_lossy().into_owned())
                .unwrap_or_default();
            let list = std::fs::read_to_string(&path)
                .map_err(|e| format!("{}: cannot be read: {e}", path.display()))?;
            for file in list.lines().filter(|line| !line.is_empty()) {
                files.insert(file.to_owned(), step.clone());
            }
        }
        Ok(BuildRecord { files })
    }
}

/// What Trunk writes for `index.html`, its target: the page itself, each
/// `data-trunk` link's output — the app's module and WebAssembly, the
/// stylesheets and the icon under a name with a hash of their content
/// (`tokens-4f1a….css`), a worker's module under its own name — and the
/// copies `STATIC_ASSETS` and the content folder cover.
#[derive(Clone, Debug, Default)]
pub struct TrunkOutputs {
    /// Names written as they are.
    exact: Vec<String>,
    /// (stem, suffix) of names written as `{stem}-{hash}{suffix}`.
    hashed: Vec<(String, String)>,
}

impl TrunkOutputs {
    /// Reads Trunk's target page (the repository's `index.html`).
    pub fn from_target(html: &str) -> Result<TrunkOutputs, String> {
        let outputs = std::cell::RefCell::new(TrunkOutputs {
            exact: vec!["index.html".to_owned()],
            hashed: Vec::new(),
        });
        rewrite_str(
            html,
            RewriteStrSettings::new().append_element_content_handler(element!(
                "link[data-trunk]",
                |el| {
                    let attribute = |name: &str| el.get_attribute(name).unwrap_or_default();
                    let mut outputs = outputs.borrow_mut();
                    match attribute("rel").as_str() {
                        "rust" => {
                            let bin = attribute("data-bin");
                            if attribute("data-type") == "worker" {
                                outputs.exact.push(format!("{bin}.js"));
                                outputs.exact.push(format!("{bin}_bg.wasm"));
                            } else {
                                outputs.hashed.push((bin.clone(), ".js".to_owned()));
                                outputs.hashed.push((bin, "_bg.wasm".to_owned()));
                            }
                        }
                        "css" | "icon" => {
                            let href = attribute("href");
                            let name = href.rsplit('/').next().unwrap_or_default();
                            if let Some((stem, extension)) = name.rsplit_once('.') {
                                outputs
                                    .hashed
                                    .push((stem.to_owned(), format!(".{extension}")));
                            }
                        }
                        _ => {}
                    }
                    Ok(())
                }
            )),
        )
        .map_err(|e| format!("index.html cannot be read as HTML: {e}"))?;
        Ok(outputs.into_inner())
    }

    /// Whether `file` (a path below `dist/`) is Trunk's: a name it writes
    /// as it is, or a hashed name that the home page (`home`, the text of
    /// `dist/index.html`) loads, so that an earlier build's copy, under
    /// another hash, is not.
    fn knows(&self, file: &str, home: &str) -> bool {
        if self.exact.iter().any(|name| name == file) {
            return true;
        }
        // The JavaScript snippets wasm-bindgen gives a module, which the
        // home page preloads.
        if file.starts_with("snippets/") {
            return home.contains(&format!("/{file}"));
        }
        self.hashed.iter().any(|(stem, suffix)| {
            let hash = file
                .strip_prefix(stem.as_str())
                .and_then(|rest| rest.strip_prefix('-'))
                .and_then(|rest| rest.strip_suffix(suffix.as_str()));
            hash.is_some_and(|hash| {
                (1..=16).contains(&hash.len())
                    && hash.bytes().all(|b| matches!(b, b'0'..=b'9' | b'a'..=b'f'))
            }) && home.contains(&format!("/{file}"))
        })
    }
}

/// Refuses every file in `dist` that the build did not make, and reports a
/// file the record lists that is not there.
pub fn check_dist_files(
    dist: &Path,
    shown_from: &Path,
    record: &BuildRecord,
    trunk: &TrunkOutputs,
) -> Vec<Problem> {
    let shown = |relative: &str| {
        let path = dist.join(relative);
        path.strip_prefix(shown_from)
            .unwrap_or(&path)
            .display()
            .to_string()
    };
    let mut files = Vec::new();
    if let Err(e) = relative_files(dist, "", &mut files) {
        return vec![Problem {
            file: shown(""),
            location: "(folder)".into(),
            message: format!("cannot be listed: {e}"),
        }];
    }
    files.sort();
    let home = std::fs::read_to_string(dist.join("index.html")).unwrap_or_default();
    let known = |file: &str| {
        record.files.contains_key(file)
            || STATIC_ASSETS.contains(&file)
            || trunk.knows(file, &home)
            || file.strip_prefix("content/").is_some_and(is_content_file)
    };
    let mut problems = Vec::new();
    for file in &files {
        let original = file
            .strip_suffix(".br")
            .or_else(|| file.strip_suffix(".gz"));
        if known(file.as_str()) || original.is_some_and(known) {
            continue;
        }
        problems.push(Problem {
            file: shown(file),
            location: "(file)".into(),
            message: "is not a file the build makes, and would be served unchecked: delete it. The build starts from an empty folder (scripts/build.sh); a file of public/ ships only when index.html copies it and STATIC_ASSETS (src/content/check/files.rs) lists it".into(),
        });
    }
    for (file, step) in &record.files {
        if files.binary_search(file).is_err() {
            problems.push(Problem {
                file: shown(file),
                location: "(file)".into(),
                message: format!(
                    "is missing, though the build step `{step}` recorded writing it: run the whole build (scripts/build.sh)"
                ),
            });
        }
    }
    problems
}

/// Every file below `dir`, as `/`-separated paths below it, each prefixed
/// with `prefix`.
fn relative_files(dir: &Path, prefix: &str, out: &mut Vec<String>) -> std::io::Result<()> {
    for entry in std::fs::read_dir(dir)? {
        let entry = entry?;
        let name = format!("{prefix}{}", entry.file_name().to_string_lossy());
        if entry.file_type()?.is_dir() {
            relative_files(&entry.path(), &format!("{name}/"), out)?;
        } else {
            out.push(name);
        }
    }
    Ok(())
}
