//! Content is rendered only as text: no source file may inject raw HTML.
//! (A lint in test form: it fails the build if anyone reaches for it.)

use std::path::Path;

const RAW_HTML_APIS: [&str; 5] = [
    "inner_html",
    "outer_html",
    "insert_adjacent_html",
    "set_inner_html",
    "document_write",
];

fn rust_files(dir: &Path, out: &mut Vec<std::path::PathBuf>) {
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            rust_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

#[test]
fn no_source_file_uses_a_raw_html_api() {
    let mut files = Vec::new();
    rust_files(
        &Path::new(env!("CARGO_MANIFEST_DIR")).join("src"),
        &mut files,
    );
    assert!(files.len() > 10, "the source tree was found");
    let mut offenders = Vec::new();
    for file in files {
        let text = std::fs::read_to_string(&file).unwrap();
        for (n, line) in text.lines().enumerate() {
            if let Some(api) = RAW_HTML_APIS.iter().find(|api| line.contains(*api)) {
                offenders.push(format!("{}:{}: uses {api}", file.display(), n + 1));
            }
        }
    }
    assert!(
        offenders.is_empty(),
        "render content as text, never as HTML:\n{}",
        offenders.join("\n")
    );
}
