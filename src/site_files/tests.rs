use roxmltree::Document;

use super::*;

/// The content under test: `CONTENT_DIR`, else the shipped one.
fn shipped() -> ServedContent {
    ServedContent::read(&crate::content::served::content_dir()).expect("the content loads")
}

/// The committed fixture tree (`tests/fixtures/content`).
fn fixture() -> ServedContent {
    ServedContent::read(&crate::content::tests::fixture_dir()).expect("the fixture content loads")
}

/// The fixture content with one more item, newest, in Chinese only.
fn with_a_chinese_only_item() -> ServedContent {
    let mut content = fixture();
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
    let archive = &content.archive;
    let more_archive_pages = archive.page_count() as usize - 1;
    // Every section and archive page in every language; an item in each
    // language it exists in.
    let versions: usize = archive.items.iter().map(|i| i.langs().len()).sum();
    assert_eq!(
        urls.len(),
        Lang::ALL.len() * (Page::ALL.len() + more_archive_pages) + versions
    );

    let locs: Vec<&str> = urls
        .iter()
        .map(|url| {
            url.children()
                .find(|n| n.has_tag_name("loc"))
                .and_then(|n| n.text())
                .expect("every url has a loc")
        })
        .collect();
    let unique: std::collections::BTreeSet<&&str> = locs.iter().collect();
    assert_eq!(unique.len(), locs.len(), "no page is listed twice");
    let hreflangs = |langs: &[Lang]| -> Vec<String> {
        let mut tags: Vec<String> = langs.iter().map(|l| l.bcp47().to_owned()).collect();
        tags.push("x-default".to_owned());
        tags
    };
    let tags_of = |loc: &str| -> Vec<String> {
        let url = urls
            .iter()
            .zip(&locs)
            .find(|(_, l)| **l == loc)
            .unwrap_or_else(|| panic!("{loc} is not in the sitemap"))
            .0;
        url.children()
            .filter(|n| n.has_tag_name("link"))
            .filter_map(|n| n.attribute("hreflang"))
            .map(str::to_owned)
            .collect()
    };
    for lang in Lang::ALL {
        for page in Page::ALL {
            let loc = absolute_url(&page.href(lang));
            assert_eq!(tags_of(&loc), hreflangs(&Lang::ALL), "{loc}");
        }
        for item in &archive.items {
            let loc = absolute_url(&news_item_href(lang, &item.slug));
            if item.get(lang).is_some() {
                assert_eq!(tags_of(&loc), hreflangs(&item.langs()), "{loc}");
            } else {
                assert!(!locs.contains(&loc.as_str()), "{loc}: no such version");
            }
        }
    }
}

#[test]
fn the_sitemap_of_a_long_archive_lists_its_pages_and_its_one_language_items() {
    let mut content = fixture();
    let mut items = content.archive.items.clone();
    items.extend(crate::content::archive::synthetic::synthetic_archive(45));
    content.archive = crate::content::archive::NewsArchive::new(items);
    let xml = sitemap_xml(&content);
    assert!(xml.contains(&format!(
        "<loc>{}</loc>",
        absolute_url(&crate::routes::news_archive_href(Lang::Fr, 3))
    )));
    let doc = Document::parse(&xml).unwrap();
    let count = doc.descendants().filter(|n| n.has_tag_name("url")).count();
    let versions: usize = content.archive.items.iter().map(|i| i.langs().len()).sum();
    assert_eq!(count, Lang::ALL.len() * (Page::ALL.len() + 2) + versions);
    assert!(content.archive.items.iter().any(|i| i.langs().len() == 1));
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
        // Its newest items, newest first, each in the language it is shown in.
        let expected: Vec<&str> = shipped
            .archive
            .items
            .iter()
            .take(FEED_LENGTH)
            .map(|i| i.shown_in(content.lang).1.title.as_str())
            .collect();
        assert_eq!(titles, expected, "{} feed", content.lang);
        let updated = feed
            .children()
            .find(|n| n.has_tag_name((ATOM, "updated")))
            .and_then(|n| n.text());
        let newest = shipped.archive.items.first().map(|i| i.date());
        assert_eq!(
            updated.map(str::to_owned),
            newest.map(|d| format!("{d}T00:00:00+08:00"))
        );
    }
}

#[test]
fn a_feed_carries_only_the_newest_items() {
    let mut content = fixture();
    let mut items = content.archive.items.clone();
    items.extend(crate::content::archive::synthetic::synthetic_archive(
        FEED_LENGTH + 5,
    ));
    content.archive = crate::content::archive::NewsArchive::new(items);
    let xml = atom_feed(&content.langs[2], &content.archive);
    let doc = Document::parse(&xml).unwrap();
    let ids: Vec<&str> = doc
        .descendants()
        .filter(|n| n.has_tag_name((ATOM, "entry")))
        .filter_map(|e| e.children().find(|n| n.has_tag_name((ATOM, "id"))))
        .filter_map(|n| n.text())
        .collect();
    let expected: Vec<String> = content.archive.items[..FEED_LENGTH]
        .iter()
        .map(|i| absolute_url(&news_item_href(i.shown_in(Lang::Fr).0, &i.slug)))
        .collect();
    assert_eq!(ids, expected);
}

#[test]
fn text_with_markup_characters_stays_text_in_a_feed() {
    let mut content = fixture();
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
