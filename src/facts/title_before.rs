//! Title before the name: "Vice Minister of National Defence Loreta Maskaliovienė", "Tory
//! leader Michael Howard", "Yukos spokesman Mike Lake", and with a comma after the title:
//! "Lithuania’s Minister of National Defence, Dovilė Šakalienė". A plural title applies to
//! every name of the list it heads: "Foreign Ministers Jack Straw and Joschka Fischer".

use super::roles::{self, Ctx};
use super::{gazetteer, people, plural_list, Input, Rule};
use crate::types::{Entity, Facts, Label};

pub struct TitleBeforeName;

impl Rule for TitleBeforeName {
    fn id(&self) -> &'static str {
        "title-before-name"
    }

    fn apply(&self, input: &Input, facts: &mut Facts, _entities: &mut [Entity]) {
        let ctx = input.ctx(facts);
        // Names up to `next` were taken by a list under a plural title.
        let mut next = 0;
        for &(i, p) in input.named() {
            if i < next {
                continue;
            }
            // "BP chief executive Lord Browne", "Chancellor Mr. Brown", and "[former Acme CEO]
            // Ann Lee" with an editor's brackets.
            let mut j = i;
            while j > 0 && (input.word_in(j - 1, &[".", "]"]) || is_honorific_piece(input, j - 1)) {
                j -= 1;
            }
            let Some(d) = j.checked_sub(1).and_then(|j| title_before(input, facts, ctx, j)) else {
                continue;
            };
            if !input.same_sentence(d.first, i) {
                continue;
            }
            let mut d = d;
            let plural = d.plural;
            if plural {
                d.title = roles::singular(&d.title);
            }
            // "President X of Argentina": the country after the name.
            if d.country.is_none() && input.word_in(i + 1, &["of"]) && input.is(i + 2, Label::Gpe) {
                d.country = gazetteer::country(input.text(i + 2));
            }
            if !plural {
                // "the Task Force Commander, Lt. Gen. Tom Vale": an office and a comma before
                // the rank the name carries.
                let office = (d.first > 1 && input.word_in(d.first - 1, &[","]))
                    .then(|| title_before(input, facts, ctx, d.first - 1))
                    .flatten();
                let coordinated = coordinated_before(input, facts, ctx, &d);
                let span = roles::span(input, d.first, i);
                roles::add(facts, p, d, span, self.id());
                for other in coordinated.into_iter().chain(office) {
                    let span = roles::span(input, other.first, i);
                    roles::add(facts, p, other, span, self.id());
                }
                continue;
            }
            // A plural title heads a list: "Foreign Ministers A and B", "photographers A, B and C".
            let list = plural_list::members(input, ctx, i);
            plural_list::add_members(input, facts, ctx, &d, &list, self.id());
            next = list.last().map_or(i, |m| m.at) + 1;
        }
    }
}

fn is_honorific_piece(input: &Input, i: usize) -> bool {
    input.pieces[i].entity.is_none() && people::is_honorific(input.text(i))
}

/// The title phrase ending at piece `j`, right before a name: "Tory leader", a title with its
/// organisation "CEO of the Harbour Trust", or a title and a comma, "Lithuania’s Minister of
/// National Defence,".
fn title_before(input: &Input, facts: &Facts, ctx: &Ctx, j: usize) -> Option<roles::Draft> {
    if let Some(title) = roles::title_ending_at(input, j) {
        return Some(roles::read(input, facts, ctx, title));
    }
    let comma = input.word_in(j, &[","]);
    if !comma && !matches!(input.label(j), Some(Label::Org | Label::Gpe)) {
        return None;
    }
    // The title may carry a complement before the name or the comma: "the chief executive of
    // BP, John".
    (j.saturating_sub(8)..j)
        .rev()
        .take_while(|&s| input.same_sentence(s, j))
        .filter_map(|s| roles::title_starting_at(input, s))
        .map(|title| roles::read(input, facts, ctx, title))
        // "Takeshi Ishikawa, Commissioner, Nobuaki Miyama": a title in apposition to the name
        // before it is that name's, not the next one's.
        .find(|d| {
            // "The secretary general of ACR (Acme Council of Rights), Ann Lee": the expansion
            // of the organisation stands between.
            let bracketed = comma && input.word_in(j - 1, &[")"]) && input.word_in(d.last + 1, &["("]);
            (d.last + usize::from(comma) == j || bracketed) && !in_apposition(input, ctx, d.first)
        })
}

/// Whether the title phrase from piece `first` stands in apposition to the name before it,
/// after a comma and at most an article and an anchor: "Ann Lee, a Acme instructor, Tom
/// Vale …" gives the title to Ann Lee, not Tom Vale.
fn in_apposition(input: &Input, ctx: &Ctx, first: usize) -> bool {
    let mut k = first;
    while k > 0
        && first - k < 3
        && (input.word_in(k - 1, &["a", "an", "the"]) || input.pieces[k - 1].entity.is_some())
    {
        k -= 1;
    }
    k > 1 && input.word_in(k - 1, &[","]) && ctx.person(k - 2).is_some()
}

