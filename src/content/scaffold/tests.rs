//! The scaffolds on content trees written here: what they write, that the
//! check then says what is left to do, and what they refuse.

use std::path::PathBuf;

use super::*;
use crate::content::archive::NewsArchive;
use crate::content::check::check_content;
use crate::content::translation::translation_status;

/// A content tree of this test's own, removed on drop.
struct Tree(tempfile::TempDir);

impl Tree {
    fn new() -> Tree {
        let root = tempfile::tempdir().unwrap();
        std::fs::create_dir_all(root.path().join("content")).unwrap();
        Tree(root)
    }

    fn content(&self) -> PathBuf {
        self.0.path().join("content")
    }

    fn path(&self, file: &str) -> PathBuf {
        self.content().join(file)
    }

    fn read(&self, file: &str) -> String {
        std::fs::read_to_string(self.path(file)).unwrap()
    }

    fn write(&self, file: &str, text: &str) {
        std::fs::create_dir_all(self.path(file).parent().unwrap()).unwrap();
        std::fs::write(self.path(file), text).unwrap();
    }

    /// The check's problems of the press releases (the tree has no section files).
    fn news_problems(&self) -> Vec<String> {
        check_content(&self.content(), self.0.path(), &rules())
            .iter()
            .filter(|p| p.file.starts_with("content/news/"))
            .map(ToString::to_string)
            .collect()
    }
}

fn rules() -> Rules {
    Rules::from_lists("casino\n", "")
}

fn date() -> NewsDate {
    NewsDate::parse("2026-12-01").unwrap()
}

/// A Chinese original with its text written.
const ORIGINAL: &str = r#"{
  "date": "2026-12-01",
  "title": "生物样本库指南发布",
  "summary": "中心发布生物样本库指南。",
  "body": ["第一段。", "第二段。"]
}
"#;

#[test]
fn a_new_item_is_dated_with_empty_texts_that_the_check_names() {
    let tree = Tree::new();
    let path = new_item(&tree.content(), "new-guide", Lang::Zh, date()).unwrap();
    assert_eq!(path, tree.path("news/new-guide/zh.json"));
    assert_eq!(
        tree.read("news/new-guide/zh.json"),
        "{\n  \"date\": \"2026-12-01\",\n  \"title\": \"\",\n  \"summary\": \"\",\n  \"body\": [\n    \"\"\n  ]\n}\n"
    );
    assert_eq!(
        tree.news_problems(),
        [
            "content/news/new-guide/zh.json: body[0]: is empty",
            "content/news/new-guide/zh.json: summary: is empty",
            "content/news/new-guide/zh.json: title: is empty",
            "content/news/new-guide/zh.json: body: is empty: a press release needs its text",
        ]
    );
}

#[test]
fn a_new_item_refuses_an_item_that_exists_in_any_language() {
    let tree = Tree::new();
    tree.write("news/new-guide/en.json", "{}");
    let refused = new_item(&tree.content(), "new-guide", Lang::Zh, date()).unwrap_err();
    assert!(refused.ends_with("news/new-guide/en.json already exists: the press release `new-guide` has been started in another language; to add 简体中文, run `make translate SLUG=new-guide LANG=zh`"), "{refused}");
    assert!(!tree.path("news/new-guide/zh.json").exists());
    let refused = new_item(&tree.content(), "new-guide", Lang::En, date()).unwrap_err();
    assert!(refused.ends_with("news/new-guide/en.json already exists: edit it, or choose another slug for another press release"), "{refused}");
    assert_eq!(tree.read("news/new-guide/en.json"), "{}");
}

#[test]
fn a_slug_is_refused_unless_it_is_a_url_word_list_free_of_denied_terms() {
    let rules = rules();
    assert_eq!(
        parse_request("new-guide", "fr", &rules),
        Ok(("new-guide".to_owned(), Lang::Fr))
    );
    for slug in [
        "New Guide",
        "new--guide",
        "new_guide",
        "-new",
        "",
        "nouveau-guidé",
    ] {
        assert_eq!(
            parse_request(slug, "zh", &rules),
            Err(format!("`{slug}` cannot be a slug: write lowercase ASCII letters and digits, words joined by `-` (e.g. `new-biobank-guide`); it is the item's address, /en/news/{{slug}}"))
        );
    }
    assert_eq!(
        parse_request("page", "zh", &rules),
        Err("`page` names the archive's pages (/en/news/page/2); choose another slug".to_owned())
    );
    assert_eq!(
        parse_request("best-casino-guide", "zh", &rules),
        Err("`best-casino-guide` contains the denied term `casino` (see checks/spam-deny-list.txt); choose another slug".to_owned())
    );
    assert_eq!(
        parse_request("new-guide", "de", &rules),
        Err("`de` is not a language of the site: write LANG=zh, LANG=en or LANG=fr".to_owned())
    );
}

