//! Where in a text each set of patterns can match, found in one cheap pass, so that the DFAs
//! only scan those regions instead of every byte of the text once per set.
//!
//! The text is cut into chunks that no match of any set can cross:
//! - before and after a *cut byte*, one no match ever contains (quotes, brackets, `?`, `!`…);
//! - where an ASCII letter run (a maximal `[A-Za-z]+`) starts that is not made of
//!   [`VOCABULARY`] words, the words a match can contain ("Minister", "said"; "onethousand"
//!   is two). A match may still start inside such a run ("roundabout $5" holds the money
//!   "about $5"), so the cut is at its start, not its end.
//!
//! A set only searches the chunks that hold what every match of the set holds: a digit, or a
//! word the vocabulary marks as the set's trigger (a number word, a month, "week", "noon"…).
//! Each chunk is searched in the whole text (`Input::span`), so `\b`, `^` and `$` still see the
//! bytes around it, and the DFAs find exactly the matches a search of the whole text finds.
//! No argument from reading the sources is trusted for that: `tests::gate_is_exact` proves it
//! on the compiled DFAs for every possible text.

use std::ops::Range;
use std::sync::OnceLock;

use super::SETS;

/// Bit `i` stands for set `SETS[i]`.
type Sets = u16;

const fn sets(names: &[&str]) -> Sets {
    let mut bits = 0;
    let mut i = 0;
    while i < names.len() {
        bits |= 1 << super::set_index(names[i]);
        i += 1;
    }
    bits
}

/// What a digit triggers: every set (every match holds a digit or a trigger word).
const ALL: Sets = (1 << SETS.len()) - 1;
const NUMBERS: Sets = sets(&["money_units", "percent", "quantity", "cardinal"]);
const ORDINAL: Sets = sets(&["ordinal"]);
const DATES: Sets = sets(&["dates"]);
/// A month alone is a date after "in", "since"… ("years").
const MONTHS: Sets = sets(&["dates", "years"]);
const TIMES: Sets = sets(&["times"]);

