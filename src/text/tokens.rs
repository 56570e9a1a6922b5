//! Tokens: words, numbers and single punctuation characters.

use unicode_segmentation::UnicodeSegmentation;

use crate::types::{Span, Token, TokenKind};

/// Splits `text` into tokens; whitespace is dropped, `sentence` is filled in later.
pub fn tokenize(text: &str) -> Vec<Token> {
    let mut tokens = Vec::with_capacity(text.len() / 5);
    for (start, piece) in text.split_word_bound_indices() {
        let first = match piece.chars().next() {
            Some(c) => c,
            None => continue,
        };
        if first.is_whitespace() {
            continue;
        }
        let end = start + piece.len();
        if piece.chars().any(|c| c.is_alphanumeric()) {
            push_word(&mut tokens, piece, start, end);
        } else {
            // Runs of symbols ("--", "...", emoji sequences) are split per character so
            // that quotes and dashes are always single tokens.
            for (i, c) in piece.char_indices() {
                let s = start + i;
                tokens.push(token(s, s + c.len_utf8(), TokenKind::Punct));
            }
        }
    }
    tokens
}

fn push_word(tokens: &mut Vec<Token>, piece: &str, start: usize, end: usize) {
    let kind = if piece.chars().next().is_some_and(|c| c.is_ascii_digit()) {
        TokenKind::Number
    } else {
        TokenKind::Word
    };
    // "Lithuania’s" → "Lithuania" + "’s"; UAX #29 keeps them together.
    for suffix in ["'s", "’s", "'S", "’S"] {
        if piece.len() > suffix.len() + 1 && piece.ends_with(suffix) {
            let cut = end - suffix.len();
            tokens.push(token(start, cut, kind));
            tokens.push(token(cut, end, TokenKind::Word));
            return;
        }
    }
    tokens.push(token(start, end, kind));
}

fn token(start: usize, end: usize, kind: TokenKind) -> Token {
    Token {
        span: Span::new(start, end),
        kind,
        sentence: 0,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn texts(text: &str) -> Vec<&str> {
        tokenize(text).iter().map(|t| t.span.text(text)).collect()
    }

    #[test]
    fn table() {
        let cases: &[(&str, &[&str])] = &[
            ("Lithuania’s sector", &["Lithuania", "’s", "sector"]),
            ("Lithuania–Japan Forum", &["Lithuania", "–", "Japan", "Forum"]),
            ("“Hi,” she said.", &["“", "Hi", ",", "”", "she", "said", "."]),
            ("$1.2bn and 15%", &["$", "1.2bn", "and", "15", "%"]),
            ("Indo-Pacific", &["Indo", "-", "Pacific"]),
            ("O'Neill\r\nsaid", &["O'Neill", "said"]),
            ("Dovilė Šakalienė 😀", &["Dovilė", "Šakalienė", "😀"]),
        ];
        for (text, want) in cases {
            assert_eq!(&texts(text), want, "tokenising {text:?}");
        }
    }
}
