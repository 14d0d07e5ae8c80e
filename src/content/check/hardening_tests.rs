//! The checks an attacker must not pass (issue 27), each on a tree the test
//! writes itself: a content folder holding a stray file, a press release
//! whose folder name spells a denied term, a dist folder holding a file the
//! build did not make, a denied term split by separators, a file read as
//! what it is.

use std::path::Path;

use proptest::prelude::*;

use super::*;

fn rules() -> Rules {
    Rules::load(Path::new(env!("CARGO_MANIFEST_DIR"))).expect("the shipped lists load")
}

/// A scratch folder, removed on drop.
struct Scratch(tempfile::TempDir);

impl Scratch {
    fn new() -> Scratch {
        let dir = tempfile::tempdir().unwrap();
        Scratch(dir)
    }

    /// Writes `contents` to `relative`, creating its folders.
    fn write(&self, relative: &str, contents: impl AsRef<[u8]>) -> &Self {
        crate::output::write_file(&self.0.path().join(relative), contents).unwrap();
        self
    }
}

/// The problems reported for files whose shown path starts with `prefix`.
fn about(problems: &[Problem], prefix: &str) -> Vec<String> {
    problems
        .iter()
        .filter(|p| p.file.starts_with(prefix))
        .map(ToString::to_string)
        .collect()
}

#[test]
fn the_content_folder_refuses_what_the_site_does_not_know() {
    let tree = Scratch::new();
    tree.write("content/en/home.json", "{}")
        .write("content/en/promo.json", "{\"x\": \"spam\"}")
        .write("content/en/extra/page.json", "{}")
        .write("content/landing.html", "<p>spam</p>")
        .write("content/.hidden", "spam")
        .write("content/de/home.json", "{}");
    let problems = check_content(&tree.0.path().join("content"), tree.0.path(), &rules());
    let section_files = files().join(", ");
    assert_eq!(
        about(&problems, "content/en/e")
            .into_iter()
            .chain(about(&problems, "content/en/p"))
            .collect::<Vec<_>>(),
        [
            format!("content/en/extra: (folder): is not a section file: `en/` holds only {section_files}, every one of them published; a press release goes in news/{{slug}}/en.json; move or delete it"),
            format!("content/en/promo.json: (file): is not a section file: `en/` holds only {section_files}, every one of them published; a press release goes in news/{{slug}}/en.json; move or delete it"),
        ]
    );
    let elsewhere = "does not belong in the content folder, whose every file is published: it holds only the folders zh/, en/ and fr/ (each language's section files) and news/ (one folder per press release); move or delete it";
    for (shown, kind) in [
        ("content/.hidden", "(file)"),
        ("content/de", "(folder)"),
        ("content/landing.html", "(file)"),
    ] {
        assert_eq!(
            about(&problems, shown),
            [format!("{shown}: {kind}: {elsewhere}")],
            "{shown}"
        );
    }
}

#[test]
fn a_press_release_folder_name_is_held_to_the_rules_of_text() {
    let tree = Scratch::new();
    let slugs = [
        ("casino-night", Some("casino")),
        ("c-a-s-i-n-o", Some("casino")),
        ("ca-si-no-online", Some("casino")),
        ("p0k3r-night", Some("poker")),
        ("slot-machine-wins", Some("slot machine")),
        ("r-0-u-l-3-t-t-e", Some("roulette")),
        ("alphabet-soup-for-tibet", None),
        ("e-mail-update-2019-12-03", None),
        ("phase-i-unit-b37", None),
    ];
    for (slug, _) in slugs {
        tree.write(&format!("content/news/{slug}/en.json"), "{}");
    }
    let problems = check_content(&tree.0.path().join("content"), tree.0.path(), &rules());
    for (slug, term) in slugs {
        let found: Vec<String> = problems
            .iter()
            .filter(|p| p.location == "(folder name)" && p.file.ends_with(&format!("/{slug}")))
            .map(|p| p.message.clone())
            .collect();
        let expected: Vec<String> = term
            .into_iter()
            .map(|term| format!("spells the denied term `{term}` (see checks/spam-deny-list.txt): the folder name is the press release's URL in every language (/{{lang}}/news/{slug}); rename the folder"))
            .collect();
        assert_eq!(found, expected, "{slug}");
    }
}

