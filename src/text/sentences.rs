//! Sentence boundaries: terminal punctuation followed by a capital or quote, except after
//! abbreviations and initials; blank lines and line breaks also end sentences (headlines and
//! datelines stand on their own lines in news copy).

use crate::types::{Span, Token, TokenKind};

/// The line breaks of a text, walked in order alongside its tokens. No token holds one (UAX #29
/// breaks around them), so those before a token and after the one before it are in the gap
/// between them: one `memchr` pass, not a search of every gap.
pub struct LineBreaks<'a> {
    text: &'a [u8],
    /// The first line break at or after the `at` of the last call (the text's length if none).
    next: usize,
}

impl<'a> LineBreaks<'a> {
    pub fn new(text: &'a str) -> Self {
        let text = text.as_bytes();
        LineBreaks {
            text,
            next: memchr::memchr(b'\n', text).unwrap_or(text.len()),
        }
    }

    /// Whether a line break comes before byte `at` and after the `at` of the last call (`at`
    /// the start of each token in turn).
    pub fn before(&mut self, at: usize) -> bool {
        if self.next >= at {
            return false;
        }
        let rest = self.text.get(at..).unwrap_or_default();
        self.next = memchr::memchr(b'\n', rest).map_or(self.text.len(), |k| at + k);
        true
    }
}

/// Returns sentence spans and sets each token's `sentence` index; `texts` is each token's text.
/// The tokenizer finds the same boundaries from what it notes as it makes the tokens
/// (`text::tokenize`, with [`ends_after`]), without this walk over every token: this is its
/// reference, and splits the rare texts whose tokens were joined after the walk (a possessive
/// written after a space).
pub fn split_sentences(text: &str, tokens: &mut [Token], texts: &[&str]) -> Vec<Span> {
    // News has about twenty tokens a sentence (a headline or dateline line fewer): room for
    // more, so that the vector is allocated once.
    let mut sentences = Vec::with_capacity(tokens.len() / 8 + 1);
    let mut first = 0usize;
    let mut breaks = LineBreaks::new(text);
    // Line breaks before the first token end no sentence.
    if let Some(first) = tokens.first() {
        breaks.before(first.span.start);
    }
    for i in 0..tokens.len() {
        let ends_here = match tokens.get(i + 1) {
            None => true,
            Some(&next) => {
                breaks.before(next.span.start) || ends_after(&tokens[..=i], &texts[..=i], next, texts[i + 1])
            }
        };
        tokens[i].sentence = sentences.len();
        if ends_here {
            sentences.push(Span::new(tokens[first].span.start, tokens[i].span.end));
            first = i + 1;
        }
    }
    sentences
}

/// Whether a sentence ends after the last of `tokens` (with texts `texts`) with no line break
/// after it, `next` (with text `next_text`) the token that follows.
#[inline]
pub(super) fn ends_after(tokens: &[Token], texts: &[&str], next: Token, next_text: &str) -> bool {
    // Within a line only the punctuation below ends a sentence, and every one of those
    // characters is a token of its own kind (text::tokens): words skip the string tests.
    tokens.last().is_some_and(|last| last.kind == TokenKind::Punct)
        && punct_ends_in_line(tokens, texts, next, next_text)
}

/// Whether a sentence may end after punctuation token `text` within a line: the texts
/// [`punct_ends_in_line`] can end one after (a terminator, or a closing quote or bracket after
/// one), for the tokenizer to note as it reads.
#[inline]
pub(super) fn may_end(text: &str) -> bool {
    match text.as_bytes() {
        [b] => matches!(b, b'.' | b'!' | b'?' | b'"' | b'\'' | b')'),
        // "’", "”"
        b => matches!(b, [0xE2, 0x80, 0x99 | 0x9D]),
    }
}

/// [`ends_after`] for a punctuation token. Not inlined: the loops over every token keep their
/// registers.
#[inline(never)]
fn punct_ends_in_line(tokens: &[Token], texts: &[&str], next: Token, next_text: &str) -> bool {
    let i = tokens.len() - 1;
    let this = tokens[i];
    let t = texts[i];
    // A closing quote or bracket after the terminator belongs to the ending sentence.
    let gap = next.span.start > this.span.end;
    if matches!(t, "”" | "\"" | "’" | "'" | ")") && i > 0 && gap {
        return matches!(texts[i - 1], "." | "!" | "?") && starts_sentence(next_text);
    }
    if !matches!(t, "." | "!" | "?") || !gap {
        return false;
    }
    if t == "." && i > 0 && is_abbreviation(tokens[i - 1], texts[i - 1]) {
        return false;
    }
    // "c. 347", "b. 1950", "p. 12", "ca. 1500": a lower-case letter, or an abbreviation of
    // two, before a number; a sentence ends on no such word ("They voted no. 20 left." does).
    let prev = tokens[i.saturating_sub(1)];
    if t == "." && i > 0 && prev.kind == TokenKind::Word && next.kind == TokenKind::Number && {
        let w = texts[i - 1];
        w.len() == 1 && w.bytes().all(|b| b.is_ascii_lowercase()) || matches!(w, "ca" | "pp" | "fl")
    } {
        return false;
    }
    // A closing quote directly after the period: the boundary comes after the quote.
    if matches!(next_text, "”" | "’") {
        return false;
    }
    starts_sentence(next_text)
}

