//! Typography a native reader of each language expects, checked so that an
//! editor's slip is caught where it is made:
//! - French: a narrow no-break space (U+202F) before `;`, `!` and `?`, a
//!   no-break space (U+00A0 or U+202F) before `:` and inside `« »`, and in
//!   numbers (`16 000`); an ordinary space there can break the line between
//!   the sign and its word. Quotes are `« »`, the apostrophe `’`.
//! - Chinese: full-width punctuation next to Chinese characters (`，。；：？！（）`),
//!   and `“ ”` for quotes there.
//! - English: curly quotes and apostrophes (`“ ” ‘ ’`), and American spelling,
//!   as in the center's own name ("Center"); `checks/en-spelling.txt` lists
//!   the British forms refused (words, and phrases where the word alone is
//!   also good American English: "take the lift", not "lift") and the proper
//!   names that keep theirs.
//! - Every language: text in Unicode's composed form (NFC), no space at
//!   either end.
//!
//! Every rule but spelling is a [`Slip`] with its replacement, which
//! `make fix-content` (`super::fix`) applies: the check and the fixer share
//! each rule's one definition.

use icu_normalizer::properties::{
    CanonicalCombiningClassMapBorrowed, CanonicalCompositionBorrowed,
};
use icu_normalizer::ComposingNormalizerBorrowed;

use super::unicode::is_han;
use crate::lang::Lang;

/// Where the English spelling list lives, relative to the repository root.
pub const EN_SPELLING: &str = "checks/en-spelling.txt";

/// The British spellings refused in English text, and proper names in which
/// they stand (`Fenglin International Centre`).
#[derive(Clone, Debug, Default)]
pub struct Spelling {
    /// (British form, American form), lowercase.
    pairs: Vec<(String, String)>,
    /// (British words, American form), lowercase: usage that is British only
    /// in these words' company (`take the lift`, while "lift" is also a verb).
    phrases: Vec<(Vec<String>, String)>,
    proper_names: Vec<String>,
}

impl Spelling {
    /// Reads lines `british american`, `british phrase = american phrase`
    /// and `keep: Proper Name`.
    pub fn from_list(list: &str) -> Spelling {
        let mut spelling = Spelling::default();
        for line in list.lines().map(str::trim) {
            if line.is_empty() || line.starts_with('#') {
                continue;
            }
            if let Some(name) = line.strip_prefix("keep:") {
                spelling.proper_names.push(name.trim().to_owned());
            } else if let Some((british, american)) = line.split_once(" = ") {
                let british: Vec<String> =
                    words(&british.to_lowercase()).map(str::to_owned).collect();
                // A phrase of no words would match everywhere.
                if !british.is_empty() {
                    spelling
                        .phrases
                        .push((british, american.trim().to_lowercase()));
                }
            } else if let Some((british, american)) = line.split_once(char::is_whitespace) {
                spelling
                    .pairs
                    .push((british.to_lowercase(), american.trim().to_lowercase()));
            }
        }
        spelling
    }
}

/// How the check's message ends for a slip the fixer sets right.
pub const FIXABLE: &str = "`make fix-content` sets this right";

/// One slip in a text: characters `start..end` (counted in characters, from
/// 0), what is wrong, and, where a machine can set it right without changing
/// the meaning, the text that replaces those characters. The check reports
/// the message and `make fix-content` applies the replacement: one definition
/// of each rule, so the two cannot drift.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Slip {
    pub start: usize,
    pub end: usize,
    pub message: String,
    pub fix: String,
}

impl Slip {
    fn new(start: usize, end: usize, fix: impl Into<String>, message: String) -> Slip {
        Slip {
            start,
            end,
            message,
            fix: fix.into(),
        }
    }

    /// The message as the check reports it.
    pub fn report(&self) -> String {
        format!("{}; {FIXABLE}", self.message)
    }
}

/// Every typography problem of `text` written in `lang`, as messages.
pub fn problems(text: &str, lang: Lang, spelling: &Spelling) -> Vec<String> {
    let mut found: Vec<String> = fixable_slips(text, lang).iter().map(Slip::report).collect();
    if lang == Lang::En {
        found.extend(english(text, spelling));
    }
    found
}

