//! `make fix-content`: sets right, in place, what the content check refuses
//! and a machine can set right without changing the meaning — the slips of
//! [`typography::fixable_slips`], the very rules the check reports.
//!
//! A file is edited as text, never re-serialized: only the string literals
//! whose text changes are rewritten, and in them only the characters that
//! change; key order, formatting and every escape of the rest stay as the
//! editor wrote them.

use std::fmt;
use std::ops::Range;
use std::path::Path;

use serde_json::Value;

use super::json::read_strict;
use super::shown_path;
use super::text::{for_each_text, CODE_KEYS};
use super::typography::{self, Slip};
use crate::content::archive::{sorted_entries, NEWS_SOURCE_DIR};
use crate::content::files as content_files;
use crate::lang::Lang;

/// Slips can overlap or make room for one another; a text settles in a few
/// rounds (the property tests check it never needs more).
const ROUNDS: usize = 8;
/// Characters shown on each side of a change.
const CONTEXT: usize = 12;

/// One change made to one string.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Change {
    /// The field path, as the check names it (`body[2]`).
    pub path: String,
    /// A few characters around the change, before and after it.
    pub before: String,
    pub after: String,
}

impl fmt::Display for Change {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{}: `{}` → `{}`",
            self.path,
            visible(&self.before),
            visible(&self.after)
        )
    }
}

/// What the fixer did to one file.
#[derive(Debug)]
pub enum FileFix {
    /// The file was rewritten with these changes.
    Fixed { file: String, changes: Vec<Change> },
    /// The file is not strict JSON (invalid, a key twice, a byte-order mark):
    /// the check names why; nothing is touched.
    Unreadable { file: String },
}

/// Fixes every content file under `content_dir` in place (file names shown
/// relative to `shown_from`); the files it changed or could not read.
pub fn fix_content(content_dir: &Path, shown_from: &Path) -> std::io::Result<Vec<FileFix>> {
    let mut files: Vec<(Lang, std::path::PathBuf)> = Vec::new();
    for lang in Lang::ALL {
        for file in content_files() {
            files.push((lang, content_dir.join(lang.code()).join(file)));
        }
    }
    let news = content_dir.join(NEWS_SOURCE_DIR);
    for folder in sorted_entries(&news).unwrap_or_default() {
        for lang in Lang::ALL {
            files.push((lang, folder.join(format!("{}.json", lang.code()))));
        }
    }
    let mut fixes = Vec::new();
    for (lang, path) in files {
        let Ok(bytes) = std::fs::read(&path) else {
            continue; // a missing file is the check's to report
        };
        let file = shown_path(&path, shown_from);
        match fix_json(&bytes, lang) {
            None => fixes.push(FileFix::Unreadable { file }),
            Some((_, changes)) if changes.is_empty() => {}
            Some((fixed, changes)) => {
                write_in_place(&path, &fixed)?;
                fixes.push(FileFix::Fixed { file, changes });
            }
        }
    }
    Ok(fixes)
}

/// Replaces `path` by `text` all at once, so an interrupted run loses nothing.
fn write_in_place(path: &Path, text: &str) -> std::io::Result<()> {
    let mut temporary = path.as_os_str().to_owned();
    temporary.push(".fixing");
    std::fs::write(&temporary, text)?;
    std::fs::rename(&temporary, path)
}

/// The fixed text of a content file written in `lang` and the changes made,
/// or `None` when its bytes are not a content file's JSON (the check says why).
pub fn fix_json(bytes: &[u8], lang: Lang) -> Option<(String, Vec<Change>)> {
    let (source, value) = read_strict(bytes).ok()?;
    let prose = prose_strings(&value, lang);
    let mut fixed = String::with_capacity(source.len());
    let mut changes = Vec::new();
    let mut copied_up_to = 0;
    for (path, token) in string_tokens(&source) {
        let Some((lang, text)) = prose.iter().find(|(p, _)| *p == path).map(|(_, v)| v) else {
            continue;
        };
        let Some(mut pieces) = decode(&source, token.clone()) else {
            continue;
        };
        // The token must be the string the check read at that path.
        if pieces.iter().map(|p| p.c).collect::<String>() != *text {
            continue;
        }
        let made = fix_pieces(&mut pieces, *lang);
        if made.is_empty() {
            continue;
        }
        fixed.push_str(&source[copied_up_to..token.start]);
        fixed.push_str(&encode(&source, &pieces));
        copied_up_to = token.end;
        changes.extend(made.into_iter().map(|(before, after)| Change {
            path: path.clone(),
            before,
            after,
        }));
    }
    fixed.push_str(&source[copied_up_to..]);
    Some((fixed, changes))
}

