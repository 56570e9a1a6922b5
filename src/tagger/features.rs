//! Features of one token, hashed straight into a fixed number of buckets: the model stores
//! weights per bucket, never strings, so it stays small and the page does no allocation per
//! token.
//!
//! Templates: word form, lower case, shape ("Xx", "X.X.", "d"), prefixes and suffixes, the
//! neighbouring words and shapes, position in the sentence, whether the sentence is in capitals
//! or title case (headlines), and which lexicons cover the token and its neighbours.
//!
//! Each distinct word is hashed once ([`Vocab`], [`WordHash`]); a feature combines
//! those hashes with its template id. Nearly every feature reads one word at one offset from the
//! token ([`word_features`]) or the token's word and the word next to it ([`pair_features`]):
//! their weights depend on those words alone, so the model sums them once per word, kept
//! across documents ([`token_parts`] says which parts a token's score is made of).

use std::ops::Range;

use rustc_hash::FxHashMap;

use crate::lexicon::{Kind, LexMatch};
use crate::types::{Doc, Span};

/// Bumped whenever a template or the hashing changes: a model trained on other features is
/// refused.
pub const VERSION: u8 = 2;

/// How the words of a sentence are capitalised; headlines and datelines defeat case cues.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Casing {
    Normal,
    /// Most words capitalised ("Lithuania Signs Defence Pact With Japan").
    Title,
    /// No lower-case letters at all ("BAKU, Azerbaijan" is not; "NEWS IN BRIEF" is).
    Upper,
}

/// The casing of the words in `tokens` (a sentence's token range): of the tokens that start
/// with a letter, read from the letters the tokenizer found ([`crate::text::Letters`]), not
/// from their texts.
pub fn casing(doc: &Doc, tokens: Range<usize>) -> Casing {
    let (mut words, mut capital, mut lower) = (0usize, 0usize, false);
    let tokens = doc.tokens.get(tokens).unwrap_or_default();
    for (k, token) in tokens.iter().enumerate() {
        let letters = token.letters;
        if !letters.first_letter() {
            continue;
        }
        lower = lower || letters.any_lower();
        words += 1;
        capital += usize::from(letters.first_capital());
        // A lower-case letter rules capitals out, and title case needs three words in four
        // capitalised: once even the tokens left, all capitalised words, could not make up for
        // the words that are not, the sentence is plain (most prose is known within a few words).
        if lower && 4 * (words - capital) > words + (tokens.len() - k - 1) {
            return Casing::Normal;
        }
    }
    if words >= 2 && !lower {
        Casing::Upper
    } else if words >= 3 && capital * 4 >= words * 3 {
        Casing::Title
    } else {
        Casing::Normal
    }
}

/// Token `i`'s bytes, without slicing the text at character boundaries (empty if the span does
/// not fit, as [`Doc::token_text`]).
#[inline]
pub fn token_bytes<'a>(doc: &Doc<'a>, i: usize) -> &'a [u8] {
    let span = doc.tokens[i].span;
    doc.text.as_bytes().get(span.start..span.end).unwrap_or_default()
}

/// The first character of `text`, decoded only when not ASCII: most words are. Inlined:
/// callers ask this of every token, and as a call it cost more than its ASCII test.
#[inline]
pub fn first_char(text: &str) -> Option<char> {
    match text.as_bytes().first()? {
        b if b.is_ascii() => Some(char::from(*b)),
        _ => text.chars().next(),
    }
}

/// One bit per lexicon kind and position for every token: bit `2k` when a match of kind `k`
/// starts at the token, bit `2k + 1` when one continues through it.
pub fn lexicon_bits(tokens: usize, lex: &[LexMatch], out: &mut Vec<u32>) {
    out.clear();
    out.resize(tokens, 0);
    // Role nouns came after the model was trained: their bits would be features it never saw.
    for m in lex
        .iter()
        .filter(|m| !matches!(m.kind, Kind::RoleNoun | Kind::RoleSense))
    {
        let k = (m.kind as u32 % 16) * 2;
        let end = m.end_token.min(tokens);
        for (j, bits) in out[m.first_token.min(end)..end].iter_mut().enumerate() {
            *bits |= 1 << (k + u32::from(j > 0));
        }
    }
}

