//! Writing the build's files (host only): every tool that writes into `dist/`
//! goes through [`write_file`], so a failure names the file the same way.

use std::path::Path;

/// Writes `contents` to `path`, creating the folders it needs.
pub fn write_file(path: &Path, contents: impl AsRef<[u8]>) -> Result<(), String> {
    path.parent()
        .map_or(Ok(()), std::fs::create_dir_all)
        .and_then(|()| std::fs::write(path, contents))
        .map_err(|e| format!("{}: cannot be written: {e}", path.display()))
}
