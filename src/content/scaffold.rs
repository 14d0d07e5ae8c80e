//! The files editors would otherwise copy by hand: a new press release's
//! skeleton (`make news-item`) and a translation made from its original's
//! current version (`make translate`). Each writes one new file and never
//! overwrites one. Host only.

use std::io::Write;
use std::path::{Path, PathBuf};

use super::archive::{version_of, ArchivedItem, NEWS_SOURCE_DIR};
use super::check::Rules;
use super::news::{NewsSource, TranslatedFrom};
use super::NewsDate;
use crate::lang::Lang;
use crate::routes::{is_reserved_slug, is_valid_slug};

/// Why a scaffold command's `SLUG LANG` arguments give no request.
pub enum RequestError {
    /// Not two non-empty words: the command prints its usage line.
    Usage,
    /// Refused, with the reason to print.
    Refused(String),
}

/// The request of a scaffold command (`news-item`, `translate`) from its
/// arguments, `SLUG LANG`, checked against the slug rules and the deny-list.
pub fn request_from_args(args: &[String]) -> Result<(String, Lang), RequestError> {
    let [slug, lang] = args else {
        return Err(RequestError::Usage);
    };
    if slug.trim().is_empty() || lang.trim().is_empty() {
        return Err(RequestError::Usage);
    }
    Rules::load(Path::new(env!("CARGO_MANIFEST_DIR")))
        .and_then(|rules| parse_request(slug, lang, &rules))
        .map_err(RequestError::Refused)
}

/// A press release's slug and language as an editor typed them, checked.
pub fn parse_request(slug: &str, lang: &str, rules: &Rules) -> Result<(String, Lang), String> {
    let slug = slug.trim();
    if !is_valid_slug(slug) {
        return Err(format!(
            "`{slug}` cannot be a slug: write lowercase ASCII letters and digits, words joined by `-` (e.g. `new-biobank-guide`); it is the item's address, /en/news/{{slug}}"
        ));
    }
    if is_reserved_slug(slug) {
        return Err(format!(
            "`{slug}` names the archive's pages (/en/news/page/2); choose another slug"
        ));
    }
    if let Some(term) = rules.denied_term_in(slug) {
        return Err(format!(
            "`{slug}` contains the denied term `{term}` (see checks/spam-deny-list.txt); choose another slug"
        ));
    }
    let lang = lang.trim().parse::<Lang>().map_err(|()| {
        format!("`{lang}` is not a language of the site: write LANG=zh, LANG=en or LANG=fr")
    })?;
    Ok((slug.to_owned(), lang))
}

/// Writes `news/{slug}/{lang}.json`, the original of a new press release
/// dated `date`, with its texts empty for the editor to write; its path.
pub fn new_item(
    content_dir: &Path,
    slug: &str,
    lang: Lang,
    date: NewsDate,
) -> Result<PathBuf, String> {
    let folder = content_dir.join(NEWS_SOURCE_DIR).join(slug);
    let target = folder.join(format!("{}.json", lang.code()));
    if target.exists() {
        return Err(format!(
            "{} already exists: edit it, or choose another slug for another press release",
            target.display()
        ));
    }
    if let Some(existing) = language_files(&folder).first() {
        return Err(format!(
            "{} already exists: the press release `{slug}` has been started in another language; to add {}, run `make translate SLUG={slug} LANG={}`",
            existing.display(),
            lang.native_name(),
            lang.code()
        ));
    }
    let skeleton = NewsSource {
        date,
        title: String::new(),
        summary: String::new(),
        body: vec![String::new()],
        translated_from: None,
    };
    write_new(&folder, lang, &skeleton)
}

/// What [`new_translation`] wrote.
#[derive(Debug)]
pub struct Translation {
    pub path: PathBuf,
    pub original: Lang,
    pub version: String,
    pub paragraphs: usize,
}

/// Writes `news/{slug}/{lang}.json` as a translation of the item's original:
/// its date, its text (to be replaced) and `translated_from` naming its
/// language and current version.
pub fn new_translation(content_dir: &Path, slug: &str, lang: Lang) -> Result<Translation, String> {
    let folder = content_dir.join(NEWS_SOURCE_DIR).join(slug);
    let target = folder.join(format!("{}.json", lang.code()));
    if target.exists() {
        return Err(format!(
            "{} already exists: edit it (`make translation-status` says whether it is outdated)",
            target.display()
        ));
    }
    if language_files(&folder).is_empty() {
        return Err(format!(
            "there is no press release `{slug}` ({} has no language file); start it with `make news-item SLUG={slug} LANG=…`",
            folder.display()
        ));
    }
    let item = read_item(&folder, slug)?;
    let originals: Vec<Lang> = item
        .versions
        .iter()
        .filter(|(_, source)| source.translated_from.is_none())
        .map(|(lang, _)| *lang)
        .collect();
    let [original] = originals[..] else {
        return Err(format!(
            "{} has no single original (the one file without `translated_from`); `make check-content` says what to fix first",
            folder.display()
        ));
    };
    let (_, source) = item.original();
    if [&source.title, &source.summary]
        .iter()
        .any(|t| t.trim().is_empty())
        || source.body.iter().all(|p| p.trim().is_empty())
    {
        return Err(format!(
            "the original, {}/{}.json, has no text yet: write its title, summary and body first",
            folder.display(),
            original.code()
        ));
    }
    let version = version_of(source);
    let translation = NewsSource {
        translated_from: Some(TranslatedFrom {
            lang: original,
            version: version.clone(),
        }),
        ..source.clone()
    };
    let path = write_new(&folder, lang, &translation)?;
    Ok(Translation {
        path,
        original,
        version,
        paragraphs: source.body.len(),
    })
}

