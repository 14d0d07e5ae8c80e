//! The two lists the checks enforce, each kept in one file under `checks/`:
//! spam terms that must never appear, and hosts that links may point at.

use std::path::Path;

use icu_properties::props::{GeneralCategory, GeneralCategoryGroup};
use icu_properties::CodePointMapData;

use super::typography::{Spelling, EN_SPELLING};
use super::unicode::{fold, is_combining_mark, is_invisible_in_a_word};

/// Where the lists live, relative to the repository root.
pub const DENY_LIST: &str = "checks/spam-deny-list.txt";
pub const ALLOWED_HOSTS: &str = "checks/allowed-hosts.txt";

#[derive(Clone, Debug, Default)]
pub struct Rules {
    /// Denied terms as listed, each with its [`fold`]ed form, which is what
    /// is sought in text folded the same way.
    deny_terms: Vec<DeniedTerm>,
    allowed_hosts: Vec<String>,
    /// The English spelling convention (typography).
    pub spelling: Spelling,
}

impl Rules {
    /// Builds the rules from the text of the deny-list and the allowlist
    /// (with no spelling convention).
    pub fn from_lists(deny_list: &str, allowed_hosts: &str) -> Rules {
        Rules {
            deny_terms: entries(deny_list)
                .map(|term| {
                    let folded = fold(term);
                    let joined = fold(&term.replace(is_separator, ""));
                    DeniedTerm {
                        listed: term.to_owned(),
                        folded_il: i_as_l(&folded),
                        joined_il: i_as_l(&joined),
                        folded,
                        joined,
                    }
                })
                .collect(),
            allowed_hosts: entries(allowed_hosts)
                .map(|h| h.to_ascii_lowercase())
                .collect(),
            spelling: Spelling::default(),
        }
    }

    /// Reads the lists from a repository checkout.
    pub fn load(repo: &Path) -> Result<Rules, String> {
        let read = |name: &str| {
            std::fs::read_to_string(repo.join(name))
                .map_err(|e| format!("{name}: cannot be read: {e}"))
        };
        Ok(Rules {
            spelling: Spelling::from_list(&read(EN_SPELLING)?),
            ..Rules::from_lists(&read(DENY_LIST)?, &read(ALLOWED_HOSTS)?)
        })
    }

    /// The first denied term in `text`, however it is disguised (see [`fold`]).
    /// Latin-script terms match whole words only (`bet` is not in `between`);
    /// terms in other scripts match anywhere, since those scripts do not
    /// separate words with spaces. A term spaced out or spelled with digits
    /// is found too (see [`Self::disguised_term_in`]).
    pub fn denied_term_in(&self, text: &str) -> Option<&str> {
        let folded = fold(text);
        self.deny_terms
            .iter()
            .find(|term| term.find_in(&folded).is_some())
            .map(|term| term.listed.as_str())
            .or_else(|| self.disguised_term_in_folded(text, &folded))
    }

    /// The first denied term `text` spells only when read as spam writes it:
    /// its letters split by separators (`c a s i n o`, `c.a.s.i.n.o`,
    /// `c-a-s-i-n-o`, `c•a•s•i•n•o`, `ca_si_no`, `c - a / s`), with separators
    /// between Chinese characters (`博 彩`), or with digits and signs for the
    /// letters they look like (`c4s1n0`, `p0k3r`, `ca$ino`, also split). A
    /// term `text` also holds undisguised is not reported here, so that a
    /// scan of the folded text reports it once.
    pub fn disguised_term_in(&self, text: &str) -> Option<&str> {
        self.disguised_term_in_folded(text, &fold(text))
    }

    /// [`Self::disguised_term_in`] for `text` and its [`fold`]ed form.
    fn disguised_term_in_folded(&self, text: &str, folded: &str) -> Option<&str> {
        let spelled = spelled_words(text);
        let read = digits_read(folded);
        self.deny_terms
            .iter()
            .find(|term| {
                spelled.iter().any(|word| term.is_spelled_in(word))
                    || (find_form(&term.folded_il, &read).is_some()
                        && term.find_in(folded).is_none())
            })
            .map(|term| term.listed.as_str())
    }

