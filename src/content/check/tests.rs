//! The checker against broken copies of the shipped content: each case breaks
//! one thing and asserts the exact messages an editor would read.

use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicUsize, Ordering};

use super::*;

fn repo() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

fn rules() -> Rules {
    Rules::load(repo()).expect("the shipped lists load")
}

/// A private copy of public/content as `<tmp>/content`, removed on drop.
struct Fixture(PathBuf);

impl Fixture {
    fn new() -> Fixture {
        static NEXT: AtomicUsize = AtomicUsize::new(0);
        let root = std::env::temp_dir().join(format!(
            "scrc-content-check-{}-{}",
            std::process::id(),
            NEXT.fetch_add(1, Ordering::Relaxed)
        ));
        for lang in Lang::ALL {
            let to = root.join("content").join(lang.code());
            std::fs::create_dir_all(&to).unwrap();
            for file in FILES {
                std::fs::copy(
                    repo().join("public/content").join(lang.code()).join(file),
                    to.join(file),
                )
                .unwrap();
            }
        }
        Fixture(root)
    }

    fn path(&self, file: &str) -> PathBuf {
        self.0.join("content").join(file)
    }

    /// Replaces the one occurrence of `from` in `file` (e.g. `en/news.json`).
    fn replace(&self, file: &str, from: &str, to: &str) -> &Self {
        let text = std::fs::read_to_string(self.path(file)).unwrap();
        assert_eq!(
            text.matches(from).count(),
            1,
            "{from:?} must occur once in {file}"
        );
        std::fs::write(self.path(file), text.replacen(from, to, 1)).unwrap();
        self
    }

    /// The 1-based line of `needle` in `file`, for messages that carry one.
    fn line_of(&self, file: &str, needle: &str) -> usize {
        let text = std::fs::read_to_string(self.path(file)).unwrap();
        text.lines()
            .position(|l| l.contains(needle))
            .expect("needle present")
            + 1
    }

    fn problems(&self) -> Vec<String> {
        check_content(&self.0.join("content"), &self.0, &rules())
            .iter()
            .map(ToString::to_string)
            .collect()
    }
}

