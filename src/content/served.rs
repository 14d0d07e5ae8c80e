//! The content as the browser loads it, made on the host from the editors'
//! files: every section file of every language as it is, and the news files
//! derived from the archive (see [`super::news`]). The prerenderer renders
//! and embeds from it, `news-files` writes its derived part next to the app,
//! and the sitemap and feeds list what it holds. Host only.

use std::path::{Path, PathBuf};

use super::archive::NewsArchive;
use super::{Contact, ContentFile, Home, News, SearchPage, Site, SocialCommitment, Volunteers};
use crate::lang::Lang;
use crate::loader::content_url;

/// The content folder the build tools read: `CONTENT_DIR` if set (a scratch
/// copy, for the browser tests' fixtures and the archive-scale bench), else
/// the shipped `public/content`.
pub fn content_dir() -> PathBuf {
    std::env::var_os("CONTENT_DIR")
        .map(PathBuf::from)
        .unwrap_or_else(|| Path::new(env!("CARGO_MANIFEST_DIR")).join("public/content"))
}

/// One language's section files, typed.
pub struct LangContent {
    pub lang: Lang,
    pub site: Site,
    pub home: Home,
    pub volunteers: Volunteers,
    pub social_commitment: SocialCommitment,
    pub news: News,
    pub contact: Contact,
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
            let site = section::<Site>(content_dir, lang, &mut files)?;
            let home = section::<Home>(content_dir, lang, &mut files)?;
            let volunteers = section::<Volunteers>(content_dir, lang, &mut files)?;
            let contact = section::<Contact>(content_dir, lang, &mut files)?;
            section::<SearchPage>(content_dir, lang, &mut files)?;
            let news = section::<News>(content_dir, lang, &mut files)?;
            let social_commitment = section::<SocialCommitment>(content_dir, lang, &mut files)?;
            let related: Vec<&str> = social_commitment
                .services
                .iter()
                .flat_map(|service| service.related_news.iter().map(String::as_str))
                .collect();
            for (file, json) in archive.files(lang, &related) {
                files.push((content_url(lang, &file), json.clone()));
                derived.push((format!("{}/{file}", lang.code()), json));
            }
            langs.push(LangContent {
                lang,
                site,
                home,
                volunteers,
                social_commitment,
                news,
                contact,
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

/// Reads section file `T` of `lang`, typed, and keeps its JSON, minified.
fn section<T: ContentFile>(
    content_dir: &Path,
    lang: Lang,
    files: &mut Vec<(String, String)>,
) -> Result<T, String> {
    let path = content_dir.join(lang.code()).join(T::FILE);
    let text = std::fs::read_to_string(&path)
        .map_err(|e| format!("{}: cannot be read: {e}", path.display()))?;
    let invalid = |e: serde_json::Error| {
        format!(
            "{}: {e} (run `make check-content` for details)",
            path.display()
        )
    };
    // Read once: typed from the JSON value, which is kept minified.
    let value: serde_json::Value = serde_json::from_str(&text).map_err(invalid)?;
    let content = T::deserialize(&value).map_err(invalid)?;
    files.push((content_url(lang, T::FILE), value.to_string()));
    Ok(content)
}
