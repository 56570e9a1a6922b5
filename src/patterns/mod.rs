//! The date, time, number and metadata patterns, compiled ahead of time.
//!
//! `build.rs` compiles each set of `source.rs` (read only by the build script) into DFAs with
//! regex's own engine (`regex-automata`), and this module reads them straight from the binary:
//! no pattern is parsed or compiled when the page starts. Compiling them on first use was half
//! the instructions of a page's first annotation, and the lazy DFA then built its states on
//! the first texts, in code the browser had not optimised yet. The forward DFAs are 2.4 MB
//! raw but 48 KB gzip (mostly dead-state rows), and a dense DFA is the fastest regex search.

use std::sync::Mutex;

use regex_automata::dfa::{dense, sparse, Automaton};
use regex_automata::util::iter::Searcher;
use regex_automata::util::primitives::StateID;
use regex_automata::{Anchored, Input, Match, MatchError};
use rustc_hash::FxHashMap;

mod gate;
pub use gate::{RegionReader, Regions};

/// Every set `build.rs` compiles, in the order of `source.rs`.
pub const SETS: [&str; 10] = [
    "money_symbol",
    "money_units",
    "percent",
    "quantity",
    "ordinal",
    "cardinal",
    "dates",
    "years",
    "times",
    "metadata_date",
];

/// The index of set `name` in [`SETS`]; fails the build if there is none.
pub const fn set_index(name: &str) -> usize {
    let mut i = 0;
    while i < SETS.len() {
        let (a, b) = (SETS[i].as_bytes(), name.as_bytes());
        if a.len() == b.len() {
            let mut k = 0;
            while k < a.len() && a[k] == b[k] {
                k += 1;
            }
            if k == a.len() {
                return i;
            }
        }
        i += 1;
    }
    panic!("no such pattern set")
}

/// DFA bytes are read in place as `u32`s, so they must sit at a 4-byte boundary.
#[repr(C, align(4))]
pub struct Aligned<B: ?Sized>(pub B);

/// One compiled set of patterns: a dense forward DFA finds where each match ends, scanning
/// the set's [`Regions`] of the text; a sparse reverse DFA walks back from there to where it
/// starts. The reverse one only runs over matches, so its sparse form (a sixteenth of the raw
/// bytes) is enough; each of its transitions is read once, and kept ([`Seen`]).
pub struct Pattern {
    dfas: Option<(Forward, Reverse)>,
    /// Its index in [`SETS`], which picks its [`Regions`].
    set: usize,
    seen: Mutex<Seen>,
}

/// The reverse DFA's states met so far, each a row of the transitions taken from it. A sparse
/// state is read by scanning its transitions (two thirds of the patterns' instructions on news
/// went there); matches take few, each read there once and then from its row here.
#[derive(Default)]
struct Seen {
    /// The state of each row.
    states: Vec<StateID>,
    /// Per row and byte, the row of the state the byte leads to, plus one; 0 until it is read.
    next: Vec<[u32; 256]>,
    /// The row of each state met.
    rows: FxHashMap<StateID, u32>,
}

impl Seen {
    /// The row of `state`, added if it is new.
    fn row(&mut self, state: StateID) -> usize {
        let added = self.states.len();
        let row = *self.rows.entry(state).or_insert_with(|| {
            self.states.push(state);
            self.next.push([0; 256]);
            added as u32
        });
        row as usize
    }

    /// The row of the state `byte` leads to from row `row`'s.
    #[inline]
    fn step(&mut self, reverse: &Reverse, row: usize, byte: u8) -> usize {
        match self.next[row][usize::from(byte)] {
            0 => self.read(reverse, row, byte),
            known => known as usize - 1,
        }
    }

    /// [`Seen::step`] the first time: the transition read from the sparse DFA, and kept.
    #[cold]
    fn read(&mut self, reverse: &Reverse, row: usize, byte: u8) -> usize {
        let to = self.row(reverse.next_state(self.states[row], byte));
        self.next[row][usize::from(byte)] = to as u32 + 1;
        to
    }
}

type Forward = dense::DFA<&'static [u32]>;
type Reverse = sparse::DFA<&'static [u8]>;

/// A match: its byte range and which pattern of the set matched.
pub struct Found {
    pub start: usize,
    pub end: usize,
    pub pattern: usize,
}

