//! Lexicons: countries, cities, demonyms, given names, titles, organisation words, agencies.
//!
//! The lists are data files in `data/lexicons/` (made by `scripts/lexicons/generate.py` from
//! registry packages; sources and licences in the README). They are compiled into the binary
//! with `include_str!` so the page needs no extra fetch, and parsed once per process into one
//! hash index of every list: a walk over the tokens finds every entry. (An Aho-Corasick
//! automaton over the 44 000 entries found them as fast but took 150 ms to build natively,
//! most of the page's cold start; the index builds in a few milliseconds.)
//!
//! File format: one entry per line, `surface<TAB>canonical<TAB>country`; the last two columns
//! are optional (canonical defaults to the surface). Lines starting with `#` are comments.

pub mod parties;
pub mod shapes;
pub mod speech;

use rustc_hash::FxHashSet;
use std::sync::OnceLock;

use crate::types::{Doc, Span};

/// Which list an entry comes from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Kind {
    Country,
    City,
    /// US states ("Ohio"); a state named like a country or city is left to that list.
    State,
    Region,
    Demonym,
    /// Peoples, religions and political groups that are not one country's demonym ("Arabs").
    Group,
    GivenName,
    Title,
    OrgHead,
    Agency,
    Honorific,
    /// Lower-case nouns naming what a person is or does ("photographer", "spokesmen",
    /// "secretary general"), from WordNet 3.1; a plural's canonical form is its singular.
    /// Matched in any capitalisation ("Administrator"). The heads of the title grammar
    /// (`entities::titles`); not read by the tagger, whose features were trained without it.
    RoleNoun,
    /// Lower-case nouns with a role among their WordNet senses that [`Kind::RoleNoun`] leaves
    /// out because another sense or part of speech comes first ("creator", "academic",
    /// "major"): heads of the title grammar only where the text gives them to someone by
    /// position. Not read by the tagger either.
    RoleSense,
}

