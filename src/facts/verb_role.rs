//! Roles stated with a verb of office, active or passive: "Mr Howard leads the Conservatives"
//! (leader of the Conservatives), "the party, founded by Jane Roe" (founder), "the committee is
//! chaired by John Doe" (chair). The relative clause "X, who leads …" is read by
//! [`super::relative`] with the same table.

use super::roles::{self, subject, Draft};
use super::{gazetteer, organizations, people, Input, Rule};
use crate::lexicon::shapes::Shapes;
use crate::types::{Entity, Facts, Label};

pub struct VerbRole;

/// Verbs that state a role, and the title they state.
pub const VERBS: &[(&str, &str)] = &[
    ("leads", "leader"),
    ("led", "leader"),
    ("heads", "head"),
    ("headed", "head"),
    ("runs", "head"),
    ("ran", "head"),
    ("chairs", "chair"),
    ("chaired", "chair"),
    ("founded", "founder"),
    ("co-founded", "co-founder"),
    ("cofounded", "co-founder"),
    ("co-owns", "co-owner"),
    ("co-owned", "co-owner"),
    ("co-chairs", "co-chair"),
    ("co-chaired", "co-chair"),
    ("created", "creator"),
    ("owns", "owner"),
    ("owned", "owner"),
    ("coaches", "coach"),
    ("coached", "coach"),
    ("manages", "manager"),
    ("managed", "manager"),
    ("captains", "captain"),
    ("captained", "captain"),
    ("edits", "editor"),
    ("edited", "editor"),
    ("directs", "director"),
    ("directed", "director"),
    ("commands", "commander"),
    ("commanded", "commander"),
    ("presides", "president"),
];

/// The verbs of [`VERBS`] by shape: most words asked about are none, known from their first
/// byte and length before the verbs are compared one by one.
static VERB_SHAPES: Shapes = Shapes::new(&{
    let mut verbs = [""; VERBS.len()];
    let mut i = 0;
    while i < VERBS.len() {
        verbs[i] = VERBS[i].0;
        i += 1;
    }
    verbs
});

/// The title a verb of office states.
pub fn title_of(verb: &str) -> Option<&'static str> {
    if !VERB_SHAPES.may_be(verb) {
        return None;
    }
    VERBS.iter().find(|(w, _)| *w == verb).map(|&(_, t)| t)
}

/// Whether pieces `first..=first + 2` are "co", a hyphen and a word written together: the
/// tokens split "co-founded", which the table holds whole.
fn co_compound(input: &Input, first: usize) -> bool {
    input.word_in(first, &["co", "Co"])
        && input.word_in(first + 1, &["-"])
        && input
            .pieces
            .get(first + 2)
            .is_some_and(|w| w.span.start == input.pieces[first + 1].span.end)
        && input.pieces[first].span.end == input.pieces[first + 1].span.start
}

/// The verb of office starting at piece `v`, with its title and its last piece.
pub fn verb_at(input: &Input, v: usize) -> Option<(&'static str, usize)> {
    if co_compound(input, v) {
        let verb = input.text(v + 2);
        return VERBS
            .iter()
            .find(|(w, _)| w.strip_prefix("co-") == Some(verb))
            .map(|&(_, t)| (t, v + 2));
    }
    title_of(input.text(v))
        .filter(|_| input.pieces.get(v).is_some_and(|x| x.entity.is_none()))
        .map(|t| (t, v))
}

/// The verb of office ending at piece `last`, with its title and its first piece.
fn verb_ending_at(input: &Input, last: usize) -> Option<(&'static str, usize)> {
    match last.checked_sub(2).filter(|&first| co_compound(input, first)) {
        Some(first) => verb_at(input, first).map(|(t, _)| (t, first)),
        None => verb_at(input, last).map(|(t, _)| (t, last)),
    }
}

/// The piece from `v` on past the auxiliaries and adverbs that may stand before a verb of
/// office or a predicate ("also leads", "has long led", "had previously coached", "was
/// previously the head", "is both an artist and …").
pub fn verb_from(input: &Input, mut v: usize) -> usize {
    const BEFORE_VERB: &[&str] = &[
        "also",
        "now",
        "currently",
        "still",
        "jointly",
        "has",
        "had",
        "long",
        "once",
        "previously",
        "formerly",
        "both",
    ];
    while input.word_in(v, BEFORE_VERB) {
        v += 1;
    }
    v
}

/// Pieces looked back from a passive verb for the body it is about.
const REACH: usize = 6;

impl Rule for VerbRole {
    fn id(&self) -> &'static str {
        "verb-role"
    }

    fn apply(&self, input: &Input, facts: &mut Facts, _entities: &mut [Entity]) {
        let ctx = input.ctx(facts);
        for &(i, p) in ctx.subjects() {
            // Active: "<name> [also|now|has …] leads [the] <org>", with what may trail the
            // name ("Tom Vale (1841 – 1904) founded", "Ann Lee, a Halden native, founded").
            let after = subject::after_name(input, i);
            let verb = |k: usize| verb_at(input, verb_from(input, k));
            let found = verb(after).or_else(|| {
                let k = input.word_in(after, &[","]).then_some(after)?;
                verb(subject::past_comma_aside(input, ctx, i, k, |k| {
                    verb(k).is_some()
                })?)
            });
            if let Some((title, v)) = found {
                let obj = v + 1 + usize::from(input.word_in(v + 1, &["the"]));
                if let Some(d) = object(input, facts, ctx, title, v, obj) {
                    roles::add(facts, p, d, roles::span(input, i, obj), self.id());
                }
                continue;
            }
            // Passive: "<org> [, …] founded by [title] <name>", and the names listed with it
            // ("co-owned by Jane Roe and Tom Vale").
            let mut b = i;
            loop {
                while b > 0
                    && (input.is(b - 1, Label::Title)
                        || (input.pieces[b - 1].entity.is_none() && people::is_honorific(input.text(b - 1)))
                        || input.word_in(b - 1, &["."]))
                {
                    b -= 1;
                }
                if b >= 2 && input.word_in(b - 1, &["and", ","]) && ctx.person(b - 2).is_some() {
                    b -= 2;
                } else {
                    break;
                }
            }
            if b < 2 || !input.word_in(b - 1, &["by"]) || !input.same_sentence(b - 2, i) {
                continue;
            }
            let Some((title, verb)) = verb_ending_at(input, b - 2) else {
                continue;
            };
            let mut d = draft(title, verb, i);
            // The body is the nearest organisation before the verb in the clause, if any.
            let body = (verb.saturating_sub(REACH)..verb)
                .rev()
                .take_while(|&k| input.same_sentence(k, verb) && !input.word_in(k, &[";", "."]))
                .find(|&k| input.is(k, Label::Org));
            if let Some(o) = body {
                let (org, country) = roles::org_name(facts, ctx, input.text(o));
                d.organization = Some(org);
                d.country = country;
            }
            roles::add(
                facts,
                p,
                d,
                roles::span(input, body.unwrap_or(verb), i),
                self.id(),
            );
        }
    }
}

