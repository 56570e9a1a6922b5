//! Features of one token, hashed straight into a fixed number of buckets: the model stores
//! weights per bucket, never strings, so it stays small and the page does no allocation per
//! token (strings are hashed character by character, lower-casing on the fly).
//!
//! Templates: word form, lower case, shape ("Xx", "X.X.", "d"), prefixes and suffixes, the
//! neighbouring words and shapes, position in the sentence, whether the sentence is in capitals
//! or title case (headlines), and which lexicons cover the token and its neighbours.

use crate::lexicon::LexMatch;
use crate::types::Doc;

/// Bumped whenever a template changes: a model trained on other features is refused.
pub const VERSION: u8 = 1;

/// How the words of a sentence are capitalised; headlines and datelines defeat case cues.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Casing {
    Normal,
    /// Most words capitalised ("Lithuania Signs Defence Pact With Japan").
    Title,
    /// No lower-case letters at all ("BAKU, Azerbaijan" is not; "NEWS IN BRIEF" is).
    Upper,
}

/// The casing of the words in `tokens` (a sentence's token range).
pub fn casing(doc: &Doc, tokens: std::ops::Range<usize>) -> Casing {
    let (mut words, mut capital, mut lower) = (0usize, 0usize, false);
    for i in tokens {
        let w = doc.token_text(i);
        let Some(c) = w.chars().next().filter(|c| c.is_alphabetic()) else {
            continue;
        };
        words += 1;
        capital += usize::from(c.is_uppercase());
        lower |= w.chars().any(char::is_lowercase);
    }
    if words >= 2 && !lower {
        Casing::Upper
    } else if words >= 3 && capital * 4 >= words * 3 {
        Casing::Title
    } else {
        Casing::Normal
    }
}

/// One bit per lexicon kind and position for every token: bit `2k` when a match of kind `k`
/// starts at the token, bit `2k + 1` when one continues through it.
pub fn lexicon_bits(tokens: usize, lex: &[LexMatch], out: &mut Vec<u32>) {
    out.clear();
    out.resize(tokens, 0);
    for m in lex {
        let k = (m.entry.kind as u32 % 16) * 2;
        let end = m.end_token.min(tokens);
        for (j, bits) in out[m.first_token.min(end)..end].iter_mut().enumerate() {
            *bits |= 1 << (k + u32::from(j > 0));
        }
    }
}

/// The token's context: its sentence's range, casing and the lexicon bits of the whole doc.
pub struct Context<'d, 'a> {
    pub doc: &'d Doc<'a>,
    pub sentence: std::ops::Range<usize>,
    pub casing: Casing,
    pub lex: &'d [u32],
}

/// Pushes the 64-bit hash of every feature of token `i` into `out`; [`bucket`] maps one to
/// the model's table. (Training counts the full hashes to drop rare features.)
pub fn token_features(cx: &Context, i: usize, out: &mut Vec<u64>) {
    let word = |j: isize| -> Option<&str> {
        let j = i as isize + j;
        (j >= cx.sentence.start as isize && j < cx.sentence.end as isize)
            .then(|| cx.doc.token_text(j as usize))
    };
    let w = cx.doc.token_text(i);
    let mut f = |t: u8, build: &dyn Fn(&mut Hash)| {
        let mut h = Hash::new(t);
        build(&mut h);
        out.push(h.finish());
    };
    f(0, &|_| {});
    f(1, &|h| h.str(w));
    f(2, &|h| h.lower(w));
    f(3, &|h| h.shape(w));
    for n in 1..=3 {
        f(4, &|h| h.prefix(w, n));
    }
    for n in 1..=4 {
        f(5, &|h| h.suffix(w, n));
    }
    for (t, j) in [(6, -1), (7, 1), (8, -2), (9, 2)] {
        f(t, &|h| h.opt_lower(word(j)));
    }
    f(10, &|h| h.opt_shape(word(-1)));
    f(11, &|h| h.opt_shape(word(1)));
    f(12, &|h| {
        h.opt_shape(word(-1));
        h.shape(w);
    });
    f(13, &|h| {
        h.shape(w);
        h.opt_shape(word(1));
    });
    f(14, &|h| {
        h.opt_lower(word(-1));
        h.lower(w);
    });
    f(15, &|h| {
        h.lower(w);
        h.opt_lower(word(1));
    });
    // Capitals at the start of a sentence (or after an opening quote) say little.
    let first = i == cx.sentence.start
        || (i == cx.sentence.start + 1 && matches!(cx.doc.token_text(i - 1), "\"" | "“" | "'" | "‘" | "("));
    f(16, &|h| {
        h.byte(u8::from(first));
        h.shape(w);
    });
    let casing = cx.casing as u8;
    f(17, &|h| {
        h.byte(casing);
        h.shape(w);
    });
    f(18, &|h| {
        h.byte(casing);
        h.lower(w);
    });
    for (t, j) in [(19u8, 0isize), (20, -1), (21, 1)] {
        let k = i as isize + j;
        let mut bits_here = if k >= cx.sentence.start as isize && k < cx.sentence.end as isize {
            cx.lex.get(k as usize).copied().unwrap_or(0)
        } else {
            0
        };
        while bits_here != 0 {
            let b = bits_here.trailing_zeros();
            bits_here &= bits_here - 1;
            f(t, &|h| h.byte(b as u8));
        }
    }
}

