//! `translate SLUG LANG` (`make translate SLUG=… LANG=…`): writes the
//! translation file of a press release into LANG, with its original's text
//! to be replaced and `translated_from` naming the original's language and
//! current version, and says what to do next. Refuses a file that exists.

#[cfg(not(target_arch = "wasm32"))]
fn main() -> std::process::ExitCode {
    use std::path::Path;
    use std::process::ExitCode;

    use scrc_site::content::scaffold::{new_translation, request_from_args, RequestError};
    use scrc_site::content::served::content_dir;

    const USAGE: &str = "usage: make translate SLUG=new-biobank-guide LANG=en   (LANG: zh, en or fr, the language you translate into)";
    let args: Vec<String> = std::env::args().skip(1).collect();
    let (slug, lang) = match request_from_args(&args) {
        Ok(request) => request,
        Err(RequestError::Usage) => {
            eprintln!("{USAGE}");
            return ExitCode::from(2);
        }
        Err(RequestError::Refused(e)) => {
            eprintln!("translate: {e}");
            return ExitCode::FAILURE;
        }
    };
    let repo = Path::new(env!("CARGO_MANIFEST_DIR"));
    let translation = match new_translation(&content_dir(), &slug, lang) {
        Ok(translation) => translation,
        Err(e) => {
            eprintln!("translate: {e}");
            return ExitCode::FAILURE;
        }
    };
    let shown = translation
        .path
        .strip_prefix(repo)
        .unwrap_or(&translation.path)
        .display();
    let original = translation.original;
    println!(
        "Wrote {shown}: a copy of {}.json, version {}, to translate into {}.",
        original.code(),
        translation.version,
        lang.native_name()
    );
    println!("Next:");
    println!(
        "  1. Replace the title, the summary and each of the {} paragraph(s) of \"body\" with their",
        translation.paragraphs
    );
    println!("     translation. Keep \"date\" and \"translated_from\" as they are: they record what you translated.");
    println!("  2. make fix-content     sets spaces, quotes and punctuation right");
    println!("  3. make check-content   refuses the file while a text is still the original's");
    println!(
        "  4. make serve           shows it at http://127.0.0.1:8080/{}/news/{slug}",
        lang.code()
    );
    ExitCode::SUCCESS
}

#[cfg(target_arch = "wasm32")]
fn main() {}