fn draft(title: &str, first: usize, last: usize) -> Draft {
    Draft {
        title: title.to_string(),
        organization: None,
        country: None,
        first,
        last,
        plural: false,
    }
}

/// The role a verb of office states over piece `obj`: an organisation, a party or a country;
/// `None` when the object is none of these ("leads the way").
pub fn object(
    input: &Input,
    facts: &Facts,
    ctx: &roles::Ctx,
    title: &str,
    verb: usize,
    obj: usize,
) -> Option<Draft> {
    let mut d = draft(title, verb, obj);
    let name = input.text(obj);
    match input.label(obj) {
        Some(Label::Gpe) => d.country = gazetteer::country(name),
        // A party the recogniser left unmarked still names an organisation.
        Some(Label::Org | Label::Norp) | None
            if input.label(obj).is_some() || roles::party(name).is_some() =>
        {
            let (org, country) = roles::org_name(facts, ctx, name);
            d.organization = Some(org);
            d.country = country;
        }
        // "who chairs the committee": a body named by its common noun, an organisation head
        // written in lower case; the role stands without the body's name.
        None if organizations::is_body_noun(name) => {}
        _ => return None,
    }
    Some(d)
}

#[cfg(test)]
mod tests {
    use crate::facts::testing::{facts, row, table};
    use crate::types::Label::*;

    #[test]
    fn active_and_passive_verbs_of_office() {
        let (f, _) = facts(
            "Jane Roe leads the Harbour Trust. The Lakeside Club was founded by writer Tom Vale in 1950.",
            &[
                ("Jane Roe", Person),
                ("Harbour Trust", Org),
                ("Lakeside Club", Org),
                ("writer", Title),
                ("Tom Vale", Person),
            ],
        );
        let t = table(&f);
        assert!(
            t.contains(&row("Jane Roe", "leader", "Harbour Trust", "")),
            "{t:?}"
        );
        assert!(
            t.contains(&row("Tom Vale", "founder", "Lakeside Club", "")),
            "{t:?}"
        );
    }

    #[test]
    fn an_aside_may_stand_between_the_name_and_the_verb() {
        let (f, _) = facts(
            "Ann Lee, a Halden native, founded Acme Holdings in 1990.",
            &[
                ("Ann Lee", Person),
                ("Halden", Gpe),
                ("Acme Holdings", Org),
                ("1990", Date),
            ],
        );
        assert_eq!(table(&f), [row("Ann Lee", "founder", "Acme Holdings", "")]);
    }

    #[test]
    fn an_auxiliary_or_adverb_may_stand_before_the_verb() {
        let (f, _) = facts(
            "Jane Roe has coached the Lakeside Club since 2010. Tom Vale, who has long led the \
             Harbour Trust, said no. Ann Lee has led calls for reform.",
            &[
                ("Jane Roe", Person),
                ("Lakeside Club", Org),
                ("2010", Date),
                ("Tom Vale", Person),
                ("Harbour Trust", Org),
                ("Ann Lee", Person),
            ],
        );
        assert_eq!(
            table(&f),
            [
                row("Jane Roe", "coach", "Lakeside Club", ""),
                row("Tom Vale", "leader", "Harbour Trust", ""),
                row("Ann Lee", "", "", "")
            ]
        );
    }

    #[test]
    fn a_compound_verb_and_names_listed_after_by() {
        let (f, _) = facts(
            "Ann Lee co-founded the Harbour Trust. The Lakeside Club is co-owned by Jane Roe and \
             Tom Vale.",
            &[
                ("Ann Lee", Person),
                ("Harbour Trust", Org),
                ("Lakeside Club", Org),
                ("Jane Roe", Person),
                ("Tom Vale", Person),
            ],
        );
        assert_eq!(
            table(&f),
            [
                row("Ann Lee", "co-founder", "Harbour Trust", ""),
                row("Jane Roe", "co-owner", "Lakeside Club", ""),
                row("Tom Vale", "co-owner", "Lakeside Club", "")
            ]
        );
    }

    #[test]
    fn other_verbs_and_objects_state_no_role() {
        let (f, _) = facts(
            "Jane Roe leads the way. She was praised by Tom Vale. Ann Lee met the Harbour Trust.",
            &[
                ("Jane Roe", Person),
                ("Tom Vale", Person),
                ("Ann Lee", Person),
                ("Harbour Trust", Org),
            ],
        );
        assert!(f.people.iter().all(|p| p.roles.is_empty()), "{:?}", table(&f));
    }
}
