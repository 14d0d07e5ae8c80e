//! Names that become URLs — a press release's folder, every file the site
//! serves — are text too: a visitor reads them in the address bar and a
//! search engine indexes them. They are held to the rules of text: nothing
//! hidden, no denied term however it is disguised (folded as text is, and
//! `-`, `_`, `.` and `/` read as the separators they are), and each word
//! in one script, so that no lookalike letter hides in a Latin name.

use unicode_security::MixedScript;

use super::unicode::first_hidden;
use super::Rules;

/// What is wrong with `path` (a name, or names joined by `/`) as a URL, as
/// messages that name the part at fault.
pub(super) fn path_problems(path: &str, rules: &Rules) -> Vec<String> {
    let mut problems = Vec::new();
    if let Some((at, c, kind)) = first_hidden(path) {
        problems.push(format!(
            "contains {kind} (U+{:04X}) at character {at}",
            c as u32
        ));
    }
    if let Some(term) = rules.denied_term_in(path) {
        problems.push(format!(
            "spells the denied term `{term}` (see checks/spam-deny-list.txt)"
        ));
    }
    if let Some(word) = mixed_script_word(path) {
        problems.push(format!(
            "mixes letters of different scripts in `{word}`, as a lookalike does; write it in one script"
        ));
    }
    problems
}

/// The first word (run of letters and digits) of `path` that mixes scripts
/// (UTS #39: Latin with Cyrillic, say; digits go with any script).
fn mixed_script_word(path: &str) -> Option<&str> {
    path.split(|c: char| !c.is_alphanumeric())
        .find(|word| !word.is_empty() && !word.is_single_script())
}
