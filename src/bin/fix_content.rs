//! `fix-content` (`make fix-content`): sets right, in place, what the content
//! check refuses and a machine can set right without changing the meaning
//! (French spaces, Chinese punctuation, quotes, NFC, stray spaces), and
//! prints each change as `file: field: before → after`. `--content DIR`
//! fixes another content folder. Exits 0 unless a file cannot be written.

#[cfg(not(target_arch = "wasm32"))]
fn main() -> std::process::ExitCode {
    use std::path::{Path, PathBuf};
    use std::process::ExitCode;

    use scrc_site::content::check::fix::{fix_content, FileFix};
    use scrc_site::content::served::content_dir;

    let args: Vec<String> = std::env::args().skip(1).collect();
    let repo = Path::new(env!("CARGO_MANIFEST_DIR"));
    let (dir, shown_from): (PathBuf, &Path) = match args.as_slice() {
        [] => (content_dir(), repo),
        [flag, dir] if flag == "--content" => (PathBuf::from(dir), Path::new(".")),
        _ => {
            eprintln!("usage: make fix-content\n       fix-content --content DIR   fix another content folder");
            return ExitCode::from(2);
        }
    };
    let fixes = match fix_content(&dir, shown_from) {
        Ok(fixes) => fixes,
        Err(e) => {
            eprintln!("fix-content: a file could not be written: {e}");
            return ExitCode::FAILURE;
        }
    };
    let mut changed = 0;
    for fix in &fixes {
        match fix {
            FileFix::Fixed { file, changes } => {
                for change in changes {
                    println!("{file}: {change}");
                }
                changed += 1;
            }
            FileFix::Unreadable { file } => {
                println!(
                    "{file}: not fixed: it cannot be read as a content file yet (`make check-content` says why)"
                )
            }
        }
    }
    let count: usize = fixes
        .iter()
        .map(|fix| match fix {
            FileFix::Fixed { changes, .. } => changes.len(),
            FileFix::Unreadable { .. } => 0,
        })
        .sum();
    if count == 0 {
        println!("fix-content: nothing to set right");
    } else {
        println!("fix-content: {count} change(s) in {changed} file(s); `make check-content` lists anything left to do by hand");
    }
    ExitCode::SUCCESS
}

#[cfg(target_arch = "wasm32")]
fn main() {}
