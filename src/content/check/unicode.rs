//! Text as a reader sees it, not as its bytes spell it: the Unicode rules the
//! checks apply, from maintained implementations of the standards (ICU4X for
//! character properties and NFKC, `unicode-security` for the confusable
//! skeletons of UTS #39), never from hand-made tables.

use std::cell::RefCell;
use std::collections::HashMap;

use icu_normalizer::ComposingNormalizerBorrowed;
use icu_properties::props::{BidiControl, DefaultIgnorableCodePoint, GeneralCategory};
use icu_properties::{CodePointMapData, CodePointSetData};

/// What kind of character `c` is, if a reader cannot see it or it changes
/// how the text around it is shown: controls, format characters (zero-width
/// spaces and joiners, the soft hyphen, the word joiner, bidi marks, overrides
/// and isolates…), other default-ignorable code points (variation selectors,
/// fillers), line and paragraph separators, private-use and unassigned code
/// points. Chinese, English and French need none of them; the no-break
/// spaces French typography needs (U+00A0, U+202F) are visible spaces and
/// pass.
pub fn hidden_kind(c: char) -> Option<&'static str> {
    if CodePointSetData::new::<BidiControl>().contains(c) {
        return Some("a direction-changing character");
    }
    let kind = match CodePointMapData::<GeneralCategory>::new().get(c) {
        GeneralCategory::Control => "a control character",
        GeneralCategory::Format => "an invisible format character",
        GeneralCategory::LineSeparator | GeneralCategory::ParagraphSeparator => {
            "a line or paragraph separator"
        }
        GeneralCategory::PrivateUse => "a private-use character",
        GeneralCategory::Unassigned => "an unassigned code point",
        GeneralCategory::Surrogate => "a surrogate",
        _ if CodePointSetData::new::<DefaultIgnorableCodePoint>().contains(c) => {
            "an invisible character"
        }
        _ => return None,
    };
    Some(kind)
}

/// The first hidden character of `text`: its position (in characters, from
/// 1), the character and its kind.
pub fn first_hidden(text: &str) -> Option<(usize, char, &'static str)> {
    text.chars()
        .enumerate()
        .find_map(|(i, c)| hidden_kind(c).map(|kind| (i + 1, c, kind)))
}

/// `text` folded so that a term cannot hide in it: hidden characters dropped,
/// compatibility forms unified (NFKC: full width, ligatures, circled and
/// styled letters), case and combining marks ignored, and every character replaced by its UTS #39
/// confusable prototype (Cyrillic `а` and Greek `ο` read as Latin `a` and
/// `o`). Denied terms are folded the same way, so they are compared as a
/// reader would see them.
pub fn fold(text: &str) -> String {
    let mut folded = String::with_capacity(text.len());
    for c in text.chars() {
        fold_char(c, &mut folded);
    }
    folded
}

/// Appends the folded form of one character (possibly empty) to `out`.
/// Each character is folded once per thread and remembered: the dist check
/// folds every byte of the built site, the WebAssembly included.
pub fn fold_char(c: char, out: &mut String) {
    thread_local! {
        static FOLDED: RefCell<HashMap<char, Box<str>>> = RefCell::new(HashMap::new());
    }
    FOLDED.with(|folded| {
        let mut folded = folded.borrow_mut();
        out.push_str(folded.entry(c).or_insert_with(|| fold_one(c).into()));
    });
}

