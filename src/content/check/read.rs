//! A built file read as what it is, as a visitor's browser receives it:
//! `.br` and `.gz` copies and Pagefind's own files (gzip) decompressed; text
//! (pages, scripts, styles, JSON, the index's fragments) as UTF-8 text; and
//! binary data (WebAssembly, images, fonts, the index's word lists) never as
//! text, only for the strings it holds. Compressed or binary bytes spell
//! words by chance: read as text, a build would pass or fail on what the
//! compressor happened to emit.

use std::io::Read;
use std::path::Path;

/// A file's contents as served.
pub(super) enum Served {
    Text(String),
    Binary(Vec<u8>),
}

/// Files served as text, by the extension of the name they are served under.
const TEXT_EXTENSIONS: [&str; 12] = [
    "html",
    "js",
    "mjs",
    "css",
    "json",
    "svg",
    "xml",
    "atom",
    "txt",
    "map",
    "webmanifest",
    // Pagefind's fragment of one page: its JSON, once decompressed.
    "pf_fragment",
];

/// Files served as text whatever their extension (the hosts' own files).
const TEXT_NAMES: [&str; 2] = ["_headers", "_redirects"];

/// Pagefind's own files, each gzip data its script decompresses in the
/// browser: the fragments, the index, its metadata, its filters and its
/// WebAssembly (`wasm.{lang}.pagefind`).
const PAGEFIND_GZIP: [&str; 5] = [
    "pf_fragment",
    "pf_index",
    "pf_meta",
    "pf_filter",
    "pagefind",
];

/// The fewest characters in a row that count as a string in binary data:
/// strings compiled into the WebAssembly (messages, URLs) are longer, or
/// packed with others into a longer run, while random bytes make a run of
/// 16 printable characters about once in 10 million positions.
pub(super) const MIN_STRING: usize = 16;

/// The name a file is served under: a host sends `page.html.br` for
/// `page.html`, so a compressed copy is read as the file it stands for.
pub(super) fn served_name(path: &Path) -> String {
    let name = path.to_string_lossy();
    name.strip_suffix(".br")
        .or_else(|| name.strip_suffix(".gz"))
        .unwrap_or(&name)
        .to_owned()
}

/// A file's contents as a visitor receives them, or why it cannot be read
/// as what it is.
pub(super) fn read_as_served(path: &Path) -> Result<Served, String> {
    let file = std::fs::read(path).map_err(|e| format!("cannot be read: {e}"))?;
    let bytes = match extension(&path.to_string_lossy()) {
        "br" => decompress(brotli_decompressor::Decompressor::new(
            file.as_slice(),
            4096,
        ))?,
        "gz" => decompress(flate2::read::GzDecoder::new(file.as_slice()))?,
        ext if PAGEFIND_GZIP.contains(&ext) => {
            decompress(flate2::read::GzDecoder::new(file.as_slice()))?
        }
        _ => file,
    };
    let served = served_name(path);
    let name = served.rsplit('/').next().unwrap_or_default();
    if !(TEXT_NAMES.contains(&name) || TEXT_EXTENSIONS.contains(&extension(&served))) {
        return Ok(Served::Binary(bytes));
    }
    String::from_utf8(bytes).map(Served::Text).map_err(|e| {
        format!(
            "is not UTF-8 text (byte {}), as a file named `.{}` must be",
            e.utf8_error().valid_up_to(),
            extension(&served)
        )
    })
}

fn extension(name: &str) -> &str {
    let name = name.rsplit('/').next().unwrap_or_default();
    name.rsplit_once('.').map_or("", |(_, ext)| ext)
}

fn decompress(mut reader: impl Read) -> Result<Vec<u8>, String> {
    let mut bytes = Vec::new();
    reader
        .read_to_end(&mut bytes)
        .map_err(|e| format!("cannot be decompressed: {e}"))?;
    Ok(bytes)
}

/// The strings in binary data, as a `strings` tool finds them: runs of at
/// least [`MIN_STRING`] printable characters of valid UTF-8, each with its
/// byte offset.
pub(super) fn strings_in(bytes: &[u8]) -> Vec<(usize, &str)> {
    let mut strings = Vec::new();
    let mut offset = 0;
    for chunk in bytes.utf8_chunks() {
        let valid = chunk.valid();
        let mut run_start = 0;
        let mut run_chars = 0;
        for (at, c) in valid.char_indices().chain([(valid.len(), '\0')]) {
            if !c.is_control() {
                run_chars += 1;
                continue;
            }
            if run_chars >= MIN_STRING {
                strings.push((offset + run_start, &valid[run_start..at]));
            }
            run_start = at + c.len_utf8();
            run_chars = 0;
        }
        offset += valid.len() + chunk.invalid().len();
    }
    strings
}
