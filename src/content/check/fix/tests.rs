//! The fixer on files written here: what it changes, what it leaves byte for
//! byte, and that the check then accepts what it set right.

use super::*;
use crate::content::check::{check_content, Rules};

/// A French file with escapes, odd formatting and unsorted keys: only the
/// string literals whose text changes differ, and in them only the changed
/// characters.
#[test]
fn only_the_changed_characters_of_the_changed_literals_differ() {
    let source = concat!(
        "{\"title\":\"Vraiment ?\",\n",
        "\t\"body\" :[ \"ligne\\nsuite \\u00e9t\\u00e9 : oui\",\"dit \\\"bonjour\\\" !\"  ,\n",
        "      \"rien \\u00e0 faire, \\\"vraiment\\\"\\u202f?\"],\n",
        "  \"link\": {\"label\":\"Voir l'adresse\", \"href\": \"https://example.org/?q=a b ?\"},\n",
        "  \"alt\" : {\"text\": \"the center's \\\"plan\\\"\", \"lang\":\"en\"}  }\n",
    );
    let (fixed, changes) = fix_json(source.as_bytes(), Lang::Fr).expect("valid JSON");
    let expected = concat!(
        "{\"title\":\"Vraiment\u{202F}?\",\n",
        "\t\"body\" :[ \"ligne\\nsuite \\u00e9t\\u00e9\u{A0}: oui\",\"dit «\u{A0}bonjour\u{A0}»\u{202F}!\"  ,\n",
        "      \"rien \\u00e0 faire, «\u{A0}vraiment\u{A0}»\\u202f?\"],\n",
        "  \"link\": {\"label\":\"Voir l’adresse\", \"href\": \"https://example.org/?q=a b ?\"},\n",
        "  \"alt\" : {\"text\": \"the center’s “plan”\", \"lang\":\"en\"}  }\n",
    );
    assert_eq!(fixed, expected);
    let shown: Vec<String> = changes.iter().map(ToString::to_string).collect();
    assert_eq!(
        shown,
        [
            "title: `Vraiment ?` → `Vraiment\\u202f?`",
            "body[0]: `…ne\\nsuite été : oui` → `…ne\\nsuite été\\u00a0: oui`",
            "body[1]: `dit \"bonjour\" !` → `dit «\\u00a0bonjour\" !`",
            "body[1]: `dit \"bonjour\" !` → `dit \"bonjour\\u00a0» !`",
            "body[1]: `…it \"bonjour\" !` → `…it \"bonjour\"\\u202f!`",
            "body[2]: `…en à faire, \"vraiment\"\\u202f?` → `…en à faire, «\\u00a0vraiment\"\\u202f?`",
            "body[2]: `…e, \"vraiment\"\\u202f?` → `…e, \"vraiment\\u00a0»\\u202f?`",
            "link.label: `Voir l'adresse` → `Voir l’adresse`",
            "alt.text: `the center's \"plan\"` → `the center’s \"plan\"`",
            "alt.text: `…he center's \"plan\"` → `…he center's “plan\"`",
            "alt.text: `…nter's \"plan\"` → `…nter's \"plan”`",
        ]
    );
    assert_eq!(
        fix_json(fixed.as_bytes(), Lang::Fr).map(|(text, changes)| (text, changes.len())),
        Some((fixed.clone(), 0)),
        "a second fix changes nothing"
    );
}

#[test]
fn a_file_that_is_not_json_is_left_alone() {
    assert_eq!(fix_json(b"{\"title\": \"Vraiment ?\"", Lang::Fr), None);
    assert_eq!(
        fix_json(b"{\"title\": \"a ?\", \"title\": \"b ?\"}", Lang::Fr),
        None
    );
}

