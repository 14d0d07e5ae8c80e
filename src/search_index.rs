//! The search index of each language, built with Pagefind from the same
//! content the pages show: one record per section page and per press release
//! in the languages it exists in, with its title, its section and, for news,
//! its date. Each language is a bundle of its own (`/pagefind/{lang}/`), so
//! each is searched with its own word rules (Chinese segmented, English and
//! French stemmed, accents folded) and a visitor downloads only theirs, and
//! only when they search. Host only.

use std::collections::BTreeMap;
use std::path::Path;

use pagefind::api::PagefindIndex;
use pagefind::options::PagefindServiceConfig;

use crate::content::archive::NewsArchive;
use crate::content::served::{LangContent, ServedContent};
use crate::content::NewsDate;
use crate::lang::Lang;
use crate::output::DistWriter;
use crate::pages::section::{Section, SectionVisitor};
use crate::routes::{news_item_href, Page};
use crate::search::fold_width;

/// One page as the index holds it.
#[derive(Clone, Debug, PartialEq)]
pub struct SearchRecord {
    /// The page's path, base included.
    pub url: String,
    pub title: String,
    pub section: String,
    /// A press release's date.
    pub date: Option<NewsDate>,
    /// Every text of the page below its title, one paragraph a line.
    pub text: String,
}

/// The records of one language: its section pages (what each section's
/// [`Section::search_text`] gives) and the press releases that exist in it.
pub fn records(content: &LangContent, archive: &NewsArchive) -> Result<Vec<SearchRecord>, String> {
    let lang = content.lang;
    let site = &content.site;
    let mut records = Vec::new();
    for page in Page::ALL {
        records.extend(page.visit(SectionRecord { content, page })?);
    }
    records.extend(archive.items.iter().filter_map(|item| {
        let source = item.get(lang)?;
        let mut texts = vec![source.summary.as_str()];
        texts.extend(source.body.iter().map(String::as_str));
        Some(SearchRecord {
            url: news_item_href(lang, &item.slug),
            title: source.title.clone(),
            section: site.nav.label(Page::News).to_owned(),
            date: Some(source.date),
            text: texts.join("\n"),
        })
    }));
    Ok(records)
}

/// The record of a section's page, if it has one.
struct SectionRecord<'a> {
    content: &'a LangContent,
    page: Page,
}

impl SectionVisitor for SectionRecord<'_> {
    type Output = Result<Option<SearchRecord>, String>;
    fn visit<S: Section>(self) -> Self::Output {
        let Self { content, page } = self;
        let own = content.section::<S>()?;
        Ok(
            S::search_text(&own, &content.site).map(|text| SearchRecord {
                url: page.href(content.lang),
                title: text.title.to_owned(),
                section: content.site.nav.label(page).to_owned(),
                date: None,
                text: text.texts.join("\n"),
            }),
        )
    }
}

/// The files of Pagefind's bundle a page needs: its script, its worker, the
/// language's WebAssembly (the generic one only for a language without its
/// own, such as Chinese) and the index itself — not its ready-made UIs,
/// which the site does not use.
fn is_needed(path: &Path, lang: Lang, files: &[pagefind::api::SyntheticFile]) -> bool {
    let name = path.to_string_lossy();
    let own_wasm = format!("wasm.{}.pagefind", pagefind_language(lang));
    if name == "wasm.unknown.pagefind" {
        return !files
            .iter()
            .any(|file| file.filename == Path::new(&own_wasm));
    }
    !(name.contains("-ui.") || name.contains("highlight") || name.starts_with("playground"))
}

/// Builds every language's bundle into `pagefind/{lang}/` of the dist
/// folder `writer` writes into.
pub fn write_bundles(writer: &mut DistWriter, content: &ServedContent) -> Result<(), String> {
    let runtime = tokio::runtime::Runtime::new().map_err(|e| format!("tokio: {e}"))?;
    for lang_content in &content.langs {
        let lang = lang_content.lang;
        let records = records(lang_content, &content.archive)?;
        let files = runtime.block_on(bundle(lang, records))?;
        for file in files
            .iter()
            .filter(|file| is_needed(&file.filename, lang, &files))
        {
            let name = file.filename.to_string_lossy();
            writer.write(&format!("pagefind/{}/{name}", lang.code()), &file.contents)?;
        }
    }
    Ok(())
}

async fn bundle(
    lang: Lang,
    records: Vec<SearchRecord>,
) -> Result<Vec<pagefind::api::SyntheticFile>, String> {
    let language = pagefind_language(lang);
    let options = PagefindServiceConfig::builder()
        .force_language(language.to_owned())
        .keep_index_url(true)
        .build();
    let mut index = PagefindIndex::new(Some(options)).map_err(|e| e.to_string())?;
    for record in records {
        // The words of the title are found as the text's are; it is shown as written.
        let content = fold_width(&format!("{}\n{}", record.title, record.text));
        let mut meta = BTreeMap::from([
            ("title".to_owned(), record.title),
            ("section".to_owned(), record.section),
        ]);
        // Shown as the news list shows it, with its ISO form for `<time>`.
        if let Some(date) = record.date {
            meta.insert("date".to_owned(), date.format(lang));
            meta.insert("datetime".to_owned(), date.to_string());
        }
        index
            .add_custom_record(
                record.url,
                content,
                language.to_owned(),
                Some(meta),
                None,
                None,
            )
            .await
            .map_err(|e| format!("search index ({lang}): {e}"))?;
    }
    index.get_files().await.map_err(|e| e.to_string())
}

/// Pagefind's name of the language (ISO 639-1).
fn pagefind_language(lang: Lang) -> &'static str {
    lang.code()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn shipped() -> ServedContent {
        ServedContent::read(&crate::content::served::content_dir()).unwrap()
    }

    #[test]
    fn every_section_page_and_press_release_of_a_language_is_a_record() {
        let content = shipped();
        for lang_content in &content.langs {
            let records = records(lang_content, &content.archive).unwrap();
            let lang = lang_content.lang;
            let items_in_lang = content
                .archive
                .items
                .iter()
                .filter(|i| i.get(lang).is_some());
            let items = items_in_lang.count();
            // Every section's own page but the news list, whose press
            // releases are records of their own.
            let sections: Vec<String> = Page::ALL
                .into_iter()
                .filter(|&page| page != Page::News)
                .map(|page| page.href(lang))
                .collect();
            let section_records: Vec<&str> = records
                .iter()
                .filter(|r| r.date.is_none())
                .map(|r| r.url.as_str())
                .collect();
            assert_eq!(section_records, sections);
            assert_eq!(records.len(), sections.len() + items);
            for record in &records {
                assert!(
                    !record.title.is_empty() && !record.text.is_empty(),
                    "{record:?}"
                );
                assert!(record
                    .url
                    .starts_with(&format!("/{}/", lang_content.lang.code())));
            }
            let news: Vec<_> = records.iter().filter(|r| r.date.is_some()).collect();
            assert_eq!(news.len(), items);
        }
    }
}
