//! The HTTP security headers of the site, from one source, written after the
//! release build into every place a host reads them: `dist/_headers`
//! (Netlify, Cloudflare Pages) and the nginx snippet that
//! `deploy/nginx/scrc-locations.conf` includes.
//!
//! Host only. The Content-Security-Policy allows exactly the inline loader of
//! the prerendered pages (`src/prerender/app_loader.rs`), by hash, computed
//! from the built `index.html`.

use std::cell::RefCell;

use base64::Engine;
use lol_html::{element, rewrite_str, text, RewriteStrSettings};
use sha2::{Digest, Sha256};

/// `'sha256-…'` sources for every inline `<script>` of an HTML page that runs;
/// JSON data blocks (the prerendered pages' content) are not scripts to CSP.
pub fn inline_script_hashes(html: &str) -> Vec<String> {
    // The text of each inline script, read by an HTML parser: exactly the
    // characters the browser hashes, however the tags are written.
    let scripts = RefCell::new(Vec::<String>::new());
    let read = rewrite_str(
        html,
        RewriteStrSettings::new()
            .append_element_content_handler(element!(INLINE_SCRIPT, |_| {
                scripts.borrow_mut().push(String::new());
                Ok(())
            }))
            .append_element_content_handler(text!(INLINE_SCRIPT, |chunk| {
                if let Some(text) = scripts.borrow_mut().last_mut() {
                    text.push_str(chunk.as_str());
                }
                Ok(())
            })),
    );
    if read.is_err() {
        // lol_html fails only on a wrong character encoding; a page it
        // cannot read allows no inline script.
        return Vec::new();
    }
    scripts
        .into_inner()
        .iter()
        .map(|body| {
            let digest = Sha256::digest(body.as_bytes());
            format!(
                "'sha256-{}'",
                base64::engine::general_purpose::STANDARD.encode(digest)
            )
        })
        .collect()
}

/// Scripts with their code inline; JSON data blocks are not code.
const INLINE_SCRIPT: &str =
    "script:not([src]):not([type=\"application/json\" i]):not([type=\"application/ld+json\" i])";

/// The Content-Security-Policy for pages whose inline scripts have `hashes`.
pub fn content_security_policy(hashes: &[String]) -> String {
    let mut script_src = vec!["'self'".to_owned(), "'wasm-unsafe-eval'".to_owned()];
    script_src.extend(hashes.iter().cloned());
    [
        "default-src 'none'".to_owned(),
        format!("script-src {}", script_src.join(" ")),
        "style-src 'self'".to_owned(),
        "img-src 'self'".to_owned(),
        "connect-src 'self'".to_owned(),
        "manifest-src 'self'".to_owned(),
        "base-uri 'none'".to_owned(),
        "form-action 'self'".to_owned(),
        "frame-ancestors 'none'".to_owned(),
    ]
    .join("; ")
}

/// Every security header, in the order they are written.
pub fn security_headers(hashes: &[String]) -> Vec<(&'static str, String)> {
    vec![
        ("Content-Security-Policy", content_security_policy(hashes)),
        ("Strict-Transport-Security", "max-age=63072000; includeSubDomains".to_owned()),
        ("X-Content-Type-Options", "nosniff".to_owned()),
        ("Referrer-Policy", "strict-origin-when-cross-origin".to_owned()),
        (
            "Permissions-Policy",
            "accelerometer=(), camera=(), geolocation=(), gyroscope=(), magnetometer=(), microphone=(), payment=(), usb=()"
                .to_owned(),
        ),
        ("Cross-Origin-Resource-Policy", "same-origin".to_owned()),
        ("X-Frame-Options", "DENY".to_owned()),
    ]
}

/// The `Cache-Control` of a file whose name carries a hash of its content.
pub const IMMUTABLE: &str = "public, max-age=31536000, immutable";

/// The URLs, under `base`, of the hashed files among `file_names` (the top
/// of the dist folder): Trunk's `name-<hash>.ext` and `name-<hash>_bg.wasm`.
/// Trunk writes the hash in hex without leading zeros, so it has 1 to 16
/// digits. Read from the folder, not from a page: a prerendered page names the
/// app's files only inside its loader script.
pub fn hashed_assets<'a>(file_names: impl IntoIterator<Item = &'a str>, base: &str) -> Vec<String> {
    let mut assets: Vec<String> = file_names
        .into_iter()
        .filter(|name| is_hashed_name(name))
        .map(|name| format!("{base}/{name}"))
        .collect();
    assets.sort();
    assets
}

