//! Per-token facts every recogniser asks about: capitalisation, headline lines, sentence
//! starts and which lexicon entries begin at a token. Built once per document.

use std::cell::{Cell, OnceCell};
use std::mem::take;
use std::ops::Range;
use std::sync::OnceLock;

use rustc_hash::FxHashMap;
use std::collections::hash_map::Entry;

use super::orgs::Head;
use crate::lexicon::shapes::{first_bytes, Shapes, WordTable};
use crate::lexicon::{Kind, LexMatch, Lexicon};
use crate::text::LineBreaks;
use crate::types::{Doc, Span, Token, TokenKind};

pub struct Ctx<'d, 'a> {
    pub doc: &'d Doc<'a>,
    /// The document's tokens and their texts, held here too: the rules ask for them many times
    /// a token, and each question read the document's address first.
    tokens: &'d [Token],
    texts: &'d [&'a str],
    found: Found,
}

/// What [`Ctx`] found in its walk, in lists kept emptied for the next article on the same
/// thread: fourteen allocations an article (four zeroed) became none, and a short article's
/// context costs little more than its walk. Not kept past [`KEPT_TOKENS`] tokens, so that one
/// long text leaves no megabytes held.
#[derive(Default)]
struct Found {
    /// The lexicon's entries in the article ([`Lexicon::find`]), found in the walk that sets
    /// the flags.
    lex: Vec<LexMatch>,
    /// The entries starting at each token, longest first: those of token `i` are
    /// `by_start[starts[i]..starts[i + 1]]` (copies of `lex`'s, read in place).
    by_start: Vec<LexMatch>,
    starts: Vec<usize>,
    /// Per token, the kinds of the entries that are that token alone (bit `kind as u16`).
    single: Vec<u16>,
    /// Per token, what every recogniser asks of it, computed once: [`WORD`], [`CAP`], ….
    flags: Vec<u8>,
    /// Per token, what the rules' word lists say of it (capitalised words only: see [`Listed`]).
    listed: Vec<Listed>,
    /// Per token, the first byte of its text (see [`Ctx::initial`]).
    initials: Vec<u8>,
    /// The capitalised words, in text order (see [`Ctx::capitalised`]).
    capitalised: Vec<usize>,
    /// The words in capitals, in text order (see [`Ctx::in_capitals`]).
    in_capitals: Vec<usize>,
    /// The quote marks, in text order (see [`Ctx::quote_marks`]).
    quote_marks: Vec<usize>,
    /// The commas, in text order (see [`Ctx::commas`]).
    commas: Vec<usize>,
    /// The words "of", in text order (see [`Ctx::ofs`]).
    ofs: Vec<usize>,
    /// The first token of every line, in text order (see [`Ctx::lines`]).
    line_starts: Vec<usize>,
    /// Per sentence, whether it is about sport ([`super::teams::about_sport`]): worked out
    /// the first time a recogniser asks about the sentence, which most are never.
    sport: Vec<OnceCell<bool>>,
}

/// The most tokens whose [`Found`] lists are kept for the next article.
const KEPT_TOKENS: usize = 1 << 15;

thread_local! {
    static KEPT: Cell<Option<Box<Found>>> = const { Cell::new(None) };
}

/// `list` emptied, with room for `room` items.
fn emptied<T>(mut list: Vec<T>, room: usize) -> Vec<T> {
    list.clear();
    list.reserve(room);
    list
}

/// `list` holding `n` copies of `value`: the items it holds overwritten (a `memset` for bytes
/// and zeros), then as many more added as it lacks.
fn filled<T: Copy>(mut list: Vec<T>, n: usize, value: T) -> Vec<T> {
    list.truncate(n);
    list.fill(value);
    list.resize(n, value);
    list
}

impl Drop for Ctx<'_, '_> {
    fn drop(&mut self) {
        if self.found.flags.capacity() <= KEPT_TOKENS {
            KEPT.set(Some(Box::new(take(&mut self.found))));
        }
    }
}

