//! One press release: full text, date, its neighbours and the way back. An
//! item not translated into the page's language is shown in the language it
//! exists in, marked up as such, under a notice that links to its versions.

use std::sync::Arc;

use leptos::prelude::*;

use crate::components::page_meta::{PageHead, PageKind};
use crate::components::prose::Paragraphs;
use crate::content::news::{NewsItemView, NewsLink};
use crate::content::{News, NewsLabels, PageMeta, Site};
use crate::lang::Lang;
use crate::page_style;
use crate::routes::{news_item_href, Page};
use crate::screen::ScreenKey;

pub fn news_item_page(
    news: &News,
    item: &NewsItemView,
    site: &Arc<Site>,
    key: &ScreenKey,
) -> impl IntoView {
    let lang = key.lang;
    let labels = &news.labels;
    // Text in the page's language inside an item in another one says so.
    let page_lang = item.is_untranslated_in(lang).then(|| lang.bcp47());
    let meta = PageMeta {
        title: item.title.clone(),
        description: item.summary.clone(),
    };
    view! {
        <PageHead meta=meta kind=PageKind::Article site=Arc::clone(site) key=key.clone() versions=item.versions.clone() canonical_lang=item.lang/>
        {page_lang.map(|_| not_translated_notice(labels, item))}
        <article class=page_style::page lang=page_lang.map(|_| item.lang.bcp47())>
            <h1>{item.title.clone()}</h1>
            <p class=page_style::date lang=page_lang>
                {labels.published.clone()} " "
                <time datetime=item.date.to_string()>{item.date.format(lang)}</time>
            </p>
            <Paragraphs paragraphs=item.body.clone()/>
            {item_nav(labels, item, lang, page_lang)}
        </article>
    }
}

/// Says that the item is shown in another language, with a link to each
/// language it exists in.
fn not_translated_notice(labels: &NewsLabels, item: &NewsItemView) -> impl IntoView {
    let versions = item
        .versions
        .iter()
        .map(|&version| {
            view! {
                <li>
                    <a href=news_item_href(version, &item.slug) lang=version.bcp47() hreflang=version.bcp47()>
                        {version.native_name()}
                    </a>
                </li>
            }
        })
        .collect_view();
    view! {
        <div class=page_style::notice role="note">
            <p>{labels.not_translated.clone()}</p>
            <div class=page_style::versions>
                <span>{labels.available_in.clone()}</span>
                <ul>{versions}</ul>
            </div>
        </div>
    }
}

/// Links to the previous (older) and next (newer) items and back to the list.
fn item_nav(
    labels: &NewsLabels,
    item: &NewsItemView,
    lang: Lang,
    page_lang: Option<&'static str>,
) -> impl IntoView {
    let neighbour = |label: &str, link: &Option<NewsLink>, rel: &'static str| {
        link.as_ref().map(|link| {
            let link_lang = (link.lang != lang).then(|| link.lang.bcp47());
            view! {
                <li>
                    <span class=page_style::label>{label.to_owned()}</span>
                    <a href=news_item_href(lang, &link.slug) rel=rel lang=link_lang>{link.title.clone()}</a>
                </li>
            }
        })
    };
    view! {
        <nav class=page_style::item_nav aria-label=labels.item_navigation.clone() lang=page_lang>
            <ul>
                {neighbour(&labels.previous, &item.older, "prev")}
                {neighbour(&labels.next, &item.newer, "next")}
            </ul>
            <a href=Page::News.href(lang)>{labels.back_to_list.clone()}</a>
        </nav>
    }
}
