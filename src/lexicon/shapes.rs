//! Cheap tests that a word is none of a list's words, asked token after token before any
//! hashing or comparing: most tokens (lower-case words, punctuation) fail on their first byte
//! and length. Shared by the entity rules and the facts that look for a few words.

/// The first bytes of `words`: a token starting with none of them is none of them, and most
/// tokens (lower-case words, punctuation) are passed over without hashing their text.
pub fn first_bytes<'w>(words: impl Iterator<Item = &'w str>) -> [bool; 256] {
    let mut starts = [false; 256];
    words
        .filter_map(|w| w.as_bytes().first())
        .for_each(|&b| starts[usize::from(b)] = true);
    starts
}

/// The first bytes and byte lengths of a set of words, paired: a token whose first byte and
/// length no word of the set has is none of them, known without hashing or comparing it.
/// Finer than [`first_bytes`] where the words start with common letters.
pub struct Shapes([u16; 256]);

impl Shapes {
    pub const fn new(words: &[&str]) -> Self {
        Self::of_lists(&[words])
    }

    /// The shapes of the words of every list: one test for a word of any of them.
    pub const fn of_lists(lists: &[&[&str]]) -> Self {
        let mut shapes = [0; 256];
        let mut l = 0;
        while l < lists.len() {
            let words = lists[l];
            let mut i = 0;
            while i < words.len() {
                let w = words[i].as_bytes();
                if !w.is_empty() {
                    shapes[w[0] as usize] |= Self::length_bit(w.len());
                }
                i += 1;
            }
            l += 1;
        }
        Shapes(shapes)
    }

    /// The shapes of `words`, known only as the program runs (an article's names).
    pub fn of<'w>(words: impl Iterator<Item = &'w str>) -> Self {
        let mut shapes = [0; 256];
        for w in words {
            if let Some(&first) = w.as_bytes().first() {
                shapes[usize::from(first)] |= Self::length_bit(w.len());
            }
        }
        Shapes(shapes)
    }

    /// A word of `len` bytes starting with byte `first` may be one of the words: asked where
    /// the first byte is at hand and the text is not.
    pub fn may_be_shaped(&self, first: u8, len: usize) -> bool {
        self.0[usize::from(first)] & Self::length_bit(len) != 0
    }

    /// `word` may be one of the words.
    pub fn may_be(&self, word: &str) -> bool {
        word.as_bytes()
            .first()
            .is_some_and(|&b| self.may_be_shaped(b, word.len()))
    }

    /// `word`, in any case, may be one of the words, all of which are in lower case.
    pub fn may_be_lower_case(&self, word: &str) -> bool {
        word.as_bytes()
            .first()
            .is_some_and(|&b| self.may_be_shaped(b.to_ascii_lowercase(), word.len()))
    }

    /// One bit per length; lengths from 15 up share the last (few words are that long, and a
    /// table of half the bytes is half the cache lines a walk reads).
    const fn length_bit(len: usize) -> u16 {
        1 << if len < 15 { len } else { 15 }
    }
}

/// A rule's few words, asked about token after token: most tokens are ruled out by their
/// [`Shapes`] before any word is compared.
pub struct Words {
    shapes: Shapes,
    pub words: &'static [&'static str],
}

impl Words {
    pub const fn new(words: &'static [&'static str]) -> Self {
        Words {
            shapes: Shapes::new(words),
            words,
        }
    }

    pub fn contains(&self, word: &str) -> bool {
        self.shapes.may_be(word) && self.words.contains(&word)
    }
}

/// A set of words, each with a value, looked up by a word's length and two 8-byte reads of it
/// (overlapping where it is shorter): a word of up to 16 bytes is compared as two integers, with
/// no byte-by-byte hash and no call to compare memory. Optionally folds ASCII case: the text
/// asked about is lower-cased in those integers, eight bytes at a time.
pub struct WordTable<'w, V> {
    /// Open addressing, a power of two, at most half full; `len` 0 marks an empty slot.
    slots: Vec<WordSlot<V>>,
    /// How many slots are taken.
    taken: usize,
    /// The words longer than 16 bytes, compared whole (few lists have any).
    long: Vec<(&'w str, V)>,
    shift: u32,
    fold: bool,
}

