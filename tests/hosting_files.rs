//! The hosts' own rule files are written by hand for their formats
//! (`public/_redirects` for Netlify, `deploy/nginx/scrc-locations.conf` for
//! nginx), so they are held here to the one source of what they describe: the
//! languages and their 404 pages (`lang`, `deploy::not_found_file`) and the
//! names of the files Trunk hashes (`headers::hashed_assets`).
#![cfg(not(target_arch = "wasm32"))]

use std::collections::BTreeSet;
use std::path::Path;

use scrc_site::deploy::not_found_file;
use scrc_site::headers::hashed_assets;
use scrc_site::lang::Lang;

fn read(file: &str) -> String {
    std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join(file)).unwrap()
}

#[test]
fn netlify_answers_each_language_with_its_own_404_page_and_the_rest_with_the_default() {
    let rules: Vec<Vec<String>> = read("public/_redirects")
        .lines()
        .map(str::trim)
        .filter(|line| !line.is_empty() && !line.starts_with('#'))
        .map(|line| line.split_whitespace().map(str::to_owned).collect())
        .collect();
    let rule = |from: String, lang: Option<Lang>| {
        vec![from, format!("/{}", not_found_file(lang)), "404".to_owned()]
    };
    let mut expected: Vec<Vec<String>> = Lang::ALL
        .into_iter()
        .map(|lang| rule(format!("/{}/*", lang.code()), Some(lang)))
        .collect();
    // Netlify takes the first rule that matches: the catch-all comes last.
    expected.push(rule("/*".to_owned(), None));
    assert_eq!(rules, expected);
}

#[test]
fn nginx_answers_each_language_with_its_own_404_page_and_the_rest_with_the_default() {
    let conf = read("deploy/nginx/scrc-locations.conf");
    let pages_of_languages: BTreeSet<(String, String)> = conf
        .split("location ")
        .skip(1)
        .filter_map(|block| {
            let prefix = block.split_whitespace().next()?;
            let page = block
                .lines()
                .take_while(|line| !line.starts_with('}'))
                .find_map(|line| line.trim().strip_prefix("error_page 404 "))?;
            Some((prefix.to_owned(), page.trim_end_matches(';').to_owned()))
        })
        .collect();
    let expected: BTreeSet<(String, String)> = Lang::ALL
        .into_iter()
        .map(|lang| {
            (
                format!("/{}/", lang.code()),
                format!("/{}", not_found_file(Some(lang))),
            )
        })
        .collect();
    assert_eq!(pages_of_languages, expected);
    let default = format!("error_page 404 /{};", not_found_file(None));
    assert!(
        conf.lines().any(|line| line.trim() == default),
        "the server-wide `{default}` is missing"
    );
}

/// The pattern of nginx's year-long cache location, as nginx reads it (`~*`:
/// case-insensitive).
fn nginx_hashed_pattern() -> regex::Regex {
    let conf = read("deploy/nginx/scrc-locations.conf");
    let pattern = conf
        .lines()
        .find_map(|line| line.strip_prefix("location ~* \""))
        .expect("a `location ~* \"…\"` for the hashed files")
        .split('"')
        .next()
        .unwrap();
    regex::RegexBuilder::new(pattern)
        .case_insensitive(true)
        .build()
        .unwrap()
}

#[test]
fn nginx_caches_for_a_year_exactly_the_files_whose_names_carry_trunks_hash() {
    let nginx = nginx_hashed_pattern();
    let mut names = vec![
        "index.html".to_owned(),
        "favicon.svg".to_owned(),
        "search-results.js".to_owned(),
        "search-results_bg.wasm".to_owned(),
        "pagefind-worker.js".to_owned(),
        "scrc-site.js".to_owned(),
    ];
    // Trunk writes a 64-bit hash in hex without leading zeros: 1 to 16 digits.
    for digits in 1..=17 {
        let hash = "0123456789abcdef0".chars().cycle().skip(1).take(digits);
        let hash: String = hash.collect();
        for file in [
            "scrc-site-{}.js",
            "scrc-site-{}_bg.wasm",
            "tokens-{}.css",
            "favicon-{}.svg",
        ] {
            names.push(file.replace("{}", &hash));
        }
    }
    for name in &names {
        let hashed_by_the_build = !hashed_assets([name.as_str()], "").is_empty();
        assert_eq!(
            nginx.is_match(&format!("/{name}")),
            hashed_by_the_build,
            "{name}: nginx and `headers::hashed_assets` disagree on whether it is hashed"
        );
    }
}
