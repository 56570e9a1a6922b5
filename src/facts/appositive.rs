//! Title after the name, set off by a comma: "Kenji Wakamiya, Senior Adviser to the Minister of
//! Defence;", "Nobuaki Miyama, Chief Executive Director of the Japan Association of Defence
//! Industries (JADI)", "Mike Lake, the Yukos spokesman, said". The phrase must end the
//! appositive (a comma, semicolon, bracket, "and", or the sentence), so a title that starts a
//! new clause is not read as this person's.

use super::roles;
use super::{Input, Rule};
use crate::lexicon::speech;
use crate::types::{Entity, Facts, Label};

pub struct Appositive;

/// Words that may end an appositive besides punctuation and verbs of saying ("…, a senior
/// analyst at Morgan Stanley in New York").
const ENDS: &[&str] = &[
    "and", "who", "has", "had", "is", "was", "will", "would", "in", "on", "since", "from", "until",
];

impl Rule for Appositive {
    fn id(&self) -> &'static str {
        "appositive"
    }

    fn apply(&self, input: &Input, facts: &mut Facts, _entities: &mut [Entity]) {
        let ctx = input.ctx(facts);
        for &(i, p) in input.named() {
            // "Ann Lee QC, the prosecutor", "Tom Vale (1841 – 1904), a composer".
            let comma = roles::subject::after_name(input, i);
            if !input.word_in(comma, &[","]) {
                continue;
            }
            // "Tom Becker, 52, a senior analyst": the age stands between.
            let age = (input.is(comma + 1, Label::Cardinal)
                || input
                    .pieces
                    .get(comma + 1)
                    .is_some_and(|p| p.kind == crate::types::TokenKind::Number))
                && input.word_in(comma + 2, &[","]);
            let after_comma = if age { comma + 3 } else { comma + 1 };
            // "Tom Vale, also a member of …", "Ann Lee, now the company's chief executive".
            let after_comma =
                after_comma + usize::from(input.word_in(after_comma, &["also", "now", "formerly", "once"]));
            let mut start = after_comma + usize::from(input.word_in(after_comma, &["the", "a", "an"]));
            // "a 32-year-old striker": the age before the title.
            if (input.is(start, Label::Cardinal)
                || input
                    .pieces
                    .get(start)
                    .is_some_and(|p| p.kind == crate::types::TokenKind::Number))
                && input.word_in(start + 1, &["-"])
                && input.word_in(start + 2, &["year"])
                && input.word_in(start + 3, &["-"])
                && input.word_in(start + 4, &["old"])
            {
                start += 5;
            }
            // The title itself may follow an anchor and qualifiers: "the Yukos spokesman".
            let Some(title) = roles::title_after(input, start) else {
                continue;
            };
            let d = roles::read(input, facts, ctx, title);
            if !roles::opens_at(input, start, d.first) || !input.same_sentence(i, d.last) {
                continue;
            }
            // "chairman and chief executive", "Director of X, and Chairman of Y": each title of
            // the apposition is a role, and a later one without an anchor shares the first
            // one's ("GM's chairman and …").
            let mut titles = vec![d];
            while let Some(last) = titles.last() {
                let mut next = last.last + 1;
                let comma = input.word_in(next, &[","]);
                next += usize::from(comma);
                let and = input.word_in(next, &["and"]);
                next += usize::from(and);
                if !(comma || and) || !input.same_sentence(next, i) {
                    break;
                }
                let Some(t) = roles::title_starting_at(input, next) else {
                    break;
                };
                let mut more = roles::read(input, facts, ctx, t);
                // "…, Director of X, Ann Lee said": a title before a name is that name's.
                if more.first != next || ctx.person(more.last + 1).is_some() {
                    break;
                }
                if more.organization.is_none() && more.country.is_none() {
                    more.organization.clone_from(&titles[0].organization);
                    more.country = titles[0].country;
                }
                titles.push(more);
            }
            // "chief financial officer and treasurer at Acme": titles joined by "and" share the
            // last one's complement.
            for k in (1..titles.len()).rev() {
                let (head, tail) = titles.split_at_mut(k);
                let (d, next) = (&mut head[k - 1], &tail[0]);
                if d.last + 2 == next.first && d.organization.is_none() && d.country.is_none() {
                    d.organization.clone_from(&next.organization);
                    d.country = next.country;
                }
            }
            let after = titles.last().map_or(0, |d| d.last + 1);
            // A complement the recogniser did not mark ("of the <unmarked agency>") still
            // leaves the title as stated, and so does a participle ("a broker buying oil").
            let ends = roles::closes_clause(input, i, after, ENDS)
                || input.pieces.get(after).is_some_and(|x| x.entity.is_none())
                    && (speech::is_finite_cue(input.text(after)) || is_participle(input, after))
                || input.word_in(after, &["of", "at", "for"]) && complement_closes(input, i, after + 1);
            if ends {
                for d in titles {
                    let span = roles::span(input, i, d.last);
                    roles::add(facts, p, d, span, self.id());
                }
            }
        }
    }
}

