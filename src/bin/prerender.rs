//! `prerender DIST`: after `trunk build`, writes every page and language of the
//! site into DIST as HTML (see `src/prerender`), from `public/content` (or
//! CONTENT_DIR), for the
//! origin and base path this build was made for (SITE_ORIGIN, SITE_BASE), and
//! the list of pages written beside DIST (`DIST.pages.json`, for the tests).

#[cfg(not(target_arch = "wasm32"))]
fn main() -> std::process::ExitCode {
    use std::path::Path;
    use std::process::ExitCode;

    use scrc_site::output::{write_file, DistWriter};
    use scrc_site::prerender::manifest::{manifest, manifest_entry, manifest_path};
    use scrc_site::prerender::{document, preload_content, render, targets};

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
        // Beside dist/, not in it: the list is for the tests, never uploaded.
        write_file(&manifest_path(dist), manifest(pages))?;
        writer.finish()
    };
    match run() {
        Ok(count) => {
            println!("prerender: {count} pages written into {}", dist.display());
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
