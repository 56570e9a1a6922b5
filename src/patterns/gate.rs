//! Where in a text each set of patterns can match, found in the tokenizer's pass over its bytes
//! ([`RegionReader`]), so that the DFAs only scan those regions instead of every byte of the
//! text once per set.
//!
//! The text is cut into chunks that no match of any set can cross:
//! - before and after a *cut byte*, one no match ever contains (quotes, brackets, `?`, `!`…);
//! - where an ASCII letter run (a maximal `[A-Za-z]+`) starts that is not made of
//!   [`VOCABULARY`] words, the words a match can contain ("Minister", "said"; "onethousand"
//!   is two). A match may still start inside such a run ("roundabout $5" holds the money
//!   "about $5"), so the cut is at its start, not its end.
//!
//! A set only searches the chunks that hold what every match of the set holds ([`NEEDS`]): a
//! digit or a number word, and a unit ("dollars") for money by unit; a month, "week" or a
//! digit for dates; "%", "per cent" or "percent" and a number for percentages…
//!
//! Each chunk is searched in the whole text (`Input::span`), so `\b`, `^` and `$` still see the
//! bytes around it, and the DFAs find exactly the matches a search of the whole text finds.
//! No argument from reading the sources is trusted for that: `tests::gate_is_exact` proves it
//! on the compiled DFAs for every possible text.

use std::cell::RefCell;
use std::ops::Range;
use std::sync::OnceLock;

use super::SETS;

/// Bit `i` stands for set `SETS[i]`.
type Sets = u16;

/// What a chunk holds that matches need, one bit each.
type Features = u16;
const DIGIT: Features = 1;
/// "one" … "ninety", "dozens", "millions".
const NUMBER: Features = 1 << 1;
/// "first" … "hundredth", and the "st" of "21st".
const ORDINAL: Features = 1 << 2;
/// Months, weekdays, "week", "years", "today"…
const DATE: Features = 1 << 3;
/// A month that can stand alone as a date after "in" or "since" ("in June"; not "May").
const MONTH: Features = 1 << 4;
/// "morning", "tonight", "noon"…
const TIME: Features = 1 << 5;
/// "dollars", "euros", "yen"…
const UNIT: Features = 1 << 6;
/// "km", "tonnes", "barrels", "megawatts"…
const MEASURE: Features = 1 << 7;
/// "%", "per cent", "percent", "percentage points".
const PERCENT: Features = 1 << 8;
/// The "date" of the metadata line.
const DATE_WORD: Features = 1 << 9;
/// What follows the hour of a time: ":", "am", "p" of "p.m.", "GMT", "local time".
const CLOCK: Features = 1 << 10;

/// What every match of each set holds, in the order of [`SETS`]: a feature of each group.
/// (Money by symbol needs a currency too, but "USD" may end a longer run: "xUSD 5".)
const NEEDS: [(&str, &[Features]); SETS.len()] = [
    ("money_symbol", &[DIGIT]),
    ("money_units", &[DIGIT | NUMBER, UNIT]),
    ("percent", &[DIGIT | NUMBER, PERCENT]),
    ("quantity", &[DIGIT | NUMBER, MEASURE]),
    ("ordinal", &[ORDINAL]),
    ("cardinal", &[DIGIT | NUMBER]),
    ("dates", &[DIGIT | DATE]),
    ("years", &[DIGIT | MONTH]),
    ("times", &[DIGIT | TIME, TIME | CLOCK]),
    ("metadata_date", &[DIGIT, DATE_WORD]),
];

/// The sets whose matches a chunk holding `features` may hold.
fn searched_by(features: Features) -> Sets {
    let mut sets = 0;
    for (set, (_, needs)) in NEEDS.iter().enumerate() {
        if needs.iter().all(|&need| features & need != 0) {
            sets |= 1 << set;
        }
    }
    sets
}

const NUM: Features = NUMBER | JOINS;

