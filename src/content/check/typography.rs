//! Typography a native reader of each language expects, checked so that an
//! editor's slip is caught where it is made:
//! - French: a narrow no-break space (U+202F) before `;`, `!` and `?`, a
//!   no-break space (U+00A0 or U+202F) before `:` and inside `« »`, and in
//!   numbers (`16 000`); an ordinary space there can break the line between
//!   the sign and its word.
//! - Chinese: full-width punctuation next to Chinese characters (`，。；：？！（）`).
//! - English: American spelling, as in the center's own name ("Center");
//!   `checks/en-spelling.txt` lists the British forms refused (words, and
//!   phrases where the word alone is also good American English: "take the
//!   lift", not "lift") and the proper names that keep theirs.

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

/// Every typography problem of `text` written in `lang`, as messages.
pub fn problems(text: &str, lang: Lang, spelling: &Spelling) -> Vec<String> {
    match lang {
        Lang::Fr => french(text),
        Lang::Zh => chinese(text),
        Lang::En => english(text, spelling),
    }
}

fn french(text: &str) -> Vec<String> {
    let chars: Vec<char> = text.chars().collect();
    let mut found = Vec::new();
    for (i, &c) in chars.iter().enumerate() {
        let before = i.checked_sub(1).map(|j| chars[j]);
        let after = chars.get(i + 1).copied();
        let at = i + 1;
        match c {
            ';' | '!' | '?' if before == Some(' ') => found.push(format!(
                "has an ordinary space before `{c}` at character {at}; French typography wants a narrow no-break space (U+202F)"
            )),
            ':' if before == Some(' ') => found.push(format!(
                "has an ordinary space before `:` at character {at}; French typography wants a no-break space (U+00A0 or U+202F)"
            )),
            '«' if after == Some(' ') => found.push(format!(
                "has an ordinary space after `«` at character {at}; French typography wants a no-break space (U+00A0 or U+202F)"
            )),
            '»' if before == Some(' ') => found.push(format!(
                "has an ordinary space before `»` at character {at}; French typography wants a no-break space (U+00A0 or U+202F)"
            )),
            // A digit, a space and exactly three digits: a thousands group.
            ' ' if before.is_some_and(|b| b.is_ascii_digit())
                && chars.get(i + 1..i + 4).is_some_and(|group| {
                    group.iter().all(char::is_ascii_digit)
                })
                && !chars.get(i + 4).is_some_and(char::is_ascii_digit) =>
            {
                found.push(format!(
                    "has an ordinary space inside a number at character {at}; French typography wants a narrow no-break space (U+202F)"
                ))
            }
            _ => {}
        }
    }
    found
}

fn chinese(text: &str) -> Vec<String> {
    let chars: Vec<char> = text.chars().collect();
    // The nearest character on each side that is neither an ASCII space nor
    // other ASCII punctuation (`区).` ends a Chinese sentence).
    let neighbour = |mut j: Option<usize>, step: isize| loop {
        match j.and_then(|k| chars.get(k)) {
            Some(&c) if c == ' ' || full_width(c).is_some() => {
                j = j.and_then(|k| k.checked_add_signed(step))
            }
            Some(&c) => break Some(c),
            None => break None,
        }
    };
    let mut found = Vec::new();
    for (i, &c) in chars.iter().enumerate() {
        let Some(full) = full_width(c) else { continue };
        let before = neighbour(i.checked_sub(1), -1);
        let after = neighbour(Some(i + 1), 1);
        if before.is_some_and(is_chinese) || after.is_some_and(is_chinese) {
            found.push(format!(
                "has the ASCII `{c}` at character {} next to Chinese characters; write the full-width `{full}`",
                i + 1
            ));
        }
    }
    found
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
    is_han(c) || matches!(c, '\u{3000}'..='\u{303F}' | '\u{FF01}'..='\u{FF60}')
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
                "has an ordinary space before `?` at character 10; French typography wants a narrow no-break space (U+202F)",
                "has an ordinary space before `:` at character 16; French typography wants a no-break space (U+00A0 or U+202F)",
                "has an ordinary space after `«` at character 18; French typography wants a no-break space (U+00A0 or U+202F)",
                "has an ordinary space before `»` at character 25; French typography wants a no-break space (U+00A0 or U+202F)",
                "has an ordinary space before `;` at character 27; French typography wants a narrow no-break space (U+202F)",
                "has an ordinary space inside a number at character 31; French typography wants a narrow no-break space (U+202F)",
                "has an ordinary space before `!` at character 45; French typography wants a narrow no-break space (U+202F)",
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
                "has the ASCII `,` at character 5 next to Chinese characters; write the full-width `，`",
                "has the ASCII `(` at character 10 next to Chinese characters; write the full-width `（`",
                "has the ASCII `)` at character 14 next to Chinese characters; write the full-width `）`",
                "has the ASCII `.` at character 15 next to Chinese characters; write the full-width `。`",
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
