//! Entities that are lexicon entries: countries, cities, regions, nationalities, titles, agencies.

use crate::lexicon::{Kind, LexMatch};
use crate::types::{Candidate, Label};

pub fn propose(lex: &[LexMatch], out: &mut Vec<Candidate>) {
    for m in lex {
        let label = match m.entry.kind {
            Kind::Country | Kind::City | Kind::State => Label::Gpe,
            Kind::Region => Label::Loc,
            Kind::Demonym => Label::Norp,
            Kind::Title => Label::Title,
            Kind::Agency => Label::Org,
            Kind::GivenName | Kind::OrgHead | Kind::Honorific => continue,
        };
        out.push(Candidate {
            span: m.span,
            label,
            source: "lexicon",
            score: 0.9,
        });
    }
}
