//! Paragraphs and topics: content text rendered as text, never as HTML.

use leptos::prelude::*;

use crate::content::Topic;

/// A list of paragraphs.
#[component]
pub fn Paragraphs(paragraphs: Vec<String>) -> impl IntoView {
    paragraphs
        .into_iter()
        .map(|p| view! { <p>{p}</p> })
        .collect_view()
}

/// A bulleted list, or nothing when the list is empty.
#[component]
pub fn BulletList(items: Vec<String>) -> impl IntoView {
    (!items.is_empty()).then(|| {
        view! { <ul>{items.into_iter().map(|item| view! { <li>{item}</li> }).collect_view()}</ul> }
    })
}

/// A topic as a section with an `<h2>`.
#[component]
pub fn TopicSection(topic: Topic) -> impl IntoView {
    view! {
        <section>
            <h2>{topic.heading}</h2>
            <Paragraphs paragraphs=topic.paragraphs/>
            <BulletList items=topic.list/>
        </section>
    }
}
