//! Where the site is published, fixed at build time by two settings (see the
//! README): `SITE_ORIGIN`, the public origin that canonical links, hreflang
//! alternates, the sitemap and the feeds name; and `SITE_BASE`, the folder the
//! site lives in when it is not at the root of its host (`/scrc`).
//!
//! `scripts/build.sh` checks both values' form before it compiles anything.

/// The public origin, without a trailing slash. Defaults to the local
/// development server, so nothing points to a guessed domain.
pub const ORIGIN: &str = match option_env!("SITE_ORIGIN") {
    Some(origin) => origin,
    None => "http://localhost:8080",
};

/// The base path: empty at the root of a host, else `/folder` without a
/// trailing slash.
pub const BASE: &str = match option_env!("SITE_BASE") {
    Some(base) => base,
    None => "",
};

/// What an `href` holds for a site path such as `/en/contact`.
pub fn site_path(path: &str) -> String {
    format!("{BASE}{path}")
}

/// The absolute URL of an href built by [`site_path`] (or [`crate::routes`]),
/// for canonical links, sitemaps and feeds.
pub fn absolute_url(href: &str) -> String {
    format!("{ORIGIN}{href}")
}

/// The 404 page's file in `dist/`: `en/404.html` for paths under a language,
/// `404.html` (in the `x-default` language) for paths outside any. The hosts'
/// rules (`public/_redirects`, `deploy/nginx/scrc-locations.conf`) name these
/// files; `tests/hosting_files.rs` holds them to it.
pub fn not_found_file(lang: Option<crate::lang::Lang>) -> String {
    match lang {
        Some(lang) => format!("{}/404.html", lang.code()),
        None => "404.html".to_owned(),
    }
}

/// The site path of a browser pathname: the pathname without the base.
pub fn strip_base(pathname: &str) -> &str {
    strip_base_from(BASE, pathname)
}

fn strip_base_from<'a>(base: &str, pathname: &'a str) -> &'a str {
    match pathname.strip_prefix(base) {
        Some("") => "/",
        Some(rest) if rest.starts_with('/') => rest,
        // `/scrcx/…` is not under `/scrc`.
        _ => pathname,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_base_path_is_stripped_only_at_a_segment_boundary() {
        assert_eq!(strip_base_from("/scrc", "/scrc/en/contact"), "/en/contact");
        assert_eq!(strip_base_from("/scrc", "/scrc"), "/");
        assert_eq!(strip_base_from("/scrc", "/scrc/"), "/");
        assert_eq!(strip_base_from("/scrc", "/scrcx/en/"), "/scrcx/en/");
        assert_eq!(strip_base_from("", "/en/news"), "/en/news");
    }

    #[test]
    fn urls_carry_the_base_and_origin() {
        // Host tests are built without SITE_BASE / SITE_ORIGIN.
        assert_eq!(site_path("/en/"), format!("{BASE}/en/"));
        assert_eq!(
            absolute_url(&site_path("/fr/news")),
            format!("{ORIGIN}{BASE}/fr/news")
        );
    }
}
