//! A role's country from the organisation, or from a nationality stated in the same clause:
//! "high-level Japanese defense officials, including Kenji Wakamiya, Senior Adviser …;
//! Takeshi Ishikawa, …" gives Japan to everyone listed, and so does "Japanese officials Kenji
//! Wakamiya and …". The subject of the sentence ("Maskaliovienė also met with Japanese
//! officials, including …") is not in the list and keeps her own country.

use super::{gazetteer, normalize, Input, Rule};
use crate::types::{Entity, Facts, Label};

pub struct ClauseNationality;

/// How far back from a name the list's introduction may be, in pieces.
const REACH: usize = 80;
/// Words that introduce a list of people.
const INTRODUCERS: &[&str] = &["including", "includes", "include", "namely", ":"];

impl Rule for ClauseNationality {
    fn id(&self) -> &'static str {
        "clause-nationality"
    }

    fn apply(&self, input: &Input, facts: &mut Facts, _entities: &mut [Entity]) {
        let orgs = &input.ctx(facts).orgs;
        for p in 0..facts.people.len() {
            for r in 0..facts.people[p].roles.len() {
                let role = &facts.people[p].roles[r];
                if role.country.is_some() {
                    continue;
                }
                let from_org = role
                    .organization
                    .as_deref()
                    .and_then(|o| orgs.get(&normalize(o)))
                    .and_then(|&o| facts.organizations[o].country.clone());
                let from_clause = || {
                    role.evidence
                        .iter()
                        .find_map(|ev| Some(clause_country(input, input.piece_at(ev.start)?)?.to_string()))
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
            return Some(c);
        }
        if !is_lower_word(input, k) {
            break;
        }
    }
    // "…Japanese defense officials, including …, Kenji Wakamiya".
    let floor = i.saturating_sub(REACH);
    let intro = (floor..i)
        .rev()
        .take_while(|&k| input.same_sentence(k, i))
        .find(|&k| input.word_in(k, INTRODUCERS))?;
    let mut k = intro;
    while k > 0 && intro - k < 10 && input.same_sentence(k - 1, i) {
        k -= 1;
        if let Some(c) = nationality(input, k) {
            return Some(c);
        }
        // "Japanese officials in Tokyo this week, including …"
        let aside = matches!(input.label(k), Some(Label::Gpe | Label::Loc | Label::Date));
        // "Japanese defense officials, including …": the plural title is part of the phrase.
        let title = input.is(k, Label::Title);
        if !(is_lower_word(input, k) || aside || title || input.word_in(k, &[",", "-"])) {
            break;
        }
    }
    None
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
}
