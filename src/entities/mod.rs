//! Stages 2–3: candidates from every recogniser → one flat, non-overlapping entity list.
//!
//! Each recogniser proposes [`Candidate`]s; later ones may read earlier proposals (titles avoid
//! organisations, people follow titles). [`resolve`] keeps the best non-overlapping set.
//! Adding a recogniser means adding a module and one line in [`candidates`].

mod context;
mod lexical;
pub mod model;
mod names;
mod numbers;
mod orgs;
mod resolve;
mod temporal;
mod titles;

use crate::lexicon::{LexMatch, Lexicon};
use crate::types::{Candidate, Doc, Entity};

pub use resolve::{resolve, select};

/// Every recogniser's proposals for `doc`.
pub fn candidates(doc: &Doc, lex: &[LexMatch]) -> Vec<Candidate> {
    let ctx = context::Ctx::new(doc, lex);
    let mut out = Vec::new();
    lexical::propose(&ctx, &mut out);
    orgs::propose(&ctx, &mut out);
    titles::propose(&ctx, &mut out);
    names::propose(&ctx, &mut out);
    temporal::propose(doc, &mut out);
    numbers::propose(doc, &mut out);
    model::propose(doc, lex, &mut out);
    out
}

/// The whole entity stage: lexicon lookup, candidates, overlap resolution.
pub fn recognize(doc: &Doc) -> Vec<Entity> {
    let lex = Lexicon::get().find(doc);
    resolve(doc.text, candidates(doc, &lex))
}
