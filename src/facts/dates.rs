//! Every DATE mention with its ISO value, through [`crate::dates::normalise`] anchored on the
//! article date (the metadata line, else the dateline).

use std::collections::hash_map::Entry;

use rustc_hash::FxHashMap;

use super::{Input, Rule};
use crate::dates::{normalise, parse_iso, DateValue, Ymd};
use crate::types::{DateFact, Entity, Facts, Label};

pub struct Dates;

impl Rule for Dates {
    fn id(&self) -> &'static str {
        "dates"
    }

    fn apply(&self, input: &Input, facts: &mut Facts, _entities: &mut [Entity]) {
        let anchor = anchor(input);
        // A date's value depends on its text alone (the anchor is the article's): dates written
        // again ("Monday", "2025") are read once, and take the value of the first fact with
        // their text. The index and the facts are sized once, for every date.
        let dates = || input.entities.iter().filter(|e| e.label == Label::Date);
        let count = dates().count();
        let mut first: FxHashMap<&str, usize> =
            FxHashMap::with_capacity_and_hasher(count, Default::default());
        facts.dates.reserve(count);
        for e in dates() {
            let v = match first.entry(e.text) {
                Entry::Occupied(seen) => value_of(&facts.dates[*seen.get()]),
                Entry::Vacant(new) => {
                    new.insert(facts.dates.len());
                    normalise(e.text, anchor)
                }
            };
            facts.dates.push(DateFact {
                text: e.text.to_string(),
                start: e.start,
                end: e.end,
                value: v.value,
                from: v.from,
                to: v.to,
            });
        }
    }
}

/// The article's date, which dates without a year are read against.
fn anchor(input: &Input) -> Option<Ymd> {
    let doc = input.document;
    doc.date
        .as_deref()
        .or_else(|| doc.dateline.as_ref().and_then(|d| d.date.as_deref()))
        .and_then(parse_iso)
}

/// How far from a mention a date in its sentence may be, in pieces (bounds the work on
/// text without sentence punctuation).
const REACH: usize = 60;

/// The value of a date fact.
fn value_of(fact: &DateFact) -> DateValue {
    DateValue {
        value: fact.value.clone(),
        from: fact.from.clone(),
        to: fact.to.clone(),
    }
}

/// The known date nearest piece `i` in its sentence (after it first at equal distance), as the
/// dates rule valued it: rules after it read its facts rather than read the dates again.
pub fn nearest_in_sentence(input: &Input, facts: &Facts, i: usize) -> Option<DateValue> {
    input.pieces.get(i)?;
    let within = |k: &usize| input.same_sentence(*k, i);
    let after = (i..input.pieces.len().min(i + REACH)).take_while(within);
    let before = (i.saturating_sub(REACH)..i).rev().take_while(within);
    // The fact of the date at piece `k`: the facts follow the entities, by start.
    let fact = |k: usize| {
        let start = input.pieces[k].span.start;
        let at = facts.dates.partition_point(|d| d.start < start);
        facts.dates.get(at).filter(|d| d.start == start)
    };
    after
        .chain(before)
        .filter(|&k| input.is(k, Label::Date))
        .filter_map(|k| Some((k.abs_diff(i), value_of(fact(k)?))))
        .filter(|(_, v)| v.is_known())
        .min_by_key(|&(distance, _)| distance)
        .map(|(_, v)| v)
}

#[cfg(test)]
mod tests {
    use crate::facts::testing::entities;
    use crate::types::{Dateline, DocumentInfo, Label::*};

    #[test]
    fn values_are_anchored_on_the_article_date() {
        let text = "BAKU, June 12. From June 8 to 10, she met them in recent years.";
        let doc = crate::text::analyse(text);
        let mut ents = entities(
            text,
            &[("June 12", Date), ("June 8 to 10", Date), ("recent years", Date)],
        );
        let document = DocumentInfo {
            dateline: Some(Dateline {
                place: "Baku".into(),
                date: Some("2025-06-12".into()),
                start: 0,
                end: 4,
            }),
            ..DocumentInfo::default()
        };
        let f = crate::facts::extract(&doc, &mut ents, &document);
        let got: Vec<_> = f
            .dates
            .iter()
            .map(|d| {
                (
                    d.text.as_str(),
                    d.value.as_deref(),
                    d.from.as_deref(),
                    d.to.as_deref(),
                )
            })
            .collect();
        assert_eq!(
            got,
            [
                ("June 12", Some("2025-06-12"), None, None),
                ("June 8 to 10", None, Some("2025-06-08"), Some("2025-06-10")),
                ("recent years", None, None, None),
            ]
        );
    }

    #[test]
    fn without_an_article_date_no_year_is_guessed() {
        let (f, _) = crate::facts::testing::facts("It opened on June 12.", &[("June 12", Date)]);
        assert_eq!(f.dates[0].value, None);
    }
}
