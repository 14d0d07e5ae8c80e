//! The two lists the checks enforce, each kept in one file under `checks/`:
//! spam terms that must never appear, and hosts that links may point at.

use std::path::Path;

use super::unicode::fold;

/// Where the lists live, relative to the repository root.
pub const DENY_LIST: &str = "checks/spam-deny-list.txt";
pub const ALLOWED_HOSTS: &str = "checks/allowed-hosts.txt";

#[derive(Clone, Debug, Default)]
pub struct Rules {
    /// Denied terms as listed, each with its [`fold`]ed form, which is what
    /// is sought in text folded the same way.
    deny_terms: Vec<DeniedTerm>,
    allowed_hosts: Vec<String>,
}

impl Rules {
    /// Builds the rules from the text of the two list files.
    pub fn from_lists(deny_list: &str, allowed_hosts: &str) -> Rules {
        Rules {
            deny_terms: entries(deny_list)
                .map(|term| DeniedTerm {
                    listed: term.to_owned(),
                    folded: fold(term),
                })
                .collect(),
            allowed_hosts: entries(allowed_hosts)
                .map(|h| h.to_ascii_lowercase())
                .collect(),
        }
    }

    /// Reads both lists from a repository checkout.
    pub fn load(repo: &Path) -> Result<Rules, String> {
        let read = |name: &str| {
            std::fs::read_to_string(repo.join(name))
                .map_err(|e| format!("{name}: cannot be read: {e}"))
        };
        Ok(Rules::from_lists(&read(DENY_LIST)?, &read(ALLOWED_HOSTS)?))
    }

    /// The first denied term in `text`, however it is disguised (see [`fold`]).
    /// Latin-script terms match whole words only (`bet` is not in `between`);
    /// terms in other scripts match anywhere, since those scripts do not
    /// separate words with spaces.
    pub fn denied_term_in(&self, text: &str) -> Option<&str> {
        let folded = fold(text);
        self.deny_terms
            .iter()
            .find(|term| term.find_in(&folded).is_some())
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
