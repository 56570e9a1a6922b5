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
    let table = OffsetTable::new(text, unit);
    for_each_offset(ann, &mut |o| *o = table.get(*o));
    ann.offsets = unit;
}

/// Rewrites the offsets of `ann` between UTF-16 units and code points (the two differ by the
/// characters beyond the BMP: two UTF-16 units, one code point, each), in place: a surface
/// holding an annotation in UTF-16 renders one export in code points (the page's displaCy
/// download) and turns it back, without annotating again or copying it. Other pairs of units
/// are left alone.
pub fn recount(ann: &mut Annotation, text: &str, to: OffsetUnit) {
    let utf16 = match (ann.offsets, to) {
        (OffsetUnit::Utf16, OffsetUnit::Codepoints) => false,
        (OffsetUnit::Codepoints, OffsetUnit::Utf16) => true,
        _ => return,
    };
    // Where each astral character starts, in the unit the offsets are in now, ascending.
    let mut astral = Vec::new();
    let mut at = 0;
    for c in text.chars() {
        let two = c.len_utf16() == 2;
        if two {
            astral.push(at);
        }
        at += if utf16 { 1 } else { c.len_utf16() };
    }
    for_each_offset(ann, &mut |o| {
        let before = astral.partition_point(|&a| a < *o);
        *o = if utf16 { *o + before } else { *o - before };
    });
    ann.offsets = to;
}

/// Converts one byte offset; for callers holding a single position.
pub fn byte_to_unit(text: &str, byte: usize, unit: OffsetUnit) -> usize {
    OffsetTable::new(text, unit).get(byte)
}

/// Bytes per block of [`OffsetTable`]: the table is an eighth of the text, and an offset is
/// converted by counting at most this many bytes.
const BLOCK: usize = 64;

/// The units before every block of the text, filled in one pass over its bytes; any offset is
/// then its block's count plus the units of the bytes before it in the block (none to count
/// in an ASCII block: most blocks of English news). Offsets need no sorting and no search.
struct OffsetTable<'a> {
    text: &'a str,
    unit: OffsetUnit,
    blocks: Vec<usize>,
    /// Whether each whole block is ASCII. Not derivable from the counts: in UTF-16 a block
    /// ending in the first byte of an emoji can have as many units as bytes.
    ascii: Vec<bool>,
}

impl<'a> OffsetTable<'a> {
    fn new(text: &'a str, unit: OffsetUnit) -> Self {
        let whole = text.as_bytes().chunks_exact(BLOCK);
        let mut blocks = Vec::with_capacity(whole.len() + 1);
        let mut ascii = Vec::with_capacity(whole.len());
        let mut count = 0;
        blocks.push(count);
        for block in whole {
            let is_ascii = block.is_ascii();
            count += if is_ascii { BLOCK } else { units(block, unit) };
            blocks.push(count);
            ascii.push(is_ascii);
        }
        OffsetTable {
            text,
            unit,
            blocks,
            ascii,
        }
    }

    fn get(&self, byte: usize) -> usize {
        let mut byte = byte.min(self.text.len());
        while !self.text.is_char_boundary(byte) {
            byte -= 1;
        }
        let block = byte / BLOCK;
        let before = &self.text.as_bytes()[block * BLOCK..byte];
        let counted = if self.ascii.get(block) == Some(&true) {
            before.len()
        } else {
            units(before, self.unit)
        };
        self.blocks[block] + counted
    }
}

/// The units of `bytes` (at most a block), whole UTF-8 characters: every byte that starts a
/// character is one code point and one UTF-16 unit, or two for the four-byte characters beyond
/// the BMP. Counted in bytes (a block holds at most 64 units), which the compiler vectorises.
fn units(bytes: &[u8], unit: OffsetUnit) -> usize {
    debug_assert!(bytes.len() <= BLOCK);
    if unit == OffsetUnit::Bytes {
        return bytes.len();
    }
    let astral = u8::from(unit == OffsetUnit::Utf16);
    let count = bytes.iter().fold(0u8, |n, &b| {
        n.wrapping_add(u8::from(!is_continuation(b)) + astral * u8::from(b >= 0xF0))
    });
    usize::from(count)
}

fn is_continuation(b: u8) -> bool {
    b & 0xC0 == 0x80
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
    fn utf16_and_code_point_offsets_recount_both_ways() {
        let text = "😀 Lithuania’s 🇱🇹 Vice Minister Loreta Maskaliovienė met 👍🏽 Japan.";
        let utf16 = crate::annotate_in(text, OffsetUnit::Utf16);
        let codepoints = crate::annotate_in(text, OffsetUnit::Codepoints);
        let mut ann = utf16.clone();
        recount(&mut ann, text, OffsetUnit::Codepoints);
        assert_eq!(ann, codepoints);
        recount(&mut ann, text, OffsetUnit::Utf16);
        assert_eq!(ann, utf16);
    }

    #[test]
    fn units_agree_with_std_on_mixed_text() {
        // Several table blocks, characters across their edges, offsets inside characters
        // (rounded down) and past the end (the whole text); whole ASCII blocks (not counted)
        // between and after mixed ones.
        let mixed = "a😀Šb\u{5d0}c".repeat(20);
        let ascii = "plain ".repeat(30);
        // A block of 64 UTF-16 units that is not ASCII: it starts inside one emoji and ends
        // on the first byte of another (found by tests/properties.rs).
        let as_many_units_as_bytes = format!("{}𐀀{}𐀀 end", "a".repeat(61), "b".repeat(62));
        for text in [
            mixed.clone(),
            format!("{ascii}{mixed}{ascii}é{ascii}"),
            as_many_units_as_bytes,
        ] {
            agree_with_std(&text);
        }
    }

    fn agree_with_std(text: &str) {
        for byte in 0..text.len() + 3 {
            let floor = (0..=byte.min(text.len()))
                .rev()
                .find(|&b| text.is_char_boundary(b))
                .unwrap_or(0);
            let prefix = &text[..floor];
            assert_eq!(
                byte_to_unit(text, byte, OffsetUnit::Codepoints),
                prefix.chars().count()
            );
            assert_eq!(
                byte_to_unit(text, byte, OffsetUnit::Utf16),
                prefix.encode_utf16().count()
            );
            assert_eq!(byte_to_unit(text, byte, OffsetUnit::Bytes), floor);
        }
    }
}