/// A word token ([`TokenKind::Word`]).
const WORD: u8 = 1;
/// A word starting with a capital letter.
const CAP: u8 = 1 << 1;
/// A word of two or more letters, all capitals.
const ALL_CAPS: u8 = 1 << 2;
/// One of [`FUNCTION_WORDS`].
const FUNCTION: u8 = 1 << 3;
/// On a line written in capitals (a headline or a dateline).
const CAPS_LINE: u8 = 1 << 4;
/// Inside (not the first word of) a multi-word place: "Angeles" in "Los Angeles".
const PLACE_INNER: u8 = 1 << 5;
/// The word "of", which the title rules ask of the token after every word.
const OF: u8 = 1 << 6;
/// Some lexicon entry starts at the token, which the title rules ask of every token.
const ENTRY: u8 = 1 << 7;

/// What the rules' word lists say of a capitalised word. Several rules ask it of every
/// capitalised word: one lookup a word, here, replaces one hash a rule and word.
#[derive(Clone, Copy, Default)]
pub struct Listed {
    /// One of [`FUNCTION_WORDS`] (read through [`Ctx::is_function_word`]).
    function: bool,
    /// A language's name ([`super::languages::names`]).
    pub(super) language: bool,
    /// The kind of name it heads ([`super::orgs::heads`]).
    pub(super) head: Option<Head>,
}

/// What the rules' word lists say of `word` (each list stays its rule's): looked up only when
/// shaped like one of their words.
pub fn listed(word: &str) -> Listed {
    listed_in(lists(), word)
}

/// [`listed`] in `lists`, which the context's walk fetches once for all its words.
#[inline]
fn listed_in((shapes, table): &Lists, word: &str) -> Listed {
    if !shapes.may_be(word) {
        return Listed::default();
    }
    table.get(word).unwrap_or_default()
}

