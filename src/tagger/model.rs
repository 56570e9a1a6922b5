//! The trained model: hashed feature weights per tag, quantised to `i8`, tag-transition
//! weights, and Viterbi decoding under BIO constraints (an `I-X` only continues an `X`).
//!
//! File format (`data/model/ner.bin`, little-endian): magic `FLNER`, format version, feature
//! [`VERSION`], bucket bits, the entity labels (count, then length-prefixed names), the
//! transition table (`(tags + 1) × tags` `i16`, last row = sentence start), then the non-zero
//! emission rows: row count, and per row the gap from the previous row (LEB128), a `u16` mask of
//! tags present and one `i8` per set bit. Tags: 0 = O, `2k + 1` = B-label k, `2k + 2` = I-label k.

use std::cell::Cell;
use std::ops::Range;
use std::sync::atomic::{AtomicU64, Ordering::Relaxed};

use crate::lexicon::LexMatch;
use crate::tagger::features::{self, Casing, Context, Side, Slot, Vocab, Words, SLOTS, VERSION};
use crate::types::{Doc, Label, Span, Token};

const MAGIC: &[u8; 5] = b"FLNER";

/// Emission rows in memory are padded to 16 weights (a model has at most 15 tags): a row of
/// fixed size is summed with unrolled, vectorised adds.
pub const ROW: usize = 16;
const FORMAT: u8 = 1;

/// Weights are fixed once made ([`Model::new`]): the word sums a thread keeps between
/// documents ([`Kept`]) are this model's, found by its `id`.
#[derive(Debug, Clone)]
pub struct Model {
    labels: Vec<Label>,
    bits: u32,
    /// `(1 << bits) × ROW` emission weights, row per bucket, the tags then zeros.
    emit: Vec<i8>,
    /// `(tags + 1) × tags` transition weights; the last row is the start of a sentence.
    trans: Vec<i16>,
    /// The rows of `emit` of the lexicon features, by number ([`features::lexicon_feature`]):
    /// read by index per token instead of hashing each feature, and widened once to the `i16`
    /// a token's sums are added in.
    lexicon: Vec<[i16; ROW]>,
    /// The transitions as decoding reads them, for a segment inside a sentence and at its
    /// start: derived from `trans` once, not per document ([`Model::new`]).
    moves: [Moves; 2],
    /// Distinct per model made (a clone has the same weights, so the same id).
    id: u64,
}

/// Models are equal when their weights are.
impl PartialEq for Model {
    fn eq(&self, other: &Model) -> bool {
        (&self.labels, self.bits, &self.emit, &self.trans)
            == (&other.labels, other.bits, &other.emit, &other.trans)
    }
}

/// A span the model found: a token range and its label.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Tagged {
    pub tokens: (usize, usize),
    pub label: Label,
    /// How much better the decoded path scores than the same path with this span as O, in
    /// model units (0 when not computed): a confidence.
    pub margin: i32,
}

impl Model {
    pub fn new(labels: Vec<Label>, bits: u32, emit: Vec<i8>, trans: Vec<i16>) -> Model {
        let tags = 1 + 2 * labels.len();
        // Segments start inside a sentence (after O) or at its start.
        let moves = [0, tags]
            .map(|first| Moves::new(tags, |p, t| i32::from(trans[from_row(p, tags, first) * tags + t])));
        static MADE: AtomicU64 = AtomicU64::new(0);
        let mut model = Model {
            labels,
            bits,
            emit,
            trans,
            lexicon: Vec::new(),
            moves,
            id: MADE.fetch_add(1, Relaxed),
        };
        model.lexicon = (0..features::LEXICON_FEATURES)
            .map(|n| model.row(features::lexicon_feature(n)).map(i16::from))
            .collect();
        model
    }

    pub fn tags(&self) -> usize {
        1 + 2 * self.labels.len()
    }

    /// Reads a model file; `None` if it is damaged or made for other features.
    pub fn from_bytes(b: &[u8]) -> Option<Model> {
        let mut r = Reader { b, at: 0 };
        if r.take(5)? != MAGIC || r.u8()? != FORMAT || r.u8()? != VERSION {
            return None;
        }
        let bits = u32::from(r.u8()?);
        if !(8..=24).contains(&bits) {
            return None;
        }
        let n = usize::from(r.u8()?);
        let mut labels = Vec::with_capacity(n);
        for _ in 0..n {
            let len = usize::from(r.u8()?);
            labels.push(Label::parse(std::str::from_utf8(r.take(len)?).ok()?)?);
        }
        let tags = 1 + 2 * n;
        if tags > ROW {
            return None;
        }
        let mut trans = Vec::with_capacity((tags + 1) * tags);
        for _ in 0..(tags + 1) * tags {
            trans.push(i16::from_le_bytes(r.take(2)?.try_into().ok()?));
        }
        let mut emit = vec![0i8; (1usize << bits) * ROW];
        let rows = r.leb()?;
        let mut row = 0usize;
        for k in 0..rows {
            row += r.leb()? + usize::from(k > 0);
            // Bits past the tags are not weights (and leave bytes over: refused below).
            let mut mask = u16::from_le_bytes(r.take(2)?.try_into().ok()?) & ((1u32 << tags) - 1) as u16;
            while mask != 0 {
                let t = mask.trailing_zeros() as usize;
                *emit.get_mut(row * ROW + t)? = r.u8()? as i8;
                mask &= mask - 1;
            }
        }
        (r.at == b.len()).then(|| Model::new(labels, bits, emit, trans))
    }

    pub fn to_bytes(&self) -> Vec<u8> {
        let tags = self.tags();
        let mut out = MAGIC.to_vec();
        out.extend([FORMAT, VERSION, self.bits as u8, self.labels.len() as u8]);
        for l in &self.labels {
            out.push(l.as_str().len() as u8);
            out.extend(l.as_str().bytes());
        }
        for w in &self.trans {
            out.extend(w.to_le_bytes());
        }
        let rows: Vec<(usize, &[i8])> = self
            .emit
            .chunks(ROW)
            .map(|r| &r[..tags])
            .enumerate()
            .filter(|(_, r)| r.iter().any(|&w| w != 0))
            .collect();
        leb(&mut out, rows.len());
        let mut prev = None;
        for (i, r) in rows {
            leb(&mut out, prev.map_or(i, |p: usize| i - p - 1));
            prev = Some(i);
            let mask = r
                .iter()
                .enumerate()
                .fold(0u16, |m, (t, &w)| m | (u16::from(w != 0) << t));
            out.extend(mask.to_le_bytes());
            out.extend(r.iter().filter(|&&w| w != 0).map(|&w| w as u8));
        }
        out
    }