#[test]
fn each_fixable_class_is_set_right_and_named_by_the_check_as_fixable() {
    let cases = [
        (
            Lang::Fr,
            "16 000 donneurs : « oui » ; non !",
            "16\u{202F}000 donneurs\u{A0}: «\u{A0}oui\u{A0}»\u{202F}; non\u{202F}!",
        ),
        (
            Lang::Zh,
            "中心成立,位于上海(徐汇区).他说\"你好\"。",
            "中心成立，位于上海（徐汇区）。他说“你好”。",
        ),
        (
            Lang::En,
            "The center's \"biobank\" ('SERCB')",
            "The center’s “biobank” (‘SERCB’)",
        ),
        (Lang::Fr, "l'e\u{301}thique", "l’éthique"),
        (
            Lang::En,
            "  Trailing and leading\u{A0}",
            "Trailing and leading",
        ),
        (
            Lang::Zh,
            "Cris® 一体化方案（SECCR），1.6万",
            "Cris® 一体化方案（SECCR），1.6万",
        ),
    ];
    for (lang, text, right) in cases {
        let spelling = typography::Spelling::default();
        let refused = typography::problems(text, lang, &spelling);
        assert!(
            refused
                .iter()
                .all(|m| m.ends_with("`make fix-content` sets this right")),
            "{refused:?}"
        );
        assert_eq!(refused.is_empty(), text == right, "{text}: {refused:?}");
        assert_eq!(fix_text(text, lang), right);
        assert_eq!(
            typography::problems(right, lang, &spelling),
            Vec::<String>::new()
        );
    }
}

/// A content tree of this test's own, removed on drop.
struct Tree(tempfile::TempDir);

impl Tree {
    fn new() -> Tree {
        let root = tempfile::tempdir().unwrap();
        std::fs::create_dir_all(root.path().join("content")).unwrap();
        Tree(root)
    }

    fn write(&self, file: &str, text: &str) {
        let path = self.0.path().join("content").join(file);
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(path, text).unwrap();
    }

    fn read(&self, file: &str) -> String {
        std::fs::read_to_string(self.0.path().join("content").join(file)).unwrap()
    }

    /// The check's problems of the files under `content/news/`.
    fn news_problems(&self) -> Vec<String> {
        check_content(
            &self.0.path().join("content"),
            self.0.path(),
            &Rules::from_lists("", ""),
        )
        .iter()
        .filter(|p| p.file.starts_with("content/news/"))
        .map(ToString::to_string)
        .collect()
    }
}

#[test]
fn fix_content_rewrites_the_files_the_check_refuses_then_the_check_accepts_them() {
    let tree = Tree::new();
    tree.write(
        "news/an-item/zh.json",
        "{\n  \"date\": \"2020-01-02\",\n  \"title\": \"中心成立(上海)\",\n  \"summary\": \"中心成立。\",\n  \"body\": [\"第一段,第二句.\"]\n}\n",
    );
    tree.write(
        "news/an-item/fr.json",
        "{\n  \"date\": \"2020-01-02\",\n  \"title\": \"Le centre est fondé !\",\n  \"summary\": \" L'annonce\",\n  \"body\": [\"Une phrase : la voici.\"],\n  \"translated_from\": { \"lang\": \"zh\", \"version\": \"0123456789\" }\n}\n",
    );
    tree.write("news/broken/en.json", "{ \"title\": ");
    let untouched = "{\n  \"date\": \"2020-01-02\",\n  \"title\": \"Fine\",\n  \"summary\": \"Fine.\",\n  \"body\": [\"Fine.\"],\n  \"translated_from\": { \"lang\": \"zh\", \"version\": \"0123456789\" }\n}\n";
    tree.write("news/an-item/en.json", untouched);
    assert_eq!(
        tree.news_problems()
            .iter()
            .filter(|p| p.ends_with("sets this right"))
            .count(),
        8
    );

    let fixes = fix_content(&tree.0.path().join("content"), tree.0.path()).unwrap();
    let shown: Vec<String> = fixes
        .iter()
        .flat_map(|fix| match fix {
            FileFix::Fixed { file, changes } => {
                changes.iter().map(|c| format!("{file}: {c}")).collect()
            }
            FileFix::Unreadable { file } => vec![format!("{file}: unreadable")],
        })
        .collect();
    assert_eq!(
        shown,
        [
            "content/news/an-item/zh.json: title: `中心成立(上海)` → `中心成立（上海)`",
            "content/news/an-item/zh.json: title: `中心成立(上海)` → `中心成立(上海）`",
            "content/news/an-item/zh.json: body[0]: `第一段,第二句.` → `第一段，第二句.`",
            "content/news/an-item/zh.json: body[0]: `第一段,第二句.` → `第一段,第二句。`",
            "content/news/an-item/fr.json: title: `…re est fondé !` → `…re est fondé\\u202f!`",
            "content/news/an-item/fr.json: summary: ` L'annonce` → `L'annonce`",
            "content/news/an-item/fr.json: summary: ` L'annonce` → ` L’annonce`",
            "content/news/an-item/fr.json: body[0]: `Une phrase : la voici.` → `Une phrase\\u00a0: la voici.`",
            "content/news/broken/en.json: unreadable",
        ]
    );
    assert_eq!(tree.read("news/an-item/en.json"), untouched);
    assert_eq!(
        tree.read("news/an-item/zh.json"),
        "{\n  \"date\": \"2020-01-02\",\n  \"title\": \"中心成立（上海）\",\n  \"summary\": \"中心成立。\",\n  \"body\": [\"第一段，第二句。\"]\n}\n"
    );
    assert!(
        tree.news_problems()
            .iter()
            .all(|p| !p.ends_with("sets this right")),
        "{:?}",
        tree.news_problems()
    );
    let again = fix_content(&tree.0.path().join("content"), tree.0.path()).unwrap();
    assert!(
        matches!(&again[..], [FileFix::Unreadable { .. }]),
        "{again:?}"
    );
}