/// Every letter run a match can contain, lower-cased, with what it is (0: a word matches
/// hold only next to another, such as "about" or "than").
#[rustfmt::skip]
const VOCABULARY: &[(&str, Features)] = &[
    // Number words (WORD_NUM), which a scale or unit may follow in one run ("onekm").
    ("one", NUM), ("two", NUM), ("three", NUM), ("four", NUM), ("five", NUM), ("six", NUM),
    ("seven", NUM), ("eight", NUM), ("nine", NUM), ("ten", NUM), ("eleven", NUM), ("twelve", NUM),
    ("thirteen", NUM), ("fourteen", NUM), ("fifteen", NUM), ("sixteen", NUM), ("seventeen", NUM),
    ("eighteen", NUM), ("nineteen", NUM), ("twenty", NUM), ("thirty", NUM), ("forty", NUM),
    ("fifty", NUM), ("sixty", NUM), ("seventy", NUM), ("eighty", NUM), ("ninety", NUM),
    ("hundred", NUM), ("dozen", NUM), ("dozens", NUM), ("hundreds", NUM), ("thousands", NUM),
    ("millions", NUM),
    // Ordinal words.
    ("first", ORDINAL), ("second", ORDINAL), ("third", ORDINAL), ("fourth", ORDINAL),
    ("fifth", ORDINAL), ("sixth", ORDINAL), ("seventh", ORDINAL), ("eighth", ORDINAL),
    ("ninth", ORDINAL), ("tenth", ORDINAL), ("eleventh", ORDINAL), ("twelfth", ORDINAL),
    ("twentieth", ORDINAL), ("hundredth", ORDINAL),
    // The end of "21st", which "to" may follow in one run ("8thto 10").
    ("st", ORDINAL | JOINS), ("nd", ORDINAL | JOINS), ("rd", ORDINAL | JOINS),
    ("th", ORDINAL | JOINS),
    // Months and weekdays (matched case-sensitively, looked up here in lower case).
    ("january", DATE | MONTH), ("february", DATE | MONTH), ("march", DATE | MONTH),
    ("april", DATE | MONTH), ("may", DATE), ("june", DATE | MONTH), ("july", DATE | MONTH),
    ("august", DATE | MONTH), ("september", DATE | MONTH), ("october", DATE | MONTH),
    ("november", DATE | MONTH), ("december", DATE | MONTH),
    ("jan", DATE), ("feb", DATE), ("mar", DATE), ("apr", DATE), ("jun", DATE), ("jul", DATE),
    ("aug", DATE), ("sep", DATE), ("sept", DATE), ("oct", DATE), ("nov", DATE), ("dec", DATE),
    ("monday", DATE), ("tuesday", DATE), ("wednesday", DATE), ("thursday", DATE),
    ("friday", DATE), ("saturday", DATE), ("sunday", DATE),
    // Relative dates: "last week", "three years ago", "the first quarter", "today".
    ("today", DATE), ("yesterday", DATE), ("tomorrow", DATE), ("day", DATE), ("days", DATE),
    ("week", DATE), ("weeks", DATE), ("weekend", DATE), ("month", DATE), ("months", DATE),
    ("year", DATE), ("years", DATE), ("decade", DATE), ("decades", DATE), ("century", DATE),
    ("spring", DATE), ("summer", DATE), ("autumn", DATE), ("fall", DATE), ("winter", DATE),
    ("quarter", DATE), ("half", DATE),
    // Times of day.
    ("morning", TIME), ("afternoon", TIME), ("evening", TIME), ("night", TIME),
    ("tonight", TIME), ("midnight", TIME), ("noon", TIME),
    ("a", CLOCK), ("p", CLOCK), ("am", CLOCK), ("pm", CLOCK), ("gmt", CLOCK), ("utc", CLOCK),
    ("local", CLOCK),
    // Money.
    ("dollars", UNIT), ("euros", UNIT), ("pounds", UNIT | MEASURE), ("yen", UNIT),
    ("yuan", UNIT), ("rupees", UNIT), ("roubles", UNIT), ("rubles", UNIT), ("manat", UNIT),
    ("manats", UNIT), ("francs", UNIT), ("won", UNIT), ("pesos", UNIT), ("lira", UNIT),
    // Measures.
    ("km", MEASURE), ("kilometres", MEASURE), ("kilometers", MEASURE), ("miles", MEASURE),
    ("metres", MEASURE), ("meters", MEASURE), ("cm", MEASURE), ("mm", MEASURE),
    ("kg", MEASURE), ("kilograms", MEASURE), ("grams", MEASURE), ("tonnes", MEASURE),
    ("tons", MEASURE), ("litres", MEASURE), ("liters", MEASURE), ("gallons", MEASURE),
    ("barrels", MEASURE), ("hectares", MEASURE), ("acres", MEASURE), ("feet", MEASURE),
    ("ft", MEASURE), ("inches", MEASURE), ("square", MEASURE), ("mph", MEASURE),
    ("mw", MEASURE), ("gw", MEASURE), ("kwh", MEASURE), ("megawatts", MEASURE),
    ("gigawatts", MEASURE), ("degrees", MEASURE),
    // Per cent.
    ("per", PERCENT), ("percent", PERCENT), ("percentage", PERCENT),
    ("date", DATE_WORD),
    // Words matches hold only next to others.
    ("about", 0), ("after", 0), ("ago", 0), ("almost", 0), ("an", 0), ("approximately", 0),
    ("around", 0), ("as", 0), ("at", 0), ("before", 0), ("between", 0), ("billion", 0), ("bn", 0),
    ("budget", 0), ("by", 0), ("c", 0), ("celsius", 0), ("census", 0), ("cent", 0), ("coming", 0),
    ("cup", 0), ("during", 0), ("earlier", 0), ("early", 0), ("election", 0), ("end", 0),
    ("eur", 0), ("fahrenheit", 0), ("few", 0), ("fewer", 0), ("final", 0), ("fiscal", 0),
    ("from", 0), ("gbp", 0), ("h", 0), ("hk", 0), ("in", 0), ("k", 0), ("last", 0), ("late", 0),
    ("later", 0), ("least", 0), ("less", 0), ("m", 0), ("many", 0), ("mid", 0), ("million", 0),
    ("mn", 0), ("more", 0), ("most", 0), ("nearly", 0), ("next", 0), ("of", 0), ("olympics", 0),
    ("over", 0), ("past", 0), ("point", 0), ("points", 0), ("previous", 0), ("recent", 0),
    ("roughly", 0), ("s", 0), ("season", 0), ("several", 0), ("since", 0), ("some", 0),
    ("sterling", 0), ("summit", 0), ("than", 0), ("the", 0), ("this", 0), ("thousand", 0),
    ("time", 0), ("tn", 0), ("trillion", 0), ("under", 0), ("up", 0), ("us", 0), ("usd", 0),
    ("world", 0),
    // What joins a day to the next: "8thto 10", "8 toJuly 10".
    ("and", JOINS), ("through", JOINS), ("to", JOINS), ("until", JOINS),
];