    /// Tags every sentence of `doc`; `lex` are the doc's lexicon matches.
    pub fn tag<'a>(&self, doc: &Doc<'a>, lex: &[LexMatch]) -> Vec<Tagged> {
        let tags = self.tags();
        let mut kept = Kept::take(self);
        let mut s = std::mem::take(&mut kept.scratch);
        // Room for two names a sentence: the real articles have about 1.2, so the vector is
        // allocated once, not grown (and copied) as names are found.
        let mut out = Vec::with_capacity(2 * doc.sentences.len());
        features::lexicon_bits(doc.tokens.len(), lex, &mut s.lex);
        let moves = &self.moves;
        for sentence in sentence_ranges(doc) {
            let cx = Context::of_sentence(doc, sentence, &s.lex);
            for seg in segments(&cx) {
                self.emissions(&cx, &seg, &mut kept, &mut s.words, &mut s.scores);
                let moves = &moves[usize::from(start_row(&cx, &seg, tags) == tags)];
                viterbi(&s.scores, tags, moves, &mut s.path, &mut s.forward);
                let found = out.len();
                spans(&s.path, seg.start, &self.labels, &mut out);
                for t in &mut out[found..] {
                    let span = t.tokens.0 - seg.start..t.tokens.1 - seg.start;
                    t.margin = margin(&s.scores, moves, &s.path, span);
                }
            }
        }
        kept.scratch = s;
        kept.put_back();
        out
    }

    /// The emission scores of `seg`'s tokens into `scores` (a row per token): each token's word
    /// and pair parts from the kept sums, its lexicon features from the table.
    fn emissions(
        &self,
        cx: &Context,
        seg: &Range<usize>,
        kept: &mut Kept,
        words: &mut Words,
        scores: &mut Vec<[i32; ROW]>,
    ) {
        let Kept {
            vocab, memo, pairs, ..
        } = kept;
        scores.clear();
        words.fill(cx, seg, vocab);
        self.add_words(memo, vocab);
        // Room for every pair of the segment, so that the slots found stay where they are.
        pairs.reserve(seg.len() + 1);
        // The pair sums of a token and the next are those of one bigram: read once for both.
        let mut with_before = None;
        for i in seg.clone() {
            let Some(parts) = features::token_parts(cx, words, i) else {
                scores.push([0; ROW]);
                with_before = None;
                continue;
            };
            let [(word, before, _), (_, after, _)] = parts.pairs;
            let left = with_before.unwrap_or_else(|| self.pair(pairs, memo, vocab, before, word));
            let right = self.pair(pairs, memo, vocab, word, after);
            let sums = [&pairs.get(left).0[1], &pairs.get(right).0[0]];
            scores.push(self.sum(&parts, sums, memo, vocab));
            with_before = Some(right);
        }
    }

    /// The weights of a token's `parts`, summed: its word sums, its pair sums (`pairs`, in the
    /// order of [`features::Parts::pairs`]) and its lexicon features (in `i16`, see the bound
    /// below, widened once).
    fn sum(
        &self,
        parts: &features::Parts,
        pairs: [&[i16; ROW]; 2],
        memo: &mut WordRows,
        vocab: &Vocab,
    ) -> [i32; ROW] {
        let (id, slot) = parts.word;
        let at = self.word_row(memo, vocab, id, slot);
        let mut rows = memo.rows[at].0;
        for (k, &id) in parts.near.iter().enumerate() {
            add(&mut rows, &memo.near[id as usize].0[k]);
        }
        for pair in pairs {
            // Its last weight is half its key ([`Pair`]), not added.
            for (t, (acc, &w)) in rows.iter_mut().zip(pair).enumerate() {
                *acc += if t == KEY_LANE { 0 } else { w };
            }
        }
        parts.each_lexicon(|n| add(&mut rows, &self.lexicon[n]));
        let mut sum = [0i32; ROW];
        add(&mut sum, &rows);
        sum
    }

    /// Makes room in `memo` for the words `vocab` numbered since the last call, and sums each
    /// one's weights as a neighbour two away: a feature each, so summed at once, where the sums
    /// of a token's own slots wait until asked for.
    fn add_words(&self, memo: &mut WordRows, vocab: &Vocab) {
        memo.index.resize(vocab.count(), Aligned([NOT_YET; TOKEN_SLOTS]));
        for id in memo.near.len()..vocab.count() {
            let near = std::array::from_fn(|k| {
                self.sum_of(memo, |feats| {
                    features::word_features(vocab.hash(id as u32), Slot::Near(k), feats)
                })
            });
            memo.near.push(NearSums(near));
        }
    }

    /// The row of `memo` summing the weights of word `id`'s [`features::word_features`] in its
    /// own `slot`, computed and kept there when first asked for.
    fn word_row(&self, memo: &mut WordRows, vocab: &Vocab, id: u32, slot: Slot) -> usize {
        let mut at = memo.index[id as usize].0[slot.index()];
        if at == NOT_YET {
            at = self.keep_sum(memo, |feats| features::word_features(vocab.hash(id), slot, feats));
            memo.index[id as usize].0[slot.index()] = at;
        }
        at as usize
    }

    /// The summed weights of the [`features::pair_features`] of words `left` and `right` side by
    /// side: the left word's with the right after it, and the right word's with the left before
    /// it. Computed and kept in `pairs` when first asked for (see [`Bigrams::key`]); `memo` lends
    /// its buffer.
    fn pair(&self, pairs: &mut Bigrams, memo: &mut WordRows, vocab: &Vocab, left: u32, right: u32) -> PairAt {
        let key = Bigrams::key(left, right);
        if let Some(Ok(at)) = key.map(|key| pairs.probe(key)) {
            return PairAt::Kept(at);
        }
        let (l, r) = (vocab.hash(left), vocab.hash(right));
        let sums = [
            self.sum_of(memo, |feats| features::pair_features(l, r, Side::After, feats)),
            self.sum_of(memo, |feats| features::pair_features(r, l, Side::Before, feats)),
        ];
        match key {
            Some(key) => PairAt::Kept(pairs.insert(key, sums)),
            None => {
                pairs.unkept.push(Pair::new(0, sums));
                PairAt::Unkept(pairs.unkept.len() - 1)
            }
        }
    }

    /// Sums the weights of the features `fill` gives into a new row of `memo`; returns its index.
    fn keep_sum(&self, memo: &mut WordRows, fill: impl FnOnce(&mut Vec<u64>)) -> u32 {
        let sum = self.sum_of(memo, fill);
        memo.rows.push(Aligned(sum));
        memo.rows.len() as u32 - 1
    }

    /// The summed weights of the features `fill` gives. Cold: each distinct word and pair comes
    /// here once.
    #[cold]
    fn sum_of(&self, memo: &mut WordRows, fill: impl FnOnce(&mut Vec<u64>)) -> [i16; ROW] {
        memo.feats.clear();
        fill(&mut memo.feats);
        let mut sum = [0i16; ROW];
        for &h in &memo.feats {
            for (acc, &w) in sum.iter_mut().zip(self.row(h)) {
                *acc += i16::from(w);
            }
        }
        sum
    }

    /// The weights of feature hash `h`.
    fn row(&self, h: u64) -> &[i8; ROW] {
        let at = features::bucket(h, self.bits) as usize * ROW;
        self.emit
            .get(at..at + ROW)
            .and_then(|r| r.try_into().ok())
            .unwrap_or(&[0; ROW])
    }
}

