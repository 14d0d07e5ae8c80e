use std::path::Path;

use super::*;
use crate::content::news::ARCHIVE_PAGE_SIZE;
use crate::content::tests::{copy_dir, fixture_dir};
use crate::routes::news_item_href;

/// The loader's cache is per thread, and tests run on several: each test
/// preloads the content under test (`CONTENT_DIR`, else the shipped one) on
/// its own thread.
fn shipped_content() -> ServedContent {
    preload_content(&crate::content::served::content_dir()).unwrap()
}

/// The committed fixture tree, preloaded on this thread: content made for
/// tests that need particular content (an item in one language, in two).
fn fixture_content() -> ServedContent {
    preload_content(&fixture_dir()).unwrap()
}

const TEMPLATE: &str = "<!doctype html>\n<html lang=\"en\">\n  <head>\n    <meta charset=\"utf-8\" />\n    \
     <title>Shell title</title>\n<script type=\"module\">\nimport init, * as bindings from '/app-1a2b.js';\n\
     const wasm = await init({ module_or_path: '/app-1a2b_bg.wasm' });\n</script>\n  \
     <link rel=\"modulepreload\" href=\"/app-1a2b.js\"><link rel=\"preload\" href=\"/app-1a2b_bg.wasm\" as=\"fetch\" \
     type=\"application/wasm\"></head>\n  <body></body>\n</html>\n";

#[test]
fn every_page_of_every_language_has_a_file() {
    let archive = shipped_content().archive;
    let files: Vec<String> = targets(&archive).into_iter().map(|t| t.file).collect();
    let items = archive.items.len();
    let more_archive_pages = archive.page_count() as usize - 1;
    // `/`, the sections, the archive's further pages, the news items, search
    // and a 404 per language, the x-default 404.
    assert_eq!(
        files.len(),
        1 + Lang::ALL.len() * (Page::ALL.len() + more_archive_pages + items + 2) + 1
    );
    let unique: std::collections::BTreeSet<&String> = files.iter().collect();
    assert_eq!(unique.len(), files.len(), "no file is written twice");
    for expected in [
        "index.html",
        "zh/index.html",
        "en/volunteers/index.html",
        "fr/social-commitment/index.html",
        "zh/news/index.html",
        "en/contact/index.html",
        "fr/404.html",
        "zh/search/index.html",
        "404.html",
    ] {
        assert!(
            files.iter().any(|f| f == expected),
            "{expected} missing from {files:?}"
        );
    }
    for item in &archive.items {
        for lang in Lang::ALL {
            let file = format!("{}/news/{}/index.html", lang.code(), item.slug);
            assert!(files.contains(&file), "{file}");
        }
    }
}

#[test]
fn a_page_is_rendered_with_its_content_head_and_language() {
    let content = shipped_content();
    let site_name = content.langs[2].site.name.clone();
    let content = content.files;
    let page = render("/fr/volunteers");
    let volunteers: serde_json::Value = serde_json::from_str(
        &content
            .iter()
            .find(|(url, _)| url == "/content/fr/volunteers.json")
            .unwrap()
            .1,
    )
    .unwrap();
    let heading = volunteers["heading"].as_str().unwrap();
    assert!(
        page.body.contains(&format!("<h1>{heading}</h1>")),
        "{}",
        page.body
    );
    assert!(page.body.contains("<header") && page.body.contains("<footer"));
    // The switcher's links lead to the other prerendered pages.
    assert!(page.body.contains("href=\"/zh/volunteers\""));
    assert_eq!(page.html_attributes, [("lang".to_owned(), "fr".to_owned())]);
    assert_eq!(
        page.title,
        format!(
            "{} · {}",
            volunteers["meta"]["title"].as_str().unwrap(),
            html_text(&site_name)
        )
    );
    assert!(page.head.contains("rel=\"canonical\""));
    assert!(page.head.contains("hreflang=\"x-default\""));
    assert!(page
        .head
        .contains("<link rel=\"manifest\" href=\"/manifest.json\">"));
    assert_eq!(page.head.matches("name=\"description\"").count(), 1);
    assert_eq!(
        page.content_urls,
        ["/content/fr/site.json", "/content/fr/volunteers.json"]
    );
}

