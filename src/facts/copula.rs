//! Roles stated as a predicate: "Jane Roe is a photographer", "Paris was a volunteer",
//! "Tom Vale was appointed chief executive",
//! "Vale was both a painter and a publisher". The title phrase must close the clause,
//! as in an appositive, so "X is a photographer's dream" states no role. The predicate may be
//! coordinated with the name's clause ("X won the seat, and became the youngest Acme member").

use super::roles;
use super::{Input, Rule};
use crate::entities::titles::words::APPOINTED;
use crate::types::{Entity, Facts};

pub struct Copula;

pub const COPULAS: &[&str] = &["is", "was", "became", "becomes", "remains", "remained", "been"];
/// Pieces from a name to the copula of a coordinated predicate, at most.
const REACH: usize = 30;
/// Pieces of an aside in brackets after a name, at most: a biography's opening one holds a
/// pronunciation, a name in another script and the dates, each many pieces.
const ASIDE_REACH: usize = 80;

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
            k = super::verb_role::verb_from(input, k);
            // One predicate noun, or a list: "an actress, singer, screenwriter and director".
            for _ in 0..MAX_LISTED {
                let start = k + usize::from(input.word_in(k, &["a", "an", "the"]));
                let Some(title) = roles::title_after(input, start) else {
                    break;
                };
                let d = roles::read(input, facts, ctx, title);
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
                roles::add(facts, p, &d, roles::span(input, i, d.last), self.id());
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

/// The copula of the name at piece `i`: right after it, or opening a predicate coordinated
/// with its clause ("Jane Roe won the seat, and became the youngest Acme member"), with no
/// other name (a new subject) or relative pronoun between.
fn copula_after(input: &Input, ctx: &roles::Ctx, i: usize) -> Option<usize> {
    // "Tom Vale FRS was …": letters after the name.
    let i = if input.pieces.get(i + 1).is_some_and(|p| p.entity.is_none())
        && crate::entities::is_postnominal(input.text(i + 1))
    {
        i + 1
    } else {
        i
    };
    // "Tom Vale has been …", "Ann Lee also is …": auxiliaries and adverbs before it.
    let v = super::verb_role::verb_from(input, i + 1);
    if input.word_in(v, COPULAS) {
        return Some(v);
    }
    // "His father, Tom Vale, was a geologist": the name is itself an apposition.
    if input.word_in(i + 1, &[","]) && input.word_in(i + 2, COPULAS) {
        return Some(i + 2);
    }
    // "Tom Vale (1841 – 1904) was a composer": the dates or another aside in brackets, which
    // may hold brackets of its own (a pronunciation: "/ d(ə)ˈvale /").
    if input.word_in(i + 1, &["("]) {
        let mut depth = 1;
        let close = (i + 2..i + ASIDE_REACH)
            .take_while(|&k| input.same_sentence(k, i))
            .find(|&k| {
                depth += usize::from(input.word_in(k, &["("]));
                depth -= usize::from(input.word_in(k, &[")"]));
                depth == 0
            })?;
        return input.word_in(close + 1, COPULAS).then_some(close + 1);
    }
    if !roles::subject::opens_clause(input, i) {
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
