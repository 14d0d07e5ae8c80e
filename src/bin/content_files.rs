//! `content-files DIR`: from `public/content` (or CONTENT_DIR), read once,
//! writes what the app loads beside the editors' files: the news files
//! derived from the press releases (archive pages, latest items, each item's
//! page; see `src/content/news.rs`) into `DIR/content/`, and the search
//! index of every language into `DIR/pagefind/{lang}/` (see
//! `src/search_index.rs`). Trunk runs it after every build, into the folder
//! it is about to publish, so `trunk serve` and `trunk build` both serve them.

#[cfg(not(target_arch = "wasm32"))]
fn main() -> std::process::ExitCode {
    use std::process::ExitCode;

    use scrc_site::content::served::{content_dir, ServedContent};
    use scrc_site::output::DistWriter;
    use scrc_site::search_index::write_bundles;

    let Some(dir) = std::env::args().nth(1) else {
        eprintln!("usage: content-files DIR");
        return ExitCode::from(2);
    };
    let run = || -> Result<usize, String> {
        let content = ServedContent::read(&content_dir())?;
        let mut writer = DistWriter::new(&dir, "content-files");
        for (path, json) in &content.derived {
            writer.write(&format!("content/{path}"), json)?;
        }
        write_bundles(&mut writer, &content)?;
        writer.finish()
    };
    match run() {
        Ok(count) => {
            println!("content-files: {count} files (news and search index) written into {dir}");
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("content-files: {e}");
            ExitCode::FAILURE
        }
    }
}

#[cfg(target_arch = "wasm32")]
fn main() {}