#[test]
fn a_page_is_not_painted_before_its_header_is_whole() {
    let content = shipped_content().files;
    let html = document(TEMPLATE, &render("/en/contact"), &content).unwrap();
    let (head, body) = html.split_once("</head>").unwrap();
    assert!(head.contains("<link rel=\"expect\" href=\"#main\" blocking=\"render\">"));
    let header_end = body.find("</header>").unwrap();
    let main_start = body.find("<main id=\"main\"").unwrap();
    assert!(header_end < main_start);
}

#[test]
fn a_404_page_is_in_its_language_and_not_indexed() {
    shipped_content();
    let page = render("/zh/404");
    assert_eq!(
        page.html_attributes,
        [("lang".to_owned(), "zh-CN".to_owned())]
    );
    assert!(page.head.contains("noindex"));
    assert!(!page.head.contains("rel=\"canonical\""));
    // It tells the app that the item its URL names is missing; no other page does.
    assert!(page.not_found);
    assert!(document(TEMPLATE, &page, &[])
        .unwrap()
        .contains("id=\"prerendered-content\" data-not-found>"));
    assert!(!render("/zh/news").not_found);
}

#[test]
fn the_document_is_the_template_with_the_page_filled_in() {
    let page = Rendered {
        html_attributes: vec![("lang".to_owned(), "fr".to_owned())],
        title: "Bénévoles · CRC".to_owned(),
        head: "<meta name=\"description\" content=\"d\">".to_owned(),
        body: "<header>h</header><main><h1>Bénévoles</h1></main>".to_owned(),
        content_urls: vec!["/content/fr/site.json".to_owned()],
        not_found: false,
    };
    let content = [
        (
            "/content/fr/site.json".to_owned(),
            r#"{"name":"a </script><script>alert(1)</script>"}"#.to_owned(),
        ),
        ("/content/fr/home.json".to_owned(), "{}".to_owned()),
    ];
    let html = document(TEMPLATE, &page, &content).unwrap();
    assert!(html.starts_with("<!doctype html>\n<html lang=\"fr\">\n  <head>"));
    assert!(html.contains("<title>Bénévoles · CRC</title>") && !html.contains("Shell title"));
    // Trunk's loader and preloads give way to the one that waits for the paint.
    assert!(html.contains("import('/app-1a2b.js')") && !html.contains("import init"));
    assert!(!html.contains("preload\" href"));
    assert!(html.contains(
        "<!--prerendered-head--><meta name=\"description\" content=\"d\"><!--/prerendered-head--></head>"
    ));
    assert!(html.contains(
        "<body><header>h</header><main><h1>Bénévoles</h1></main><script type=\"application/json\""
    ));
    // Only the files the page read; no `<` that could close the script early.
    let embedded = html
        .split("id=\"prerendered-content\">")
        .nth(1)
        .unwrap()
        .split("</script>")
        .next()
        .unwrap();
    assert_eq!(
        serde_json::from_str::<serde_json::Value>(embedded).unwrap(),
        serde_json::json!({"/content/fr/site.json": {"name": "a </script><script>alert(1)</script>"}})
    );
    assert!(!embedded.contains('<'));
}

#[test]
fn a_page_without_a_title_keeps_the_template_s() {
    let page = Rendered {
        html_attributes: vec![("lang".to_owned(), "en".to_owned())],
        title: String::new(),
        head: String::new(),
        body: String::new(),
        content_urls: vec![],
        not_found: false,
    };
    let html = document(TEMPLATE, &page, &[]).unwrap();
    assert!(html.contains("<title>Shell title</title>"));
}

#[test]
fn a_prerendered_file_is_not_a_template() {
    let page = Rendered {
        html_attributes: vec![],
        title: String::new(),
        head: String::new(),
        body: "<main></main>".to_owned(),
        content_urls: vec![],
        not_found: false,
    };
    let once = document(TEMPLATE, &page, &[]).unwrap();
    let error = document(&once, &page, &[]).unwrap_err();
    assert!(error.contains("prerendered already"), "{error}");
}

/// A scratch content folder: the fixture tree with synthetic press releases
/// added up to `count`; removed on drop.
struct ScratchContent(tempfile::TempDir);