/// Quotes as writers type them: both `"` of a Chinese pair converted even
/// when one stands by Latin letters, and `'` for letters left out (`'90s`,
/// `'n'`) written as the apostrophe, nested quotes opened right.
#[test]
fn quote_pairs_and_elisions_are_set_right() {
    let cases = [
        (Lang::Zh, "他说\"Hello world\"", "他说“Hello world”"),
        (Lang::Zh, "\"Hello\" 他说。\"OK\"", "“Hello” 他说。“OK”"),
        (Lang::Zh, "\"Cris\" v2, \"SECCR\"", "\"Cris\" v2, \"SECCR\""),
        (
            Lang::En,
            "It's the '90s: rock 'n' roll, \"'Yes,' she said\"",
            "It’s the ’90s: rock ’n’ roll, “‘Yes,’ she said”",
        ),
    ];
    let spelling = typography::Spelling::default();
    for (lang, text, right) in cases {
        assert_eq!(fix_text(text, lang), right, "{text}");
        assert_eq!(
            typography::problems(right, lang, &spelling),
            Vec::<String>::new()
        );
    }
}

/// A `.` inside a web or e-mail address in Chinese text is not a full stop: the fixer
/// leaves it, so the address stays one the check refuses.
#[test]
fn a_web_address_in_chinese_text_is_not_rewritten_into_one_the_check_accepts() {
    let tree = Tree::new();
    let file = "{\n  \"date\": \"2020-01-02\",\n  \"title\": \"中心成立\",\n  \"summary\": \"中心成立。\",\n  \"body\": [\"详见例子.com网站\", \"或 www.例子.cn\", \"邮箱 a@例子.com\"]\n}\n";
    tree.write("news/an-item/zh.json", file);
    let addresses = |problems: Vec<String>| {
        problems
            .iter()
            .filter(|p| p.ends_with("links belong in a typed link field (`href`)"))
            .count()
    };
    assert_eq!(
        addresses(tree.news_problems()),
        3,
        "{:?}",
        tree.news_problems()
    );
    assert!(fix_content(&tree.0.path().join("content"), tree.0.path())
        .unwrap()
        .is_empty());
    assert_eq!(tree.read("news/an-item/zh.json"), file);
    assert_eq!(addresses(tree.news_problems()), 3);
}
