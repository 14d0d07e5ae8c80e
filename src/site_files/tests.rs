use std::path::Path;

use roxmltree::Document;

use super::*;

fn shipped() -> ServedContent {
    ServedContent::read(&Path::new(env!("CARGO_MANIFEST_DIR")).join("public/content"))
        .expect("the shipped content loads")
}

/// The shipped content with one more item, in Chinese only.
fn with_a_chinese_only_item() -> ServedContent {
    let mut content = shipped();
    let mut item = content.archive.items[0].clone();
    item.slug = "chinese-only".to_owned();
    item.versions.retain(|(lang, _)| *lang == Lang::Zh);
    content.archive.items.insert(0, item);
    content
}

const ATOM: &str = "http://www.w3.org/2005/Atom";

#[test]
fn the_sitemap_lists_every_page_of_every_language_with_its_versions() {
    let content = shipped();
    let xml = sitemap_xml(&content);
    let doc = Document::parse(&xml).expect("sitemap.xml is well-formed XML");
    let urls: Vec<_> = doc
        .descendants()
        .filter(|n| n.has_tag_name("url"))
        .collect();
    let news_count = content.archive.items.len();
    assert_eq!(urls.len(), Lang::ALL.len() * (Page::ALL.len() + news_count));

    let locs: Vec<&str> = urls
        .iter()
        .map(|url| {
            url.children()
                .find(|n| n.has_tag_name("loc"))
                .and_then(|n| n.text())
                .expect("every url has a loc")
        })
        .collect();
    for lang in Lang::ALL {
        assert!(locs.contains(&absolute_url(&Page::Contact.href(lang)).as_str()));
        for item in &content.archive.items {
            assert!(locs.contains(&absolute_url(&news_item_href(lang, &item.slug)).as_str()));
        }
    }
    for url in &urls {
        let tags: Vec<&str> = url
            .children()
            .filter(|n| n.has_tag_name("link"))
            .filter_map(|n| n.attribute("hreflang"))
            .collect();
        assert_eq!(tags, ["zh-CN", "en", "fr", "x-default"]);
    }
}

#[test]
fn an_item_in_one_language_is_listed_once_with_its_one_version() {
    let xml = sitemap_xml(&with_a_chinese_only_item());
    let doc = Document::parse(&xml).unwrap();
    let urls: Vec<_> = doc
        .descendants()
        .filter(|n| n.has_tag_name("url"))
        .filter(|url| {
            url.children()
                .any(|n| n.text().is_some_and(|t| t.ends_with("/news/chinese-only")))
        })
        .collect();
    assert_eq!(urls.len(), 1);
    let versions: Vec<(&str, &str)> = urls[0]
        .children()
        .filter(|n| n.has_tag_name("link"))
        .map(|n| {
            (
                n.attribute("hreflang").unwrap(),
                n.attribute("href").unwrap(),
            )
        })
        .collect();
    let zh = absolute_url(&news_item_href(Lang::Zh, "chinese-only"));
    assert_eq!(
        versions,
        [("zh-CN", zh.as_str()), ("x-default", zh.as_str())]
    );
}

#[test]
fn a_feed_carries_an_untranslated_item_in_its_own_language() {
    let content = with_a_chinese_only_item();
    let xml = atom_feed(&content.langs[1], &content.archive);
    let doc = Document::parse(&xml).unwrap();
    let entry = doc
        .descendants()
        .find(|n| n.has_tag_name((ATOM, "entry")))
        .unwrap();
    assert_eq!(
        entry.attribute(("http://www.w3.org/XML/1998/namespace", "lang")),
        Some("zh-CN")
    );
    let link = entry
        .children()
        .find(|n| n.has_tag_name((ATOM, "link")))
        .unwrap();
    assert_eq!(
        link.attribute("href"),
        Some(absolute_url(&news_item_href(Lang::Zh, "chinese-only")).as_str())
    );
}

#[test]
fn each_language_has_a_feed_of_its_own_news() {
    let shipped = shipped();
    for content in &shipped.langs {
        let xml = atom_feed(content, &shipped.archive);
        let doc = Document::parse(&xml).expect("the feed is well-formed XML");
        let feed = doc.root_element();
        assert_eq!(feed.tag_name().namespace(), Some(ATOM));
        assert_eq!(
            feed.attribute(("http://www.w3.org/XML/1998/namespace", "lang")),
            Some(content.lang.bcp47())
        );
        let titles: Vec<&str> = feed
            .children()
            .filter(|n| n.has_tag_name((ATOM, "entry")))
            .map(|entry| {
                entry
                    .children()
                    .find(|n| n.has_tag_name((ATOM, "title")))
                    .and_then(|n| n.text())
                    .expect("every entry has a title")
            })
            .collect();
        let expected: Vec<&str> = shipped
            .archive
            .items
            .iter()
            .map(|i| i.get(content.lang).unwrap().title.as_str())
            .collect();
        assert_eq!(titles, expected, "{} feed", content.lang);
        let updated = feed
            .children()
            .find(|n| n.has_tag_name((ATOM, "updated")))
            .and_then(|n| n.text())
            .expect("the feed has an updated date");
        let newest = shipped.archive.items[0].date();
        assert_eq!(updated, format!("{newest}T00:00:00+08:00"));
    }
}

#[test]
fn text_with_markup_characters_stays_text_in_a_feed() {
    let mut content = shipped();
    content.archive.items[0].versions[0].1.title = "Ethics & <b>review</b> \"day\"".to_owned();
    let xml = atom_feed(&content.langs[0], &content.archive);
    let doc = Document::parse(&xml).expect("escaped text keeps the feed well-formed");
    let title = doc
        .descendants()
        .filter(|n| n.has_tag_name((ATOM, "entry")))
        .flat_map(|entry| entry.children())
        .find(|n| n.has_tag_name((ATOM, "title")))
        .and_then(|n| n.text());
    assert_eq!(title, Some("Ethics & <b>review</b> \"day\""));
    assert!(!doc.descendants().any(|n| n.has_tag_name("b")));
}

#[test]
fn robots_txt_allows_crawling_and_names_the_sitemap() {
    let robots = robots_txt();
    assert!(robots.starts_with("User-agent: *\nAllow: /\n"));
    assert!(robots.contains(&format!(
        "\nSitemap: {}\n",
        absolute_url(&site_path("/sitemap.xml"))
    )));
}

#[test]
fn the_manifest_names_the_center_and_resolves_under_any_base() {
    let content = shipped();
    let en = content.langs.iter().find(|c| c.lang == Lang::En).unwrap();
    let manifest: serde_json::Value = serde_json::from_str(&web_manifest(&en.site)).unwrap();
    assert_eq!(manifest["name"], en.site.name.as_str());
    assert_eq!(manifest["short_name"], en.site.short_name.as_str());
    assert_eq!(manifest["start_url"], "./");
    assert_eq!(manifest["icons"][0]["src"], "favicon.svg");
}

#[test]
fn every_file_lands_inside_dist() {
    let files = site_files(&shipped());
    let paths: Vec<&str> = files.iter().map(|(path, _)| path.as_str()).collect();
    assert_eq!(
        paths,
        [
            "robots.txt",
            "sitemap.xml",
            "feeds/zh.atom",
            "feeds/en.atom",
            "feeds/fr.atom",
            "manifest.json"
        ]
    );
}
