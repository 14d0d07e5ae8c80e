//! `translation-status`: per language, the press releases it has no version
//! of, and the translations made from an older version of their original.
//! A report for editors, not a check: it always exits 0 when the content reads.

#[cfg(not(target_arch = "wasm32"))]
fn main() -> std::process::ExitCode {
    use scrc_site::content::archive::NewsArchive;
    use scrc_site::content::served::content_dir;
    use scrc_site::content::translation::{report, translation_status};

    match NewsArchive::read(&content_dir()) {
        Ok(archive) => {
            print!("{}", report(&translation_status(&archive)));
            println!(
                "When a translation is done, record the version shown as its `translated_from.version`."
            );
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