/// Whether a token with text `s` can start a sentence.
fn starts_sentence(s: &str) -> bool {
    let c = s.chars().next().unwrap_or(' ');
    c.is_uppercase() || c.is_numeric() || matches!(s, "“" | "\"" | "‘" | "(" | "'")
}

/// "W" of "George W. Bush", "K.C" of "K.C. Dunn" (tokenised without its last period): one
/// capital letter, or several joined by periods. Read by the name recogniser too.
pub fn is_initials(word: &str) -> bool {
    // A capital, then either the end or a period and another capital.
    let mut chars = word.chars();
    while chars.next().is_some_and(char::is_uppercase) {
        match chars.next() {
            None => return true,
            Some('.') => {}
            Some(_) => return false,
        }
    }
    false
}

/// Whether token `tok`, with text `word`, is an abbreviation or initials.
fn is_abbreviation(tok: Token, word: &str) -> bool {
    if tok.kind != TokenKind::Word {
        return false;
    }
    // Initials: "George W. Bush", "J. K. Rowling", "K.C. Dunn".
    if is_initials(word) {
        return true;
    }
    // "U.S." is tokenised as "U.S" + "."
    is_listed_abbreviation(word)
}

/// Words that end in a period without ending the sentence, by length: most words before a
/// period are longer than any, and the rest are compared with those of their length only.
fn is_listed_abbreviation(word: &str) -> bool {
    match word.len() {
        2 => matches!(
            word,
            "Mr" | "Ms" | "Dr" | "Lt" | "St" | "Jr" | "Sr" | "Mt" | "Ft" | "No" | "Co" | "vs"
        ),
        3 => {
            matches!(
                word,
                "Mrs" | "Sen" | "Rep" | "Gen" | "Col" | "Maj" | "Gov" | "Sgt" | "Adm" | "Cpl" | "Pvt"
            ) || matches!(
                word,
                "Rev" | "Hon" | "Inc" | "Ltd" | "etc" | "U.S" | "U.K" | "U.N" | "E.U"
            ) || matches!(
                word,
                "Jan" | "Feb" | "Mar" | "Apr" | "Jun" | "Jul" | "Aug" | "Sep" | "Oct" | "Nov" | "Dec"
            )
        }
        4 => matches!(
            word,
            "Prof" | "Capt" | "Cmdr" | "Brig" | "Supt" | "Insp" | "Pres" | "Corp" | "Sept"
        ),
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::is_initials;
    use crate::text::analyse;

    #[test]
    fn initials() {
        for word in ["W", "K.C", "J.R.R", "É.Ü"] {
            assert!(is_initials(word), "{word:?}");
        }
        for word in ["", ".", "A.", ".A", "A..B", "AB", "Ab", "a", "K.c", "1"] {
            assert!(!is_initials(word), "{word:?}");
        }
    }

    fn sentences(text: &str) -> Vec<&str> {
        let doc = analyse(text);
        doc.sentences.iter().map(|s| s.text(text)).collect()
    }

    #[test]
    fn table() {
        let cases: &[(&str, &[&str])] = &[
            ("Dr. Roe spoke. He left.", &["Dr. Roe spoke.", "He left."]),
            ("The U.S. Army came. It won.", &["The U.S. Army came.", "It won."]),
            ("“We won.” She smiled.", &["“We won.”", "She smiled."]),
            ("HEADLINE\r\nBody text here.", &["HEADLINE", "Body text here."]),
            ("\r\nDr. Roe spoke.", &["Dr. Roe spoke."]),
            ("George W. Bush said so.", &["George W. Bush said so."]),
            (
                "Then L. Ron Vale and K.C. Dunn said so.",
                &["Then L. Ron Vale and K.C. Dunn said so."],
            ),
            ("It cost 3.5 million. Next.", &["It cost 3.5 million.", "Next."]),
            // A letter or two of abbreviation before a number; a word before one ends.
            (
                "Vale (c. 347 – 420) wrote it, p. 12.",
                &["Vale (c. 347 – 420) wrote it, p. 12."],
            ),
            ("They voted no. 20 left.", &["They voted no.", "20 left."]),
        ];
        for (text, want) in cases {
            assert_eq!(&sentences(text), want, "splitting {text:?}");
        }
    }
}
