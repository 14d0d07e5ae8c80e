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
                .map(|term| DeniedTerm {
                    listed: term.to_owned(),
                    folded: fold(term),
                    joined: fold(&term.replace(is_separator, "")),
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
    /// separate words with spaces. A term spaced out is found too (see
    /// [`Self::spaced_out_term_in`]).
    pub fn denied_term_in(&self, text: &str) -> Option<&str> {
        let folded = fold(text);
        self.deny_terms
            .iter()
            .find(|term| term.find_in(&folded).is_some())
            .map(|term| term.listed.as_str())
            .or_else(|| self.spaced_out_term_in(text))
    }

    /// The first denied term `text` spells only when read spaced out: letter
    /// by letter (`c a s i n o`, `c.a.s.i.n.o`) or with separators between
    /// Chinese characters (`博 彩`).
    pub fn spaced_out_term_in(&self, text: &str) -> Option<&str> {
        let words: Vec<String> = spaced_out_words(text).iter().map(|w| fold(w)).collect();
        self.deny_terms
            .iter()
            .find(|term| words.iter().any(|word| word.contains(&term.joined)))
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
}

impl DeniedTerm {
    /// Where the term occurs in folded text: Latin-script terms as whole
    /// words only, others anywhere.
    fn find_in(&self, folded: &str) -> Option<usize> {
        if self.folded.is_ascii() {
            find_word(folded, &self.folded)
        } else {
            folded.find(&self.folded)
        }
    }
}

/// Non-empty lines that are not `#` comments, trimmed.
fn entries(list: &str) -> impl Iterator<Item = &str> {
    list.lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
}

/// The words `text` spells when separators (white space and punctuation, up
/// to three in a row) are read as not there between two single letters, or
/// between two characters of a script written without spaces: `c a s i n o`
/// reads `casino`, `博 彩` reads `博彩`. Only words made by such joins are
/// returned; the rest of the text is searched as it is. Invisible characters
/// and combining marks are dropped first, so they cannot make a letter look
/// like two.
fn spaced_out_words(text: &str) -> Vec<String> {
    let chars: Vec<char> = text
        .chars()
        .filter(|&c| !is_invisible_in_a_word(c) && !is_combining_mark(c))
        .collect();
    // Maximal runs of non-separators, as (start, end) indices.
    let mut runs: Vec<(usize, usize)> = Vec::new();
    for (i, &c) in chars.iter().enumerate() {
        if is_separator(c) {
            continue;
        }
        match runs.last_mut() {
            Some((_, end)) if *end == i => *end = i + 1,
            _ => runs.push((i, i + 1)),
        }
    }
    let mut words = Vec::new();
    let mut word = String::new();
    let mut joined = 0;
    for (k, &(start, end)) in runs.iter().enumerate() {
        let joins = k > 0 && start - runs[k - 1].1 <= 3 && {
            let (previous_start, previous_end) = runs[k - 1];
            let single_letters = previous_end - previous_start == 1 && end - start == 1;
            let unspaced = !chars[previous_end - 1].is_ascii() && !chars[start].is_ascii();
            single_letters || unspaced
        };
        if !joins {
            if joined > 0 {
                words.push(std::mem::take(&mut word));
            }
            word.clear();
            joined = 0;
        } else {
            joined += 1;
        }
        word.extend(&chars[start..end]);
    }
    if joined > 0 {
        words.push(word);
    }
    words
}

fn is_separator(c: char) -> bool {
    c.is_whitespace()
        || c.is_control()
        || GeneralCategoryGroup::Punctuation
            .contains(CodePointMapData::<GeneralCategory>::new().get(c))
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