impl Pattern {
    /// The set `build.rs` wrote. Read without validation: checking every transition of the
    /// dense DFAs was a quarter of the page's start-up instructions, and these bytes cannot be
    /// anything but what `build.rs` serialised. [`tests::every_set_validates`] runs the full
    /// check on the same bytes.
    pub fn load(forward: &'static Aligned<[u8]>, reverse: &'static Aligned<[u8]>, set: usize) -> Pattern {
        // SAFETY: `from_bytes_unchecked` needs bytes written by `to_bytes_*` of the same
        // regex-automata version, in the target's byte order. build.rs writes exactly that
        // (Cargo.lock pins one version for the build script and the library, and build.rs picks
        // the target's endianness), and `embedded!` includes the file at compile time, aligned.
        let (forward, reverse) = unsafe {
            (
                dense::DFA::from_bytes_unchecked(&forward.0),
                sparse::DFA::from_bytes_unchecked(&reverse.0),
            )
        };
        // Unchecked reading still refuses a wrong header or alignment: then no matches, never
        // a panic (and the test fails).
        Pattern {
            dfas: forward.ok().zip(reverse.ok()).map(|((f, _), (r, _))| (f, r)),
            set,
            seen: Mutex::default(),
        }
    }

    /// Leftmost-first, non-overlapping matches in `text`, as `regex::Regex::find_iter` finds
    /// them, searched only in the set's `regions` of the text (which [`RegionReader`] found in
    /// the same `text`). A search error ends the iteration instead of panicking (these DFAs
    /// have no quit bytes and no Unicode word boundaries, so none occurs).
    pub fn find_iter<'a>(&'a self, text: &'a str, regions: &'a Regions) -> impl Iterator<Item = Found> + 'a {
        regions.of(self.set).flat_map(move |region| {
            // The whole text with a span, not the region alone: look-around sees past its ends.
            let mut searcher = Searcher::new(Input::new(text).span(region));
            std::iter::from_fn(move || {
                let (forward, reverse) = self.dfas.as_ref()?;
                let m = searcher
                    .try_advance(|input| search(forward, reverse, &self.seen, input))
                    .ok()??;
                Some(Found {
                    start: m.start(),
                    end: m.end(),
                    pattern: m.pattern().as_usize(),
                })
            })
        })
    }
}

/// The leftmost-first match in `input`: as `regex_automata::dfa::regex::Regex::try_search`,
/// with the two directions of different kinds. The reverse walk's [`Seen`] is locked only once
/// the forward search finds a match: every region's last search finds none.
fn search(
    forward: &Forward,
    reverse: &Reverse,
    seen: &Mutex<Seen>,
    input: &Input<'_>,
) -> Result<Option<Match>, MatchError> {
    let Some(end) = forward.try_search_fwd(input)? else {
        return Ok(None);
    };
    if input.start() == end.offset() {
        return Ok(Some(Match::new(end.pattern(), end.offset()..end.offset())));
    }
    let back = input
        .clone()
        .span(input.start()..end.offset())
        .anchored(Anchored::Yes);
    let mut seen = seen.lock().unwrap_or_else(|poisoned| poisoned.into_inner());
    let start = match_start(reverse, &mut seen, &back)?;
    Ok(start.map(|start| Match::new(end.pattern(), start..end.offset())))
}

/// Where the match ending at the end of `input` (anchored) starts, if one does: the reverse
/// DFA's leftmost search back from there, as `try_search_rev` runs it, one byte at a time with
/// each transition read once from the sparse DFA and then from `seen`.
fn match_start(reverse: &Reverse, seen: &mut Seen, input: &Input<'_>) -> Result<Option<usize>, MatchError> {
    let haystack = input.haystack();
    let mut row = seen.row(reverse.start_state_reverse(input)?);
    let mut start = None;
    // Matches show one byte late: a match state entered from byte `at` starts a match at `at + 1`.
    for at in (input.start()..input.end()).rev() {
        row = seen.step(reverse, row, haystack[at]);
        let state = seen.states[row];
        if reverse.is_special_state(state) {
            if reverse.is_match_state(state) {
                start = Some(at + 1);
            } else if reverse.is_dead_state(state) {
                return Ok(start);
            } else if reverse.is_quit_state(state) {
                return Err(MatchError::quit(haystack[at], at));
            }
        }
    }
    // Past the start: the byte before it, which look-behind reads, or the start of the text.
    let before = input.start().checked_sub(1);
    let state = match before {
        Some(at) => {
            let to = seen.step(reverse, row, haystack[at]);
            seen.states[to]
        }
        None => reverse.next_eoi_state(seen.states[row]),
    };
    if reverse.is_match_state(state) {
        start = Some(input.start());
    } else if let Some(at) = before.filter(|_| reverse.is_quit_state(state)) {
        return Err(MatchError::quit(haystack[at], at));
    }
    Ok(start)
}

