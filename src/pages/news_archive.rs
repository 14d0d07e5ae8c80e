//! News & events: the archive of press releases, newest first, one page of
//! [`ARCHIVE_PAGE_SIZE`](crate::content::news::ARCHIVE_PAGE_SIZE) items at a
//! time, each page at its own URL with links to the others.

use std::sync::Arc;

use leptos::prelude::*;

use crate::components::news_summary::NewsSummary;
use crate::components::page_meta::PageHead;
use crate::components::prose::Paragraphs;
use crate::content::news::NewsArchivePage;
use crate::content::{News, NewsLabels, PageMeta, Site};
use crate::lang::Lang;
use crate::page_style;
use crate::pages::section::{SearchText, Section};
use crate::routes::news_archive_href;
use crate::screen::ScreenKey;

/// `/{lang}/news`: the archive's first page (the others are routes of their
/// own, as are the press releases).
pub struct NewsPage;

impl Section for NewsPage {
    type Content = News;
    type News = NewsArchivePage;
    const NAME: &'static str = "news";
    const SEGMENT: &'static str = "news";

    fn view(news: &News, page: &NewsArchivePage, site: &Arc<Site>, key: &ScreenKey) -> AnyView {
        news_archive_page(news, page, site, key).into_any()
    }

    /// The press releases are in the index, each on its own (`search_index`);
    /// the list of them is not.
    fn search_text<'a>(_: &'a News, _: &'a Site) -> Option<SearchText<'a>> {
        None
    }
}

pub fn news_archive_page(
    news: &News,
    page: &NewsArchivePage,
    site: &Arc<Site>,
    key: &ScreenKey,
) -> impl IntoView {
    let lang = key.lang;
    let labels = &news.labels;
    let first = page.page == 1;
    // Every page has a title of its own; the first keeps the section's.
    let meta = if first {
        news.meta.clone()
    } else {
        PageMeta {
            title: format!(
                "{} · {}",
                news.meta.title,
                labels.page_number(page.page, page.pages)
            ),
            description: news.meta.description.clone(),
        }
    };
    let entries = page
        .items
        .iter()
        .map(|entry| {
            view! { <NewsSummary entry=entry.clone() lang=lang not_translated=labels.not_translated_short.clone()/> }
        })
        .collect_view();
    view! {
        <PageHead meta=meta site=Arc::clone(site) key=key.clone()/>
        <div class=page_style::page>
            <h1>{news.heading.clone()}</h1>
            {if first {
                view! { <Paragraphs paragraphs=news.intro.clone()/> }.into_any()
            } else {
                view! { <p class=page_style::date>{labels.page_number(page.page, page.pages)}</p> }.into_any()
            }}
            {entries}
            {(page.pages > 1).then(|| archive_nav(labels, page, lang))}
        </div>
    }
}

/// Links to the newer and older pages and to pages by number.
fn archive_nav(labels: &NewsLabels, page: &NewsArchivePage, lang: Lang) -> impl IntoView {
    let (current, pages) = (page.page, page.pages);
    let step = |label: &str, to: u32, rel: &'static str| {
        (1..=pages).contains(&to).then(|| {
            view! { <li><a href=news_archive_href(lang, to) rel=rel>{label.to_owned()}</a></li> }
        })
    };
    let numbers = page_numbers(current, pages)
        .into_iter()
        .map(|number| match number {
            Some(n) if n == current => view! {
                <li><a href=news_archive_href(lang, n) aria-current="page">{n.to_string()}</a></li>
            }
            .into_any(),
            Some(n) => {
                view! { <li><a href=news_archive_href(lang, n)>{n.to_string()}</a></li> }.into_any()
            }
            None => view! { <li aria-hidden="true">"…"</li> }.into_any(),
        })
        .collect_view();
    view! {
        <nav class=page_style::archive_nav aria-label=labels.archive_navigation.clone()>
            <ul>
                {step(&labels.newer_page, current.saturating_sub(1), "prev")}
                {numbers}
                {step(&labels.older_page, current + 1, "next")}
            </ul>
        </nav>
    }
}

/// The page numbers to link, `None` for a gap: the first and last pages and
/// two on each side of the current one, so the links stay few at any size.
pub fn page_numbers(current: u32, pages: u32) -> Vec<Option<u32>> {
    let near = |n: u32| n == 1 || n == pages || n.abs_diff(current) <= 2;
    let mut numbers = Vec::new();
    for n in 1..=pages {
        if near(n) {
            numbers.push(Some(n));
        } else if numbers.last() != Some(&None) {
            numbers.push(None);
        }
    }
    numbers
}

#[cfg(test)]
mod tests {
    use super::page_numbers;

    #[test]
    fn page_links_stay_few_at_any_archive_size() {
        assert_eq!(page_numbers(1, 1), [Some(1)]);
        assert_eq!(page_numbers(2, 3), [Some(1), Some(2), Some(3)]);
        assert_eq!(
            page_numbers(1, 50),
            [Some(1), Some(2), Some(3), None, Some(50)]
        );
        assert_eq!(
            page_numbers(25, 50),
            [
                Some(1),
                None,
                Some(23),
                Some(24),
                Some(25),
                Some(26),
                Some(27),
                None,
                Some(50)
            ]
        );
        assert_eq!(page_numbers(50, 50).len(), 5);
    }
}