/// Adds one row of weights to a token's sums.
fn add<S: Copy + std::ops::AddAssign + From<W>, W: Copy>(sum: &mut [S; ROW], row: &[W; ROW]) {
    for (acc, &w) in sum.iter_mut().zip(row) {
        *acc += S::from(w);
    }
}

/// Sums of at most [`features::WORD_FEATURES`] weights in `i8` fit an `i16`, and so do a token's
/// word and pair sums together (its word, the words two away and two pairs) with all its lexicon
/// features.
const _: () = assert!(
    (3 + features::NEAR.len()) * features::WORD_FEATURES * 128 + features::LEXICON_FEATURES * 128
        <= i16::MAX as usize
);

/// [`WordRows::index`] of a slot not computed yet.
const NOT_YET: u32 = u32::MAX;

/// The summed weights of each word's [`features::word_features`] per [`Slot`], computed when
/// first read: a repeated word costs one row instead of up to fourteen (and a repeated bigram's
/// [`features::pair_features`] one per side instead of four: [`Bigrams`]).
#[derive(Default)]
struct WordRows {
    /// Per [`Vocab`] number, the row in `rows` of the sum in each of the token's own slots, or
    /// [`NOT_YET`].
    index: Vec<Aligned<[u32; TOKEN_SLOTS]>>,
    rows: Vec<Aligned<[i16; ROW]>>,
    /// Per [`Vocab`] number, the sums as each neighbour two away (`Slot::Near`).
    near: Vec<NearSums>,
    feats: Vec<u64>,
}

/// The [`Slot`]s of a token's own word, numbered first ([`Slot::index`]).
const TOKEN_SLOTS: usize = SLOTS - features::NEAR.len();

/// A word's sums as each neighbour two away, in [`features::NEAR`] order: one cache line, read
/// where a slot and then its row were two.
#[derive(Clone, Copy)]
#[repr(align(64))]
struct NearSums([[i16; ROW]; features::NEAR.len()]);
const _: () = assert!(std::mem::size_of::<NearSums>() == 64);

/// A bigram's pair sums ([`Model::pair`]): the left word's, then the right word's.
type PairSums = [[i16; ROW]; 2];

/// A bigram's pair sums with its key ([`Bigrams::key`]) in their last weights, which are
/// padding: a model has at most 15 tags (`1 + 2 × labels`, odd, at most [`ROW`]). One cache
/// line, so a token's pair sums cost one miss where a key and two rows elsewhere cost up to
/// three.
#[derive(Clone, Copy, Default)]
#[repr(C, align(64))]
struct Pair(PairSums);
const _: () = assert!(std::mem::size_of::<Pair>() == 64);

/// The weight of each of a [`Pair`]'s rows that holds half its key.
const KEY_LANE: usize = ROW - 1;

impl Pair {
    fn new(key: u32, mut sums: PairSums) -> Pair {
        sums[0][KEY_LANE] = (key >> 16) as i16;
        sums[1][KEY_LANE] = key as i16;
        Pair(sums)
    }

    fn key(&self) -> u32 {
        u32::from(self.0[0][KEY_LANE] as u16) << 16 | u32::from(self.0[1][KEY_LANE] as u16)
    }
}

/// Bigrams and their pair sums, in an open-addressed table: a lookup reads one cache line
/// where a hash map read its control bytes and then its bucket, two, each a miss in a table of
/// megabytes.
#[derive(Default)]
struct Bigrams {
    /// A power of two of slots (none until the first insert), at most half of them taken;
    /// key 0 is an empty slot.
    slots: Vec<Pair>,
    taken: usize,
    /// The pairs of the segment being decoded that have no key ([`Bigrams::key`]).
    unkept: Vec<Pair>,
}

/// Where [`Model::pair`] found a pair: a slot of [`Bigrams::slots`] or of [`Bigrams::unkept`].
#[derive(Clone, Copy)]
enum PairAt {
    Kept(usize),
    Unkept(usize),
}

impl Bigrams {
    /// Two words side by side as a key: the left one's number in the high 16 bits, the right
    /// one's in the low (never 0: one of them is a token's, numbered above [`Vocab::OUTSIDE`]).
    /// `None` for a word numbered past 16 bits, only in a document of tens of thousands of
    /// distinct words: its pairs are summed each time.
    fn key(left: u32, right: u32) -> Option<u32> {
        (left | right < 1 << 16).then_some(left << 16 | right)
    }

    /// The pair at `at`.
    fn get(&self, at: PairAt) -> &Pair {
        match at {
            PairAt::Kept(at) => &self.slots[at],
            PairAt::Unkept(at) => &self.unkept[at],
        }
    }