fn is_hashed_name(name: &str) -> bool {
    let Some((stem, _extension)) = name.rsplit_once('.') else {
        return false;
    };
    let stem = stem.strip_suffix("_bg").unwrap_or(stem);
    let Some((_, hash)) = stem.rsplit_once('-') else {
        return false;
    };
    (1..=16).contains(&hash.len()) && hash.bytes().all(|b| matches!(b, b'0'..=b'9' | b'a'..=b'f'))
}

/// `_headers` for Netlify and Cloudflare Pages: the security headers on every
/// path, and a year of caching for each `hashed` file.
pub fn netlify_headers(headers: &[(&str, String)], hashed: &[String]) -> String {
    let mut out = String::from("/*\n");
    for (name, value) in headers {
        out.push_str(&format!("  {name}: {value}\n"));
    }
    for path in hashed {
        out.push_str(&format!("{path}\n  Cache-Control: {IMMUTABLE}\n"));
    }
    out
}

/// An nginx snippet of `add_header … always;` lines, included in every location.
pub fn nginx_snippet(headers: &[(&str, String)]) -> String {
    let mut out =
        String::from("# Generated by `site-headers` after the release build; do not edit.\n");
    for (name, value) in headers {
        out.push_str(&format!("add_header {name} \"{value}\" always;\n"));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hashes_cover_inline_scripts_only() {
        let html = "<head><script type=\"module\">import init from '/a.js';</script>\
                    <script src=\"/b.js\"></script><script>x</script>\
                    <script type=\"application/json\" id=\"c\">{}</script></head>";
        // Reference values: `printf %s "…" | openssl dgst -sha256 -binary | base64`.
        assert_eq!(
            inline_script_hashes(html),
            [
                "'sha256-aOee+rvEUMphqlepW7nBjXpcT6aM6jxNXbtEv0XP738='",
                "'sha256-LXEWQrcmsEQBYnyp+6wy9chTD7GQPMTbAiWHF5IaSIE='",
            ]
        );
    }

    #[test]
    fn the_policy_is_strict() {
        let csp = content_security_policy(&["'sha256-abc='".to_owned()]);
        assert!(csp.starts_with("default-src 'none'; script-src 'self' 'wasm-unsafe-eval' 'sha256-abc='; style-src 'self';"));
        assert!(!csp.contains("unsafe-inline") && !csp.contains("'unsafe-eval'"));
        for directive in [
            "base-uri 'none'",
            "form-action 'self'",
            "frame-ancestors 'none'",
            "connect-src 'self'",
        ] {
            assert!(csp.contains(directive), "{directive}");
        }
    }

    #[test]
    fn hashed_assets_are_found_whatever_the_hash_length() {
        let files = [
            "tokens-3d900bcffe097b84.css",
            "components-4f3516944e9b3e1.css",
            "scrc-site-b0789602ee95291a.js",
            "scrc-site-b0789602ee95291a_bg.wasm",
            "favicon.svg",
            "manifest.json",
            "index.html",
            "x-ray.png",
            "scrc-site-b0789602ee95291a.js.br",
        ];
        assert_eq!(
            hashed_assets(files, "/scrc"),
            [
                "/scrc/components-4f3516944e9b3e1.css",
                "/scrc/scrc-site-b0789602ee95291a.js",
                "/scrc/scrc-site-b0789602ee95291a_bg.wasm",
                "/scrc/tokens-3d900bcffe097b84.css",
            ]
        );
        assert_eq!(hashed_assets(["app-1a.js"], ""), ["/app-1a.js"]);
    }

    #[test]
    fn both_formats_carry_every_header() {
        let headers = security_headers(&["'sha256-abc='".to_owned()]);
        let netlify = netlify_headers(&headers, &["/app-0a1b.js".to_owned()]);
        assert!(netlify.ends_with(&format!("\n/app-0a1b.js\n  Cache-Control: {IMMUTABLE}\n")));
        let nginx = nginx_snippet(&headers);
        assert!(netlify.starts_with("/*\n  Content-Security-Policy: default-src 'none';"));
        for (name, value) in &headers {
            assert!(netlify.contains(&format!("  {name}: {value}\n")));
            assert!(nginx.contains(&format!("add_header {name} \"{value}\" always;\n")));
        }
    }
}