/// The lists and the kind each file holds.
const FILES: &[(Kind, &str)] = &[
    (Kind::Country, include_str!("../../data/lexicons/countries.tsv")),
    (Kind::City, include_str!("../../data/lexicons/cities.tsv")),
    (Kind::State, include_str!("../../data/lexicons/us_states.tsv")),
    (Kind::Region, include_str!("../../data/lexicons/regions.tsv")),
    (Kind::Demonym, include_str!("../../data/lexicons/demonyms.tsv")),
    (Kind::Group, include_str!("../../data/lexicons/groups.tsv")),
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
    (Kind::RoleNoun, include_str!("../../data/lexicons/role_nouns.tsv")),
    (
        Kind::RoleSense,
        include_str!("../../data/lexicons/role_senses.tsv"),
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
    /// The entry's kind, copied beside the match: the rules ask it of every match, and the
    /// entry itself lies in megabytes of entries where each read missed the cache.
    pub kind: Kind,
}

pub struct Lexicon {
    /// Every list's entries, list by list in [`FILES`] order, each list sorted by surface.
    entries: Vec<Entry>,
    /// Where each kind's list sits in `entries`.
    lists: Vec<(Kind, std::ops::Range<usize>)>,
    /// [`KeyHash`] of an ASCII-lower-cased surface, or of a token-aligned prefix of one → its
    /// slot. Keyed by hash, not string: building it allocates nothing per entry, and
    /// [`Lexicon::find`] hashes a growing span without copying it. A collision costs only a
    /// wasted comparison: [`written_as`] checks every entry against the text. The slot sits in
    /// the table itself, in the 16 bytes a key and an index took: most tokens that find their
    /// key find only a prefix, and reading it costs no second cache miss.
    index: Index,
    /// Which keys of `index` may exist, and which may have entries ([`KeyFilter`]): most spans
    /// looked for are no key, and are turned away here for a bit test instead of a probe of the
    /// table; most keys a walk finds are only prefixes ("the", "of"), and are grown past without
    /// a probe of the table, which only says they are.
    keys: KeyFilter,
    /// [`Lexicon::keys`] for spans starting with an ASCII lower-case letter, which only an entry
    /// starting with that letter or matched in any capitalisation can be ([`written_as`]): a
    /// tenth of the keys, in a filter half the size, which stays in the cache through the
    /// walk where the whole filter missed at most of the article's words (most words start in
    /// lower case).
    lower_keys: KeyFilter,
    /// The bytes some key starts with, in either case: a token starting with another (a comma,
    /// a quote) starts no entry, and is passed over without hashing or lower-casing it.
    starts: [bool; 256],
    /// Entry indices grouped by key; a slot's entries are one run of it.
    by_key: Vec<u32>,
}

impl Lexicon {
    /// The process-wide lexicon, built on first use.
    pub fn get() -> &'static Lexicon {
        static LEXICON: OnceLock<Lexicon> = OnceLock::new();
        LEXICON.get_or_init(Lexicon::build)
    }

    /// Built on the page's first annotation, so every step counts: the files are cut in one
    /// pass over their bytes, each entry costs one hash-map operation (plus one per inner
    /// token boundary); single-string lookups go through the same index.
    fn build() -> Lexicon {
        let lines = FILES.iter().map(|(_, data)| data.len() / 8).sum();
        let mut entries: Vec<Entry> = Vec::with_capacity(lines);
        let mut lists = Vec::with_capacity(FILES.len());
        for &(kind, data) in FILES {
            let start = entries.len();
            parse(kind, data, &mut entries);
            lists.push((kind, start..entries.len()));
        }
        // About 1.3 keys an entry: the whole surfaces and their prefixes.
        let mut index = Index::with_room(entries.len() * 4 / 3);
        let mut keys = KeyFilter::new(KeyFilter::BITS);
        let mut lower_keys = KeyFilter::new(KeyFilter::LOWER_BITS);
        let mut starts = [false; 256];
        // Each entry's key, to place it in its slot's run once the runs are laid out.
        let mut entry_keys: Vec<(u32, u64)> = Vec::with_capacity(entries.len());
        for (i, e) in entries.iter().enumerate() {
            let Some((&first, rest)) = e.surface.as_bytes().split_first() else {
                continue;
            };
            // Which filters hold the entry's keys: every one the whole filter, those a span
            // starting in lower case can match the lower-case filter too.
            let lower = first.is_ascii_lowercase() || any_case(e.kind);
            let mut h = KeyHash::new();
            h.push_byte(first);
            starts[usize::from(first.to_ascii_lowercase())] = true;
            starts[usize::from(first.to_ascii_uppercase())] = true;
            let mut after_word_char = first.is_ascii_alphanumeric() || latin_letter_at(e.surface, 0);
            for (k, &c) in rest.iter().enumerate() {
                // Every place a token can end inside the key: a char boundary (not before a
                // UTF-8 continuation byte) that is not between two letters or digits of the
                // Latin script, which UAX #29 never splits (an "a" or "I" before a "ṣ" or "ç"
                // made every "a" and "I" of an article a key to grow).
                if c & 0xC0 != 0x80 {
                    let word_char = c.is_ascii_alphanumeric() || latin_letter_at(e.surface, 1 + k);
                    if !(word_char && after_word_char) {
                        index.update(h.value(), |slot| slot.prefix = true);
                        keys.insert(h.value(), false);
                        if lower {
                            lower_keys.insert(h.value(), false);
                        }
                    }
                    after_word_char = word_char;
                }
                h.push_byte(c);
            }
            index.update(h.value(), |slot| slot.len += 1);
            keys.insert(h.value(), true);
            if lower {
                lower_keys.insert(h.value(), true);
            }
            entry_keys.push((i as u32, h.value()));
        }
        // Each slot's run of `by_key` placed by counting, then filled from its end, the entries
        // taken in reverse list order, so that each run is in list order: no sort of 44 000
        // keys. `start` moves from the run's end to its start as its entries are placed.
        let mut next = 0;
        index.update_all(|slot| {
            next += slot.len;
            slot.start = next;
        });
        let mut by_key = vec![0; entries.len()];
        for &(i, key) in entry_keys.iter().rev() {
            index.update(key, |slot| {
                slot.start -= 1;
                by_key[slot.start as usize] = i;
            });
        }
        // A key of one entry (nearly every key) holds the entry itself: one load fewer, and a
        // cache miss fewer, for every entry found.
        index.update_all(|slot| {
            if slot.len == 1 {
                slot.start = by_key[slot.start as usize];
            }
        });
        Lexicon {
            entries,
            lists,
            index,
            keys,
            lower_keys,
            starts,
            by_key,
        }
    }

    /// Every entry of `kind`, sorted by surface.
    pub fn entries(&self, kind: Kind) -> impl Iterator<Item = &Entry> {
        let run = self.list(kind);
        self.entries[run].iter()
    }

    fn list(&self, kind: Kind) -> std::ops::Range<usize> {
        let found = self.lists.iter().find(|(k, _)| *k == kind);
        found.map_or(0..0, |(_, run)| run.clone())
    }

    /// Looks one exact string up (case-sensitive), e.g. a single token. Through the index
    /// [`Lexicon::find`] walks: a binary search of a list touched a cold cache line at each of
    /// its 15 steps, and an article asks a few hundred times (5–10 % of its time natively).
    pub fn lookup(&self, s: &str, kind: Kind) -> Option<&Entry> {
        self.find_entry(s, |k| k == kind)
    }

    /// Whether `s` is an entry of any of `kinds`: one lookup, not one per kind (the string is
    /// hashed and its slot found once).
    pub fn has_any(&self, s: &str, kinds: &[Kind]) -> bool {
        self.find_entry(s, |k| kinds.contains(&k)).is_some()
    }

    /// The first entry whose surface is exactly `s` and whose kind `wanted` accepts.
    #[inline]
    fn find_entry(&self, s: &str, wanted: impl Fn(Kind) -> bool) -> Option<&Entry> {
        let mut key = KeyHash::new();
        key.push(s.as_bytes());
        let slot = self.slot(&key)?;
        slot.entries(&self.by_key)
            .iter()
            .map(|&i| &self.entries[i as usize])
            .find(|e| wanted(e.kind) && e.surface == s)
    }

    /// The slot of the entries whose lower-cased surface hashes to `key`, if it may have any:
    /// a key that is only a prefix of longer entries is turned away by the filter.
    #[inline]
    fn slot(&self, key: &KeyHash) -> Option<Slot> {
        let key = key.value();
        if self.keys.may_hold(key).1 {
            self.index.get(key)
        } else {
            None
        }
    }

    /// Every entry found in the article that starts and ends on token boundaries and matches
    /// the entry's capitalisation (or is the entry in capitals, as in datelines and headlines).
    /// Ordered by end, then start, then list order.
    pub fn find(&'static self, doc: &Doc) -> Vec<LexMatch> {
        let mut finder = self.finder(doc);
        for (first, &text) in doc.token_texts.iter().enumerate() {
            finder.at(doc, first, text);
        }
        finder.finish()
    }

    /// [`Lexicon::find`] token by token, for a walk over the tokens that reads them for more
    /// (the entity context's): one walk, where two missed the cache at every other token.
    pub fn finder(&'static self, doc: &Doc) -> Finder {
        self.finder_into(doc, Vec::new())
    }

    /// [`Lexicon::finder`] finding into `found` (emptied): a walk may reuse the vector of an
    /// earlier one.
    pub fn finder_into(&'static self, doc: &Doc, mut found: Vec<LexMatch>) -> Finder {
        // News finds about one entry per ten tokens: room for more, so that the vector is
        // given its room once.
        found.clear();
        found.reserve(doc.tokens.len() / 4);
        Finder { lexicon: self, found }
    }
}

