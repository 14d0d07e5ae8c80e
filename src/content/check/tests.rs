//! The checker against broken copies of the fixture content: each case breaks
//! one thing and asserts the exact messages an editor would read.

use std::path::{Path, PathBuf};

use super::*;
use crate::content::tests::copy_dir;

fn repo() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

fn rules() -> Rules {
    Rules::load(repo()).expect("the shipped lists load")
}

/// The committed fixture tree (`tests/fixtures/content`): content made for
/// these tests, so a change to the shipped content cannot break them.
fn fixture_content() -> PathBuf {
    crate::content::tests::fixture_dir()
}

/// A private copy of the fixture tree as `<tmp>/content`, removed on drop.
struct Fixture(tempfile::TempDir);

impl Fixture {
    fn new() -> Fixture {
        let root = tempfile::tempdir().unwrap();
        copy_dir(&fixture_content(), &root.path().join("content"));
        Fixture(root)
    }

    fn path(&self, file: &str) -> PathBuf {
        self.0.path().join("content").join(file)
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
        check_content(&self.0.path().join("content"), self.0.path(), &rules())
            .iter()
            .map(ToString::to_string)
            .collect()
    }
}

/// The shipped content, or the one `CONTENT_DIR` names (`make test` runs the
/// tests again on an editor's day of changes to a copy).
#[test]
fn the_shipped_content_passes() {
    let dir = crate::content::served::content_dir();
    let problems = check_content(&dir, repo(), &rules());
    assert!(problems.is_empty(), "{problems:#?}");
}