/// Every letter run a match can contain, lower-cased, with the sets it triggers (0: a word
/// only found next to a trigger, such as "about" or "dollars").
#[rustfmt::skip]
const VOCABULARY: &[(&str, Sets)] = &[
    // Number words (WORD_NUM).
    ("one", NUMBERS), ("two", NUMBERS), ("three", NUMBERS), ("four", NUMBERS), ("five", NUMBERS),
    ("six", NUMBERS), ("seven", NUMBERS), ("eight", NUMBERS), ("nine", NUMBERS), ("ten", NUMBERS),
    ("eleven", NUMBERS), ("twelve", NUMBERS), ("thirteen", NUMBERS), ("fourteen", NUMBERS),
    ("fifteen", NUMBERS), ("sixteen", NUMBERS), ("seventeen", NUMBERS), ("eighteen", NUMBERS),
    ("nineteen", NUMBERS), ("twenty", NUMBERS), ("thirty", NUMBERS), ("forty", NUMBERS),
    ("fifty", NUMBERS), ("sixty", NUMBERS), ("seventy", NUMBERS), ("eighty", NUMBERS),
    ("ninety", NUMBERS), ("hundred", NUMBERS), ("dozen", NUMBERS), ("dozens", NUMBERS),
    ("hundreds", NUMBERS), ("thousands", NUMBERS), ("millions", NUMBERS),
    // Ordinal words.
    ("first", ORDINAL), ("second", ORDINAL), ("third", ORDINAL), ("fourth", ORDINAL),
    ("fifth", ORDINAL), ("sixth", ORDINAL), ("seventh", ORDINAL), ("eighth", ORDINAL),
    ("ninth", ORDINAL), ("tenth", ORDINAL), ("eleventh", ORDINAL), ("twelfth", ORDINAL),
    ("twentieth", ORDINAL), ("hundredth", ORDINAL),
    // Months and weekdays (matched case-sensitively, looked up here in lower case).
    ("january", MONTHS), ("february", MONTHS), ("march", MONTHS), ("april", MONTHS),
    ("may", DATES), ("june", MONTHS), ("july", MONTHS), ("august", MONTHS),
    ("september", MONTHS), ("october", MONTHS), ("november", MONTHS), ("december", MONTHS),
    ("jan", DATES), ("feb", DATES), ("mar", DATES), ("apr", DATES), ("jun", DATES),
    ("jul", DATES), ("aug", DATES), ("sep", DATES), ("sept", DATES), ("oct", DATES),
    ("nov", DATES), ("dec", DATES),
    ("monday", DATES), ("tuesday", DATES), ("wednesday", DATES), ("thursday", DATES),
    ("friday", DATES), ("saturday", DATES), ("sunday", DATES),
    // Relative dates: "last week", "three years ago", "the first quarter", "today".
    ("today", DATES), ("yesterday", DATES), ("tomorrow", DATES), ("day", DATES),
    ("days", DATES), ("week", DATES), ("weeks", DATES), ("weekend", DATES), ("month", DATES),
    ("months", DATES), ("year", DATES), ("years", DATES), ("decade", DATES),
    ("decades", DATES), ("century", DATES), ("spring", DATES), ("summer", DATES),
    ("autumn", DATES), ("fall", DATES), ("winter", DATES), ("quarter", DATES), ("half", DATES),
    // Times of day.
    ("morning", TIMES), ("afternoon", TIMES), ("evening", TIMES), ("night", TIMES),
    ("tonight", TIMES), ("midnight", TIMES), ("noon", TIMES),
    // Words only found next to a trigger.
    ("a", 0), ("about", 0), ("acres", 0), ("after", 0), ("ago", 0), ("almost", 0), ("am", 0),
    ("an", 0), ("and", 0), ("approximately", 0), ("around", 0), ("as", 0), ("at", 0),
    ("barrels", 0), ("before", 0), ("between", 0), ("billion", 0), ("bn", 0), ("budget", 0),
    ("by", 0), ("c", 0), ("celsius", 0), ("census", 0), ("cent", 0), ("cm", 0), ("coming", 0),
    ("cup", 0), ("date", 0), ("degrees", 0), ("dollars", 0), ("during", 0), ("early", 0),
    ("earlier", 0), ("election", 0), ("end", 0), ("eur", 0), ("euros", 0), ("fahrenheit", 0),
    ("feet", 0), ("few", 0), ("fewer", 0), ("final", 0), ("fiscal", 0), ("francs", 0),
    ("from", 0), ("ft", 0), ("gallons", 0), ("gbp", 0), ("gigawatts", 0), ("gmt", 0),
    ("grams", 0), ("gw", 0), ("h", 0), ("hectares", 0), ("hk", 0), ("in", 0), ("inches", 0),
    ("k", 0), ("kg", 0), ("kilograms", 0), ("kilometers", 0), ("kilometres", 0), ("km", 0),
    ("kwh", 0), ("last", 0), ("late", 0), ("later", 0), ("least", 0), ("less", 0), ("lira", 0),
    ("liters", 0), ("litres", 0), ("local", 0), ("m", 0), ("manat", 0), ("manats", 0),
    ("many", 0), ("megawatts", 0), ("meters", 0), ("metres", 0), ("mid", 0), ("miles", 0),
    ("million", 0), ("mm", 0), ("mn", 0), ("more", 0), ("most", 0), ("mph", 0), ("mw", 0),
    ("nd", 0), ("nearly", 0), ("next", 0), ("of", 0), ("olympics", 0), ("over", 0), ("p", 0),
    ("past", 0), ("per", 0), ("percent", 0), ("percentage", 0), ("pesos", 0), ("pm", 0),
    ("point", 0), ("points", 0), ("pounds", 0), ("previous", 0), ("rd", 0), ("recent", 0),
    ("roubles", 0), ("roughly", 0), ("rubles", 0), ("rupees", 0), ("s", 0), ("season", 0),
    ("several", 0), ("since", 0), ("some", 0), ("square", 0), ("st", 0), ("sterling", 0),
    ("summit", 0), ("than", 0), ("the", 0), ("th", 0), ("this", 0), ("thousand", 0),
    ("through", 0), ("time", 0), ("tn", 0), ("to", 0), ("tonnes", 0), ("tons", 0),
    ("trillion", 0), ("under", 0), ("until", 0), ("up", 0), ("us", 0), ("usd", 0), ("utc", 0),
    ("won", 0), ("world", 0), ("yen", 0), ("yuan", 0),
];

