//! The subject of a clause, for roles stated further on in it or in a clause coordinated
//! with it ("Jane Roe lost her seat, and resigned from her leadership").

use super::super::Input;
use super::Ctx;
use crate::entities::titles::words::{is, Class};

/// Pieces before the subject's name in its clause, at most ("Localist group Acme's").
const OPENING: usize = 6;
/// Letters after a name, at most ("Tom Vale DBE RA").
const POSTNOMINALS: usize = 3;
/// Pieces of an aside in brackets after a name, at most: a biography's opening one holds a
/// pronunciation, a name in another script and the dates, each many pieces.
const BRACKET_ASIDE: usize = 80;
/// Pieces of an aside set off by commas between a subject and its predicate, at most.
const COMMA_ASIDE: usize = 20;
/// What ends an aside set off by commas without closing it: a clause of its own, a quote.
const NOT_IN_ASIDE: &[&str] = &[
    "who", "whom", "whose", "which", "that", "said", "says", ";", ":", "\"", "“", "”",
];

/// Whether the name or pronoun at piece `i` opens its clause, so may be its subject: only a few
/// words of description or an organisation's possessive stand before it in the sentence or
/// after a comma ("Acme's Tom Vale", "Reformist Jane Roe"), or a phrase of time or sequence
/// opens the sentence ([`FRONTED`]: "In 1924 Jane Roe …", "Later he …").
pub fn opens_clause(input: &Input, i: usize) -> bool {
    let mut k = i;
    // An opening phrase closed by a comma ("In the South ward, Jane Roe …") is no part of it.
    while k > 0 && input.same_sentence(k - 1, i) && !input.word_in(k - 1, &[","]) {
        k -= 1;
        if i - k > OPENING || (input.pieces[k].entity.is_none() && is(input.text(k), Class::Closed)) {
            return after_fronted_phrase(input, i);
        }
    }
    true
}

/// The first piece after the subject's name at `i` and what trails it before a predicate:
/// letters after the name ("Tom Vale DBE RA", an office in initials: "Ann Lee QC") and an aside in brackets, which may hold brackets
/// of its own ("(1841 – 1904)", "(/ d(ə)ˈvale /; Varnish: [ˈtɔm]; 1841 – 1904)"). An unclosed
/// bracket is left where it is.
pub fn after_name(input: &Input, i: usize) -> usize {
    let mut k = i + 1;
    while k <= i + POSTNOMINALS
        && input
            .pieces
            .get(k)
            .is_some_and(|p| p.entity.is_none() || p.label == Some(crate::types::Label::Title))
        && crate::entities::is_postnominal(input.text(k))
    {
        k += 1;
    }
    if !input.word_in(k, &["("]) {
        return k;
    }
    let mut depth = 1;
    (k + 1..k + BRACKET_ASIDE)
        .take_while(|&j| input.same_sentence(j, i))
        .find(|&j| {
            depth += usize::from(input.word_in(j, &["("]));
            depth -= usize::from(input.word_in(j, &[")"]));
            depth == 0
        })
        .map_or(k, |close| close + 1)
}

/// The piece after an aside set off by commas between the subject at `i`, which opens its
/// clause, and its predicate, `comma` opening the aside ("Tom Vale, self-identified as Tom
/// Vail while living in Halden, was …"): when `predicate` holds right after the closing comma
/// and the aside opens no clause of its own and quotes nothing. Other names may stand in it
/// ("Ann Lee, Tom Vale's sister, was …").
pub fn past_comma_aside(
    input: &Input,
    ctx: &Ctx,
    i: usize,
    comma: usize,
    predicate: impl Fn(usize) -> bool,
) -> Option<usize> {
    if !ctx.opens_clause(input, i) {
        return None;
    }
    let close = (comma + 1..comma + COMMA_ASIDE)
        .take_while(|&k| input.same_sentence(k, i) && !input.word_in(k, NOT_IN_ASIDE))
        .find(|&k| input.word_in(k, &[","]))?;
    (close > comma + 1 && predicate(close + 1)).then_some(close + 1)
}

/// Words that open a phrase of time or sequence put before a sentence's subject without a
/// comma. Not "When", "While", "If": they open a clause of their own, whose subject need not be
/// the sentence's.
const FRONTED: &[&str] = &[
    "After",
    "Afterwards",
    "At",
    "Before",
    "By",
    "During",
    "Eventually",
    "Following",
    "From",
    "In",
    "Later",
    "Meanwhile",
    "On",
    "Shortly",
    "Since",
    "Soon",
    "Subsequently",
    "Then",
    "Thereafter",
    "Until",
    "Upon",
];

/// How many pieces a fronted phrase runs to before the subject, at most.
const FRONTED_REACH: usize = 12;

/// Whether a [`FRONTED`] word opens the sentence of piece `i`, within reach before it.
fn after_fronted_phrase(input: &Input, i: usize) -> bool {
    let first = (i.saturating_sub(FRONTED_REACH)..i)
        .find(|&j| input.same_sentence(j, i))
        .unwrap_or(i);
    // Out of reach, `first` is not where the sentence starts.
    let starts = first == 0 || !input.same_sentence(first - 1, i);
    first < i && starts && FRONTED.contains(&input.text(first))
}