    /// Makes room for `more` pairs, so that none moves until they are kept (the table doubles
    /// when half full, so probes stay short); forgets the last segment's unkept pairs.
    fn reserve(&mut self, more: usize) {
        self.unkept.clear();
        if 2 * (self.taken + more) > self.slots.len() {
            let size = (2 * (self.taken + more)).next_power_of_two().max(1 << 12);
            let old = std::mem::replace(&mut self.slots, vec![Pair::default(); size]);
            for pair in old.into_iter().filter(|pair| pair.key() != 0) {
                if let Err(at) = self.probe(pair.key()) {
                    self.slots[at] = pair;
                }
            }
        }
    }

    /// Keeps `sums` for `key`, which has none, where [`Bigrams::reserve`] made room; returns
    /// their slot. Cold: each distinct pair comes here once.
    #[cold]
    fn insert(&mut self, key: u32, sums: PairSums) -> usize {
        let at = self.probe(key).unwrap_or_else(|at| at);
        self.slots[at] = Pair::new(key, sums);
        self.taken += 1;
        at
    }

    /// The slot of `key`, or else the empty slot where it goes (none in an empty table).
    #[inline]
    fn probe(&self, key: u32) -> Result<usize, usize> {
        let mask = self.slots.len().wrapping_sub(1);
        // The key multiplied, the bits from the 32nd up: both words mixed into them.
        let mut at = (u64::from(key).wrapping_mul(0x9e37_79b9_7f4a_7c15) >> 32) as usize & mask;
        loop {
            match self.slots.get(at) {
                Some(pair) if pair.key() == key => return Ok(at),
                Some(pair) if pair.key() == 0 => return Err(at),
                None => return Err(at),
                Some(_) => at = (at + 1) & mask,
            }
        }
    }
}

/// A word's slots (padded) and a summed row are 32 bytes each, read at random from tables of
/// megabytes: aligned to 32 bytes, each lies in one cache line, where unaligned half of them
/// took two.
#[derive(Debug, Clone, Copy)]
#[repr(align(32))]
struct Aligned<T>(T);
const _: () =
    assert!(std::mem::size_of::<[u32; TOKEN_SLOTS]>() <= 32 && std::mem::size_of::<[i16; ROW]>() == 32);

/// The transition row a segment starts from: sentence start, or O inside a sentence.
pub fn start_row(cx: &Context, seg: &Range<usize>, tags: usize) -> usize {
    if seg.start == cx.sentence.start {
        tags
    } else {
        0
    }
}

/// The transition row for Viterbi's `prev`: its start marker (`tags`) means the segment's `first` row.
pub fn from_row(prev: usize, tags: usize, first: usize) -> usize {
    if prev == tags {
        first
    } else {
        prev
    }
}

/// Lower-case words that may sit inside a name ("Bank of the Netherlands", "Ludwig van
/// Beethoven"). Not "and": two names side by side ("Straw and Fischer") are two spans. By length
/// first: most words are not tested against any.
fn is_bridge(word: &str) -> bool {
    match word.len() {
        1 => matches!(word, "y" | "&" | "-" | "." | "'"),
        2 => matches!(
            word,
            "of" | "on" | "de" | "da" | "do" | "du" | "la" | "le" | "al" | "el"
        ),
        // "–" and "’" are three bytes.
        3 => {
            matches!(
                word,
                "the" | "for" | "del" | "dos" | "des" | "van" | "von" | "der" | "den"
            ) || matches!(word, "bin" | "ibn" | "–" | "’")
        }
        _ => false,
    }
}

/// The token ranges the model decodes within a sentence: runs of words with a capital letter
/// (every word in a capitals-only sentence), bridged by up to two [`is_bridge`] words. Tokens
/// written together count as one word, so "al-Qaida", "Ban Ki-moon" and "U.S." are whole. Every
/// other token is O: names are capitalised, and skipping the rest keeps the tagger cheap.
pub fn segments<'c>(cx: &'c Context) -> impl Iterator<Item = Range<usize>> + 'c {
    let doc = cx.doc;
    let end = cx.sentence.end;
    let upper = cx.casing == Casing::Upper;
    // A capital token: one with a capital letter, or any letter or digit in capitals-only
    // sentences; read from the letters the tokenizer found ([`crate::text::Letters`]).
    let capital = move |token: &Token| {
        let letters = token.letters;
        letters.any_capital() || (upper && letters.any_alphanumeric())
    };
    // The word starting at token `start` (below `end`): glued tokens make one word.
    let word = move |start: usize| {
        let glued = doc.tokens[start..end].windows(2);
        start..start + 1 + glued.take_while(|t| t[1].span.start == t[0].span.end).count()
    };
    // The first word at or after `at` (a word's start) with a capital token, if any: the
    // tokens are searched for the first capital, then its word's start found back from it
    // (nearly always the capital itself), not kept for every word on the way.
    let next_capital = move |at: usize| {
        let found = at + doc.tokens[at..end].iter().position(capital)?;
        let mut word_start = found;
        while word_start > at && doc.tokens[word_start].span.start == doc.tokens[word_start - 1].span.end {
            word_start -= 1;
        }
        Some(word(word_start))
    };
    // Whether the tokens between two capital words (none a capital) bridge them: no more than
    // two words, each one [`is_bridge`] token.
    let bridged = move |gap: Range<usize>| {
        gap.len() <= 2
            && gap.clone().all(|i| is_bridge(doc.token_text(i)))
            && (gap.len() < 2 || doc.tokens[gap.start].span.end != doc.tokens[gap.end - 1].span.start)
    };
    // One search for capitals through the sentence: each capital word found either joins the
    // segment before it, bridged, or starts the next, and the words between are read only as
    // bridges, never asked again whether they are capitals.
    let mut found = next_capital(cx.sentence.start);
    std::iter::from_fn(move || {
        let mut segment = found.take()?;
        loop {
            found = next_capital(segment.end);
            match &found {
                Some(w) if bridged(segment.end..w.start) => segment.end = w.end,
                _ => break,
            }
        }
        Some(segment)
    })
}

impl Tagged {
    /// The byte span covered in `doc`.
    pub fn span(&self, doc: &Doc) -> Span {
        Span::new(
            doc.tokens[self.tokens.0].span.start,
            doc.tokens[self.tokens.1 - 1].span.end,
        )
    }
}