/// The token's context: its sentence's range, casing and the lexicon bits of the whole doc.
pub struct Context<'d, 'a> {
    pub doc: &'d Doc<'a>,
    pub sentence: Range<usize>,
    pub casing: Casing,
    pub lex: &'d [u32],
}

impl<'d, 'a> Context<'d, 'a> {
    /// The context of `sentence`'s tokens, its casing read from them.
    pub fn of_sentence(doc: &'d Doc<'a>, sentence: Range<usize>, lex: &'d [u32]) -> Self {
        Context {
            doc,
            casing: casing(doc, sentence.clone()),
            sentence,
            lex,
        }
    }
}

/// The hashes of one word's strings that features read: its form, lower case (digits folded
/// to 0, so years and counts share their statistics), shape, and lower-case prefixes and
/// suffixes of 1–3 and 1–4 characters.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct WordHash {
    form: u64,
    lower: u64,
    shape: u64,
    prefix: [u64; 3],
    suffix: [u64; 4],
}

/// Stands for a neighbour beyond the sentence's edge.
const OUTSIDE: u64 = 0x9e37_79b9_7f4a_7c15;

impl WordHash {
    pub fn of(w: &str) -> WordHash {
        let (mut form, mut lower, mut shape) = (Fnv::new(), Fnv::new(), Fnv::new());
        let mut prefix = [0; 3];
        let mut last_class = '\0';
        let mut chars = 0;
        for c in w.chars() {
            form.char(c);
            lower.lower_char(c);
            let class = shape_class(c);
            if class != last_class {
                shape.char(class);
                last_class = class;
            }
            if chars < prefix.len() {
                prefix[chars] = lower.end();
            }
            chars += 1;
        }
        // Shorter words: the whole word stands for the longer prefixes.
        for p in prefix.iter_mut().skip(chars) {
            *p = lower.end();
        }
        let mut suffix = [0; 4];
        let starts = w.char_indices().rev().map(|(at, _)| at);
        for (n, at) in starts.chain(std::iter::repeat(0)).take(suffix.len()).enumerate() {
            let mut h = Fnv::new();
            w[at..].chars().for_each(|c| h.lower_char(c));
            suffix[n] = h.end();
        }
        WordHash {
            form: form.end(),
            lower: lower.end(),
            shape: shape.end(),
            prefix,
            suffix,
        }
    }
}

/// Character classes for shapes, repeats collapsed by the caller: "Maskaliovienė" → "Xx",
/// "U.S" → "X.X", "G7" → "Xd".
fn shape_class(c: char) -> char {
    if c.is_uppercase() {
        'X'
    } else if c.is_lowercase() {
        'x'
    } else if c.is_numeric() {
        'd'
    } else if c.is_alphabetic() {
        'a'
    } else {
        c
    }
}

/// Words numbered, with their [`WordHash`]es: a word is hashed once, and the model keeps its
/// per-word sums ([`word_features`]) by number. Kept from one document to the next by the model
/// (common words are in every article), so numbers outlive a document.
pub struct Vocab {
    ids: FxHashMap<Box<str>, u32>,
    hashes: Vec<WordHash>,
    /// Short words numbered lately, by their bytes ([`short_key`]), a slot each: most words are
    /// short, and one found here costs a load and a compare instead of hashing its string and
    /// comparing it with the table's. Empty until the first word (a thread's cell holds a
    /// default `Vocab` while a document is tagged).
    short: Vec<(u64, u32)>,
    /// Longer words numbered lately, by their bytes ([`long_key`]), a slot each as in
    /// [`Vocab::short`]: names are most of the words a segment reads, and many are longer.
    long: Vec<([u64; 2], u32)>,
}

impl Default for Vocab {
    fn default() -> Self {
        let outside = WordHash {
            form: OUTSIDE,
            lower: OUTSIDE,
            shape: OUTSIDE,
            prefix: [OUTSIDE; 3],
            suffix: [OUTSIDE; 4],
        };
        Vocab {
            ids: FxHashMap::default(),
            hashes: vec![outside],
            short: Vec::new(),
            long: Vec::new(),
        }
    }
}