/// The slips of `text` in `lang` that `make fix-content` sets right, in the
/// order they occur: text not in Unicode's composed form (NFC), spaces at
/// either end, straight quotes and apostrophes, and each language's spaces and
/// punctuation. Slips may overlap (a leading space that is also the one
/// before `?`): the fixer sets right those that do not, then looks again.
pub fn fixable_slips(text: &str, lang: Lang) -> Vec<Slip> {
    // An empty text is reported as empty, and nothing else.
    if text.trim().is_empty() {
        return Vec::new();
    }
    let chars: Vec<char> = text.chars().collect();
    let mut slips = not_composed(text, &chars);
    slips.extend(stray_spaces(&chars));
    slips.extend(straight_quotes(&chars, lang));
    match lang {
        Lang::Fr => slips.extend(french(&chars)),
        Lang::Zh => slips.extend(chinese(&chars)),
        Lang::En => {}
    }
    slips.sort_by_key(|slip| slip.start);
    slips
}

/// Text the reader sees as one thing must be stored as one: `é` as one
/// character, not `e` and a combining accent, or search and the deny-list see
/// another word. Each run that composes on its own is set right alone, so
/// the rest of the text keeps its bytes.
fn not_composed(text: &str, chars: &[char]) -> Vec<Slip> {
    let nfc = ComposingNormalizerBorrowed::new_nfc();
    if nfc.is_normalized(text) {
        return Vec::new();
    }
    let message = |at: usize| {
        format!("has a character not in Unicode's composed form (NFC) at character {at}, such as a letter and its accent typed as two characters")
    };
    let mut slips = Vec::new();
    let mut composed_runs = String::new();
    for (start, end) in composition_runs(chars) {
        let run: String = chars[start..end].iter().collect();
        let composed = nfc.normalize(&run);
        composed_runs.push_str(&composed);
        if composed != run {
            slips.push(Slip::new(start, end, composed, message(start + 1)));
        }
    }
    let whole = nfc.normalize(text);
    if slips.is_empty() || composed_runs != whole {
        // A composition reaching across runs (rare): the text as a whole.
        return vec![Slip::new(0, chars.len(), whole, message(1))];
    }
    slips
}

/// `chars` cut before each starter (combining class 0) that does not compose
/// with the character before it: the runs normalization works on.
fn composition_runs(chars: &[char]) -> Vec<(usize, usize)> {
    let class = CanonicalCombiningClassMapBorrowed::new();
    let composition = CanonicalCompositionBorrowed::new();
    let mut starts: Vec<usize> = (1..chars.len())
        .filter(|&i| {
            class.get_u8(chars[i]) == 0 && composition.compose(chars[i - 1], chars[i]).is_none()
        })
        .collect();
    starts.insert(0, 0);
    let ends = starts.iter().skip(1).copied().chain([chars.len()]);
    starts.iter().copied().zip(ends).collect()
}

/// Spaces (of any kind) before the first or after the last visible character.
fn stray_spaces(chars: &[char]) -> Vec<Slip> {
    let leading = chars.iter().take_while(|c| c.is_whitespace()).count();
    let trailing = chars.iter().rev().take_while(|c| c.is_whitespace()).count();
    let mut slips = Vec::new();
    if leading > 0 {
        slips.push(Slip::new(
            0,
            leading,
            "",
            "starts with a space; remove it".to_owned(),
        ));
    }
    if trailing > 0 {
        slips.push(Slip::new(
            chars.len() - trailing,
            chars.len(),
            "",
            "ends with a space; remove it".to_owned(),
        ));
    }
    slips
}

/// Straight `"` and `'` where the language has typographic quotes: every one
/// in English and French; in Chinese, those next to Chinese characters and
/// the other `"` of their pair ([`chinese_quote`]).
fn straight_quotes(chars: &[char], lang: Lang) -> Vec<Slip> {
    let mut slips = Vec::new();
    for (i, &c) in chars.iter().enumerate() {
        if !matches!(c, '"' | '\'') || (lang == Lang::Zh && !chinese_quote(chars, i)) {
            continue;
        }
        let at = i + 1;
        let slip = match (lang, c) {
            (Lang::Fr, '"') => french_quote(chars, i),
            (Lang::Fr, _) => Slip::new(
                i,
                i + 1,
                "’",
                format!(
                    "has a straight apostrophe `'` at character {at}; French typography wants `’`"
                ),
            ),
            (_, '"') => {
                let curly = if opens_quote(chars, i) { "“" } else { "”" };
                Slip::new(
                    i,
                    i + 1,
                    curly,
                    format!(
                        "has a straight `\"` at character {at}; write the typographic `{curly}`"
                    ),
                )
            }
            _ => {
                let curly = if opens_single_quote(chars, i) {
                    "‘"
                } else {
                    "’"
                };
                Slip::new(
                    i,
                    i + 1,
                    curly,
                    format!(
                        "has a straight `'` at character {at}; write the typographic `{curly}`"
                    ),
                )
            }
        };
        slips.push(slip);
    }
    slips
}