/// The words and their sums one thread keeps from one document to the next (articles share
/// most of their words), for one model; started again past a bound, so memory stays a few MB.
/// Decoding's buffers are kept too: a document of usual length allocates none of its own.
#[derive(Default)]
struct Kept {
    model: u64,
    vocab: Vocab,
    memo: WordRows,
    /// Per two words side by side, their pair sums ([`Model::pair`]).
    pairs: Bigrams,
    scratch: Scratch,
}

thread_local! {
    /// Empty while a document is tagged (and before the first): taking it allocates nothing.
    static KEPT: Cell<Option<Kept>> = const { Cell::new(None) };
}

impl Kept {
    /// Distinct words kept at most (about 200 bytes each with their sums).
    const WORDS: usize = 20_000;
    /// Summed rows of words kept at most (32 bytes each).
    const ROWS: usize = 120_000;
    /// Bigrams kept at most (64 bytes each, in a table at most half full: 4 MB).
    const PAIRS: usize = 32_000;

    /// This thread's words and sums for `model`, for one document: taken, so a document is
    /// tagged without holding the thread's cell (see [`Kept::put_back`]).
    fn take(model: &Model) -> Kept {
        KEPT.take()
            .filter(|kept| kept.model == model.id)
            .unwrap_or_else(|| Kept {
                model: model.id,
                ..Kept::default()
            })
    }

    /// Keeps what a document added for the next, unless that passes the bounds: then the next
    /// starts afresh (and a huge article's words are not held after it); a long article's
    /// buffers are not held either.
    fn put_back(mut self) {
        if self.vocab.count() <= Kept::WORDS
            && self.memo.rows.len() <= Kept::ROWS
            && self.pairs.taken <= Kept::PAIRS
        {
            if self.scratch.lex.capacity() > features::TOKENS_KEPT {
                self.scratch = Scratch::default();
            }
            KEPT.set(Some(self));
        }
    }
}

/// Buffers reused across sentences: decoding allocates per document, not per token.
#[derive(Default)]
struct Scratch {
    lex: Vec<u32>,
    words: Words,
    scores: Vec<[i32; ROW]>,
    path: Vec<u8>,
    forward: Vec<[i32; 16]>,
}

/// Token ranges of the doc's sentences. Tokens are numbered by sentence in order, so each
/// sentence's end is found by a search, not a walk comparing every token: bounds doubled from
/// its start until one passes it, then halved between. A search of all the tokens after it
/// read tokens far off, each a cache miss; these are the sentence's own, read next anyway.
pub fn sentence_ranges<'d>(doc: &'d Doc) -> impl Iterator<Item = Range<usize>> + 'd {
    let mut start = 0;
    std::iter::from_fn(move || {
        let sentence = doc.tokens.get(start)?.sentence;
        let rest = &doc.tokens[start..];
        let within = |k: usize| rest.get(k).is_some_and(|t| t.sentence <= sentence);
        let mut past = 1;
        while within(past) {
            past *= 2;
        }
        // Token `past / 2` is within (or the first), token `past` past it or the end.
        let from = past / 2;
        let len = from + rest[from..past.min(rest.len())].partition_point(|t| t.sentence <= sentence);
        let range = start..start + len;
        start = range.end;
        Some(range)
    })
}

/// Whether tag `t` may follow tag `p` (`p == tags` is the sentence start): `I-X` only after
/// `B-X` or `I-X`.
pub fn allowed(p: usize, t: usize, tags: usize) -> bool {
    t == 0 || t % 2 == 1 || (p < tags && p != 0 && (p - 1) / 2 == (t - 1) / 2)
}

/// Far below any path's score, yet twice it fits in an `i32`.
const NEG: i32 = i32::MIN / 4;

/// Transition scores as [`viterbi`] reads them: into a segment's first tag, and from tag to
/// tag. Moves BIO forbids score [`NEG`], so decoding compares sums without checking rules.
/// Decoding reads them in BIO's two shapes: any tag may precede O or a `B-X` (the open tags),
/// only `B-X` and `I-X` an `I-X`; each shape as fixed-width rows by the tag moved into, so a
/// token's sums are added over whole rows at once.
#[derive(Debug, Clone, PartialEq)]
pub struct Moves {
    first: [i32; 16],
    /// `next[p][t]`: tag `t` after tag `p`.
    next: [[i32; 16]; 16],
    /// `into_open[p][t]`: open tag `t` after tag `p`, [`NEG`] for the other tags.
    into_open: [[i32; 16]; 16],
    /// The least and the most of each row of `into_open` over the open tags, what a tag adds
    /// at least and at most to a sum into O or a `B-X`.
    least_into_open: [i32; 16],
    most_into_open: [i32; 16],
    /// The other tags, each with the two tags allowed before it, ascending, and the moves from
    /// them, by tag for tracing back; for the forward pass, the move into each from its `B-X`
    /// (the tag before it) and from itself, [`NEG`] for the open tags.
    inside: [Option<[(usize, i32); 2]>; 16],
    from_begin: [i32; 16],
    from_same: [i32; 16],
    /// All bits set in the lanes of the tags, none past them: a row's tags are picked out with
    /// a mask, not a test per lane.
    tag_lanes: [i32; 16],
}

impl Moves {
    /// `trans(p, t)` scores tag `t` after tag `p`; `p == tags` is the segment's start.
    pub fn new(tags: usize, trans: impl Fn(usize, usize) -> i32) -> Moves {
        let mut m = Moves {
            first: [NEG; 16],
            next: [[NEG; 16]; 16],
            into_open: [[NEG; 16]; 16],
            least_into_open: [NEG; 16],
            most_into_open: [NEG; 16],
            inside: [None; 16],
            from_begin: [NEG; 16],
            from_same: [NEG; 16],
            tag_lanes: std::array::from_fn(|t| if t < tags { -1 } else { 0 }),
        };
        let mut open = Vec::new();
        for t in 0..tags {
            if allowed(tags, t, tags) {
                m.first[t] = trans(tags, t);
            }
            let before: Vec<usize> = (0..tags).filter(|&p| allowed(p, t, tags)).collect();
            for &p in &before {
                m.next[p][t] = trans(p, t);
            }
            match before[..] {
                [p, q] if tags > 2 => {
                    // BIO numbers an `I-X` right after its `B-X` ([`allowed`]).
                    debug_assert_eq!((p + 1, q), (t, t));
                    m.inside[t] = Some([(p, m.next[p][t]), (q, m.next[q][t])]);
                    m.from_begin[t] = m.next[p][t];
                    m.from_same[t] = m.next[q][t];
                }
                _ => {
                    for p in 0..tags {
                        m.into_open[p][t] = m.next[p][t];
                    }
                    open.push(t);
                }
            }
        }
        for (p, into) in m.into_open.iter().enumerate() {
            let into = open.iter().map(|&t| into[t]);
            m.least_into_open[p] = into.clone().min().unwrap_or(NEG);
            m.most_into_open[p] = into.max().unwrap_or(NEG);
        }
        m
    }
}

