//! The lookups every role rule reads, built once per document.

use rustc_hash::FxHashMap;

use super::super::{organizations, Input};
use crate::types::{Facts, Label};

/// Lookups the role rules need, built once per document ([`Input::ctx`]) from the names of
/// people and organisations, to which no rule after [`super::people`] adds (a title-only
/// mention is no name).
#[derive(Debug, PartialEq)]
pub struct Ctx {
    pub orgs: FxHashMap<String, usize>,
    /// Start byte of every organisation mention → index of the organisation.
    pub(super) org_mentions: FxHashMap<usize, usize>,
    /// Piece → the person it names: an array, not a map keyed by start byte, because rules ask
    /// about most pieces of the article.
    person_at: Vec<Option<u32>>,
    /// `(piece, person)` for every piece naming a person, in order: what rules that start from
    /// a name walk instead of every piece.
    named: Vec<(usize, usize)>,
}

impl Ctx {
    pub fn new(input: &Input, facts: &Facts) -> Ctx {
        let mut person_at = vec![None; input.pieces.len()];
        // The named pieces, listed as found rather than by a scan of every piece.
        let mut named: Vec<usize> = Vec::new();
        for (i, p) in facts.people.iter().enumerate() {
            for m in p.mentions.iter().filter(|m| m.kind != Some("title")) {
                // A mention counts where a piece starts with it and is a name, marked or a bare
                // surname (not a title standing for the person, even on unmarked words).
                let Some(at) = input.piece_at(m.start) else {
                    continue;
                };
                let label = input.pieces[at].label;
                if label.is_none() || label == Some(Label::Person) {
                    person_at[at] = u32::try_from(i).ok();
                    named.push(at);
                }
            }
        }
        named.sort_unstable();
        named.dedup();
        let named = named
            .into_iter()
            .filter_map(|at| Some((at, person_at[at]? as usize)))
            .collect();
        let mentions = facts.organizations.iter().map(|o| o.mentions.len()).sum();
        let mut org_mentions = FxHashMap::with_capacity_and_hasher(mentions, Default::default());
        for (i, o) in facts.organizations.iter().enumerate() {
            org_mentions.extend(o.mentions.iter().map(|m| (m.start, i)));
        }
        Ctx {
            orgs: organizations::index(facts),
            org_mentions,
            person_at,
            named,
        }
    }

    /// The person piece `i` names, if it is a person mention (marked or a bare surname).
    pub fn person(&self, i: usize) -> Option<usize> {
        self.person_at.get(i).copied().flatten().map(|p| p as usize)
    }

    /// Every `(piece, person)` naming a person, in text order.
    pub fn named(&self) -> &[(usize, usize)] {
        &self.named
    }
}
