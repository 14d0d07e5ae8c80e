//! The news archive, derived at build time from the editors' files
//! (`public/content/news/{slug}/{lang}.json`): every list, neighbour and
//! fallback the pages show comes from here, never kept by hand. Host only:
//! the browser loads what [`NewsArchive::files`] writes.

use std::path::Path;

use sha2::{Digest, Sha256};

use super::news::{
    archive_page_file, item_file, LatestNews, NewsArchivePage, NewsEntry, NewsItemView, NewsLink,
    NewsSource, RelatedNews, ARCHIVE_PAGE_SIZE, LATEST_COUNT, LATEST_FILE, RELATED_FILE,
};
use super::NewsDate;
use crate::lang::Lang;

pub mod synthetic;

/// The folder of the editors' news files, inside the content folder.
pub const NEWS_SOURCE_DIR: &str = "news";

/// One press release in every language it exists in.
#[derive(Clone, Debug, PartialEq)]
pub struct ArchivedItem {
    pub slug: String,
    /// In [`Lang::ALL`] order; never empty.
    pub versions: Vec<(Lang, NewsSource)>,
}

impl ArchivedItem {
    /// The version the others were translated from: the one that names no
    /// original (the content check makes sure there is exactly one).
    pub fn original(&self) -> (Lang, &NewsSource) {
        let (lang, source) = self
            .versions
            .iter()
            .find(|(_, source)| source.translated_from.is_none())
            .unwrap_or(&self.versions[0]);
        (*lang, source)
    }

    pub fn date(&self) -> NewsDate {
        self.original().1.date
    }

    pub fn get(&self, lang: Lang) -> Option<&NewsSource> {
        self.versions
            .iter()
            .find(|(l, _)| *l == lang)
            .map(|(_, source)| source)
    }

    /// The version a page in `lang` shows: its own; else English, the
    /// language most of the site's visitors read after their own; else the
    /// original.
    pub fn shown_in(&self, lang: Lang) -> (Lang, &NewsSource) {
        [lang, Lang::En]
            .into_iter()
            .find_map(|l| self.get(l).map(|source| (l, source)))
            .unwrap_or_else(|| self.original())
    }

    pub fn langs(&self) -> Vec<Lang> {
        self.versions.iter().map(|(lang, _)| *lang).collect()
    }

    fn entry(&self, lang: Lang) -> NewsEntry {
        let (shown, source) = self.shown_in(lang);
        NewsEntry {
            slug: self.slug.clone(),
            date: source.date,
            lang: shown,
            title: source.title.clone(),
            summary: source.summary.clone(),
        }
    }

    fn link(&self, lang: Lang) -> NewsLink {
        let (shown, source) = self.shown_in(lang);
        NewsLink {
            slug: self.slug.clone(),
            lang: shown,
            title: source.title.clone(),
        }
    }
}

/// The version of an original that a translation records: a short hash of
/// everything a translator translates, so any change to it shows.
pub fn version_of(source: &NewsSource) -> String {
    let mut hash = Sha256::new();
    for part in [&source.date.to_string(), &source.title, &source.summary]
        .into_iter()
        .chain(&source.body)
    {
        hash.update(part.as_bytes());
        hash.update([0]);
    }
    hash.finalize()[..5]
        .iter()
        .map(|byte| format!("{byte:02x}"))
        .collect()
}

/// Every press release, newest first (items of one day by slug).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct NewsArchive {
    pub items: Vec<ArchivedItem>,
}

impl NewsArchive {
    pub fn new(mut items: Vec<ArchivedItem>) -> Self {
        items.retain(|item| !item.versions.is_empty());
        for item in &mut items {
            item.versions
                .sort_by_key(|(lang, _)| Lang::ALL.iter().position(|l| l == lang));
        }
        items.sort_by(|a, b| b.date().cmp(&a.date()).then_with(|| a.slug.cmp(&b.slug)));
        NewsArchive { items }
    }

    /// Reads every `news/{slug}/{lang}.json` under `content_dir`. The content
    /// check has already run, so an error names only the file.
    pub fn read(content_dir: &Path) -> Result<Self, String> {
        let dir = content_dir.join(NEWS_SOURCE_DIR);
        let mut items = Vec::new();
        for folder in read_dir_sorted(&dir)? {
            let slug = file_name(&folder);
            let mut versions = Vec::new();
            for lang in Lang::ALL {
                let path = folder.join(format!("{}.json", lang.code()));
                if !path.exists() {
                    continue;
                }
                let text = std::fs::read_to_string(&path)
                    .map_err(|e| format!("{}: cannot be read: {e}", path.display()))?;
                let source = serde_json::from_str(&text).map_err(|e| {
                    format!(
                        "{}: {e} (run `make check-content` for details)",
                        path.display()
                    )
                })?;
                versions.push((lang, source));
            }
            items.push(ArchivedItem { slug, versions });
        }
        Ok(NewsArchive::new(items))
    }