#[derive(Clone, Copy)]
struct WordSlot<V> {
    key: (u64, u64),
    len: u8,
    value: V,
}

impl<'w, V: Copy + Default> WordTable<'w, V> {
    /// The table of `words`; a word given twice keeps the value `join`ed from both. With `fold`,
    /// a word asked about is lower-cased in ASCII first (the words themselves are kept as they
    /// are, so one with a capital is never found).
    pub fn new(words: impl IntoIterator<Item = (&'w str, V)>, fold: bool, join: impl Fn(V, V) -> V) -> Self {
        let words: Vec<(&'w str, V)> = words.into_iter().collect();
        let mut table = WordTable::with_room(words.len(), fold);
        for (word, value) in words {
            if let Some(v) = table.value_mut(word, value) {
                *v = join(*v, value);
            }
        }
        table
    }

    /// An empty table with room for `words` words.
    pub fn with_room(words: usize, fold: bool) -> Self {
        let bits = (words * 2).next_power_of_two().trailing_zeros().max(4);
        let empty = WordSlot {
            key: (0, 0),
            len: 0,
            value: V::default(),
        };
        WordTable {
            slots: vec![empty; 1 << bits],
            taken: 0,
            long: Vec::new(),
            shift: 64 - bits,
            fold,
        }
    }

    /// The value of `word` if it is there already; otherwise it is added with `value`.
    pub fn value_mut(&mut self, word: &'w str, value: V) -> Option<&mut V> {
        let n = word.len();
        if n == 0 {
            return None;
        }
        if n > 16 {
            let found = self.long.iter().position(|(w, _)| *w == word);
            let Some(k) = found else {
                self.long.push((word, value));
                return None;
            };
            return Some(&mut self.long[k].1);
        }
        if 2 * (self.taken + 1) > self.slots.len() {
            self.grow();
        }
        let key = WordTable::<V>::key(word.as_bytes());
        let mut i = self.place(key, n);
        let mask = self.slots.len() - 1;
        loop {
            if self.slots[i].len == 0 {
                self.slots[i] = WordSlot {
                    key,
                    len: n as u8,
                    value,
                };
                self.taken += 1;
                return None;
            }
            if usize::from(self.slots[i].len) == n && self.slots[i].key == key {
                return Some(&mut self.slots[i].value);
            }
            i = (i + 1) & mask;
        }
    }

    /// Twice the slots, the words placed again: a table made with too little room.
    #[cold]
    fn grow(&mut self) {
        let mut bigger = WordTable::with_room(self.slots.len(), self.fold);
        for slot in self.slots.iter().filter(|slot| slot.len != 0) {
            let mut i = bigger.place(slot.key, usize::from(slot.len));
            let mask = bigger.slots.len() - 1;
            while bigger.slots[i].len != 0 {
                i = (i + 1) & mask;
            }
            bigger.slots[i] = *slot;
        }
        self.slots = bigger.slots;
        self.shift = bigger.shift;
    }

    /// The value of `word`, if it is one of the words.
    #[inline]
    pub fn get(&self, word: &str) -> Option<V> {
        let n = word.len();
        if n > 16 {
            return self.get_long(word);
        }
        if n == 0 {
            return None;
        }
        let mut key = WordTable::<V>::key(word.as_bytes());
        if self.fold {
            key = (ascii_lower(key.0), ascii_lower(key.1));
        }
        let mut i = self.place(key, n);
        let mask = self.slots.len() - 1;
        loop {
            let slot = self.slots.get(i)?;
            if usize::from(slot.len) == n && slot.key == key {
                return Some(slot.value);
            }
            if slot.len == 0 {
                return None;
            }
            i = (i + 1) & mask;
        }
    }

    #[cold]
    fn get_long(&self, word: &str) -> Option<V> {
        let same = |w: &str| {
            if self.fold {
                w.as_bytes() == word.to_ascii_lowercase().as_bytes()
            } else {
                w == word
            }
        };
        self.long.iter().find(|(w, _)| same(w)).map(|&(_, v)| v)
    }

    /// The first slot to look in for a word of `len` bytes read as `key`.
    #[inline]
    fn place(&self, key: (u64, u64), len: usize) -> usize {
        let mixed = (key.0 ^ key.1.rotate_left(23)).wrapping_add(len as u64);
        (mixed.wrapping_mul(0x9e37_79b9_7f4a_7c15) >> self.shift) as usize
    }

    /// A word of 1 to 16 bytes as two integers, which with its length tell it from every other:
    /// its first and last eight bytes (from 8 bytes up), first and last four (from 4), or its
    /// first, middle and last byte.
    #[inline]
    fn key(b: &[u8]) -> (u64, u64) {
        let n = b.len();
        let u64_at = |k: usize| u64::from_le_bytes(b[k..k + 8].try_into().unwrap_or_default());
        let u32_at = |k: usize| u64::from(u32::from_le_bytes(b[k..k + 4].try_into().unwrap_or_default()));
        if n >= 8 {
            (u64_at(0), u64_at(n - 8))
        } else if n >= 4 {
            (u32_at(0) | u32_at(n - 4) << 32, 0)
        } else {
            (
                u64::from(b[0]) | u64::from(b[n / 2]) << 8 | u64::from(b[n - 1]) << 16,
                0,
            )
        }
    }
}

/// Each ASCII capital among the eight bytes of `x` lower-cased, other bytes left as they are.
#[inline]
fn ascii_lower(x: u64) -> u64 {
    const ONES: u64 = 0x0101_0101_0101_0101;
    let seven = x & (0x7f * ONES);
    // A byte's high bit: it is at least 'A', and it is more than 'Z' (no carry between bytes).
    let from_a = seven + (0x80 - u64::from(b'A')) * ONES;
    let past_z = seven + (0x7f - u64::from(b'Z')) * ONES;
    let capital = from_a & !past_z & !x & (0x80 * ONES);
    x | capital >> 2
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_word_table_finds_its_words_and_only_them() {
        let words = [
            "a",
            "an",
            "ab",
            "abc",
            "abcd",
            "abcde",
            "abcdefg",
            "abcdefgh",
            "abcdefghi",
            "abcdefghijklmnop",
            "abcdefghijklmnopq",
            "Minister",
            "Straße",
            "of",
        ];
        let table = WordTable::new(words.iter().enumerate().map(|(i, &w)| (w, i)), false, |_, b| b);
        for (i, w) in words.iter().enumerate() {
            assert_eq!(table.get(w), Some(i), "{w:?}");
        }
        for w in [
            "",
            "b",
            "A",
            "ba",
            "abd",
            "abce",
            "abcdf",
            "abcdefh",
            "abcdefghj",
            "abcdefghijklmnoq",
            "abcdefghijklmnopr",
            "minister",
            "MINISTER",
            "Strasse",
            "of ",
            "ofx",
        ] {
            assert_eq!(table.get(w), None, "{w:?}");
        }
        // Folded: asked in any ASCII case, found as the lower-case word listed; a listed word with
        // a capital is never found, and other bytes are compared as they are.
        let folded = WordTable::new(words.iter().map(|&w| (w, ())), true, |_, _| ());
        for w in [
            "A",
            "AbC",
            "ABCDEFGHIJKLMNOP",
            "abcdefghijklmnopQ",
            "OF",
            "STRAßE",
        ] {
            assert_eq!(
                folded.get(w),
                if w == "STRAßE" { None } else { Some(()) },
                "{w:?}"
            );
        }
        assert_eq!(folded.get("Minister"), None);
        assert_eq!(folded.get("straße"), None);
        assert_eq!(folded.get("@bc"), None);
        assert_eq!(folded.get("[bc"), None);
    }

    #[test]
    fn ascii_lower_case_changes_capitals_only() {
        let bytes: Vec<u8> = (0..=255).collect();
        for eight in bytes.chunks(8) {
            let x = u64::from_le_bytes(eight.try_into().unwrap());
            let want: Vec<u8> = eight.iter().map(u8::to_ascii_lowercase).collect();
            assert_eq!(ascii_lower(x).to_le_bytes().to_vec(), want);
        }
    }
}
