//! `translation-status`: per language, the press releases it has no version
//! of, and the translations made from an older version of their original.
//! Each line says what to do: the command that writes a missing translation,
//! or what to update in an outdated one and the version to record.
//! A report for editors, not a check: it always exits 0 when the content reads.

#[cfg(not(target_arch = "wasm32"))]
fn main() -> std::process::ExitCode {
    use scrc_site::content::archive::{NewsArchive, NEWS_SOURCE_DIR};
    use scrc_site::content::served::content_dir;
    use scrc_site::content::translation::{report, translation_status};

    let dir = content_dir();
    match NewsArchive::read(&dir) {
        Ok(archive) => {
            let repo = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
            let news = dir.join(NEWS_SOURCE_DIR);
            let shown = news
                .strip_prefix(repo)
                .unwrap_or(&news)
                .display()
                .to_string();
            print!("{}", report(&translation_status(&archive), &shown));
            std::process::ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("translation-status: {e}");
            std::process::ExitCode::FAILURE
        }
    }
}

#[cfg(target_arch = "wasm32")]
fn main() {}
