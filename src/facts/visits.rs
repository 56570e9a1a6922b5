//! Visits the sentence gives who, where and when for: "From June 8 to 10, Vice Minister …
//! Maskaliovienė conducted a formal visit to Japan" → a visit to Japan by Maskaliovienė,
//! 2025-06-08/2025-06-10. The visitor is named after "by" ("a visit to Iraq by Tony Blair"),
//! before a possessive ("Blair’s visit to Iraq"), or is the nearest person before in the
//! sentence; without a destination there is no visit.

use super::{dates, events, Input, Rule};
use crate::types::{Entity, Event, Facts};

pub struct Visits;

const NOUNS: &[&str] = &["visit", "visits", "trip", "tour", "journey"];
const VERBS: &[&str] = &["visited", "visits", "toured"];
/// How far back the visitor may be named, in pieces.
const REACH: usize = 40;

impl Rule for Visits {
    fn id(&self) -> &'static str {
        "visits"
    }

    fn apply(&self, input: &Input, facts: &mut Facts, _entities: &mut [Entity]) {
        let anchor = dates::anchor(input);
        let ctx = input.ctx(facts);
        for (i, p) in input.pieces.iter().enumerate() {
            // `input.word_in(i, …)` twice, with the piece's text read once, and only for words
            // starting as one of the listed ones does.
            let first = input.doc.text.as_bytes().get(p.span.start);
            if p.entity.is_some() || !NOUNS.iter().chain(VERBS).any(|w| w.as_bytes().first() == first) {
                continue;
            }
            let word = input.text(i);
            let dest = if NOUNS.contains(&word) && input.word_in(i + 1, &["to"]) {
                i + 2
            } else if VERBS.contains(&word) {
                i + 1
            } else {
                continue;
            };
            let dest = dest + usize::from(input.word_in(dest, &["the"]));
            if !input.same_sentence(i, dest) {
                continue;
            }
            let Some(place) = events::place_name(input, facts, dest) else {
                continue;
            };
            let by = if input.word_in(dest + 1, &["by"]) {
                (dest + 2..dest + 8)
                    .take_while(|&k| input.same_sentence(k, i))
                    .find_map(|k| ctx.person(k))
            } else {
                None
            };
            let possessive = (i.saturating_sub(4)..i)
                .rev()
                .find(|&k| input.word_in(k, &["’s", "'s"]))
                .and_then(|k| ctx.person(k.checked_sub(1)?));
            let visitor = by.or(possessive).or_else(|| {
                (i.saturating_sub(REACH)..i)
                    .rev()
                    .take_while(|&k| input.same_sentence(k, i))
                    .find_map(|k| ctx.person(k))
            });
            let piece = input.pieces[i];
            facts.events.push(Event {
                name: format!("visit to {place}"),
                place: Some(place),
                date: dates::nearest_in_sentence(input, i, anchor).and_then(|v| v.iso()),
                start: piece.span.start,
                end: input.pieces[dest].span.end,
                kind: "visit",
                participants: visitor.map(|p| facts.people[p].id.clone()).into_iter().collect(),
                rule: self.id(),
            });
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::facts::testing::facts;
    use crate::types::Label::*;

    fn visits(text: &str, spec: &[(&str, crate::types::Label)]) -> Vec<(String, Vec<String>)> {
        let (f, _) = facts(text, spec);
        f.events
            .into_iter()
            .filter(|e| e.kind == "visit")
            .map(|e| (e.name, e.participants))
            .collect()
    }

    #[test]
    fn who_and_where() {
        assert_eq!(
            visits(
                "Vice Minister Loreta Maskaliovienė conducted a formal visit to Japan, where she opened it.",
                &[("Loreta Maskaliovienė", Person), ("Japan", Gpe)]
            ),
            [("visit to Japan".to_string(), vec!["p1".to_string()])]
        );
        assert_eq!(
            visits(
                "Tony Blair met Mr Bush before a visit to Iraq by Jack Straw.",
                &[
                    ("Tony Blair", Person),
                    ("Bush", Person),
                    ("Iraq", Gpe),
                    ("Jack Straw", Person)
                ]
            ),
            [("visit to Iraq".to_string(), vec!["p3".to_string()])]
        );
        assert_eq!(
            visits(
                "Tony Blair visited Basra.",
                &[("Tony Blair", Person), ("Basra", Gpe)]
            ),
            [("visit to Basra".to_string(), vec!["p1".to_string()])]
        );
    }

    #[test]
    fn no_destination_no_visit() {
        assert!(visits(
            "The Vice Minister’s visit follows a recent trip by Dovilė Šakalienė.",
            &[("Dovilė Šakalienė", Person)]
        )
        .is_empty());
        assert!(visits("a visit to the museum", &[]).is_empty());
    }
}