impl Vocab {
    /// The number of the pseudo-word beyond a sentence's edge (its strings all [`OUTSIDE`]).
    pub const OUTSIDE: u32 = 0;

    /// Token `i`'s number: a short word's from [`Vocab::short`] if it is there, by its bytes.
    /// Those are its text's or not UTF-8 (its text then reads as ""), so the same bytes always
    /// stand for the same word. Inlined: [`Words::fill`] asks this of every token a segment's
    /// features read, most of them short words found in one probe. Not kept per token: a token
    /// read by two segments is rare, and a table of the document's tokens cost more to fill and
    /// check than the probes it saved.
    #[inline]
    pub fn token(&mut self, doc: &Doc, i: usize) -> u32 {
        let short = short_key(doc.text.as_bytes(), doc.tokens[i].span).map(|key| (key, short_slot(key)));
        if let Some((key, slot)) = short {
            match self.short.get(slot) {
                Some(&(kept, id)) if kept == key => return id,
                None => self.short = vec![(0, 0); SHORT_SLOTS],
                Some(_) => {}
            }
        }
        let id = self.id(doc.token_text(i));
        if let Some((key, slot)) = short {
            self.short[slot] = (key, id);
        }
        id
    }

    /// `word`'s number: a longer word's from [`Vocab::long`] if it is there, else from its string,
    /// hashing it if it is new. Apart from the inlined short-word path.
    #[inline(never)]
    fn id(&mut self, word: &str) -> u32 {
        let long = long_key(word.as_bytes()).map(|key| (key, long_slot(key)));
        if let Some((key, slot)) = long {
            match self.long.get(slot) {
                Some(&(kept, id)) if kept == key => return id,
                None => self.long = vec![([0; 2], 0); LONG_SLOTS],
                Some(_) => {}
            }
        }
        let id = match self.ids.get(word) {
            Some(&id) => id,
            None => {
                let id = self.hashes.len() as u32;
                self.ids.insert(word.into(), id);
                self.hashes.push(WordHash::of(word));
                id
            }
        };
        if let Some((key, slot)) = long {
            self.long[slot] = (key, id);
        }
        id
    }

    pub fn hash(&self, id: u32) -> &WordHash {
        &self.hashes[id as usize]
    }

    /// Words numbered so far (with the pseudo-word); numbers are below it.
    pub fn count(&self) -> usize {
        self.hashes.len()
    }
}

/// Per-token tables longer than this (a long document's) are not kept for the next document.
pub const TOKENS_KEPT: usize = 1 << 15;

/// Slots of [`Vocab::short`] (16 bytes each): with half as many, the words articles share
/// took each other's slots and were looked up again by their strings.
const SHORT_SLOTS: usize = 1 << 14;

/// A word of one to seven bytes (at `span` in `text`) as one number: its bytes, and its length
/// in the top byte (so no two words share one, and none is 0, an empty slot's). Read as one
/// load of eight bytes, those past the word masked off, unless the text ends within them.
fn short_key(text: &[u8], span: Span) -> Option<u64> {
    let len = span.len();
    if len == 0 || len > 7 {
        return None;
    }
    let bytes = match text.get(span.start..span.start + 8) {
        Some(eight) => u64::from_le_bytes(eight.try_into().ok()?) & (u64::MAX >> (8 * (8 - len))),
        None => {
            let word = text.get(span.start..span.end)?;
            word.iter().rev().fold(0u64, |key, &b| key << 8 | u64::from(b))
        }
    };
    Some(bytes | (len as u64) << 56)
}

/// The slot of [`Vocab::short`] for `key`, from its bits mixed by a multiplication.
fn short_slot(key: u64) -> usize {
    (key.wrapping_mul(0x9e37_79b9_7f4a_7c15) >> (64 - SHORT_SLOTS.trailing_zeros())) as usize
}

