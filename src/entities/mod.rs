//! Stages 2–3: candidates from every recogniser → one flat, non-overlapping entity list.
//!
//! Each recogniser proposes [`Candidate`]s; later ones may read earlier proposals (titles avoid
//! organisations, people follow titles). [`resolve`] keeps the best non-overlapping set.
//! Adding a recogniser means adding a module and one line in [`candidates`].

mod context;
mod firms;
pub mod languages;
mod lexical;
pub mod model;
mod names;
mod not_people;
mod numbers;
mod orgs;
mod resolve;
mod results;
mod teams;
mod temporal;
#[cfg(test)]
mod testing;
mod things;
pub(crate) mod titles;

use crate::types::{Candidate, Doc, Entity};

pub use names::is_postnominal;
pub use resolve::{resolve, select};

/// Every recogniser's proposals for the document `ctx` reads.
fn candidates(ctx: &context::Ctx) -> Vec<Candidate> {
    let mut out = rule_candidates(ctx);
    model::propose(ctx, &mut out);
    out
}

/// The rules' proposals, before the tagger adds its own.
fn rule_candidates(ctx: &context::Ctx) -> Vec<Candidate> {
    // News gives about one candidate, rules' and tagger's, per seven tokens (never one per two
    // in the fixtures): room for them all, so the vector is not grown and copied as they come.
    let mut out = Vec::with_capacity(ctx.len() / 2);
    lexical::propose(ctx, &mut out);
    languages::propose(ctx, &mut out);
    orgs::propose(ctx, &mut out);
    results::propose(ctx, &mut out);
    teams::propose(ctx, &mut out);
    things::propose(ctx, &mut out);
    titles::propose(ctx, &mut out);
    names::propose(ctx, &mut out);
    temporal::propose(ctx.doc, &mut out);
    numbers::propose(ctx.doc, &mut out);
    out
}

