//! The content as the browser loads it, made on the host from the editors'
//! files: every section file of every language as it is, and the news files
//! derived from the archive (see [`super::news`]). The prerenderer renders
//! and embeds from it, `content-files` writes its derived part next to the
//! app, and the sitemap and feeds list what it holds. Host only.

use std::path::{Path, PathBuf};

use serde::Deserialize;
use serde_json::Value;

use super::archive::NewsArchive;
use super::{ContentFile, News, SearchPage, Site};
use crate::lang::Lang;
use crate::loader::content_url;
use crate::pages::section::{Section, SectionVisitor};
use crate::routes::Page;

/// The content folder the build tools read: `CONTENT_DIR` if set (a scratch
/// copy, for the browser tests' fixtures and the archive-scale bench), else
/// the shipped `public/content`.
pub fn content_dir() -> PathBuf {
    std::env::var_os("CONTENT_DIR")
        .map(PathBuf::from)
        .unwrap_or_else(|| Path::new(env!("CARGO_MANIFEST_DIR")).join("public/content"))
}

/// One language's content files as read: the ones the build tools use
/// typed, the sections' as JSON (typed with [`Self::section`]).
pub struct LangContent {
    pub lang: Lang,
    pub site: Site,
    /// `news.json`, for the feeds.
    pub news: News,
    /// Each section's own file, in navigation order.
    sections: Vec<(Page, Value)>,
}

impl LangContent {
    /// The own file of section `S`, typed.
    pub fn section<S: Section>(&self) -> Result<S::Content, String> {
        let (_, value) = self
            .sections
            .iter()
            .find(|(page, _)| page.file() == S::Content::FILE)
            .ok_or_else(|| format!("{}: not read", S::Content::FILE))?;
        S::Content::deserialize(value).map_err(|e| format!("{}: {e}", S::Content::FILE))
    }
}

/// Everything the site serves below `/content/`.
pub struct ServedContent {
    pub langs: Vec<LangContent>,
    pub archive: NewsArchive,
    /// Every file the browser may load, as (URL, minified JSON).
    pub files: Vec<(String, String)>,
    /// The derived files alone, as (path below `content/`, JSON).
    pub derived: Vec<(String, String)>,
}

impl ServedContent {
    /// Reads the content folder. The content check has already run, so an
    /// error names only the file.
    pub fn read(content_dir: &Path) -> Result<Self, String> {
        let archive = NewsArchive::read(content_dir)?;
        let mut files = Vec::new();
        let mut derived = Vec::new();
        let mut langs = Vec::new();
        for lang in Lang::ALL {
            let mut read = |file: &str| read_file(content_dir, lang, file, &mut files);
            let site: Site = typed(&read(Site::FILE)?, lang, Site::FILE)?;
            typed::<SearchPage>(&read(SearchPage::FILE)?, lang, SearchPage::FILE)?;
            let mut sections = Vec::new();
            let mut linked = Vec::new();
            let mut news = None;
            for page in Page::ALL {
                let value = read(page.file())?;
                linked.extend(page.visit(LinkedNews {
                    value: &value,
                    lang,
                })?);
                if page == Page::News {
                    news = Some(typed(&value, lang, News::FILE)?);
                }
                sections.push((page, value));
            }
            let news = news.ok_or_else(|| format!("{}: not read", News::FILE))?;
            let linked: Vec<&str> = linked.iter().map(String::as_str).collect();
            for (file, json) in archive.files(lang, &linked) {
                files.push((content_url(lang, &file), json.clone()));
                derived.push((format!("{}/{file}", lang.code()), json));
            }
            langs.push(LangContent {
                lang,
                site,
                news,
                sections,
            });
        }
        Ok(ServedContent {
            langs,
            archive,
            files,
            derived,
        })
    }
}

/// The press releases a section's file links to (and the file typed on the
/// way: a file of the wrong shape stops the build here).
struct LinkedNews<'a> {
    value: &'a Value,
    lang: Lang,
}

impl SectionVisitor for LinkedNews<'_> {
    type Output = Result<Vec<String>, String>;
    fn visit<S: Section>(self) -> Result<Vec<String>, String> {
        let content: S::Content = typed(self.value, self.lang, S::Content::FILE)?;
        Ok(content
            .linked_news()
            .into_iter()
            .map(|(_, slug)| slug.to_owned())
            .collect())
    }
}

/// `value` as `T`, or an error naming the file.
fn typed<T: serde::de::DeserializeOwned>(
    value: &Value,
    lang: Lang,
    file: &str,
) -> Result<T, String> {
    T::deserialize(value).map_err(|e| {
        format!(
            "content/{}/{file}: {e} (run `make check-content` for details)",
            lang.code()
        )
    })
}

/// Reads content file `file` of `lang` and keeps its JSON, minified.
fn read_file(
    content_dir: &Path,
    lang: Lang,
    file: &str,
    files: &mut Vec<(String, String)>,
) -> Result<Value, String> {
    let path = content_dir.join(lang.code()).join(file);
    let text = std::fs::read_to_string(&path)
        .map_err(|e| format!("{}: cannot be read: {e}", path.display()))?;
    let value: Value = serde_json::from_str(&text).map_err(|e| {
        format!(
            "{}: {e} (run `make check-content` for details)",
            path.display()
        )
    })?;
    files.push((content_url(lang, file), value.to_string()));
    Ok(value)
}