/// The rules' word lists, as [`listed`] reads them.
type Lists = (Shapes, WordTable<'static, Listed>);

fn lists() -> &'static Lists {
    static TABLE: OnceLock<Lists> = OnceLock::new();
    TABLE.get_or_init(|| {
        let mut words: Vec<(&'static str, Listed)> = Vec::new();
        for &word in FUNCTION_WORDS {
            words.push((
                word,
                Listed {
                    function: true,
                    ..Listed::default()
                },
            ));
        }
        for word in super::languages::names() {
            words.push((
                word,
                Listed {
                    language: true,
                    ..Listed::default()
                },
            ));
        }
        for (word, head) in super::orgs::heads() {
            words.push((
                word,
                Listed {
                    head: Some(head),
                    ..Listed::default()
                },
            ));
        }
        let shapes = Shapes::of(words.iter().map(|&(w, _)| w));
        // A word in several lists has what each says (a later head replaces an earlier one).
        let join = |a: Listed, b: Listed| Listed {
            function: a.function || b.function,
            language: a.language || b.language,
            head: b.head.or(a.head),
        };
        (shapes, WordTable::new(words, false, join))
    })
}

/// Whether `word` is one of [`FUNCTION_WORDS`].
pub fn is_function_word(word: &str) -> bool {
    listed(word).function
}

/// Function words that start sentences in capitals without being part of a name.
const FUNCTION_WORDS: &[&str] = &[
    "A",
    "An",
    "The",
    "This",
    "That",
    "These",
    "Those",
    "It",
    "Its",
    "He",
    "She",
    "They",
    "We",
    "I",
    "You",
    "His",
    "Her",
    "Their",
    "Our",
    "My",
    "In",
    "On",
    "At",
    "By",
    "For",
    "From",
    "With",
    "Without",
    "During",
    "After",
    "Before",
    "Since",
    "Until",
    "As",
    "Of",
    "To",
    "And",
    "But",
    "Or",
    "If",
    "When",
    "While",
    "Where",
    "Why",
    "How",
    "What",
    "Who",
    "Which",
    "There",
    "Here",
    "Then",
    "Now",
    "Also",
    "Yet",
    "So",
    "Although",
    "Though",
    "Because",
    "Despite",
    "Including",
    "Excluding",
    "Following",
    "Unlike",
    "Regarding",
    "Concerning",
    "Amid",
    "Within",
    "Throughout",
    "Towards",
    "Upon",
    "Besides",
    "Under",
    "Over",
    "About",
    "Among",
    "Between",
    "Both",
    "Each",
    "Every",
    "Some",
    "Many",
    "Most",
    "All",
    "No",
    "Not",
    "One",
    "Other",
    "Another",
    "Such",
    "Speaking",
    "According",
    "Meanwhile",
    "However",
    "Earlier",
    "Later",
    "Last",
    "Next",
    "Today",
    "Yesterday",
    "Tomorrow",
];

impl<'d, 'a> Ctx<'d, 'a> {
    pub fn new(doc: &'d Doc<'a>) -> Self {
        let n = doc.tokens.len();
        // The lexicon's entries, flags, lines and lists from one walk over the tokens (a long
        // article's tokens do not stay in the cache from one walk to the next), in the lists
        // the last article's context left ([`Found`]), each given its room once, not grown at
        // every doubling: the long one with room for every token, the others for one token in
        // sixteen (news has a comma in about twenty tokens, fewer of the rest).
        let kept = KEPT.take().unwrap_or_default();
        let mut finder = Lexicon::get().finder_into(doc, kept.lex);
        let mut flags = filled(kept.flags, n, 0);
        let mut lines = Lines::new(doc, kept.line_starts);
        let mut capitalised = emptied(kept.capitalised, n);
        let mut quote_marks = emptied(kept.quote_marks, n / 16);
        let mut commas = emptied(kept.commas, n / 16);
        let mut ofs = emptied(kept.ofs, n / 16);
        let mut in_capitals = emptied(kept.in_capitals, n / 16);
        let mut listed_words = filled(kept.listed, n, Listed::default());
        let mut initials = filled(kept.initials, n, 0);
        let lists = lists();
        for (i, (token, &text)) in doc.tokens.iter().zip(&doc.token_texts).enumerate() {
            finder.at(doc, i, text);
            lines.read(i, token, &mut flags);
            initials[i] = text.as_bytes().first().copied().unwrap_or_default();
            let mut f = token_flags(token, text);
            if f & CAP != 0 {
                capitalised.push(i);
                let word = listed_in(lists, text);
                if word.function {
                    f |= FUNCTION;
                }
                listed_words[i] = word;
            }
            if f & WORD != 0 {
                lines.word(token, text);
            } else if token.kind == TokenKind::Punct {
                if text == "," {
                    commas.push(i);
                } else if is_quote_mark(text) {
                    quote_marks.push(i);
                }
            }
            if f & OF != 0 {
                ofs.push(i);
            }
            if f & ALL_CAPS != 0 {
                in_capitals.push(i);
            }
            flags[i] = f;
        }
        let line_starts = lines.finish(&mut flags);
        let lex = finder.finish();
        // Entries grouped by first token (a counting sort keeps `lex` order within a token),
        // then longest first. Filled from the back, the sort needs no second array of places:
        // each token's bound moves from its entries' end down to their start.
        let mut starts = filled(kept.starts, n + 1, 0);
        // The walk that counts the entries also marks what each says of its tokens: one walk
        // over them, not four.
        let mut single = filled(kept.single, n, 0);
        for m in lex.iter().filter(|m| m.first_token < n) {
            starts[m.first_token] += 1;
            flags[m.first_token] |= ENTRY;
            if m.end_token == m.first_token + 1 {
                single[m.first_token] |= 1 << m.kind as u16;
            }
            if is_place(m.kind) {
                for f in flags.iter_mut().take(m.end_token.min(n)).skip(m.first_token + 1) {
                    *f |= PLACE_INNER;
                }
            }
        }
        // A running total, with no bounds to check at each token.
        let mut total = 0;
        for start in &mut starts {
            total += *start;
            *start = total;
        }
        // Filled with any entry, each place then taken by its own (none if there are none).
        let mut by_start = match lex.first() {
            Some(&any) => filled(kept.by_start, starts[n], any),
            None => emptied(kept.by_start, 0),
        };
        for m in lex.iter().rev().filter(|m| m.first_token < n) {
            starts[m.first_token] -= 1;
            by_start[starts[m.first_token]] = *m;
        }
        // Only a token starting two entries or more has an order to set: those are found from
        // the entries (a run sorted again is left as it is), not by a walk over every token.
        for m in lex.iter().filter(|m| m.first_token < n) {
            let run = starts[m.first_token]..starts[m.first_token + 1];
            if run.len() > 1 {
                by_start[run].sort_by_key(|m| std::cmp::Reverse(m.end_token));
            }
        }
        Ctx {
            doc,
            tokens: &doc.tokens,
            texts: &doc.token_texts,
            found: Found {
                lex,
                by_start,
                starts,
                single,
                flags,
                listed: listed_words,
                initials,
                capitalised,
                in_capitals,
                quote_marks,
                commas,
                ofs,
                line_starts,
                sport: {
                    let mut sport = kept.sport;
                    sport.clear();
                    sport.resize_with(doc.sentences.len(), OnceCell::new);
                    sport
                },
            },
        }
    }

    /// The lexicon's entries in the article ([`Lexicon::find`]).
    pub fn lex(&self) -> &[LexMatch] {
        &self.found.lex
    }

    fn has(&self, i: usize, flag: u8) -> bool {
        self.found.flags.get(i).is_some_and(|f| f & flag != 0)
    }

    pub fn len(&self) -> usize {
        self.tokens.len()
    }

    pub fn text(&self, i: usize) -> &'a str {
        self.texts[i]
    }

    pub fn start(&self, i: usize) -> usize {
        self.tokens[i].span.start
    }

    pub fn end(&self, i: usize) -> usize {
        self.tokens[i].span.end
    }

    pub fn is_word(&self, i: usize) -> bool {
        self.has(i, WORD)
    }

    /// Starts with a capital letter ("Lithuania", "BAKU", "McDonald").
    pub fn is_cap(&self, i: usize) -> bool {
        self.has(i, CAP)
    }

    /// Two or more letters, all capitals ("ATLA", "BAKU"; caseless scripts are not capitals).
    pub fn is_all_caps(&self, i: usize) -> bool {
        self.has(i, ALL_CAPS)
    }

    /// The capitalised words ([`Ctx::is_cap`]) in text order: a rule that only reads names walks
    /// these, a few in every article's tokens, instead of every token.
    pub fn capitalised(&self) -> impl Iterator<Item = usize> + '_ {
        self.found.capitalised.iter().copied()
    }

    /// The words in capitals ([`Ctx::is_all_caps`]) in text order, fewer than the capitalised:
    /// a rule that reads only those walks this list.
    pub fn in_capitals(&self) -> impl Iterator<Item = usize> + '_ {
        self.found.in_capitals.iter().copied()
    }

    /// The quote marks ([`is_quote_mark`]) in text order.
    pub fn quote_marks(&self) -> impl Iterator<Item = usize> + '_ {
        self.found.quote_marks.iter().copied()
    }

    /// The commas in text order.
    pub fn commas(&self) -> impl Iterator<Item = usize> + '_ {
        self.found.commas.iter().copied()
    }

    /// The words "of" ([`Ctx::is_of`]) in text order.
    pub fn ofs(&self) -> impl Iterator<Item = usize> + '_ {
        self.found.ofs.iter().copied()
    }

    pub fn on_caps_line(&self, i: usize) -> bool {
        self.has(i, CAPS_LINE)
    }

    /// Token `i`'s sentence is about sport.
    pub fn about_sport(&self, i: usize) -> bool {
        let sentence = self.tokens[i].sentence;
        self.found
            .sport
            .get(sentence)
            .is_some_and(|sport| *sport.get_or_init(|| super::teams::about_sport(self, sentence)))
    }

    /// Every line's tokens, in text order.
    pub fn lines(&self) -> impl Iterator<Item = Range<usize>> + '_ {
        let ends = self.found.line_starts.iter().skip(1).copied().chain([self.len()]);
        self.found
            .line_starts
            .iter()
            .copied()
            .zip(ends)
            .map(|(first, end)| first..end)
    }

    /// Inside a multi-word place name, after its first word.
    pub fn in_place(&self, i: usize) -> bool {
        self.has(i, PLACE_INNER)
    }

    /// The word "of".
    pub fn is_of(&self, i: usize) -> bool {
        self.has(i, OF)
    }

    /// A capitalised function word: "The", "During", "He".
    pub fn is_function_word(&self, i: usize) -> bool {
        self.has(i, FUNCTION)
    }

    /// The first byte of token `i`'s text: a rule looking for a few words walks the tokens
    /// starting like one of them ([`first_bytes`]), reading a byte a token where their texts
    /// missed the cache.
    pub fn initial(&self, i: usize) -> u8 {
        self.found.initials[i]
    }

    /// What the rules' word lists say of token `i` (nothing unless it is capitalised).
    pub fn listed(&self, i: usize) -> Listed {
        self.found.listed.get(i).copied().unwrap_or_default()
    }

    pub fn same_sentence(&self, a: usize, b: usize) -> bool {
        b < self.len() && self.tokens[a].sentence == self.tokens[b].sentence
    }

    /// No whitespace between tokens `i` and `i + 1`.
    pub fn joined(&self, i: usize) -> bool {
        i + 1 < self.len() && self.end(i) == self.start(i + 1)
    }

    /// Some entry starts at token `i` (few tokens do).
    pub fn starts_entry(&self, i: usize) -> bool {
        self.has(i, ENTRY)
    }

    /// Every entry starting at token `i`, longest first.
    pub fn entries_at(&self, i: usize) -> impl Iterator<Item = &LexMatch> + '_ {
        let found = &self.found;
        let run = match (found.starts.get(i), found.starts.get(i + 1)) {
            (Some(&a), Some(&b)) => found.by_start.get(a..b).unwrap_or_default(),
            _ => &[],
        };
        run.iter()
    }

    /// Token `i` is, on its own, an entry of `kind`.
    pub fn is(&self, i: usize, kind: Kind) -> bool {
        self.found
            .single
            .get(i)
            .is_some_and(|s| s & (1 << kind as u16) != 0)
    }

    /// Token `i`'s text is, exactly as written, an entry of `kind` ([`Lexicon::lookup`]). The
    /// lexicon is asked only where the walk found the token to be an entry of `kind` in some
    /// capitalisation ([`Ctx::is`]), which most tokens asked about are not.
    pub fn is_exactly(&self, i: usize, kind: Kind) -> bool {
        self.is(i, kind) && Lexicon::get().lookup(self.text(i), kind).is_some()
    }

    /// Token `i`'s text in lower case is a role noun ([`Kind::RoleNoun`], whose entries are in
    /// lower case), giving the entry; asked of the lexicon only where the walk found one.
    pub fn role_noun(&self, i: usize) -> Option<&'static crate::lexicon::Entry> {
        if !self.is(i, Kind::RoleNoun) {
            return None;
        }
        Lexicon::get().lookup(&self.text(i).to_lowercase(), Kind::RoleNoun)
    }

    /// Per token: lies wholly inside one of `spans`. Linear in the tokens the spans cover,
    /// where asking every span about every token would be quadratic on long articles.
    pub fn inside(&self, spans: impl IntoIterator<Item = Span>) -> Vec<bool> {
        let mut mask = vec![false; self.len()];
        for s in spans {
            let first = self.tokens.partition_point(|t| t.span.start < s.start);
            for covered in (first..self.len()).take_while(|&i| self.end(i) <= s.end) {
                mask[covered] = true;
            }
        }
        mask
    }

    /// A place of any kind starts at `i` (country, city, region).
    pub fn place_at(&self, i: usize) -> Option<&LexMatch> {
        self.entries_at(i).find(|m| is_place(m.kind))
    }
}

