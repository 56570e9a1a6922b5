//! Byte offsets → UTF-16 / code points on any text and any offset, including offsets inside a
//! character or past the end (rounded down to the previous boundary, never a panic).
#![no_main]

use factlens::{offsets, OffsetUnit};

libfuzzer_sys::fuzz_target!(|data: &[u8]| {
    // The first bytes choose offsets, the rest is the text.
    let (picks, rest) = data.split_at(data.len().min(8));
    let text = String::from_utf8_lossy(rest);
    for &p in picks {
        let byte = p as usize * (text.len() + 2) / 255;
        let mut floor = byte.min(text.len());
        while !text.is_char_boundary(floor) {
            floor -= 1;
        }
        let prefix = &text[..floor];
        assert_eq!(offsets::byte_to_unit(&text, byte, OffsetUnit::Bytes), floor);
        assert_eq!(
            offsets::byte_to_unit(&text, byte, OffsetUnit::Codepoints),
            prefix.chars().count()
        );
        assert_eq!(
            offsets::byte_to_unit(&text, byte, OffsetUnit::Utf16),
            prefix.encode_utf16().count()
        );
    }
});
