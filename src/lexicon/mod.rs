//! Lexicons: countries, cities, demonyms, given names, titles, organisation words, agencies.
//!
//! The lists are data files in `data/lexicons/` (made by `scripts/lexicons/generate.py` from
//! registry packages; sources and licences in the README). They are compiled into the binary
//! with `include_str!` so the page needs no extra fetch, and parsed once per process into a
//! single Aho-Corasick automaton: one linear pass finds every entry of every list.
//!
//! File format: one entry per line, `surface<TAB>canonical<TAB>country`; the last two columns
//! are optional (canonical defaults to the surface). Lines starting with `#` are comments.

use std::sync::OnceLock;

use aho_corasick::{AhoCorasick, AhoCorasickBuilder, MatchKind};

use crate::types::{Doc, Span};

/// Which list an entry comes from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Kind {
    Country,
    City,
    Region,
    Demonym,
    GivenName,
    Title,
    OrgHead,
    Agency,
    Honorific,
}

/// The lists and the kind each file holds.
const FILES: &[(Kind, &str)] = &[
    (Kind::Country, include_str!("../../data/lexicons/countries.tsv")),
    (Kind::City, include_str!("../../data/lexicons/cities.tsv")),
    (Kind::Region, include_str!("../../data/lexicons/regions.tsv")),
    (Kind::Demonym, include_str!("../../data/lexicons/demonyms.tsv")),
    (
        Kind::GivenName,
        include_str!("../../data/lexicons/given_names.tsv"),
    ),
    (Kind::Title, include_str!("../../data/lexicons/titles.tsv")),
    (Kind::OrgHead, include_str!("../../data/lexicons/org_heads.tsv")),
    (Kind::Agency, include_str!("../../data/lexicons/agencies.tsv")),
    (
        Kind::Honorific,
        include_str!("../../data/lexicons/honorifics.tsv"),
    ),
];

/// One lexicon entry.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Entry {
    pub kind: Kind,
    pub surface: &'static str,
    /// Normalised name ("Lithuania" for the demonym "Lithuanian", "Baku" for "BAKU").
    pub canonical: &'static str,
    /// ISO-style English country name the entry belongs to, when known.
    pub country: Option<&'static str>,
}

/// A lexicon entry found in the article, aligned to token boundaries.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct LexMatch {
    pub span: Span,
    /// Index of the first token covered.
    pub first_token: usize,
    /// Index one past the last token covered.
    pub end_token: usize,
    pub entry: &'static Entry,
}

pub struct Lexicon {
    entries: Vec<Entry>,
    automaton: AhoCorasick,
}

impl Lexicon {
    /// The process-wide lexicon, built on first use.
    pub fn get() -> &'static Lexicon {
        static LEXICON: OnceLock<Lexicon> = OnceLock::new();
        LEXICON.get_or_init(Lexicon::build)
    }

    fn build() -> Lexicon {
        let entries: Vec<Entry> = FILES.iter().flat_map(|&(kind, data)| parse(kind, data)).collect();
        let automaton = AhoCorasickBuilder::new()
            .ascii_case_insensitive(true)
            .match_kind(MatchKind::Standard)
            .build(entries.iter().map(|e| e.surface))
            .expect("lexicon automaton builds from plain strings");
        Lexicon { entries, automaton }
    }

    /// Every entry of `kind` (for tests and data audits).
    pub fn entries(&self, kind: Kind) -> impl Iterator<Item = &Entry> {
        self.entries.iter().filter(move |e| e.kind == kind)
    }

    /// Looks one exact string up (case-sensitive), e.g. a single token.
    pub fn lookup(&self, s: &str, kind: Kind) -> Option<&Entry> {
        self.entries.iter().find(|e| e.kind == kind && e.surface == s)
    }

    /// Every entry found in the article that starts and ends on token boundaries and matches
    /// the entry's capitalisation (or is the entry in capitals, as in datelines and headlines).
    pub fn find(&'static self, doc: &Doc) -> Vec<LexMatch> {
        let mut out = Vec::new();
        for m in self.automaton.find_overlapping_iter(doc.text) {
            let entry = &self.entries[m.pattern().as_usize()];
            let found = &doc.text[m.start()..m.end()];
            if found != entry.surface && found != entry.surface.to_uppercase() {
                continue;
            }
            let Some(first_token) = token_starting_at(doc, m.start()) else {
                continue;
            };
            let Some(last) = token_ending_at(doc, m.end()) else {
                continue;
            };
            out.push(LexMatch {
                span: Span::new(m.start(), m.end()),
                first_token,
                end_token: last + 1,
                entry,
            });
        }
        out
    }
}

fn token_starting_at(doc: &Doc, byte: usize) -> Option<usize> {
    doc.tokens.binary_search_by_key(&byte, |t| t.span.start).ok()
}

fn token_ending_at(doc: &Doc, byte: usize) -> Option<usize> {
    doc.tokens.binary_search_by_key(&byte, |t| t.span.end).ok()
}

fn parse(kind: Kind, data: &'static str) -> impl Iterator<Item = Entry> {
    data.lines()
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .map(move |line| {
            let mut cols = line.split('\t');
            let surface = cols.next().unwrap_or_default();
            let canonical = cols.next().filter(|c| !c.is_empty()).unwrap_or(surface);
            let country = cols.next().filter(|c| !c.is_empty());
            Entry {
                kind,
                surface,
                canonical,
                country,
            }
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn files_are_sorted_unique_and_trimmed() {
        for &(kind, data) in FILES {
            let surfaces: Vec<&str> = data
                .lines()
                .filter(|l| !l.is_empty() && !l.starts_with('#'))
                .map(|l| l.split('\t').next().unwrap_or_default())
                .collect();
            for pair in surfaces.windows(2) {
                assert!(
                    pair[0] < pair[1],
                    "{kind:?}: {:?} not before {:?}",
                    pair[0],
                    pair[1]
                );
            }
            for s in &surfaces {
                assert_eq!(s.trim(), *s, "{kind:?}: stray whitespace in {s:?}");
                assert!(!s.is_empty(), "{kind:?}: empty entry");
            }
        }
    }

    #[test]
    fn finds_aligned_entries_and_capitals() {
        let text = "BAKU, Azerbaijan. Lithuanian troops left Japan";
        let doc = crate::text::analyse(text);
        let found: Vec<(&str, Kind)> = Lexicon::get()
            .find(&doc)
            .iter()
            .map(|m| (m.span.text(text), m.entry.kind))
            .collect();
        for want in [
            ("BAKU", Kind::City),
            ("Azerbaijan", Kind::Country),
            ("Lithuanian", Kind::Demonym),
        ] {
            assert!(found.contains(&want), "{want:?} not in {found:?}");
        }
    }
}