fn fold_one(c: char) -> String {
    if hidden_kind(c).is_some() {
        // What is invisible inside a word is read as if it were not there;
        // controls, separators and unassigned code points end a word (in a
        // binary file they separate strings). The content check refuses all.
        return if is_invisible_in_a_word(c) {
            String::new()
        } else {
            " ".to_owned()
        };
    }
    let written = c.to_string();
    let compatible = ComposingNormalizerBorrowed::new_nfkc().normalize(&written);
    // UTS #39 skeletons are case-sensitive and work on the character as
    // written: `I` reads as `l`, so case is folded first; but `Ƅ` reads as
    // `b` where its small form does not, and NFKC turns the lunate `ϲ` into
    // a sigma that no longer reads as `c`. So a character counts as the Latin
    // text it reads as in any of these forms, and otherwise as its
    // compatibility form without case (CJK compatibility ideographs unified).
    let forms = [
        lower_skeleton(&compatible.to_lowercase()),
        lower_skeleton(&written.to_lowercase()),
        lower_skeleton(&compatible),
        lower_skeleton(&written),
    ];
    let latin = forms.iter().find(|form| form.is_ascii());
    latin.unwrap_or(&forms[0]).clone()
}

/// Whether `c` is invisible inside a word (format characters and other
/// default-ignorable code points), as opposed to a control or separator.
pub fn is_invisible_in_a_word(c: char) -> bool {
    CodePointMapData::<GeneralCategory>::new().get(c) == GeneralCategory::Format
        || CodePointSetData::new::<DefaultIgnorableCodePoint>().contains(c)
}

/// Whether `c` is a Chinese (Han) character.
pub fn is_han(c: char) -> bool {
    matches!(c, '\u{4E00}'..='\u{9FFF}' | '\u{3400}'..='\u{4DBF}' | '\u{F900}'..='\u{FAFF}')
}

/// Whether `c` is a combining mark that sits on the letter before it (an
/// accent, a stroke, an enclosing circle).
pub fn is_combining_mark(c: char) -> bool {
    matches!(
        CodePointMapData::<GeneralCategory>::new().get(c),
        GeneralCategory::NonspacingMark | GeneralCategory::EnclosingMark
    )
}

/// The UTS #39 skeleton without case and without combining marks: accents,
/// strokes and enclosing circles do not make `cásino` another word.
fn lower_skeleton(text: &str) -> String {
    unicode_security::skeleton(text)
        .filter(|&c| !is_combining_mark(c))
        .flat_map(char::to_lowercase)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn invisible_and_direction_changing_characters_are_named_and_visible_spaces_pass() {
        for (c, kind) in [
            ('\u{200B}', "an invisible format character"),
            ('\u{200D}', "an invisible format character"),
            ('\u{00AD}', "an invisible format character"),
            ('\u{2060}', "an invisible format character"),
            ('\u{FEFF}', "an invisible format character"),
            ('\u{202E}', "a direction-changing character"),
            ('\u{2066}', "a direction-changing character"),
            ('\u{200F}', "a direction-changing character"),
            ('\u{0007}', "a control character"),
            ('\n', "a control character"),
            ('\u{2028}', "a line or paragraph separator"),
            ('\u{E000}', "a private-use character"),
            ('\u{FE0F}', "an invisible character"),
            ('\u{3164}', "an invisible character"),
        ] {
            assert_eq!(hidden_kind(c), Some(kind), "U+{:04X}", c as u32);
        }
        for c in [
            ' ', '\u{00A0}', '\u{202F}', '\u{3000}', 'é', '中', '«', '®', '–',
        ] {
            assert_eq!(hidden_kind(c), None, "U+{:04X}", c as u32);
        }
        assert_eq!(
            first_hidden("ab\u{200B}c"),
            Some((3, '\u{200B}', "an invisible format character"))
        );
    }

    #[test]
    fn folding_undoes_case_width_invisibles_and_confusables() {
        let casino = fold("casino");
        for disguised in [
            "CASINO",
            "ＣＡＳＩＮＯ",
            "ca\u{200B}si\u{00AD}no",
            "c\u{0430}sin\u{043E}", // Cyrillic а and о
            "\u{1D41C}asino",       // mathematical bold c
            "\u{24B8}\u{24D0}sino", // circled letters
        ] {
            assert_eq!(fold(disguised), casino, "{disguised}");
        }
        assert_ne!(fold("cousin"), casino);
    }
}
