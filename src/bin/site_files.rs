//! `site-files DIST`: after `trunk build`, writes robots.txt, sitemap.xml, the
//! Atom feeds and the web app manifest into DIST from `public/content` (or
//! CONTENT_DIR), for the
//! origin and base path this build was made for (SITE_ORIGIN, SITE_BASE).

#[cfg(not(target_arch = "wasm32"))]
fn main() -> std::process::ExitCode {
    use std::path::Path;
    use std::process::ExitCode;

    use scrc_site::content::served::{content_dir, ServedContent};
    use scrc_site::deploy::{BASE, ORIGIN};
    use scrc_site::output::DistWriter;
    use scrc_site::site_files::site_files;

    let Some(dist) = std::env::args().nth(1) else {
        eprintln!("usage: site-files DIST");
        return ExitCode::from(2);
    };
    let content = match ServedContent::read(&content_dir()) {
        Ok(content) => content,
        Err(e) => {
            eprintln!("site-files: {e}");
            return ExitCode::FAILURE;
        }
    };
    let mut writer = DistWriter::new(Path::new(&dist), "site-files");
    for (path, body) in site_files(&content) {
        if let Err(e) = writer.write(&path, body) {
            eprintln!("site-files: {e}");
            return ExitCode::FAILURE;
        }
        println!("site-files: {path}");
    }
    if let Err(e) = writer.finish() {
        eprintln!("site-files: {e}");
        return ExitCode::FAILURE;
    }
    println!("site-files: for {ORIGIN}{BASE}/");
    ExitCode::SUCCESS
}

#[cfg(target_arch = "wasm32")]
fn main() {}
