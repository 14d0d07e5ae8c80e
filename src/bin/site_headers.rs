//! `site-headers DIST`: after `trunk build --release` and `prerender`, writes
//! the security headers (CSP with the hash of the pages' inline loader) and a
//! year of caching for every hashed file to `DIST/_headers`
//! and `deploy/nginx/generated/<DIST folder name>/scrc-security-headers.conf`
//! (one per build folder: a build for a sub-path has its own loader hash).

#[cfg(not(target_arch = "wasm32"))]
fn main() -> std::process::ExitCode {
    use std::path::Path;
    use std::process::ExitCode;

    use scrc_site::deploy::BASE;
    use scrc_site::headers::{
        hashed_assets, inline_script_hashes, netlify_headers, nginx_snippet, security_headers,
    };
    use scrc_site::output::{write_file, DistWriter};

    let Some(dist) = std::env::args().nth(1) else {
        eprintln!("usage: site-headers DIST");
        return ExitCode::from(2);
    };
    let dist = Path::new(&dist);
    let html = match std::fs::read_to_string(dist.join("index.html")) {
        Ok(html) => html,
        Err(e) => {
            eprintln!("{}: cannot be read: {e}", dist.join("index.html").display());
            return ExitCode::FAILURE;
        }
    };
    let hashes = inline_script_hashes(&html);
    if hashes.is_empty() {
        eprintln!(
            "{}: no inline loader script found; is this a Trunk build?",
            dist.join("index.html").display()
        );
        return ExitCode::FAILURE;
    }
    let headers = security_headers(&hashes);
    let Some(dist_name) = dist
        .canonicalize()
        .ok()
        .and_then(|d| d.file_name().map(ToOwned::to_owned))
    else {
        eprintln!("{}: not a folder", dist.display());
        return ExitCode::FAILURE;
    };
    let nginx_dir = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("deploy/nginx/generated")
        .join(dist_name);
    let file_names: Vec<String> = match std::fs::read_dir(dist) {
        Ok(entries) => entries
            .filter_map(|entry| entry.ok()?.file_name().into_string().ok())
            .collect(),
        Err(e) => {
            eprintln!("{}: cannot be listed: {e}", dist.display());
            return ExitCode::FAILURE;
        }
    };
    let hashed = hashed_assets(file_names.iter().map(String::as_str), BASE);
    let mut writer = DistWriter::new(dist, "site-headers");
    let written = writer
        .write("_headers", netlify_headers(&headers, &hashed))
        .and_then(|()| writer.finish())
        .and_then(|_| {
            write_file(
                &nginx_dir.join("scrc-security-headers.conf"),
                nginx_snippet(&headers),
            )
        });
    if let Err(e) = written {
        eprintln!("cannot write the headers: {e}");
        return ExitCode::FAILURE;
    }
    println!(
        "site-headers: CSP allows {} inline script(s): {}",
        hashes.len(),
        hashes.join(" ")
    );
    ExitCode::SUCCESS
}

#[cfg(target_arch = "wasm32")]
fn main() {}
