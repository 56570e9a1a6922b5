//! Any bytes, read as lossy UTF-8 the way `--lossy` reads them: no panic, and every span
//! exact in bytes, code points and UTF-16.
#![no_main]

#[path = "../../tests/invariants/mod.rs"]
mod invariants;

libfuzzer_sys::fuzz_target!(|data: &[u8]| {
    invariants::check_annotation(&String::from_utf8_lossy(data));
});
