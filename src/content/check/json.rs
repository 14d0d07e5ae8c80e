//! A content file read strictly: UTF-8 without a byte-order mark, valid JSON,
//! and no key written twice in one object (JSON parsers keep the last one
//! silently, so a reviewer could read one value while the site shows another).

use std::cell::RefCell;
use std::fmt;

use serde::de::{DeserializeSeed, Deserializer, MapAccess, SeqAccess, Visitor};
use serde_json::Value;

/// Where a problem is (`line 3, column 7` or a field path) and what it is.
pub type Located = (String, String);

/// The text and value of a file's bytes, or every reason they are refused.
pub fn read_strict(bytes: &[u8]) -> Result<(String, Value), Vec<Located>> {
    let text = std::str::from_utf8(bytes).map_err(|e| {
        let (line, column) = line_column(&bytes[..e.valid_up_to()]);
        vec![(
            format!("line {line}, column {column}"),
            "is not UTF-8 text (save the file as UTF-8)".to_owned(),
        )]
    })?;
    if text.starts_with('\u{FEFF}') {
        return Err(vec![(
            "line 1, column 1".to_owned(),
            "starts with a byte-order mark (save the file as UTF-8 without BOM)".to_owned(),
        )]);
    }
    let value: Value = serde_json::from_str(text).map_err(|e| {
        vec![(
            format!("line {}, column {}", e.line(), e.column()),
            json_reason(&e),
        )]
    })?;
    let duplicates = RefCell::new(Vec::new());
    let mut deserializer = serde_json::Deserializer::from_str(text);
    // The text parsed above, so walking it again cannot fail.
    let _ = KeyWalk {
        path: String::new(),
        duplicates: &duplicates,
    }
    .deserialize(&mut deserializer);
    let duplicates = duplicates.into_inner();
    if duplicates.is_empty() {
        Ok((text.to_owned(), value))
    } else {
        Err(duplicates)
    }
}

/// serde_json's message without its trailing " at line L column C" (shown apart).
pub fn json_reason(e: &serde_json::Error) -> String {
    let text = e.to_string();
    match text.rfind(" at line ") {
        Some(cut) => text[..cut].to_owned(),
        None => text,
    }
}

fn line_column(before: &[u8]) -> (usize, usize) {
    let line = before.iter().filter(|&&b| b == b'\n').count() + 1;
    let line_start = before
        .iter()
        .rposition(|&b| b == b'\n')
        .map_or(0, |i| i + 1);
    (line, before.len() - line_start + 1)
}

/// Walks a JSON document, recording each key that its object already had.
struct KeyWalk<'a> {
    path: String,
    duplicates: &'a RefCell<Vec<Located>>,
}

impl KeyWalk<'_> {
    fn child(&self, path: String) -> Self {
        KeyWalk {
            path,
            duplicates: self.duplicates,
        }
    }
}

impl<'de> DeserializeSeed<'de> for KeyWalk<'_> {
    type Value = ();
    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<(), D::Error> {
        deserializer.deserialize_any(self)
    }
}

impl<'de> Visitor<'de> for KeyWalk<'_> {
    type Value = ();

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("any JSON value")
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<(), A::Error> {
        let mut seen = std::collections::HashSet::new();
        while let Some(key) = map.next_key::<String>()? {
            let path = if self.path.is_empty() {
                key.clone()
            } else {
                format!("{}.{key}", self.path)
            };
            if !seen.insert(key.clone()) {
                self.duplicates.borrow_mut().push((
                    path.clone(),
                    format!("the key `{key}` is written twice in one object; keep one"),
                ));
            }
            map.next_value_seed(self.child(path))?;
        }
        Ok(())
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<(), A::Error> {
        let mut i = 0;
        while seq
            .next_element_seed(self.child(format!("{}[{i}]", self.path)))?
            .is_some()
        {
            i += 1;
        }
        Ok(())
    }

    fn visit_bool<E>(self, _: bool) -> Result<(), E> {
        Ok(())
    }
    fn visit_i64<E>(self, _: i64) -> Result<(), E> {
        Ok(())
    }
    fn visit_u64<E>(self, _: u64) -> Result<(), E> {
        Ok(())
    }
    fn visit_f64<E>(self, _: f64) -> Result<(), E> {
        Ok(())
    }
    fn visit_str<E>(self, _: &str) -> Result<(), E> {
        Ok(())
    }
    fn visit_unit<E>(self) -> Result<(), E> {
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn duplicate_keys_are_found_at_any_depth() {
        let text = br#"{"a": 1, "b": {"c": [ {"d": 1, "d": 2} ]}, "a": 3}"#;
        assert_eq!(
            read_strict(text).unwrap_err(),
            [
                (
                    "b.c[0].d".to_owned(),
                    "the key `d` is written twice in one object; keep one".to_owned()
                ),
                (
                    "a".to_owned(),
                    "the key `a` is written twice in one object; keep one".to_owned()
                ),
            ]
        );
        assert!(read_strict(br#"{"a": {"a": 1}, "b": [{"a": 1}, {"a": 2}]}"#).is_ok());
    }

    #[test]
    fn bytes_that_are_not_utf8_or_carry_a_bom_are_refused_with_their_place() {
        assert_eq!(
            read_strict(b"{\n  \"a\": \"\xff\"}").unwrap_err(),
            [(
                "line 2, column 9".to_owned(),
                "is not UTF-8 text (save the file as UTF-8)".to_owned()
            )]
        );
        assert_eq!(
            read_strict("\u{FEFF}{}".as_bytes()).unwrap_err()[0].1,
            "starts with a byte-order mark (save the file as UTF-8 without BOM)"
        );
    }
}
