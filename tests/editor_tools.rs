//! The editors' commands as `make` runs them (`news-item`, `translate`,
//! `translation-status`, `fix-content`), on a content folder written here
//! (`CONTENT_DIR`, as the build tools read it): what they print, what they
//! write and what they refuse. Host only.
#![cfg(not(target_arch = "wasm32"))]

use std::path::PathBuf;
use std::process::Command;

/// A content folder of this test's own, removed on drop.
struct Content(tempfile::TempDir);

impl Content {
    fn new() -> Content {
        let dir = tempfile::tempdir().unwrap();
        std::fs::create_dir_all(dir.path().join("news")).unwrap();
        Content(dir)
    }

    /// Runs a tool: its exit code, standard output and standard error.
    fn run(&self, bin: &str, args: &[&str]) -> (i32, String, String) {
        let output = Command::new(bin)
            .args(args)
            .env("CONTENT_DIR", self.0.path())
            .output()
            .unwrap();
        (
            output.status.code().unwrap_or(-1),
            String::from_utf8(output.stdout).unwrap(),
            String::from_utf8(output.stderr).unwrap(),
        )
    }

    fn file(&self, file: &str) -> PathBuf {
        self.0.path().join(file)
    }
}

const NEWS_ITEM: &str = env!("CARGO_BIN_EXE_news-item");
const TRANSLATE: &str = env!("CARGO_BIN_EXE_translate");
const STATUS: &str = env!("CARGO_BIN_EXE_translation-status");
const FIX: &str = env!("CARGO_BIN_EXE_fix-content");

#[test]
fn a_missing_slug_or_language_gets_the_usage_line() {
    let content = Content::new();
    for (bin, usage) in [
        (NEWS_ITEM, "usage: make news-item SLUG=new-biobank-guide LANG=zh   (LANG: zh, en or fr, the language you write it in)\n"),
        (TRANSLATE, "usage: make translate SLUG=new-biobank-guide LANG=en   (LANG: zh, en or fr, the language you translate into)\n"),
    ] {
        for args in [&[][..], &["", ""], &["a-slug", ""], &["", "en"]] {
            assert_eq!(content.run(bin, args), (2, String::new(), usage.to_owned()), "{args:?}");
        }
    }
}

#[test]
fn an_item_is_started_translated_and_listed_with_what_to_do() {
    let content = Content::new();
    let (code, out, err) = content.run(NEWS_ITEM, &["a-guide", "zh"]);
    assert_eq!((code, err.as_str()), (0, ""));
    let written = content.file("news/a-guide/zh.json");
    assert!(
        out.starts_with(&format!(
            "Wrote {}: a press release in 简体中文, dated ",
            written.display()
        )),
        "{out}"
    );
    assert!(
        out.contains("make check-content") && out.contains("make fix-content"),
        "{out}"
    );
    assert!(
        out.contains("`make translate SLUG=a-guide LANG=…`"),
        "{out}"
    );

    // Once more: refused, the file kept.
    let skeleton = std::fs::read_to_string(&written).unwrap();
    let (code, out, err) = content.run(NEWS_ITEM, &["a-guide", "zh"]);
    assert_eq!((code, out.as_str()), (1, ""));
    assert!(
        err.starts_with("news-item: ") && err.contains("already exists"),
        "{err}"
    );
    assert_eq!(std::fs::read_to_string(&written).unwrap(), skeleton);

    // Its text written (with slips for fix-content), a translation is listed as to do.
    let date = &skeleton[skeleton.find("\"20").unwrap()..][..12];
    std::fs::write(
        &written,
        format!("{{\n  \"date\": {date},\n  \"title\": \"指南发布\",\n  \"summary\": \"中心发布指南.\",\n  \"body\": [\"第一段,第二句。\"]\n}}\n"),
    )
    .unwrap();
    let (code, out, _) = content.run(STATUS, &[]);
    assert_eq!(code, 0);
    assert!(
        out.contains(
            "English (en): 1 missing, 0 outdated\n  missing   a-guide  (original: zh, version "
        ),
        "{out}"
    );
    assert!(
        out.contains("\n            to do: make translate SLUG=a-guide LANG=en\n"),
        "{out}"
    );

    let (code, out, err) = content.run(FIX, &[]);
    assert_eq!((code, err.as_str()), (0, ""));
    let shown = content.file("news/a-guide/zh.json").display().to_string();
    assert_eq!(
        out,
        format!("{shown}: summary: `中心发布指南.` → `中心发布指南。`\n{shown}: body[0]: `第一段,第二句。` → `第一段，第二句。`\nfix-content: 2 change(s) in 1 file(s); `make check-content` lists anything left to do by hand\n")
    );
    assert_eq!(
        content.run(FIX, &[]).1,
        "fix-content: nothing to set right\n"
    );

    let (code, out, err) = content.run(TRANSLATE, &["a-guide", "en"]);
    assert_eq!((code, err.as_str()), (0, ""));
    let translation = content.file("news/a-guide/en.json");
    assert!(
        out.starts_with(&format!(
            "Wrote {}: a copy of zh.json, version ",
            translation.display()
        )),
        "{out}"
    );
    assert!(out.contains("each of the 1 paragraph(s)"), "{out}");
    let (code, _, err) = content.run(TRANSLATE, &["a-guide", "en"]);
    assert_eq!(code, 1);
    assert!(
        err.starts_with("translate: ") && err.contains("already exists"),
        "{err}"
    );
    let (_, out, _) = content.run(STATUS, &[]);
    assert!(
        out.contains("English (en): 0 missing, 0 outdated\n"),
        "{out}"
    );
}

#[test]
fn an_invalid_slug_is_refused_before_anything_is_written() {
    let content = Content::new();
    let (code, out, err) = content.run(NEWS_ITEM, &["New Guide", "zh"]);
    assert_eq!((code, out.as_str()), (1, ""));
    assert!(
        err.starts_with(
            "news-item: `New Guide` cannot be a slug: write lowercase ASCII letters and digits"
        ),
        "{err}"
    );
    let (code, _, err) = content.run(TRANSLATE, &["a-guide", "de"]);
    assert_eq!(code, 1);
    assert_eq!(
        err,
        "translate: `de` is not a language of the site: write LANG=zh, LANG=en or LANG=fr\n"
    );
    assert!(std::fs::read_dir(content.0.path().join("news"))
        .unwrap()
        .next()
        .is_none());
}
