//! Writing the build's files (host only): every tool that writes into `dist/`
//! goes through [`DistWriter`], so a failure names the file the same way, and
//! the build keeps a record of every file it wrote, which the dist check
//! reads: a file in `dist/` that no step wrote is refused (see
//! `content::check::files`).

use std::path::{Path, PathBuf};

/// Writes `contents` to `path`, creating the folders it needs.
pub fn write_file(path: &Path, contents: impl AsRef<[u8]>) -> Result<(), String> {
    path.parent()
        .map_or(Ok(()), std::fs::create_dir_all)
        .and_then(|()| std::fs::write(path, contents))
        .map_err(|e| format!("{}: cannot be written: {e}", path.display()))
}

/// The variable naming the folder where each step of a build records what
/// it wrote (`scripts/build.sh` sets it; a build by `trunk serve` records
/// nothing). Trunk's hooks write into its staging folder, not into `dist/`,
/// so the record's place cannot be read from the folder a step writes to.
pub const RECORD_ENV: &str = "DIST_RECORD";

/// The record of the build of `dist`: the folder beside it, `<dist>.record`,
/// outside what is uploaded.
pub fn record_dir_of(dist: &Path) -> PathBuf {
    let mut name = dist
        .file_name()
        .map(|name| name.to_os_string())
        .unwrap_or_else(|| "dist".into());
    name.push(".record");
    dist.with_file_name(name)
}

/// One build step's writes into a folder that will be served, each path
/// remembered relative to that folder.
pub struct DistWriter {
    root: PathBuf,
    step: &'static str,
    written: Vec<String>,
}

impl DistWriter {
    /// A writer into `root` (the dist folder, or Trunk's staging folder of
    /// it) for the build step `step`, the name its record is kept under.
    pub fn new(root: impl Into<PathBuf>, step: &'static str) -> DistWriter {
        DistWriter {
            root: root.into(),
            step,
            written: Vec::new(),
        }
    }

    /// Writes `contents` to `relative` (`/`-separated) below the root.
    pub fn write(&mut self, relative: &str, contents: impl AsRef<[u8]>) -> Result<(), String> {
        write_file(&self.root.join(relative), contents)?;
        self.written.push(relative.to_owned());
        Ok(())
    }

    /// Records the files written, one path a line, as `$DIST_RECORD/<step>`
    /// when the build asks for a record; the number of files written.
    pub fn finish(self) -> Result<usize, String> {
        if let Some(record) = std::env::var_os(RECORD_ENV) {
            let mut list = self.written.join("\n");
            list.push('\n');
            write_file(&Path::new(&record).join(self.step), list)?;
        }
        Ok(self.written.len())
    }
}