/// The entries found so far in a walk over an article's tokens ([`Lexicon::finder`]).
pub struct Finder {
    lexicon: &'static Lexicon,
    found: Vec<LexMatch>,
}

impl Finder {
    /// Finds the entries starting at token `first`, the walk's next, whose text is `text`.
    /// Inlined in the walk: a call for every token cost a fifth of the finding. Only the token
    /// alone is tested here, which turns away nearly every token; a span that may be a key is
    /// grown out of line ([`Finder::grow`]), which keeps the walk's registers for its own work.
    #[inline(always)]
    pub fn at(&mut self, doc: &Doc, first: usize, text: &str) {
        let lexicon = self.lexicon;
        // Every span starting at this token begins with this byte: if no key does, none of
        // them is one.
        let Some(&byte) = text.as_bytes().first() else {
            return;
        };
        if !lexicon.starts[usize::from(byte)] {
            return;
        }
        let keys = if byte.is_ascii_lowercase() {
            &lexicon.lower_keys
        } else {
            &lexicon.keys
        };
        let mut key = KeyHash::new();
        key.push(text.as_bytes());
        let (may_be_key, may_have_entries) = keys.may_hold(key.value());
        if may_be_key {
            self.grow(doc, first, keys, key, may_have_entries);
        }
    }