#[test]
fn a_folder_name_with_a_lookalike_letter_mixes_scripts() {
    let tree = Scratch::new();
    // A Cyrillic `е` in `news`: not a slug, and named as a lookalike.
    tree.write("content/news/n\u{435}ws-2019/en.json", "{}");
    let problems = check_content(&tree.0.path().join("content"), tree.0.path(), &rules());
    assert!(
        problems.iter().any(|p| p.location == "(folder name)"
            && p.message
                .starts_with("mixes letters of different scripts in `n\u{435}ws`")),
        "{problems:#?}"
    );
}

/// Trunk's target page of the dist tests: an app, a worker, a stylesheet,
/// an icon, copies.
const TARGET: &str = r#"<html><head>
<link data-trunk rel="rust" data-bin="app" />
<link data-trunk rel="rust" data-bin="finder" data-type="worker" />
<link data-trunk rel="css" href="style/site.css" />
<link data-trunk rel="icon" href="public/favicon.svg" />
<link data-trunk rel="copy-dir" href="public/content" />
<link data-trunk rel="copy-file" href="public/_redirects" />
</head></html>"#;

/// A dist folder as the build leaves it, with its record beside it.
fn built_dist() -> Scratch {
    let tree = Scratch::new();
    let home = "<link rel=stylesheet href=\"/site-9f3a.css\"><link rel=icon href=\"/favicon-1c.svg\"><script>import('/app-04d2.js'); fetch('/app-04d2_bg.wasm'); import('/snippets/app-5e/inline0.js')</script>";
    tree.write("dist/index.html", home)
        .write("dist/index.html.br", "")
        .write("dist/app-04d2.js", "")
        .write("dist/snippets/app-5e/inline0.js", "")
        .write("dist/app-04d2_bg.wasm", "")
        .write("dist/site-9f3a.css", "")
        .write("dist/favicon-1c.svg", "")
        .write("dist/finder.js", "")
        .write("dist/finder_bg.wasm", "")
        .write("dist/_redirects", "")
        .write("dist/favicon.svg", "")
        .write("dist/content/en/home.json", "")
        .write("dist/content/news/first-visit/en.json", "")
        .write("dist/content/en/news/items/first-visit.json", "")
        .write("dist/en/news/first-visit/index.html", "")
        .write("dist/pagefind/en/pagefind.js", "")
        .write("dist/_headers", "")
        .write(
            "dist.record/prerender",
            "index.html\nen/news/first-visit/index.html\n",
        )
        .write(
            "dist.record/content-files",
            "content/en/news/items/first-visit.json\npagefind/en/pagefind.js\n",
        )
        .write("dist.record/site-headers", "_headers\n");
    tree
}

fn dist_file_problems(tree: &Scratch) -> Vec<String> {
    let dist = tree.0.path().join("dist");
    let record = BuildRecord::read(&crate::output::record_dir_of(&dist)).unwrap();
    let trunk = TrunkOutputs::from_target(TARGET).unwrap();
    check_dist_files(&dist, tree.0.path(), &record, &trunk)
        .iter()
        .map(ToString::to_string)
        .collect()
}

const NOT_MADE: &str = "(file): is not a file the build makes, and would be served unchecked: delete it. The build starts from an empty folder (scripts/build.sh); a file of public/ ships only when index.html copies it and STATIC_ASSETS (src/content/check/files.rs) lists it";

#[test]
fn a_dist_folder_as_the_build_made_it_passes() {
    assert_eq!(dist_file_problems(&built_dist()), Vec::<String>::new());
}

#[test]
fn the_dist_check_refuses_every_file_the_build_did_not_make() {
    let tree = built_dist();
    tree.write("dist/promo.html", "<p>spam</p>")
        .write("dist/promo.json", "{}")
        .write("dist/promo.svg", "<svg/>")
        // An earlier build's app, under another hash.
        .write("dist/app-77e1_bg.wasm", "")
        // A copy of public/ that is not a listed static asset.
        .write("dist/robots-old.txt", "")
        .write("dist/content/en/promo.json", "{}")
        .write("dist/en/news/first-visit/promo.html", "")
        .write("dist/promo.html.gz", "")
        .write("dist/snippets/app-5e/inline1.js", "");
    assert_eq!(
        dist_file_problems(&tree),
        [
            "dist/app-77e1_bg.wasm",
            "dist/content/en/promo.json",
            "dist/en/news/first-visit/promo.html",
            "dist/promo.html",
            "dist/promo.html.gz",
            "dist/promo.json",
            "dist/promo.svg",
            "dist/robots-old.txt",
            "dist/snippets/app-5e/inline1.js",
        ]
        .map(|file| format!("{file}: {NOT_MADE}"))
    );
}