/// The vocabulary as a trie over lower-case letters, laid out as a double array: a node is a
/// cell of [`Trie::cells`], and its children are the cells from its `base` on, one per
/// [`SLOTS`] of a byte, each known for its child by its `parent`: the node's base, which no
/// other node has. Nodes' children share the array where they do not collide, so the
/// vocabulary's 770 nodes fill the first 793 cells of 8 bytes (6 KB, the nodes near the root
/// together), where a row of 32 cells for each node took 49 KB: a text's walks, which leave the
/// trie within a few letters, read a few lines of it, not one or two per node.
struct Trie {
    /// The nodes, the root at [`ROOT`]; a power of two of them, so that a masked index needs
    /// no bounds check.
    cells: Box<[Cell; CELLS]>,
}

/// A cell of [`Trie::cells`]: a node, or [`Cell::EMPTY`].
#[derive(Clone, Copy)]
#[repr(C, align(8))]
struct Cell {
    /// The base of the node whose child this cell is ([`Cell::NONE`] for the root and empty
    /// cells): a walk compares it with the base it holds, and needs no node's index.
    parent: u16,
    /// Where the node's children start: its child by byte `b` is at `base + SLOTS[b]` (masked
    /// to the cells), if that cell's parent is this base. Each node's is its own.
    base: u16,
    /// What the node's word is, with [`WORD`] set if the node ends a word (and [`JOINS`] if
    /// that word does, so a walk learns it passed one by joining what it met).
    features: Features,
}

impl Cell {
    /// No node's base.
    const NONE: u16 = u16::MAX;
    const EMPTY: Cell = Cell {
        parent: Cell::NONE,
        base: 0,
        features: 0,
    };
}

/// Room for every node and the slots past the last node's base; a power of two.
const CELLS: usize = 1 << 11;
/// The root's cell, no node's child: a walk's 0 means "no node", whose features are none.
const ROOT: usize = 0;

/// Marks a trie node that ends a word.
const WORD: Features = 1 << 15;
/// Marks a word another may follow in one letter run: "onethousand", "fivekm", "8thto",
/// "toJuly" (the patterns' `\s?` and `\s*` between words).
const JOINS: Features = 1 << 14;

/// The slot of a node's children each byte takes: an ASCII letter's lower-case index, and for
/// every other byte [`NOT_LETTER`], a slot no node fills, so that a walk stops at the end of a
/// run without testing the byte apart.
const SLOTS: [u8; 256] = {
    let mut slots = [NOT_LETTER; 256];
    let mut b = 0;
    while b < 26 {
        slots[b'a' as usize + b] = b as u8;
        slots[b'A' as usize + b] = b as u8;
        b += 1;
    }
    slots
};
const NOT_LETTER: u8 = 26;

