//! The subject of a clause, for roles stated further on in it or in a clause coordinated
//! with it ("Jane Roe lost her seat, and resigned from her leadership").

use super::super::Input;
use crate::entities::titles::words::{in_list, CLOSED};

/// Pieces before the subject's name in its clause, at most ("Localist group Acme's").
const OPENING: usize = 6;

/// Whether the name or pronoun at piece `i` opens its clause, so may be its subject: only a few
/// words of description or an organisation's possessive stand before it in the sentence or
/// after a comma ("Acme's Tom Vale", "Reformist Jane Roe"), or a phrase of time or sequence
/// opens the sentence ([`FRONTED`]: "In 1924 Jane Roe …", "Later he …").
pub fn opens_clause(input: &Input, i: usize) -> bool {
    let mut k = i;
    // An opening phrase closed by a comma ("In the South ward, Jane Roe …") is no part of it.
    while k > 0 && input.same_sentence(k - 1, i) && !input.word_in(k - 1, &[","]) {
        k -= 1;
        if i - k > OPENING || (input.pieces[k].entity.is_none() && in_list(CLOSED, input.text(k))) {
            return after_fronted_phrase(input, i);
        }
    }
    true
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
