//! Links read the way a browser reads them: the WHATWG URL standard, as the
//! `url` crate implements it. This is the project's one URL and host parser:
//! the content check, the dist check and the host tools all go through it,
//! so no check can see one host where the browser goes to another.

use url::{Host, Url};

use super::unicode::first_hidden;
use super::Rules;

/// An absolute URL as a browser parses it, or why it is not one.
pub fn parse(text: &str) -> Result<Url, String> {
    Url::parse(text).map_err(|e| format!("`{text}` is not an absolute web address ({e})"))
}

/// The host [`resolve_on_own_page`] gives the site's own pages.
pub const OWN_HOST: &str = "own.invalid";

/// What a link attribute of one of the site's pages leads to, as the browser
/// resolves it (white space around it dropped): a relative reference stays
/// on [`OWN_HOST`], a protocol-relative one (`//host/`) goes to its host.
pub fn resolve_on_own_page(reference: &str) -> Option<Url> {
    let page = Url::parse(&format!("https://{OWN_HOST}/page/")).ok()?;
    Url::options()
        .base_url(Some(&page))
        .parse(reference.trim())
        .ok()
}

/// Whether `host` is one of the three names reserved for examples (RFC 2606):
/// `example.com`, `example.net`, `example.org` never name a third party, so a
/// URL on one (a parsing base in a library's code, say) cannot lead anywhere.
/// Subdomains and the `.example` domain are not included: the checks' own
/// tests stand for foreign hosts with them.
pub fn is_reserved_example_host(host: &str) -> bool {
    let host = host.trim_end_matches('.').to_ascii_lowercase();
    ["example.com", "example.net", "example.org"].contains(&host.as_str())
}

/// The host a browser would contact for `url`, lowercase (`None` for a URL
/// without one, such as `mailto:`).
pub fn host_of(url: &Url) -> Option<String> {
    url.host().map(|host| match host {
        Host::Domain(domain) => domain.to_ascii_lowercase(),
        Host::Ipv4(ip) => ip.to_string(),
        Host::Ipv6(ip) => format!("[{ip}]"),
    })
}

/// Checks a link that content points visitors to: an `https:` address,
/// written plainly, to a host on the allowlist. Refuses what makes a
/// reviewer and a browser read two different hosts: backslashes, user names
/// (`allowed.org@evil.example`), percent-encoded or internationalized hosts,
/// a trailing dot, a port, spaces and hidden characters a browser drops.
pub fn check_https_link(href: &str, rules: &Rules) -> Result<(), String> {
    if let Some((at, c, kind)) = first_hidden(href) {
        return Err(format!(
            "`{}` contains {kind} (U+{:04X}) at character {at}; a browser drops it and reads another address",
            href.escape_debug(),
            c as u32
        ));
    }
    if let Some(at) = href.chars().position(char::is_whitespace) {
        return Err(format!(
            "`{href}` contains a space at character {}; a link has none",
            at + 1
        ));
    }
    if href.contains('\\') {
        return Err(format!(
            "`{href}` contains a backslash, which a browser reads as `/`"
        ));
    }
    let url = parse(href)?;
    if url.scheme() != "https" {
        return Err(format!("`{href}` is not an https: link"));
    }
    let host = host_of(&url).unwrap_or_default();
    if !url.username().is_empty() || url.password().is_some() {
        return Err(format!(
            "`{href}` carries a user name before `@`; a browser goes to `{host}`"
        ));
    }
    if url.port().is_some() {
        return Err(format!(
            "`{href}` names a port; link to the host's usual one"
        ));
    }
    if !matches!(url.host(), Some(Host::Domain(_))) {
        return Err(format!("`{href}` names an IP address, not a host"));
    }
    // The address must start with `https://` and the host exactly as the
    // browser reads it: `%2e`, a trailing dot, a single slash or a non-ASCII
    // lookalike would each differ from it.
    let plain = format!("https://{host}");
    let written_plainly = href
        .get(..plain.len())
        .is_some_and(|start| start.eq_ignore_ascii_case(&plain))
        && matches!(
            href[plain.len()..].chars().next(),
            None | Some('/' | '?' | '#')
        );
    if !written_plainly {
        return Err(format!(
            "`{href}` does not write its host plainly; a browser reads it as `{plain}`"
        ));
    }
    if !rules.host_allowed(&host) {
        return Err(format!(
            "host `{host}` is not on the allowlist (checks/allowed-hosts.txt)"
        ));
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::is_reserved_example_host;

    #[test]
    fn only_names_reserved_for_examples_are_reserved() {
        for host in ["example.com", "example.org", "Example.NET."] {
            assert!(is_reserved_example_host(host), "{host}");
        }
        for host in [
            "example.com.evil.cn",
            "notexample.com",
            "cdn.example.org",
            "evil.example",
            "x.test",
        ] {
            assert!(!is_reserved_example_host(host), "{host}");
        }
    }
}