/// A title coordinated or stacked before the one at `d`: "academic and professor X",
/// "chairman and chief executive X", "Pentagon spokesman Navy Capt. X".
fn coordinated_before(input: &Input, facts: &Facts, ctx: &Ctx, d: &roles::Draft) -> Option<roles::Draft> {
    let before = d.first.checked_sub(1)?;
    let end = if input.word_in(before, &["and"]) {
        before.checked_sub(1)?
    } else {
        before
    };
    let title = roles::title_ending_at(input, end)?;
    let mut other = roles::read(input, facts, ctx, title);
    if other.organization.is_none() && other.country.is_none() {
        other.organization.clone_from(&d.organization);
        other.country = d.country;
    }
    Some(other)
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
    fn title_with_its_organisation_and_coordinated_titles() {
        let (f, _) = facts(
            "They heard CEO of the Harbour Trust Ann Lee and painter and sculptor Tom Vale.",
            &[
                ("CEO", Title),
                ("Harbour Trust", Org),
                ("Ann Lee", Person),
                ("painter", Title),
                ("sculptor", Title),
                ("Tom Vale", Person),
            ],
        );
        assert_eq!(
            table(&f),
            [
                row("Ann Lee", "CEO", "Harbour Trust", ""),
                row("Tom Vale", "painter", "", ""),
                row("Tom Vale", "sculptor", "", "")
            ]
        );
    }

    #[test]
    fn stacked_titles_and_a_country_after_the_name() {
        let (f, _) = facts(
            "Pentagon spokesman Navy Capt. Tom Vale met Prime Minister Ann Lee of Iraq.",
            &[
                ("Pentagon", Org),
                ("spokesman", Title),
                ("Navy Capt.", Title),
                ("Tom Vale", Person),
                ("Prime Minister", Title),
                ("Ann Lee", Person),
                ("Iraq", Gpe),
            ],
        );
        assert_eq!(
            table(&f),
            [
                row("Tom Vale", "spokesman", "Pentagon", ""),
                row("Tom Vale", "Navy Capt.", "", ""),
                row("Ann Lee", "Prime Minister", "", "Iraq")
            ]
        );
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
    fn anchors_and_abbreviated_titles() {
        let (f, _) = facts(
            "Tory leader Michael Howard met Sen. John Kerry and Arsenal manager Arsene Wenger.",
            &[
                ("Tory", Norp),
                ("leader", Title),
                ("Michael Howard", Person),
                ("John Kerry", Person),
                ("manager", Title),
                ("Arsene Wenger", Person),
            ],
        );
        assert_eq!(
            table(&f),
            [
                row("Michael Howard", "leader", "Conservative Party", "United Kingdom"),
                row("John Kerry", "Sen.", "", ""),
                row("Arsene Wenger", "manager", "Arsenal", ""),
            ]
        );
    }

    #[test]
    fn capitalised_titles_the_lexicon_knows_and_nationalities_inside_titles() {
        let (f, _) = facts(
            "Defence minister Ben Wallace met Estonian Vice Minister Askar Zhumagaliyev.",
            &[
                ("Defence minister", Title),
                ("Ben Wallace", Person),
                ("Estonian Vice Minister", Title),
                ("Askar Zhumagaliyev", Person),
            ],
        );
        assert_eq!(
            table(&f),
            [
                row("Ben Wallace", "Defence minister", "", ""),
                row("Askar Zhumagaliyev", "Vice Minister", "", "Estonia")
            ]
        );
    }

    #[test]
    fn plural_title_over_a_list() {
        let (f, _) = facts(
            "The talks went on.\nForeign Ministers Jack Straw and Joschka Fischer met.",
            &[
                ("Foreign Ministers", Title),
                ("Jack Straw", Person),
                ("Joschka Fischer", Person),
            ],
        );
        assert_eq!(
            table(&f),
            [
                row("Jack Straw", "Foreign Minister", "", ""),
                row("Joschka Fischer", "Foreign Minister", "", "")
            ]
        );
    }

    #[test]
    fn unmarked_words_that_are_no_title() {
        let (f, _) = facts(
            "He met Michael Howard and then Tony Blair.",
            &[("Michael Howard", Person), ("Tony Blair", Person)],
        );
        assert!(f.people.iter().all(|p| p.roles.is_empty()), "{:?}", table(&f));
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
                ("former Foreign Ministers", Title),
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
    fn restated_title_is_one_role_and_a_shorter_title_another() {
        let (f, _) = facts(
            "Vice Minister of National Defence Loreta Maskaliovienė spoke. Later, said Vice Minister Maskaliovienė. \
             Then vice minister Maskaliovienė left.",
            &[
                ("Vice Minister of National Defence", Title),
                ("Loreta Maskaliovienė", Person),
                ("Vice Minister", Title),
                ("Maskaliovienė", Person),
                ("vice minister", Title),
                ("Maskaliovienė", Person),
            ],
        );
        let roles = &f.people[0].roles;
        let titles: Vec<(&str, usize)> = roles
            .iter()
            .map(|r| (r.title.as_str(), r.evidence.len()))
            .collect();
        assert_eq!(
            titles,
            [("Vice Minister of National Defence", 1), ("Vice Minister", 2)]
        );
    }
}
