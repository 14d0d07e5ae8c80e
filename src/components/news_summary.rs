//! A news item as one entry of a list: date, linked title, summary.

use leptos::prelude::*;

use crate::content::news::NewsEntry;
use crate::lang::Lang;
use crate::routes::news_item_href;

stylance::import_crate_style!(style, "src/components/news_summary.module.css");

/// One press release in a list on a page in `lang`. `heading_level` keeps the
/// outline right: `h2` on the news page, `h3` under the home page's news
/// heading. An entry shown in another language is marked up as such, and
/// `not_translated` (in the page's language) says so.
#[component]
pub fn NewsSummary(
    entry: NewsEntry,
    lang: Lang,
    #[prop(default = 2)] heading_level: u8,
    #[prop(optional)] not_translated: Option<String>,
) -> impl IntoView {
    let href = news_item_href(lang, &entry.slug);
    let title = view! { <a href=href>{entry.title}</a> };
    let heading = if heading_level == 3 {
        view! { <h3 class=style::title>{title}</h3> }.into_any()
    } else {
        view! { <h2 class=style::title>{title}</h2> }.into_any()
    };
    let other_lang = (entry.lang != lang).then(|| entry.lang.bcp47());
    let note = other_lang.and(not_translated).map(|note| {
        view! { <p class=style::note lang=lang.bcp47()>{note}</p> }
    });
    view! {
        <article class=style::item lang=other_lang>
            {heading}
            <p class=style::date lang=other_lang.map(|_| lang.bcp47())>
                <time datetime=entry.date.to_string()>{entry.date.format(lang)}</time>
            </p>
            {note}
            <p class=style::summary>{entry.summary}</p>
        </article>
    }
}
