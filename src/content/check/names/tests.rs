//! The names rule on content the tests write themselves, against their own
//! list; and the shipped list, read as the content check reads it.

use std::path::Path;

use super::*;
use crate::content::check::{check_content, Rules};

const LIST: &str = "\
# a test list
[Shanghai Municipal Health Commission]
zh = 上海市卫生健康委员会
zh ! 上海市卫健委
zh ! 上海市卫生健康委
en = Shanghai Municipal Health Commission
en ! Shanghai Health Commission
en ! Shanghai Municipal Commission of Health
fr = Commission municipale de la santé de Shanghai
fr ! Commission de la santé de Shanghai

[Shanghai Municipal Commission of Health and Family Planning]
en = Shanghai Municipal Commission of Health and Family Planning

[Department of Science and Education]
en = Department of Science and Education

[independent ethics committee]
en = independent ethics committee
";

/// A content folder of the test's own, removed on drop.
struct Tree(tempfile::TempDir);

impl Tree {
    fn new() -> Tree {
        Tree(tempfile::tempdir().unwrap())
    }

    fn write(&self, file: &str, json: &str) -> &Tree {
        let path = self.0.path().join(file);
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(path, json).unwrap();
        self
    }

    /// The files written, as the content check holds them.
    fn values(&self, files: &[(Lang, &str)]) -> Vec<(Lang, String, Value)> {
        files
            .iter()
            .map(|&(lang, file)| {
                let text = std::fs::read_to_string(self.0.path().join(file)).unwrap();
                (lang, file.to_owned(), serde_json::from_str(&text).unwrap())
            })
            .collect()
    }
}

fn checked(values: &[(Lang, String, Value)]) -> Vec<String> {
    let mut problems = Vec::new();
    check_with(&BodyNames::from_list(LIST).unwrap(), values, &mut problems);
    problems.iter().map(ToString::to_string).collect()
}

#[test]
fn a_variant_or_a_name_in_the_wrong_case_is_reported_with_what_to_write() {
    let tree = Tree::new();
    tree.write(
        "en/page.json",
        r#"{"intro": ["Officials of the Shanghai health commission came.", "It met the NHC's department of science and education."]}"#,
    )
    .write(
        // Text marked as another language follows that language's names.
        "zh/page.json",
        r#"{"alt": {"lang": "en", "text": "Shanghai Health Commission"}, "items": [{"text": "上海市卫健委代表团来访。"}]}"#,
    )
    .write(
        "fr/page.json",
        r#"{"title": "Visite de la commission de la santé de Shanghai"}"#,
    );
    let values = tree.values(&[
        (Lang::En, "en/page.json"),
        (Lang::Zh, "zh/page.json"),
        (Lang::Fr, "fr/page.json"),
    ]);
    assert_eq!(
        checked(&values),
        [
            "en/page.json: intro[0]: writes `Shanghai health commission` for the Shanghai Municipal Health Commission; write `Shanghai Municipal Health Commission` (see checks/body-names.txt)",
            "en/page.json: intro[1]: writes `department of science and education`; the Department of Science and Education is written `Department of Science and Education` (see checks/body-names.txt)",
            "zh/page.json: alt.text: writes `Shanghai Health Commission` for the Shanghai Municipal Health Commission; write `Shanghai Municipal Health Commission` (see checks/body-names.txt)",
            "zh/page.json: items[0].text: writes `上海市卫健委` for the Shanghai Municipal Health Commission; write `上海市卫生健康委员会` (see checks/body-names.txt)",
            "fr/page.json: title: writes `commission de la santé de Shanghai` for the Shanghai Municipal Health Commission; write `Commission municipale de la santé de Shanghai` (see checks/body-names.txt)",
        ]
    );
}

