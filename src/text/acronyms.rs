//! Acronyms defined in the text, both ways round: "Japan Association of Defence Industries
//! (JADI)" and "JADI (Japan Association of Defence Industries)". Found once, when the text is
//! analysed ([`crate::text::analyse`] keeps them in `Doc::acronyms`); the entity recognisers
//! (`entities/orgs.rs`: the long form is one name, the short form is that name's label
//! everywhere) and the fact rule (`facts/acronyms.rs`: the acronym table) both read this
//! result, so the entity and the fact can never disagree about where a long form starts or
//! ends. The long form is the shortest run of words before (or inside) the brackets whose
//! capitalised words' initials spell the acronym's capitals.

use crate::types::{Token, TokenKind};

/// Longest long form looked at, in tokens.
const MAX_LONG: usize = 16;

/// One acronym defined in brackets, as token indices.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Definition {
    /// The acronym's token ("OECD").
    pub short: usize,
    /// First and last token of the long form ("Organisation" … "Development").
    pub long: (usize, usize),
    /// The bracket tokens: "(" and ")".
    pub open: usize,
    pub close: usize,
}

impl Definition {
    /// Whether the acronym comes first: "JADI (Japan Association of Defence Industries)".
    pub fn short_first(&self) -> bool {
        self.short < self.open
    }
}

/// Every definition in `text` (tokenised as `tokens`), in order, the first of each acronym
/// only. One search for "(" bytes and a bounded look around each: linear in the text.
pub fn find(text: &str, tokens: &[Token]) -> Vec<Definition> {
    let word = |i: usize| tokens[i].span.text(text);
    let mut out: Vec<Definition> = Vec::new();
    // Every "(" token, in order: found by searching the text for the byte, as brackets are
    // rare and tokens many.
    let brackets = memchr::memchr_iter(b'(', text.as_bytes()).filter_map(|at| {
        let i = tokens.partition_point(|t| t.span.start < at);
        let t = tokens.get(i)?;
        (i > 0 && t.span.start == at && t.span.text(text) == "(").then_some(i)
    });
    for open in brackets {
        let Some(close) = (open + 1..tokens.len().min(open + MAX_LONG + 2)).find(|&j| word(j) == ")") else {
            continue;
        };
        let found = if close == open + 2 && is_acronym(word(open + 1)) {
            // Long form (SHORT)
            let short = open + 1;
            long_before(text, tokens, open, word(short)).map(|first| (short, (first, open - 1)))
        } else if is_acronym(word(open - 1)) && spells(text, tokens, open + 1, close - 1, word(open - 1)) {
            // SHORT (Long form)
            Some((open - 1, (open + 1, close - 1)))
        } else {
            None
        };
        let Some((short, long)) = found else {
            continue;
        };
        if out.iter().any(|d| word(d.short) == word(short)) {
            continue;
        }
        out.push(Definition {
            short,
            long,
            open,
            close,
        });
    }
    out
}

/// Two to ten characters, starting with a capital, at least two capitals ("JADI", "MoD").
pub fn is_acronym(s: &str) -> bool {
    let n = s.chars().count();
    (2..=10).contains(&n)
        && s.chars().next().is_some_and(|c| c.is_uppercase())
        && s.chars().filter(|c| c.is_uppercase()).count() >= 2
        && s.chars().all(|c| c.is_alphanumeric() || c == '&')
}

/// The first token of the shortest run ending just before `open` whose initials spell `short`.
fn long_before(text: &str, tokens: &[Token], open: usize, short: &str) -> Option<usize> {
    let floor = open.saturating_sub(MAX_LONG);
    (floor..open)
        .rev()
        .take_while(|&j| tokens[j].sentence == tokens[open].sentence)
        .find(|&j| is_capitalised(text, tokens, j) && spells(text, tokens, j, open - 1, short))
}

fn is_capitalised(text: &str, tokens: &[Token], i: usize) -> bool {
    tokens[i].kind == TokenKind::Word
        && tokens[i]
            .span
            .text(text)
            .chars()
            .next()
            .is_some_and(char::is_uppercase)
}

/// Whether the capitalised words of tokens `first..=last` have the capitals of `short` as
/// initials; lower-case words ("of", "and", "operation" in "Co-operation") and punctuation are
/// skipped.
fn spells(text: &str, tokens: &[Token], first: usize, last: usize, short: &str) -> bool {
    if first > last || !is_capitalised(text, tokens, first) || !is_capitalised(text, tokens, last) {
        return false;
    }
    let initials = (first..=last)
        .filter(|&j| is_capitalised(text, tokens, j))
        .filter_map(|j| tokens[j].span.text(text).chars().next());
    let capitals = short.chars().filter(|c| c.is_uppercase() || c.is_numeric());
    initials.eq(capitals)
}

#[cfg(test)]
mod tests {
    use crate::text::analyse;

    /// `(short, long)` of every definition in `text`.
    fn pairs(text: &str) -> Vec<(&str, &str)> {
        let doc = analyse(text);
        doc.acronyms
            .iter()
            .map(|d| {
                let long = &text[doc.tokens[d.long.0].span.start..doc.tokens[d.long.1].span.end];
                (doc.token_text(d.short), long)
            })
            .collect()
    }

    #[test]
    fn definitions_both_ways_round() {
        let cases: &[(&str, &[(&str, &str)])] = &[
            (
                "the Acquisition, Technology and Logistics Agency (ATLA); and",
                &[("ATLA", "Acquisition, Technology and Logistics Agency")],
            ),
            (
                "The Organisation for Economic Co-operation and Development (OECD) said.",
                &[("OECD", "Organisation for Economic Co-operation and Development")],
            ),
            (
                "the Ministry of Defence (MoD) said",
                &[("MoD", "Ministry of Defence")],
            ),
            (
                "JADI (Japan Association of Defence Industries) said",
                &[("JADI", "Japan Association of Defence Industries")],
            ),
            // Only the first definition of an acronym counts.
            (
                "the Kestrel Valley Board (KVB) met. The Kestrel Valley Board (KVB) agreed.",
                &[("KVB", "Kestrel Valley Board")],
            ),
            // Brackets that define nothing.
            ("Sen. John Kerry (D-Mass.) said", &[]),
            ("the company (BP) said", &[]),
            ("profits rose (see TABLE) today", &[]),
            ("JADI (", &[]),
            ("(", &[]),
            ("a(b) (", &[]),
        ];
        for &(text, want) in cases {
            assert_eq!(pairs(text), want, "{text:?}");
        }
    }
}