/// `text` written in `lang` with every fixable slip set right.
pub fn fix_text(text: &str, lang: Lang) -> String {
    let mut pieces: Vec<Piece> = text.chars().map(Piece::new).collect();
    fix_pieces(&mut pieces, lang);
    pieces.iter().map(|p| p.c).collect()
}

/// Each string the check holds to typography (not a code such as `href`),
/// by field path, with the language it is written in.
fn prose_strings(value: &Value, lang: Lang) -> Vec<(String, (Lang, String))> {
    let mut prose = Vec::new();
    for_each_text(value, lang, &mut |text| {
        if !CODE_KEYS.contains(&text.key) {
            prose.push((text.path.to_owned(), (text.lang, text.text.to_owned())));
        }
    });
    prose
}

/// One character of a string, and while it is the one the file holds, its
/// bytes in the file (a character or its escape).
#[derive(Clone, Debug)]
struct Piece {
    c: char,
    source: Option<Range<usize>>,
}

impl Piece {
    fn new(c: char) -> Piece {
        Piece { c, source: None }
    }
}

/// Applies the fixable slips until none is left; each change as (before, after).
fn fix_pieces(pieces: &mut Vec<Piece>, lang: Lang) -> Vec<(String, String)> {
    let mut changes = Vec::new();
    for _ in 0..ROUNDS {
        let text: String = pieces.iter().map(|p| p.c).collect();
        let mut chosen: Vec<Slip> = Vec::new();
        for slip in typography::fixable_slips(&text, lang) {
            if chosen.last().is_none_or(|last| slip.start >= last.end) {
                chosen.push(slip);
            }
        }
        if chosen.is_empty() {
            break;
        }
        // Each change is shown in the text as the round found it.
        changes.extend(chosen.iter().map(|slip| around(pieces, slip)));
        for slip in chosen.iter().rev() {
            pieces.splice(slip.start..slip.end, slip.fix.chars().map(Piece::new));
        }
    }
    changes
}

/// The slip's characters with a few on each side, before and after the fix.
fn around(pieces: &[Piece], slip: &Slip) -> (String, String) {
    let from = slip.start.saturating_sub(CONTEXT);
    let to = (slip.end + CONTEXT).min(pieces.len());
    let text = |range: Range<usize>| pieces[range].iter().map(|p| p.c).collect::<String>();
    let (head, tail) = (text(from..slip.start), text(slip.end..to));
    let ellipsis = |cut: bool| if cut { "…" } else { "" };
    let (open, close) = (ellipsis(from > 0), ellipsis(to < pieces.len()));
    (
        format!("{open}{head}{}{tail}{close}", text(slip.start..slip.end)),
        format!("{open}{head}{}{tail}{close}", slip.fix),
    )
}

/// Text as the report shows it: the spaces and marks a reader cannot tell
/// apart written as the escapes an editor types (`\u202f`).
pub fn visible(text: &str) -> String {
    text.chars()
        .map(|c| {
            let plain = c == ' ' || !(c.is_whitespace() || c.is_control() || is_mark(c));
            if plain {
                c.to_string()
            } else if c == '\n' {
                "\\n".to_owned()
            } else {
                format!("\\u{:04x}", c as u32)
            }
        })
        .collect()
}

fn is_mark(c: char) -> bool {
    super::unicode::is_combining_mark(c) || super::unicode::hidden_kind(c).is_some()
}