#[test]
fn accepted_names_and_ordinary_prose_pass() {
    let tree = Tree::new();
    tree.write(
        "en/page.json",
        r#"{"intro": [
            "The Shanghai Municipal Health Commission and the Shanghai Municipal Commission of Health and Family Planning.",
            "Independent ethics committee members met the center's independent ethics committee.",
            "The Shanghai Health Commissioners' report; the Shanghai health authorities."
        ]}"#,
    )
    .write(
        "zh/page.json",
        r#"{"text": "上海市卫生健康委员会代表团来访。"}"#,
    )
    .write(
        "fr/page.json",
        r#"{"title": "Visite de la Commission municipale de la santé de Shanghai"}"#,
    );
    let values = tree.values(&[
        (Lang::En, "en/page.json"),
        (Lang::Zh, "zh/page.json"),
        (Lang::Fr, "fr/page.json"),
    ]);
    assert_eq!(checked(&values), Vec::<String>::new());
}

#[test]
fn a_malformed_list_names_its_line() {
    for (list, error) in [
        ("zh = 名称\n", "line 1: a name must follow a `[Body]` line"),
        (
            "[A]\nde = Name\n",
            "line 2: write `zh`, `en` or `fr`, then `=` or `!`, then the name",
        ),
        (
            "[A]\n\nen ! Variant\n",
            "line 3: write the accepted form (`=`) before the refused ones (`!`)",
        ),
        (
            "[A]\nen = One\nen = Two\n",
            "line 3: A has one accepted form only",
        ),
        ("[A]\nen =\n", "line 2: the name is missing"),
        (
            "[A]\nen ~ Name\n",
            "line 2: write `=` (accepted) or `!` (refused) after the language",
        ),
    ] {
        assert_eq!(BodyNames::from_list(list), Err(error.to_owned()), "{list}");
    }
}

fn shipped() -> BodyNames {
    let list = std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join(BODY_NAMES))
        .expect("the shipped list is readable");
    BodyNames::from_list(&list).expect("the shipped list parses")
}

#[test]
fn the_shipped_list_accepts_each_accepted_form_and_refuses_each_variant() {
    let names = shipped();
    assert!(!names.bodies.is_empty());
    for body in &names.bodies {
        for (lang, forms) in Lang::ALL.iter().zip(&body.forms) {
            let Some(forms) = forms else { continue };
            let sentence = |name: &str| format!("« {name} » ");
            assert_eq!(
                names.problems(&sentence(&forms.accepted), *lang),
                Vec::<String>::new(),
                "{} ({lang:?})",
                forms.accepted
            );
            for refused in &forms.refused {
                let found = names.problems(&sentence(refused), *lang);
                assert!(
                    found
                        .iter()
                        .any(|m| m.contains(&format!("write `{}`", forms.accepted))),
                    "`{refused}` ({lang:?}) is refused: {found:?}"
                );
            }
        }
    }
}

#[test]
fn the_content_check_applies_the_shipped_list() {
    let names = shipped();
    let (body, refused) = names
        .bodies
        .iter()
        .find_map(|b| Some((b, b.forms[1].as_ref()?.refused.first()?)))
        .expect("the shipped list refuses an English form");
    let tree = Tree::new();
    tree.write(
        "content/news/an-item/en.json",
        &serde_json::json!({
            "date": "2020-01-02",
            "title": "A visit",
            "summary": "A visit.",
            "body": [format!("A delegation of the {refused} came.")]
        })
        .to_string(),
    );
    let rules = Rules::load(Path::new(env!("CARGO_MANIFEST_DIR"))).unwrap();
    let problems: Vec<String> =
        check_content(&tree.0.path().join("content"), tree.0.path(), &rules)
            .iter()
            .map(ToString::to_string)
            .filter(|p| p.contains(BODY_NAMES))
            .collect();
    assert_eq!(
        problems,
        [format!(
            "content/news/an-item/en.json: body[0]: writes `{refused}` for the {}; write `{}` (see {BODY_NAMES})",
            body.label,
            body.forms[1].as_ref().unwrap().accepted
        )]
    );
}