/// Every use in the article of the names found on the token ranges `found` (`(first, end)`):
/// the same words, capitalised the same way or all in capitals on a headline line, as token
/// ranges in text order, without overlaps.
/// Linear: each token is checked against the few found names that start with it.
pub fn every_use(ctx: &Ctx, found: &[(usize, usize)]) -> Vec<(usize, usize)> {
    if found.is_empty() {
        return Vec::new();
    }
    // Room for every name at once; each first word's names in the order found, the first
    // without allocating, as nearly every first word starts one name.
    let mut names: FxHashMap<&str, SameStart> =
        FxHashMap::with_capacity_and_hasher(found.len(), Default::default());
    for &(a, b) in found {
        let name = (b - a, &ctx.doc.text[ctx.start(a)..ctx.end(b - 1)]);
        match names.entry(ctx.text(a)) {
            Entry::Occupied(mut same_start) => same_start.get_mut().add(name),
            Entry::Vacant(place) => {
                place.insert(SameStart {
                    first: name,
                    others: Vec::new(),
                });
            }
        }
    }
    // A headline in capitals shouts the same names ("REDMOUTH HOLD FULCHESTER"): written in
    // capitals the first time a headline's word is looked up, as most articles have none.
    let shouted = OnceCell::new();
    let shouted = || -> &FxHashMap<String, Vec<(usize, String)>> {
        shouted.get_or_init(|| {
            names
                .iter()
                .map(|(first, same_start)| {
                    let upper = same_start.iter().map(|(n, s)| (n, s.to_uppercase())).collect();
                    (first.to_uppercase(), upper)
                })
                .collect()
        })
    };
    let starts = first_bytes(names.keys().copied());
    // Names found at capitalised words are used only at capitalised words (the same text, or
    // it in capitals): then only those are walked, as most articles' names are.
    // Walked as a list either way, with no call a token to step an iterator of either kind.
    let every: Vec<usize>;
    let tokens: &[usize] = if found.iter().all(|&(a, _)| ctx.is_cap(a)) {
        &ctx.found.capitalised
    } else {
        every = (0..ctx.len()).collect();
        &every
    };
    let mut out = Vec::new();
    // The first token after the last use found.
    let mut next = 0;
    for &i in tokens {
        // Only tokens starting like a found name are looked up.
        if i < next || !starts[usize::from(ctx.initial(i))] {
            continue;
        }
        let here = |n: usize| (i + n <= ctx.len()).then(|| &ctx.doc.text[ctx.start(i)..ctx.end(i + n - 1)]);
        let found = if ctx.on_caps_line(i) {
            shouted().get(ctx.text(i)).and_then(|names| {
                names
                    .iter()
                    .map(|(n, s)| (*n, s.as_str()))
                    .find(|&(n, s)| here(n) == Some(s))
            })
        } else {
            names
                .get(ctx.text(i))
                .and_then(|names| names.find(|(n, s)| here(n) == Some(s)))
        };
        if let Some((n, _)) = found {
            out.push((i, i + n));
            next = i + n;
        }
    }
    out
}