/// The vocabulary as a trie over lower-case letters (node 0 is the root, and no node's child).
struct Trie {
    next: Vec<[u16; 26]>,
    /// The sets a node's word triggers, with [`WORD`] set if the node ends a word.
    sets: Vec<Sets>,
}

/// Marks a trie node that ends a word.
const WORD: Sets = 1 << 15;

/// The lower-case letter index of an ASCII letter.
fn letter(b: u8) -> usize {
    usize::from((b | 0x20) - b'a')
}

impl Trie {
    fn get() -> &'static Trie {
        static TRIE: OnceLock<Trie> = OnceLock::new();
        TRIE.get_or_init(|| {
            let mut trie = Trie {
                next: vec![[0; 26]],
                sets: vec![0],
            };
            for &(word, sets) in VOCABULARY {
                let mut node = 0;
                for &b in word.as_bytes() {
                    if trie.next[node][letter(b)] == 0 {
                        trie.next[node][letter(b)] = trie.next.len() as u16;
                        trie.next.push([0; 26]);
                        trie.sets.push(0);
                    }
                    node = usize::from(trie.next[node][letter(b)]);
                }
                trie.sets[node] = WORD | sets;
            }
            trie
        })
    }

    /// The sets `run` (ASCII letters) triggers if it is vocabulary words written together
    /// ("one", "onethousand", "thto" in "8thto 10"), `None` if it is not. Every split is
    /// followed at once, a bit per position, so no run costs more than its length times the
    /// longest word.
    fn words(&self, run: &[u8]) -> Option<Sets> {
        // No match holds a longer run (`tests::gate_is_exact` would find it).
        if run.len() > 32 {
            return None;
        }
        let mut starts: u64 = 1;
        let mut sets = 0;
        while starts != 0 {
            let from = starts.trailing_zeros() as usize;
            starts &= starts - 1;
            let mut node = 0;
            for (i, &b) in run.iter().enumerate().skip(from) {
                node = usize::from(self.next[node][letter(b)]);
                if node == 0 {
                    break;
                }
                if self.sets[node] & WORD != 0 {
                    sets |= self.sets[node];
                    if i + 1 == run.len() {
                        return Some(sets & !WORD);
                    }
                    starts |= 1 << (i + 1);
                }
            }
        }
        None
    }
}

/// What the gate makes of each byte.
#[derive(Clone, Copy)]
enum Class {
    Letter,
    Digit,
    Cut,
    NonAscii,
    Other,
}

