//! `news-item SLUG LANG` (`make news-item SLUG=… LANG=…`): writes the file of
//! a new press release, dated today, with its texts empty, and says what to
//! do next. Refuses an invalid slug or an item that already exists.

#[cfg(not(target_arch = "wasm32"))]
fn main() -> std::process::ExitCode {
    use std::path::Path;
    use std::process::ExitCode;

    use scrc_site::content::scaffold::{
        new_item, request_from_args, today_in_shanghai, RequestError,
    };
    use scrc_site::content::served::content_dir;

    const USAGE: &str = "usage: make news-item SLUG=new-biobank-guide LANG=zh   (LANG: zh, en or fr, the language you write it in)";
    let args: Vec<String> = std::env::args().skip(1).collect();
    let (slug, lang) = match request_from_args(&args) {
        Ok(request) => request,
        Err(RequestError::Usage) => {
            eprintln!("{USAGE}");
            return ExitCode::from(2);
        }
        Err(RequestError::Refused(e)) => {
            eprintln!("news-item: {e}");
            return ExitCode::FAILURE;
        }
    };
    let repo = Path::new(env!("CARGO_MANIFEST_DIR"));
    let date = today_in_shanghai();
    let path = match new_item(&content_dir(), &slug, lang, date) {
        Ok(path) => path,
        Err(e) => {
            eprintln!("news-item: {e}");
            return ExitCode::FAILURE;
        }
    };
    let shown = path.strip_prefix(repo).unwrap_or(&path).display();
    println!(
        "Wrote {shown}: a press release in {}, dated {date} (today in Shanghai), its texts empty.",
        lang.native_name()
    );
    println!("Next:");
    println!("  1. In that file, write the title, the summary and the text: each paragraph is one");
    println!("     string in \"body\" (add more as \"…\", \"…\"). Change \"date\" if it is dated otherwise.");
    println!("  2. make fix-content     sets spaces, quotes and punctuation right");
    println!("  3. make check-content   lists what is still missing, until it says no problems");
    println!(
        "  4. make serve           shows it at http://127.0.0.1:8080/{}/news/{slug}",
        lang.code()
    );
    println!("Once the text is final, its translations: `make translate SLUG={slug} LANG=…` for each other language.");
    ExitCode::SUCCESS
}

#[cfg(target_arch = "wasm32")]
fn main() {}
