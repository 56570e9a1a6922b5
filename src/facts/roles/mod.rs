//! What the role rules share: reading a title phrase around a TITLE entity and recording a role
//! on a person, merged with the same role stated elsewhere.
//!
//! A title phrase is `[qualifiers] [anchor ['s]] [qualifiers] TITLE [complement]`:
//! - qualifiers stay in the title: "former", "acting", "deputy" …;
//! - the anchor gives the organisation or country: "Yukos spokesman", "Lithuania’s Minister",
//!   "Japanese Prime Minister", "Tory leader";
//! - complements extend the title ("Senior Adviser to the Minister of Defence", "Minister of
//!   National Defence") or give the organisation or country ("Commissioner of the ATLA",
//!   "President of France").
//!
//! A ministerial title with no organisation joins the ministry named elsewhere in the article
//! ("Vice Minister of National Defence" → "Ministry of National Defence" of Lithuania), and a
//! role with an organisation but no country takes the organisation's country.

pub mod affiliation;
mod ctx;
mod org;
mod phrase;
pub mod subject;

pub use crate::lexicon::parties::party;
pub use ctx::{antecedent, personal_pronoun, Ctx, PERSONAL_PRONOUNS};
pub use org::org_name;
pub use phrase::{is_abbreviated_title, read, singular, title_ending_at, title_starting_at};

use super::Input;
use super::{normalize, push_normalized};
use crate::types::{Evidence, Facts, Label, Role, Span};

/// A role read from the text, before it is recorded on a person.
#[derive(Debug, Clone, PartialEq)]
pub struct Draft {
    pub title: String,
    pub organization: Option<String>,
    pub country: Option<&'static str>,
    /// The title phrase, from its first piece to its last.
    pub first: usize,
    pub last: usize,
    /// Whether the title is plural ("Foreign Ministers"): it then applies to a list of names.
    pub plural: bool,
}

/// Records `draft` as a role of person `p`, with `evidence` read by `rule`. A role that
/// restates one the person has (the same title but for case, and no other organisation or
/// country) adds its evidence there; a different title for the same post ("Vice Minister"
/// after "Vice Minister of National Defence") is a role of its own, as the gold guidelines
/// list every distinct title. The draft is taken: a new role keeps its strings, not copies.
pub fn add(facts: &mut Facts, p: usize, draft: Draft, evidence: Span, rule: &'static str) {
    let ev = Evidence {
        start: evidence.start,
        end: evidence.end,
        rule,
    };
    let Some(person) = facts.people.get_mut(p) else {
        return;
    };
    // Normalised only when a role's title differs as written: restated titles mostly repeat it.
    // The other titles are normalised into one reused buffer.
    let mut key = None;
    let mut other = String::new();
    let fits = |a: Option<&str>, b: Option<&str>| a.is_none() || b.is_none() || a == b;
    let same = person.roles.iter_mut().find(|r| {
        let same_title = r.title == draft.title || {
            let key: &str = key.get_or_insert_with(|| normalize(&draft.title));
            other.clear();
            push_normalized(&mut other, &r.title);
            other == key
        };
        same_title
            && fits(r.organization.as_deref(), draft.organization.as_deref())
            && fits(r.country, draft.country)
    });
    match same {
        Some(r) => {
            if r.organization.is_none() {
                r.organization = draft.organization;
            }
            if r.country.is_none() {
                r.country = draft.country;
            }
            // Only the latest can repeat (two rules reading one span in turn); a full scan
            // would be quadratic in the mentions of a much-quoted person.
            if r.evidence.last() != Some(&ev) {
                r.evidence.push(ev);
            }
        }
        None => person.roles.push(Role {
            title: draft.title,
            organization: draft.organization,
            country: draft.country,
            start: ev.start,
            end: ev.end,
            evidence: vec![ev],
        }),
    }
}

/// A shorter title restating a longer one of the same person names the same post ("Vice
/// Minister" after "Vice Minister of National Defence"): it takes the longer one's
/// organisation and country where it states none.
pub fn share_posts(person: &mut crate::types::Person) {
    if person.roles.len() < 2 {
        return;
    }
    let titles: Vec<String> = person.roles.iter().map(|r| normalize(&r.title)).collect();
    for a in 0..person.roles.len() {
        if person.roles[a].organization.is_some() || person.roles[a].country.is_some() {
            continue;
        }
        let longer = (0..titles.len()).find(|&b| {
            titles[b]
                .strip_prefix(titles[a].as_str())
                .is_some_and(|rest| rest.starts_with(' '))
                && (person.roles[b].organization.is_some() || person.roles[b].country.is_some())
        });
        if let Some(b) = longer {
            let (org, country) = (person.roles[b].organization.clone(), person.roles[b].country);
            person.roles[a].organization = org;
            person.roles[a].country = country;
        }
    }
}

/// Pieces that may describe the holder between a determiner and the title ("a two-time
/// Olympic gold medalist"), at most: [`opens_at`] checks what they are.
const DESCRIBED: usize = 6;

