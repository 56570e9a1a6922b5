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
pub struct Shapes([u32; 256]);

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
            .is_some_and(|&b| self.0[usize::from(b)] & Self::length_bit(word.len()) != 0)
    }

    /// `word`, in any case, may be one of the words, all of which are in lower case.
    pub fn may_be_lower_case(&self, word: &str) -> bool {
        word.as_bytes()
            .first()
            .is_some_and(|&b| self.0[usize::from(b.to_ascii_lowercase())] & Self::length_bit(word.len()) != 0)
    }

    /// One bit per length; lengths from 31 up share the last.
    const fn length_bit(len: usize) -> u32 {
        1 << if len < 31 { len } else { 31 }
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
