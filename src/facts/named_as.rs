//! Roles stated with "as": "approved Serhiy Holub as acting Minister of Defence", "named Jane
//! Smith as chief executive", "Jane Smith was forced to resign as foreign minister", "Tom Vale
//! served as treasurer". The "as" follows the name within its clause, with no other name,
//! title or punctuation between, and the title phrase must close the clause, as in an
//! appositive.

use super::roles;
use super::{Input, Rule};
use crate::types::{Entity, Facts, TokenKind};

pub struct NamedAs;

/// How far after the name its "as" may stand, in pieces ("was forced to resign as").
const REACH: usize = 6;

impl Rule for NamedAs {
    fn id(&self) -> &'static str {
        "named-as"
    }

    fn apply(&self, input: &Input, facts: &mut Facts, _entities: &mut [Entity]) {
        let ctx = input.ctx(facts);
        for &(i, p) in ctx.subjects() {
            let Some(as_) = (i + 1..i + 1 + REACH)
                .take_while(|&k| {
                    input.same_sentence(k, i)
                        && input.pieces[k].entity.is_none()
                        && input.pieces[k].kind == TokenKind::Word
                        && ctx.person(k).is_none()
                })
                .find(|&k| input.word_in(k, &["as"]))
            else {
                continue;
            };
            let start = as_ + 1 + usize::from(input.word_in(as_ + 1, &["the", "a", "an", "its", "their"]));
            let Some(title) = (start..start + 3).find_map(|t| roles::title_starting_at(input, t)) else {
                continue;
            };
            let d = roles::read(input, facts, ctx, title);
            let after = d.last + 1;
            let closes = roles::closes_clause(
                input,
                i,
                after,
                &["on", "in", "after", "until", "and", "from", "with", "for"],
            );
            if roles::opens_at(input, start, d.first) && closes {
                let span = roles::span(input, i, d.last);
                roles::add(facts, p, d, span, self.id());
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::facts::testing::{facts, row, table};
    use crate::types::Label::*;

    #[test]
    fn appointed_as() {
        let (f, _) = facts(
            "Parliament approved Serhiy Holub as acting Minister of Defence on Thursday.",
            &[("Serhiy Holub", Person), ("acting Minister of Defence", Title)],
        );
        assert_eq!(
            table(&f),
            [row("Serhiy Holub", "acting Minister of Defence", "", "")]
        );
    }

    #[test]
    fn as_after_a_verb_phrase() {
        let (f, _) = facts(
            "Ann Lee was forced to resign as finance minister in May. Tom Vale, as ever, said no.",
            &[
                ("Ann Lee", Person),
                ("finance minister", Title),
                ("Tom Vale", Person),
            ],
        );
        assert_eq!(
            table(&f),
            [
                row("Ann Lee", "finance minister", "", ""),
                row("Tom Vale", "", "", "")
            ]
        );
    }

    #[test]
    fn as_without_a_title() {
        let (f, _) = facts(
            "Critics see Serhiy Holub as a safe pair of hands.",
            &[("Serhiy Holub", Person)],
        );
        assert_eq!(table(&f), [row("Serhiy Holub", "", "", "")]);
    }
}
