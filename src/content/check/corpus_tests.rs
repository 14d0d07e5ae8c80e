//! The checks against the corpus of `corpus/`: ordinary sentences in each
//! language, which every check of text must accept (in a content file and
//! in a built page), and hostile lines, which it must refuse as spam or as
//! an address.

use std::path::Path;

use super::text::check_values;
use super::*;

fn rules() -> Rules {
    Rules::load(Path::new(env!("CARGO_MANIFEST_DIR"))).expect("the shipped lists load")
}

/// The lines of a corpus file, each with the language of its section.
fn corpus(text: &'static str) -> Vec<(Lang, &'static str)> {
    let mut lang = None;
    let mut lines = Vec::new();
    for line in text.lines().map(str::trim) {
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        if let Some(code) = line.strip_prefix('[').and_then(|l| l.strip_suffix(']')) {
            lang = Some(code.parse::<Lang>().expect("a section names a language"));
            continue;
        }
        lines.push((lang.expect("a line is under a language"), line));
    }
    assert!(lines.len() >= 10, "the corpus is read");
    lines
}

/// What the content check says of `line` as a paragraph of a file in `lang`.
fn content_problems(line: &str, lang: Lang, rules: &Rules) -> Vec<Problem> {
    let mut problems = Vec::new();
    let mut report = Report {
        file: format!("{}/home.json", lang.code()),
        problems: &mut problems,
    };
    check_values(
        &serde_json::json!({ "intro": [line] }),
        lang,
        rules,
        &mut report,
    );
    problems
}

/// A scratch dist folder holding one page, removed on drop.
struct Page(tempfile::TempDir);

impl Page {
    fn new(body: &str) -> Page {
        let dir = tempfile::tempdir().unwrap();
        let html = format!("<!doctype html><html><body><p>{body}</p></body></html>");
        std::fs::write(dir.path().join("index.html"), html).unwrap();
        Page(dir)
    }

    fn problems(&self, rules: &Rules) -> Vec<Problem> {
        check_dist(self.0.path(), self.0.path(), rules)
    }
}

/// `text` as HTML text.
fn escape(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
}

#[test]
fn ordinary_sentences_in_every_language_are_accepted() {
    let rules = rules();
    for (lang, line) in corpus(include_str!("corpus/ordinary.txt")) {
        assert_eq!(
            content_problems(line, lang, &rules),
            Vec::<Problem>::new(),
            "{line}"
        );
        let page = Page::new(&escape(line));
        assert_eq!(page.problems(&rules), Vec::<Problem>::new(), "{line}");
    }
}

#[test]
fn hostile_lines_are_refused_as_spam_or_as_an_address() {
    let rules = rules();
    let is_refusal = |message: &str| {
        message.contains("denied term")
            || message.contains("web address")
            || message.contains("e-mail address")
    };
    for (lang, line) in corpus(include_str!("corpus/hostile.txt")) {
        let problems = content_problems(line, lang, &rules);
        assert!(
            problems.iter().any(|p| is_refusal(&p.message)),
            "{line} got through the content check: {problems:?}"
        );
        let page = Page::new(&escape(line));
        let problems = page.problems(&rules);
        assert!(
            problems.iter().any(|p| is_refusal(&p.message)),
            "{line} got through the dist check: {problems:?}"
        );
    }
}