/// Best tag sequence for `emit` (a row of scores per token, its first `tags` read) under
/// `moves`, into `path`; `forward` keeps each token's best score per tag. Rows are whole
/// [`ROW`]s, so the first token's scores are one fixed-width add.
pub fn viterbi(
    emit: &[[i32; ROW]],
    tags: usize,
    moves: &Moves,
    path: &mut Vec<u8>,
    forward: &mut Vec<[i32; ROW]>,
) {
    path.clear();
    forward.clear();
    let Some((first, rest)) = emit.split_first() else {
        return;
    };
    // Past `tags` nothing is read: whatever the padding holds never wins.
    let mut prev = *first;
    for (score, &into) in prev.iter_mut().zip(&moves.first) {
        *score += into;
    }
    // Most segments are one word: its best tag is the path, and nothing is traced back.
    if rest.is_empty() {
        path.push(first_best(&prev, moves) as u8);
        return;
    }
    forward.push(prev);
    for emit in rest {
        // Into O and the `B-X`: previous tag by previous tag, all of them at once (a fixed-width
        // row the compiler vectorises). Which previous tag won is found again when tracing back.
        // Every sum reaches at least `floor` (the tag giving it is added below), so a tag whose
        // best move stays under it changes none and is skipped: nearly all, as tags' scores
        // differ by more than their moves. The sums are those over every tag.
        let floor = prev
            .iter()
            .zip(&moves.least_into_open)
            .map(|(&score, &least)| score + least)
            .max()
            .unwrap_or(NEG);
        // The tags to add, one bit each, found over the whole fixed-width row at once.
        let mut needed = prev
            .iter()
            .zip(&moves.most_into_open)
            .enumerate()
            .fold(0u32, |bits, (p, (&score, &most))| {
                bits | u32::from(score + most >= floor) << p
            })
            & ((1 << tags) - 1);
        let mut open = [i32::MIN; ROW];
        while needed != 0 {
            let p = needed.trailing_zeros() as usize;
            needed &= needed - 1;
            for (best, &to) in open.iter_mut().zip(&moves.into_open[p]) {
                *best = (*best).max(prev[p] + to);
            }
        }
        // Into each `I-X` from its `B-X` or itself, over the whole row. A tag's sum from the
        // shape it is not in is [`NEG`] and loses; past `tags` the sums stay near [`NEG`].
        // `before[t]`: the sum of the tag before `t`, so both moves are added lane by lane.
        let mut before = [NEG; ROW];
        before[1..].copy_from_slice(&prev[..ROW - 1]);
        let mut cur = [0; ROW];
        for t in 0..ROW {
            let inside = (before[t] + moves.from_begin[t]).max(prev[t] + moves.from_same[t]);
            cur[t] = open[t].max(inside) + emit[t];
        }
        prev = cur;
        forward.push(prev);
    }
    let n = emit.len();
    path.resize(n, 0);
    let mut t = first_best(&prev, moves);
    path[n - 1] = t as u8;
    for i in (1..n).rev() {
        // The first previous tag with the best sum into `t`.
        let prev = &forward[i - 1];
        t = match moves.inside[t] {
            Some([(p, into_p), (q, into_q)]) => {
                if prev[q] + into_q > prev[p] + into_p {
                    q
                } else {
                    p
                }
            }
            // Its best sum is the one `forward` holds, less the emission: the first tag
            // giving it, without comparing every sum.
            None => {
                let best = forward[i][t] - emit[i][t];
                (0..tags)
                    .position(|p| prev[p] + moves.next[p][t] == best)
                    .unwrap_or(0)
            }
        };
        path[i - 1] = t as u8;
    }
}

/// The index of the first highest score of the tags in `row` (those of `moves`; 0 if there are
/// none): the highest found first, over the whole fixed-width row at once (the lanes past the
/// tags masked to the least), then its first place.
#[inline(always)]
fn first_best(row: &[i32; ROW], moves: &Moves) -> usize {
    let lanes: [i32; ROW] =
        std::array::from_fn(|t| row[t] & moves.tag_lanes[t] | !moves.tag_lanes[t] & i32::MIN);
    // Halves compared lane by lane, as vector registers hold them.
    let eight: [i32; 8] = std::array::from_fn(|t| lanes[t].max(lanes[t + 8]));
    let four: [i32; 4] = std::array::from_fn(|t| eight[t].max(eight[t + 4]));
    let top = four[0].max(four[2]).max(four[1].max(four[3]));
    lanes.iter().position(|&s| s == top).unwrap_or(0)
}

/// How much better `path` scores under `emit` and `moves` (as for [`viterbi`]) than the same
/// path with the tags at `span` read as O. Only the span's tokens and the one after it score
/// differently, so only theirs are summed: the rest of the path would cancel out.
fn margin(emit: &[[i32; ROW]], moves: &Moves, path: &[u8], span: Range<usize>) -> i32 {
    let tag = |i: usize| usize::from(path[i]);
    let as_o = |i: usize| if span.contains(&i) { 0 } else { tag(i) };
    let changed = span.start..(span.end + 1).min(path.len());
    score_at(emit, moves, tag, changed.clone()) - score_at(emit, moves, as_o, changed)
}

/// The part of a tag path's score at `positions`: the emission of each position's tag (`tag`
/// gives them) and the move into it.
fn score_at(
    emit: &[[i32; ROW]],
    moves: &Moves,
    tag: impl Fn(usize) -> usize,
    positions: Range<usize>,
) -> i32 {
    positions
        .map(|i| {
            let into = match i {
                0 => moves.first[tag(0)],
                _ => moves.next[tag(i - 1)][tag(i)],
            };
            emit[i][tag(i)] + into
        })
        .sum()
}

