use std::path::Path;

use roxmltree::Document;

use super::*;

fn shipped() -> Vec<LangContent> {
    load(&Path::new(env!("CARGO_MANIFEST_DIR")).join("public/content"))
        .expect("the shipped content loads")
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
    let news_count = content[0].news.items.len();
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
        for item in &content[0].news.items {
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
fn each_language_has_a_feed_of_its_own_news() {
    for content in shipped() {
        let xml = atom_feed(&content);
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
        let expected: Vec<&str> = content
            .news
            .items
            .iter()
            .map(|i| i.title.as_str())
            .collect();
        assert_eq!(titles, expected, "{} feed", content.lang);
        let updated = feed
            .children()
            .find(|n| n.has_tag_name((ATOM, "updated")))
            .and_then(|n| n.text())
            .expect("the feed has an updated date");
        let newest = content.news.items.iter().map(|i| i.date).max().unwrap();
        assert_eq!(updated, format!("{newest}T00:00:00+08:00"));
    }
}

#[test]
fn text_with_markup_characters_stays_text_in_a_feed() {
    let mut content = shipped().remove(0);
    content.news.items[0].title = "Ethics & <b>review</b> \"day\"".to_owned();
    let xml = atom_feed(&content);
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
    let en = content.iter().find(|c| c.lang == Lang::En).unwrap();
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
