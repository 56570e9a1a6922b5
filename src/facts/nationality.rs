//! A role's country from the organisation, or from a nationality stated in the same clause:
//! "high-level Japanese defense officials, including Kenji Wakamiya, Senior Adviser …;
//! Takeshi Ishikawa, …" gives Japan to everyone listed, and so does "Japanese officials Kenji
//! Wakamiya and …". The subject of the sentence ("Maskaliovienė also met with Japanese
//! officials, including …") is not in the list and keeps her own country.
//!
//! A nationality governs only the names of its own phrase or list: reading back from a name
//! or from "including" stops at a verb or a word joining two parties ("The Lithuanian
//! delegation met officials, including …" says nothing of the officials), a nationality
//! coordinated with another ("Lithuanian and Japanese officials, including …") governs no one,
//! and a list that names another nationality on the way to the name ("including Japanese
//! adviser A and Lithuanian officials B and C") is mixed: only names with their own
//! nationality beside them take one.

use super::{gazetteer, normalize, Input, Rule};
use crate::types::{Entity, Facts, Label};

pub struct ClauseNationality;

/// How far back from a name the list's introduction may be, in pieces.
const REACH: usize = 80;
/// Words that introduce a list of people.
const INTRODUCERS: &[&str] = &["including", "includes", "include", "namely", ":"];
/// Words a nationality's phrase does not reach across: verbs between a subject and what it
/// acts on, and words joining two parties.
const STOPS: &[&str] = &[
    "and",
    "or",
    "with",
    "by",
    "between",
    "from",
    "to",
    "than",
    "against",
    "versus",
    "met",
    "meet",
    "meets",
    "meeting",
    "held",
    "holds",
    "hold",
    "hosted",
    "hosts",
    "host",
    "visited",
    "visits",
    "visit",
    "received",
    "receives",
    "welcomed",
    "welcomes",
    "greeted",
    "greets",
    "said",
    "says",
    "told",
    "tells",
    "joined",
    "joins",
    "led",
    "leads",
    "thanked",
    "praised",
    "urged",
    "called",
    "calls",
    "signed",
    "discussed",
    "accompanied",
    "accompanies",
    "attended",
    "is",
    "are",
    "was",
    "were",
    "has",
    "have",
    "had",
    "will",
    "would",
];

impl Rule for ClauseNationality {
    fn id(&self) -> &'static str {
        "clause-nationality"
    }

    fn apply(&self, input: &Input, facts: &mut Facts, _entities: &mut [Entity]) {
        let ctx = input.ctx(facts);
        for p in 0..facts.people.len() {
            for r in 0..facts.people[p].roles.len() {
                let role = &facts.people[p].roles[r];
                if role.country.is_some() {
                    continue;
                }
                let from_org = role
                    .organization
                    .as_deref()
                    .and_then(|o| ctx.orgs(facts).get(&normalize(o)))
                    .and_then(|&o| facts.organizations[o].country);
                let from_clause = || {
                    role.evidence
                        .iter()
                        .find_map(|ev| clause_country(input, input.piece_at(ev.start)?))
                };
                let country = from_org.or_else(from_clause);
                facts.people[p].roles[r].country = country;
            }
        }
    }
}

/// The nationality of the list or phrase that piece `i` (a name, or the title before it) opens
/// or belongs to.
fn clause_country(input: &Input, i: usize) -> Option<&'static str> {
    // "Japanese officials Kenji Wakamiya": a nationality and at most three lower-case words.
    let mut k = i;
    while k > 0 && i - k < 4 && input.same_sentence(k - 1, i) {
        k -= 1;
        if let Some(c) = nationality(input, k) {
            return governs(input, k, c);
        }
        if !is_lower_word(input, k) || input.word_in(k, STOPS) {
            break;
        }
    }
    // "…Japanese defense officials, including …, Kenji Wakamiya".
    let floor = i.saturating_sub(REACH);
    let intro = (floor..i)
        .rev()
        .take_while(|&k| input.same_sentence(k, i))
        .find(|&k| input.word_in(k, INTRODUCERS))?;
    // A nationality named in the list before the name makes it mixed.
    if (intro + 1..i).any(|k| nationality(input, k).is_some()) {
        return None;
    }
    let mut k = intro;
    while k > 0 && intro - k < 10 && input.same_sentence(k - 1, i) {
        k -= 1;
        if let Some(c) = nationality(input, k) {
            return governs(input, k, c);
        }
        // "Japanese officials in Tokyo this week, including …"
        let aside = matches!(input.label(k), Some(Label::Gpe | Label::Loc | Label::Date));
        // "Japanese defense officials, including …": the plural title is part of the phrase.
        let title = input.is(k, Label::Title);
        if !(is_lower_word(input, k) || aside || title || input.word_in(k, &[",", "-"]))
            || input.word_in(k, STOPS)
        {
            break;
        }
    }
    None
}