    /// Each denied term as listed, with where it first occurs in `folded`
    /// (text folded with [`fold`]), for the terms that do.
    pub fn denied_terms_at<'a>(
        &'a self,
        folded: &'a str,
    ) -> impl Iterator<Item = (&'a str, usize)> + 'a {
        self.deny_terms
            .iter()
            .filter_map(|term| Some((term.listed.as_str(), term.find_in(folded)?)))
    }

    /// Also allows `host`: the dist check allows the site's own origin, which
    /// is set per build, not listed.
    pub fn allow_host(&mut self, host: &str) {
        self.allowed_hosts.push(host.to_ascii_lowercase());
    }

    pub fn host_allowed(&self, host: &str) -> bool {
        self.allowed_hosts
            .iter()
            .any(|h| h.eq_ignore_ascii_case(host))
    }
}

#[derive(Clone, Debug)]
struct DeniedTerm {
    listed: String,
    folded: String,
    /// Folded without its own spaces, as it reads in a spaced-out word.
    joined: String,
    /// `folded` and `joined` with `i` read as `l`, as they are sought in
    /// text whose digits were read as letters (see [`digits_read`]).
    folded_il: String,
    joined_il: String,
}

impl DeniedTerm {
    /// Where the term occurs in folded text.
    fn find_in(&self, folded: &str) -> Option<usize> {
        find_form(&self.folded, folded)
    }

    /// Whether a word spelled across separators reads as the term, as
    /// written or with digits read as letters. A Latin term must span whole
    /// pieces, so that `ca-si-no` reads `casino` while `Ti-bet`'s pieces
    /// read `tibet`, not `bet` inside it; a term in a script written
    /// without spaces counts anywhere.
    fn is_spelled_in(&self, word: &Spelled) -> bool {
        if self.joined.is_ascii() {
            word.spans_pieces(&word.folded, &self.joined)
                || word.spans_pieces(&word.read, &self.joined_il)
        } else {
            word.folded.contains(&self.joined)
        }
    }
}

/// Where `form`, a form of a term, occurs in `text`: Latin-script terms as
/// whole words only, others anywhere.
fn find_form(form: &str, text: &str) -> Option<usize> {
    if form.is_ascii() {
        find_word(text, form)
    } else {
        text.find(form)
    }
}

/// Non-empty lines that are not `#` comments, trimmed.
fn entries(list: &str) -> impl Iterator<Item = &str> {
    list.lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
}

/// The most separators read as not there between two pieces of a word: a
/// letter, a sign and a space on each side of a term's own space.
const MAX_GAP: usize = 7;

/// A word `text` spells when separators are read as not there: its pieces
/// [`fold`]ed and joined, and where each piece starts and ends in `folded`.
struct Spelled {
    folded: String,
    /// `folded` with digits and signs read as letters ([`digits_read`]),
    /// piece by piece, and single letters together (`c-4-s-1-n-0`), so that
    /// `b37` in `phase-i-unit-b37` stays a room number.
    read: String,
    /// Byte offsets in `folded` (and `read`) of the start and end of every
    /// piece.
    bounds: Vec<usize>,
}

impl Spelled {
    /// Whether `form` occurs in `text` (`folded` or a form of it with the
    /// same byte offsets) from the start of a piece to the end of one.
    fn spans_pieces(&self, text: &str, form: &str) -> bool {
        self.bounds.iter().any(|&start| {
            text.get(start..).is_some_and(|rest| rest.starts_with(form))
                && self.bounds.binary_search(&(start + form.len())).is_ok()
        })
    }
}

/// The words `text` spells when separators (white space, punctuation and
/// symbols, up to [`MAX_GAP`] in a row) are read as not there: between two
/// single letters (`c a s i n o`, `c - a · s`), between pieces split by
/// punctuation or symbols alone (`ca-si-no`, `c/a/s/i/n/o`, `po.ker`), and
/// between two characters of a script written without spaces (`博 彩`).
/// Words apart (`a best time`) stay apart. Only words made by such joins are
/// returned; the rest of the text is searched as it is. Invisible characters
/// and combining marks are dropped first, so they cannot make a letter look
/// like two.
fn spelled_words(text: &str) -> Vec<Spelled> {
    let chars: Vec<char> = text
        .chars()
        .filter(|&c| !is_invisible_in_a_word(c) && !is_combining_mark(c))
        .collect();
    // Maximal runs of non-separators, as (start, end) indices.
    let mut runs: Vec<(usize, usize)> = Vec::new();
    for (i, &c) in chars.iter().enumerate() {
        if is_separator(c) && letter_written_as(c).is_none() {
            continue;
        }
        match runs.last_mut() {
            Some((_, end)) if *end == i => *end = i + 1,
            _ => runs.push((i, i + 1)),
        }
    }
    // Pieces joined into words, each piece folded.
    let mut words: Vec<Vec<String>> = Vec::new();
    for (k, &(start, end)) in runs.iter().enumerate() {
        let piece: String = chars[start..end].iter().collect();
        match words.last_mut() {
            Some(word) if k > 0 && pieces_join(&chars, runs[k - 1], (start, end)) => {
                word.push(fold(&piece))
            }
            _ => words.push(vec![fold(&piece)]),
        }
    }
    words
        .into_iter()
        .filter(|pieces| pieces.len() > 1)
        .map(|pieces| spelled(&pieces))
        .collect()
}