    /// Grows the span from token `first`, whose tokens so far hash to `key`, a key of `keys`
    /// (with entries if `may_have_entries`), token by token while it is still the start of
    /// some entry, hashing only the bytes each token adds. Out of line: inlined into [`Finder::at`]
    /// it made the common one-token test spill a dozen registers per token.
    #[inline(never)]
    fn grow(
        &mut self,
        doc: &Doc,
        first: usize,
        keys: &KeyFilter,
        mut key: KeyHash,
        mut may_have_entries: bool,
    ) {
        let lexicon = self.lexicon;
        let (tokens, bytes) = (&doc.tokens, doc.text.as_bytes());
        let start = tokens[first].span.start;
        let mut last = first;
        loop {
            // A key with no entry can only be a prefix (or no key, which the next token's test
            // turns away): the span grows without asking the table.
            if may_have_entries {
                let Some(slot) = lexicon.index.get(key.value()) else {
                    return;
                };
                // Slicing the span's text checks character boundaries: only where entries are.
                let entries = slot.entries(&lexicon.by_key);
                if !entries.is_empty() {
                    let span = Span::new(start, tokens[last].span.end);
                    let found = span.text(doc.text);
                    for &i in entries {
                        let entry = &lexicon.entries[i as usize];
                        if written_as(entry, found) {
                            self.found.push(LexMatch {
                                span,
                                first_token: first,
                                end_token: last + 1,
                                entry,
                                kind: entry.kind,
                            });
                        }
                    }
                }
                if !slot.prefix {
                    return;
                }
            }
            let hashed = tokens[last].span.end;
            last += 1;
            let Some(added) = tokens.get(last).and_then(|u| bytes.get(hashed..u.span.end)) else {
                return;
            };
            key.push(added);
            let may_be_key;
            (may_be_key, may_have_entries) = keys.may_hold(key.value());
            if !may_be_key {
                return;
            }
        }
    }

    /// Every entry found, in the order of [`Lexicon::find`]. The walk found them by start, and
    /// at each start by end: only an entry ending after one that starts later is out of place,
    /// and few are, so each is moved back past those (no general sort, and its code, for a
    /// list nearly in order).
    pub fn finish(mut self) -> Vec<LexMatch> {
        let found = &mut self.found;
        let key = |m: &LexMatch| (m.span.end, m.span.start);
        for i in 1..found.len() {
            let mut j = i;
            while j > 0 && key(&found[j - 1]) > key(&found[j]) {
                found.swap(j - 1, j);
                j -= 1;
            }
        }
        self.found
    }
}

/// The index: per key, its [`Slot`] packed in one 8-byte word with the key's fingerprint (the
/// high half of the key times an odd constant, whose top bits are its place), in an
/// open-addressed table at most five eighths full (a megabyte). A key is found with one cache
/// line, where a hash map read a line of control bytes and then one of 16-byte buckets in a
/// table twice the size: the walk asks for few keys, far apart, and natively each line missed
/// the caches.
///
/// Two keys with the same fingerprint would share a slot (which then holds the entries and
/// prefix of both): like any collision of their hashes, that costs a wasted comparison
/// ([`written_as`] checks every entry against the text), and never loses a key.
struct Index {
    /// `fingerprint << 32 | packed slot`; 0 where the table is empty (a key's packed slot has
    /// entries or is a prefix, so is never 0).
    words: Vec<u64>,
    /// How many words are taken.
    taken: usize,
    /// 64 less the table's size in bits (at least 32: a place is the fingerprint's top bits).
    shift: u32,
}

impl Index {
    /// An empty index with room for `keys` keys.
    fn with_room(keys: usize) -> Index {
        let bits = (keys * 8 / 5 + 1)
            .next_power_of_two()
            .trailing_zeros()
            .clamp(4, 32);
        Index {
            words: vec![0; 1 << bits],
            taken: 0,
            shift: 64 - bits,
        }
    }

    /// `key`'s fingerprint: the high half of the key times a multiplier of its own (so that
    /// the filter's bits and the table's places of the keys are unrelated).
    #[inline]
    fn fingerprint(key: u64) -> u64 {
        key.wrapping_mul(0xff51_afd7_ed55_8ccd) >> 32
    }

    /// Where the key of `fingerprint` is or would go: its place in the table (the
    /// fingerprint's top bits), or the next free one after it.
    #[inline]
    fn find(&self, fingerprint: u64) -> usize {
        let mask = self.words.len() - 1;
        let mut i = (fingerprint >> (self.shift - 32)) as usize;
        while let Some(&word) = self.words.get(i) {
            if word == 0 || word >> 32 == fingerprint {
                break;
            }
            i = (i + 1) & mask;
        }
        i
    }

    /// The slot of `key`, if it is a key.
    #[inline]
    fn get(&self, key: u64) -> Option<Slot> {
        let word = *self.words.get(self.find(Index::fingerprint(key)))?;
        (word != 0).then(|| Slot::unpack(word as u32))
    }

    /// Changes the slot of `key` by `change` (making it, empty, if it is not a key yet; the
    /// change must leave it with entries or a prefix).
    fn update(&mut self, key: u64, change: impl FnOnce(&mut Slot)) {
        let fingerprint = Index::fingerprint(key);
        let mut i = self.find(fingerprint);
        if self.words[i] == 0 {
            if 8 * (self.taken + 1) > 5 * self.words.len() {
                self.grow();
                i = self.find(fingerprint);
            }
            self.taken += 1;
        }
        let mut slot = Slot::unpack(self.words[i] as u32);
        change(&mut slot);
        self.words[i] = fingerprint << 32 | u64::from(slot.pack());
    }

