//! Stage 4: entities → the fact table (people and their roles, quotes, organisations, …).
//!
//! Each rule is a module with one job and its own tests, registered in [`RULES`]; every fact it
//! produces carries the rule's id, so the fact table can say why a row exists.

mod people;

use crate::types::{Doc, DocumentInfo, Entity, Facts};

/// What rules read: the tokens, the resolved entities and the document metadata.
pub struct Input<'a> {
    pub doc: &'a Doc<'a>,
    pub entities: &'a [Entity],
    pub document: &'a DocumentInfo,
}

/// A fact-extraction rule.
pub trait Rule {
    /// Stable id shown with every fact the rule produces.
    fn id(&self) -> &'static str;
    /// Adds what the rule finds to `facts`; rules run in registry order.
    fn apply(&self, input: &Input, facts: &mut Facts, entities: &mut [Entity]);
}

/// Every rule, in the order they run.
pub const RULES: &[&dyn Rule] = &[&people::People];

/// Runs every rule over the input; entities gain `ref`s to the facts they mention.
pub fn extract(doc: &Doc, entities: &mut [Entity], document: &DocumentInfo) -> Facts {
    let mut facts = Facts::default();
    let snapshot = entities.to_vec();
    let input = Input {
        doc,
        entities: &snapshot,
        document,
    };
    for rule in RULES {
        rule.apply(&input, &mut facts, entities);
    }
    facts
}