/// French quotes are `«` and `»` with a no-break space inside; an ordinary
/// space already there becomes that space.
fn french_quote(chars: &[char], i: usize) -> Slip {
    let space = |c: Option<&char>| {
        c.copied()
            .filter(|c| matches!(c, ' ' | '\u{A0}' | '\u{202F}'))
    };
    let kept = |c: char| if c == ' ' { '\u{A0}' } else { c };
    let message = format!(
        "has a straight `\"` at character {}; French quotation marks are `« »`, with a no-break space inside",
        i + 1
    );
    if opens_quote(chars, i) {
        match space(chars.get(i + 1)) {
            Some(c) => Slip::new(i, i + 2, format!("«{}", kept(c)), message),
            None => Slip::new(i, i + 1, "«\u{A0}", message),
        }
    } else {
        match space(i.checked_sub(1).and_then(|j| chars.get(j))) {
            Some(c) => Slip::new(i - 1, i + 1, format!("{}»", kept(c)), message),
            None => Slip::new(i, i + 1, "\u{A0}»", message),
        }
    }
}

/// Whether the `"` at `i` opens a quotation: after a space or an opening
/// sign and before a word; else it closes one when a space or a sign follows
/// it; else (between two words, as in Chinese) the quotes before it decide.
fn opens_quote(chars: &[char], i: usize) -> bool {
    let before = i.checked_sub(1).map(|j| chars[j]);
    let after = chars.get(i + 1).copied();
    let opens_after =
        |c: Option<char>| c.is_none_or(|c| c.is_whitespace() || "([{“‘«—–-/（【「『".contains(c));
    let closes_before = |c: Option<char>| {
        c.is_none_or(|c| c.is_whitespace() || c.is_ascii_punctuation() || is_chinese_punctuation(c))
    };
    if opens_after(before) && !after.is_some_and(char::is_whitespace) && after.is_some() {
        return true;
    }
    if closes_before(after) && !before.is_none_or(char::is_whitespace) {
        return false;
    }
    let quotes_before = chars[..i].iter().filter(|c| "\"“”«»".contains(**c)).count();
    quotes_before % 2 == 0
}

/// Whether the straight quote at `i` in Chinese text is to be written `“ ”`
/// or `‘ ’`: when it is next to Chinese characters, or, for `"`, when the
/// other `"` of its pair is (the 1st and 2nd straight `"` make a pair, the
/// 3rd and 4th…), so a quotation ending in Latin letters (`他说"Hello"`) is
/// not left half converted.
fn chinese_quote(chars: &[char], i: usize) -> bool {
    if next_to_chinese(chars, i) {
        return true;
    }
    if chars[i] != '"' {
        return false;
    }
    let straight: Vec<usize> = (0..chars.len()).filter(|&j| chars[j] == '"').collect();
    let Some(k) = straight.iter().position(|&j| j == i) else {
        return false;
    };
    straight
        .get(k ^ 1)
        .is_some_and(|&partner| next_to_chinese(chars, partner))
}

/// Whether the `'` at `i` opens a quotation (after a space, before a word);
/// otherwise it is an apostrophe or closes one, both written `’`. Before a
/// digit (`'90s`) and in `'n'` it stands for letters left out: an apostrophe.
fn opens_single_quote(chars: &[char], i: usize) -> bool {
    let before = i.checked_sub(1).map(|j| chars[j]);
    let after = chars.get(i + 1).copied();
    let elision = after.is_some_and(|c| c.is_ascii_digit())
        || (after == Some('n') && chars.get(i + 2) == Some(&'\''));
    before.is_none_or(|c| c.is_whitespace() || "\"([{“«—–/（【「『".contains(c))
        && after.is_some_and(char::is_alphanumeric)
        && !elision
}