/// Words that end a description before a title: a determiner of a new noun phrase, an
/// auxiliary or a relative pronoun of a new clause.
const NOT_DESCRIBING: &[&str] = &[
    "a", "an", "the", "is", "was", "are", "were", "be", "been", "being", "has", "have", "had", "who",
    "which", "that",
];

/// The first title starting within [`DESCRIBED`] pieces from `start`, where a predicate or an
/// apposition gives one ("was a two-time Olympic gold medalist").
pub fn title_after(input: &Input, start: usize) -> Option<(usize, usize)> {
    (start..=start + DESCRIBED).find_map(|t| title_starting_at(input, t))
}

/// Whether a title phrase read from piece `first` on stands where one was looked for, at
/// `start`: right there, or after words that only describe the holder ("a practising
/// homeopath", "the 76-year-old owner", "a second year art major", "407th") or say where
/// they are from ("an Ottawa Green MP", "an Iraqi-British architect"), which the title grammar
/// leaves out of the title.
pub fn opens_at(input: &Input, start: usize, first: usize) -> bool {
    first <= start
        || first - start <= DESCRIBED
            && (start..first).all(|k| {
                let p = input.pieces[k];
                matches!(
                    p.label,
                    Some(Label::Ordinal | Label::Cardinal | Label::Gpe | Label::Loc | Label::Norp)
                ) || p.entity.is_none()
                    && match p.kind {
                        // Not a determiner or a verb of another predicate: "was incredibly
                        // learned and was a strong advocate" gives no role.
                        // A capitalised word only opening a compound ("a Halden-born engineer").
                        crate::types::TokenKind::Word => {
                            (!input.starts_upper(k) || opens_compound(input, k))
                                && !input.word_in(k, NOT_DESCRIBING)
                        }
                        crate::types::TokenKind::Number => true,
                        _ => input.text(k) == "-",
                    }
            })
}

/// Whether piece `k` is the first word of a compound joined by a hyphen ("Halden-born").
fn opens_compound(input: &Input, k: usize) -> bool {
    input.word_in(k + 1, &["-"]) && input.pieces[k].span.end == input.pieces[k + 1].span.start
}

/// What an award is "of" ("player of the year", "coach of the season"): no body.
const AWARD_PERIODS: &[&str] = &[
    "decade",
    "game",
    "match",
    "month",
    "season",
    "tournament",
    "week",
    "year",
];

/// Whether a title phrase read for the name at piece `name` closes its clause at piece `after`:
/// the sentence ends, punctuation follows, or one of `words` does ("X was a volunteer in …",
/// "resigned as minister on Monday"), past a part of the organisation ("… at Acme's Institute").
pub fn closes_clause(input: &Input, name: usize, mut after: usize, words: &[&str]) -> bool {
    // "a professor at Acme University's Institute of Soils": the organisation's own part.
    while input.word_in(after, &["'s", "’s"])
        && input
            .pieces
            .get(after + 1)
            .is_some_and(|x| matches!(x.label, Some(Label::Org | Label::Fac)))
    {
        after += 2;
    }
    // "was head of the jury", "director of its museum": the title grammar leaves a body named
    // by a common noun out of the title; the phrase goes on to it. Not an award's period
    // ("was named player of the year").
    if input.word_in(after, &["of"])
        && input.word_in(after + 1, &["the", "a", "an", "its", "his", "her", "their"])
        && input.pieces.get(after + 2).is_some_and(|x| match x.label {
            // "of a Halden Tour event", "of the Acme board".
            Some(l) => matches!(
                l,
                Label::Org | Label::Event | Label::Fac | Label::Gpe | Label::Norp
            ),
            None => x.kind == crate::types::TokenKind::Word && !input.starts_upper(after + 2),
        })
        && !input.word_in(after + 2, AWARD_PERIODS)
    {
        return true;
    }
    // "was named chief executive on Monday", "… in 1920": a date closes the phrase.
    let date = |k: usize| input.pieces.get(k).is_some_and(|x| x.label == Some(Label::Date));
    !input.same_sentence(after, name)
        || input
            .pieces
            .get(after)
            .is_some_and(|x| x.entity.is_none() && x.kind == crate::types::TokenKind::Punct)
        || input.word_in(after, words)
        || date(after)
        || input.word_in(
            after,
            &["on", "in", "since", "until", "from", "by", "after", "before"],
        ) && date(after + 1)
}