/// Today's date in Shanghai (UTC+8 all year), where the center dates its
/// press releases.
pub fn today_in_shanghai() -> NewsDate {
    let seconds = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_secs());
    date_of_day((seconds + 8 * 3600) / 86_400)
}

/// The calendar date `days` days after 1970-01-01 (Howard Hinnant's
/// `civil_from_days`, for days after the epoch).
fn date_of_day(days: u64) -> NewsDate {
    let z = days + 719_468;
    let era = z / 146_097;
    let day_of_era = z % 146_097;
    let year_of_era =
        (day_of_era - day_of_era / 1460 + day_of_era / 36_524 - day_of_era / 146_096) / 365;
    let day_of_year = day_of_era - (365 * year_of_era + year_of_era / 4 - year_of_era / 100);
    let month_index = (5 * day_of_year + 2) / 153;
    let day = day_of_year - (153 * month_index + 2) / 5 + 1;
    let month = if month_index < 10 {
        month_index + 3
    } else {
        month_index - 9
    };
    let year = year_of_era + era * 400 + u64::from(month <= 2);
    NewsDate {
        year: year as u16,
        month: month as u8,
        day: day as u8,
    }
}

/// The language files of an item's folder (none when there is no folder).
fn language_files(folder: &Path) -> Vec<PathBuf> {
    Lang::ALL
        .iter()
        .map(|lang| folder.join(format!("{}.json", lang.code())))
        .filter(|path| path.exists())
        .collect()
}

/// Every version of the item in `folder`, each read as a press release.
fn read_item(folder: &Path, slug: &str) -> Result<ArchivedItem, String> {
    let mut versions = Vec::new();
    for path in language_files(folder) {
        let lang = path
            .file_stem()
            .and_then(|stem| stem.to_str())
            .and_then(|code| code.parse::<Lang>().ok())
            .expect("language_files names only language files");
        let text = std::fs::read_to_string(&path)
            .map_err(|e| format!("{}: cannot be read: {e}", path.display()))?;
        let source = serde_json::from_str(&text).map_err(|_| {
            format!(
                "{} is not a valid press release yet; `make check-content` says what to fix first",
                path.display()
            )
        })?;
        versions.push((lang, source));
    }
    Ok(ArchivedItem {
        slug: slug.to_owned(),
        versions,
    })
}

/// Writes `source` as `{lang}.json` in `folder`, refusing to replace a file.
fn write_new(folder: &Path, lang: Lang, source: &NewsSource) -> Result<PathBuf, String> {
    let path = folder.join(format!("{}.json", lang.code()));
    let cannot = |e: std::io::Error| format!("{}: cannot be written: {e}", path.display());
    std::fs::create_dir_all(folder).map_err(cannot)?;
    let mut file = std::fs::OpenOptions::new()
        .write(true)
        .create_new(true)
        .open(&path)
        .map_err(|e| match e.kind() {
            std::io::ErrorKind::AlreadyExists => format!("{} already exists", path.display()),
            _ => cannot(e),
        })?;
    file.write_all(news_file_text(source).as_bytes())
        .map_err(cannot)?;
    Ok(path)
}

/// A press release's file as editors' files are written: two-space
/// indentation, fields in the order the README shows them.
pub fn news_file_text(source: &NewsSource) -> String {
    let string = |text: &str| serde_json::to_string(text).expect("a string serializes");
    let body: Vec<String> = source
        .body
        .iter()
        .map(|paragraph| format!("    {}", string(paragraph)))
        .collect();
    let mut text = format!(
        "{{\n  \"date\": \"{}\",\n  \"title\": {},\n  \"summary\": {},\n  \"body\": [\n{}\n  ]",
        source.date,
        string(&source.title),
        string(&source.summary),
        body.join(",\n")
    );
    if let Some(from) = &source.translated_from {
        text.push_str(&format!(
            ",\n  \"translated_from\": {{\n    \"lang\": \"{}\",\n    \"version\": \"{}\"\n  }}",
            from.lang, from.version
        ));
    }
    text.push_str("\n}\n");
    text
}

#[cfg(test)]
mod tests;