/// The names [`every_use`] looks for that start with one word: each its token count and text, in
/// the order found, once each.
struct SameStart<'a> {
    first: (usize, &'a str),
    others: Vec<(usize, &'a str)>,
}

impl<'a> SameStart<'a> {
    fn iter(&self) -> impl Iterator<Item = (usize, &'a str)> + '_ {
        std::iter::once(self.first).chain(self.others.iter().copied())
    }

    /// The first name, in the order found, for which `hit` holds.
    #[inline]
    fn find(&self, mut hit: impl FnMut((usize, &'a str)) -> bool) -> Option<(usize, &'a str)> {
        if hit(self.first) {
            return Some(self.first);
        }
        self.others.iter().copied().find(|&name| hit(name))
    }

    /// Adds a name unless it is there already.
    fn add(&mut self, name: (usize, &'a str)) {
        if self.iter().all(|(_, s)| s != name.1) {
            self.others.push(name);
        }
    }
}

/// A straight or curly quote mark, single or double.
pub fn is_quote_mark(text: &str) -> bool {
    matches!(text, "\"" | "“" | "”" | "‘" | "’" | "'")
}

fn is_place(kind: Kind) -> bool {
    matches!(kind, Kind::Country | Kind::City | Kind::State | Kind::Region)
}

/// What [`Ctx`] answers about token `i` from its own text (all but [`CAPS_LINE`],
/// [`PLACE_INNER`], [`ENTRY`] and [`FUNCTION`], which is [`listed`]). Inlined in the walk
/// over every token: most tokens are punctuation or words starting with a lower-case ASCII
/// letter, neither capitalised nor in capitals, known from their kind and one byte; the others
/// from the letters the tokenizer found ([`crate::text::Letters`]).
#[inline]
fn token_flags(token: &Token, text: &str) -> u8 {
    if token.kind != TokenKind::Word {
        return 0;
    }
    if text.as_bytes().first().is_some_and(u8::is_ascii_lowercase) {
        return if text == "of" { WORD | OF } else { WORD };
    }
    let letters = token.letters;
    let mut flags = WORD;
    if letters.in_capitals() {
        flags |= ALL_CAPS;
    }
    if letters.first_capital() {
        flags |= CAP;
    }
    flags
}

/// The lines of the article, read token by token in the walk that sets the flags: the first
/// token of every line, in order, and [`CAPS_LINE`] marked on lines with at least two words,
/// none of which has a lower-case letter (headlines, datelines).
struct Lines<'a> {
    /// Lines start at token 0 and after each line break, found as the sentence splitter finds
    /// them.
    breaks: LineBreaks<'a>,
    starts: Vec<usize>,
    /// Of the line being read: how many words it has so far, and whether none of them has a
    /// lower-case letter.
    words: usize,
    in_capitals: bool,
}

impl<'a> Lines<'a> {
    /// The lines of `doc`, their starts in `starts` (emptied).
    fn new(doc: &Doc<'a>, starts: Vec<usize>) -> Self {
        let mut breaks = LineBreaks::new(doc.text);
        // Room for a line in sixteen tokens, as for the walk's other lists: not grown line by line.
        let mut starts = emptied(starts, doc.tokens.len() / 16 + 1);
        // Line breaks before the first token close no line: the first opens at it.
        if let Some(first) = doc.tokens.first() {
            breaks.before(first.span.start);
            starts.push(0);
        }
        Lines {
            breaks,
            starts,
            words: 0,
            in_capitals: true,
        }
    }

    /// Reads token `i`, the next: a line break before it closes the line being read.
    fn read(&mut self, i: usize, token: &Token, flags: &mut [u8]) {
        if self.breaks.before(token.span.start) {
            self.close(i, flags);
            self.starts.push(i);
        }
    }

    /// The token just read is a word.
    fn word(&mut self, token: &Token, text: &str) {
        self.words += 1;
        if self.in_capitals && token.letters.any_lower() && !text.starts_with(['\'', '’']) {
            self.in_capitals = false;
        }
    }

    /// Marks the line being read, which ends before token `end`, and starts anew.
    fn close(&mut self, end: usize, flags: &mut [u8]) {
        if self.words >= 2 && self.in_capitals {
            let first = self.starts.last().copied().unwrap_or_default();
            flags[first..end].iter_mut().for_each(|f| *f |= CAPS_LINE);
        }
        self.words = 0;
        self.in_capitals = true;
    }

    /// Closes the last line; the first token of every line.
    fn finish(mut self, flags: &mut [u8]) -> Vec<usize> {
        if !flags.is_empty() {
            self.close(flags.len(), flags);
        }
        self.starts
    }
}