/// Slots of [`Vocab::long`] (24 bytes each): as many as [`SHORT_SLOTS`], for fewer were
/// taken over more often.
const LONG_SLOTS: usize = 1 << 14;

/// A word of eight to fifteen bytes as two numbers: its first eight bytes, and the rest with its
/// length in the top byte, as [`short_key`] makes one (so no two words share them, and none is
/// 0, an empty slot's).
fn long_key(word: &[u8]) -> Option<[u64; 2]> {
    let len = word.len();
    if !(8..=15).contains(&len) {
        return None;
    }
    let first = u64::from_le_bytes(word.first_chunk::<8>().copied()?);
    // The last eight bytes, less those the first eight hold.
    let last = u64::from_le_bytes(word.last_chunk::<8>().copied()?);
    let rest = last.checked_shr(8 * (16 - len) as u32).unwrap_or(0);
    Some([first, rest | (len as u64) << 56])
}

/// The slot of [`Vocab::long`] for `key`, from its bits mixed by a multiplication.
fn long_slot(key: [u64; 2]) -> usize {
    ((key[0] ^ key[1]).wrapping_mul(0x9e37_79b9_7f4a_7c15) >> (64 - LONG_SLOTS.trailing_zeros())) as usize
}

/// The [`Vocab`] numbers of the tokens a segment's features read: the segment and [`REACH`]
/// words either side, [`Vocab::OUTSIDE`] beyond the sentence's edges, so a token's neighbours are
/// read by position with no edge to check. Reused across segments, so decoding allocates per
/// document.
#[derive(Debug, Default)]
pub struct Words {
    /// The segment's first token: its number is at `ids[REACH]`.
    start: usize,
    ids: Vec<u32>,
}

/// How far from a token its features read words ([`NEAR`]).
const REACH: usize = 2;

impl Words {
    /// Numbers the words `segment`'s features read.
    pub fn fill(&mut self, cx: &Context, segment: &Range<usize>, vocab: &mut Vocab) {
        self.start = segment.start;
        self.ids.clear();
        let before = segment.start - segment.start.saturating_sub(REACH).max(cx.sentence.start);
        let after = (segment.end + REACH).min(cx.sentence.end) - segment.end;
        let outside = |n: usize| std::iter::repeat_n(Vocab::OUTSIDE, n);
        self.ids.extend(outside(REACH - before));
        self.ids
            .extend((segment.start - before..segment.end + after).map(|i| vocab.token(cx.doc, i)));
        self.ids.extend(outside(REACH - after));
    }

    /// The numbers of the words from [`REACH`] before token `i` to [`REACH`] after it, `None`
    /// for a token outside the segment.
    fn around(&self, i: usize) -> Option<&[u32; 2 * REACH + 1]> {
        let at = i.checked_sub(self.start)?;
        self.ids.get(at..at + 2 * REACH + 1)?.try_into().ok()
    }

    /// Token `i + offset`'s number ([`Vocab::OUTSIDE`] beyond the sentence), `None` for a token
    /// outside the segment.
    pub fn near(&self, i: usize, offset: isize) -> Option<u32> {
        let around = self.around(i)?;
        around.get(REACH.checked_add_signed(offset)?).copied()
    }
}

/// The neighbours two words away, whose lower case alone features read ([`Slot::Near`] indexes
/// it): offset and template. The next words are read with the token ([`pair_features`]).
pub const NEAR: [(isize, u8); 2] = [(-2, 8), (2, 9)];
const _: () = assert!(NEAR[0].0.unsigned_abs() <= REACH && NEAR[1].0.unsigned_abs() <= REACH);

/// Where the features of [`word_features`] read their one word: the token itself, under its
/// sentence's casing and whether it opens the sentence, or the neighbour at `NEAR[k]`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Slot {
    Token { casing: Casing, first: bool },
    Near(usize),
}

/// Distinct [`Slot`]s: three casings × opening or not, and the neighbours.
pub const SLOTS: usize = 6 + NEAR.len();

/// The most features [`word_features`] or [`pair_features`] give: a sum of that many weights
/// fits an `i16` (the model caches such sums).
pub const WORD_FEATURES: usize = 14;