#[test]
fn a_file_the_record_lists_must_be_there() {
    let tree = built_dist();
    std::fs::remove_file(tree.0.path().join("dist/pagefind/en/pagefind.js")).unwrap();
    assert_eq!(
        dist_file_problems(&tree),
        ["dist/pagefind/en/pagefind.js: (file): is missing, though the build step `content-files` recorded writing it: run the whole build (scripts/build.sh)"]
    );
}

#[test]
fn without_a_record_the_dist_check_cannot_pass() {
    let tree = Scratch::new();
    let missing = BuildRecord::read(&tree.0.path().join("dist.record")).unwrap_err();
    assert!(
        missing.ends_with("build with scripts/build.sh"),
        "{missing}"
    );
}

#[test]
fn the_static_assets_are_those_index_html_copies() {
    let html =
        std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("index.html")).unwrap();
    let copied: Vec<&str> = html
        .lines()
        .filter(|line| line.contains("rel=\"copy-file\""))
        .filter_map(|line| line.split("href=\"public/").nth(1)?.split('"').next())
        .collect();
    assert_eq!(copied, STATIC_ASSETS);
}

#[test]
fn a_denied_term_split_by_any_separator_is_read_as_the_term() {
    let rules = rules();
    for (text, term) in [
        ("Try c-a-s-i-n-o", "casino"),
        ("Try c_a_s_i_n_o", "casino"),
        ("Try c/a/s/i/n/o", "casino"),
        ("Try c\u{b7}a\u{b7}s\u{b7}i\u{b7}n\u{b7}o", "casino"),
        (
            "Try c\u{2022}a\u{2022}s\u{2022}i\u{2022}n\u{2022}o",
            "casino",
        ),
        (
            "Try c\u{ff0d}a\u{ff0d}s\u{ff0d}i\u{ff0d}n\u{ff0d}o",
            "casino",
        ),
        (
            "Try c\u{ff3f}a\u{ff3f}s\u{ff3f}i\u{ff3f}n\u{ff3f}o",
            "casino",
        ),
        (
            "Try c\u{ff0f}a\u{ff0f}s\u{ff0f}i\u{ff0f}n\u{ff0f}o",
            "casino",
        ),
        ("Try c - a . s _ i / n \u{b7} o", "casino"),
        ("Try c  -  a  -  s  -  i  -  n  -  o", "casino"),
        ("Try ca-si-no", "casino"),
        ("Try cas.ino", "casino"),
        ("Try b\u{2605}e\u{2605}t", "bet"),
        ("Try b+e+t", "bet"),
        ("Try p~0~k~3~r", "poker"),
        ("Try slot-machine", "slot machine"),
        ("Try sports_book", "sportsbook"),
    ] {
        assert_eq!(rules.denied_term_in(text), Some(term), "{text}");
    }
    for ordinary in [
        "e-mail, well-being, first-in-human, follow-up",
        "Cris\u{ae}, S.E.C.C.R., i.e., e.g., a.m., U.S.",
        "2019-12-03, 18:30, +86 21 3367 6666, +86-21-3367-6373",
        "v1.2.3, 0.5 mg, 16,000, Phase I/II, A/B, 24/7, B37-18F",
        "alphabet, Tibet, between, better, abet-free",
        "Node.js, and/or, km/h, COVID-19, H1N1",
    ] {
        assert_eq!(rules.denied_term_in(ordinary), None, "{ordinary}");
    }
}

#[test]
fn an_address_needs_what_makes_it_one() {
    use super::text::address_in;
    for ordinary in [
        "中心设有独立伦理委员会IEC。SECCR于2019年正式成立。",
        "IEC.SECCR, Node.js, S.E.C.C.R., e.g. this, v1.2.3, 3.14",
    ] {
        assert_eq!(address_in(ordinary), None, "{ordinary}");
    }
    for (hostile, kind) in [
        ("访问evil\u{3002}com了解", "a web address"),
        ("see evil.com.cn/promo", "a web address"),
        ("see www.evil", "a web address"),
        ("see evil\u{3002}com", "a web address"),
        ("see ftp://evil", "a web address"),
        ("write to promo@evil.com", "an e-mail address"),
    ] {
        assert_eq!(
            address_in(hostile).map(|(kind, _)| kind),
            Some(kind),
            "{hostile}"
        );
    }
}

