//! The English spelling list: phrases, and the shipped `checks/en-spelling.txt`
//! read as the content check reads it. Only the list is shipped here, never
//! the content: the sentences are the tests' own.

use std::path::Path;

use super::*;

fn english_problems(text: &str, spelling: &Spelling) -> Vec<String> {
    problems(text, Lang::En, spelling)
}

fn shipped() -> Spelling {
    let list = std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join(EN_SPELLING))
        .expect("checks/en-spelling.txt is readable");
    Spelling::from_list(&list)
}

#[test]
fn a_phrase_is_refused_as_a_whole_and_its_words_alone_are_not() {
    let spelling = Spelling::from_list("centre center\ntake the lift = take the elevator\n");
    assert_eq!(
        english_problems("Take  the\nlift to the 18th floor.", &spelling),
        ["writes `Take the lift`, which is British usage; the site's English is American: `take the elevator`"]
    );
    for prose in [
        "The ban was lifted in 2019.",
        "An airlift brought the samples.",
        "Take the stairs, then lift the latch.",
        "To lift a restriction, take the form.",
        "We take the elevator; the lift in results was clear.",
    ] {
        assert_eq!(
            english_problems(prose, &spelling),
            Vec::<String>::new(),
            "{prose}"
        );
    }
}

#[test]
fn every_british_form_of_the_shipped_list_is_refused_and_its_american_form_is_not() {
    let spelling = shipped();
    assert!(!spelling.pairs.is_empty() && !spelling.phrases.is_empty());
    let forms = spelling
        .pairs
        .iter()
        .map(|(british, american)| (british.clone(), american))
        .chain(
            spelling
                .phrases
                .iter()
                .map(|(british, american)| (british.join(" "), american)),
        );
    for (british, american) in forms {
        let refused = english_problems(&format!("They {british} today."), &spelling);
        assert_eq!(refused.len(), 1, "`{british}` is refused once: {refused:?}");
        assert!(
            refused[0].ends_with(&format!("`{american}`")),
            "{refused:?}"
        );
        let accepted = english_problems(&format!("They {american} today."), &spelling);
        assert_eq!(accepted, Vec::<String>::new(), "`{american}` is American");
    }
}

#[test]
fn the_shipped_list_leaves_ordinary_american_prose_alone() {
    let prose = "The center lifted the restriction after an airlift; uplifting news. \
                 Lift the cover, then take the elevator to the 18th floor. \
                 The study lifts no ban. We gave the volunteers a lift home. \
                 A story of many stories, an inquiry, aging samples and a gray box, \
                 at the Fenglin International Centre.";
    assert_eq!(english_problems(prose, &shipped()), Vec::<String>::new());
}
