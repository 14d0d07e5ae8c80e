//! Properties of the fixer on text and files nobody wrote by hand: after a
//! fix the check finds nothing of the classes it sets right, a second fix
//! changes nothing, it changes nothing the check accepts, and every byte of
//! a file outside the string literals it changed is as it was.

use proptest::prelude::*;

use super::*;
use crate::content::check::typography::{fixable_slips, problems, Spelling, FIXABLE};

/// Characters the rules look at, and others around them.
const ALPHABET: &[char] = &[
    'a', 'e', 'Z', '1', '0', '9', 'é', '中', '文', '区', ' ', ' ', '\u{A0}', '\u{202F}',
    '\u{3000}', ',', '.', ';', ':', '?', '!', '(', ')', '"', '\'', '«', '»', '“', '’', '，', '。',
    '-', '\u{301}', '\u{308}', '\u{327}', '\u{212B}', '\u{1100}', '\u{1161}', '\n', '\\', '/', '®',
    '😀',
];

fn text() -> impl Strategy<Value = String> {
    proptest::collection::vec(proptest::sample::select(ALPHABET), 0..24)
        .prop_map(|chars| chars.into_iter().collect())
}

fn lang() -> impl Strategy<Value = Lang> {
    proptest::sample::select(Lang::ALL.to_vec())
}

/// `text` as a JSON string literal, each character written plainly or
/// escaped as `escape` says (where JSON allows it plain).
fn literal(text: &str, escape: &[bool]) -> String {
    let mut out = String::from("\"");
    for (i, c) in text.chars().enumerate() {
        let must = matches!(c, '"' | '\\') || c.is_control();
        match c {
            '"' if !escape.get(i).copied().unwrap_or(false) => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            _ if must || escape.get(i).copied().unwrap_or(false) => {
                let mut units = [0u16; 2];
                for unit in c.encode_utf16(&mut units) {
                    out.push_str(&format!("\\u{unit:04x}"));
                }
            }
            _ => out.push(c),
        }
    }
    out.push('"');
    out
}

/// The string literal starting at `at` in `source` (quotes included).
fn literal_at(source: &str, at: usize) -> &str {
    let bytes = source.as_bytes();
    assert_eq!(bytes[at], b'"', "a literal at {at} in {source}");
    let mut i = at + 1;
    while bytes[i] != b'"' {
        i += if bytes[i] == b'\\' { 2 } else { 1 };
    }
    &source[at..=i]
}

/// Keys of prose and of a code field, which typography leaves alone.
const KEYS: [&str; 4] = ["title", "summary", "href", "text"];

proptest! {
    #![proptest_config(ProptestConfig::with_cases(512))]

    #[test]
    fn after_a_fix_the_check_accepts_every_fixable_class_and_a_second_fix_changes_nothing(
        text in text(),
        lang in lang(),
    ) {
        let fixed = fix_text(&text, lang);
        prop_assert_eq!(fixable_slips(&fixed, lang), Vec::new());
        let refused = problems(&fixed, lang, &Spelling::default());
        prop_assert!(refused.iter().all(|m| !m.ends_with(FIXABLE)), "{:?}", refused);
        prop_assert_eq!(fix_text(&fixed, lang), fixed.clone());
        if fixable_slips(&text, lang).is_empty() {
            prop_assert_eq!(fixed, text, "nothing the check accepts is changed");
        }
    }

    #[test]
    fn a_file_changes_only_in_the_literals_whose_text_is_fixed(
        fields in proptest::collection::vec(
            (0..KEYS.len(), text(), proptest::collection::vec(any::<bool>(), 24), "[ \n\t]{0,3}"),
            1..6,
        ),
        nested in text(),
        lang in lang(),
    ) {
        // `{ "f0": {"title": "…"}, …, "list": ["…"] }`, each literal's place
        // recorded, with spaces, tabs and newlines between the tokens.
        let mut source = String::from("{");
        let mut literals = Vec::new();
        for (i, (key, text, escape, space)) in fields.iter().enumerate() {
            source.push_str(&format!("{space}\"f{i}\"{space}:{space}{{\"{}\":{space}", KEYS[*key]));
            literals.push((source.len(), text.clone(), KEYS[*key]));
            source.push_str(&literal(text, escape));
            source.push_str(&format!("{space}}},"));
        }
        source.push_str("\"list\": [ ");
        literals.push((source.len(), nested.clone(), "list"));
        source.push_str(&literal(&nested, &[true, false]));
        source.push_str("]}\n");
        let (fixed, _) = fix_json(source.as_bytes(), lang).expect("valid JSON");
        let (mut from, mut to) = (0, 0);
        for (at, text, key) in &literals {
            // The bytes between literals are the same.
            prop_assert_eq!(&source[from..*at], &fixed[to..to + (at - from)]);
            to += at - from;
            let before = literal_at(&source, *at);
            let after = literal_at(&fixed, to);
            let expected = if CODE_KEYS.contains(key) { text.clone() } else { fix_text(text, lang) };
            if expected == *text {
                prop_assert_eq!(before, after, "an unchanged literal keeps its bytes");
            } else {
                prop_assert_eq!(serde_json::from_str::<String>(after).unwrap(), expected);
            }
            from = at + before.len();
            to += after.len();
        }
        prop_assert_eq!(&source[from..], &fixed[to..]);
        let (again, changes) = fix_json(fixed.as_bytes(), lang).unwrap();
        prop_assert_eq!(again, fixed);
        prop_assert!(changes.is_empty());
    }
}
