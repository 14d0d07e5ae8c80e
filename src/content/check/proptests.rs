//! Properties of the checker against input nobody wrote by hand: it never
//! panics, whatever the bytes, and a denied term disguised by any mix of the
//! tricks it knows of — its letters split by separators among them — is
//! still refused.

use std::path::Path;

use proptest::prelude::*;

use super::*;

fn rules() -> Rules {
    Rules::load(Path::new(env!("CARGO_MANIFEST_DIR"))).expect("the shipped lists load")
}

fn check_bytes(bytes: &[u8], file: &str) -> Vec<Problem> {
    let mut problems = Vec::new();
    let mut report = Report {
        file: file.to_owned(),
        problems: &mut problems,
    };
    let _ = check_file(bytes, file, Lang::Fr, &rules(), &mut report);
    problems
}

/// Characters a reader does not see, inserted between a term's letters.
const INVISIBLE: [char; 9] = [
    '\u{200B}', '\u{200C}', '\u{200D}', '\u{00AD}', '\u{2060}', '\u{FEFF}', '\u{200E}', '\u{202C}',
    '\u{180E}',
];

/// Combining marks, which put an accent, a stroke or a circle on a letter.
const MARKS: [char; 5] = ['\u{301}', '\u{308}', '\u{336}', '\u{20DD}', '\u{323}'];

/// Letters of other scripts (and of Unicode's styled alphabets) that read as
/// Latin ones: each Latin letter with its lookalikes.
const LOOKALIKES: [(char, &[char]); 12] = [
    ('a', &['\u{430}', '\u{251}', '\u{FF41}']),
    ('b', &['\u{184}', '\u{FF42}']),
    ('c', &['\u{441}', '\u{3F2}', '\u{217D}']),
    ('e', &['\u{435}', '\u{FF45}']),
    ('g', &['\u{261}', '\u{FF47}']),
    ('i', &['\u{456}', '\u{131}', '\u{2170}']),
    ('l', &['\u{4CF}', '\u{217C}', '\u{FF4C}']),
    ('n', &['\u{578}', '\u{FF4E}']),
    ('o', &['\u{43E}', '\u{3BF}', '\u{FF4F}']),
    ('p', &['\u{440}', '\u{3C1}']),
    ('s', &['\u{455}', '\u{FF53}']),
    ('t', &['\u{FF54}', '\u{1D42D}']),
];

/// What spam puts between the letters of a term, one to three of them in
/// a row, mixed: spaces, punctuation and symbols, and their full-width forms
/// (not the signs that stand for letters, such as `$` or `|`).
const SEPARATORS: [&str; 22] = [
    " ", "\u{3000}", ".", "-", "_", "/", "\u{b7}", "\u{2022}", "\u{2027}", "\u{30fb}", "\u{2014}",
    "\u{ff0d}", "\u{ff3f}", "\u{ff0f}", "\u{ff0e}", "\u{2605}", "+", "~", "=", "*", ",", ":",
];

/// Digits spam writes for letters, each with its letter.
const DIGITS: [(char, char); 9] = [
    ('o', '0'),
    ('i', '1'),
    ('l', '1'),
    ('e', '3'),
    ('a', '4'),
    ('s', '5'),
    ('t', '7'),
    ('b', '8'),
    ('g', '9'),
];

/// One character of a term as an attacker might write it.
fn disguise_char(c: char, trick: u8, pick: usize) -> String {
    let mut out = String::new();
    match trick % 5 {
        0 => out.push(c),
        1 => out.extend(c.to_uppercase()),
        // Full width, for ASCII letters.
        2 if c.is_ascii_alphanumeric() => {
            out.push(char::from_u32(c as u32 + 0xFEE0).unwrap_or(c));
        }
        3 => match LOOKALIKES.iter().find(|(latin, _)| *latin == c) {
            Some((_, others)) => out.push(others[pick % others.len()]),
            None => out.push(c),
        },
        _ => out.push(c),
    }
    if pick % 3 == 0 {
        out.push(INVISIBLE[pick % INVISIBLE.len()]);
    }
    if pick % 5 == 1 {
        out.push(MARKS[pick % MARKS.len()]);
    }
    out
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    #[test]
    fn the_checker_never_panics_on_arbitrary_bytes(
        bytes in proptest::collection::vec(any::<u8>(), 0..512),
        file in proptest::sample::select(files()),
    ) {
        check_bytes(&bytes, file);
    }

    #[test]
    fn the_checker_never_panics_on_arbitrary_strings_in_a_real_file(
        text in any::<String>(),
        file in proptest::sample::select(files()),
    ) {
        let json = serde_json::json!({ "meta": { "title": text, "description": text }, "href": text });
        check_bytes(json.to_string().as_bytes(), file);
    }

    #[test]
    fn numbers_dates_and_addresses_spell_no_term(
        text in "([0-9]{1,6}|[A-H][0-9]{1,3}|[0-9]{1,3}[A-H]|第|号|年|月|日|楼|座|室|路|邮编|[ ,.:+()/-]){1,24}",
    ) {
        // Digits read as letters only where letters outnumber them: what
        // content writes with numbers (dates, floors, postcodes, numbered
        // titles) stays a number.
        let rules = rules();
        prop_assert_eq!(rules.denied_term_in(&text), None, "{:?}", text);
    }

    #[test]
    fn a_disguised_denied_term_is_refused(
        term in proptest::sample::select(
            entries_of(include_str!("../../../checks/spam-deny-list.txt"))
        ),
        tricks in proptest::collection::vec((any::<u8>(), any::<usize>()), 32),
        spacing in proptest::collection::vec(proptest::sample::select(SEPARATORS.to_vec()), 0..=3)
            .prop_map(String::from_iter),
        digits in any::<bool>(),
        before in "[A-Za-zéà ]{0,12}",
        after in "[A-Za-zéà ]{0,12}",
    ) {
        // Spaced out or not, every letter disguised on its own; or every
        // other letter written as a digit (not in a term that has digits of
        // its own, such as `bet365`), full width or not.
        let digits = digits && !term.chars().any(|c| c.is_ascii_digit());
        let spacing = spacing.as_str();
        let disguised = term
            .chars()
            .zip(tricks.iter().cycle())
            .enumerate()
            .map(|(at, (c, &(trick, pick)))| {
                match DIGITS.iter().find(|(letter, _)| *letter == c) {
                    Some(&(_, digit)) if digits && at % 2 == 1 => {
                        disguise_char(digit, trick % 3, pick)
                    }
                    _ => disguise_char(c, trick, pick),
                }
            })
            .collect::<Vec<_>>()
            .join(spacing);
        // Latin terms count as whole words, so they stand apart.
        let text = format!("{before} {disguised} {after}");
        let rules = rules();
        prop_assert!(rules.denied_term_in(&text).is_some(), "{:?} got through", text);
        let json = serde_json::json!({ "heading": text });
        let problems = check_bytes(json.to_string().as_bytes(), "home.json");
        prop_assert!(
            problems.iter().any(|p| p.message.starts_with("contains the denied term")),
            "{:?} got through: {:?}", text, problems
        );
    }
}

fn entries_of(list: &'static str) -> Vec<&'static str> {
    list.lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .collect()
}