impl ScratchContent {
    fn with_archive_of(count: usize) -> Self {
        let scratch = tempfile::tempdir().unwrap();
        let dir = scratch.path();
        copy_dir(&fixture_dir(), dir);
        let fixture_items = crate::content::archive::NewsArchive::read(dir)
            .unwrap()
            .items
            .len();
        let synthetic =
            crate::content::archive::synthetic::synthetic_archive(count - fixture_items);
        crate::content::archive::synthetic::write_sources(dir, &synthetic).unwrap();
        ScratchContent(scratch)
    }
}

/// The bytes of content a page embeds.
fn embedded_bytes(content: &ServedContent, path: &str) -> usize {
    render(path)
        .content_urls
        .iter()
        .map(|url| {
            content
                .files
                .iter()
                .find(|(u, _)| u == url)
                .map_or(0, |(_, json)| json.len())
        })
        .sum()
}

#[test]
fn what_a_page_embeds_does_not_grow_with_the_archive() {
    // Pages that exist at both sizes: home, the list's first and second
    // pages, an item (in French only in Chinese: synthetic item 4) and a section.
    let paths = [
        "/en/",
        "/en/news",
        "/zh/news/page/2",
        "/fr/news/synthetic-item-00004",
        "/fr/volunteers",
    ];
    let measure = |count: usize| -> Vec<usize> {
        let scratch = ScratchContent::with_archive_of(count);
        let content = preload_content(scratch.0.path()).unwrap();
        assert_eq!(content.archive.items.len(), count);
        paths
            .iter()
            .map(|path| embedded_bytes(&content, path))
            .collect()
    };
    let (small, large) = (measure(50), measure(500));
    for ((path, small), large) in paths.iter().zip(&small).zip(&large) {
        assert!(*small > 0, "{path} embeds its content");
        // The page count may gain a digit; nothing else may grow.
        assert!(
            large.abs_diff(*small) <= 8,
            "{path}: embeds {small} bytes with 50 items, {large} with 500"
        );
    }
}

/// Every press release of `content` (preloaded on this thread) at its URL in
/// every language: its heading, date and every paragraph, in its own
/// language or, untranslated, in the one it is shown in, marked as such with
/// a notice; its neighbours in archive order; a head naming its versions.
fn assert_every_press_release_renders(content: &ServedContent) {
    let archive = &content.archive;
    for lang in Lang::ALL {
        for (index, item) in archive.items.iter().enumerate() {
            let (shown, source) = item.shown_in(lang);
            let page = render(&news_item_href(lang, &item.slug));
            let main = page.body.split("<main").nth(1).unwrap();
            let at = format!("{lang} {}", item.slug);
            assert!(
                main.contains(&format!("<h1>{}</h1>", html_text(&source.title))),
                "{at}"
            );
            assert!(main.contains(&source.date.format(lang)), "{at}");
            for paragraph in &source.body {
                assert!(
                    main.contains(&format!("<p>{}</p>", html_text(paragraph))),
                    "{at}: {paragraph}"
                );
            }
            // The item itself (its neighbours follow, in a <nav>).
            let own = main.split("<nav").next().unwrap();
            if shown == lang {
                assert!(!own.contains(" lang="), "{at}: nothing in another language");
                assert!(!main.contains("role=\"note\""), "{at}");
            } else {
                assert!(
                    own.contains(&format!(" lang=\"{}\"", shown.bcp47())),
                    "{at}: marked as {shown}"
                );
                assert!(
                    main.contains("role=\"note\""),
                    "{at}: says it is not translated"
                );
            }
            // Its neighbours in date order, linked in this language, each
            // marked with the language its title is shown in.
            for neighbour in [index.checked_sub(1), Some(index + 1)]
                .into_iter()
                .flatten()
            {
                if let Some(other) = archive.items.get(neighbour) {
                    let href = format!("href=\"{}\"", news_item_href(lang, &other.slug));
                    let link = main
                        .split(&href)
                        .nth(1)
                        .unwrap_or_else(|| panic!("{at}: links to {}", other.slug));
                    let tag = link.split('>').next().unwrap();
                    let other_shown = other.shown_in(lang).0;
                    assert_eq!(
                        tag.contains(&format!(" lang=\"{}\"", other_shown.bcp47())),
                        other_shown != lang,
                        "{at}: the link to {} is in {other_shown}",
                        other.slug
                    );
                }
            }
            // Its head: canonical to the version shown, each version it has
            // as an alternate, and x-default.
            let canonical = crate::deploy::absolute_url(&news_item_href(shown, &item.slug));
            assert!(
                page.head
                    .contains(&format!("<link rel=\"canonical\" href=\"{canonical}\">")),
                "{at}"
            );
            assert_eq!(
                page.head.matches("hreflang=").count(),
                item.langs().len() + 1,
                "{at}"
            );
        }
    }
}