/// The entity spans of a BIO tag path starting at token `offset`.
pub fn spans(path: &[u8], offset: usize, labels: &[Label], out: &mut Vec<Tagged>) {
    let mut i = 0;
    while i < path.len() {
        let t = usize::from(path[i]);
        if t % 2 == 1 {
            let mut end = i + 1;
            while end < path.len() && usize::from(path[end]) == t + 1 {
                end += 1;
            }
            if let Some(&label) = labels.get(t / 2) {
                out.push(Tagged {
                    tokens: (offset + i, offset + end),
                    label,
                    margin: 0,
                });
            }
            i = end;
        } else {
            i += 1;
        }
    }
}

struct Reader<'b> {
    b: &'b [u8],
    at: usize,
}

impl<'b> Reader<'b> {
    fn take(&mut self, n: usize) -> Option<&'b [u8]> {
        let s = self.b.get(self.at..self.at.checked_add(n)?)?;
        self.at += n;
        Some(s)
    }
    fn u8(&mut self) -> Option<u8> {
        self.take(1).map(|s| s[0])
    }
    fn leb(&mut self) -> Option<usize> {
        let mut v = 0usize;
        for shift in (0..35).step_by(7) {
            let b = self.u8()?;
            v |= usize::from(b & 0x7f) << shift;
            if b & 0x80 == 0 {
                return Some(v);
            }
        }
        None
    }
}

