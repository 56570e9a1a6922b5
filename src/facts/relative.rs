//! Roles stated in a relative clause: "Mr Howard, who leads the Conservatives" (leader of the
//! Conservatives), "Lord Browne, who is chief executive of BP" (the title phrase as usual).

use super::copula::COPULAS;
use super::{roles, verb_role, Input, Rule};
use crate::types::{Entity, Facts};

pub struct RelativeClause;

impl Rule for RelativeClause {
    fn id(&self) -> &'static str {
        "relative-clause"
    }

    fn apply(&self, input: &Input, facts: &mut Facts, _entities: &mut [Entity]) {
        let ctx = input.ctx(facts);
        for &(i, p) in input.named() {
            if !input.word_in(i + 1, &[","]) || !input.word_in(i + 2, &["who"]) {
                continue;
            }
            let v = verb_role::verb_from(input, i + 3);
            if let Some((title, v)) = verb_role::verb_at(input, v) {
                let obj = v + 1 + usize::from(input.word_in(v + 1, &["the"]));
                let Some(d) = verb_role::object(input, facts, ctx, title, v, obj) else {
                    continue;
                };
                roles::add(facts, p, d, roles::span(input, i, obj), self.id());
            } else if input.word_in(v, COPULAS) || input.word_in(v, &["serves", "served"]) {
                let after = verb_role::verb_from(input, v + 1);
                let start = after + usize::from(input.word_in(after, &["as"]));
                let start = start + usize::from(input.word_in(start, &["the", "a", "an"]));
                let Some(title) = roles::title_after(input, start) else {
                    continue;
                };
                let d = roles::read(input, facts, ctx, title);
                if roles::opens_at(input, start, d.first) && input.same_sentence(i, d.last) {
                    let span = roles::span(input, i, d.last);
                    roles::add(facts, p, d, span, self.id());
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::facts::testing::{facts, row, table};
    use crate::types::Label::*;

    #[test]
    fn verb_of_leading() {
        let (f, _) = facts(
            "Michael Howard spoke. Mr Howard, who leads the Conservatives, said",
            &[
                ("Michael Howard", Person),
                ("Howard", Person),
                ("Conservatives", Org),
            ],
        );
        assert_eq!(
            table(&f),
            [row(
                "Michael Howard",
                "leader",
                "Conservative Party",
                "United Kingdom"
            )]
        );
    }

    #[test]
    fn a_body_named_by_its_common_noun_gives_the_role_alone() {
        let (f, _) = facts("Ann Lee, who chairs the committee, said", &[("Ann Lee", Person)]);
        assert_eq!(table(&f), [row("Ann Lee", "chair", "", "")]);
        let (f, _) = facts("Ann Lee, who leads the way, said", &[("Ann Lee", Person)]);
        assert_eq!(table(&f), [row("Ann Lee", "", "", "")]);
    }

    #[test]
    fn is_title_of() {
        let (f, _) = facts(
            "Lord Browne, who is chief executive of BP, said",
            &[("Lord Browne", Person), ("chief executive", Title), ("BP", Org)],
        );
        assert_eq!(table(&f), [row("Lord Browne", "chief executive", "BP", "")]);
    }

    #[test]
    fn other_relative_clauses_state_no_role() {
        let (f, _) = facts(
            "Mr Howard, who met the Conservatives, said",
            &[("Howard", Person), ("Conservatives", Org)],
        );
        assert_eq!(table(&f), [row("Howard", "", "", "")]);
    }
}