/// The whole entity stage: lexicon lookup, candidates, overlap resolution, then what context
/// says the people are not. One [`context::Ctx`] serves every step.
pub fn recognize(doc: &Doc) -> Vec<Entity> {
    let ctx = context::Ctx::new(doc);
    let mut kept = select(candidates(&ctx));
    not_people::check(&ctx, &mut kept);
    resolve::entities(doc.text, kept)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::analyse;

    /// `(label, text)` of every entity the rules alone find (the tagger is left out so these
    /// cases pin the rules' behaviour).
    fn rules(text: &str) -> Vec<(&'static str, String)> {
        let doc = analyse(text);
        let out = rule_candidates(&context::Ctx::new(&doc));
        resolve(text, out)
            .into_iter()
            .map(|e| (e.label.as_str(), e.text))
            .collect()
    }

    #[test]
    fn rule_table() {
        let cases: &[(&str, &[(&str, &str)])] = &[
            ("Mr Blair said no.", &[("PERSON", "Blair")]),
            (
                "Sen. John Kerry (D-Mass.) spoke.",
                &[("TITLE", "Sen."), ("PERSON", "John Kerry")],
            ),
            (
                "Vice Minister Maskaliovienė spoke.",
                &[("TITLE", "Vice Minister"), ("PERSON", "Maskaliovienė")],
            ),
            (
                "the Ministry of National Defence of the Republic of Lithuania",
                &[("ORG", "Ministry of National Defence of the Republic of Lithuania")],
            ),
            (
                "the Acquisition, Technology and Logistics Agency (ATLA) said. ATLA",
                &[
                    ("ORG", "Acquisition, Technology and Logistics Agency"),
                    ("ORG", "ATLA"),
                    ("ORG", "ATLA"),
                ],
            ),
            (
                "the Lithuania–Japan Business Forum",
                &[("EVENT", "Lithuania–Japan Business Forum")],
            ),
            ("Lithuania–Japan ties", &[("GPE", "Lithuania"), ("GPE", "Japan")]),
            ("Lithuania’s sector", &[("GPE", "Lithuania")]),
            (
                "Senior Adviser to the Minister of Defence",
                &[("TITLE", "Senior Adviser to the Minister of Defence")],
            ),
            (
                "Commissioner of the Acquisition, Technology and Logistics Agency",
                &[
                    ("TITLE", "Commissioner"),
                    ("ORG", "Acquisition, Technology and Logistics Agency"),
                ],
            ),
            ("the spokesman said", &[]),
            (
                "Ursula von der Leyen arrived. Later von der Leyen said",
                &[("PERSON", "Ursula von der Leyen"), ("PERSON", "von der Leyen")],
            ),
            ("a senior analyst at Morgan Stanley", &[("ORG", "Morgan Stanley")]),
            (
                "around 20 firms, $1.2bn, 15% and 5,000 tonnes",
                &[
                    ("CARDINAL", "around 20"),
                    ("MONEY", "$1.2bn"),
                    ("PERCENT", "15%"),
                    ("QUANTITY", "5,000 tonnes"),
                ],
            ),
            (
                "From June 8 to 10, in 2014, last week",
                &[("DATE", "June 8 to 10"), ("DATE", "2014"), ("DATE", "last week")],
            ),
            ("the FIRST Global challenge", &[]),
            // No date, time or number runs across a line break (results tables, lists).
            (
                "It ended 6-4\nJan was cold.",
                &[("CARDINAL", "6"), ("CARDINAL", "4")],
            ),
            // The role-phrase grammar (titles/): lower-case role nouns beside a name, with the
            // modifiers that define the role and without those that describe the holder.
            (
                "including photographer Helen Park and disco club owner Mark Dunn.",
                &[
                    ("TITLE", "photographer"),
                    ("PERSON", "Helen Park"),
                    ("TITLE", "disco club owner"),
                    ("PERSON", "Mark Dunn"),
                ],
            ),
            (
                "Helen Park, a practising homeopath, said",
                &[("PERSON", "Helen Park"), ("TITLE", "homeopath")],
            ),
            (
                "Mr Dunn was a volunteer.",
                &[("PERSON", "Dunn"), ("TITLE", "volunteer")],
            ),
            ("the volunteer said", &[]),
            (
                "pan-unionist Helen Park and veteran diplomat Mark Dunn",
                &[
                    ("PERSON", "Helen Park"),
                    ("TITLE", "diplomat"),
                    ("PERSON", "Mark Dunn"),
                ],
            ),
            (
                "We echo new Prime Minister Mark Dunn.",
                &[("TITLE", "Prime Minister"), ("PERSON", "Mark Dunn")],
            ),
            // A role noun with a capital mid-sentence is a name unless a given name follows.
            ("Mark Cook said.", &[("PERSON", "Mark Cook")]),
            (
                "Minister for the Pacific, Mr Dunn, and Maj. Gen. Helen Park",
                &[
                    ("TITLE", "Minister for the Pacific"),
                    ("PERSON", "Dunn"),
                    ("TITLE", "Maj. Gen."),
                    ("PERSON", "Helen Park"),
                ],
            ),
            (
                "Helen Park, assistant professor of art history, and the singer-songwriter Mark Dunn",
                &[
                    ("PERSON", "Helen Park"),
                    ("TITLE", "assistant professor of art history"),
                    ("TITLE", "singer-songwriter"),
                    ("PERSON", "Mark Dunn"),
                ],
            ),
            // Complements and idioms: "at large", a field after "in" (not a place), another
            // title after "to the", a region named with its lower-case noun.
            (
                "Mark Dunn, editor at large, and Helen Park, a lecturer in economic history, met.",
                &[
                    ("PERSON", "Mark Dunn"),
                    ("TITLE", "editor at large"),
                    ("PERSON", "Helen Park"),
                    ("TITLE", "lecturer in economic history"),
                ],
            ),
            (
                "Helen Park, a spokesman in Paris, said",
                &[("PERSON", "Helen Park"), ("TITLE", "spokesman"), ("GPE", "Paris")],
            ),
            (
                "Mark Dunn, undersecretary to the prime minister, said",
                &[
                    ("PERSON", "Mark Dunn"),
                    ("TITLE", "undersecretary to the prime minister"),
                ],
            ),
            (
                "Later the president of the Umbria region, Mark Dunn, said",
                &[
                    ("TITLE", "president of the Umbria region"),
                    ("PERSON", "Mark Dunn"),
                ],
            ),
            // A role noun after "to" with nouns after it is a verb; "city" is the office's place.
            (
                "Fans came to greet city mayor Mark Dunn.",
                &[("TITLE", "mayor"), ("PERSON", "Mark Dunn")],
            ),
            // Two capitalised portfolios joined by "and" before an office; not a name's end.
            (
                "Trade and Industry Secretary Ann Lee met Jane Roe and Defence Secretary Tom Vale.",
                &[
                    ("TITLE", "Trade and Industry Secretary"),
                    ("PERSON", "Ann Lee"),
                    ("PERSON", "Jane Roe"),
                    ("TITLE", "Defence Secretary"),
                    ("PERSON", "Tom Vale"),
                ],
            ),
            // A judge's title before a surname; the word in a body's name stays there.
            (
                "In the opinion of Justice Varlow, the rule holds.",
                &[("TITLE", "Justice"), ("PERSON", "Varlow")],
            ),
            ("The Justice Department agreed.", &[("ORG", "Justice Department")]),
            // A party before a title is the holder's side, no part of the title.
            (
                "Labour MP Ann Lee and Republican Senator Jane Roe met.",
                &[
                    ("TITLE", "MP"),
                    ("PERSON", "Ann Lee"),
                    ("NORP", "Republican"),
                    ("TITLE", "Senator"),
                    ("PERSON", "Jane Roe"),
                ],
            ),
            // So is a word after a modal.
            (
                "The winner would replace outgoing governor Mark Dunn.",
                &[("TITLE", "governor"), ("PERSON", "Mark Dunn")],
            ),
            // Role senses ("creator") and compounds ending in a role noun ("cosplayer") only
            // where the text gives them to someone.
            (
                "including cosplayer Helen Park and creator Mark Dunn.",
                &[
                    ("TITLE", "cosplayer"),
                    ("PERSON", "Helen Park"),
                    ("TITLE", "creator"),
                    ("PERSON", "Mark Dunn"),
                ],
            ),
            ("the creator said it was a major Acme donor program", &[]),
            (
                "Directors Susan Marsh and Colin Reed agreed.",
                &[
                    ("TITLE", "Directors"),
                    ("PERSON", "Susan Marsh"),
                    ("PERSON", "Colin Reed"),
                ],
            ),
        ];
        for (text, want) in cases {
            let want: Vec<(&str, String)> = want.iter().map(|&(l, t)| (l, t.to_string())).collect();
            assert_eq!(rules(text), want, "{text:?}");
        }
    }
}
