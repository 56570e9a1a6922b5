//! One line of the command line's `--jsonl` stream: `{"id", "text"}` in (with an optional
//! `"date": "YYYY-MM-DD"`, the article date), one annotation (or one error record) out. A
//! library function so `fuzz/` can feed it arbitrary bytes.

use serde_json::Value;

use crate::{annotate_in_dated, dates, OffsetUnit, Ymd};

/// Annotates one JSONL line (without its `\n`; a trailing `\r` is JSON whitespace). The
/// record is `{"id", …annotation}`; on failure `Err((id, reason))`, `id` being `null` when the
/// line is not a JSON object with one. Invalid UTF-8 and lone UTF-16 surrogate escapes
/// (`"\ud800"`, which Python's `json.dumps` and JavaScript's `JSON.stringify` write) are
/// errors naming `--lossy` unless `lossy`, which replaces them with U+FFFD.
pub fn record(line: &[u8], unit: OffsetUnit, lossy: bool) -> Result<Value, (Value, String)> {
    record_dated(line, unit, lossy, None)
}

/// [`record`] where `date` is the article date of records without a `"date"` of their own
/// (`--date`); a record's `"date"` must be a day written YYYY-MM-DD, or `null`.
pub fn record_dated(
    line: &[u8],
    unit: OffsetUnit,
    lossy: bool,
    date: Option<Ymd>,
) -> Result<Value, (Value, String)> {
    let text = String::from_utf8_lossy(line);
    let not_json = |e: serde_json::Error| (Value::Null, format!("not JSON: {e}"));
    let (value, lone_surrogates) = match serde_json::from_str::<Value>(&text) {
        Ok(v) => (v, false),
        Err(e) => match replace_lone_surrogates(&text) {
            Some(fixed) => (serde_json::from_str(&fixed).map_err(|_| not_json(e))?, true),
            None => return Err(not_json(e)),
        },
    };
    let id = value.get("id").cloned().unwrap_or(Value::Null);
    if !lossy {
        if let Err(e) = std::str::from_utf8(line) {
            let column = e.valid_up_to() + 1;
            let why = format!(
                "not valid UTF-8 (first bad byte at column {column}); pass --lossy to replace bad bytes"
            );
            return Err((id, why));
        }
        if lone_surrogates {
            let why = "a \\u escape is half of a UTF-16 surrogate pair; pass --lossy to replace it";
            return Err((id, why.into()));
        }
    }
    let text = match value.get("text") {
        Some(Value::String(t)) => t,
        Some(_) => return Err((id, "\"text\" is not a string".into())),
        None => return Err((id, "no \"text\" field".into())),
    };
    let date = match value.get("date") {
        None | Some(Value::Null) => date,
        Some(Value::String(d)) => match dates::parse_iso(d) {
            Some(day) => Some(day),
            None => return Err((id, format!("\"date\" {d:?} is not a day written YYYY-MM-DD"))),
        },
        Some(_) => return Err((id, "\"date\" is not a string (YYYY-MM-DD)".into())),
    };
    let mut record = serde_json::to_value(annotate_in_dated(text, unit, date))
        .map_err(|e| (id.clone(), format!("cannot serialise the annotation: {e}")))?;
    if let Value::Object(fields) = &mut record {
        fields.insert("id".into(), id);
    }
    Ok(record)
}

/// `json` with every unpaired `\uD800`–`\uDFFF` escape replaced by `\ufffd`; `None` if it has
/// none. Backslashes only occur inside JSON strings, so escapes can be scanned without parsing.
fn replace_lone_surrogates(json: &str) -> Option<String> {
    let bytes = json.as_bytes();
    let (mut out, mut copied, mut i) = (String::new(), 0, 0);
    while i < bytes.len() {
        if bytes[i] != b'\\' {
            i += 1;
            continue;
        }
        let Some(unit) = unicode_escape(bytes, i) else {
            i += 2; // any other escape, including "\\"
            continue;
        };
        let paired = (0xD800..0xDC00).contains(&unit)
            && unicode_escape(bytes, i + 6).is_some_and(|next| (0xDC00..0xE000).contains(&next));
        if paired {
            i += 12;
        } else if (0xD800..0xE000).contains(&unit) {
            out.push_str(&json[copied..i]);
            out.push_str("\\ufffd");
            i += 6;
            copied = i;
        } else {
            i += 6;
        }
    }
    (copied > 0).then(|| out + &json[copied..])
}

/// The code unit of a `\uXXXX` escape starting at `bytes[i]`.
fn unicode_escape(bytes: &[u8], i: usize) -> Option<u32> {
    match bytes.get(i..i + 6)? {
        [b'\\', b'u', hex @ ..] if hex.iter().all(u8::is_ascii_hexdigit) => {
            u32::from_str_radix(std::str::from_utf8(hex).ok()?, 16).ok()
        }
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::replace_lone_surrogates as fix;

    #[test]
    fn only_unpaired_surrogate_escapes_are_replaced() {
        assert_eq!(fix(r#"{"t": "\ud83d\ude00 ok"}"#), None, "a pair is an emoji");
        assert_eq!(
            fix(r#"{"t": "\\ud800"}"#),
            None,
            "an escaped backslash, then text"
        );
        assert_eq!(fix(r#"{"t": "a\ud800b"}"#).unwrap(), r#"{"t": "a\ufffdb"}"#);
        assert_eq!(
            fix(r#"{"t": "\udc00\ud800"}"#).unwrap(),
            r#"{"t": "\ufffd\ufffd"}"#
        );
        assert_eq!(
            fix(r#"{"t": "\ud800\u0041"}"#).unwrap(),
            r#"{"t": "\ufffd\u0041"}"#
        );
        assert_eq!(fix(r#"{"t": "é\ud800"}"#).unwrap(), r#"{"t": "é\ufffd"}"#);
    }
}