/// The string literals of a JSON text (already parsed, so well formed) that
/// are values, each with its field path as the check names it and its byte
/// range, quotes included.
fn string_tokens(source: &str) -> Vec<(String, Range<usize>)> {
    enum Frame {
        Object {
            key: Option<String>,
            expect_key: bool,
        },
        Array {
            index: usize,
        },
    }
    let path_of = |stack: &[Frame]| {
        let mut path = String::new();
        for frame in stack {
            match frame {
                Frame::Object { key: Some(key), .. } if path.is_empty() => path.push_str(key),
                Frame::Object { key: Some(key), .. } => {
                    path.push('.');
                    path.push_str(key);
                }
                Frame::Object { key: None, .. } => {}
                Frame::Array { index } => path.push_str(&format!("[{index}]")),
            }
        }
        path
    };
    let bytes = source.as_bytes();
    let mut stack: Vec<Frame> = Vec::new();
    let mut tokens = Vec::new();
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'{' => stack.push(Frame::Object {
                key: None,
                expect_key: true,
            }),
            b'[' => stack.push(Frame::Array { index: 0 }),
            b'}' | b']' => {
                stack.pop();
            }
            b',' => match stack.last_mut() {
                Some(Frame::Object { expect_key, .. }) => *expect_key = true,
                Some(Frame::Array { index }) => *index += 1,
                None => {}
            },
            b'"' => {
                let end = token_end(bytes, i);
                match stack.last_mut() {
                    Some(Frame::Object { key, expect_key }) if *expect_key => {
                        *key = serde_json::from_str(&source[i..end]).ok();
                        *expect_key = false;
                    }
                    _ => tokens.push((path_of(&stack), i..end)),
                }
                i = end;
                continue;
            }
            _ => {}
        }
        i += 1;
    }
    tokens
}

/// The end (past the closing quote) of the string literal starting at `start`.
fn token_end(bytes: &[u8], start: usize) -> usize {
    let mut i = start + 1;
    while i < bytes.len() {
        match bytes[i] {
            b'\\' => i += 2,
            b'"' => return i + 1,
            _ => i += 1,
        }
    }
    bytes.len()
}

/// The characters of the string literal at `token`, each with its bytes.
fn decode(source: &str, token: Range<usize>) -> Option<Vec<Piece>> {
    let inner = token.start + 1..token.end - 1;
    let mut pieces = Vec::new();
    let mut i = inner.start;
    while i < inner.end {
        let rest = &source[i..inner.end];
        let (c, len) = if let Some(escape) = rest.strip_prefix('\\') {
            unescape(escape)?
        } else {
            let c = rest.chars().next()?;
            (c, c.len_utf8())
        };
        pieces.push(Piece {
            c,
            source: Some(i..i + len),
        });
        i += len;
    }
    Some(pieces)
}

/// The character an escape stands for (`escape` follows the backslash) and
/// the escape's length, backslash included.
fn unescape(escape: &str) -> Option<(char, usize)> {
    let simple = match escape.chars().next()? {
        '"' => '"',
        '\\' => '\\',
        '/' => '/',
        'b' => '\u{8}',
        'f' => '\u{c}',
        'n' => '\n',
        'r' => '\r',
        't' => '\t',
        'u' => {
            let unit = |at: usize| u32::from_str_radix(escape.get(at..at + 4)?, 16).ok();
            let high = unit(1)?;
            if (0xD800..0xDC00).contains(&high) {
                let low = escape.get(5..)?.strip_prefix("\\u")?;
                let low = u32::from_str_radix(low.get(..4)?, 16).ok()?;
                if !(0xDC00..0xE000).contains(&low) {
                    return None;
                }
                let c = char::from_u32(0x10000 + ((high - 0xD800) << 10) + (low - 0xDC00))?;
                return Some((c, 12));
            }
            return Some((char::from_u32(high)?, 6));
        }
        _ => return None,
    };
    Some((simple, 2))
}

/// The string literal of `pieces`: kept characters as the file wrote them,
/// new ones written plainly (escaped only where JSON requires it).
fn encode(source: &str, pieces: &[Piece]) -> String {
    let mut token = String::from("\"");
    for piece in pieces {
        match (&piece.source, piece.c) {
            (Some(bytes), _) => token.push_str(&source[bytes.clone()]),
            (None, '"') => token.push_str("\\\""),
            (None, '\\') => token.push_str("\\\\"),
            (None, c) if c.is_control() => token.push_str(&format!("\\u{:04x}", c as u32)),
            (None, c) => token.push(c),
        }
    }
    token.push('"');
    token
}

#[cfg(test)]
mod proptests;
#[cfg(test)]
mod tests;