const CLASSES: [Class; 256] = {
    let mut classes = [Class::Other; 256];
    let mut b = 0;
    while b < 256 {
        classes[b] = match b as u8 {
            b if b.is_ascii_alphabetic() => Class::Letter,
            b if b.is_ascii_digit() => Class::Digit,
            b if is_cut(b) => Class::Cut,
            0x80.. => Class::NonAscii,
            _ => Class::Other,
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

/// The byte ranges of a text that each set searches, in order.
#[derive(Debug, Clone)]
pub struct Regions([Vec<Range<usize>>; SETS.len()]);

impl Regions {
    /// The regions of `text`, in one pass over its bytes.
    pub fn new(text: &str) -> Regions {
        let bytes = text.as_bytes();
        let trie = Trie::get();
        let mut regions = Regions(Default::default());
        // The chunk being read: where it starts and the sets it triggers.
        let mut start = 0;
        let mut triggered: Sets = 0;
        let mut i = 0;
        while let Some(&b) = bytes.get(i) {
            match CLASSES[usize::from(b)] {
                Class::Letter => {
                    let run = i;
                    i += 1;
                    while bytes.get(i).is_some_and(u8::is_ascii_alphabetic) {
                        i += 1;
                    }
                    match trie.words(&bytes[run..i]) {
                        Some(sets) => triggered |= sets,
                        None => {
                            regions.add(start..run, triggered);
                            (start, triggered) = (run, 0);
                        }
                    }
                    continue;
                }
                Class::Digit => triggered = ALL,
                Class::Cut => {
                    regions.add(start..i, triggered);
                    (start, triggered) = (i + 1, 0);
                }
                Class::NonAscii if folds_to_ascii(&bytes[i..]) => return Regions::everywhere(text),
                Class::NonAscii | Class::Other => {}
            }
            i += 1;
        }
        regions.add(start..bytes.len(), triggered);
        regions
    }

    /// Every set searches the whole text.
    fn everywhere(text: &str) -> Regions {
        Regions(std::array::from_fn(|_| std::iter::once(0..text.len()).collect()))
    }

    /// Adds `chunk` to the regions of every set in `sets`, joined to the last one if they touch.
    fn add(&mut self, chunk: Range<usize>, mut sets: Sets) {
        while sets != 0 {
            let set = sets.trailing_zeros() as usize;
            sets &= sets - 1;
            match self.0[set].last_mut() {
                Some(last) if last.end == chunk.start => last.end = chunk.end,
                _ => self.0[set].push(chunk.clone()),
            }
        }
    }

    /// The ranges set `set` (an index into `SETS`) searches.
    pub(super) fn of(&self, set: usize) -> &[Range<usize>] {
        &self.0[set]
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
        /// A digit or a complete trigger word of the set was read.
        triggered: bool,
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
                Some(sets) => sets,
                None if *first => 0,
                None => return Some("holds a run outside the vocabulary"),
            },
            _ => 0,
        };
        (!state.triggered && last & 1 << set == 0).then_some("holds no trigger")
    }

    /// The state after byte `b`, or `None` if the match now holds "ſ" or "K".
    fn advance(set: usize, state: &State, dfa: StateID, b: u8) -> Option<State> {
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
                Some(sets) => next.triggered |= sets & 1 << set != 0,
                None => next.crossed |= !first,
            }
        }
        next.triggered |= b.is_ascii_digit();
        next.crossed |= is_cut(b);
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
                triggered: false,
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
                let Some(next) = advance(set, &state, dfa, b) else {
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

    /// The gate's claim, proven on the compiled DFAs over every possible text: every match
    /// of every set lies within one chunk and holds one of the set's triggers.
    #[test]
    fn gate_is_exact() {
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

    /// The gated search finds what a search of the whole text finds, on the fixtures.
    #[test]
    fn gated_search_finds_every_match_in_the_fixtures() {
        let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures");
        for entry in std::fs::read_dir(dir).expect("the fixtures") {
            let text = std::fs::read_to_string(entry.expect("a fixture").path()).unwrap_or_default();
            assert_eq!(
                matches(&text, &Regions::new(&text)),
                matches(&text, &Regions::everywhere(&text))
            );
        }
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(256))]

        /// … and on texts made of the patterns' own words, digits, punctuation and spaces.
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
            ], 0..40)
        ) {
            let text = pieces.concat();
            prop_assert_eq!(matches(&text, &Regions::new(&text)), matches(&text, &Regions::everywhere(&text)));
        }
    }
}
