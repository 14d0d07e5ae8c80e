//! One module per route. Each page creates the resource for its own content
//! file (the loader edge) and hands the typed content to pure view functions.

pub mod contact;
pub mod home;
pub mod news_item;
pub mod news_list;
pub mod not_found;
pub mod root_redirect;
pub mod social_commitment;
pub mod volunteers;

pub use crate::site_content::use_site;

stylance::import_crate_style!(pub page_style, "src/pages/page.module.css");
