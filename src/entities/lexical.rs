//! Entities that are lexicon entries: countries, cities, regions, nationalities, agencies.
//! Dateline places are GPEs. A place followed by a geographic head word grows into a LOC ("Indo-Pacific Region").
//! Metonymy (one convention, README "Entity rules"): a place acting as a government stays GPE,
//! as OntoNotes has it, and so does a country standing for its national side; a city or state
//! acting as a club is that club, an ORG (`teams.rs`).

use super::context::Ctx;
use super::teams;
use crate::lexicon::Kind;
use crate::types::{Candidate, Label, Span};

/// Capitalised words that turn a place name into the name of an area it governs ("Kandahar
/// Province").
const ADMIN_HEADS: &[&str] = &[
    "County",
    "District",
    "Governorate",
    "Oblast",
    "Prefecture",
    "Province",
    "Region",
];

/// Capitalised words that close the name of a natural feature, after a place name ("Caspian
/// Sea") or any capitalised name ("Ross Ice Shelf", read by `orgs.rs`'s head-word grammar).
pub(super) const NATURAL_HEADS: &[&str] = &[
    "Basin",
    "Bay",
    "Channel",
    "Coast",
    "Delta",
    "Desert",
    "Glacier",
    "Gulf",
    "Highlands",
    "Island",
    "Islands",
    "Lagoon",
    "Mountains",
    "Ocean",
    "Peninsula",
    "Plateau",
    "Reef",
    "River",
    "Sea",
    "Shelf",
    "Strait",
    "Valley",
];

/// Whether `word` closes the name of a natural feature ([`NATURAL_HEADS`]).
pub fn is_natural_head(word: &str) -> bool {
    NATURAL_HEADS.binary_search(&word).is_ok()
}

#[inline(never)]
pub fn propose(ctx: &Ctx, out: &mut Vec<Candidate>) {
    // The dateline's places are places whether or not a list knows them ("KAUNAS"); the
    // text stage read the dateline once (`Doc::header`).
    if let Some(d) = &ctx.doc.header.dateline {
        for &(a, b) in &d.places {
            out.push(Candidate {
                span: Span::new(ctx.start(a), ctx.end(b - 1)),
                label: Label::Gpe,
                source: "dateline",
                score: 0.97,
            });
        }
    }
    for m in ctx.lex() {
        let label = match m.kind {
            Kind::Country | Kind::City | Kind::State => Label::Gpe,
            Kind::Region => Label::Loc,
            Kind::Demonym | Kind::Group => Label::Norp,
            Kind::Agency => Label::Org,
            Kind::GivenName
            | Kind::OrgHead
            | Kind::Honorific
            | Kind::Title
            | Kind::RoleNoun
            | Kind::RoleSense => continue,
        };
        // "Morgan Stanley", "Lake Geneva": a city name glued to a capitalised word before it
        // is part of a longer name.
        let p = m.first_token.wrapping_sub(1);
        if m.kind == Kind::City
            && m.first_token > 0
            && ctx.is_cap(p)
            && ctx.same_sentence(p, m.first_token)
            && !ctx.is_function_word(p)
            && !ctx.is(p, Kind::Title)
            && !ctx.is(p, Kind::Demonym)
            && ctx.place_at(p).is_none()
            && !ctx.in_place(p)
        {
            continue;
        }
        let found = m.span.text(ctx.doc.text);
        // Short entries in capitals ("US", "IT") are words in a shouted headline, not places.
        if found != m.entry.surface && found.chars().count() < 4 && !ctx.on_caps_line(m.first_token) {
            continue;
        }
        let area = label != Label::Norp
            && label != Label::Org
            && ctx.is_cap(m.end_token)
            && (ADMIN_HEADS.contains(&ctx.text(m.end_token)) || is_natural_head(ctx.text(m.end_token)));
        let (span, label) = if area {
            (Span::new(m.span.start, ctx.end(m.end_token)), Label::Loc)
        } else if label == Label::Gpe
            && m.kind != Kind::Country
            && teams::acts_as_team(ctx, m.first_token, m.end_token)
        {
            (m.span, Label::Org)
        } else {
            (m.span, label)
        };
        out.push(Candidate {
            span,
            label,
            source: "lexicon",
            score: 0.85,
        });
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::analyse;

    /// The places proposed from the dateline of `text`.
    fn dateline_places(text: &str) -> Vec<&str> {
        let doc = analyse(text);
        let mut out = Vec::new();
        propose(&Ctx::new(&doc), &mut out);
        out.iter()
            .filter(|c| c.source == "dateline")
            .map(|c| c.span.text(text))
            .collect()
    }

    #[test]
    fn dateline_places_are_places_and_sentence_subjects_are_not() {
        assert_eq!(
            dateline_places("KAUNAS, Lithuania — Troops arrived."),
            ["KAUNAS", "Lithuania"]
        );
        assert_eq!(dateline_places("TOKYO — Japan said."), ["TOKYO"]);
        assert!(dateline_places("U.S. officials said on Monday.").is_empty());
    }
}