#[test]
fn every_press_release_renders_in_every_language_with_its_neighbours() {
    assert_every_press_release_renders(&shipped_content());
}

#[test]
fn an_untranslated_press_release_renders_in_a_language_it_has_with_a_notice() {
    let content = fixture_content();
    // The fixture has items in one and two languages among the others.
    for langs in [&[Lang::Zh][..], &[Lang::Zh, Lang::En]] {
        assert!(content.archive.items.iter().any(|i| i.langs() == langs));
    }
    assert_every_press_release_renders(&content);
}

/// Text as the renderer escapes it.
fn html_text(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
}

#[test]
fn archive_pages_link_to_each_other_and_have_titles_of_their_own() {
    let scratch = ScratchContent::with_archive_of(50);
    let content = preload_content(scratch.0.path()).unwrap();
    assert_eq!(content.archive.page_count(), 3);
    let labels = &content.langs[1].news.labels;
    let page = render("/en/news/page/2");
    let nav = page
        .body
        .split(&format!("aria-label=\"{}\"", labels.archive_navigation))
        .nth(1)
        .expect("the archive's page links")
        .split("</nav>")
        .next()
        .unwrap();
    for (href, rel) in [("/en/news", "prev"), ("/en/news/page/3", "next")] {
        assert!(
            nav.contains(&format!(
                "href=\"{}\" rel=\"{rel}\"",
                crate::deploy::site_path(href)
            )),
            "{nav}"
        );
    }
    assert!(nav.contains("aria-current=\"page\">2</a>"), "{nav}");
    assert!(
        page.title.contains(&labels.page_number(2, 3)),
        "{}",
        page.title
    );
    // Twenty items on a full page, each linking to its item page in English.
    assert_eq!(page.body.matches("<article").count(), ARCHIVE_PAGE_SIZE);
    // The last page exists, the one after does not.
    assert!(render("/en/news/page/3").body.contains("<article"));
    assert!(render("/en/news/page/4").head.contains("noindex"));
}

#[test]
fn the_page_list_goes_beside_the_output_folder_and_names_each_page() {
    use super::manifest::{manifest, manifest_entry, manifest_path};
    assert_eq!(
        manifest_path(Path::new("dist")),
        Path::new("dist.pages.json")
    );
    assert_eq!(
        manifest_path(Path::new("/w/target/dist-sub/")),
        Path::new("/w/target/dist-sub.pages.json")
    );
    let content = fixture_content();
    let entries: Vec<serde_json::Value> = targets(&content.archive)
        .iter()
        .map(|target| manifest_entry(target, &render(&target.url_path)))
        .collect();
    let list: serde_json::Value = serde_json::from_str(&manifest(entries)).unwrap();
    let list = list.as_array().unwrap();
    assert_eq!(list.len(), targets(&content.archive).len());
    // Every item in every language, as a news item with its slug.
    for item in &content.archive.items {
        for lang in Lang::ALL {
            let path = news_item_href(lang, &item.slug);
            let entry = list.iter().find(|e| e["path"] == path.as_str()).unwrap();
            assert_eq!(entry["kind"], "news-item");
            assert_eq!(entry["slug"], item.slug.as_str());
            assert_eq!(entry["lang"], lang.code());
            assert!(entry["content"]
                .as_array()
                .unwrap()
                .contains(&serde_json::json!(format!(
                    "/content/{}/site.json",
                    lang.code()
                ))));
        }
    }
    let kinds = |kind: &str| list.iter().filter(|e| e["kind"] == kind).count();
    // Every section's own page in every language, under the section's name.
    for page in Page::ALL {
        assert_eq!(kinds(page.name()), Lang::ALL.len(), "{page:?}");
        let own = list.iter().filter(|e| e["kind"] == page.name());
        assert!(own.into_iter().all(|e| e["section"] == page.name()));
    }
    assert_eq!(kinds("not-found"), Lang::ALL.len() + 1);
    assert_eq!(kinds("choose-language"), 1);
}