impl Trie {
    fn get() -> &'static Trie {
        static TRIE: OnceLock<Trie> = OnceLock::new();
        TRIE.get_or_init(|| {
            // The trie with a row of children per node first, the root's first.
            let mut rows: Vec<([u16; 26], Features)> = vec![([0; 26], 0)];
            for &(word, features) in VOCABULARY {
                let mut node = 0;
                for &b in word.as_bytes() {
                    let slot = usize::from(SLOTS[usize::from(b)]);
                    if rows[node].0[slot] == 0 {
                        rows[node].0[slot] = rows.len() as u16;
                        rows.push(([0; 26], 0));
                    }
                    node = usize::from(rows[node].0[slot]);
                }
                rows[node].1 = WORD | features;
            }
            // Then laid out from the root down, level by level: each node's children at the
            // first base no node has where their cells are all free (a leaf's base leads to no
            // cell of its own, so any base no node has).
            let mut cells = Box::new([Cell::EMPTY; CELLS]);
            let mut taken = vec![false; CELLS];
            let mut based = vec![false; CELLS];
            taken[ROOT] = true;
            let mut todo = std::collections::VecDeque::from([(0usize, ROOT)]);
            while let Some((node, cell)) = todo.pop_front() {
                let children: Vec<(usize, usize)> = (0..26)
                    .filter(|&slot| rows[node].0[slot] != 0)
                    .map(|slot| (slot, usize::from(rows[node].0[slot])))
                    .collect();
                let base = (1..CELLS - usize::from(NOT_LETTER))
                    .find(|&base| !based[base] && children.iter().all(|&(slot, _)| !taken[base + slot]))
                    .expect("the vocabulary outgrew the trie's cells");
                based[base] = true;
                cells[cell].base = base as u16;
                for (slot, child) in children {
                    taken[base + slot] = true;
                    cells[base + slot] = Cell {
                        parent: base as u16,
                        base: 0,
                        features: rows[child].1,
                    };
                    todo.push_back((child, base + slot));
                }
            }
            Trie { cells }
        })
    }

    /// The child of node `node` that byte `b` leads to; 0 (the root, no node's child) if there
    /// is none (always for a byte that is no letter). The masks spare the bounds checks; they
    /// change no index a node and a slot make.
    #[inline]
    fn child(&self, node: usize, b: u8) -> usize {
        let base = self.cells[node & (CELLS - 1)].base;
        let cell = (usize::from(base) + usize::from(SLOTS[usize::from(b)])) & (CELLS - 1);
        if self.cells[cell].parent == base {
            cell
        } else {
            0
        }
    }

    /// [`Cell::features`] of node `node`.
    fn features(&self, node: usize) -> Features {
        self.cells[node & (CELLS - 1)].features
    }

    /// What `run` (ASCII letters) holds if it is vocabulary words written together ("one",
    /// "onethousand", "thto" in "8thto 10"; only a [`JOINS`] word is followed by another),
    /// `None` if it is not. A run that is a word is only that word ("and" is not "a" and "nd"
    /// of "2nd"); a run of several holds what all the words met on the way do.
    ///
    /// A walk asks this of the runs that pass a joining word without being one word: nearly all
    /// are common words ("that", "they", "states"), asked again text after text. So a run of up
    /// to eight letters is answered from those met lately on this thread ([`RECENT_RUNS`]) if
    /// it is there, and kept there otherwise.
    fn words(&self, run: &[u8]) -> Option<Features> {
        let Some(key) = recent_key(run) else {
            return self.split(run);
        };
        // The slot of the key, by its bits mixed by a multiplication.
        let slot = (key.wrapping_mul(0x9e37_79b9_7f4a_7c15) >> (64 - RECENT.trailing_zeros())) as usize;
        RECENT_RUNS.with_borrow_mut(|recent| {
            let (kept, words) = recent[slot];
            if kept == key {
                return words;
            }
            let words = self.split(run);
            recent[slot] = (key, words);
            words
        })
    }

    /// [`Trie::words`] of `run`, walked: every split is followed at once, so no run costs more
    /// than its length times the longest word.
    fn split(&self, run: &[u8]) -> Option<Features> {
        // No match holds a longer run (`tests::gate_is_exact` would find it).
        if run.len() > 32 {
            return None;
        }
        // The positions joining words reach and not yet walked from.
        let mut reached: u64 = 1;
        let mut held = 0;
        while reached != 0 {
            let from = reached.trailing_zeros() as usize;
            reached &= reached - 1;
            let mut node = 0;
            for (i, &b) in run.iter().enumerate().skip(from) {
                node = self.child(node, b);
                if node == 0 {
                    break;
                }
                let features = self.features(node);
                if features & WORD == 0 {
                    continue;
                }
                if i + 1 == run.len() {
                    let word = features & !(WORD | JOINS);
                    return Some(if from == 0 { word } else { held | word });
                }
                if features & JOINS != 0 {
                    reached |= 1 << (i + 1);
                    held |= features & !(WORD | JOINS);
                }
            }
        }
        None
    }

    /// Reads the letter run that starts at `bytes[start]` (a letter): where it ends, and
    /// [`Trie::words`] of it, with one walk of the trie as the run is read ([`Trie::walk`]).
    fn run_at(&self, bytes: &[u8], start: usize) -> (usize, Option<Features>) {
        let (i, node, passed) = self.walk(bytes, start);
        // Stopped at a letter, the run left the trie: the rest of it is read past, and its
        // last node is the root, which holds no word.
        if bytes.get(i).is_some_and(u8::is_ascii_alphabetic) {
            let end = letters_end(bytes, i);
            return (end, self.walked(&bytes[start..end], 0, passed));
        }
        (i, self.walked(&bytes[start..i], node, passed))
    }

    /// [`Trie::words`] of `run`, a whole letter run already read, with one walk of the trie.
    #[inline]
    fn run(&self, run: &[u8]) -> Option<Features> {
        let (i, node, passed) = self.walk(run, 0);
        self.walked(run, if i == run.len() { node } else { 0 }, passed)
    }

    /// Walks down the trie from the letter at `bytes[start]` while the letters lead somewhere:
    /// where it stopped (the byte after a run has no child), the node it reached, and the
    /// features of the nodes it passed, joined.
    #[inline]
    fn walk(&self, bytes: &[u8], start: usize) -> (usize, usize, Features) {
        let (mut i, mut node, mut passed) = (start, ROOT, 0);
        let mut base = self.cells[ROOT].base;
        while let Some(&b) = bytes.get(i) {
            let cell = (usize::from(base) + usize::from(SLOTS[usize::from(b)])) & (CELLS - 1);
            let child = &self.cells[cell];
            if child.parent != base {
                break;
            }
            passed |= child.features;
            (node, base) = (cell, child.base);
            i += 1;
        }
        (i, node, passed)
    }

    /// [`Trie::words`] of letter run `run`, walked down to `node` (the root if the run left
    /// the trie or goes on past the node) passing `passed`. A run that is one word ends on its
    /// node; one that leaves the trie (most do, within a few letters: "government" at "go") or
    /// ends inside a word is vocabulary only if it passed a [`JOINS`] word on the way
    /// ("onethousand"), and only then is [`Trie::words`] asked.
    #[inline]
    fn walked(&self, run: &[u8], node: usize, passed: Features) -> Option<Features> {
        let word = self.features(node);
        if word & WORD != 0 {
            Some(word & !(WORD | JOINS))
        } else if passed & JOINS != 0 {
            self.words(run)
        } else {
            None
        }
    }
}

