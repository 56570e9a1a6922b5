//! Roles stated as a predicate: "Jane Roe is a photographer", "Paris was a volunteer",
//! "Tom Vale was appointed chief executive",
//! "Vale was both a painter and a publisher". The title phrase must close the clause,
//! as in an appositive, so "X is a photographer's dream" states no role. The predicate may be
//! coordinated with the name's clause ("X won the seat, and became the youngest Acme member").

use super::roles::{self, subject};
use super::verb_role::verb_from;
use super::{Input, Rule};
use crate::entities::titles::words::APPOINTED;
use crate::types::{Entity, Facts, TokenKind};

pub struct Copula;

pub const COPULAS: &[&str] = &["is", "was", "became", "becomes", "remains", "remained", "been"];
/// Pieces from a name to the copula of a coordinated predicate, at most.
const REACH: usize = 30;

/// Predicate nouns in one list, at most.
const MAX_LISTED: usize = 6;

impl Rule for Copula {
    fn id(&self) -> &'static str {
        "copula"
    }

    fn apply(&self, input: &Input, facts: &mut Facts, _entities: &mut [Entity]) {
        let ctx = input.ctx(facts);
        for &(i, p) in ctx.subjects() {
            let Some(mut k) = copula_after(input, ctx, i) else {
                continue;
            };
            k += 1;
            // "was appointed chief executive", "was elected as mayor".
            if input.word_in(k, APPOINTED) {
                k += 1 + usize::from(input.word_in(k + 1, &["as"]));
            }
            k = verb_from(input, k);
            // One predicate noun, or a list: "an actress, singer, screenwriter and director".
            for _ in 0..MAX_LISTED {
                let start = k + usize::from(input.word_in(k, &["a", "an", "the"]));
                let Some(title) = roles::title_after(input, start) else {
                    break;
                };
                let d = roles::read(input, facts, ctx, title);
                // "an American YouTube personality, vlogger, comedian": items before the title
                // that are none are passed over, as one comma-set list of words.
                let listed = (start..d.first)
                    .rev()
                    .find(|&c| input.word_in(c, &[","]))
                    .filter(|&c| {
                        (start..c)
                            .all(|k| input.word_in(k, &[","]) || input.pieces[k].kind == TokenKind::Word)
                    });
                let start = listed.map_or(start, |c| c + 1);
                let after = d.last + 1;
                let closes = roles::closes_clause(
                    input,
                    i,
                    after,
                    &["and", "in", "at", "with", "for", "from", "since", "until", "who"],
                );
                if !roles::opens_at(input, start, d.first) || !closes || !input.same_sentence(i, d.last) {
                    break;
                }
                let span = roles::span(input, i, d.last);
                roles::add(facts, p, d, span, self.id());
                k = match (input.word_in(after, &[","]), input.word_in(after + 1, &["and"])) {
                    (true, true) => after + 2,
                    (true, false) => after + 1,
                    _ if input.word_in(after, &["and"]) => after + 1,
                    _ => break,
                };
            }
        }
    }
}

/// The copula of the name at piece `i`: after it and what trails it ([`subject::after_name`],
/// [`subject::past_comma_aside`]), or opening a predicate coordinated with its clause ("Jane Roe
/// won the seat, and became the youngest Acme member"), with no other name (a new subject) or
/// relative pronoun between.
fn copula_after(input: &Input, ctx: &roles::Ctx, i: usize) -> Option<usize> {
    let is_copula = |k: usize| input.word_in(verb_from(input, k), COPULAS);
    let after = subject::after_name(input, i);
    // "Tom Vale has been …", "Ann Lee also is …": auxiliaries and adverbs before it.
    if is_copula(after) {
        return Some(verb_from(input, after));
    }
    if input.word_in(after, &[","]) {
        // "His father, Tom Vale, was a geologist": the name is itself an apposition.
        if input.word_in(after + 1, COPULAS) {
            return Some(after + 1);
        }
        if let Some(k) = subject::past_comma_aside(input, ctx, i, after, is_copula) {
            return Some(verb_from(input, k));
        }
    }
    // An aside in brackets ends the name's clause unless the copula follows it.
    if input.word_in(after, &["("]) || input.word_in(after - 1, &[")"]) {
        return None;
    }
    let i = after - 1;
    if !ctx.opens_clause(input, i) {
        return None;
    }
    (i + 2..i + REACH)
        .take_while(|&k| {
            input.same_sentence(k, i) && ctx.person(k).is_none() && !input.word_in(k, &["who", "which", ";"])
        })
        .find(|&k| input.word_in(k, COPULAS) && input.word_in(k - 1, &["and"]))
}

#[cfg(test)]
mod tests {
    use crate::facts::testing::{facts, row, table};
    use crate::types::Label::*;

    #[test]
    fn a_date_closes_the_predicate() {
        let (f, _) = facts(
            "Ann Lee was named chief executive on Monday.",
            &[("Ann Lee", Person), ("chief executive", Title), ("Monday", Date)],
        );
        assert_eq!(table(&f), [row("Ann Lee", "chief executive", "", "")]);
    }