/// `country`, the nationality at piece `k`, unless it is coordinated with another one
/// ("Lithuanian and Japanese officials"), when the phrase mixes both.
fn governs(input: &Input, k: usize, country: &'static str) -> Option<&'static str> {
    let joined = |a: usize, b: usize| {
        input.word_in(a, &["and", "or", ",", "&"])
            && input.same_sentence(a, b)
            && nationality(input, b).is_some_and(|c| c != country)
    };
    let before = k > 1 && joined(k - 1, k - 2);
    if before || joined(k + 1, k + 2) {
        None
    } else {
        Some(country)
    }
}

fn nationality(input: &Input, k: usize) -> Option<&'static str> {
    if input.is(k, Label::Norp) && gazetteer::is_demonym(input.text(k)) {
        gazetteer::country(input.text(k))
    } else {
        None
    }
}

fn is_lower_word(input: &Input, k: usize) -> bool {
    input.pieces[k].entity.is_none() && input.text(k).chars().next().is_some_and(char::is_lowercase)
}

#[cfg(test)]
mod tests {
    use crate::facts::testing::{facts, row, table};
    use crate::types::Label::*;

    #[test]
    fn listed_people_take_the_lists_nationality() {
        let text = "Vice Minister Maskaliovienė also met with high-level Japanese defense officials, including \
                    Kenji Wakamiya, Senior Adviser to the Minister of Defence; and Takeshi Ishikawa, Commissioner.";
        let (f, _) = facts(
            text,
            &[
                ("Vice Minister", Title),
                ("Maskaliovienė", Person),
                ("Japanese", Norp),
                ("Kenji Wakamiya", Person),
                ("Senior Adviser to the Minister of Defence", Title),
                ("Takeshi Ishikawa", Person),
                ("Commissioner", Title),
            ],
        );
        assert_eq!(
            table(&f),
            [
                row("Maskaliovienė", "Vice Minister", "", ""),
                row(
                    "Kenji Wakamiya",
                    "Senior Adviser to the Minister of Defence",
                    "",
                    "Japan"
                ),
                row("Takeshi Ishikawa", "Commissioner", "", "Japan"),
            ]
        );
    }

    #[test]
    fn nationality_right_before_the_names() {
        let (f, _) = facts(
            "Japanese officials Kenji Wakamiya, Senior Adviser, said",
            &[
                ("Japanese", Norp),
                ("Kenji Wakamiya", Person),
                ("Senior Adviser", Title),
            ],
        );
        assert_eq!(table(&f), [row("Kenji Wakamiya", "Senior Adviser", "", "Japan")]);
    }

    #[test]
    fn a_nationality_elsewhere_in_the_sentence_is_not_the_roles() {
        let (f, _) = facts(
            "Kenji Wakamiya, Senior Adviser, praised the Japanese economy.",
            &[
                ("Kenji Wakamiya", Person),
                ("Senior Adviser", Title),
                ("Japanese", Norp),
            ],
        );
        assert_eq!(table(&f), [row("Kenji Wakamiya", "Senior Adviser", "", "")]);
    }

    #[test]
    fn a_nationality_across_a_verb_describes_someone_else() {
        // The delegation is Lithuanian; nothing says the officials are.
        let text = "The Lithuanian delegation held talks with officials, including Ken Oda, Deputy Director.";
        let (f, _) = facts(
            text,
            &[
                ("Lithuanian", Norp),
                ("Ken Oda", Person),
                ("Deputy Director", Title),
            ],
        );
        assert_eq!(table(&f), [row("Ken Oda", "Deputy Director", "", "")]);
        // Nor is a name after the verb governed by the subject's nationality.
        let text = "The Polish minister met Deputy Director Ken Oda.";
        let (f, _) = facts(
            text,
            &[("Polish", Norp), ("Deputy Director", Title), ("Ken Oda", Person)],
        );
        assert_eq!(table(&f), [row("Ken Oda", "Deputy Director", "", "")]);
    }

    #[test]
    fn a_mixed_list_gives_only_names_with_their_own_nationality() {
        let text = "Lithuanian and Japanese officials, including Ken Oda, Deputy Director, attended.";
        let (f, _) = facts(
            text,
            &[
                ("Lithuanian", Norp),
                ("Japanese", Norp),
                ("Ken Oda", Person),
                ("Deputy Director", Title),
            ],
        );
        assert_eq!(table(&f), [row("Ken Oda", "Deputy Director", "", "")]);
        let text = "Japanese officials in Tokyo, including Ken Oda, Deputy Director, \
                    and Lithuanian diplomats Rasa Kim, Counsellor, and Jonas Vale, Attaché.";
        let (f, _) = facts(
            text,
            &[
                ("Japanese", Norp),
                ("Tokyo", Gpe),
                ("Ken Oda", Person),
                ("Deputy Director", Title),
                ("Lithuanian", Norp),
                ("Rasa Kim", Person),
                ("Counsellor", Title),
                ("Jonas Vale", Person),
                ("Attaché", Title),
            ],
        );
        assert_eq!(
            table(&f),
            [
                row("Ken Oda", "Deputy Director", "", "Japan"),
                row("Rasa Kim", "Counsellor", "", "Lithuania"),
                row("Jonas Vale", "Attaché", "", ""),
            ]
        );
    }
}