/// Slots of [`RECENT_RUNS`] (16 bytes each): the articles' runs that reach [`Trie::split`]
/// are a few hundred distinct words.
const RECENT: usize = 1 << 9;

thread_local! {
    /// [`Trie::words`] of the letter runs met lately on this thread, each in the slot of its
    /// [`recent_key`] (0 for none).
    static RECENT_RUNS: RefCell<[(u64, Option<Features>); RECENT]> = const { RefCell::new([(0, None); RECENT]) };
}

/// A letter run of one to eight letters as one number, case folded (as the trie reads it): its
/// bytes, and under eight its length in the top byte (no letter's), so no two runs share one
/// and none is 0; `None` for a longer run.
fn recent_key(run: &[u8]) -> Option<u64> {
    if run.is_empty() || run.len() > 8 {
        return None;
    }
    let bytes = run
        .iter()
        .rev()
        .fold(0u64, |key, &b| key << 8 | u64::from(b | 0x20));
    Some(if run.len() < 8 {
        bytes | (run.len() as u64) << 56
    } else {
        bytes
    })
}

/// One past the ASCII letters from `bytes[i]` on. Eight bytes a step: the letters left once a
/// run has left the trie are most of a text's, and a byte-by-byte test cost five instructions
/// each.
fn letters_end(bytes: &[u8], mut i: usize) -> usize {
    /// `b` in each byte of a word.
    const fn each(b: u8) -> u64 {
        u64::from_ne_bytes([b; 8])
    }
    const HIGH_BITS: u64 = each(0x80);
    while let Some(eight) = bytes.get(i..).and_then(<[u8]>::first_chunk::<8>) {
        let word = u64::from_le_bytes(*eight);
        // Per byte, with no carry into the next: the high bit ends set where the byte had none
        // and, its case bit set, lies in 'a'..='z'.
        let folded = (word | each(0x20)) & !HIGH_BITS;
        let at_least_a = folded + each(0x80 - b'a');
        let past_z = folded + each(0x80 - b'z' - 1);
        let letters = at_least_a & !past_z & !word & HIGH_BITS;
        let leading = (!letters & HIGH_BITS).trailing_zeros() as usize / 8;
        i += leading;
        if leading < 8 {
            return i;
        }
    }
    while bytes.get(i).is_some_and(u8::is_ascii_alphabetic) {
        i += 1;
    }
    i
}

/// What the gate makes of each byte: one of the marks below, or else the [`Features`] it adds
/// to its chunk. Bits, not an enum's variants: most bytes are of the last kind, and one test
/// of the marks lets them by without the jump over every kind that a `match` compiles to.
type Class = u16;
const LETTER: Class = 1 << 11;
const CUT: Class = 1 << 12;
/// The first byte of "ſ" and "K" ([`folds_to_ascii`]).
const FOLD: Class = 1 << 13;
/// The marks, which no feature of a byte shares.
const MARKS: Class = LETTER | CUT | FOLD;
const _: () = assert!(MARKS & (DIGIT | PERCENT | CLOCK) == 0);

const CLASSES: [Class; 256] = {
    let mut classes = [0; 256];
    let mut b = 0;
    while b < 256 {
        classes[b] = match b as u8 {
            b if b.is_ascii_alphabetic() => LETTER,
            b if is_cut(b) => CUT,
            b'0'..=b'9' => DIGIT,
            b'%' => PERCENT,
            b':' => CLOCK,
            0xc5 | 0xe2 => FOLD,
            _ => 0,
        };
        b += 1;
    }
    classes
};

/// Bytes no match of any set contains.
const fn is_cut(b: u8) -> bool {
    matches!(b, b'!' | b'"' | b'#' | b'&' | b'\'' | b'(' | b'*' | b'+' | b'<'..=b'@' | b'['..=b'`' | b'{'..=b'~')
        // Control bytes but the ASCII white space (`\s` has the vertical tab too).
        || matches!(b, 0..=8 | 14..=31 | 127)
}

/// Whether `bytes` starts with "ſ" (U+017F) or "K" (U+212A, the Kelvin sign), the letters
/// outside ASCII that `(?i)` matches as "s" and "k" ("ſIXTH" is an ordinal). A text with one
/// is searched whole rather than having the gate know every way they join words.
fn folds_to_ascii(bytes: &[u8]) -> bool {
    bytes.starts_with("\u{17f}".as_bytes()) || bytes.starts_with("\u{212a}".as_bytes())
}

/// The chunks of a text that some set searches, in order, each with the sets that search it:
/// one vector shared by all sets (one allocation per text, not one or more per set), read set
/// by set with [`Regions::of`].
#[derive(Debug, Clone, PartialEq)]
pub struct Regions(Vec<(Range<usize>, Sets)>);

/// Chunks of a set at most this many bytes apart are searched as one region. The bytes between
/// hold no match of the set (every match lies within a chunk that holds what the set needs), so
/// a search across them finds the same matches; scanning a few bytes costs less than starting
/// another search.
const JOINED_GAP: usize = 32;

