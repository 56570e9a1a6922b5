//! How the date and number patterns are compiled: by regex's own engine
//! (`regex_automata::meta`, what `regex::Regex` wraps) with its literal prefilter off.
//!
//! These patterns open with long optional alternations ("around|about|…", month and number
//! words), so no useful literal prefix exists; yet `regex::Regex::new` always tries to extract
//! one, and for these alternations that extraction was 37 M of the 97 M instructions of a
//! page's first annotation. Searches are as fast without it (the lazy DFA does the work).

use regex_automata::meta::{Config, Regex};

/// `pattern` compiled for leftmost-first searches, without literal extraction.
///
/// Panics if `pattern` does not compile: the patterns are constants, and a test compiles each.
pub fn compile(pattern: &str) -> Regex {
    Regex::builder()
        .configure(Config::new().auto_prefilter(false))
        .build(pattern)
        .unwrap_or_else(|e| panic!("pattern does not compile: {e}"))
}