/// The span from piece `a` to piece `b`, in either order.
pub fn span(input: &Input, a: usize, b: usize) -> Span {
    let (a, b) = (a.min(b), a.max(b));
    Span::new(input.pieces[a].span.start, input.pieces[b].span.end)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::facts::testing::input;
    use crate::types::Label;
    use crate::types::Label::*;

    fn draft(text: &str, spec: &[(&str, Label)]) -> Draft {
        let mut out = None;
        input(text, spec, |inp| {
            let mut facts = Facts::default();
            let mut ents = crate::facts::testing::entities(text, spec);
            for rule in &crate::facts::RULES[..3] {
                rule.apply(inp, &mut facts, &mut ents);
            }
            let ctx = Ctx::new(inp, &facts);
            let t = (0..inp.pieces.len())
                .find(|&i| inp.is(i, Title))
                .expect("a title");
            out = Some(read(inp, &facts, &ctx, (t, t)));
        });
        out.expect("read")
    }

    #[test]
    fn anchors_qualifiers_and_complements() {
        let d = draft(
            "Yukos spokesman Mike Lake",
            &[("Yukos", Org), ("spokesman", Title)],
        );
        assert_eq!(
            (d.title.as_str(), d.organization.as_deref()),
            ("spokesman", Some("Yukos"))
        );
        let d = draft(
            "Lithuania’s former Minister",
            &[("Lithuania", Gpe), ("former Minister", Title)],
        );
        assert_eq!(
            (d.title.as_str(), d.country),
            ("former Minister", Some("Lithuania"))
        );
        let d = draft(
            "Commissioner of the Acquisition Agency (ATLA)",
            &[("Commissioner", Title), ("Acquisition Agency", Org)],
        );
        assert_eq!(
            (d.title.as_str(), d.organization.as_deref()),
            ("Commissioner", Some("Acquisition Agency"))
        );
        let d = draft(
            "Senior Adviser to the Minister of Defence;",
            &[("Senior Adviser", Title), ("Minister of Defence", Title)],
        );
        assert_eq!(d.title, "Senior Adviser to the Minister of Defence");
        let d = draft(
            "Minister of National Defence Loreta Maskaliovienė",
            &[("Minister", Title), ("Loreta Maskaliovienė", Person)],
        );
        assert_eq!(d.title, "Minister of National Defence");
        let d = draft(
            "Japanese Prime Minister",
            &[("Japanese", Norp), ("Prime Minister", Title)],
        );
        assert_eq!((d.title.as_str(), d.country), ("Prime Minister", Some("Japan")));
        let d = draft("Sen. John Kerry", &[("Sen.", Title)]);
        assert_eq!(d.title, "Sen.");
    }

    #[test]
    fn anchors_and_complements_inside_the_title() {
        let d = draft("BP chief executive Lord Browne", &[("BP chief executive", Title)]);
        assert_eq!(
            (d.title.as_str(), d.organization.as_deref()),
            ("chief executive", Some("BP"))
        );
        let d = draft("former Tory leader", &[("former Tory leader", Title)]);
        assert_eq!(
            (d.title.as_str(), d.organization.as_deref(), d.country),
            (
                "former leader",
                Some("Conservative Party"),
                Some("United Kingdom")
            )
        );
        let d = draft(
            "chief financial officer of BP",
            &[("chief financial officer of BP", Title)],
        );
        assert_eq!(
            (d.title.as_str(), d.organization.as_deref()),
            ("chief financial officer", Some("BP"))
        );
        let d = draft("President of France", &[("President of France", Title)]);
        assert_eq!((d.title.as_str(), d.country), ("President", Some("France")));
        for kept in [
            "Bank of England Governor",
            "Minister of National Defence",
            "Senate Majority Leader",
        ] {
            let d = draft(kept, &[(kept, Title)]);
            assert_eq!((d.title.as_str(), d.organization.as_deref()), (kept, None));
        }
    }

    #[test]
    fn ministerial_titles_join_the_ministry() {
        let d = draft(
            "Vice Minister of National Defence X, with the Ministry of National Defence of the Republic of Lithuania.",
            &[
                ("Vice Minister of National Defence", Title),
                ("Ministry of National Defence of the Republic of Lithuania", Org),
            ],
        );
        assert_eq!(d.organization.as_deref(), Some("Ministry of National Defence"));
        assert_eq!(d.country, Some("Lithuania"));
        let d = draft(
            "Minister of Finance X and the Ministry of Defence",
            &[("Minister of Finance", Title), ("Ministry of Defence", Org)],
        );
        assert_eq!(d.organization, None, "another ministry");
    }

    #[test]
    fn ctx_lists_names_not_title_mentions() {
        let text = "Chancellor Gordon Brown spoke. Then the Chancellor said Brown agreed.";
        let spec = [
            ("Chancellor", Title),
            ("Gordon Brown", Person),
            ("Chancellor", Title),
        ];
        input(text, &spec, |inp| {
            let mut facts = Facts::default();
            let mut ents = crate::facts::testing::entities(text, &spec);
            for rule in crate::facts::RULES {
                rule.apply(inp, &mut facts, &mut ents);
            }
            let ctx = Ctx::new(inp, &facts);
            let named: Vec<(&str, usize)> = inp.named().iter().map(|&(i, p)| (inp.text(i), p)).collect();
            assert_eq!(named, [("Gordon Brown", 0), ("Brown", 0)]);
            // "the Chancellor" is a mention of Brown, but no name rules start from.
            assert!(facts.people[0].mentions.iter().any(|m| m.kind == Some("title")));
            let title = (0..inp.pieces.len())
                .rfind(|&i| inp.is(i, Title))
                .expect("a title");
            assert_eq!((ctx.person(title), ctx.person(title - 1)), (None, None));
            assert_eq!(ctx.person(inp.pieces.len()), None);
        });
    }
}
