//! `news-files DIR`: writes the news files derived from the press releases
//! (archive pages, latest items, each item's page; see `src/content/news.rs`)
//! into `DIR/content/`, from `public/content` (or CONTENT_DIR). Trunk runs it
//! after every build, into the folder it is about to publish, so
//! `trunk serve` and `trunk build` both serve them.

#[cfg(not(target_arch = "wasm32"))]
fn main() -> std::process::ExitCode {
    use std::process::ExitCode;

    use scrc_site::content::served::{content_dir, ServedContent};
    use scrc_site::output::DistWriter;

    let Some(dir) = std::env::args().nth(1) else {
        eprintln!("usage: news-files DIR");
        return ExitCode::from(2);
    };
    let run = || -> Result<usize, String> {
        let content = ServedContent::read(&content_dir())?;
        let mut writer = DistWriter::new(&dir, "news-files");
        for (path, json) in &content.derived {
            writer.write(&format!("content/{path}"), json)?;
        }
        writer.finish()
    };
    match run() {
        Ok(count) => {
            println!("news-files: {count} files written into {dir}/content");
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("news-files: {e}");
            ExitCode::FAILURE
        }
    }
}

#[cfg(target_arch = "wasm32")]
fn main() {}
