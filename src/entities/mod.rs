//! Stages 2–3: candidates from every recogniser → one flat, non-overlapping entity list.
//!
//! Each recogniser proposes [`Candidate`]s independently; [`resolve`] keeps the best
//! non-overlapping set. Adding a recogniser means adding a module and one line in
//! [`candidates`].

mod lexical;
mod names;
mod numbers;
mod resolve;

use crate::lexicon::{LexMatch, Lexicon};
use crate::types::{Candidate, Doc, Entity};

pub use resolve::resolve;

/// Every recogniser's proposals for `doc`.
pub fn candidates(doc: &Doc, lex: &[LexMatch]) -> Vec<Candidate> {
    let mut out = Vec::new();
    lexical::propose(lex, &mut out);
    names::propose(doc, lex, &mut out);
    numbers::propose(doc, &mut out);
    out
}

/// The whole entity stage: lexicon lookup, candidates, overlap resolution.
pub fn recognize(doc: &Doc) -> Vec<Entity> {
    let lex = Lexicon::get().find(doc);
    resolve(doc.text, candidates(doc, &lex))
}
