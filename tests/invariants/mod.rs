//! The promises every annotation keeps, checked on any text: shared by tests/properties.rs,
//! tests/regressions.rs and the fuzz targets (fuzz/ includes this file by path), so a crash
//! found by one is a failure in the others. Panics with a message naming the broken promise.
#![allow(dead_code)] // each includer uses a subset

use factlens::types::{Annotation, Token, TokenKind};
use factlens::{annotate, annotate_in, OffsetUnit};
use serde_json::Value;

/// Every `{start, end}` object in the annotation's JSON, with its path, in document order.
/// Walking the JSON rather than the structs means a span added to the schema later is
/// checked without touching this file.
pub fn spans(ann: &Annotation) -> Vec<(String, usize, usize)> {
    fn walk(v: &Value, path: &mut String, out: &mut Vec<(String, usize, usize)>) {
        match v {
            Value::Object(map) => {
                if let (Some(s), Some(e)) = (
                    map.get("start").and_then(Value::as_u64),
                    map.get("end").and_then(Value::as_u64),
                ) {
                    out.push((path.clone(), s as usize, e as usize));
                }
                for (k, child) in map {
                    let len = path.len();
                    path.push('.');
                    path.push_str(k);
                    walk(child, path, out);
                    path.truncate(len);
                }
            }
            Value::Array(items) => {
                for (i, child) in items.iter().enumerate() {
                    let len = path.len();
                    path.push_str(&format!("[{i}]"));
                    walk(child, path, out);
                    path.truncate(len);
                }
            }
            _ => {}
        }
    }
    let mut out = Vec::new();
    let value = serde_json::to_value(ann).expect("an annotation serialises");
    walk(&value, &mut String::new(), &mut out);
    out
}

/// Annotates `text` in every offset unit and checks every promise; returns the byte annotation.
pub fn check_annotation(text: &str) -> Annotation {
    let ann = annotate(text);
    assert_eq!(ann.offsets, OffsetUnit::Bytes);
    let byte_spans = spans(&ann);
    for (path, s, e) in &byte_spans {
        assert!(
            s <= e && *e <= text.len(),
            "{path}: {s}..{e} outside 0..{}",
            text.len()
        );
        assert!(
            text.is_char_boundary(*s) && text.is_char_boundary(*e),
            "{path}: {s}..{e} splits a character"
        );
    }
    for pair in ann.entities.windows(2) {
        assert!(
            pair[0].end <= pair[1].start,
            "entities unsorted or overlapping: {:?} then {:?}",
            pair[0],
            pair[1]
        );
    }
    for e in &ann.entities {
        assert!(e.start < e.end, "empty entity {e:?}");
        assert_eq!(&text[e.start..e.end], e.text, "entity text is its byte slice");
    }

    // The other units: every span converted exactly, and entities slice their text there too.
    let chars: Vec<char> = text.chars().collect();
    let utf16: Vec<u16> = text.encode_utf16().collect();
    let (mut cp_at, mut u16_at) = (vec![usize::MAX; text.len() + 1], vec![usize::MAX; text.len() + 1]);
    let (mut cp, mut u16) = (0, 0);
    for (b, c) in text.char_indices() {
        cp_at[b] = cp;
        u16_at[b] = u16;
        cp += 1;
        u16 += c.len_utf16();
    }
    cp_at[text.len()] = cp;
    u16_at[text.len()] = u16;
    for (unit, table) in [(OffsetUnit::Codepoints, &cp_at), (OffsetUnit::Utf16, &u16_at)] {
        let conv = annotate_in(text, unit);
        assert_eq!(conv.offsets, unit);
        let conv_spans = spans(&conv);
        assert_eq!(conv_spans.len(), byte_spans.len(), "{unit:?}: same spans");
        for ((path, bs, be), (_, s, e)) in byte_spans.iter().zip(&conv_spans) {
            assert_eq!((table[*bs], table[*be]), (*s, *e), "{path} in {unit:?}");
        }
        for e in &conv.entities {
            let sliced: String = match unit {
                OffsetUnit::Codepoints => chars[e.start..e.end].iter().collect(),
                _ => String::from_utf16(&utf16[e.start..e.end]).expect("whole characters"),
            };
            assert_eq!(sliced, e.text, "{unit:?} slice of {e:?}");
        }
    }
    ann
}

/// Tokens are non-empty, in order, disjoint, on character boundaries and never whitespace;
/// sentences are in order and every token's sentence contains it.
pub fn check_tokens(text: &str) {
    let doc = factlens::text::analyse(text);
    let mut last_end = 0;
    for t in &doc.tokens {
        let Token {
            span, kind, sentence, ..
        } = *t;
        assert!(
            last_end <= span.start && span.start < span.end && span.end <= text.len(),
            "{t:?}"
        );
        let piece = text
            .get(span.start..span.end)
            .expect("token on character boundaries");
        assert!(!piece.chars().all(char::is_whitespace), "whitespace token {t:?}");
        if kind == TokenKind::Punct {
            assert_eq!(
                piece.chars().count(),
                1,
                "punctuation is one character: {piece:?}"
            );
        }
        let s = doc.sentences.get(sentence).expect("token's sentence exists");
        assert!(s.contains(&span), "{t:?} outside its sentence {s:?}");
        last_end = span.end;
    }
    for pair in doc.sentences.windows(2) {
        assert!(pair[0].end <= pair[1].start, "sentences overlap: {pair:?}");
    }
}
