//! Acronyms defined in the text, both ways round: "Japan Association of Defence Industries
//! (JADI)" and "JADI (Japan Association of Defence Industries)". The long form is the shortest
//! run of words before (or inside) the brackets whose initials spell the acronym, so the rule
//! works whether or not the recogniser found the organisation.

use super::{Input, Rule};
use crate::types::{Acronym, Doc, Entity, Facts, TokenKind};

pub struct Acronyms;

/// Longest long form looked at, in tokens.
const MAX_LONG: usize = 16;

impl Rule for Acronyms {
    fn id(&self) -> &'static str {
        "acronym"
    }

    fn apply(&self, input: &Input, facts: &mut Facts, _entities: &mut [Entity]) {
        let doc = input.doc;
        let toks = &doc.tokens;
        let mut seen = std::collections::HashSet::new();
        // Every "(" token, in order: found by searching the text for the byte, as brackets are
        // rare and tokens many.
        let brackets = memchr::memchr_iter(b'(', doc.text.as_bytes()).filter_map(|at| {
            let i = toks.partition_point(|t| t.span.start < at);
            let t = toks.get(i)?;
            (i > 0 && t.span.start == at && t.span.text(doc.text) == "(").then_some(i)
        });
        for i in brackets {
            let Some(close) = (i + 1..toks.len().min(i + MAX_LONG + 2)).find(|&j| doc.token_text(j) == ")")
            else {
                continue;
            };
            let found = if close == i + 2 && is_acronym(doc.token_text(i + 1)) {
                // Long form (SHORT)
                let short = doc.token_text(i + 1);
                long_before(doc, i, short).map(|first| (short, first, i - 1, toks[first].span.start))
            } else if is_acronym(doc.token_text(i - 1))
                && words_spell(doc, i + 1, close - 1, doc.token_text(i - 1))
            {
                // SHORT (Long form)
                let short = doc.token_text(i - 1);
                Some((short, i + 1, close - 1, toks[i - 1].span.start))
            } else {
                None
            };
            let Some((short, first, last, start)) = found else {
                continue;
            };
            let long = super::strip_article(&doc.text[toks[first].span.start..toks[last].span.end]);
            if !seen.insert(short) {
                continue;
            }
            facts.acronyms.push(Acronym {
                short: short.to_string(),
                long: long.to_string(),
                start,
                end: toks[close].span.end,
            });
        }
    }
}

/// Two to ten characters, starting with a capital, at least two capitals ("JADI", "MoD").
fn is_acronym(s: &str) -> bool {
    let n = s.chars().count();
    (2..=10).contains(&n)
        && s.chars().next().is_some_and(|c| c.is_uppercase())
        && s.chars().filter(|c| c.is_uppercase()).count() >= 2
        && s.chars().all(|c| c.is_alphanumeric() || c == '&')
}

/// The first token of the shortest run ending just before `open` whose initials spell `short`.
fn long_before(doc: &Doc, open: usize, short: &str) -> Option<usize> {
    let floor = open.saturating_sub(MAX_LONG);
    (floor..open)
        .rev()
        .take_while(|&j| doc.tokens[j].sentence == doc.tokens[open].sentence)
        .find(|&j| is_capitalised(doc, j) && words_spell(doc, j, open - 1, short))
}

fn is_capitalised(doc: &Doc, i: usize) -> bool {
    doc.tokens[i].kind == TokenKind::Word && doc.token_text(i).chars().next().is_some_and(char::is_uppercase)
}

/// Whether the capitalised words of tokens `first..=last` have the capitals of `short` as
/// initials; lower-case words ("of", "and") and punctuation are skipped.
fn words_spell(doc: &Doc, first: usize, last: usize, short: &str) -> bool {
    if first > last || !is_capitalised(doc, first) || !is_capitalised(doc, last) {
        return false;
    }
    let initials = (first..=last)
        .filter(|&j| is_capitalised(doc, j))
        .filter_map(|j| doc.token_text(j).chars().next());
    let capitals = short.chars().filter(|c| c.is_uppercase() || c.is_numeric());
    initials.eq(capitals)
}

#[cfg(test)]
mod tests {
    use crate::facts::testing::facts;

    fn pairs(text: &str) -> Vec<(String, String)> {
        facts(text, &[])
            .0
            .acronyms
            .into_iter()
            .map(|a| (a.short, a.long))
            .collect()
    }

    #[test]
    fn long_form_then_acronym() {
        assert_eq!(
            pairs("Takeshi Ishikawa, Commissioner of the Acquisition, Technology and Logistics Agency (ATLA); and"),
            [("ATLA".into(), "Acquisition, Technology and Logistics Agency".into())]
        );
        assert_eq!(
            pairs("Director of the Japan Association of Defence Industries (JADI)."),
            [("JADI".into(), "Japan Association of Defence Industries".into())]
        );
        assert_eq!(
            pairs("the Ministry of Defence (MoD) said"),
            [("MoD".into(), "Ministry of Defence".into())]
        );
    }

    #[test]
    fn acronym_then_long_form() {
        assert_eq!(
            pairs("JADI (Japan Association of Defence Industries) said"),
            [("JADI".into(), "Japan Association of Defence Industries".into())]
        );
    }

    #[test]
    fn brackets_anywhere_in_the_text() {
        assert_eq!(
            pairs("(Japan Association of Defence Industries (JADI)"),
            [("JADI".into(), "Japan Association of Defence Industries".into())]
        );
        assert!(pairs("JADI (").is_empty() && pairs("(").is_empty() && pairs("a(b) (").is_empty());
    }

    #[test]
    fn brackets_that_define_nothing() {
        assert!(pairs("Sen. John Kerry (D-Mass.) said").is_empty());
        assert!(pairs("the company (BP) said").is_empty(), "initials must match");
        assert!(pairs("profits rose (see TABLE) today").is_empty());
    }
}