/// A word of folded `pieces`.
fn spelled(pieces: &[String]) -> Spelled {
    let mut word = Spelled {
        folded: String::new(),
        read: String::new(),
        bounds: vec![0],
    };
    // Digits are read in each piece of several characters on its own, and in
    // each run of one-character pieces together.
    let mut singles = String::new();
    for piece in pieces {
        if piece.chars().count() == 1 {
            singles.push_str(piece);
        } else {
            word.read
                .push_str(&digits_read(&std::mem::take(&mut singles)));
            word.read.push_str(&digits_read(piece));
        }
        word.folded.push_str(piece);
        word.bounds.push(word.folded.len());
    }
    word.read.push_str(&digits_read(&singles));
    word
}

/// Whether two runs of `chars`, `previous` then `next`, are pieces of one
/// spelled word (see [`spelled_words`]).
fn pieces_join(chars: &[char], previous: (usize, usize), next: (usize, usize)) -> bool {
    let gap = &chars[previous.1..next.0];
    if gap.len() > MAX_GAP {
        return false;
    }
    let single_letters = previous.1 - previous.0 == 1 && next.1 - next.0 == 1;
    let unspaced_script = !chars[previous.1 - 1].is_ascii() && !chars[next.0].is_ascii();
    let no_space = !gap.iter().any(|c| c.is_whitespace());
    single_letters || unspaced_script || no_space
}

/// `folded` (text [`fold`]ed) with digits and signs read as the letters they
/// look like in every Latin word that has at least as many letters as such
/// characters: `c4s1n0` reads `casino` and `p0k3r` `poker`, while `18F`,
/// `2026`, `B37` or `第837号` stay as they are (after `fold`, a Latin word
/// is a run of ASCII letters, digits and those signs). `1`, `!` and `|`
/// stand for `i` as often as for `l`, so they are read as `l` and every `i`
/// is read as `l` too ([`i_as_l`]); terms are sought in the same form.
/// Full-width forms and confusables of other scripts are `fold`'s; this is
/// spam's own alphabet, which no Unicode table lists.
fn digits_read(folded: &str) -> String {
    let mut read = String::with_capacity(folded.len());
    let mut word: Vec<char> = Vec::new();
    for c in folded.chars().chain(std::iter::once(' ')) {
        if c.is_ascii_alphanumeric() || letter_written_as(c).is_some() {
            word.push(c);
            continue;
        }
        let signs = word
            .iter()
            .filter(|&&c| letter_written_as(c).is_some())
            .count();
        let letters = word.iter().filter(|c| c.is_ascii_alphabetic()).count();
        let as_letters = signs > 0 && letters >= signs;
        read.extend(word.drain(..).map(|c| match letter_written_as(c) {
            Some(letter) if as_letters => letter,
            _ => c,
        }));
        read.push(c);
    }
    read.pop();
    i_as_l(&read)
}

/// The letter a digit or sign stands for in spam.
fn letter_written_as(c: char) -> Option<char> {
    Some(match c {
        '0' => 'o',
        '1' | '!' | '|' => 'l',
        '3' => 'e',
        '4' | '@' => 'a',
        '5' | '$' => 's',
        '7' => 't',
        '8' => 'b',
        '9' => 'g',
        _ => return None,
    })
}

fn i_as_l(folded: &str) -> String {
    folded.replace('i', "l")
}

/// White space, controls, punctuation and symbols (`-`, `.`, `_`, `/`, `·`,
/// `•`, `★`, `+`, and their full-width forms): what may stand between the
/// letters of a word without being one.
fn is_separator(c: char) -> bool {
    if c.is_whitespace() || c.is_control() {
        return true;
    }
    let category = CodePointMapData::<GeneralCategory>::new().get(c);
    GeneralCategoryGroup::Punctuation.contains(category)
        || GeneralCategoryGroup::Symbol.contains(category)
}