impl Drop for Fixture {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

#[test]
fn the_shipped_content_passes() {
    let problems = check_content(&repo().join("public/content"), repo(), &rules());
    assert!(problems.is_empty(), "{problems:#?}");
}

#[test]
fn malformed_json_names_line_and_column_and_other_files_are_still_checked() {
    let f = Fixture::new();
    std::fs::write(
        f.path("en/home.json"),
        "{\n  \"meta\": {\n    \"title\": \"Home\",\n",
    )
    .unwrap();
    f.replace(
        "fr/contact.json",
        "\"Nous contacter\",\n  \"intro\"",
        "\"\",\n  \"intro\"",
    );
    assert_eq!(
        f.problems(),
        [
            "content/en/home.json: line 4, column 0: EOF while parsing a value",
            "content/fr/contact.json: heading: is empty",
        ]
    );
}

#[test]
fn a_missing_file_and_a_missing_translation_are_reported() {
    let f = Fixture::new();
    std::fs::remove_file(f.path("zh/contact.json")).unwrap();
    f.replace(
        "fr/news.json",
        "\"slug\": \"seccr-first-supervision-review\"",
        "\"slug\": \"seccr-first-supervision\"",
    );
    assert_eq!(
        f.problems(),
        [
            "content/zh/contact.json: (file): is missing: every language needs contact.json",
            "content/fr/news.json: items: has no translation of `seccr-first-supervision-review` (in content/en/news.json)",
            "content/fr/news.json: items[2].slug: `seccr-first-supervision` is not in content/en/news.json",
            "content/fr/social-commitment.json: services[1].related_news[1]: no news item has the slug `seccr-first-supervision-review`",
        ]
    );
}

#[test]
fn impossible_dates_and_wrong_order_are_reported() {
    let f = Fixture::new();
    f.replace(
        "zh/news.json",
        "\"date\": \"2019-02-21\"",
        "\"date\": \"2019-02-30\"",
    );
    f.replace(
        "en/news.json",
        "\"date\": \"2018-10-26\"",
        "\"date\": \"2018-12-01\"",
    );
    let line = f.line_of("zh/news.json", "2019-02-30");
    assert_eq!(
        f.problems(),
        [
            format!(
                "content/zh/news.json: items[0].date: `2019-02-30` is not a day of the calendar (line {line}, column 26)"
            ),
            "content/en/news.json: items[3].date: 2018-12-01 is newer than the item before it (2018-11-11): news must be newest first".to_owned(),
            "content/fr/news.json: items[3].date: 2018-10-26 differs from 2018-12-01 in content/en/news.json".to_owned(),
        ]
    );
}

#[test]
fn a_misspelt_field_and_a_bad_slug_are_reported() {
    let f = Fixture::new();
    f.replace("en/contact.json", "\"phone_heading\"", "\"phone_headng\"");
    let line = f.line_of("en/contact.json", "phone_headng");
    let problems = f.problems();
    assert_eq!(problems.len(), 1, "{problems:#?}");
    assert!(
        problems[0].starts_with(
            "content/en/contact.json: phone_headng: unknown field `phone_headng`, expected one of `meta`, `heading`"
        ),
        "{}",
        problems[0]
    );
    assert!(
        problems[0].ends_with(&format!("(line {line}, column 16)")),
        "{}",
        problems[0]
    );
}

#[test]
fn foreign_and_insecure_links_and_bad_phone_numbers_are_reported() {
    let f = Fixture::new();
    f.replace(
        "en/contact.json",
        "https://www.openstreetmap.org/search?query=380%20Fenglin%20Road%2C%20Xuhui%2C%20Shanghai",
        "https://maps.evil.example/?q=1",
    );
    f.replace(
        "fr/contact.json",
        "https://www.openstreetmap.org/search?query=380%20Fenglin%20Road%2C%20Xuhui%2C%20Shanghai",
        "http://www.openstreetmap.org/",
    );
    f.replace(
        "zh/site.json",
        "\"tel\": \"+862133676666\"",
        "\"tel\": \"021-3367 6666\"",
    );
    f.replace(
        "en/news.json",
        "Commission led by Huang Hong visited the Shanghai Clinical Research Center.\",\n      \"body\"",
        "Commission led by Huang Hong visited www.example.com today.\",\n      \"body\"",
    );
    assert_eq!(
        f.problems(),
        [
            "content/zh/site.json: contact.phone.tel: `021-3367 6666` is not a phone number for a tel: link (`+` and 6 to 15 digits)",
            "content/en/news.json: items[1].summary: contains a web address; links belong in a typed link field (`href`)",
            "content/en/contact.json: map_link.href: host `maps.evil.example` is not on the allowlist (checks/allowed-hosts.txt)",
            "content/fr/contact.json: map_link.href: `http://www.openstreetmap.org/` is not an https: link",
        ]
    );
}

#[test]
fn spam_terms_are_caught_in_any_case_width_or_script() {
    let f = Fixture::new();
    f.replace(
        "fr/home.json",
        "\"Accès rapide\"",
        "\"Accès rapide — CASINO en ligne\"",
    );
    f.replace("zh/home.json", "\"快速导航\"", "\"快速导航 ｃａｓｉｎｏ\"");
    f.replace(
        "zh/site.json",
        "\"copyright\": \"© 2008–2026 上海医药临床研究中心 版权所有\"",
        "\"copyright\": \"© 2008–2026 线上博彩\"",
    );
    assert_eq!(
        f.problems(),
        [
            "content/zh/site.json: copyright: contains the denied term `博彩` (see checks/spam-deny-list.txt)",
            "content/zh/home.json: sections_heading: contains the denied term `casino` (see checks/spam-deny-list.txt)",
            "content/fr/home.json: sections_heading: contains the denied term `casino` (see checks/spam-deny-list.txt)",
        ]
    );
}

#[test]
fn injected_markup_and_script_urls_are_reported() {
    let f = Fixture::new();
    f.replace(
        "en/volunteers.json",
        "\"Frequently asked questions\"",
        "\"<a href=\\\"https://maps.evil.example\\\">Win</a>\"",
    );
    f.replace(
        "fr/volunteers.json",
        "\"Questions fréquentes\"",
        "\"javascript:alert(1)\"",
    );
    f.replace("en/home.json", "\"Find your way\"", "\"Data: our figures\"");
    assert_eq!(
        f.problems(),
        [
            "content/en/volunteers.json: faq_heading: contains markup or a script URL (`<`); write plain text",
            "content/en/volunteers.json: faq_heading: contains a web address; links belong in a typed link field (`href`)",
            "content/fr/volunteers.json: faq_heading: contains markup or a script URL (`javascript:`); write plain text",
        ]
    );
}

#[test]
fn titles_must_be_written_in_their_files_language() {
    let f = Fixture::new();
    f.replace(
        "zh/contact.json",
        "\"heading\": \"联系我们\"",
        "\"heading\": \"Contact us\"",
    );
    f.replace(
        "en/contact.json",
        "\"heading\": \"Contact us\"",
        "\"heading\": \"联系我们\"",
    );
    assert_eq!(
        f.problems(),
        [
            "content/zh/contact.json: heading: is a title in a Chinese file but has no Chinese characters",
            "content/en/contact.json: heading: is a title in a English file but contains Chinese characters",
        ]
    );
}

#[test]
fn the_dist_check_finds_inline_scripts_the_csp_does_not_allow() {
    let f = Fixture::new();
    let dist = f.0.join("dist");
    std::fs::create_dir_all(dist.join("en")).unwrap();
    let page = |script: &str| {
        format!("<head><script type=\"module\">{script}</script></head><body><script type=\"application/json\">{{}}</script></body>")
    };
    std::fs::write(dist.join("index.html"), page("import init from '/a.js';")).unwrap();
    let allowed =
        crate::headers::inline_script_hashes(&page("import init from '/a.js';")).remove(0);
    std::fs::write(
        dist.join("_headers"),
        format!("/*\n  Content-Security-Policy: default-src 'none'; script-src 'self' {allowed}; style-src 'self'\n"),
    )
    .unwrap();
    std::fs::write(
        dist.join("en/index.html"),
        page("import init from '/b.js';"),
    )
    .unwrap();
    let problems: Vec<String> = check_dist(&dist, &f.0, &rules())
        .iter()
        .map(ToString::to_string)
        .collect();
    let other = crate::headers::inline_script_hashes(&page("import init from '/b.js';")).remove(0);
    assert_eq!(
        problems,
        [format!("dist/en/index.html: (script): inline script {other} is not allowed by the Content-Security-Policy in _headers")]
    );
}

#[test]
fn the_dist_check_reports_file_and_offset() {
    let f = Fixture::new();
    let dist = f.0.join("dist");
    std::fs::create_dir_all(dist.join("assets")).unwrap();
    std::fs::write(
        dist.join("index.html"),
        "<p>ok</p><a href=\"https://www.openstreetmap.org/\">map</a>",
    )
    .unwrap();
    std::fs::write(
        dist.join("assets/app.js"),
        "let a=1;fetch('https://tracker.evil.example/x');// Casino",
    )
    .unwrap();
    let problems: Vec<String> = check_dist(&dist, &f.0, &rules())
        .iter()
        .map(ToString::to_string)
        .collect();
    assert_eq!(
        problems,
        [
            "dist/assets/app.js: offset 51: contains the denied term `casino` (see checks/spam-deny-list.txt)",
            "dist/assets/app.js: offset 15: absolute URL to host `tracker.evil.example` is not on the allowlist (checks/allowed-hosts.txt)",
        ]
    );
}