/// Finds the [`Regions`] of a text as the tokenizer reads it (`text::tokenize`), so that its
/// bytes are walked once for both. It hands on what it reads in order, each byte once; the bytes
/// it passes over (white space, the news copy's dashes, curly quotes and no-break space) are
/// none the gate reads: no letter, digit, cut or feature, nor "ſ" or "K".
pub struct RegionReader<'t> {
    bytes: &'t [u8],
    trie: &'static Trie,
    regions: Regions,
    /// The chunk being read: where it starts and what it holds.
    start: usize,
    held: Features,
    /// A "ſ" or "K" was read ([`folds_to_ascii`]): every set searches the whole text.
    folds: bool,
}

impl<'t> RegionReader<'t> {
    pub fn new(text: &'t str) -> RegionReader<'t> {
        RegionReader {
            bytes: text.as_bytes(),
            trie: Trie::get(),
            // News holds about one chunk a set searches per hundred bytes: room for more, so
            // that the vector is allocated once.
            regions: Regions(Vec::with_capacity(text.len() / 64 + 1)),
            start: 0,
            held: 0,
            folds: false,
        }
    }

    /// Reads the bytes of `range`, which no letter run crosses (the bytes either side of it
    /// are no letters).
    pub fn read(&mut self, range: Range<usize>) {
        let bytes = &self.bytes[..range.end];
        let mut i = range.start;
        while let Some(&b) = bytes.get(i) {
            let class = CLASSES[usize::from(b)];
            if class & MARKS == 0 {
                self.held |= class;
            } else if class & LETTER != 0 {
                let (end, words) = self.trie.run_at(bytes, i);
                self.ran(i, words);
                i = end;
                continue;
            } else if class & CUT != 0 {
                self.cut(i);
            } else if folds_to_ascii(&bytes[i..]) {
                self.folds = true;
            }
            i += 1;
        }
    }

    /// Reads `run`, a word of ASCII letters alone: a whole letter run, as [`RegionReader::read`]
    /// reads one. Inlined in the tokenizer's loop: most words are such runs.
    #[inline]
    pub fn letters(&mut self, run: Range<usize>) {
        let words = self.trie.run(&self.bytes[run.clone()]);
        self.ran(run.start, words);
    }

    /// Reads the ASCII byte at `at`, a symbol: no letter, digit or white space.
    #[inline]
    pub fn symbol(&mut self, at: usize) {
        let class = CLASSES[usize::from(self.bytes[at])];
        if class & CUT != 0 {
            self.cut(at);
        } else {
            self.held |= class;
        }
    }

    /// After the letter run from byte `run` on, which holds `words` ([`Trie::words`]): a run
    /// outside the vocabulary starts a chunk.
    #[inline]
    fn ran(&mut self, run: usize, words: Option<Features>) {
        match words {
            Some(features) => self.held |= features,
            None => {
                self.regions.add(self.start..run, self.held);
                (self.start, self.held) = (run, 0);
            }
        }
    }

    /// After the cut byte at `at`, which ends a chunk and starts the next after it.
    #[inline]
    fn cut(&mut self, at: usize) {
        self.regions.add(self.start..at, self.held);
        (self.start, self.held) = (at + 1, 0);
    }

    /// The regions of the text read.
    pub fn finish(mut self) -> Regions {
        if self.folds {
            return Regions::everywhere(self.bytes.len());
        }
        self.regions.add(self.start..self.bytes.len(), self.held);
        self.regions
    }
}

impl Regions {
    /// The regions of `text`, read on its own: what the tokenizer's are held to.
    #[cfg(test)]
    pub fn new(text: &str) -> Regions {
        let mut reader = RegionReader::new(text);
        reader.read(0..text.len());
        reader.finish()
    }

    /// Every set searches the whole text.
    fn everywhere(len: usize) -> Regions {
        Regions(vec![(0..len, Sets::MAX)])
    }

    /// Adds `chunk`, which holds `features`, if any set's matches may lie in it; joined to the
    /// last one if they touch and the same sets search both.
    #[inline]
    fn add(&mut self, chunk: Range<usize>, features: Features) {
        if features == 0 {
            return;
        }
        let sets = searched_by(features);
        match self.0.last_mut() {
            Some((last, last_sets)) if last.end == chunk.start && *last_sets == sets => last.end = chunk.end,
            _ if sets == 0 => {}
            _ => self.0.push((chunk, sets)),
        }
    }

    /// The ranges set `set` (an index into `SETS`) searches, in order: its chunks, those at
    /// most [`JOINED_GAP`] bytes apart joined.
    pub(super) fn of(&self, set: usize) -> impl Iterator<Item = Range<usize>> + '_ {
        let mut chunks = self
            .0
            .iter()
            .filter(move |(_, sets)| sets & 1 << set != 0)
            .map(|(chunk, _)| chunk.clone())
            .peekable();
        std::iter::from_fn(move || {
            let mut region = chunks.next()?;
            while let Some(next) = chunks.next_if(|next| next.start - region.end <= JOINED_GAP) {
                region.end = next.end;
            }
            Some(region)
        })
    }
}

#[cfg(test)]
mod tests {
    use std::collections::HashMap;

    use proptest::prelude::*;
    use regex_automata::dfa::{dense, Automaton};
    use regex_automata::util::{primitives::StateID, start};
    use regex_automata::Anchored;