/// Where `term` occurs in `text` with no letter or digit right before or after it.
fn find_word(text: &str, term: &str) -> Option<usize> {
    text.match_indices(term).map(|(at, _)| at).find(|&at| {
        let before = text[..at].chars().next_back();
        let after = text[at + term.len()..].chars().next();
        !before.is_some_and(char::is_alphanumeric) && !after.is_some_and(char::is_alphanumeric)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn terms_match_regardless_of_case_and_width_and_latin_ones_as_words() {
        let rules = Rules::from_lists("# comment\nCasino\nbet\n博彩\n", "");
        assert_eq!(rules.denied_term_in("Best CASINO in town"), Some("Casino"));
        assert_eq!(rules.denied_term_in("ＣＡＳＩＮＯ"), Some("Casino"));
        assert_eq!(rules.denied_term_in("Place a bet now"), Some("bet"));
        assert_eq!(rules.denied_term_in("线上博彩"), Some("博彩"));
        assert_eq!(rules.denied_term_in("between the alphabet, better"), None);
    }

    #[test]
    fn spaced_out_terms_are_found_and_ordinary_spacing_is_not_joined() {
        let rules = Rules::from_lists("casino\nbet\n博彩\n", "");
        assert_eq!(rules.denied_term_in("Try c a s i n o now"), Some("casino"));
        assert_eq!(rules.denied_term_in("Try c.a.s.i.n.o now"), Some("casino"));
        assert_eq!(rules.denied_term_in("Try C-A-S-I-N-O now"), Some("casino"));
        assert_eq!(rules.denied_term_in("线上博 彩"), Some("博彩"));
        assert_eq!(rules.denied_term_in("线上博·彩"), Some("博彩"));
        assert_eq!(rules.denied_term_in("c a s i n o x"), Some("casino"));
        assert_eq!(rules.denied_term_in("a best time, be there, il y a"), None);
    }

    #[test]
    fn digits_and_signs_for_letters_are_read_and_numbers_are_not() {
        let rules = Rules::from_lists("casino\npoker\nbet\nslot machine\n", "");
        assert_eq!(rules.denied_term_in("Best c4s1n0 in town"), Some("casino"));
        assert_eq!(rules.denied_term_in("ca$ino"), Some("casino"));
        assert_eq!(rules.denied_term_in("P0K3R night"), Some("poker"));
        assert_eq!(rules.denied_term_in("Place a b3t"), Some("bet"));
        assert_eq!(rules.denied_term_in("s1ot mach!ne"), Some("slot machine"));
        assert_eq!(rules.denied_term_in("ｃ４ｓｉｎｏ"), Some("casino"));
        assert_eq!(rules.denied_term_in("c 4 s 1 n 0"), Some("casino"));
        assert_eq!(rules.denied_term_in("c4s\u{200B}1n0"), Some("casino"));
        for ordinary in [
            "Room B37, 18F, Building A",
            "200032 Shanghai, +86 21 3367 6666",
            "COVID-19, H1N1, 5G, A1",
            "2026-12-03: 8 studies",
            "第837号新闻稿：稽查 · 上海",
            "上海市徐汇区枫林路380号A座18楼，邮编200032",
        ] {
            assert_eq!(rules.denied_term_in(ordinary), None, "{ordinary}");
        }
    }

    #[test]
    fn hosts_are_matched_exactly() {
        let rules = Rules::from_lists("", "www.openstreetmap.org\n");
        assert!(rules.host_allowed("www.openstreetmap.org"));
        assert!(rules.host_allowed("WWW.OpenStreetMap.org"));
        assert!(!rules.host_allowed("openstreetmap.org.evil.example"));
        assert!(!rules.host_allowed("evil.example"));
    }

    #[test]
    fn the_shipped_lists_load_and_hold_the_seed_brand() {
        let rules = Rules::load(Path::new(env!("CARGO_MANIFEST_DIR"))).unwrap();
        // The brand injected into the old site, written with escapes so this
        // source file does not carry it.
        let brand = "\u{51ef}\u{53d1}k8\u{5a31}\u{4e50}\u{5e73}\u{53f0}";
        assert!(rules.denied_term_in(brand).is_some());
        assert!(rules.host_allowed("www.openstreetmap.org"));
    }
}
