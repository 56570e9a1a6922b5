//! Byte offsets → the unit a surface promises, in one pass over the text.
//!
//! The core works in UTF-8 byte offsets (what `str` slicing, regex and aho-corasick give).
//! JavaScript slices strings in UTF-16 code units and Python in code points, so every surface
//! converts a finished [`Annotation`] exactly once, here. This is the only file that knows how
//! the three units relate.

use crate::types::{Annotation, OffsetUnit};

/// Rewrites every offset of `ann` (which must be in bytes of `text`) into `unit`.
///
/// Offsets that do not fall on a character boundary cannot come out of the pipeline; if one
/// did, it is rounded down to the previous boundary rather than panicking.
pub fn convert(ann: &mut Annotation, text: &str, unit: OffsetUnit) {
    if ann.offsets == unit {
        return;
    }
    debug_assert_eq!(ann.offsets, OffsetUnit::Bytes, "conversion starts from bytes");
    let mut offsets = Vec::new();
    for_each_offset(ann, &mut |o| offsets.push(*o));
    offsets.sort_unstable();
    offsets.dedup();
    let table = OffsetTable::new(text, &offsets, unit);
    for_each_offset(ann, &mut |o| *o = table.get(*o));
    ann.offsets = unit;
}

/// Converts one byte offset; for callers holding a single position.
pub fn byte_to_unit(text: &str, byte: usize, unit: OffsetUnit) -> usize {
    OffsetTable::new(text, &[byte], unit).get(byte)
}

/// Converted values for a sorted set of byte offsets, computed in one walk over `text`.
struct OffsetTable {
    bytes: Vec<usize>,
    units: Vec<usize>,
}

impl OffsetTable {
    fn new(text: &str, sorted_bytes: &[usize], unit: OffsetUnit) -> Self {
        let mut units = Vec::with_capacity(sorted_bytes.len());
        let mut chars = text.char_indices().peekable();
        let mut count = 0usize;
        for &target in sorted_bytes {
            while let Some(&(at, ch)) = chars.peek() {
                if at + ch.len_utf8() > target {
                    break;
                }
                count += match unit {
                    OffsetUnit::Bytes => ch.len_utf8(),
                    OffsetUnit::Utf16 => ch.len_utf16(),
                    OffsetUnit::Codepoints => 1,
                };
                chars.next();
            }
            units.push(count);
        }
        OffsetTable {
            bytes: sorted_bytes.to_vec(),
            units,
        }
    }

    fn get(&self, byte: usize) -> usize {
        match self.bytes.binary_search(&byte) {
            Ok(i) => self.units[i],
            Err(_) => 0,
        }
    }
}

/// Visits every offset field of the annotation, in no particular order.
fn for_each_offset(ann: &mut Annotation, f: &mut impl FnMut(&mut usize)) {
    let mut pair = |s: &mut usize, e: &mut usize| {
        f(s);
        f(e);
    };
    if let Some(d) = ann.document.dateline.as_mut() {
        pair(&mut d.start, &mut d.end);
    }
    for e in &mut ann.entities {
        pair(&mut e.start, &mut e.end);
    }
    let facts = &mut ann.facts;
    for p in &mut facts.people {
        for r in &mut p.roles {
            pair(&mut r.start, &mut r.end);
            for ev in &mut r.evidence {
                pair(&mut ev.start, &mut ev.end);
            }
        }
        for m in &mut p.mentions {
            pair(&mut m.start, &mut m.end);
        }
    }
    for o in &mut facts.organizations {
        for m in &mut o.mentions {
            pair(&mut m.start, &mut m.end);
        }
    }
    for g in &mut facts.places {
        for m in &mut g.mentions {
            pair(&mut m.start, &mut m.end);
        }
    }
    for d in &mut facts.dates {
        pair(&mut d.start, &mut d.end);
    }
    for e in &mut facts.events {
        pair(&mut e.start, &mut e.end);
    }
    for q in &mut facts.quotes {
        pair(&mut q.start, &mut q.end);
    }
    for a in &mut facts.acronyms {
        pair(&mut a.start, &mut a.end);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn units_agree_with_std_on_mixed_text() {
        let text = "a😀Šb\u{5d0}c";
        for (byte, _) in text.char_indices().chain([(text.len(), ' ')]) {
            let prefix = &text[..byte];
            assert_eq!(
                byte_to_unit(text, byte, OffsetUnit::Codepoints),
                prefix.chars().count()
            );
            assert_eq!(
                byte_to_unit(text, byte, OffsetUnit::Utf16),
                prefix.encode_utf16().count()
            );
            assert_eq!(byte_to_unit(text, byte, OffsetUnit::Bytes), byte);
        }
    }
}