fn french(chars: &[char]) -> Vec<Slip> {
    let mut found = Vec::new();
    let narrow = "\u{202F}";
    let no_break = "\u{A0}";
    for (i, &c) in chars.iter().enumerate() {
        let before = i.checked_sub(1).map(|j| chars[j]);
        let after = chars.get(i + 1).copied();
        let at = i + 1;
        match c {
            ';' | '!' | '?' if before == Some(' ') => found.push(Slip::new(i - 1, i, narrow, format!(
                "has an ordinary space before `{c}` at character {at}; French typography wants a narrow no-break space (U+202F)"
            ))),
            ':' if before == Some(' ') => found.push(Slip::new(i - 1, i, no_break, format!(
                "has an ordinary space before `:` at character {at}; French typography wants a no-break space (U+00A0 or U+202F)"
            ))),
            '«' if after == Some(' ') => found.push(Slip::new(i + 1, i + 2, no_break, format!(
                "has an ordinary space after `«` at character {at}; French typography wants a no-break space (U+00A0 or U+202F)"
            ))),
            '»' if before == Some(' ') => found.push(Slip::new(i - 1, i, no_break, format!(
                "has an ordinary space before `»` at character {at}; French typography wants a no-break space (U+00A0 or U+202F)"
            ))),
            // A digit, a space and exactly three digits: a thousands group.
            ' ' if before.is_some_and(|b| b.is_ascii_digit())
                && chars.get(i + 1..i + 4).is_some_and(|group| {
                    group.iter().all(char::is_ascii_digit)
                })
                && !chars.get(i + 4).is_some_and(char::is_ascii_digit) =>
            {
                found.push(Slip::new(i, i + 1, narrow, format!(
                    "has an ordinary space inside a number at character {at}; French typography wants a narrow no-break space (U+202F)"
                )))
            }
            _ => {}
        }
    }
    found
}

fn chinese(chars: &[char]) -> Vec<Slip> {
    let mut found = Vec::new();
    for (i, &c) in chars.iter().enumerate() {
        let Some(full) = full_width(c) else { continue };
        if next_to_chinese(chars, i) && !in_address(chars, i) {
            found.push(Slip::new(
                i,
                i + 1,
                full,
                format!(
                    "has the ASCII `{c}` at character {} next to Chinese characters; write the full-width `{full}`",
                    i + 1
                ),
            ));
        }
    }
    found
}

/// Whether the nearest character on either side of `i` that is neither an
/// ASCII space nor ASCII punctuation or quote is Chinese (`区).` ends a
/// Chinese sentence).
fn next_to_chinese(chars: &[char], i: usize) -> bool {
    let skipped = |c: char| c == ' ' || full_width(c).is_some() || matches!(c, '"' | '\'');
    let neighbour = |mut j: Option<usize>, step: isize| loop {
        match j.and_then(|k| chars.get(k)) {
            Some(&c) if skipped(c) => j = j.and_then(|k| k.checked_add_signed(step)),
            Some(&c) => break Some(c),
            None => break None,
        }
    };
    let before = neighbour(i.checked_sub(1), -1);
    let after = neighbour(Some(i + 1), 1);
    before.is_some_and(is_chinese) || after.is_some_and(is_chinese)
}

/// A `.` with a letter or digit right on each side, one of them Latin
/// (`例子.com`, `www.例子`), is part of a name such as a web address, not a
/// full stop: `。` there would change it, and hide it from the check.
fn in_address(chars: &[char], i: usize) -> bool {
    let word = |j: Option<usize>| j.and_then(|j| chars.get(j)).filter(|c| c.is_alphanumeric());
    match (word(i.checked_sub(1)), word(Some(i + 1))) {
        (Some(before), Some(after)) => chars[i] == '.' && (before.is_ascii() || after.is_ascii()),
        _ => false,
    }
}

fn full_width(c: char) -> Option<char> {
    Some(match c {
        ',' => '，',
        '.' => '。',
        ';' => '；',
        ':' => '：',
        '?' => '？',
        '!' => '！',
        '(' => '（',
        ')' => '）',
        _ => return None,
    })
}

/// Han characters and the full-width punctuation written between them.
fn is_chinese(c: char) -> bool {
    is_han(c) || is_chinese_punctuation(c)
}

fn is_chinese_punctuation(c: char) -> bool {
    matches!(c, '\u{3000}'..='\u{303F}' | '\u{FF01}'..='\u{FF60}')
}

