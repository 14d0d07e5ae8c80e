//! Reusable view pieces. Each is a pure function of typed content and the
//! current language; none touches browser APIs directly.

pub mod contact_facts;
pub mod footer;
pub mod header;
pub mod lang_switcher;
pub mod load_state;
pub mod logo;
pub mod news_summary;
pub mod page_meta;
pub mod prose;