/// The fixture the other tests break one thing of: valid as it is, so each
/// test's messages are those of its one change, and kept so as rules evolve.
#[test]
fn the_fixture_content_passes() {
    let problems = check_content(&fixture_content(), repo(), &rules());
    assert!(problems.is_empty(), "{problems:#?}");
    // It holds what the tests rely on: an item in every language, in two, in one.
    let archive = crate::content::archive::NewsArchive::read(&fixture_content()).unwrap();
    for langs in [&Lang::ALL[..], &[Lang::Zh, Lang::En], &[Lang::Zh]] {
        assert!(
            archive.items.iter().any(|i| i.langs() == langs),
            "{langs:?}"
        );
    }
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
fn a_missing_file_a_bad_translation_and_a_missing_item_are_reported() {
    let f = Fixture::new();
    std::fs::remove_file(f.path("zh/contact.json")).unwrap();
    std::fs::remove_dir_all(f.path("news/fixture-first-supervision-review")).unwrap();
    f.replace(
        "news/fixture-committee-established/fr.json",
        "\"lang\": \"zh\"",
        "\"lang\": \"en\"",
    );
    f.replace(
        "news/fixture-committee-established/en.json",
        "\"version\": \"f789f7bd05\"",
        "\"version\": \"latest\"",
    );
    std::fs::write(f.path("news/fixture-delegation-visit/de.json"), "{}").unwrap();
    std::fs::create_dir_all(f.path("news/Bad_Slug")).unwrap();
    let zh_only = f.path("news/only-in-chinese");
    std::fs::create_dir_all(&zh_only).unwrap();
    std::fs::copy(
        f.path("news/fixture-committee-established/zh.json"),
        zh_only.join("zh.json"),
    )
    .unwrap();
    assert_eq!(
        f.problems(),
        [
            "content/zh/contact.json: (file): is missing: every language needs contact.json",
            "content/news/Bad_Slug: (folder name): `Bad_Slug` is not a URL slug (lowercase ASCII words joined by `-`, not `page`)",
            "content/news/fixture-committee-established/en.json: translated_from.version: `latest` is not a version: copy the one `make translation-status` prints",
            "content/news/fixture-committee-established/fr.json: translated_from.lang: names `en`, but the original is `zh` (the version without `translated_from`)",
            "content/news/fixture-delegation-visit/de.json: (file): is not a language file: name it zh.json, en.json or fr.json",
            "content/zh/social-commitment.json: services[1].related_news[1]: no news item has the slug `fixture-first-supervision-review`",
            "content/en/social-commitment.json: services[1].related_news[1]: no news item has the slug `fixture-first-supervision-review`",
            "content/fr/social-commitment.json: services[1].related_news[1]: no news item has the slug `fixture-first-supervision-review`",
        ]
    );
}

#[test]
fn impossible_dates_and_dates_unlike_the_original_s_are_reported() {
    let f = Fixture::new();
    f.replace(
        "news/fixture-committee-established/zh.json",
        "\"date\": \"2019-02-21\"",
        "\"date\": \"2019-02-30\"",
    );
    f.replace(
        "news/fixture-preparatory-meeting/en.json",
        "\"date\": \"2018-10-26\"",
        "\"date\": \"2018-12-01\"",
    );
    let line = f.line_of("news/fixture-committee-established/zh.json", "2019-02-30");
    assert_eq!(
        f.problems(),
        [
            format!(
                "content/news/fixture-committee-established/zh.json: date: `2019-02-30` is not a day of the calendar (line {line}, column 22)"
            ),
            "content/news/fixture-preparatory-meeting/en.json: date: 2018-12-01 differs from the original's date (2018-10-26)".to_owned(),
        ]
    );
}

#[test]
fn a_broken_original_is_its_item_s_only_problem() {
    let f = Fixture::new();
    // An English original, read before its Chinese translation, that does not parse.
    let item = f.path("news/english-first");
    std::fs::create_dir_all(&item).unwrap();
    std::fs::write(item.join("en.json"), "{\"date\": ").unwrap();
    let mut zh: serde_json::Value = serde_json::from_str(
        &std::fs::read_to_string(f.path("news/fixture-committee-established/zh.json")).unwrap(),
    )
    .unwrap();
    zh["translated_from"] = serde_json::json!({ "lang": "en", "version": "0123456789" });
    std::fs::write(item.join("zh.json"), zh.to_string()).unwrap();
    assert_eq!(
        f.problems(),
        ["content/news/english-first/en.json: line 1, column 9: EOF while parsing a value"]
    );
}

#[test]
fn an_item_with_no_original_or_two_is_reported() {
    let f = Fixture::new();
    std::fs::remove_file(f.path("news/fixture-committee-established/zh.json")).unwrap();
    let two = "news/fixture-delegation-visit/en.json";
    let text = std::fs::read_to_string(f.path(two)).unwrap();
    let value: serde_json::Value = serde_json::from_str(&text).unwrap();
    let mut value = value.as_object().unwrap().clone();
    value.remove("translated_from");
    std::fs::write(f.path(two), serde_json::to_string_pretty(&value).unwrap()).unwrap();
    assert_eq!(
        f.problems(),
        [
            "content/news/fixture-committee-established: translated_from: every version names an original; the original's file has no `translated_from`",
            "content/news/fixture-delegation-visit: translated_from: en.json, zh.json all say they are the original (no `translated_from`); each translation names the one it was made from",
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
        "news/fixture-commission-visit/en.json",
        "Commission led by Huang Hong visited the center.\",\n  \"body\"",
        "Commission led by Huang Hong visited www.example.com today.\",\n  \"body\"",
    );
    assert_eq!(
        f.problems(),
        [
            "content/zh/site.json: contact.phone.tel: `021-3367 6666` is not a phone number for a tel: link (`+` and 6 to 15 digits)",
            "content/en/contact.json: map_link.href: host `maps.evil.example` is not on the allowlist (checks/allowed-hosts.txt)",
            "content/fr/contact.json: map_link.href: `http://www.openstreetmap.org/` is not an https: link",
            "content/news/fixture-commission-visit/en.json: summary: contains a web address (`www.example.com`); links belong in a typed link field (`href`)",
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
        "\"copyright\": \"© 2008–2026 测试中心 版权所有\"",
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
        "\"What volunteers ask us\"",
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
            "content/en/volunteers.json: faq_heading: contains a web address (`https://maps.evil.example`); links belong in a typed link field (`href`)",
            "content/en/volunteers.json: faq_heading: has a straight `\"` at character 9; write the typographic `“`; `make fix-content` sets this right",
            "content/en/volunteers.json: faq_heading: has a straight `\"` at character 35; write the typographic `”`; `make fix-content` sets this right",
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
    let dist = f.0.path().join("dist");
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
    let problems: Vec<String> = check_dist(&dist, f.0.path(), &rules())
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
    let dist = f.0.path().join("dist");
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
    // A library's parsing base on a name reserved for examples leads nowhere;
    // a template's `${…}` is code, not part of the host.
    std::fs::write(
        dist.join("assets/lib.js"),
        "new URL(`https://example.com${path}`);fetch(`https://cdn.example.org${p}`)",
    )
    .unwrap();
    let problems: Vec<String> = check_dist(&dist, f.0.path(), &rules())
        .iter()
        .map(ToString::to_string)
        .collect();
    assert_eq!(
        problems,
        [
            "dist/assets/app.js: offset 51: contains the denied term `casino` (see checks/spam-deny-list.txt)",
            "dist/assets/app.js: offset 15: absolute URL to host `tracker.evil.example` is not on the allowlist (checks/allowed-hosts.txt)",
            "dist/assets/lib.js: offset 45: absolute URL to host `cdn.example.org` is not on the allowlist (checks/allowed-hosts.txt)",
        ]
    );
}

/// The map link of en/contact.json replaced by `href` (as written in JSON).
fn problems_with_map_link(href: &str) -> Vec<String> {
    let f = Fixture::new();
    f.replace(
        "en/contact.json",
        "\"https://www.openstreetmap.org/search?query=380%20Fenglin%20Road%2C%20Xuhui%2C%20Shanghai\"",
        &format!("\"{href}\""),
    );
    f.problems()
}

#[test]
fn links_are_read_as_a_browser_reads_them() {
    let at = "content/en/contact.json: map_link.href:";
    for (href, expected) in [
        (
            r"https://evil.example\\@www.openstreetmap.org/",
            vec![r"`https://evil.example\@www.openstreetmap.org/` contains a backslash, which a browser reads as `/`".to_owned()],
        ),
        (
            "https://www.openstreetmap.org@evil.example/",
            vec!["`https://www.openstreetmap.org@evil.example/` carries a user name before `@`; a browser goes to `evil.example`".to_owned()],
        ),
        (
            "https://evil%2Eexample/www.openstreetmap.org",
            vec!["`https://evil%2Eexample/www.openstreetmap.org` does not write its host plainly; a browser reads it as `https://evil.example`".to_owned()],
        ),
        (
            "https://www.openstreetmap.org./",
            vec!["host `www.openstreetmap.org.` is not on the allowlist (checks/allowed-hosts.txt)".to_owned()],
        ),
        (
            // A Cyrillic `о` in place of the Latin one.
            "https://www.\u{43E}penstreetmap.org/",
            vec!["`https://www.\u{43E}penstreetmap.org/` does not write its host plainly; a browser reads it as `https://www.xn--penstreetmap-3fk.org`".to_owned()],
        ),
        (
            "https://www.xn--penstreetmap-3fk.org/",
            vec!["host `www.xn--penstreetmap-3fk.org` is not on the allowlist (checks/allowed-hosts.txt)".to_owned()],
        ),
        (
            "//evil.example/",
            vec!["`//evil.example/` is not an absolute web address (relative URL without a base)".to_owned()],
        ),
        (
            "https://www.openstreetmap.org:8443/",
            vec!["`https://www.openstreetmap.org:8443/` names a port; link to the host's usual one".to_owned()],
        ),
        (
            "https://127.0.0.1/",
            vec!["`https://127.0.0.1/` names an IP address, not a host".to_owned()],
        ),
        (
            "JaVaScRiPt:alert(1)",
            vec![
                "contains markup or a script URL (`javascript:`); write plain text".to_owned(),
                "`JaVaScRiPt:alert(1)` is not an https: link".to_owned(),
            ],
        ),
        (
            r"java\tscript:alert(1)",
            vec![
                "contains a control character (U+0009) at character 5; remove it".to_owned(),
                r"`java\tscript:alert(1)` contains a control character (U+0009) at character 5; a browser drops it and reads another address".to_owned(),
            ],
        ),
        (
            "https://www.openstreetmap.org/search?query=%E5%8D%9A%E5%BD%A9",
            vec!["contains the denied term `博彩` percent-encoded (see checks/spam-deny-list.txt)".to_owned()],
        ),
        (
            " https://www.openstreetmap.org/",
            vec!["` https://www.openstreetmap.org/` contains a space at character 1; a link has none".to_owned()],
        ),
    ] {
        let expected: Vec<String> = expected.iter().map(|m| format!("{at} {m}")).collect();
        assert_eq!(problems_with_map_link(href), expected, "{href}");
    }
}

/// `fr/home.json`'s sections heading replaced by `heading` (as written in JSON).
fn problems_with_heading(heading: &str) -> Vec<String> {
    let f = Fixture::new();
    f.replace(
        "fr/home.json",
        "\"Accès rapide\"",
        &format!("\"{heading}\""),
    );
    f.problems()
}

#[test]
fn denied_terms_are_caught_however_disguised() {
    let at = "content/fr/home.json: sections_heading:";
    let denied = format!("{at} contains the denied term `casino` (see checks/spam-deny-list.txt)");
    for heading in [
        "CaSiNo en ligne",
        "ｃａｓｉｎｏ",
        "c\u{430}sin\u{43E}",     // Cyrillic а and о
        "\u{1D41C}\u{1D41A}sino", // mathematical bold letters
        "\u{24D2}asino",          // a circled letter
        "c\u{300}asi\u{336}no",   // an accent and a stroke (neither composes with its letter)
        "C4S1N0 en ligne",        // digits for letters
    ] {
        assert_eq!(
            problems_with_heading(heading),
            vec![denied.clone()],
            "{heading}"
        );
    }
    assert_eq!(
        problems_with_heading(r"ca\u00adsi\u200bno"),
        [
            format!(
                "{at} contains an invisible format character (U+00AD) at character 3; remove it"
            ),
            denied.clone(),
        ]
    );
}

#[test]
fn hidden_and_direction_changing_characters_are_refused_with_their_position() {
    let at = "content/fr/home.json: sections_heading:";
    for (heading, message) in [
        (
            r"Accès\u202erapide",
            "a direction-changing character (U+202E) at character 6",
        ),
        (
            r"Accès\u2066rapide\u2069",
            "a direction-changing character (U+2066) at character 6",
        ),
        (
            r"Acc\u200dès rapide",
            "an invisible format character (U+200D) at character 4",
        ),
        (
            r"Accès\u2060rapide",
            "an invisible format character (U+2060) at character 6",
        ),
        (
            r"Accès rapide\ufe0f",
            "an invisible character (U+FE0F) at character 13",
        ),
        (
            r"Accès\u2028rapide",
            "a line or paragraph separator (U+2028) at character 6",
        ),
    ] {
        assert_eq!(
            problems_with_heading(heading),
            [format!("{at} contains {message}; remove it")],
            "{heading}"
        );
    }
    // The no-break spaces of French typography are visible spaces.
    assert_eq!(
        problems_with_heading(r"Accès\u202frapide\u00a0!"),
        Vec::<String>::new()
    );
}

#[test]
fn web_and_mail_addresses_in_running_text_are_refused_with_or_without_a_scheme() {
    let at = "content/fr/home.json: sections_heading:";
    for (heading, kind, found) in [
        ("Voir www.evil.example", "a web address", "www.evil.example"),
        (
            "Voir evil.example/promo",
            "a web address",
            "evil.example/promo",
        ),
        ("Voir ｗｗｗ．evil．com", "a web address", "www.evil.com"),
        // An ideographic full stop is a dot in a host name; so are CJK labels.
        (
            "访问evil\u{3002}com了解",
            "a web address",
            "访问evil.com了解",
        ),
        (
            "HTTPS://evil.example",
            "a web address",
            "HTTPS://evil.example",
        ),
        (
            "Écrire à promo@evil.example",
            "an e-mail address",
            "promo@evil.example",
        ),
    ] {
        assert_eq!(
            problems_with_heading(heading),
            [format!(
                "{at} contains {kind} (`{found}`); links belong in a typed link field (`href`)"
            )],
            "{heading}"
        );
    }
}

#[test]
fn a_file_that_is_not_strict_utf8_json_is_refused_with_its_place() {
    let f = Fixture::new();
    let line = f.line_of("en/contact.json", "\"heading\"").to_string();
    let mut bytes = std::fs::read(f.path("en/contact.json")).unwrap();
    // The `C` of `"heading": "Contact us"`, at column 15.
    let heading = b"\"heading\": \"Contact us\"";
    let at = bytes
        .windows(heading.len())
        .position(|w| w == heading)
        .unwrap()
        + 12;
    bytes[at] = 0xC0;
    std::fs::write(f.path("en/contact.json"), bytes).unwrap();
    let text = std::fs::read_to_string(f.path("fr/contact.json")).unwrap();
    std::fs::write(f.path("fr/contact.json"), format!("\u{FEFF}{text}")).unwrap();
    f.replace(
        "zh/contact.json",
        "\"heading\": \"联系我们\",",
        "\"heading\": \"联系我们\",\n  \"heading\": \"博彩\",",
    );
    let problems = f.problems();
    assert_eq!(
        problems,
        [
            "content/zh/contact.json: heading: the key `heading` is written twice in one object; keep one".to_owned(),
            format!("content/en/contact.json: line {line}, column 15: is not UTF-8 text (save the file as UTF-8)"),
            "content/fr/contact.json: line 1, column 1: starts with a byte-order mark (save the file as UTF-8 without BOM)".to_owned(),
        ]
    );
}

#[test]
fn the_dist_check_reads_pages_as_a_browser_does() {
    let f = Fixture::new();
    let dist = f.0.path().join("dist");
    std::fs::create_dir_all(&dist).unwrap();
    std::fs::write(
        dist.join("index.html"),
        concat!(
            "<p>Map: <a href=\"https://www.openstreetmap.org/\">ok</a> <a href=\"/en/\">home</a></p>",
            "<a href=\"//evil.example/\">a</a>",
            "<img src=\"https&#x3a;//evil.example/pixel\">",
            "<a href=\" JaVa&#x09;ScRiPt:alert(1)\">b</a>",
            "<p>Gr&#x200B;een</p>",
            "<p>Visit evil&period;example/promo</p>",
            "<img srcset=\"/a.png 1x, //evil.example/b.png 2x\">",
            "<p>Casino</p>",
            "<p>Play p0k3r</p>",
            "<style>/* www.not-text.example */</style>",
        ),
    )
    .unwrap();
    // A string inside a binary, with a Cyrillic `а` in the term.
    std::fs::write(
        dist.join("app_bg.wasm"),
        b"\0asm\x01\0\0\0Play at the c\xd0\xb0sino tonight\0",
    )
    .unwrap();
    let problems: Vec<String> = check_dist(&dist, f.0.path(), &rules())
        .iter()
        .map(ToString::to_string)
        .collect();
    assert_eq!(
        problems,
        [
            "dist/app_bg.wasm: offset 20: contains the denied term `casino` (see checks/spam-deny-list.txt)",
            // Reported once, by the scan of the whole file, not again as text.
            "dist/index.html: offset 309: contains the denied term `casino` (see checks/spam-deny-list.txt)",
            "dist/index.html: <a href>: link to host `evil.example` is not on the allowlist (checks/allowed-hosts.txt)",
            "dist/index.html: <img src>: link to host `evil.example` is not on the allowlist (checks/allowed-hosts.txt)",
            "dist/index.html: <a href>: ` JaVa\\tScRiPt:alert(1)` is a script URL",
            "dist/index.html: (text): text contains an invisible format character (U+200B) at character 3: `Gr\\u{200b}een`",
            "dist/index.html: (text): text contains a web address (`evil.example/promo`)",
            // The second candidate of a srcset.
            "dist/index.html: <img srcset>: link to host `evil.example` is not on the allowlist (checks/allowed-hosts.txt)",
            // Digits for letters, which only the page's text is read for.
            "dist/index.html: (text): text contains the denied term `poker` (see checks/spam-deny-list.txt)",
        ]
    );
}

#[test]
fn the_dist_check_holds_the_content_it_ships_to_the_content_rules() {
    let f = Fixture::new();
    f.replace(
        "en/contact.json",
        "\"Contact us\",\n  \"intro\"",
        "\"Contact\\u200bus\",\n  \"intro\"",
    );
    let problems: Vec<String> = check_dist(f.0.path(), f.0.path(), &rules())
        .iter()
        .map(ToString::to_string)
        .collect();
    assert_eq!(
        problems,
        ["content/en/contact.json: heading: contains an invisible format character (U+200B) at character 8; remove it"]
    );
}

#[test]
fn typography_is_checked_in_each_language_with_the_position() {
    let f = Fixture::new();
    f.replace(
        "fr/home.json",
        "\"Accès rapide\"",
        "\"Accès rapide : 16 000 volontaires ?\"",
    );
    f.replace("zh/home.json", "\"快速导航\"", "\"快速导航(首页),请选择\"");
    f.replace(
        "en/home.json",
        "\"Find your way\"",
        "\"Find your way round the centre\"",
    );
    // The address in English inside the Chinese file is English text.
    let zh_alt = "(Fenglin International Centre), Xuhui District";
    f.replace("zh/contact.json", zh_alt, zh_alt);
    assert_eq!(
        f.problems(),
        [
            "content/zh/home.json: sections_heading: has the ASCII `(` at character 5 next to Chinese characters; write the full-width `（`; `make fix-content` sets this right",
            "content/zh/home.json: sections_heading: has the ASCII `)` at character 8 next to Chinese characters; write the full-width `）`; `make fix-content` sets this right",
            "content/zh/home.json: sections_heading: has the ASCII `,` at character 9 next to Chinese characters; write the full-width `，`; `make fix-content` sets this right",
            "content/en/home.json: sections_heading: writes `centre` in British spelling; the site's English is American: `center`",
            "content/fr/home.json: sections_heading: has an ordinary space before `:` at character 14; French typography wants a no-break space (U+00A0 or U+202F); `make fix-content` sets this right",
            "content/fr/home.json: sections_heading: has an ordinary space inside a number at character 18; French typography wants a narrow no-break space (U+202F); `make fix-content` sets this right",
            "content/fr/home.json: sections_heading: has an ordinary space before `?` at character 35; French typography wants a narrow no-break space (U+202F); `make fix-content` sets this right",
        ]
    );
}

#[test]
fn a_phone_number_in_text_must_be_the_center_s() {
    let f = Fixture::new();
    f.replace(
        "en/home.json",
        "\"Find your way\"",
        "\"Find your way: call +86 21 5555 0000\"",
    );
    assert_eq!(
        f.problems(),
        ["content/en/home.json: sections_heading: writes the phone number `+86 21 5555 0000`, which is neither the phone (`+86 21 3367 6666`) nor the fax (`+86 21 3367 6373`) in site.json"]
    );
}

#[test]
fn the_dist_check_reads_precompressed_copies_as_what_they_stand_for() {
    use std::io::Write;
    let f = Fixture::new();
    let dist = f.0.path().join("dist");
    std::fs::create_dir_all(&dist).unwrap();
    // `brotli -q 11` of `<p>Visit www.evil.example</p>`, a copy with no
    // original beside it: a host would still serve it for `/orphan.html`.
    let brotli: [u8; 33] = [
        0x0f, 0x0e, 0x80, 0x3c, 0x70, 0x3e, 0x56, 0x69, 0x73, 0x69, 0x74, 0x20, 0x77, 0x77, 0x77,
        0x2e, 0x65, 0x76, 0x69, 0x6c, 0x2e, 0x65, 0x78, 0x61, 0x6d, 0x70, 0x6c, 0x65, 0x3c, 0x2f,
        0x70, 0x3e, 0x03,
    ];
    std::fs::write(dist.join("orphan.html.br"), brotli).unwrap();
    let mut gzip = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::best());
    gzip.write_all(b"fetch('https://tracker.evil.example/')")
        .unwrap();
    std::fs::write(dist.join("app.js.gz"), gzip.finish().unwrap()).unwrap();
    std::fs::write(dist.join("broken.css.gz"), b"not gzip").unwrap();
    let problems: Vec<String> = check_dist(&dist, f.0.path(), &rules())
        .iter()
        .map(ToString::to_string)
        .collect();
    assert_eq!(
        problems,
        [
            "dist/app.js.gz: offset 7: absolute URL to host `tracker.evil.example` is not on the allowlist (checks/allowed-hosts.txt)",
            "dist/broken.css.gz: (file): cannot be decompressed: unexpected end of file",
            "dist/orphan.html.br: (text): text contains a web address (`www.evil.example`)",
        ]
    );
}

#[test]
fn a_results_line_without_its_count_or_with_two_is_reported() {
    let f = Fixture::new();
    f.replace("fr/search.json", "{count}", "tous").replace(
        "en/search.json",
        "{count}",
        "{count} / {count}",
    );
    assert_eq!(
        f.problems(),
        [
            "content/en/search.json: results: must hold `{count}` exactly once, where the number of results goes (found 2 times)",
            "content/fr/search.json: results: must hold `{count}` exactly once, where the number of results goes (found 0 times)",
        ]
    );
}
