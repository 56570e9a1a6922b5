//! Visits the sentence gives who, where and when for: "From June 8 to 10, Vice Minister …
//! Maskaliovienė conducted a formal visit to Japan" → a visit to Japan by Maskaliovienė,
//! 2025-06-08/2025-06-10. The visitor is the subject of the visit: named right after "by" ("a
//! visit to Iraq by Tony Blair"), before a possessive ("Blair’s visit to Iraq"), or as the
//! subject of "visited" or of the verb taking the noun ("X paid a visit to", "X, Minister
//! for Y, visited"), a title standing for its holder included ("The Minister visited …").
//! The nearest name before is not the visitor: in "Y welcomed X, who visited Tokyo" … it is
//! the subject, and "X visited Y in Tokyo" is X's visit to Tokyo, not Y's. Without a
//! destination there is no visit; without a subject, no visitor.

use rustc_hash::FxHashMap;

use super::roles::Ctx;
use super::{dates, events, Input, Rule};
use crate::lexicon::shapes::{Shapes, Words};
use crate::types::{Entity, Event, Facts, Label, TokenKind};

pub struct Visits;

pub(super) const NOUN_WORDS: &[&str] = &["visit", "visits", "trip", "tour", "journey"];
pub(super) const VERB_WORDS: &[&str] = &["visited", "visits", "toured"];
static NOUNS: Words = Words::new(NOUN_WORDS);
static VERBS: Words = Words::new(VERB_WORDS);
/// [`NOUNS`] and [`VERBS`] as one test ([`is_visit_word`]).
static VISIT_WORDS: Shapes = Shapes::of_lists(&[NOUN_WORDS, VERB_WORDS]);
/// Verbs whose subject makes the visit named after them ("X paid a visit to").
const NOUN_VERBS: &[&str] = &[
    "made",
    "makes",
    "making",
    "paid",
    "pays",
    "paying",
    "conducted",
    "conducts",
    "conducting",
    "began",
    "begins",
    "beginning",
    "started",
    "starts",
    "starting",
    "ended",
    "ends",
    "ending",
    "completed",
    "completes",
    "undertook",
    "undertakes",
    "concluded",
    "concludes",
    "is",
    "was",
    "on",
];
/// Words between a subject and its verb: auxiliaries and adverbs.
const BETWEEN: &[&str] = &[
    "also",
    "has",
    "had",
    "have",
    "will",
    "would",
    "recently",
    "then",
    "later",
    "first",
    "once",
    "again",
    "just",
    "officially",
    "is",
    "was",
    "be",
    "been",
];
/// Pieces of determiners and modifiers between a verb and the visit noun ("paid a formal
/// visit", "the first ministerial-level visit").
const MAX_MODIFIERS: usize = 7;
/// How far back an apposition after the subject may open, in pieces.
const REACH: usize = 40;

impl Rule for Visits {
    fn id(&self) -> &'static str {
        "visits"
    }

    fn apply(&self, input: &Input, facts: &mut Facts, _entities: &mut [Entity]) {
        let ctx = input.ctx(facts);
        // Titles standing for their holders ("The Minister visited"), by each of their pieces.
        let mut titled: FxHashMap<usize, usize> = FxHashMap::default();
        for (p, person) in facts.people.iter().enumerate() {
            for m in person.mentions.iter().filter(|m| m.kind == Some("title")) {
                let Some(at) = input.piece_at(m.start) else {
                    continue;
                };
                let within = input.pieces[at..].iter().take_while(|q| q.span.end <= m.end);
                titled.extend((at..).zip(within).map(|(k, _)| (k, p)));
            }
        }
        let who = Who {
            input,
            ctx,
            titled: &titled,
        };
        for &i in input.visit_words() {
            let word = input.text(i);
            let verb = VERBS.contains(word) && !(NOUNS.contains(word) && input.word_in(i + 1, &["to"]));
            let dest = if NOUNS.contains(word) && input.word_in(i + 1, &["to"]) {
                i + 2
            } else if verb {
                // "X visited Y in Tokyo": Y is visited, Tokyo is where.
                match who.person(i + 1) {
                    Some(_) if input.word_in(i + 2, &["in", "at"]) => i + 3,
                    _ => i + 1,
                }
            } else {
                continue;
            };
            let dest = dest + usize::from(input.word_in(dest, &["the"]));
            if !input.same_sentence(i, dest) {
                continue;
            }
            let Some(place) = events::place_name(input, dest) else {
                continue;
            };
            let visitor = if verb {
                who.subject_before(i)
            } else {
                who.after_by(dest + 1)
                    .or_else(|| who.possessive_before(i))
                    .or_else(|| who.subject_of_noun(i))
            };
            let piece = input.pieces[i];
            facts.events.push(Event {
                name: format!("visit to {place}"),
                place: Some(place),
                date: dates::nearest_in_sentence(input, facts, i).and_then(|v| v.iso()),
                start: piece.span.start,
                end: input.pieces[dest].span.end,
                kind: "visit",
                participants: visitor.map(|p| facts.people[p].id).into_iter().collect(),
                rule: self.id(),
            });
        }
    }
}