    /// Changes every key's slot by `change`.
    fn update_all(&mut self, mut change: impl FnMut(&mut Slot)) {
        for word in self.words.iter_mut().filter(|word| **word != 0) {
            let mut slot = Slot::unpack(*word as u32);
            change(&mut slot);
            *word = *word >> 32 << 32 | u64::from(slot.pack());
        }
    }

    /// Twice the room, every word placed again from its fingerprint.
    #[cold]
    fn grow(&mut self) {
        let mut bigger = Index::with_room(self.words.len());
        for word in std::mem::take(&mut self.words)
            .into_iter()
            .filter(|&word| word != 0)
        {
            let i = bigger.find(word >> 32);
            bigger.words[i] = word;
            bigger.taken += 1;
        }
        *self = bigger;
    }
}

/// What sits under one index key, packed in 32 bits beside it.
#[derive(Default, Clone, Copy)]
struct Slot {
    /// Where the run of [`Lexicon::by_key`] holding the entries whose lower-cased surface is
    /// the key starts, and how long it is (no key has more than a few entries); the entry's
    /// index itself where there is one.
    start: u32,
    len: u32,
    /// The key is also a token-aligned prefix of a longer entry.
    prefix: bool,
}

impl Slot {
    /// Bits of `start`: room for 64 million entries.
    const START_BITS: u32 = 26;
    /// Most entries a key can have.
    const MOST: u32 = (1 << (31 - Slot::START_BITS)) - 1;

    fn pack(self) -> u32 {
        assert!(
            self.start < 1 << Slot::START_BITS && self.len <= Slot::MOST,
            "lexicon slot too big"
        );
        self.start | self.len << Slot::START_BITS | u32::from(self.prefix) << 31
    }

    #[inline]
    fn unpack(word: u32) -> Slot {
        Slot {
            start: word & ((1 << Slot::START_BITS) - 1),
            len: (word >> Slot::START_BITS) & Slot::MOST,
            prefix: word >> 31 != 0,
        }
    }

    /// The indices of the slot's entries, of those `by_key` holds.
    #[inline]
    fn entries<'s>(&'s self, by_key: &'s [u32]) -> &'s [u32] {
        if self.len == 1 {
            return std::slice::from_ref(&self.start);
        }
        let start = self.start as usize;
        by_key.get(start..start + self.len as usize).unwrap_or_default()
    }
}

/// FNV-1a over ASCII-lower-cased bytes, fed piece by piece: a span's hash grows with it.
struct KeyHash(u64);

impl KeyHash {
    fn new() -> KeyHash {
        KeyHash(0xcbf2_9ce4_8422_2325)
    }
    /// Four bytes a turn of the loop: a token and the space before it are six bytes or so, and
    /// the loop's own test and step cost nearly as much as hashing a byte.
    fn push(&mut self, bytes: &[u8]) {
        let mut fours = bytes.chunks_exact(4);
        for four in &mut fours {
            four.iter().for_each(|&b| self.push_byte(b));
        }
        fours.remainder().iter().for_each(|&b| self.push_byte(b));
    }
    fn push_byte(&mut self, b: u8) {
        self.0 = (self.0 ^ u64::from(ASCII_LOWER[usize::from(b)])).wrapping_mul(0x0100_0000_01b3);
    }
    /// The hash so far; FNV's high bits folded into the low ones the table indexes by.
    fn value(&self) -> u64 {
        self.0 ^ (self.0 >> 32)
    }
}

/// Each byte ASCII-lower-cased, read from a table: the index hashes every byte of the article
/// at least once, and one load costs less than the test and arithmetic of `to_ascii_lowercase`.
const ASCII_LOWER: [u8; 256] = {
    let mut table = [0; 256];
    let mut b = 0;
    while b < 256 {
        table[b] = (b as u8).to_ascii_lowercase();
        b += 1;
    }
    table
};

/// Two bits per [`KeyFilter::BITS`]-bit fingerprint of a key, in two words side by side: one set
/// for every key, the other for every key with entries; a clear bit proves a span is no key, or
/// no entry's key (about one fingerprint in sixteen is a key's, so most non-keys find theirs
/// clear). The two words share a cache line, so asking both costs one miss.
struct KeyFilter {
    words: Vec<[u64; 2]>,
    /// 64 less the fingerprint's bits.
    shift: u32,
}

