//! The subject of a clause, for roles stated further on in it or in a clause coordinated
//! with it ("Jane Roe lost her seat, and resigned from her leadership").

use super::super::Input;
use crate::entities::titles::words::{in_list, CLOSED};

/// Pieces before the subject's name in its clause, at most ("Localist group Acme's").
const OPENING: usize = 6;

/// Whether the name at piece `i` opens its clause, so may be its subject: only a few words of
/// description or an organisation's possessive stand before it in the sentence or after a
/// comma ("Acme's Tom Vale", "Reformist Jane Roe").
pub fn opens_clause(input: &Input, i: usize) -> bool {
    let mut k = i;
    // An opening phrase closed by a comma ("In the South ward, Jane Roe …") is no part of it.
    while k > 0 && input.same_sentence(k - 1, i) && !input.word_in(k - 1, &[","]) {
        k -= 1;
        if i - k > OPENING || (input.pieces[k].entity.is_none() && in_list(CLOSED, input.text(k))) {
            return false;
        }
    }
    true
}
