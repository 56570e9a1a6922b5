//! What letters a token holds, decided once as it is made: the tagger (which words may start a
//! name) and the entity context (capitalised words, words in capitals) read it rather than
//! scan every token's text again.

/// What letters a token holds, as bits; [`Letters::of`] decides them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Letters(u8);

impl Letters {
    /// The first character is a capital ([`char::is_uppercase`]).
    const FIRST_CAPITAL: u8 = 1;
    /// Some character is a capital.
    const CAPITAL: u8 = 2;
    /// Some character is lower case ([`char::is_lowercase`]).
    const LOWER: u8 = 4;
    /// Some character is a letter or digit ([`char::is_alphanumeric`]).
    const ALPHANUMERIC: u8 = 8;
    /// Two letters or more ([`char::is_alphabetic`]), a capital among them and none lower case.
    const IN_CAPITALS: u8 = 16;
    /// The first character is a letter ([`char::is_alphabetic`]).
    const FIRST_LETTER: u8 = 32;

    /// The letters of token text `text`: byte by byte where it is ASCII (nearly always), by
    /// character otherwise.
    pub fn of(text: &str) -> Letters {
        let mut bits = 0;
        for &b in text.as_bytes() {
            if !b.is_ascii() {
                return Letters::of_chars(text);
            }
            bits |= ascii_bits(b);
        }
        Letters::of_ascii(text.as_bytes(), bits)
    }

    /// The letters of `word`, whose ASCII bytes' [`ascii_bits`] are `bits` joined, and whose
    /// other bytes (if any) are of no letter: the tokenizer joins the bits as it reads the
    /// bytes. Letters are counted only for a word that may be in capitals (few).
    pub(super) fn of_ascii(word: &[u8], mut bits: u8) -> Letters {
        bits |= word.first().map_or(0, |&b| first_bits(b));
        if bits & (Letters::CAPITAL | Letters::LOWER) == Letters::CAPITAL
            && word.iter().filter(|b| b.is_ascii_alphabetic()).nth(1).is_some()
        {
            bits |= Letters::IN_CAPITALS;
        }
        Letters(bits)
    }

    /// [`Letters::of`] a text with a character that is not ASCII.
    #[inline(never)]
    fn of_chars(text: &str) -> Letters {
        let (mut bits, mut letters) = (0, 0usize);
        for c in text.chars() {
            for (holds, bit) in [
                (c.is_uppercase(), Letters::CAPITAL),
                (c.is_lowercase(), Letters::LOWER),
                (c.is_alphanumeric(), Letters::ALPHANUMERIC),
            ] {
                bits |= if holds { bit } else { 0 };
            }
            letters += usize::from(c.is_alphabetic());
        }
        if let Some(first) = text.chars().next() {
            for (holds, bit) in [
                (first.is_uppercase(), Letters::FIRST_CAPITAL),
                (first.is_alphabetic(), Letters::FIRST_LETTER),
            ] {
                bits |= if holds { bit } else { 0 };
            }
        }
        if letters >= 2 && bits & (Letters::CAPITAL | Letters::LOWER) == Letters::CAPITAL {
            bits |= Letters::IN_CAPITALS;
        }
        Letters(bits)
    }

    pub fn first_capital(self) -> bool {
        self.0 & Letters::FIRST_CAPITAL != 0
    }

    pub fn first_letter(self) -> bool {
        self.0 & Letters::FIRST_LETTER != 0
    }

    pub fn any_capital(self) -> bool {
        self.0 & Letters::CAPITAL != 0
    }

    pub fn any_lower(self) -> bool {
        self.0 & Letters::LOWER != 0
    }

    pub fn any_alphanumeric(self) -> bool {
        self.0 & Letters::ALPHANUMERIC != 0
    }

    /// In capitals: two letters or more, a capital among them and none lower case ("NATO",
    /// "U.S", not "A" or "iPHONE").
    pub fn in_capitals(self) -> bool {
        self.0 & Letters::IN_CAPITALS != 0
    }
}

/// The [`Letters`] bits an ASCII byte gives any word holding it (none for other bytes).
pub(super) fn ascii_bits(b: u8) -> u8 {
    ASCII_BITS[usize::from(b)][0]
}

/// The [`Letters`] bits of what a word starts with, by its first byte (none for a byte that is
/// not ASCII).
fn first_bits(b: u8) -> u8 {
    ASCII_BITS[usize::from(b)][1]
}

/// [`ascii_bits`] and [`first_bits`] of each byte.
const ASCII_BITS: [[u8; 2]; 256] = {
    let mut bits = [[0; 2]; 256];
    let mut b = 0;
    while b < 256 {
        let byte = b as u8;
        bits[b] = if byte.is_ascii_uppercase() {
            [
                Letters::CAPITAL | Letters::ALPHANUMERIC,
                Letters::FIRST_CAPITAL | Letters::FIRST_LETTER,
            ]
        } else if byte.is_ascii_lowercase() {
            [Letters::LOWER | Letters::ALPHANUMERIC, Letters::FIRST_LETTER]
        } else if byte.is_ascii_digit() {
            [Letters::ALPHANUMERIC, 0]
        } else {
            [0, 0]
        };
        b += 1;
    }
    bits
};

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn letters_of_ascii_and_other_words() {
        let of = |text: &str| {
            let l = Letters::of(text);
            (
                l.first_capital(),
                l.any_capital(),
                l.any_lower(),
                l.any_alphanumeric(),
                l.in_capitals(),
            )
        };
        assert_eq!(of("Minister"), (true, true, true, true, false));
        assert_eq!(of("iPhone"), (false, true, true, true, false));
        assert_eq!(of("NATO"), (true, true, false, true, true));
        assert_eq!(of("A"), (true, true, false, true, false));
        assert_eq!(of("G7"), (true, true, false, true, false));
        assert_eq!(of("20"), (false, false, false, true, false));
        assert_eq!(of("."), (false, false, false, false, false));
        assert_eq!(of("Šiauliai"), (true, true, true, true, false));
        assert_eq!(of("ĖJO"), (true, true, false, true, true));
        assert_eq!(of("ėjo"), (false, false, true, true, false));
        assert_eq!(of("“"), (false, false, false, false, false));
        for (text, first_letter) in [
            ("Minister", true),
            ("iPhone", true),
            ("Šiauliai", true),
            ("ėjo", true),
        ]
        .into_iter()
        .chain([
            ("20", false),
            ("_a", false),
            (".", false),
            ("²", false),
            ("“", false),
        ]) {
            assert_eq!(Letters::of(text).first_letter(), first_letter, "{text}");
        }
    }
}