impl KeyFilter {
    /// Of the whole filter: 66 000 keys.
    const BITS: u32 = 20;
    /// Of the lower-case filter: 9 000 keys, one bit in 58 set. At 18 bits (one in 29) its
    /// false hits grew more spans than the smaller table saved in misses; at 20, no fewer.
    const LOWER_BITS: u32 = 19;

    fn new(bits: u32) -> KeyFilter {
        KeyFilter {
            words: vec![[0; 2]; 1 << (bits - 6)],
            shift: 64 - bits,
        }
    }

    /// The key's fingerprint: the top bits of the key mixed by a multiplication.
    #[inline]
    fn bit(&self, key: u64) -> usize {
        (key.wrapping_mul(0x9e37_79b9_7f4a_7c15) >> self.shift) as usize
    }

    /// Adds a key, which `whole` says has entries.
    fn insert(&mut self, key: u64, whole: bool) {
        let bit = self.bit(key);
        let [any, with_entries] = &mut self.words[bit / 64];
        *any |= 1 << (bit % 64);
        if whole {
            *with_entries |= 1 << (bit % 64);
        }
    }

    /// Whether `key` may be a key, and whether it may be one with entries.
    #[inline]
    fn may_hold(&self, key: u64) -> (bool, bool) {
        let bit = self.bit(key);
        let [any, with_entries] = self.words[bit / 64];
        let mask = 1 << (bit % 64);
        (any & mask != 0, with_entries & mask != 0)
    }
}

/// `found` is the entry as written, in capitals, or (titles and role nouns: "defence minister",
/// "Rear admiral", "Spokesman") in any capitalisation; the title grammar decides whether a
/// lower-case title counts. Compared without allocating.
fn written_as(entry: &Entry, found: &str) -> bool {
    if found == entry.surface {
        return true;
    }
    let any_case = any_case(entry.kind);
    // Both in ASCII, as most are: byte by byte, where the case-mapping iterators cost a thousand
    // instructions a comparison. (A text with other characters may case-map to ASCII, so it
    // takes the general way.)
    if found.is_ascii() && entry.surface.is_ascii() {
        let (f, s) = (found.as_bytes(), entry.surface.as_bytes());
        return f.len() == s.len()
            && (f.iter().zip(s).all(|(f, s)| *f == s.to_ascii_uppercase())
                || any_case && f.eq_ignore_ascii_case(s));
    }
    let surface = entry.surface.chars();
    found.chars().eq(surface.clone().flat_map(char::to_uppercase))
        || (any_case
            && found
                .chars()
                .flat_map(char::to_lowercase)
                .eq(surface.flat_map(char::to_lowercase)))
}

/// The character of `surface` at byte `at` is a Latin letter beyond ASCII ("ç", "ğ", "ṣ"), which
/// UAX #29 joins to the letters and digits beside it (WB5, WB9, WB10) as it joins ASCII ones:
/// no token ends between two such. Asked only of characters beyond ASCII (few surfaces have any).
fn latin_letter_at(surface: &str, at: usize) -> bool {
    !surface.as_bytes().get(at).is_some_and(u8::is_ascii)
        && surface
            .get(at..)
            .and_then(|rest| rest.chars().next())
            .is_some_and(|c| {
                matches!(c, '\u{C0}'..='\u{24F}' | '\u{1E00}'..='\u{1EFF}') && c != '×' && c != '÷'
            })
}

/// Entries of `kind` match in any capitalisation ([`written_as`]).
fn any_case(kind: Kind) -> bool {
    matches!(kind, Kind::Title | Kind::RoleNoun | Kind::RoleSense)
}