/// Whether an unmarked complement from piece `k` on ("the Acme Sheriff's office") closes the
/// appositive: "…, a detective for the Acme Sheriff's office was told" starts a clause.
fn complement_closes(input: &Input, name: usize, mut k: usize) -> bool {
    let mut lower = 0;
    while k < input.pieces.len() && input.same_sentence(k, name) {
        let p = input.pieces[k];
        if p.entity.is_some()
            || input.starts_upper(k)
            || input.word_in(k, &["the", "of", "and", "'s", "’s", "-"])
        {
            k += 1;
        } else if p.kind == crate::types::TokenKind::Word
            && lower < 5
            && !input.word_in(k, ENDS)
            && !speech::is_finite_cue(input.text(k))
        {
            lower += 1;
            k += 1;
        } else {
            break;
        }
    }
    roles::closes_clause(input, name, k, &[])
        || input.pieces.get(k).is_some_and(|x| x.entity.is_none()) && speech::is_finite_cue(input.text(k))
}

/// A lower-case word in "-ing" opening a clause that describes the person ("a broker buying
/// oil for the regime").
fn is_participle(input: &Input, i: usize) -> bool {
    let w = input.text(i);
    w.len() > 5 && w.ends_with("ing") && w.starts_with(|c: char| c.is_ascii_lowercase())
}

#[cfg(test)]
mod tests {
    use crate::facts::testing::{facts, row, table};
    use crate::types::Label::*;

    #[test]
    fn list_of_appositives() {
        let text = "including Kenji Wakamiya, Senior Adviser to the Minister of Defence; Takeshi Ishikawa, \
                    Commissioner of the Acquisition, Technology and Logistics Agency (ATLA); and Nobuaki Miyama, \
                    Chief Executive Director of the Japan Association of Defence Industries (JADI).";
        let (f, _) = facts(
            text,
            &[
                ("Kenji Wakamiya", Person),
                ("Senior Adviser to the Minister of Defence", Title),
                ("Takeshi Ishikawa", Person),
                ("Commissioner", Title),
                ("Acquisition, Technology and Logistics Agency", Org),
                ("ATLA", Org),
                ("Nobuaki Miyama", Person),
                ("Chief Executive Director", Title),
                ("Japan Association of Defence Industries", Org),
                ("JADI", Org),
            ],
        );
        assert_eq!(
            table(&f),
            [
                row(
                    "Kenji Wakamiya",
                    "Senior Adviser to the Minister of Defence",
                    "",
                    ""
                ),
                row(
                    "Takeshi Ishikawa",
                    "Commissioner",
                    "Acquisition, Technology and Logistics Agency",
                    ""
                ),
                row(
                    "Nobuaki Miyama",
                    "Chief Executive Director",
                    "Japan Association of Defence Industries",
                    "Japan"
                ),
            ]
        );
    }

    #[test]
    fn anchored_appositive_with_article() {
        let (f, _) = facts(
            "Mike Lake, the Yukos spokesman, said",
            &[("Mike Lake", Person), ("Yukos", Org), ("spokesman", Title)],
        );
        assert_eq!(table(&f), [row("Mike Lake", "spokesman", "Yukos", "")]);
    }

    #[test]
    fn coordinated_titles_with_possessive_anchor() {
        let (f, _) = facts(
            "said Rick Wagoner, GM's chairman and chief executive. Jose Mourinho, the Chelsea manager, smiled.",
            &[
                ("Rick Wagoner", Person),
                ("GM", Org),
                ("chairman", Title),
                ("chief executive", Title),
                ("Jose Mourinho", Person),
                ("Chelsea", Gpe),
                ("manager", Title),
            ],
        );
        assert_eq!(
            table(&f),
            [
                row("Rick Wagoner", "chairman", "GM", ""),
                row("Rick Wagoner", "chief executive", "GM", ""),
                row("Jose Mourinho", "manager", "Chelsea", ""),
            ]
        );
    }

    #[test]
    fn nationality_of_an_unnamed_body() {
        let (f, _) = facts(
            "Fuad Basya, spokesman for the Indonesian military, said",
            &[("Fuad Basya", Person), ("spokesman", Title), ("Indonesian", Norp)],
        );
        assert_eq!(table(&f), [row("Fuad Basya", "spokesman", "", "Indonesia")]);
    }

    #[test]
    fn age_and_possessive_common_noun() {
        let (f, _) = facts(
            "Maria Gonzalez, the company's chief executive, said. \"Yes,\" said Tom Becker, 52, a senior analyst at Morgan Stanley in New York.",
            &[
                ("Maria Gonzalez", Person),
                ("chief executive", Title),
                ("Tom Becker", Person),
                ("52", Cardinal),
                ("senior analyst", Title),
                ("Morgan Stanley", Org),
                ("New York", Gpe),
            ],
        );
        assert_eq!(
            table(&f),
            [
                row("Maria Gonzalez", "chief executive", "", ""),
                row("Tom Becker", "senior analyst", "Morgan Stanley", ""),
            ]
        );
    }

    #[test]
    fn title_opening_a_new_clause_is_not_an_appositive() {
        let (f, _) = facts(
            "After meeting John Smith, Chancellor Gordon Brown left.",
            &[
                ("John Smith", Person),
                ("Chancellor", Title),
                ("Gordon Brown", Person),
            ],
        );
        assert_eq!(
            table(&f),
            [
                row("John Smith", "", "", ""),
                row("Gordon Brown", "Chancellor", "", "")
            ]
        );
    }
}