/// FNV-1a over the template id and the feature's bytes, finished with a 64-bit mixer;
/// platform-independent so the trained model means the same thing everywhere.
pub struct Hash(u64);

impl Hash {
    fn new(template: u8) -> Hash {
        let mut h = Hash(0xcbf2_9ce4_8422_2325);
        h.byte(template);
        h
    }
    fn byte(&mut self, b: u8) {
        self.0 = (self.0 ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3);
    }
    fn char(&mut self, c: char) {
        if c.is_ascii() {
            return self.byte(c as u8);
        }
        let mut buf = [0u8; 4];
        for &b in c.encode_utf8(&mut buf).as_bytes() {
            self.byte(b);
        }
    }
    fn str(&mut self, s: &str) {
        s.chars().for_each(|c| self.char(c));
        self.byte(0xff);
    }
    /// Lower case, digits folded to 0 (years and counts share their statistics).
    fn lower(&mut self, s: &str) {
        s.chars().for_each(|c| self.lower_char(c));
        self.byte(0xff);
    }
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
    fn opt_lower(&mut self, s: Option<&str>) {
        match s {
            Some(s) => self.lower(s),
            None => self.byte(0xfe),
        }
    }
    /// Character classes with repeats collapsed: "Maskaliovienė" → "Xx", "U.S" → "X.X", "G7" → "Xd".
    fn shape(&mut self, s: &str) {
        let mut last = '\0';
        for c in s.chars() {
            let k = if c.is_uppercase() {
                'X'
            } else if c.is_lowercase() {
                'x'
            } else if c.is_numeric() {
                'd'
            } else if c.is_alphabetic() {
                'a'
            } else {
                c
            };
            if k != last {
                self.char(k);
                last = k;
            }
        }
        self.byte(0xff);
    }
    fn opt_shape(&mut self, s: Option<&str>) {
        match s {
            Some(s) => self.shape(s),
            None => self.byte(0xfe),
        }
    }
    fn prefix(&mut self, s: &str, n: usize) {
        s.chars().take(n).for_each(|c| self.lower_char(c));
        self.byte(0xff);
    }
    fn suffix(&mut self, s: &str, n: usize) {
        let len = s.chars().count();
        s.chars()
            .skip(len.saturating_sub(n))
            .for_each(|c| self.lower_char(c));
        self.byte(0xff);
    }
    fn finish(&self) -> u64 {
        // splitmix64 finaliser: FNV's low bits alone are poorly mixed.
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        z ^ (z >> 31)
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
        let cx = Context {
            doc: &doc,
            casing: casing(&doc, range.clone()),
            sentence: range,
            lex: &bits,
        };
        let mut out = Vec::new();
        token_features(&cx, i, &mut out);
        out
    }

    fn hash(build: impl Fn(&mut Hash)) -> u64 {
        let mut h = Hash::new(3);
        build(&mut h);
        h.finish()
    }

    #[test]
    fn shapes_collapse_repeats() {
        assert_eq!(hash(|h| h.shape("Maskaliovienė")), hash(|h| h.shape("Xx")));
        assert_eq!(hash(|h| h.shape("U.S")), hash(|h| h.shape("X.X")));
        assert_ne!(hash(|h| h.shape("NATO")), hash(|h| h.shape("Nato")));
        assert_eq!(hash(|h| h.lower("VILNIUS")), hash(|h| h.lower("Vilnius")));
        assert_eq!(hash(|h| h.lower("1995")), hash(|h| h.lower("2024")));
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
    }

    #[test]
    fn casing_of_headlines() {
        let doc = analyse("NEWS IN BRIEF");
        assert_eq!(casing(&doc, 0..doc.tokens.len()), Casing::Upper);
        let doc = analyse("Lithuania Signs Defence Pact With Japan");
        assert_eq!(casing(&doc, 0..doc.tokens.len()), Casing::Title);
        let doc = analyse("Lithuania signed a pact with Japan.");
        assert_eq!(casing(&doc, 0..doc.tokens.len()), Casing::Normal);
    }
}
