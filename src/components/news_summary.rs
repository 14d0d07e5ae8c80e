//! A news item as one entry of a list: date, linked title, summary.

use leptos::prelude::*;

use crate::content::NewsItem;
use crate::lang::Lang;
use crate::routes::news_item_href;

stylance::import_crate_style!(style, "src/components/news_summary.module.css");

/// One press release in a list. `heading_level` keeps the outline right: `h2`
/// on the news page, `h3` under the home page's news heading.
#[component]
pub fn NewsSummary(
    item: NewsItem,
    lang: Lang,
    #[prop(default = 2)] heading_level: u8,
) -> impl IntoView {
    let href = news_item_href(lang, &item.slug);
    let title = view! { <a href=href>{item.title}</a> };
    let heading = if heading_level == 3 {
        view! { <h3 class=style::title>{title}</h3> }.into_any()
    } else {
        view! { <h2 class=style::title>{title}</h2> }.into_any()
    };
    view! {
        <article class=style::item>
            {heading}
            <p class=style::date>
                <time datetime=item.date.to_string()>{item.date.format(lang)}</time>
            </p>
            <p class=style::summary>{item.summary}</p>
        </article>
    }
}
