//! Named events ("the Lithuania–Japan Business Forum in Tokyo") with the place the sentence
//! puts them in and the date it gives. Besides EVENT entities, an organisation or place named
//! with a lower-case event word is an event too: "the European Council summit in Brussels",
//! "the G7 talks".

use rustc_hash::FxHashSet;

use super::{dates, strip_article, Input, Rule};
use crate::types::{Entity, Event, Facts, Label, Span};

pub struct Events;

/// Lower-case words that make a named body's meeting an event.
const EVENT_WORDS: &[&str] = &[
    "summit",
    "conference",
    "forum",
    "talks",
    "congress",
    "convention",
    "championship",
    "games",
    "festival",
];

impl Rule for Events {
    fn id(&self) -> &'static str {
        "events"
    }

    fn apply(&self, input: &Input, facts: &mut Facts, _entities: &mut [Entity]) {
        // The same hashing as the other rules' sets: no second hasher's code to walk.
        let mut seen = FxHashSet::default();
        for &(i, label) in &input.entity_pieces {
            let last = if label == Label::Event {
                i
            } else if matches!(label, Label::Org | Label::Gpe | Label::Norp)
                && input.word_in(i + 1, EVENT_WORDS)
                && input.same_sentence(i, i + 1)
            {
                i + 1
            } else {
                continue;
            };
            let span = Span::new(input.pieces[i].span.start, input.pieces[last].span.end);
            let name = strip_article(span.text(input.doc.text));
            if !seen.insert(name) {
                continue;
            }
            facts.events.push(Event {
                name: name.to_string(),
                place: place_after(input, last),
                date: dates::nearest_in_sentence(input, facts, i).and_then(|v| v.iso()),
                start: span.start,
                end: span.end,
                kind: "event",
                participants: Vec::new(),
                rule: self.id(),
            });
        }
    }
}

/// "… in Tokyo", "… at Wembley": the place right after piece `i`.
fn place_after(input: &Input, i: usize) -> Option<String> {
    if !input.word_in(i + 1, &["in", "at"]) || !input.same_sentence(i, i + 2) {
        return None;
    }
    place_name(input, i + 2 + usize::from(input.word_in(i + 2, &["the"])))
}

/// The place piece `k` names, as the article writes it (without "the"), if it names one. Not
/// the place record's canonical name: a visit "to England" in 1883 was not one to the United
/// Kingdom.
pub fn place_name(input: &Input, k: usize) -> Option<String> {
    matches!(input.label(k), Some(Label::Gpe | Label::Loc | Label::Fac))
        .then(|| strip_article(input.text(k)).to_string())
}

#[cfg(test)]
mod tests {
    use crate::facts::testing::facts;
    use crate::types::Label::*;

    #[test]
    fn event_with_place_in_its_sentence() {
        let text = "She opened the Lithuania–Japan Business Forum in Tokyo. The Forum ended.";
        let (f, _) = facts(text, &[("Lithuania–Japan Business Forum", Event), ("Tokyo", Gpe)]);
        assert_eq!(f.events.len(), 1);
        let e = &f.events[0];
        assert_eq!(
            (e.name.as_str(), e.place.as_deref(), e.kind),
            ("Lithuania–Japan Business Forum", Some("Tokyo"), "event")
        );
    }

    #[test]
    fn organisation_with_an_event_word() {
        let text = "They met at the European Council summit in Brussels. The Council agreed.";
        let (f, _) = facts(
            text,
            &[("European Council", Org), ("Brussels", Gpe), ("Council", Org)],
        );
        let got: Vec<_> = f
            .events
            .iter()
            .map(|e| (e.name.as_str(), e.place.as_deref()))
            .collect();
        assert_eq!(got, [("European Council summit", Some("Brussels"))]);
    }

    #[test]
    fn a_place_elsewhere_is_not_the_events() {
        let (f, _) = facts(
            "Tokyo hosts the Business Forum today.",
            &[("Tokyo", Gpe), ("Business Forum", Event)],
        );
        assert_eq!(f.events[0].place, None);
    }
}
