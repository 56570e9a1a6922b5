//! US party and state after a name: "Sen. John Kerry (D-Mass.)", "Bill Frist, R-Tenn.," — the
//! party becomes the organisation of the person's roles that name none, in the United States.

use std::sync::OnceLock;

use regex::Regex;

use super::roles::Ctx;
use super::{Input, Rule};
use crate::types::{Entity, Facts};

pub struct PartyAffiliation;

fn pattern() -> &'static Regex {
    static RE: OnceLock<Regex> = OnceLock::new();
    RE.get_or_init(|| {
        Regex::new(r"^\s?[(,]\s?([DR])-[A-Z][A-Za-z.]{1,8}\s?[),]").expect("party pattern compiles")
    })
}

impl Rule for PartyAffiliation {
    fn id(&self) -> &'static str {
        "party-affiliation"
    }

    fn apply(&self, input: &Input, facts: &mut Facts, _entities: &mut [Entity]) {
        let ctx = Ctx::new(facts);
        let text = input.doc.text;
        for i in 0..input.pieces.len() {
            let Some(p) = ctx.person(input, i) else { continue };
            let end = input.pieces[i].span.end;
            let after = text
                .get(end..text.len().min(end + 16))
                .or_else(|| text.get(end..))
                .unwrap_or("");
            let Some(c) = pattern().captures(after) else {
                continue;
            };
            let party = if &c[1] == "D" {
                "Democratic Party"
            } else {
                "Republican Party"
            };
            for r in facts.people[p]
                .roles
                .iter_mut()
                .filter(|r| r.organization.is_none())
            {
                r.organization = Some(party.to_string());
                r.country.get_or_insert_with(|| "United States".to_string());
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::facts::testing::{facts, row, table};
    use crate::types::Label::*;

    #[test]
    fn party_and_state_after_the_name() {
        let (f, _) = facts(
            "said Sen. John Kerry (D-Mass.), and Majority Leader Bill Frist, R-Tenn., said",
            &[
                ("Sen.", Title),
                ("John Kerry", Person),
                ("Majority Leader", Title),
                ("Bill Frist", Person),
            ],
        );
        assert_eq!(
            table(&f),
            [
                row("John Kerry", "Senator", "Democratic Party", "United States"),
                row(
                    "Bill Frist",
                    "Majority Leader",
                    "Republican Party",
                    "United States"
                ),
            ]
        );
    }

    #[test]
    fn other_brackets_are_not_parties() {
        let (f, _) = facts(
            "Sen. John Kerry (pictured) said",
            &[("Sen.", Title), ("John Kerry", Person)],
        );
        assert_eq!(table(&f), [row("John Kerry", "Senator", "", "")]);
    }
}
