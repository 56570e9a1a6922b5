//! A role stated by the noun of its office, held by the clause's subject: "Jane Roe of the
//! River Party lost her seat, and resigned from her leadership" (leader of the River Party),
//! "Acme's Tom Vale quit his chairmanship in Acme" (chair). The organisation is the one
//! after the noun ("in/of Acme"), else the one written beside the subject's name.

use super::roles::{self, affiliation, Draft};
use super::{Input, Rule};
use crate::types::{Entity, Facts};

pub struct OfficeNoun;

/// Nouns of an office and the title of its holder.
const OFFICES: &[(&str, &str)] = &[
    ("captaincy", "captain"),
    ("chairmanship", "chair"),
    ("directorship", "director"),
    ("editorship", "editor"),
    ("governorship", "governor"),
    ("leadership", "leader"),
    ("mayoralty", "mayor"),
    ("presidency", "president"),
];
/// Verbs that take an office as their object ("resigned [from] his leadership").
const VERBS: &[&str] = &[
    "relinquished",
    "relinquishes",
    "resign",
    "resigned",
    "resigns",
    "quit",
    "quits",
    "retained",
    "retains",
];
/// Pieces from the subject's name to the verb, at most: a clause and a coordinated one.
const REACH: usize = 30;

impl Rule for OfficeNoun {
    fn id(&self) -> &'static str {
        "office-noun"
    }

    fn apply(&self, input: &Input, facts: &mut Facts, _entities: &mut [Entity]) {
        let ctx = input.ctx(facts);
        for &(i, p) in input.named() {
            if !ctx.opens_clause(input, i) {
                continue;
            }
            let own = affiliation::possessor(input, i).or_else(|| affiliation::after(input, i + 1));
            let start = own.map_or(i + 1, |r| if r.0 > i { r.1 + 1 } else { i + 1 });
            // The verb is in the subject's clause or one coordinated with it: no other name
            // (a new subject) or relative pronoun between.
            let Some(v) = (start..start + REACH)
                .take_while(|&k| {
                    input.same_sentence(k, i)
                        && ctx.person(k).is_none()
                        && !input.word_in(k, &["who", "which", ";"])
                })
                .find(|&k| input.word_in(k, VERBS))
            else {
                continue;
            };
            let mut n = v + 1 + usize::from(input.word_in(v + 1, &["from"]));
            if !input.word_in(n, &["his", "her", "their"]) {
                continue;
            }
            n += 1;
            let Some(&(_, title)) = OFFICES.iter().find(|(noun, _)| input.word_in(n, &[noun])) else {
                continue;
            };
            let body = input
                .word_in(n + 1, &["in", "of"])
                .then(|| affiliation::body(input, n + 2))
                .flatten();
            let mut d = Draft {
                title: title.to_string(),
                organization: None,
                country: None,
                first: i,
                last: n,
                plural: false,
            };
            if let Some(r) = body.or(own) {
                let (org, country) = affiliation::name(input, facts, ctx, r);
                d.organization = Some(org);
                d.country = country;
            }
            roles::add(facts, p, d, roles::span(input, i, n), self.id());
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::facts::testing::{facts, row, table};
    use crate::types::Label::*;

    #[test]
    fn office_nouns_of_the_subject() {
        let (f, _) = facts(
            "Reformist Jane Roe of the River Party lost her seat, and resigned from her leadership. \
             Acme's Tom Vale was defeated, and resigned his chairmanship in the Harbour Trust. \
             Ann Lee praised Jim Roe, who quit his leadership.",
            &[
                ("Jane Roe", Person),
                ("River Party", Org),
                ("Acme", Org),
                ("Tom Vale", Person),
                ("Harbour Trust", Org),
                ("Ann Lee", Person),
                ("Jim Roe", Person),
            ],
        );
        assert_eq!(
            table(&f),
            [
                row("Jane Roe", "leader", "River Party", ""),
                row("Tom Vale", "chair", "Harbour Trust", ""),
                row("Ann Lee", "", "", ""),
                row("Jim Roe", "", "", "")
            ]
        );
    }
}
