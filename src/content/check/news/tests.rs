//! The refusal of a translation still holding its original's text, on
//! press releases written here.

use super::*;

/// A news folder of this test's own, removed on drop.
struct News(tempfile::TempDir);

impl News {
    fn new() -> News {
        let root = tempfile::tempdir().unwrap();
        News(root)
    }

    fn write(&self, lang: &str, title: &str, summary: &str, body: &[&str], from: Option<&str>) {
        let dir = self.0.path().join("content/news/an-item");
        std::fs::create_dir_all(&dir).unwrap();
        let from = from.map_or(String::new(), |lang| {
            format!(r#", "translated_from": {{ "lang": "{lang}", "version": "0123456789" }}"#)
        });
        let text = format!(
            r#"{{ "date": "2020-01-02", "title": {}, "summary": {}, "body": {}{from} }}"#,
            serde_json::to_string(title).unwrap(),
            serde_json::to_string(summary).unwrap(),
            serde_json::to_string(body).unwrap(),
        );
        std::fs::write(dir.join(format!("{lang}.json")), text).unwrap();
    }

    fn problems(&self) -> Vec<String> {
        let mut problems = Vec::new();
        check_news_sources(
            &self.0.path().join("content"),
            self.0.path(),
            &Rules::from_lists("", ""),
            &mut problems,
            &mut Vec::new(),
        );
        problems.iter().map(ToString::to_string).collect()
    }
}

#[test]
fn a_translation_still_holding_its_original_s_text_is_refused_field_by_field() {
    let news = News::new();
    news.write(
        "en",
        "The original title",
        "The original summary.",
        &["First paragraph.", "Second paragraph.", "+86 21 3367 6666"],
        None,
    );
    // A title, a paragraph moved to another place, and one kept as it was;
    // a paragraph of digits alone reads the same in every language.
    news.write(
        "fr",
        "The original title",
        "Le résumé traduit.",
        &[
            "Second paragraph.",
            "Premier paragraphe.",
            "First paragraph.",
            "+86 21 3367 6666",
        ],
        Some("en"),
    );
    assert_eq!(
        news.problems(),
        [
            "content/news/an-item/fr.json: title: is still the original's text (en.json); translate it into French",
            "content/news/an-item/fr.json: body[0]: is still the original's text (en.json); translate it into French",
            "content/news/an-item/fr.json: body[2]: is still the original's text (en.json); translate it into French",
        ]
    );
}

#[test]
fn a_translated_file_and_the_original_itself_pass() {
    let news = News::new();
    news.write("zh", "中心成立", "中心成立。", &["第一段。"], None);
    news.write(
        "en",
        "Center founded",
        "Center founded.",
        &["First paragraph."],
        Some("zh"),
    );
    news.write(
        "fr",
        "Centre fondé",
        "Centre fondé.",
        &["Premier paragraphe."],
        Some("zh"),
    );
    assert_eq!(news.problems(), Vec::<String>::new());
}