    use super::*;
    use crate::patterns::tests::all_sets;
    use crate::patterns::{set_index, Found, Pattern};

    /// The letter run being read, as far as the match so far shows it.
    #[derive(Clone, PartialEq, Eq, Hash, Debug)]
    enum Run {
        /// Nothing read yet, and no letter before the match.
        Edge,
        /// The last byte read is no letter.
        Outside,
        /// A run that began before the match: the gate may have cut at its start, never inside.
        Before,
        /// A run that began in the match: its letters, and whether it began the match (the
        /// gate may cut there).
        Word { letters: Vec<u8>, first: bool },
    }

    /// A state of the DFA with what the bytes it read hold.
    #[derive(Clone, PartialEq, Eq, Hash, Debug)]
    struct State {
        dfa: StateID,
        run: Run,
        /// What the bytes read (but the run being read) hold.
        held: Features,
        /// A cut byte, or a complete run the gate cuts at, was read after the match began.
        crossed: bool,
        /// The last bytes read, up to 2, for "ſ" and "K" (whose texts are searched whole).
        tail: Vec<u8>,
    }

    /// Why a match of set `set` could end before byte `after` (`None`: the end of the text)
    /// in `state` and the gate miss it; `None` if it cannot.
    fn missed(set: usize, state: &State, after: Option<u8>) -> Option<&'static str> {
        if state.crossed {
            return Some("crosses a cut");
        }
        let run_ends = !after.is_some_and(|b| b.is_ascii_alphabetic());
        let last = match &state.run {
            Run::Word { first: false, .. } if !run_ends => return Some("ends inside a run it began"),
            Run::Word { letters, first } if run_ends => match Trie::get().words(letters) {
                Some(features) => features,
                None if *first => 0,
                None => return Some("holds a run outside the vocabulary"),
            },
            _ => 0,
        };
        (searched_by(state.held | last) & 1 << set == 0).then_some("lacks what the set needs")
    }

    /// The state after byte `b`, or `None` if the match now holds "ſ" or "K".
    fn advance(state: &State, dfa: StateID, b: u8) -> Option<State> {
        let mut next = State { dfa, ..state.clone() };
        next.tail.push(b);
        if (2..=3).any(|n| next.tail.len() >= n && folds_to_ascii(&next.tail[next.tail.len() - n..])) {
            return None;
        }
        next.tail.drain(..next.tail.len().saturating_sub(2));
        if b.is_ascii_alphabetic() {
            next.run = match &state.run {
                Run::Edge => Run::Word {
                    letters: vec![b | 0x20],
                    first: true,
                },
                Run::Outside => Run::Word {
                    letters: vec![b | 0x20],
                    first: false,
                },
                Run::Before => Run::Before,
                Run::Word { letters, first } => Run::Word {
                    letters: [letters.as_slice(), &[b | 0x20]].concat(),
                    first: *first,
                },
            };
            return Some(next);
        }
        if let Run::Word { letters, first } = &state.run {
            match Trie::get().words(letters) {
                Some(features) => next.held |= features,
                None => next.crossed |= !first,
            }
        }
        match CLASSES[usize::from(b)] {
            CUT => next.crossed = true,
            class if class & MARKS == 0 => next.held |= class,
            _ => {}
        }
        next.run = Run::Outside;
        Some(next)
    }

    /// Walks every text from every start of set `set`'s anchored forward DFA (which sees a
    /// match one byte after its end, or at the end of the text) and returns a text whose
    /// match the gate would miss, with why.
    fn counterexample(set: usize, forward: &dense::DFA<&[u32]>) -> Option<(Vec<u8>, &'static str)> {
        let mut parent: HashMap<State, Option<(State, u8)>> = HashMap::new();
        let mut todo = Vec::new();
        for before in std::iter::once(None).chain((0..=255).map(Some)) {
            let config = start::Config::new().anchored(Anchored::Yes).look_behind(before);
            let dfa = forward.start_state(&config).expect("an anchored start state");
            let run = if before.is_some_and(|b| b.is_ascii_alphabetic()) {
                Run::Before
            } else {
                Run::Edge
            };
            let state = State {
                dfa,
                run,
                held: 0,
                crossed: false,
                tail: Vec::new(),
            };
            if !parent.contains_key(&state) {
                parent.insert(state.clone(), None);
                todo.push(state);
            }
        }
        let path = |parent: &HashMap<State, Option<(State, u8)>>, state: &State| {
            let mut bytes = Vec::new();
            let mut state = state;
            while let Some(Some((from, b))) = parent.get(state) {
                bytes.push(*b);
                state = from;
            }
            bytes.reverse();
            bytes
        };
        while let Some(state) = todo.pop() {
            if forward.is_match_state(forward.next_eoi_state(state.dfa)) {
                if let Some(why) = missed(set, &state, None) {
                    return Some((path(&parent, &state), why));
                }
            }
            for b in 0..=255 {
                let dfa = forward.next_state(state.dfa, b);
                if forward.is_match_state(dfa) {
                    if let Some(why) = missed(set, &state, Some(b)) {
                        let mut text = path(&parent, &state);
                        text.push(b);
                        return Some((text, why));
                    }
                }
                if forward.is_dead_state(dfa) {
                    continue;
                }
                let Some(next) = advance(&state, dfa, b) else {
                    continue;
                };
                if !parent.contains_key(&next) {
                    parent.insert(next.clone(), Some((state.clone(), b)));
                    todo.push(next);
                }
            }
        }
        None
    }

    /// The runs met lately answer as a walk of the trie does, in any case, the first time and
    /// the next, across slots taken over by other runs.
    #[test]
    fn recent_runs_are_words() {
        let trie = Trie::get();
        let mut runs: Vec<Vec<u8>> = VOCABULARY
            .iter()
            .map(|(word, _)| word.as_bytes().to_vec())
            .collect();
        for (first, _) in VOCABULARY {
            for (second, _) in VOCABULARY.iter().take(40) {
                runs.push([first.as_bytes(), second.as_bytes()].concat());
            }
        }
        runs.extend(
            [
                "that",
                "THAT",
                "They",
                "states",
                "thto",
                "onekm",
                "abcdefgh",
                "abcdefghi",
            ]
            .map(|run| run.as_bytes().to_vec()),
        );
        for _ in 0..2 {
            for run in &runs {
                assert_eq!(
                    trie.words(run),
                    trie.split(run),
                    "{:?}",
                    String::from_utf8_lossy(run)
                );
            }
        }
    }

    /// Reading a run with [`Trie::run_at`] or [`Trie::run`] finds what [`Trie::words`] finds, on
    /// words of the vocabulary alone, two or three of them written together, and each cut short.
    #[test]
    fn run_at_is_words() {
        let trie = Trie::get();
        let words: Vec<&str> = VOCABULARY
            .iter()
            .map(|&(word, _)| word)
            .chain(["said", "x"])
            .collect();
        for a in &words {
            for b in ["", "and", "thousand", "km", "st", "said", "a"] {
                for c in ["", "to", "july", "p"] {
                    let run = format!("{a}{b}{c}");
                    for len in 1..=run.len() {
                        let text = format!("{}5", &run[..len].to_uppercase());
                        let run = &text.as_bytes()[..len];
                        assert_eq!(
                            trie.run_at(text.as_bytes(), 0),
                            (len, trie.words(run)),
                            "{text:?}"
                        );
                        assert_eq!(trie.run(run), trie.words(run), "{text:?}");
                    }
                }
            }
        }
    }

    /// The gate's claim, proven on the compiled DFAs over every possible text: every match
    /// of every set lies within one chunk and holds one of the set's triggers.
    #[test]
    fn gate_is_exact() {
        assert_eq!(NEEDS.map(|(name, _)| name), SETS, "NEEDS names the sets in order");
        for (name, (forward, _)) in all_sets() {
            let forward = dense::DFA::from_bytes(&forward.0).expect("a valid DFA").0;
            if let Some((text, why)) = counterexample(set_index(name), &forward) {
                panic!(
                    "{name}: a match {why}: {:?} {:x?}",
                    String::from_utf8_lossy(&text),
                    text
                );
            }
        }
    }

    fn matches(text: &str, regions: &Regions) -> Vec<Vec<(usize, usize, usize)>> {
        all_sets()
            .into_iter()
            .map(|(name, (forward, reverse))| {
                let pattern = Pattern::load(forward, reverse, set_index(name));
                let found = pattern.find_iter(text, regions);
                found
                    .map(|Found { start, end, pattern }| (start, end, pattern))
                    .collect()
            })
            .collect()
    }

    /// The gated search finds what a search of the whole text finds, on the fixtures (and the
    /// tokenizer finds the regions of each text read on its own).
    #[test]
    fn gated_search_finds_every_match_in_the_fixtures() {
        let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures");
        for entry in std::fs::read_dir(dir).expect("the fixtures") {
            let text = std::fs::read_to_string(entry.expect("a fixture").path()).unwrap_or_default();
            assert_eq!(crate::text::tokenize(&text).patterns, Regions::new(&text));
            assert_eq!(
                matches(&text, &Regions::new(&text)),
                matches(&text, &Regions::everywhere(text.len()))
            );
        }
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(256))]

        /// … and on texts made of the patterns' own words, digits, punctuation, spaces and the
        /// characters the tokenizer reads apart.
        #[test]
        fn gated_search_finds_every_match(
            pieces in prop::collection::vec(prop_oneof![
                prop::sample::select(VOCABULARY).prop_map(|(word, _)| word.to_string()),
                prop::sample::select(VOCABULARY).prop_map(|(word, _)| word.to_uppercase()),
                prop::sample::select(&["January", "June", "Monday", "US$", "HK$", "€", "£", "%", "km/h",
                    "a.m.", "kWh", "Q3", "mid-", "1990s", "21st", "said", "roundabout", "Minister"][..])
                    .prop_map(str::to_string),
                "[0-9]{1,5}",
                "[ \t\r\n\u{a0}\u{2009},.;:()\"'!?$%/–—-]{1,3}",
                "[’“”…é\u{301}\u{200B}ſ\u{212a}]",
            ], 0..40)
        ) {
            let text = pieces.concat();
            // The tokenizer finds the regions of the text read on its own.
            prop_assert_eq!(crate::text::tokenize(&text).patterns, Regions::new(&text));
            prop_assert_eq!(matches(&text, &Regions::new(&text)), matches(&text, &Regions::everywhere(text.len())));
        }
    }
}
