//! `synthetic-archive DIR COUNT`: fills the content folder DIR (a copy of
//! public/content) up to COUNT press releases with synthetic ones (distinct
//! text, some in one or two languages only), for the archive-scale bench
//! (bench/archive.sh). The shipped items stay, so every link to them holds.

#[cfg(not(target_arch = "wasm32"))]
fn main() -> std::process::ExitCode {
    use std::path::Path;

    use scrc_site::content::archive::synthetic::{synthetic_archive, write_sources};
    use scrc_site::content::archive::NEWS_SOURCE_DIR;

    let args: Vec<String> = std::env::args().skip(1).collect();
    let (Some(dir), Some(Ok(count))) = (args.first(), args.get(1).map(|c| c.parse::<usize>()))
    else {
        eprintln!("usage: synthetic-archive DIR COUNT");
        return std::process::ExitCode::from(2);
    };
    let dir = Path::new(dir);
    let news = dir.join(NEWS_SOURCE_DIR);
    let shipped = std::fs::read_dir(&news).map_or(0, |entries| entries.count());
    match write_sources(dir, &synthetic_archive(count.saturating_sub(shipped))) {
        Ok(()) => {
            println!(
                "synthetic-archive: {count} press releases in {}",
                news.display()
            );
            std::process::ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("synthetic-archive: {e}");
            std::process::ExitCode::FAILURE
        }
    }
}

#[cfg(target_arch = "wasm32")]
fn main() {}