#[test]
fn pagefind_files_are_read_decompressed_and_binaries_for_their_strings_only() {
    use std::io::Write;
    let gzip = |bytes: &[u8]| {
        let mut gzip = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::best());
        gzip.write_all(bytes).unwrap();
        gzip.finish().unwrap()
    };
    let tree = Scratch::new();
    tree.write(
        "dist/pagefind/en/fragment/en_1.pf_fragment",
        gzip(b"pagefind_dcd{\"content\":\"Play casino\"}"),
    )
    .write(
        "dist/pagefind/en/fragment/en_2.pf_fragment",
        gzip(b"{\"content\":\"alphabet\"}"),
    )
    .write("dist/pagefind/en/fragment/en_3.pf_fragment", b"not gzip")
    // Too short to be a string of a binary, and a string that is one.
    .write("dist/logo.png", b"\x89PNG\r\n\x1a\n\0bet\0\0")
    .write(
        "dist/app_bg.wasm",
        b"\0asm\x01\0\0\0\0see https://tracker.evil.example/\0",
    )
    .write("dist/data.json", b"{\"a\": \"\xff\"}");
    let problems: Vec<String> = check_dist(&tree.0.path().join("dist"), tree.0.path(), &rules())
        .iter()
        .map(ToString::to_string)
        .collect();
    assert_eq!(
        problems,
        [
            "dist/app_bg.wasm: offset 13: absolute URL to host `tracker.evil.example` is not on the allowlist (checks/allowed-hosts.txt)",
            "dist/data.json: (file): is not UTF-8 text (byte 7), as a file named `.json` must be",
            "dist/pagefind/en/fragment/en_1.pf_fragment: offset 29: contains the denied term `casino` (see checks/spam-deny-list.txt)",
            "dist/pagefind/en/fragment/en_3.pf_fragment: (file): cannot be decompressed: unexpected end of file",
        ]
    );
}

/// Words that spell no denied term, some holding one (`alphabet`).
const ORDINARY_WORDS: [&str; 12] = [
    "alphabet",
    "Tibet",
    "between",
    "better",
    "centre",
    "ethics",
    "伦理委员会",
    "éthique",
    "2019",
    "SECCR",
    "the",
    "de",
];

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    #[test]
    fn random_binary_data_is_never_reported(
        bytes in proptest::collection::vec(any::<u8>(), 0..4096),
        name in proptest::sample::select(vec![
            "app_bg.wasm", "photo.png", "photo.jpg", "font.woff2", "pagefind/en/index/en_1.pf_index",
        ]),
    ) {
        let tree = Scratch::new();
        let dist = tree.0.path().join("dist");
        let compressed = name.ends_with(".pf_index");
        let contents = if compressed {
            use std::io::Write;
            let mut gzip = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::fast());
            gzip.write_all(&bytes).unwrap();
            gzip.finish().unwrap()
        } else {
            bytes.clone()
        };
        tree.write(&format!("dist/{name}"), contents);
        let problems = check_dist(&dist, tree.0.path(), &rules());
        prop_assert!(problems.is_empty(), "{:?}", problems);
    }

    #[test]
    fn compressed_ordinary_text_is_never_reported(
        words in proptest::collection::vec(proptest::sample::select(ORDINARY_WORDS.to_vec()), 1..400),
        level in 0u32..10,
    ) {
        // The index's fragments are gzip: whatever bytes the compressor
        // emits, only the text they stand for is read.
        use std::io::Write;
        let json = serde_json::json!({ "content": words.join(" ") }).to_string();
        let mut gzip = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::new(level));
        gzip.write_all(format!("pagefind_dcd{json}").as_bytes()).unwrap();
        let tree = Scratch::new();
        tree.write("dist/pagefind/en/fragment/en_1.pf_fragment", gzip.finish().unwrap());
        let problems = check_dist(&tree.0.path().join("dist"), tree.0.path(), &rules());
        prop_assert!(problems.is_empty(), "{:?}", problems);
    }
}