fn leb(out: &mut Vec<u8>, mut v: usize) {
    loop {
        let b = (v & 0x7f) as u8;
        v >>= 7;
        if v == 0 {
            out.push(b);
            return;
        }
        out.push(b | 0x80);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn word_sums_give_the_scores_of_the_features_one_by_one() {
        let model = crate::tagger::embedded().expect("the committed model loads");
        // Repeated words in every casing and position, at sentence edges and inside.
        let text = [
            include_str!("../../tests/fixtures/seed-article.txt"),
            include_str!("../../tests/fixtures/caps-headline.txt"),
            include_str!("../../tests/fixtures/trend-baku.txt"),
            "Lithuania Signs Defence Pact With Japan. \"Lithuania\" signed it. (Japan) did.",
        ]
        .join("\n\n");
        // Words numbered past 16 bits have pairs with no key ([`Bigrams::key`]).
        let many: Vec<String> = (0..1 << 16).map(|n| format!("w{n}")).collect();
        let many = many.join(" ");
        let many = crate::text::analyse(&many);
        // Twice: the second time every word's sums come from what the first document kept;
        // then with no key for any pair.
        for numbered_past_16_bits in [false, false, true] {
            let doc = crate::text::analyse(&text);
            let lex = crate::lexicon::Lexicon::get().find(&doc);
            let mut s = Scratch::default();
            let mut kept = Kept::take(model);
            if numbered_past_16_bits {
                kept = Kept::default();
                (0..many.tokens.len()).for_each(|i| _ = kept.vocab.token(&many, i));
            }
            features::lexicon_bits(doc.tokens.len(), &lex, &mut s.lex);
            let (mut feats, mut tokens) = (Vec::new(), 0);
            for sentence in sentence_ranges(&doc) {
                let cx = Context::of_sentence(&doc, sentence, &s.lex);
                for seg in segments(&cx) {
                    model.emissions(&cx, &seg, &mut kept, &mut s.words, &mut s.scores);
                    for (n, i) in seg.clone().enumerate() {
                        feats.clear();
                        features::token_features(&cx, &kept.vocab, &s.words, i, &mut feats);
                        let mut sum = [0i32; ROW];
                        feats.iter().for_each(|&h| add(&mut sum, model.row(h)));
                        assert_eq!(s.scores[n], sum, "{}", doc.token_text(i));
                        tokens += 1;
                    }
                }
            }
            assert!(tokens > 200, "{tokens} tokens");
            if numbered_past_16_bits {
                assert_eq!(kept.pairs.taken, 0, "no pair has a key");
            } else {
                assert!(kept.vocab.count() < tokens, "{tokens} tokens");
            }
            kept.put_back();
        }
    }

    /// What a thread keeps is one model's: another model's tags are its own, whatever was
    /// tagged before, and the first model's are the same after it.
    #[test]
    fn kept_sums_belong_to_one_model() {
        let doc = crate::text::analyse("Ann Lee met Tom Vale of Halden Bank in Varnel on Monday.");
        let lex = crate::lexicon::Lexicon::get().find(&doc);
        let real = crate::tagger::embedded().expect("the committed model loads");
        // Every weight of the first tag's rows pushes towards B-PERSON everywhere.
        let mut emit = vec![0i8; (1 << 8) * ROW];
        emit.chunks_mut(ROW).for_each(|r| r[1] = 100);
        let other = Model::new(vec![Label::Person, Label::Org], 8, emit, vec![0; (5 + 1) * 5]);
        let first = real.tag(&doc, &lex);
        let by_other = other.tag(&doc, &lex);
        assert!(by_other
            .iter()
            .all(|t| t.label == Label::Person && t.tokens.1 - t.tokens.0 == 1));
        assert_ne!(first, by_other);
        assert_eq!(real.tag(&doc, &lex), first);
    }

    #[test]
    fn segments_are_capitalised_words_and_their_bridges() {
        let segments_of = |text: &str| -> Vec<String> {
            let doc = crate::text::analyse(text);
            let sentence = 0..doc.tokens.len();
            let cx = Context::of_sentence(&doc, sentence, &[]);
            let text_of = |r: Range<usize>| {
                text[doc.tokens[r.start].span.start..doc.tokens[r.end - 1].span.end].to_string()
            };
            segments(&cx).map(text_of).collect()
        };
        // Capitals in ASCII and not, inside a word, across glued tokens and bridges; a lower-case
        // word that is not ASCII is no capital.
        assert_eq!(
            segments_of(
                "officials met Ban Ki-moon and the Bank of the Netherlands in Šiauliai and iPhone sales ėjo"
            ),
            ["Ban Ki-moon", "Bank of the Netherlands", "Šiauliai", "iPhone"]
        );
        // Up to two bridges between capitals; a third, a glued one or a sentence's end ends a segment.
        assert_eq!(
            segments_of(
                "Straw and Fischer met al-Qaida men and Ludwig van der Rohe at the Bank of the of Netherlands office of-the Fund of"
            ),
            ["Straw", "Fischer", "al-Qaida", "Ludwig van der Rohe", "Bank", "Netherlands", "Fund"]
        );
        // In a capitals-only sentence every word with a letter or digit counts.
        assert_eq!(
            segments_of("NEWS IN BRIEF 2024 – ŠIAULIAI"),
            ["NEWS IN BRIEF 2024 – ŠIAULIAI"]
        );
    }

    #[test]
    fn bridges() {
        for w in ["of", "the", "van", "y", ".", "–", "’", "ibn"] {
            assert!(is_bridge(w), "{w}");
        }
        for w in ["and", "Of", "", "o", "thee", "—"] {
            assert!(!is_bridge(w), "{w}");
        }
    }

    #[test]
    fn bio_constraints() {
        let tags = 5; // O, B-PERSON, I-PERSON, B-ORG, I-ORG
        assert!(allowed(tags, 0, tags) && allowed(tags, 1, tags) && !allowed(tags, 2, tags));
        assert!(allowed(1, 2, tags) && allowed(2, 2, tags) && !allowed(1, 4, tags) && !allowed(0, 4, tags));
        assert!(allowed(3, 4, tags) && allowed(4, 1, tags) && allowed(2, 0, tags));
    }

    #[test]
    fn viterbi_never_starts_with_inside_and_repairs_a_greedy_path() {
        let tags = 5;
        // Token 0 prefers I-PERSON (forbidden at the start) and then B-PERSON; token 1 prefers
        // I-ORG but only I-PERSON can follow B-PERSON. Greedy would give I-PERSON, I-ORG.
        let row = |r: [i32; 5]| std::array::from_fn(|t| r.get(t).copied().unwrap_or(0));
        let emit = [row([0, 5, 9, 0, 0]), row([0, 0, 6, 0, 7])];
        let (mut path, mut forward) = (Vec::new(), Vec::new());
        viterbi(&emit, tags, &Moves::new(tags, |_, _| 0), &mut path, &mut forward);
        assert_eq!(path, [1, 2]);
        for w in path.windows(2) {
            assert!(allowed(usize::from(w[0]), usize::from(w[1]), tags));
        }
        let mut out = Vec::new();
        spans(&path, 10, &[Label::Person, Label::Org], &mut out);
        assert_eq!(
            out,
            [Tagged {
                tokens: (10, 12),
                label: Label::Person,
                margin: 0
            }]
        );
    }

    /// Decoding skips tags that cannot raise a sum; the path found still scores the best of
    /// every path BIO allows, whatever the weights (here spread far and near).
    #[test]
    fn viterbi_finds_the_best_allowed_path() {
        let tags = 5;
        let mut seed = 7u64;
        let mut next = move |range: i32| {
            seed = seed
                .wrapping_mul(6_364_136_223_846_793_005)
                .wrapping_add(1_442_695_040_888_963_407);
            (seed >> 33) as i32 % range - range / 2
        };
        for round in 0..200 {
            let spread = if round % 2 == 0 { 20 } else { 2000 };
            let trans: Vec<i32> = (0..(tags + 1) * tags).map(|_| next(spread)).collect();
            let moves = Moves::new(tags, |p, t| trans[p * tags + t]);
            // Segments of one to four tokens: one alone is decoded apart.
            let len = 1 + round / 2 % 4;
            let emit: Vec<[i32; ROW]> = (0..len).map(|_| std::array::from_fn(|_| next(spread))).collect();
            let (mut path, mut forward) = (Vec::new(), Vec::new());
            viterbi(&emit, tags, &moves, &mut path, &mut forward);
            let score = |p: &[u8]| score_at(&emit, &moves, |i| usize::from(p[i]), 0..p.len());
            let best = (0..tags.pow(len as u32))
                .map(|n| {
                    (0..len)
                        .map(|k| (n / tags.pow(k as u32) % tags) as u8)
                        .collect::<Vec<u8>>()
                })
                .filter(|p| allowed(tags, usize::from(p[0]), tags))
                .filter(|p| {
                    p.windows(2)
                        .all(|w| allowed(usize::from(w[0]), usize::from(w[1]), tags))
                })
                .map(|p| score(&p))
                .max();
            assert_eq!(Some(score(&path)), best, "round {round}");
        }
    }

    #[test]
    fn a_margin_is_the_whole_path_against_the_span_as_o() {
        let tags = 5;
        let moves = Moves::new(tags, |p, t| (p as i32 * 7 + t as i32 * 3) % 11 - 5);
        let emit: Vec<[i32; ROW]> = (0..6)
            .map(|i| std::array::from_fn(|t| ((i * 5 + t * 13) % 17) as i32 - 8))
            .collect();
        // O, a person of two words, O, an organisation running to the end.
        let path = [0u8, 1, 2, 0, 3, 4];
        let whole = |p: &[u8]| score_at(&emit, &moves, |i| usize::from(p[i]), 0..p.len());
        for span in [1..3, 4..6] {
            let mut alt = path;
            alt[span.clone()].fill(0);
            assert_eq!(margin(&emit, &moves, &path, span), whole(&path) - whole(&alt));
        }
    }

    #[test]
    fn round_trips_and_refuses_damage() {
        let tags = 5;
        let bits = 8;
        let mut emit = vec![0i8; (1 << bits) * ROW];
        for (i, w) in emit
            .iter_mut()
            .enumerate()
            .filter(|(i, _)| i % ROW < tags && (i % 7 == 0 || i % 211 == 3))
        {
            *w = (i % 250) as i8;
        }
        let m = Model::new(
            vec![Label::Person, Label::Org],
            bits,
            emit,
            (0..(tags + 1) * tags).map(|i| i as i16 * -300).collect(),
        );
        let bytes = m.to_bytes();
        assert_eq!(Model::from_bytes(&bytes).as_ref(), Some(&m));
        assert_eq!(Model::from_bytes(&bytes[..bytes.len() - 1]), None);
        let mut extra = bytes.clone();
        extra.push(0);
        assert_eq!(Model::from_bytes(&extra), None);
        let mut other_features = bytes;
        other_features[6] = VERSION.wrapping_add(1);
        assert_eq!(Model::from_bytes(&other_features), None);
    }
}