/// Whether `word` is one of [`NOUNS`] or [`VERBS`], where a visit is looked for
/// ([`Input::visit_words`]). Few words are, and the shapes of both lists turn away the others
/// in one test, without a comparison.
pub(super) fn is_visit_word(word: &str) -> bool {
    VISIT_WORDS.may_be(word) && (NOUN_WORDS.contains(&word) || VERB_WORDS.contains(&word))
}

/// Finds the people a visit's words point to.
struct Who<'a, 'b> {
    input: &'a Input<'b>,
    ctx: &'a Ctx,
    titled: &'a FxHashMap<usize, usize>,
}

impl Who<'_, '_> {
    /// The person piece `k` names, or the holder of the title standing alone there.
    fn person(&self, k: usize) -> Option<usize> {
        self.ctx.person(k).or_else(|| self.titled.get(&k).copied())
    }

    /// "… by [Foreign Minister] Jack Straw": the person right after "by" at `by`, past titles.
    fn after_by(&self, by: usize) -> Option<usize> {
        if !self.input.word_in(by, &["by"]) {
            return None;
        }
        let input = self.input;
        (by + 1..by + 6)
            .take_while(|&k| input.same_sentence(k, by))
            .find_map(|k| match self.person(k) {
                Some(p) => Some(Some(p)),
                None if matches!(
                    input.label(k),
                    Some(Label::Title | Label::Norp | Label::Gpe | Label::Org)
                ) || input.word_in(k, &["the", "’s", "'s"]) =>
                {
                    None
                }
                None => Some(None),
            })
            .flatten()
    }

    /// "Blair’s first visit": the person before a possessive, past lower-case modifiers.
    fn possessive_before(&self, noun: usize) -> Option<usize> {
        let input = self.input;
        let mut k = noun;
        while k > 0 && noun - k <= MAX_MODIFIERS && input.same_sentence(k - 1, noun) {
            k -= 1;
            if input.word_in(k, &["’s", "'s"]) {
                return self.person(k.checked_sub(1)?);
            }
            if !is_lower_word(input, k) {
                return None;
            }
        }
        None
    }

    /// "X paid a formal visit": the subject of the verb before the noun's modifiers; "a trip
    /// by X, marking the first visit": a participle after a comma describes what the name
    /// before the comma did.
    fn subject_of_noun(&self, noun: usize) -> Option<usize> {
        let input = self.input;
        let mut k = noun;
        while k > 0 && noun - k <= MAX_MODIFIERS && input.same_sentence(k - 1, noun) {
            k -= 1;
            if input.word_in(k, NOUN_VERBS) {
                return self.subject_before(k);
            }
            if is_lower_word(input, k)
                && input.text(k).ends_with("ing")
                && k >= 2
                && input.word_in(k - 1, &[","])
            {
                return self.person(k - 2);
            }
            let modifier = matches!(
                input.label(k),
                Some(Label::Norp | Label::Ordinal | Label::Cardinal | Label::Date | Label::Quantity)
            );
            if !(is_lower_word(input, k) || modifier || input.word_in(k, &["-"])) {
                return None;
            }
        }
        None
    }

