//! Synthetic archives for measuring scale: `count` press releases with
//! distinct text, most in three languages, some in one or two only. Used by
//! the host test that pins what a page embeds, and by the archive-scale
//! bench (`synthetic-archive DIR COUNT`). Never shipped.

use std::path::Path;

use super::ArchivedItem;
use crate::content::news::{NewsSource, TranslatedFrom};
use crate::content::NewsDate;
use crate::lang::Lang;

const WORDS: [&str; 16] = [
    "ethics",
    "review",
    "biobank",
    "volunteers",
    "protocol",
    "training",
    "inspection",
    "cooperation",
    "registry",
    "consent",
    "safety",
    "pharmacology",
    "seminar",
    "audit",
    "guideline",
    "exchange",
];
const FR_WORDS: [&str; 16] = [
    "éthique",
    "examen",
    "biobanque",
    "volontaires",
    "protocole",
    "formation",
    "inspection",
    "coopération",
    "registre",
    "consentement",
    "sécurité",
    "pharmacologie",
    "séminaire",
    "audit",
    "recommandation",
    "échange",
];
const ZH_WORDS: [&str; 16] = [
    "伦理",
    "审查",
    "生物样本库",
    "志愿者",
    "方案",
    "培训",
    "检查",
    "合作",
    "登记",
    "知情同意",
    "安全",
    "药理",
    "研讨会",
    "稽查",
    "指南",
    "交流",
];

/// Item `index`'s words: a deterministic mix, so every item reads differently.
fn words(index: usize, from: &[&'static str; 16]) -> Vec<&'static str> {
    let mut state = (index as u64)
        .wrapping_mul(6_364_136_223_846_793_005)
        .wrapping_add(1_442_695_040_888_963_407);
    (0..6)
        .map(|_| {
            state = state
                .wrapping_mul(6_364_136_223_846_793_005)
                .wrapping_add(1);
            from[(state >> 60) as usize]
        })
        .collect()
}

fn text(index: usize, lang: Lang) -> (String, String, Vec<String>) {
    let n = index + 1;
    match lang {
        Lang::Zh => {
            let w = words(index, &ZH_WORDS);
            (
                format!("第{n}号新闻稿：{}与{}", w[0], w[1]),
                format!("本中心就{}、{}和{}开展了第{n}项工作。", w[2], w[3], w[4]),
                (0..3)
                    .map(|p| {
                        format!(
                            "第{n}号新闻稿第{}段：本段介绍{}、{}与{}方面的进展，并说明后续安排。",
                            p + 1,
                            w[p],
                            w[p + 1],
                            w[p + 2]
                        )
                    })
                    .collect(),
            )
        }
        Lang::En => {
            let w = words(index, &WORDS);
            let body = (0..3).map(|p| {
                format!(
                    "Press release {n}, paragraph {}: progress on {}, {} and {}, and what comes next for the {} work.",
                    p + 1, w[p], w[p + 1], w[p + 2], w[p + 3]
                )
            });
            (
                format!("Press release {n}: {} and {}", w[0], w[1]),
                format!("Press release {n} on {}, {} and {}.", w[2], w[3], w[4]),
                body.collect(),
            )
        }
        // French puts a no-break space before a colon.
        Lang::Fr => {
            let w = words(index, &FR_WORDS);
            let body = (0..3).map(|p| {
                format!(
                    "Communiqué {n}, paragraphe {}\u{a0}: avancées en {}, {} et {}, et suite des travaux en {}.",
                    p + 1, w[p], w[p + 1], w[p + 2], w[p + 3]
                )
            });
            (
                format!("Communiqué {n}\u{a0}: {} et {}", w[0], w[1]),
                format!("Communiqué {n} sur {}, {} et {}.", w[2], w[3], w[4]),
                body.collect(),
            )
        }
    }
}

/// `count` items, newest first (all newer than the shipped ones); every
/// seventh in Chinese only, every eleventh in Chinese and English only.
pub fn synthetic_archive(count: usize) -> Vec<ArchivedItem> {
    (0..count)
        .map(|index| {
            let date = NewsDate {
                year: 2025 - (index / 300) as u16,
                month: 12 - ((index / 25) % 12) as u8,
                day: 28 - (index % 25) as u8,
            };
            let langs: &[Lang] = if index % 7 == 3 {
                &[Lang::Zh]
            } else if index % 11 == 5 {
                &[Lang::Zh, Lang::En]
            } else {
                &Lang::ALL
            };
            let versions = langs
                .iter()
                .map(|&lang| {
                    let (title, summary, body) = text(index, lang);
                    let translated_from = (lang != Lang::Zh).then(|| TranslatedFrom {
                        lang: Lang::Zh,
                        version: "0000000000".to_owned(),
                    });
                    (
                        lang,
                        NewsSource {
                            date,
                            title,
                            summary,
                            body,
                            translated_from,
                        },
                    )
                })
                .collect();
            ArchivedItem {
                slug: format!("synthetic-item-{n:05}", n = index + 1),
                versions,
            }
        })
        .collect()
}

/// Writes `items` as editors' files under `content_dir/news/`.
pub fn write_sources(content_dir: &Path, items: &[ArchivedItem]) -> Result<(), String> {
    for item in items {
        let folder = content_dir.join(super::NEWS_SOURCE_DIR).join(&item.slug);
        std::fs::create_dir_all(&folder).map_err(|e| format!("{}: {e}", folder.display()))?;
        for (lang, source) in &item.versions {
            let path = folder.join(format!("{}.json", lang.code()));
            let json = serde_json::to_string_pretty(source).expect("a source serializes");
            std::fs::write(&path, json).map_err(|e| format!("{}: {e}", path.display()))?;
        }
    }
    Ok(())
}