    pub fn find(&self, slug: &str) -> Option<&ArchivedItem> {
        self.items.iter().find(|item| item.slug == slug)
    }

    /// How many pages the archive has (one, empty, when there is no news).
    pub fn page_count(&self) -> u32 {
        self.items.len().div_ceil(ARCHIVE_PAGE_SIZE).max(1) as u32
    }

    /// Page `page` (from 1) of the archive in `lang`.
    pub fn page(&self, lang: Lang, page: u32) -> Option<NewsArchivePage> {
        let pages = self.page_count();
        if page == 0 || page > pages {
            return None;
        }
        let start = (page as usize - 1) * ARCHIVE_PAGE_SIZE;
        let items = self.items.iter().skip(start).take(ARCHIVE_PAGE_SIZE);
        Some(NewsArchivePage {
            page,
            pages,
            items: items.map(|item| item.entry(lang)).collect(),
        })
    }

    pub fn latest(&self, lang: Lang) -> LatestNews {
        LatestNews {
            items: self
                .items
                .iter()
                .take(LATEST_COUNT)
                .map(|item| item.entry(lang))
                .collect(),
        }
    }

    /// Links to the items named by `slugs`, in `lang` (unknown slugs skipped).
    pub fn related(&self, lang: Lang, slugs: &[&str]) -> RelatedNews {
        let mut items: Vec<NewsLink> = Vec::new();
        for slug in slugs {
            if items.iter().any(|link| link.slug == *slug) {
                continue;
            }
            if let Some(item) = self.find(slug) {
                items.push(item.link(lang));
            }
        }
        RelatedNews { items }
    }

    /// The page of item `slug` in `lang`, with its neighbours in the archive.
    pub fn item_view(&self, lang: Lang, slug: &str) -> Option<NewsItemView> {
        let index = self.items.iter().position(|item| item.slug == slug)?;
        let item = &self.items[index];
        let (shown, source) = item.shown_in(lang);
        Some(NewsItemView {
            slug: item.slug.clone(),
            lang: shown,
            date: source.date,
            title: source.title.clone(),
            summary: source.summary.clone(),
            body: source.body.clone(),
            versions: item.langs(),
            newer: index.checked_sub(1).map(|i| self.items[i].link(lang)),
            older: self.items.get(index + 1).map(|newer| newer.link(lang)),
        })
    }

    /// Every derived file of `lang`, as (path below `content/{lang}/`, JSON).
    /// `related` are the slugs the social commitment page links to.
    pub fn files(&self, lang: Lang, related: &[&str]) -> Vec<(String, String)> {
        let mut files = Vec::with_capacity(self.items.len() + self.page_count() as usize + 2);
        for page in 1..=self.page_count() {
            if let Some(content) = self.page(lang, page) {
                files.push((archive_page_file(page), json(&content)));
            }
        }
        files.push((LATEST_FILE.to_owned(), json(&self.latest(lang))));
        files.push((RELATED_FILE.to_owned(), json(&self.related(lang, related))));
        for item in &self.items {
            if let Some(view) = self.item_view(lang, &item.slug) {
                files.push((item_file(&item.slug), json(&view)));
            }
        }
        files
    }
}

fn json<T: serde::Serialize>(value: &T) -> String {
    serde_json::to_string(value).expect("derived news files always serialize")
}

/// The paths in `dir`, sorted, so every listing of the news is in one order.
pub(crate) fn sorted_entries(dir: &Path) -> std::io::Result<Vec<std::path::PathBuf>> {
    let mut paths: Vec<_> = std::fs::read_dir(dir)?
        .filter_map(Result::ok)
        .map(|entry| entry.path())
        .collect();
    paths.sort();
    Ok(paths)
}

/// The item folders in `dir` (none when there is no news folder).
fn read_dir_sorted(dir: &Path) -> Result<Vec<std::path::PathBuf>, String> {
    match sorted_entries(dir) {
        Ok(paths) => Ok(paths.into_iter().filter(|path| path.is_dir()).collect()),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(Vec::new()),
        Err(e) => Err(format!("{}: cannot be read: {e}", dir.display())),
    }
}

fn file_name(path: &Path) -> String {
    path.file_name()
        .map(|name| name.to_string_lossy().into_owned())
        .unwrap_or_default()
}

#[cfg(test)]
mod tests;
