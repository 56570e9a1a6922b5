//! Test helpers: an article with its entities given by hand, so rule tests do not depend on
//! the recogniser.

use super::Input;
use crate::types::{DocumentInfo, Entity, Facts, Label};

/// Entities from `(surface, label)` pairs, each found after the previous one in `text`.
pub fn entities(text: &str, spec: &[(&str, Label)]) -> Vec<Entity> {
    let mut from = 0;
    spec.iter()
        .map(|&(surface, label)| {
            let start = from
                + text[from..]
                    .find(surface)
                    .unwrap_or_else(|| panic!("{surface:?} not in text"));
            from = start + surface.len();
            Entity {
                start,
                end: from,
                label,
                text: surface.to_string(),
                reference: None,
                score: None,
            }
        })
        .collect()
}

/// Calls `f` with the rules' input for `text` with hand-made entities.
pub fn input(text: &str, spec: &[(&str, Label)], f: impl FnOnce(&Input)) {
    let doc = crate::text::analyse(text);
    let ents = entities(text, spec);
    let document = DocumentInfo::default();
    f(&Input::new(&doc, &ents, &document));
}

/// Runs every rule over `text` with hand-made entities; returns the facts and the entities
/// with their `ref`s.
pub fn facts(text: &str, spec: &[(&str, Label)]) -> (Facts, Vec<Entity>) {
    let doc = crate::text::analyse(text);
    let mut ents = entities(text, spec);
    let document = DocumentInfo::default();
    let facts = super::extract(&doc, &mut ents, &document);
    (facts, ents)
}

/// The people table as `(name, title, organisation, country)` rows, one per role (a person
/// without roles gives one row with empty fields).
pub fn table(facts: &Facts) -> Vec<(String, String, String, String)> {
    let mut rows = Vec::new();
    for p in &facts.people {
        if p.roles.is_empty() {
            rows.push((p.name.clone(), String::new(), String::new(), String::new()));
        }
        for r in &p.roles {
            rows.push((
                p.name.clone(),
                r.title.clone(),
                r.organization.clone().unwrap_or_default(),
                r.country.unwrap_or_default().to_string(),
            ));
        }
    }
    rows
}

/// Shorthand for one expected row.
pub fn row(name: &str, title: &str, org: &str, country: &str) -> (String, String, String, String) {
    (name.into(), title.into(), org.into(), country.into())
}
