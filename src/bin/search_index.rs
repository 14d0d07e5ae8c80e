//! `search-index DIST`: writes the search bundle of every language into
//! `DIST/pagefind/{lang}/` from `public/content` (or CONTENT_DIR), with
//! Pagefind (see `src/search_index.rs`).

#[cfg(not(target_arch = "wasm32"))]
fn main() -> std::process::ExitCode {
    use std::path::Path;

    use scrc_site::content::served::{content_dir, ServedContent};
    use scrc_site::output::DistWriter;
    use scrc_site::search_index::write_bundles;

    let Some(dist) = std::env::args().nth(1) else {
        eprintln!("usage: search-index DIST");
        return std::process::ExitCode::from(2);
    };
    let mut writer = DistWriter::new(Path::new(&dist), "search-index");
    let written = ServedContent::read(&content_dir())
        .and_then(|content| write_bundles(&mut writer, &content))
        .and_then(|()| writer.finish());
    match written {
        Ok(count) => {
            println!("search-index: {count} files written into {dist}/pagefind");
            std::process::ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("search-index: {e}");
            std::process::ExitCode::FAILURE
        }
    }
}

#[cfg(target_arch = "wasm32")]
fn main() {}