/// The forward and reverse DFA bytes of set `name`, as `build.rs` wrote them.
macro_rules! embedded {
    ($name:literal) => {{
        use $crate::patterns::Aligned;
        static FORWARD: &Aligned<[u8]> = &Aligned(*include_bytes!(concat!(
            env!("OUT_DIR"),
            "/",
            $name,
            ".forward.dfa"
        )));
        static REVERSE: &Aligned<[u8]> = &Aligned(*include_bytes!(concat!(
            env!("OUT_DIR"),
            "/",
            $name,
            ".reverse.dfa"
        )));
        (FORWARD, REVERSE)
    }};
}

/// The compiled set `name` of `source.rs`.
macro_rules! compiled {
    ($name:literal) => {{
        let (forward, reverse) = $crate::patterns::embedded!($name);
        const SET: usize = $crate::patterns::set_index($name);
        $crate::patterns::Pattern::load(forward, reverse, SET)
    }};
}
pub(crate) use {compiled, embedded};

/// The sources, for the test that every compiled set is checked.
#[cfg(test)]
mod source;

#[cfg(test)]
pub(super) mod tests {
    use super::*;

    /// A set's forward and reverse DFA bytes.
    type Embedded = (&'static Aligned<[u8]>, &'static Aligned<[u8]>);

    /// The DFA bytes of every set `build.rs` compiles.
    pub(super) fn all_sets() -> [(&'static str, Embedded); SETS.len()] {
        [
            ("money_symbol", embedded!("money_symbol")),
            ("money_units", embedded!("money_units")),
            ("percent", embedded!("percent")),
            ("quantity", embedded!("quantity")),
            ("ordinal", embedded!("ordinal")),
            ("cardinal", embedded!("cardinal")),
            ("dates", embedded!("dates")),
            ("years", embedded!("years")),
            ("times", embedded!("times")),
            ("metadata_date", embedded!("metadata_date")),
        ]
    }

    /// The leftmost-first match in `input` as regex-automata's own searches find it, both
    /// directions whole: what [`search`] finds with [`match_start`] for the reverse walk.
    fn library_search(
        forward: &Forward,
        reverse: &Reverse,
        input: &Input<'_>,
    ) -> Result<Option<Match>, MatchError> {
        let Some(end) = forward.try_search_fwd(input)? else {
            return Ok(None);
        };
        let back = input
            .clone()
            .span(input.start()..end.offset())
            .anchored(Anchored::Yes);
        let start = reverse.try_search_rev(&back)?;
        Ok(start.map(|start| Match::new(end.pattern(), start.offset()..end.offset())))
    }

    /// [`Pattern::find_iter`] finds what the library's searches find with the same DFAs, on the
    /// fixtures and on a few edge cases.
    #[test]
    fn finds_what_the_library_finds() {
        let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures");
        let mut texts: Vec<String> = std::fs::read_dir(dir)
            .expect("the fixtures")
            .map(|entry| std::fs::read_to_string(entry.expect("a fixture").path()).unwrap_or_default())
            .collect();
        texts.extend(
            [
                "",
                "5",
                "about 21",
                "ſIXTH",
                "in 2014.",
                "up to 3 km",
                "9:30 p.m.",
                "date: 2025-06-12",
            ]
            .map(String::from),
        );
        for (name, (forward, reverse)) in all_sets() {
            let pattern = Pattern::load(forward, reverse, set_index(name));
            let (forward, reverse) = pattern.dfas.as_ref().expect("the set's DFAs");
            for text in &texts {
                let found: Vec<(usize, usize, usize)> = pattern
                    .find_iter(text, &Regions::new(text))
                    .map(|m| (m.start, m.end, m.pattern))
                    .collect();
                let mut searcher = Searcher::new(Input::new(text.as_str()));
                let want: Vec<(usize, usize, usize)> = std::iter::from_fn(|| {
                    searcher
                        .try_advance(|input| library_search(forward, reverse, input))
                        .ok()?
                })
                .map(|m| (m.start(), m.end(), m.pattern().as_usize()))
                .collect();
                assert_eq!(found, want, "{name}");
            }
        }
    }

    /// Every set `build.rs` compiles, fully validated (what [`Pattern::load`] skips).
    #[test]
    fn every_set_validates() {
        let sets = all_sets();
        let names: Vec<&str> = sets.iter().map(|(name, _)| *name).collect();
        let sources: Vec<&str> = source::sources().into_iter().map(|(name, _)| name).collect();
        assert_eq!(names, sources, "a set in source.rs is not checked here");
        assert_eq!(SETS.as_slice(), sources, "SETS is not the sets of source.rs");
        for (name, (forward, reverse)) in sets {
            assert!(dense::DFA::from_bytes(&forward.0).is_ok(), "{name}: forward DFA");
            assert!(sparse::DFA::from_bytes(&reverse.0).is_ok(), "{name}: reverse DFA");
        }
    }
}
