//! US party and state after a name: "Sen. John Kerry (D-Mass.)", "Bill Frist, R-Tenn.," — the
//! party becomes the organisation of the person's roles that name none, in the United States.

use std::sync::OnceLock;

use regex::Regex;

use super::{Input, Rule};
use crate::types::{Entity, Facts};

pub struct PartyAffiliation;

fn pattern() -> &'static Regex {
    static RE: OnceLock<Regex> = OnceLock::new();
    RE.get_or_init(|| {
        Regex::new(r"^\s?[(,]\s?([DR])-[A-Z][A-Za-z.]{1,8}\s?[),]").expect("party pattern compiles")
    })
}

/// Whether [`pattern`] can match `after`: most names are followed by no bracket or comma, or
/// by no "D-" or "R-", and the regex is skipped there. `\s?` is at most 3 bytes, so a match
/// has its bracket or comma in the first 4 bytes and its "D-" or "R-" in the first 9.
fn may_match(after: &str) -> bool {
    let head = &after.as_bytes()[..after.len().min(9)];
    head.iter().take(4).any(|&b| b == b'(' || b == b',')
        && head.windows(2).any(|w| matches!(w, [b'D' | b'R', b'-']))
}

impl Rule for PartyAffiliation {
    fn id(&self) -> &'static str {
        "party-affiliation"
    }

    fn apply(&self, input: &Input, facts: &mut Facts, _entities: &mut [Entity]) {
        let text = input.doc.text;
        for &(i, p) in input.named() {
            let end = input.pieces[i].span.end;
            let after = text
                .get(end..text.len().min(end + 16))
                .or_else(|| text.get(end..))
                .unwrap_or("");
            if !may_match(after) {
                continue;
            }
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
                r.country.get_or_insert("United States");
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
                row("John Kerry", "Sen.", "Democratic Party", "United States"),
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
    fn prefilter_keeps_every_match() {
        for s in [
            "(D-Mass.)",
            ", R-Tenn., said",
            " (R-Texas)",
            "\u{3000}(\u{3000}D-Abcdefgh\u{3000})",
            "\u{a0},\u{85}R-Ky.,",
        ] {
            assert!(super::pattern().is_match(s), "{s:?}");
            assert!(super::may_match(s), "{s:?}");
        }
        for s in [" said", ", who", " (pictured)", "-D-Mass.)"] {
            assert!(!super::may_match(s), "{s:?}");
        }
    }

    #[test]
    fn other_brackets_are_not_parties() {
        let (f, _) = facts(
            "Sen. John Kerry (pictured) said",
            &[("Sen.", Title), ("John Kerry", Person)],
        );
        assert_eq!(table(&f), [row("John Kerry", "Sen.", "", "")]);
    }
}
