//! The tokenizer and sentence splitter on any text: ordered, disjoint, boundary-exact tokens.
#![no_main]

#[path = "../../tests/invariants/mod.rs"]
mod invariants;

libfuzzer_sys::fuzz_target!(|data: &[u8]| {
    invariants::check_tokens(&String::from_utf8_lossy(data));
});
