//! A title on its own refers back to the one person who holds it: "The Vice Minister’s visit"
//! is Maskaliovienė's when she is the only Vice Minister named so far. Titles held by two
//! people, and titles naming someone ("the Vice Minister, John Smith"), join nobody.

use rustc_hash::FxHashMap;

use super::{normalize, Input, Rule};
use crate::types::{Entity, Facts, Label, MentionSpan};

pub struct TitleOnlyMention;

/// Words of a title looked at; bounds the runs indexed per role.
const MAX_WORDS: usize = 8;

impl Rule for TitleOnlyMention {
    fn id(&self) -> &'static str {
        "title-only-mention"
    }

    fn apply(&self, input: &Input, facts: &mut Facts, entities: &mut [Entity]) {
        // Every run of words of every role title ("vice minister" and "minister" of "vice
        // minister of national defence") → the people holding it, so "the Minister" is
        // ambiguous between a Defence Minister and a Minister of Defense.
        let mut holders: FxHashMap<String, Vec<usize>> = FxHashMap::default();
        for (p, person) in facts.people.iter().enumerate() {
            for r in &person.roles {
                let title = normalize(&r.title);
                let words: Vec<&str> = title.split(' ').take(MAX_WORDS).collect();
                for a in 0..words.len() {
                    for b in a + 1..=words.len() {
                        let who = holders.entry(words[a..b].join(" ")).or_default();
                        if who.last() != Some(&p) {
                            who.push(p);
                        }
                    }
                }
            }
        }
        let ctx = input.ctx(facts);
        for t in 0..input.pieces.len() {
            if !input.is(t, Label::Title) || t == 0 || !input.word_in(t - 1, &["the", "The"]) {
                continue;
            }
            let names_someone = ctx.person(t + 1).is_some()
                || (input.word_in(t + 1, &[","]) && ctx.person(t + 2).is_some())
                || (t > 1 && input.word_in(t - 2, &[","]));
            let Some(who) = holders.get(&normalize(input.text(t))) else {
                continue;
            };
            let piece = input.pieces[t];
            let &[p] = who.as_slice() else { continue };
            let person = &mut facts.people[p];
            if names_someone || person.mentions.first().is_none_or(|m| m.start > piece.span.start) {
                continue;
            }
            person.mentions.push(MentionSpan {
                start: piece.span.start,
                end: piece.span.end,
                kind: Some("title"),
            });
            if let Some(e) = piece.entity {
                entities[e].reference = Some(person.id.clone());
            }
        }
        for person in &mut facts.people {
            person.mentions.sort_by_key(|m| m.start);
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::facts::testing::facts;
    use crate::types::Label::*;

    #[test]
    fn unambiguous_title_joins_its_holder() {
        let text = "Vice Minister Loreta Maskaliovienė spoke. The Vice Minister’s visit follows one by Minister Dovilė Šakalienė.";
        let (f, ents) = facts(
            text,
            &[
                ("Vice Minister", Title),
                ("Loreta Maskaliovienė", Person),
                ("Vice Minister", Title),
                ("Minister", Title),
                ("Dovilė Šakalienė", Person),
            ],
        );
        let kinds: Vec<_> = f.people[0].mentions.iter().map(|m| m.kind).collect();
        assert_eq!(kinds, [Some("name"), Some("title")]);
        assert_eq!(ents[2].reference.as_deref(), Some("p1"));
        assert_eq!(f.people[1].mentions.len(), 1);
    }

    #[test]
    fn shared_title_joins_nobody() {
        let text = "Minister Ann Lee and Minister Bo Chen met. The Minister left.";
        let (f, ents) = facts(
            text,
            &[
                ("Minister", Title),
                ("Ann Lee", Person),
                ("Minister", Title),
                ("Bo Chen", Person),
                ("Minister", Title),
            ],
        );
        assert!(f.people.iter().all(|p| p.mentions.len() == 1));
        assert_eq!(ents[4].reference, None);
    }

    #[test]
    fn a_title_inside_two_titles_is_ambiguous() {
        let text = "Defence Minister Richard Marles met Gen Nakatani, Minister of Defense. The Minister's visit ended.";
        let (f, _) = facts(
            text,
            &[
                ("Defence Minister", Title),
                ("Richard Marles", Person),
                ("Gen Nakatani", Person),
                ("Minister of Defense", Title),
                ("Minister", Title),
            ],
        );
        assert!(f.people.iter().all(|p| p.mentions.len() == 1), "{:?}", f.people);
    }

    #[test]
    fn title_before_its_holder_is_named_joins_nobody() {
        let (f, _) = facts(
            "The Commissioner arrived. Later Commissioner Takeshi Ishikawa spoke.",
            &[
                ("Commissioner", Title),
                ("Commissioner", Title),
                ("Takeshi Ishikawa", Person),
            ],
        );
        assert_eq!(f.people[0].mentions.len(), 1);
    }
}
