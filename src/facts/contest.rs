//! A role shared by both sides of a contest: "Jane Roe defeated another reform candidate,
//! veteran politician Tom Vale" makes both candidates ("another" says the subject is one).

use super::roles::{self, Ctx};
use super::{Input, Rule};
use crate::entities::titles::words::{is, Class};
use crate::types::{Entity, Facts, Label, TokenKind};

pub struct Contest;

/// Pieces between "another" and the title, at most ("another reform camp candidate").
const REACH: usize = 4;

impl Rule for Contest {
    fn id(&self) -> &'static str {
        "contest"
    }

    fn apply(&self, input: &Input, facts: &mut Facts, _entities: &mut [Entity]) {
        let ctx = input.ctx(facts);
        for &(i, p) in input.named() {
            let verb = i + 1;
            if input.pieces.get(verb).is_none_or(|x| x.entity.is_some())
                || !is(input.text(verb), Class::Contest)
                || !input.word_in(verb + 1, &["another"])
                || !ctx.opens_clause(input, i)
            {
                continue;
            }
            let start = verb + 2;
            let Some(t) =
                (start..start + REACH).find(|&t| input.is(t, Label::Title) && input.same_sentence(t, i))
            else {
                continue;
            };
            let d = roles::read(input, facts, ctx, (t, t));
            if d.plural || !roles::opens_at(input, start, d.first) {
                continue;
            }
            let span = roles::span(input, i, d.last);
            match appositive(input, ctx, d.last + 1) {
                Some((other, q)) => {
                    let other = roles::span(input, d.first, other);
                    roles::add(facts, p, d.clone(), span, self.id());
                    roles::add(facts, q, d, other, self.id());
                }
                None => roles::add(facts, p, d, span, self.id()),
            }
        }
    }
}

/// The name in apposition from the comma at piece `k`: ", [description] [title] Name".
fn appositive(input: &Input, ctx: &Ctx, k: usize) -> Option<(usize, usize)> {
    if !input.word_in(k, &[","]) {
        return None;
    }
    (k + 1..k + 4)
        .take_while(|&j| input.same_sentence(j, k))
        .find_map(|j| ctx.person(j).map(|q| (j, q)))
        .filter(|&(j, _)| {
            (k + 1..j).all(|m| {
                input.is(m, Label::Title)
                    || input.pieces[m].entity.is_none()
                        && input.pieces[m].kind == TokenKind::Word
                        && !input.starts_upper(m)
            })
        })
}

#[cfg(test)]
mod tests {
    use crate::facts::testing::{facts, row, table};
    use crate::types::Label::*;

    #[test]
    fn both_sides_of_a_contest() {
        let (f, _) = facts(
            "Jane Roe defeated another reform candidate, veteran politician Tom Vale, by 20 votes. \
             Ann Lee defeated the candidate Jim Roe.",
            &[
                ("Jane Roe", Person),
                ("candidate", Title),
                ("politician", Title),
                ("Tom Vale", Person),
                ("Ann Lee", Person),
                ("candidate", Title),
                ("Jim Roe", Person),
            ],
        );
        assert_eq!(
            table(&f),
            [
                row("Jane Roe", "candidate", "", ""),
                row("Tom Vale", "candidate", "", ""),
                row("Tom Vale", "politician", "", ""),
                row("Ann Lee", "", "", ""),
                row("Jim Roe", "candidate", "", "")
            ]
        );
    }
}