    /// The subject of the verb at piece `v`: the name right before it, past auxiliaries and
    /// adverbs, or before an apposition closed by a comma ("X, Minister for Y, visited").
    fn subject_before(&self, v: usize) -> Option<usize> {
        let input = self.input;
        let mut k = v.checked_sub(1)?;
        while k > 0 && input.same_sentence(k, v) && input.word_in(k, BETWEEN) {
            k -= 1;
        }
        if !input.same_sentence(k, v) {
            return None;
        }
        if let Some(p) = self.person(k) {
            return Some(p);
        }
        // "…, who visited": the name the relative clause follows.
        if input.word_in(k, &["who"]) {
            return (k >= 2 && input.word_in(k - 1, &[","]))
                .then(|| self.person(k - 2))
                .flatten();
        }
        if !input.word_in(k, &[","]) {
            return None;
        }
        // The comma opening the apposition; the subject is right before it.
        let open = (v.saturating_sub(REACH)..k)
            .rev()
            .take_while(|&j| input.same_sentence(j, v))
            .find(|&j| input.word_in(j, &[","]))?;
        self.person(open.checked_sub(1)?)
    }
}

fn is_lower_word(input: &Input, k: usize) -> bool {
    input.pieces[k].entity.is_none()
        && input.pieces[k].kind == TokenKind::Word
        && input.text(k).chars().next().is_some_and(char::is_lowercase)
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
            .map(|e| (e.name, e.participants.iter().map(|p| p.to_string()).collect()))
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

    #[test]
    fn the_visitor_is_the_subject_not_the_nearest_name() {
        let one = |text: &str, spec: &[(&str, crate::types::Label)]| visits(text, spec);
        let ruiz_gil = [("Ana Ruiz", Person), ("Pedro Gil", Person), ("Tokyo", Gpe)];
        let by_ruiz = [("visit to Tokyo".to_string(), vec!["p1".to_string()])];
        // A name inside the subject's apposition is not the subject.
        assert_eq!(
            one("Ana Ruiz, adviser to Pedro Gil, visited Tokyo.", &ruiz_gil),
            by_ruiz
        );
        // The visited person is not the visitor, and the place after them is the destination.
        assert_eq!(one("Ana Ruiz visited Pedro Gil in Tokyo.", &ruiz_gil), by_ruiz);
        // The subject of the verb taking the noun, past an auxiliary.
        assert_eq!(
            one(
                "Pedro Gil said Ana Ruiz had paid a visit to Tokyo.",
                &[("Pedro Gil", Person), ("Ana Ruiz", Person), ("Tokyo", Gpe)]
            ),
            [("visit to Tokyo".to_string(), vec!["p2".to_string()])]
        );
        // "… who visited": the name the clause follows.
        assert_eq!(
            one(
                "Pedro Gil welcomed Ana Ruiz, who visited Tokyo.",
                &[("Pedro Gil", Person), ("Ana Ruiz", Person), ("Tokyo", Gpe)]
            ),
            [("visit to Tokyo".to_string(), vec!["p2".to_string()])]
        );
        // No subject of the visit: no visitor, not the nearest name.
        assert_eq!(
            one(
                "Talks with Pedro Gil came before a visit to Tokyo.",
                &[("Pedro Gil", Person), ("Tokyo", Gpe)]
            ),
            [("visit to Tokyo".to_string(), vec![])]
        );
        // A participle after a comma: what the name before the comma did.
        assert_eq!(
            one(
                "Pedro Gil noted the trip by Ana Ruiz, marking the first official visit to Tokyo.",
                &[
                    ("Pedro Gil", Person),
                    ("Ana Ruiz", Person),
                    ("first", Ordinal),
                    ("Tokyo", Gpe)
                ]
            ),
            [("visit to Tokyo".to_string(), vec!["p2".to_string()])]
        );
        // The host after "by" is not the visitor when "by" does not follow the destination.
        assert_eq!(
            one(
                "Ana Ruiz began a visit to Tokyo hosted by Pedro Gil.",
                &[("Ana Ruiz", Person), ("Tokyo", Gpe), ("Pedro Gil", Person)]
            ),
            by_ruiz
        );
    }

    #[test]
    fn a_title_standing_for_its_holder_visits() {
        let text = "Minister Ana Ruiz met Pedro Gil. The Minister visited Osaka.";
        let got = visits(
            text,
            &[
                ("Minister", Title),
                ("Ana Ruiz", Person),
                ("Pedro Gil", Person),
                ("Minister", Title),
                ("Osaka", Gpe),
            ],
        );
        assert_eq!(got, [("visit to Osaka".to_string(), vec!["p1".to_string()])]);
    }
}
