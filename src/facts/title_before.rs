//! Title before the name: "Vice Minister of National Defence Loreta Maskaliovienė", "Tory
//! leader Michael Howard", "Yukos spokesman Mike Lake", and with a comma after an anchored title:
//! "Lithuania’s Minister of National Defence, Dovilė Šakalienė". A plural title applies to
//! every name of the list it heads: "Foreign Ministers Jack Straw and Joschka Fischer".

use super::roles::{self, Ctx};
use super::{people, Input, Rule};
use crate::types::{Entity, Facts, Label};

pub struct TitleBeforeName;

impl Rule for TitleBeforeName {
    fn id(&self) -> &'static str {
        "title-before-name"
    }

    fn apply(&self, input: &Input, facts: &mut Facts, _entities: &mut [Entity]) {
        let ctx = Ctx::new(facts);
        for t in 0..input.pieces.len() {
            if !input.is(t, Label::Title) {
                continue;
            }
            let mut d = roles::read(input, facts, &ctx, t);
            let mut next = d.last + 1;
            let comma = input.word_in(next, &[","]);
            if comma && d.anchored {
                next += 1;
            }
            // "BP chief executive Lord Browne", "Chancellor Mr Brown".
            while input.pieces.get(next).is_some_and(|p| p.entity.is_none())
                && people::is_honorific(input.text(next))
            {
                next += 1 + usize::from(input.word_in(next + 1, &["."]));
            }
            if !input.same_sentence(next, t) {
                continue;
            }
            // A bare title before a comma leaves `next` on the comma: no person there.
            let Some(p) = ctx.person(input, next) else {
                continue;
            };
            let plural = d.plural;
            if plural {
                d.title = roles::singular(&d.title);
            }
            roles::add(facts, p, &d, roles::span(input, d.first, next), self.id());
            // The rest of a list under a plural title: "…, B and C".
            let mut i = next + 1;
            while plural && input.word_in(i, &[",", "and"]) {
                let j = if input.word_in(i + 1, &["and"]) {
                    i + 2
                } else {
                    i + 1
                };
                let Some(q) = ctx.person(input, j) else { break };
                roles::add(facts, q, &d, roles::span(input, d.first, j), self.id());
                i = j + 1;
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::facts::testing::{facts, row, table};
    use crate::types::Label::*;

    #[test]
    fn title_org_and_country_before_the_name() {
        let (f, _) = facts(
            "Yukos spokesman Mike Lake said. Tory leader Michael Howard agreed. Japanese Prime Minister Junichiro Koizumi.",
            &[
                ("Yukos", Org),
                ("spokesman", Title),
                ("Mike Lake", Person),
                ("Tory", Norp),
                ("leader", Title),
                ("Michael Howard", Person),
                ("Japanese", Norp),
                ("Prime Minister", Title),
                ("Junichiro Koizumi", Person),
            ],
        );
        assert_eq!(
            table(&f),
            [
                row("Mike Lake", "spokesman", "Yukos", ""),
                row("Michael Howard", "leader", "Conservative Party", "United Kingdom"),
                row("Junichiro Koizumi", "Prime Minister", "", "Japan"),
            ]
        );
        assert_eq!(f.people[0].roles[0].evidence[0].rule, "title-before-name");
    }

    #[test]
    fn style_between_title_and_name() {
        let (f, _) = facts(
            "BP chief executive Lord Browne said",
            &[("BP", Org), ("chief executive", Title), ("Browne", Person)],
        );
        assert_eq!(table(&f), [row("Lord Browne", "chief executive", "BP", "")]);
    }

    #[test]
    fn possessive_title_then_comma() {
        let (f, _) = facts(
            "a trip by Lithuania’s Minister of National Defence, Dovilė Šakalienė, marking",
            &[
                ("Lithuania", Gpe),
                ("Minister of National Defence", Title),
                ("Dovilė Šakalienė", Person),
            ],
        );
        assert_eq!(
            table(&f),
            [row(
                "Dovilė Šakalienė",
                "Minister of National Defence",
                "",
                "Lithuania"
            )]
        );
    }

    #[test]
    fn bare_title_then_comma_names_nobody() {
        let (f, _) = facts(
            "Takeshi Ishikawa, Commissioner, Nobuaki Miyama and others",
            &[
                ("Takeshi Ishikawa", Person),
                ("Commissioner", Title),
                ("Nobuaki Miyama", Person),
            ],
        );
        assert!(
            table(&f)
                .iter()
                .all(|r| r.0 != "Nobuaki Miyama" || r.1.is_empty()),
            "{:?}",
            table(&f)
        );
    }

    #[test]
    fn former_and_lists_under_plural_titles() {
        let (f, _) = facts(
            "former Foreign Ministers Jack Straw and Joschka Fischer met Chancellor Gordon Brown and Tony Blair.",
            &[
                ("Foreign Ministers", Title),
                ("Jack Straw", Person),
                ("Joschka Fischer", Person),
                ("Chancellor", Title),
                ("Gordon Brown", Person),
                ("Tony Blair", Person),
            ],
        );
        assert_eq!(
            table(&f),
            [
                row("Jack Straw", "former Foreign Minister", "", ""),
                row("Joschka Fischer", "former Foreign Minister", "", ""),
                row("Gordon Brown", "Chancellor", "", ""),
                row("Tony Blair", "", "", ""),
            ]
        );
    }

    #[test]
    fn restated_title_is_one_role_with_two_evidence_spans() {
        let (f, _) = facts(
            "Vice Minister of National Defence Loreta Maskaliovienė spoke. Later, said Vice Minister Maskaliovienė.",
            &[
                ("Vice Minister of National Defence", Title),
                ("Loreta Maskaliovienė", Person),
                ("Vice Minister", Title),
                ("Maskaliovienė", Person),
            ],
        );
        let roles = &f.people[0].roles;
        assert_eq!(roles.len(), 1, "{roles:?}");
        assert_eq!(roles[0].title, "Vice Minister of National Defence");
        assert_eq!(roles[0].evidence.len(), 2);
    }
}