#[test]
fn a_translation_records_the_current_original_and_is_refused_until_translated() {
    let tree = Tree::new();
    tree.write("news/new-guide/zh.json", ORIGINAL);
    let original: NewsSource = serde_json::from_str(ORIGINAL).unwrap();
    let written = new_translation(&tree.content(), "new-guide", Lang::En).unwrap();
    assert_eq!(written.path, tree.path("news/new-guide/en.json"));
    assert_eq!((written.original, written.paragraphs), (Lang::Zh, 2));
    assert_eq!(written.version, version_of(&original));
    let translation: NewsSource =
        serde_json::from_str(&tree.read("news/new-guide/en.json")).unwrap();
    assert_eq!(
        translation,
        NewsSource {
            translated_from: Some(TranslatedFrom {
                lang: Lang::Zh,
                version: version_of(&original),
            }),
            ..original.clone()
        }
    );
    // Not translated yet: listed as such, not missing or outdated.
    let untranslated = "is still the original's text (zh.json); translate it into English";
    assert_eq!(
        tree.news_problems(),
        [
            "content/news/new-guide/en.json: title: is a title in a English file but contains Chinese characters".to_owned(),
            format!("content/news/new-guide/en.json: title: {untranslated}"),
            format!("content/news/new-guide/en.json: summary: {untranslated}"),
            format!("content/news/new-guide/en.json: body[0]: {untranslated}"),
            format!("content/news/new-guide/en.json: body[1]: {untranslated}"),
        ]
    );
    // Translated: the check accepts it and the status has nothing to do in English.
    let text = tree
        .read("news/new-guide/en.json")
        .replace("生物样本库指南发布", "Biobank guide published")
        .replace(
            "中心发布生物样本库指南。",
            "The center publishes a biobank guide.",
        )
        .replace("第一段。", "First paragraph.")
        .replace("第二段。", "Second paragraph.");
    tree.write("news/new-guide/en.json", &text);
    assert_eq!(tree.news_problems(), Vec::<String>::new());
    let status = translation_status(&NewsArchive::read(&tree.content()).unwrap());
    assert_eq!((status[1].missing.len(), status[1].outdated.len()), (0, 0));
    assert_eq!(status[2].missing.len(), 1);
}

#[test]
fn a_translation_is_refused_for_an_existing_file_a_missing_item_or_an_empty_original() {
    let tree = Tree::new();
    let refused = new_translation(&tree.content(), "no-such-item", Lang::En).unwrap_err();
    assert!(
        refused.starts_with("there is no press release `no-such-item` ("),
        "{refused}"
    );
    assert!(
        refused.ends_with(
            "has no language file); start it with `make news-item SLUG=no-such-item LANG=…`"
        ),
        "{refused}"
    );

    tree.write("news/new-guide/zh.json", ORIGINAL);
    tree.write("news/new-guide/en.json", "kept");
    let refused = new_translation(&tree.content(), "new-guide", Lang::En).unwrap_err();
    assert!(refused.ends_with("news/new-guide/en.json already exists: edit it (`make translation-status` says whether it is outdated)"), "{refused}");
    assert_eq!(tree.read("news/new-guide/en.json"), "kept");

    new_item(&tree.content(), "empty-item", Lang::Fr, date()).unwrap();
    let refused = new_translation(&tree.content(), "empty-item", Lang::En).unwrap_err();
    assert!(
        refused.ends_with(
            "empty-item/fr.json, has no text yet: write its title, summary and body first"
        ),
        "{refused}"
    );
    assert!(!tree.path("news/empty-item/en.json").exists());
}

#[test]
fn today_is_read_on_the_calendar() {
    let day = |days| date_of_day(days).to_string();
    assert_eq!(day(0), "1970-01-01");
    assert_eq!(day(19_782), "2024-02-29");
    assert_eq!(day(20_818), "2026-12-31");
    assert!(NewsDate::parse(&today_in_shanghai().to_string()).is_ok());
}
