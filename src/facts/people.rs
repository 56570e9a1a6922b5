//! One person per full name; later surname-only mentions join it.

use super::{Input, Rule};
use crate::types::{Entity, Facts, Label, MentionSpan, Person};

pub struct People;

impl Rule for People {
    fn id(&self) -> &'static str {
        "people"
    }

    fn apply(&self, _input: &Input, facts: &mut Facts, entities: &mut [Entity]) {
        for e in entities.iter_mut().filter(|e| e.label == Label::Person) {
            let found = facts
                .people
                .iter_mut()
                .find(|p| p.name == e.text || p.name.split_whitespace().last() == Some(e.text.as_str()));
            let person = match found {
                Some(p) => p,
                None => {
                    let id = format!("p{}", facts.people.len() + 1);
                    facts.people.push(Person {
                        id,
                        name: e.text.clone(),
                        roles: Vec::new(),
                        mentions: Vec::new(),
                        quotes: Vec::new(),
                    });
                    facts.people.last_mut().expect("just pushed")
                }
            };
            person.mentions.push(MentionSpan {
                start: e.start,
                end: e.end,
            });
            e.reference = Some(person.id.clone());
        }
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn surname_joins_full_name() {
        let ann = crate::annotate("Loreta Maskaliovienė spoke. Later Maskaliovienė left.");
        assert_eq!(ann.facts.people.len(), 1, "{:?}", ann.facts.people);
    }
}
