//! One record per place (GPE and LOC): "BAKU" and "Baku" are one place; kind and country come
//! from the lexicon.

use rustc_hash::FxHashMap;

use super::{gazetteer, normalize, strip_article, Found, Input, Rule};
use crate::types::{Entity, Facts, Label, MentionSpan, Place, RecordId};

pub struct Places;

impl Rule for Places {
    fn id(&self) -> &'static str {
        "places"
    }

    fn apply(&self, input: &Input, facts: &mut Facts, entities: &mut [Entity]) {
        let is_place = |found: &Found| matches!(found.label, Label::Gpe | Label::Loc);
        // The indexes have a key per mention at most: sized once, not rehashed as they grow.
        let mentions = input.entities.iter().filter(|found| is_place(found)).count();
        let mut by_key: FxHashMap<String, usize> =
            FxHashMap::with_capacity_and_hasher(mentions, Default::default());
        // The place of a mention depends on its text alone: a name written again skips the
        // gazetteer and the key. Texts borrowed from the input, which rules leave as found.
        let mut by_text: FxHashMap<&str, usize> =
            FxHashMap::with_capacity_and_hasher(mentions, Default::default());
        // A place per mention at most: the list sized once, not copied as it grows.
        facts.places.reserve(mentions);
        let places = input
            .entities
            .iter()
            .zip(entities.iter_mut())
            .filter(|(found, _)| is_place(found));
        for (found, e) in places {
            let idx = match by_text.get(found.text) {
                Some(&idx) => idx,
                None => {
                    let known = gazetteer::place(found.text);
                    let name = known
                        .as_ref()
                        .map_or_else(|| strip_article(found.text), |p| p.name);
                    // The name is copied only for a new place.
                    let idx = *by_key.entry(normalize(name)).or_insert_with(|| {
                        facts.places.push(Place {
                            id: RecordId::new(b'g', facts.places.len() + 1),
                            name: name.to_string(),
                            kind: known.as_ref().map(|p| p.kind),
                            country: known.as_ref().and_then(|p| p.country),
                            mentions: Vec::new(),
                        });
                        facts.places.len() - 1
                    });
                    by_text.insert(found.text, idx);
                    idx
                }
            };
            mention(facts, idx, e);
        }
    }
}

/// Records `e` as a mention of place `idx`.
fn mention(facts: &mut Facts, idx: usize, e: &mut Entity) {
    let place = &mut facts.places[idx];
    place.mentions.push(MentionSpan {
        start: e.start,
        end: e.end,
        kind: None,
    });
    e.reference = Some(place.id);
}

#[cfg(test)]
mod tests {
    use crate::facts::testing::facts;
    use crate::types::Label::*;

    #[test]
    fn capitals_and_case_join_one_place() {
        let (f, ents) = facts(
            "BAKU, Azerbaijan. Back in Baku",
            &[("BAKU", Gpe), ("Azerbaijan", Gpe), ("Baku", Gpe)],
        );
        assert_eq!(f.places.len(), 2, "{:?}", f.places);
        let baku = &f.places[0];
        assert_eq!(baku.name, "Baku");
        assert_eq!((baku.kind, baku.country), (Some("city"), Some("Azerbaijan")));
        assert_eq!(baku.mentions.len(), 2);
        assert_eq!(f.places[1].kind, Some("country"));
        assert_eq!(ents[2].reference.as_deref(), Some("g1"));
    }

    #[test]
    fn unknown_places_have_no_kind() {
        let (f, _) = facts("in Qwertzhausen", &[("Qwertzhausen", Gpe)]);
        assert_eq!((f.places[0].kind, f.places[0].country), (None, None));
    }
}