    #[test]
    fn a_pronoun_opening_a_sentence_stands_for_the_last_sentences_first_person() {
        let (f, _) = facts(
            "Mr Tom Vale met Ann Lee in Paris. He was a composer. Ann Lee left. She is a singer.",
            &[
                ("Tom Vale", Person),
                ("Ann Lee", Person),
                ("Paris", Gpe),
                ("composer", Title),
                ("Ann Lee", Person),
                ("singer", Title),
            ],
        );
        assert_eq!(
            table(&f),
            [
                row("Tom Vale", "composer", "", ""),
                row("Ann Lee", "singer", "", "")
            ]
        );
    }

    #[test]
    fn an_aside_in_brackets_may_stand_between_the_name_and_the_copula() {
        let (f, _) = facts(
            "Tom Vale FRS (8 May 1841 – 1 May 1904) was a composer.",
            &[
                ("Tom Vale", Person),
                ("8 May 1841", Date),
                ("1 May 1904", Date),
                ("composer", Title),
            ],
        );
        assert_eq!(table(&f), [row("Tom Vale", "composer", "", "")]);
        // Brackets inside the aside, and an aside longer than a predicate's reach.
        let (f, _) = facts(
            "Ann Lee (/ l(ə)ˈiː / l(ə)-EE; Varnish: [ˈan ˈlɛː ˈlɛːa ˈlɛːi]; Halden: [ˈan ˈlɛː]; \
             8 May 1841 – 1 May 1904) was a composer.",
            &[
                ("Ann Lee", Person),
                ("8 May 1841", Date),
                ("1 May 1904", Date),
                ("composer", Title),
            ],
        );
        assert_eq!(table(&f), [row("Ann Lee", "composer", "", "")]);
    }

    #[test]
    fn letters_and_an_aside_set_off_by_commas_may_stand_before_the_copula() {
        let (f, _) = facts(
            "Ann Lee DBE RA (8 May 1841 – 1 May 1904) was an architect.",
            &[
                ("Ann Lee", Person),
                ("8 May 1841", Date),
                ("1 May 1904", Date),
                ("architect", Title),
            ],
        );
        assert_eq!(table(&f), [row("Ann Lee", "architect", "", "")]);
        let (f, _) = facts(
            "Tom Vale (1754 – 1825), known for his plans of Halden, was a military engineer.",
            &[
                ("Tom Vale", Person),
                ("1754 – 1825", Date),
                ("Halden", Gpe),
                ("military engineer", Title),
            ],
        );
        assert_eq!(table(&f), [row("Tom Vale", "military engineer", "", "")]);
        // An aside that opens a clause of its own, or a name that does not open its clause,
        // gives the predicate to no one.
        for text in [
            "Tom Vale, who met the mayor, was a military engineer.",
            "When Tom Vale, known for his plans, was a military engineer, he left.",
        ] {
            let (f, _) = facts(text, &[("Tom Vale", Person), ("military engineer", Title)]);
            assert_eq!(table(&f), [row("Tom Vale", "", "", "")], "{text}");
        }
    }

    #[test]
    fn a_phrase_of_time_may_open_the_sentence_before_its_subject() {
        let (f, _) = facts(
            "Mr Tom Vale met Ann Lee. He was a painter. In 1995 he became a publisher. Later she became a dancer.",
            &[
                ("Tom Vale", Person),
                ("Ann Lee", Person),
                ("painter", Title),
                ("1995", Date),
                ("publisher", Title),
                ("dancer", Title),
            ],
        );
        assert_eq!(
            table(&f),
            [
                row("Tom Vale", "painter", "", ""),
                row("Tom Vale", "publisher", "", ""),
                row("Ann Lee", "dancer", "", "")
            ]
        );
    }

    #[test]
    fn predicate_nouns_are_roles() {
        let (f, _) = facts(
            "Tom Vale was both a painter and a publisher. Ann Lee is a photographer's dream.",
            &[
                ("Tom Vale", Person),
                ("painter", Title),
                ("publisher", Title),
                ("Ann Lee", Person),
                ("photographer", Title),
            ],
        );
        assert_eq!(
            table(&f),
            [
                row("Tom Vale", "painter", "", ""),
                row("Tom Vale", "publisher", "", ""),
                row("Ann Lee", "", "", "")
            ]
        );
    }

    #[test]
    fn a_predicate_coordinated_with_the_subjects_clause() {
        let (f, _) = facts(
            "Acme's Tom Vale won the seat, and became the youngest Harbour Council member. \
             Ann Lee praised it, and Jim Roe was a volunteer.",
            &[
                ("Acme", Org),
                ("Tom Vale", Person),
                ("Harbour Council", Org),
                ("member", Title),
                ("Ann Lee", Person),
                ("Jim Roe", Person),
                ("volunteer", Title),
            ],
        );
        assert_eq!(
            table(&f),
            [
                row("Tom Vale", "member", "Harbour Council", ""),
                row("Ann Lee", "", "", ""),
                row("Jim Roe", "volunteer", "", "")
            ]
        );
    }
}