fn english(text: &str, spelling: &Spelling) -> Vec<String> {
    // Proper names keep their spelling: blank them out before looking.
    let mut plain = text.to_owned();
    for name in &spelling.proper_names {
        plain = plain.replace(name.as_str(), &" ".repeat(name.len()));
    }
    let mut found = Vec::new();
    let text_words: Vec<&str> = words(&plain).collect();
    let lower: Vec<String> = text_words.iter().map(|w| w.to_lowercase()).collect();
    for (i, word) in text_words.iter().enumerate() {
        if let Some((_, american)) = spelling
            .pairs
            .iter()
            .find(|(british, _)| *british == lower[i])
        {
            found.push(format!(
                "writes `{word}` in British spelling; the site's English is American: `{american}`"
            ));
        }
        for (british, american) in &spelling.phrases {
            if lower.get(i..i + british.len()) == Some(british.as_slice()) {
                found.push(format!(
                    "writes `{}`, which is British usage; the site's English is American: `{american}`",
                    text_words[i..i + british.len()].join(" ")
                ));
            }
        }
    }
    found
}

/// The words of `text`: its runs of letters ("lifted" is one word, not "lift").
fn words(text: &str) -> impl Iterator<Item = &str> {
    text.split(|c: char| !c.is_alphabetic())
        .filter(|word| !word.is_empty())
}

#[cfg(test)]
mod spelling_tests;
#[cfg(test)]
mod tests {
    use super::*;

    fn spelling() -> Spelling {
        Spelling::from_list(
            "# c\ncentre center\norganise organize\nkeep: Fenglin International Centre\n",
        )
    }

    #[test]
    fn french_spaces_before_high_signs_and_in_numbers() {
        assert_eq!(
            problems("Vraiment ? Oui : « bien » ; 16 000 donneurs !", Lang::Fr, &spelling()),
            [
                "has an ordinary space before `?` at character 10; French typography wants a narrow no-break space (U+202F); `make fix-content` sets this right",
                "has an ordinary space before `:` at character 16; French typography wants a no-break space (U+00A0 or U+202F); `make fix-content` sets this right",
                "has an ordinary space after `«` at character 18; French typography wants a no-break space (U+00A0 or U+202F); `make fix-content` sets this right",
                "has an ordinary space before `»` at character 25; French typography wants a no-break space (U+00A0 or U+202F); `make fix-content` sets this right",
                "has an ordinary space before `;` at character 27; French typography wants a narrow no-break space (U+202F); `make fix-content` sets this right",
                "has an ordinary space inside a number at character 31; French typography wants a narrow no-break space (U+202F); `make fix-content` sets this right",
                "has an ordinary space before `!` at character 45; French typography wants a narrow no-break space (U+202F); `make fix-content` sets this right",
            ]
        );
        let right = "Vraiment\u{202F}? Oui\u{A0}: «\u{A0}bien\u{A0}»\u{202F}; 16\u{202F}000 donneurs, le 8 décembre 2017 à 10 h 300 fois";
        assert_eq!(problems(right, Lang::Fr, &spelling()), Vec::<String>::new());
    }

    #[test]
    fn chinese_punctuation_is_full_width_next_to_chinese() {
        assert_eq!(
            problems("中心成立,位于上海(徐汇区).", Lang::Zh, &spelling()),
            [
                "has the ASCII `,` at character 5 next to Chinese characters; write the full-width `，`; `make fix-content` sets this right",
                "has the ASCII `(` at character 10 next to Chinese characters; write the full-width `（`; `make fix-content` sets this right",
                "has the ASCII `)` at character 14 next to Chinese characters; write the full-width `）`; `make fix-content` sets this right",
                "has the ASCII `.` at character 15 next to Chinese characters; write the full-width `。`; `make fix-content` sets this right",
            ]
        );
        let right = "约1.6万名捐献者，Cris® 一体化方案（SECCR），+86 21 3367 6666。";
        assert_eq!(problems(right, Lang::Zh, &spelling()), Vec::<String>::new());
    }

    #[test]
    fn english_is_american_except_in_proper_names() {
        assert_eq!(
            problems(
                "The centre will organise it at Fenglin International Centre.",
                Lang::En,
                &spelling()
            ),
            [
                "writes `centre` in British spelling; the site's English is American: `center`",
                "writes `organise` in British spelling; the site's English is American: `organize`",
            ]
        );
    }
}
