//! A plural role over a list of names introduced after it: "photographers who used the camera,
//! such as A, B and C", "defence officials, including A, …; B, …; and C" — each listed name
//! holds the singular role. The list right after the title ("Foreign Ministers A and B") is
//! read by [`super::title_before`] with the same walker, [`members`].

use super::roles::{self, Ctx};
use super::{Input, Rule};
use crate::types::{Entity, Facts, Label};

pub struct PluralList;

/// How far after the title the list may start, in pieces.
const REACH: usize = 12;
/// Words that introduce the list.
const INTRODUCERS: &[&str] = &["including", "such", "namely", "among", ":"];

impl Rule for PluralList {
    fn id(&self) -> &'static str {
        "plural-list"
    }

    fn apply(&self, input: &Input, facts: &mut Facts, _entities: &mut [Entity]) {
        let ctx = input.ctx(facts);
        for t in 0..input.pieces.len() {
            // Only a plural title heads such a list: most titles are ruled out by their last
            // letter before their phrase is read.
            if !input.is(t, Label::Title) || !input.text(t).ends_with('s') {
                continue;
            }
            let mut d = roles::read(input, facts, ctx, (t, t));
            if !d.plural {
                continue;
            }
            // The introducer, before any other title or name.
            let Some(intro) = (d.last + 1..d.last + 1 + REACH)
                .take_while(|&k| {
                    input.same_sentence(k, t) && !input.is(k, Label::Title) && ctx.person(k).is_none()
                })
                .find(|&k| input.word_in(k, INTRODUCERS))
            else {
                continue;
            };
            let first = intro
                + 1
                + usize::from(
                    input.word_in(intro, &["such", "among"]) && input.word_in(intro + 1, &["as", "them"]),
                );
            if ctx.person(first).is_none() {
                continue;
            }
            d.title = roles::singular(&d.title);
            for (k, p) in members(input, ctx, first) {
                roles::add(facts, p, &d, roles::span(input, d.first, k), self.id());
            }
        }
    }
}

/// The names of a list starting with the name at piece `first`, as `(piece, person)`: names
/// after ",", ";" or "and", past a bracket after a name ("A (tennis) and B") or an appositive
/// ("A, Senior Adviser …; B, Commissioner …; and C").
pub fn members(input: &Input, ctx: &Ctx, first: usize) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let Some(p) = ctx.person(first) else { return out };
    out.push((first, p));
    let mut k = first + 1;
    while input.same_sentence(k, first) {
        if input.word_in(k, &["("]) {
            match (k..k + 8).find(|&j| input.word_in(j, &[")"])) {
                Some(close) => k = close + 1,
                None => break,
            }
            continue;
        }
        if !input.word_in(k, &[",", ";", "and"]) {
            break;
        }
        let n = k + 1 + usize::from(input.word_in(k + 1, &["and"]));
        if let Some(q) = ctx.person(n) {
            out.push((n, q));
            k = n + 1;
            continue;
        }
        // An appositive of the name just listed ("A, Minister of Defense, and B"): on to the
        // separator that ends it.
        let appositive = input.word_in(k, &[","]) && input.is(n, Label::Title);
        match (n + 1..n + 20)
            .take_while(|&j| appositive && input.same_sentence(j, first))
            .find(|&j| input.word_in(j, &[";", ","]))
        {
            Some(semi) => k = semi,
            None => break,
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use crate::facts::testing::{facts, row, table};
    use crate::types::Label::*;

    #[test]
    fn plural_role_over_a_list_introduced_later() {
        let (f, _) = facts(
            "He is one of the painters who used oil, such as Ann Lee, Tom Vale (portraits), and Eva Moss. Later Jim Roe spoke.",
            &[
                ("painters", Title),
                ("Ann Lee", Person),
                ("Tom Vale", Person),
                ("Eva Moss", Person),
                ("Jim Roe", Person),
            ],
        );
        assert_eq!(
            table(&f),
            [
                row("Ann Lee", "painter", "", ""),
                row("Tom Vale", "painter", "", ""),
                row("Eva Moss", "painter", "", ""),
                row("Jim Roe", "", "", "")
            ]
        );
    }

    #[test]
    fn a_singular_title_or_a_list_without_introducer_gives_nothing() {
        let (f, _) = facts(
            "The painter met Ann Lee and Tom Vale. Painters love Eva Moss.",
            &[
                ("painter", Title),
                ("Ann Lee", Person),
                ("Tom Vale", Person),
                ("Painters", Title),
                ("Eva Moss", Person),
            ],
        );
        assert!(f.people.iter().all(|p| p.roles.is_empty()), "{:?}", table(&f));
    }
}