/// The words of a one-column list file that one recogniser asks about alone (languages, common
/// acronyms, role surnames), outside the shared index: a set built on first use.
pub fn word_set(data: &'static str) -> FxHashSet<&'static str> {
    data.lines()
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .collect()
}

/// Appends the entries of one file: lines of `surface[\tcanonical[\tcountry]]`, `#` comments.
/// memchr finds the tabs and newlines a word at a time (a byte loop was a third of the start-up
/// instructions); every cut is at one of those ASCII bytes, so at a char boundary.
fn parse(kind: Kind, data: &'static str, out: &mut Vec<Entry>) {
    let bytes = data.as_bytes();
    let mut fields: [&'static str; 3] = [""; 3];
    let (mut field, mut start) = (0, 0);
    for i in memchr::memchr2_iter(b'\t', b'\n', bytes).chain([bytes.len()]) {
        if let Some(f) = fields.get_mut(field) {
            *f = &data[start..i];
        }
        field += 1;
        start = i + 1;
        if bytes.get(i) == Some(&b'\t') {
            continue;
        }
        let [surface, canonical, country] = std::mem::take(&mut fields);
        field = 0;
        if surface.is_empty() || surface.starts_with('#') {
            continue;
        }
        out.push(Entry {
            kind,
            surface,
            canonical: if canonical.is_empty() { surface } else { canonical },
            country: (!country.is_empty()).then_some(country),
        });
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Unique, so [`Lexicon::lookup`] has one answer; sorted, so the generated files diff well.
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
    fn latin_letters_beyond_ascii_are_told_from_other_characters() {
        assert!(latin_letter_at("aç", 1) && latin_letter_at("ṣa", 0) && latin_letter_at("Éa", 0));
        for (s, at) in [("a", 0), ("a×", 1), ("a-", 1), ("a中", 1), ("aα", 1), ("a", 1)] {
            assert!(!latin_letter_at(s, at), "{s:?} {at}");
        }
    }

    #[test]
    fn the_index_keeps_every_key_as_it_grows() {
        let mut index = Index::with_room(4);
        let key = |k: u64| k.wrapping_mul(0x9e37_79b9_7f4a_7c15) ^ k;
        for k in 0..5000 {
            index.update(key(k), |slot| {
                slot.start = k as u32;
                slot.len = 1;
                slot.prefix = k % 3 == 0;
            });
        }
        for k in 0..5000 {
            let slot = index.get(key(k)).expect("every key kept");
            assert_eq!((slot.start, slot.len, slot.prefix), (k as u32, 1, k % 3 == 0));
        }
        assert!((5000..6000).all(|k| index.get(key(k)).is_none()));
        assert!(8 * index.taken <= 5 * index.words.len());
    }

    #[test]
    fn lookup_is_exact_and_keeps_to_its_list() {
        let lexicon = Lexicon::get();
        assert!(lexicon.lookup("Japan", Kind::Country).is_some());
        // The index folds case to find spans; a lookup does not.
        assert!(lexicon.lookup("japan", Kind::Country).is_none());
        assert!(lexicon.lookup("JAPAN", Kind::Country).is_none());
        assert!(lexicon.lookup("Japan", Kind::City).is_none());
        // A prefix of a longer entry has a slot of its own but no entry.
        assert!(lexicon.lookup("Republic of", Kind::Country).is_none());
        assert!(lexicon.lookup("", Kind::Country).is_none());
    }

    /// (surface, canonical, country) of an entry, for table-driven checks.
    fn row(kind: Kind, surface: &str) -> Option<(&'static str, Option<&'static str>)> {
        Lexicon::get()
            .lookup(surface, kind)
            .map(|e| (e.canonical, e.country))
    }

    #[test]
    fn generated_lists_hold_representative_entries() {
        use Kind::*;
        let cases: &[(Kind, &str, &str, Option<&str>)] = &[
            // Countries: common, official and alternative names → the common English name.
            (Country, "Lithuania", "Lithuania", None),
            (Country, "Republic of Lithuania", "Lithuania", None),
            (Country, "Japan", "Japan", None),
            (Country, "Azerbaijan", "Azerbaijan", None),
            (Country, "Ukraine", "Ukraine", None),
            (Country, "UK", "United Kingdom", None),
            (Country, "United States of America", "United States", None),
            (Country, "US", "United States", None),
            (Country, "Czech Republic", "Czechia", None),
            (Country, "DRC", "DR Congo", None),
            // Cities with their country, including datelines and non-English spellings.
            (City, "Tokyo", "Tokyo", Some("Japan")),
            (City, "Baku", "Baku", Some("Azerbaijan")),
            (City, "Vilnius", "Vilnius", Some("Lithuania")),
            (City, "London", "London", Some("United Kingdom")),
            (City, "Washington", "Washington", Some("United States")),
            (City, "Kraków", "Kraków", Some("Poland")),
            (City, "Krakow", "Kraków", Some("Poland")),
            (City, "Shanghai", "Shanghai", Some("China")),
            (City, "Phoenix", "Phoenix", Some("United States")),
            (State, "Ohio", "Ohio", Some("United States")),
            // Demonyms of the seed article → their country.
            (Demonym, "Lithuanian", "Lithuania", None),
            (Demonym, "Japanese", "Japan", None),
            (Demonym, "Lithuanians", "Lithuania", None),
            (Demonym, "Azerbaijani", "Azerbaijan", None),
            (Demonym, "Thai", "Thailand", None),
            (Group, "Arabs", "Arabs", None),
            (State, "Florida", "Florida", Some("United States")),
            (Region, "Indo-Pacific", "Indo-Pacific", None),
            (Region, "Europe", "Europe", None),
            (Agency, "Trend", "Trend", None),
            (Agency, "AFP", "Agence France-Presse", None),
            (Agency, "Xinhua", "Xinhua", None),
            (Title, "Vice Minister", "Vice Minister", None),
            (OrgHead, "Ministry", "Ministry", None),
            (Honorific, "Dr", "Dr", None),
            // Role nouns from WordNet; a plural's canonical form is its singular.
            (RoleNoun, "photographer", "photographer", None),
            (RoleNoun, "spokesmen", "spokesman", None),
            (RoleNoun, "secretary general", "secretary general", None),
            (RoleNoun, "secretaries general", "secretary general", None),
            (RoleNoun, "attorneys", "attorney", None),
            (RoleNoun, "councillor", "councillor", None),
            (RoleNoun, "chief executive", "chief executive", None),
            (RoleNoun, "activists", "activist", None),
            (RoleNoun, "founder", "founder", None),
            (RoleSense, "creator", "creator", None),
            (RoleSense, "academic", "academic", None),
        ];
        for &(kind, surface, canonical, country) in cases {
            assert_eq!(
                row(kind, surface),
                Some((canonical, country)),
                "{kind:?} {surface:?}"
            );
        }
        // Given names across languages, with diacritics where the language writes them.
        for name in [
            "Loreta",
            "Dovilė",
            "Šarūnas",
            "Kenji",
            "Takeshi",
            "Nobuaki",
            "Xiaoming",
            "Wei",
            "Mohammed",
            "Fatima",
            "Ahmed",
            "José",
            "María",
            "Jürgen",
            "Łukasz",
            "Agnieszka",
            "Olga",
            "Vladimir",
            "Priya",
            "Chidi",
            "John",
            "Martin",
        ] {
            assert!(row(GivenName, name).is_some(), "given name {name:?} missing");
        }
    }

    #[test]
    fn generated_lists_leave_out_ordinary_capitalised_words() {
        use Kind::*;
        let absent: &[(Kind, &[&str])] = &[
            // Modal verbs, months and common nouns that are also given names.
            (
                GivenName,
                &[
                    "Will",
                    "May",
                    "June",
                    "August",
                    "Mark",
                    "Bill",
                    "Grace",
                    "Hope",
                    "The",
                    "Minister",
                    "President",
                    "Police",
                    "Paris",
                    "Jordan",
                    "Chad",
                    "Georgia",
                    "Monday",
                    "Young",
                    "White",
                ],
            ),
            // Cities spelt like English words.
            (
                City,
                &[
                    "Of", "Police", "Mobile", "Reading", "Nice", "Split", "Surprise", "Male", "May",
                ],
            ),
            // ISO codes would fire on abbreviations ("IT department", "16 GB").
            (Country, &["LT", "GB", "IT", "IN", "NO", "Island", "Thai"]),
            // Common surnames would split "John Johnson" into two names.
            (GivenName, &["Johnson", "Smith", "Garcia", "Wang"]),
            // Kinship, age and sex, nationality, victims and nouns whose commonest sense is not
            // a person are not roles.
            (
                RoleNoun,
                &[
                    "father", "wife", "cousin", "man", "woman", "child", "girl", "adult", "juvenile",
                    "victim", "patient", "american", "head", "chair", "major", "hero", "genius",
                ],
            ),
        ];
        for &(kind, words) in absent {
            for w in words {
                assert!(row(kind, w).is_none(), "{kind:?} should not contain {w:?}");
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
            .map(|m| (m.span.text(text), m.kind))
            .collect();
        for want in [
            ("BAKU", Kind::City),
            ("Azerbaijan", Kind::Country),
            ("Lithuanian", Kind::Demonym),
        ] {
            assert!(found.contains(&want), "{want:?} not in {found:?}");
        }
    }

    #[test]
    fn finds_role_nouns_in_any_capitalisation() {
        let text = "Spokesmen for the Secretary General and a Photographer; the chief executive";
        let doc = crate::text::analyse(text);
        let found: Vec<(&str, &str)> = Lexicon::get()
            .find(&doc)
            .iter()
            .filter(|m| m.kind == Kind::RoleNoun)
            .map(|m| (m.span.text(text), m.entry.canonical))
            .collect();
        for want in [
            ("Spokesmen", "spokesman"),
            ("Secretary General", "secretary general"),
            ("Photographer", "photographer"),
            ("chief executive", "chief executive"),
        ] {
            assert!(found.contains(&want), "{want:?} not in {found:?}");
        }
    }
}