impl Slot {
    /// A number below [`SLOTS`].
    pub fn index(self) -> usize {
        match self {
            Slot::Token { casing, first } => casing as usize * 2 + usize::from(first),
            Slot::Near(k) => 6 + k,
        }
    }
}

/// Pushes the hashes of the features that read only word `w` in `slot`: its strings, and for the
/// token itself the sentence's casing and position. With the same word in the same slot they are
/// the same, so the model sums their weights once per word ([`Vocab`]).
pub fn word_features(w: &WordHash, slot: Slot, out: &mut Vec<u64>) {
    let mut f = |template: u8, parts: &[u64]| out.push(feature(template, parts));
    match slot {
        Slot::Token { casing, first } => {
            f(0, &[]);
            f(1, &[w.form]);
            f(2, &[w.lower]);
            f(3, &[w.shape]);
            for p in w.prefix {
                f(4, &[p]);
            }
            for s in w.suffix {
                f(5, &[s]);
            }
            f(16, &[u64::from(first), w.shape]);
            f(17, &[casing as u64, w.shape]);
            f(18, &[casing as u64, w.lower]);
        }
        Slot::Near(k) => {
            if let Some(&(_, template)) = NEAR.get(k) {
                f(template, &[w.lower]);
            }
        }
    }
}

/// Which neighbour [`pair_features`] reads.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Side {
    Before,
    After,
}

/// Pushes the hashes of the features of a token of word `w` that read the word `next` to it on
/// `side`: its lower case and shape, and the pairs of lower cases and of shapes, in reading order.
/// With the same two words they are the same, so the model sums their weights once per document.
pub fn pair_features(w: &WordHash, next: &WordHash, side: Side, out: &mut Vec<u64>) {
    let mut f = |template: u8, parts: &[u64]| out.push(feature(template, parts));
    match side {
        Side::Before => {
            f(6, &[next.lower]);
            f(10, &[next.shape]);
            f(12, &[next.shape, w.shape]);
            f(14, &[next.lower, w.lower]);
        }
        Side::After => {
            f(7, &[next.lower]);
            f(11, &[next.shape]);
            f(13, &[w.shape, next.shape]);
            f(15, &[w.lower, next.lower]);
        }
    }
}

/// Token `i`'s own [`Slot`]. Capitals at the start of a sentence (or after an opening quote)
/// say little, so the features know whether it opens one.
pub fn token_slot(cx: &Context, i: usize) -> Slot {
    let first = i == cx.sentence.start
        || (i == cx.sentence.start + 1 && matches!(cx.doc.token_text(i - 1), "\"" | "“" | "'" | "‘" | "("));
    Slot::Token {
        casing: cx.casing,
        first,
    }
}

/// What a token's emission scores sum: the features that read only one word ([`word_features`]
/// of a [`Vocab`] number in a slot), those that read the token's word and the next word on one
/// side ([`pair_features`] of two numbers), and the lexicon features. Plain data: the model sums
/// a token's parts in a loop of its own, with no call per part.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Parts {
    /// The token's word in its own [`Slot`].
    pub word: (u32, Slot),
    /// The words two away, in [`NEAR`] order (`Slot::Near(k)`).
    pub near: [u32; NEAR.len()],
    /// The token's word with the word before it, then with the word after it.
    pub pairs: [(u32, u32, Side); 2],
    /// The lexicon bits of the tokens at each of [`LEXICON`]'s offsets.
    lexicon: [u32; LEXICON.len()],
}

/// The lexicon features: the [`lexicon_bits`] of the token and of its neighbours, at these
/// offsets, each with its template.
const LEXICON: [(isize, u8); 3] = [(0, 19), (-1, 20), (1, 21)];

/// Distinct lexicon features: bit `bit` at [`LEXICON`] offset `k` is number `32 k + bit`.
pub const LEXICON_FEATURES: usize = 32 * LEXICON.len();

/// The hash of lexicon feature number `n` (below [`LEXICON_FEATURES`]).
pub fn lexicon_feature(n: usize) -> u64 {
    let (_, template) = LEXICON[n / 32];
    feature(template, &[(n % 32) as u64])
}

