//! `prerender DIST`: after `trunk build`, from `public/content` (or
//! CONTENT_DIR), read once, for the origin and base path this build was made
//! for (SITE_ORIGIN, SITE_BASE), writes into DIST every page and language of
//! the site as HTML (see `src/prerender`) and the files made from the content
//! for crawlers and feed readers: robots.txt, sitemap.xml, the Atom feeds and
//! the web app manifest (see `src/site_files`); and beside DIST the list of
//! pages written (`DIST.pages.json`, for the tests).

#[cfg(not(target_arch = "wasm32"))]
fn main() -> std::process::ExitCode {
    use std::path::Path;
    use std::process::ExitCode;

    use scrc_site::output::{write_file, DistWriter};
    use scrc_site::prerender::manifest::{manifest, manifest_entry, manifest_path};
    use scrc_site::prerender::{document, preload_content, render, targets};
    use scrc_site::site_files::site_files;

    let Some(dist) = std::env::args().nth(1) else {
        eprintln!("usage: prerender DIST");
        return ExitCode::from(2);
    };
    let dist = Path::new(&dist);
    let content_dir = scrc_site::content::served::content_dir();
    let run = || -> Result<usize, String> {
        let template_path = dist.join("index.html");
        let template = std::fs::read_to_string(&template_path)
            .map_err(|e| format!("{}: cannot be read: {e}", template_path.display()))?;
        let content = preload_content(&content_dir)?;
        let mut writer = DistWriter::new(dist, "prerender");
        let targets = targets(&content.archive);
        let mut pages = Vec::with_capacity(targets.len());
        for target in &targets {
            let page = render(&target.url_path);
            writer.write(&target.file, document(&template, &page, &content.files)?)?;
            pages.push(manifest_entry(target, &page));
        }
        let page_count = pages.len();
        // Beside dist/, not in it: the list is for the tests, never uploaded.
        write_file(&manifest_path(dist), manifest(pages))?;
        for (path, body) in site_files(&content) {
            writer.write(&path, body)?;
        }
        writer.finish()?;
        Ok(page_count)
    };
    match run() {
        Ok(count) => {
            println!(
                "prerender: {count} pages, robots.txt, sitemap.xml, feeds and manifest written into {} (for {}{}/)",
                dist.display(),
                scrc_site::deploy::ORIGIN,
                scrc_site::deploy::BASE
            );
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("prerender: {e}");
            ExitCode::FAILURE
        }
    }
}

#[cfg(target_arch = "wasm32")]
fn main() {}