impl Parts {
    /// Calls `f` with the number of each lexicon feature, one per bit set (see
    /// [`lexicon_feature`]): a plain loop per offset, as most tokens have no bit set.
    pub fn each_lexicon(&self, mut f: impl FnMut(usize)) {
        for (k, &bits) in self.lexicon.iter().enumerate() {
            let mut bits = bits;
            while bits != 0 {
                f(32 * k + bits.trailing_zeros() as usize);
                bits &= bits - 1;
            }
        }
    }
}

/// The [`Parts`] of token `i`'s features, reading words from `words` (filled for `i`'s
/// segment); `None` outside them.
pub fn token_parts(cx: &Context, words: &Words, i: usize) -> Option<Parts> {
    let around = words.around(i)?;
    let near = |offset: isize| around[REACH.wrapping_add_signed(offset)];
    let w = near(0);
    let lexicon = |(offset, _): (isize, u8)| {
        i.checked_add_signed(offset)
            .filter(|k| cx.sentence.contains(k))
            .and_then(|k| cx.lex.get(k).copied())
            .unwrap_or(0)
    };
    Some(Parts {
        word: (w, token_slot(cx, i)),
        near: NEAR.map(|(offset, _)| near(offset)),
        pairs: [(w, near(-1), Side::Before), (w, near(1), Side::After)],
        lexicon: LEXICON.map(lexicon),
    })
}

/// Pushes the 64-bit hash of every feature of token `i` into `out` (its [`token_parts`], word
/// parts expanded); [`bucket`] maps one to the model's table. (Training counts the full hashes
/// to drop rare features.)
pub fn token_features(cx: &Context, vocab: &Vocab, words: &Words, i: usize, out: &mut Vec<u64>) {
    let Some(parts) = token_parts(cx, words, i) else {
        return;
    };
    let (id, slot) = parts.word;
    word_features(vocab.hash(id), slot, out);
    for (k, &id) in parts.near.iter().enumerate() {
        word_features(vocab.hash(id), Slot::Near(k), out);
    }
    for (id, next, side) in parts.pairs {
        pair_features(vocab.hash(id), vocab.hash(next), side, out);
    }
    parts.each_lexicon(|n| out.push(lexicon_feature(n)));
}

/// A feature's hash: its template id and the hashes of the strings (or small numbers) it
/// reads, mixed one by one; platform-independent so the trained model means the same thing
/// everywhere.
fn feature(template: u8, parts: &[u64]) -> u64 {
    parts
        .iter()
        .fold(mix(TEMPLATE_SEED ^ u64::from(template)), |h, &p| {
            mix(h.rotate_left(23) ^ p)
        })
}

/// Keeps template hashes away from 0 (the finaliser's fixed point).
const TEMPLATE_SEED: u64 = 0x5851_f42d_4c95_7f2d;

/// splitmix64's finaliser: every input bit reaches every output bit.
fn mix(mut z: u64) -> u64 {
    z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
    z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
    z ^ (z >> 31)
}

/// FNV-1a over a string's UTF-8 bytes, closed by a terminator and [`mix`]ed (FNV's low bits
/// alone are poorly mixed).
struct Fnv(u64);

impl Fnv {
    fn new() -> Fnv {
        Fnv(0xcbf2_9ce4_8422_2325)
    }
    fn byte(&mut self, b: u8) {
        self.0 = (self.0 ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3);
    }
    fn char(&mut self, c: char) {
        let mut buf = [0u8; 4];
        c.encode_utf8(&mut buf).bytes().for_each(|b| self.byte(b));
    }
    /// Lower case, digits folded to 0.
    fn lower_char(&mut self, c: char) {
        if c.is_ascii_digit() {
            self.byte(b'0');
        } else if c.is_ascii() {
            // Same bytes as the general case, without the Unicode tables: most text is ASCII.
            self.byte((c as u8).to_ascii_lowercase());
        } else {
            c.to_lowercase().for_each(|l| self.char(l));
        }
    }
    /// The hash of what was fed so far (the state itself goes on).
    fn end(&self) -> u64 {
        mix((self.0 ^ 0xff).wrapping_mul(0x0100_0000_01b3))
    }
}

/// The table row of a feature hash, `< 1 << bits`.
pub fn bucket(hash: u64, bits: u32) -> u32 {
    (hash >> (64 - bits)) as u32
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lexicon::Lexicon;
    use crate::text::analyse;

    fn features(text: &str, i: usize) -> Vec<u64> {
        let doc = analyse(text);
        let lex = Lexicon::get().find(&doc);
        let mut bits = Vec::new();
        lexicon_bits(doc.tokens.len(), &lex, &mut bits);
        let s = doc.tokens[i].sentence;
        let range = doc.tokens.iter().position(|t| t.sentence == s).unwrap_or(0)
            ..doc
                .tokens
                .iter()
                .rposition(|t| t.sentence == s)
                .map_or(0, |p| p + 1);
        let cx = Context::of_sentence(&doc, range, &bits);
        let (mut vocab, mut words) = (Vocab::default(), Words::default());
        words.fill(&cx, &(i..i + 1), &mut vocab);
        let mut out = Vec::new();
        token_features(&cx, &vocab, &words, i, &mut out);
        out
    }

    #[test]
    fn shapes_collapse_repeats_and_lower_case_folds_digits() {
        let h = WordHash::of;
        assert_eq!(h("Maskaliovienė").shape, h("Xx").shape);
        assert_eq!(h("U.S").shape, h("X.X").shape);
        assert_ne!(h("NATO").shape, h("Nato").shape);
        assert_eq!(h("VILNIUS").lower, h("Vilnius").lower);
        assert_ne!(h("VILNIUS").form, h("Vilnius").form);
        assert_eq!(h("1995").lower, h("2024").lower);
        assert_eq!(h("ÉLYSÉE").lower, h("élysée").lower);
    }

    #[test]
    fn prefixes_and_suffixes_are_those_of_the_lower_case() {
        let lower = |s: &str| WordHash::of(s).lower;
        let w = WordHash::of("Vilnius");
        assert_eq!(w.prefix, [lower("v"), lower("vi"), lower("vil")]);
        assert_eq!(w.suffix, [lower("s"), lower("us"), lower("ius"), lower("nius")]);
        // Shorter words: the whole word stands for the longer affixes.
        let ab = WordHash::of("Ab");
        assert_eq!(ab.prefix, [lower("a"), lower("ab"), lower("ab")]);
        assert_eq!(ab.suffix, [lower("b"), lower("ab"), lower("ab"), lower("ab")]);
        let ė = WordHash::of("Šė");
        assert_eq!(ė.suffix[0], lower("ė"));
    }

    #[test]
    fn features_are_in_range_deterministic_and_contextual() {
        let a = features("Officials met Loreta Maskaliovienė in Vilnius.", 3);
        assert!(a.iter().all(|&h| bucket(h, 18) < 1 << 18));
        assert!(a.len() >= 20, "{} features", a.len());
        assert_eq!(a, features("Officials met Loreta Maskaliovienė in Vilnius.", 3));
        // Same word, other neighbours: shared word features, different context features.
        let b = features("Yesterday Loreta Maskaliovienė left.", 2);
        assert_eq!(a[..4], b[..4]);
        assert_ne!(a, b);
        // The given-name lexicon marks "Loreta", so its right neighbour sees it.
        let lexed = features("Officials met Loreta Smith in Vilnius.", 3);
        let unlexed = features("Officials met Lorexa Smith in Vilnius.", 3);
        assert!(lexed.len() > unlexed.len());
        // Templates keep equal parts apart: "X then Y" is not "Y then X".
        assert_ne!(feature(14, &[1, 2]), feature(14, &[2, 1]));
        assert_ne!(feature(14, &[1, 2]), feature(15, &[1, 2]));
    }

    #[test]
    fn word_and_pair_parts_stay_within_the_cached_sums_bound() {
        let (w, next) = (WordHash::of("Vilnius"), WordHash::of("of"));
        let mut out = Vec::new();
        for casing in [Casing::Normal, Casing::Title, Casing::Upper] {
            for first in [false, true] {
                out.clear();
                word_features(&w, Slot::Token { casing, first }, &mut out);
                assert_eq!(out.len(), WORD_FEATURES);
                assert!(Slot::Token { casing, first }.index() < SLOTS);
            }
        }
        for side in [Side::Before, Side::After] {
            out.clear();
            pair_features(&w, &next, side, &mut out);
            assert!(out.len() <= WORD_FEATURES);
        }
        // A token without lexicon bits: its word, the words two away and its two pairs.
        let doc = analyse("Officials met Loreta Maskaliovienė in Vilnius.");
        let cx = Context {
            doc: &doc,
            casing: Casing::Normal,
            sentence: 0..doc.tokens.len(),
            lex: &[],
        };
        let (mut vocab, mut words) = (Vocab::default(), Words::default());
        words.fill(&cx, &(2..4), &mut vocab);
        let parts = token_parts(&cx, &words, 3).expect("a token of the segment");
        let mut lexicon_features = 0;
        parts.each_lexicon(|_| lexicon_features += 1);
        assert_eq!(lexicon_features, 0, "{parts:?}");
        assert_eq!(parts.word.0, parts.pairs[0].0);
        assert_eq!(
            [parts.near[0], parts.pairs[0].1],
            [words.near(3, -2), words.near(3, -1)].map(Option::unwrap)
        );
    }

    #[test]
    fn words_found_by_their_bytes_have_their_numbers() {
        // More distinct words than slots, so slots are shared and taken over; words of seven,
        // eight, nine and fifteen bytes, and sixteen not ASCII, repeated.
        let words: Vec<String> = (0..20_000).map(|n| format!("w{n}")).collect();
        let backwards: Vec<&str> = words.iter().rev().map(String::as_str).collect();
        let text = format!(
            "{} abcdefg abcdefgh ėjo Ėjo ėjo a a. aaaaaaaa aaaaaaaaa abcdefghijklmno ėėėėėėėė {}",
            words.join(" "),
            backwards.join(" ")
        );
        let doc = analyse(&text);
        let mut vocab = Vocab::default();
        // The second time every word is known.
        for _ in 0..2 {
            for i in 0..doc.tokens.len() {
                let id = vocab.token(&doc, i);
                assert_eq!(
                    vocab.ids.get(doc.token_text(i)),
                    Some(&id),
                    "{}",
                    doc.token_text(i)
                );
            }
        }
        // The pseudo-word, the numbered words, and "abcdefg", "abcdefgh", "ėjo", "Ėjo", "a", ".",
        // "aaaaaaaa", "aaaaaaaaa", "abcdefghijklmno", "ėėėėėėėė".
        assert_eq!(vocab.count(), 1 + 20_000 + 10);
    }

    #[test]
    fn casing_of_headlines() {
        // Title case with up to one word in four not capitalised, wherever those words are.
        for (text, want) in [
            ("Minister of Defence Visits Japan Today", Casing::Title),
            ("a pact of the Baltic States", Casing::Normal),
            ("Pact Signed With Japan in Vilnius at Last", Casing::Title),
            ("Pact Signed With Japan in Vilnius at last", Casing::Normal),
            ("we Signed It Today", Casing::Title),
            ("we Signed It", Casing::Normal),
            ("we signed It Today", Casing::Normal),
        ] {
            let doc = analyse(text);
            assert_eq!(casing(&doc, 0..doc.tokens.len()), want, "{text}");
        }
        let doc = analyse("NEWS IN BRIEF");
        assert_eq!(casing(&doc, 0..doc.tokens.len()), Casing::Upper);
        let doc = analyse("Lithuania Signs Defence Pact With Japan");
        assert_eq!(casing(&doc, 0..doc.tokens.len()), Casing::Title);
        let doc = analyse("Lithuania signed a pact with Japan.");
        assert_eq!(casing(&doc, 0..doc.tokens.len()), Casing::Normal);
    }
}
