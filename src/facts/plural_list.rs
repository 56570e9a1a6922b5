//! A plural role over a list of names introduced after it: "photographers who used the camera,
//! such as A, B and C", "defence officials, including A, …; B, …; and C", a list as the
//! predicate ("the candidates elected were A, Acme's B and C") or in apposition ("activists
//! from the reform camp, A and B") — each listed name holds the singular role. The list right
//! after the title ("Foreign Ministers A and B") is read by [`super::title_before`] with the
//! same walker, [`members`].

use super::roles::{self, affiliation, Ctx, Draft};
use super::{Input, Rule};
use crate::entities::titles::words::{is, Class};
use crate::types::{Entity, Facts, Label, TokenKind};

pub struct PluralList;

/// How far after the title the list may start, in pieces.
const REACH: usize = 12;
/// Most pieces of description before a listed name.
const LEAD_IN: usize = 6;
/// Words that introduce the list.
const INTRODUCERS: &[&str] = &["including", "such", "namely", "among", ":"];

impl Rule for PluralList {
    fn id(&self) -> &'static str {
        "plural-list"
    }

    fn apply(&self, input: &Input, facts: &mut Facts, _entities: &mut [Entity]) {
        let ctx = input.ctx(facts);
        for &(t, label) in &input.entity_pieces {
            // Only a plural title heads such a list: most titles are ruled out by their last
            // letter before their phrase is read.
            if label != Label::Title || !input.text(t).ends_with('s') {
                continue;
            }
            let mut d = roles::read(input, facts, ctx, (t, t));
            if !d.plural {
                continue;
            }
            let Some((first, fewest)) = list_start(input, facts, ctx, &d, true) else {
                continue;
            };
            let list = members(input, ctx, first);
            if list.len() < fewest {
                continue;
            }
            d.title = roles::singular(&d.title);
            add_members(input, facts, ctx, &d, &list, self.id());
        }
    }
}

/// Where the list under the plural title `d` starts, and how many names it needs, looked for
/// before any other title or name: after an introducer ("such as", "including"); after "were"
/// or "are", or through a plural title there that heads the list ("the candidates elected
/// were young activists from the camp, A and B": both roles, when `nested`); after a comma
/// closing a lower-case complement ("activists from the reform camp, A and B"), where one
/// name could be a new clause's subject, so two are needed.
fn list_start(input: &Input, facts: &Facts, ctx: &Ctx, d: &Draft, nested: bool) -> Option<(usize, usize)> {
    let after = d.last + 1;
    let mut found = None;
    for k in (after..after + REACH).take_while(|&k| {
        input.same_sentence(k, d.last) && !input.is(k, Label::Title) && ctx.person(k).is_none()
    }) {
        if input.word_in(k, INTRODUCERS) {
            let skip = input.word_in(k, &["such", "among"]) && input.word_in(k + 1, &["as", "them"]);
            found = lead_in(input, ctx, k + 1 + usize::from(skip)).map(|f| (f, 1));
        } else if input.word_in(k, &["were", "are"]) {
            found = lead_in(input, ctx, k + 1).map(|f| (f, 1)).or_else(|| {
                let t = (k + 1..k + 7)
                    .find(|&t| input.is(t, Label::Title))
                    .filter(|_| nested)?;
                let predicate = roles::read(input, facts, ctx, (t, t));
                (predicate.plural && roles::opens_at(input, k + 1, predicate.first))
                    .then(|| list_start(input, facts, ctx, &predicate, false))
                    .flatten()
            });
        } else if input.word_in(k, &[","]) {
            let complement = (after..k).all(|j| {
                input.pieces[j].entity.is_none()
                    && input.pieces[j].kind == TokenKind::Word
                    && !input.starts_upper(j)
            });
            found = lead_in(input, ctx, k + 1).filter(|_| complement).map(|f| (f, 2));
        }
        if found.is_some() {
            break;
        }
    }
    found
}

/// Records the singular title `d` on every member of a list, each with the organisation the
/// list gives it, else the title's ("Acme councillors A and B of the River Party").
pub fn add_members(
    input: &Input,
    facts: &mut Facts,
    ctx: &Ctx,
    d: &Draft,
    list: &[Member],
    rule: &'static str,
) {
    for m in list {
        let mut d = d.clone();
        if let Some(r) = m.org {
            let (org, country) = affiliation::name(input, facts, ctx, r);
            d.organization = Some(org);
            d.country = country.or(d.country);
        }
        let span = roles::span(input, d.first, m.at);
        roles::add(facts, m.person, d, span, rule);
    }
}

/// One name of a list, with the organisation written beside it, if any.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Member {
    pub at: usize,
    pub person: usize,
    pub org: Option<affiliation::Range>,
}

/// The names of a list starting with the name at piece `first`: names after ",", ";" or
/// "and", past a bracket after a name ("A (tennis) and B") or an appositive ("A, Senior
/// Adviser …; B, Commissioner …; and C"), each with its own organisation ("A of the River
/// Party, Acme's B and C" — C, joined by "and" alone, shares B's possessive; "A and B of
/// respectively X and Y") and past words that only describe the next name ("and independent
/// C"). The list ends with its clause: at a verb, a possessive ("… were Ann Lee's …") or the
/// sentence's end.
pub fn members(input: &Input, ctx: &Ctx, first: usize) -> Vec<Member> {
    let mut out: Vec<Member> = Vec::new();
    let mut at = first;
    // The separator before the name at `at`, when it was "and" alone.
    let mut joined = false;
    while let Some(person) = ctx.person(at).filter(|_| !input.word_in(at + 1, &["'s", "’s"])) {
        let mut org = affiliation::possessor(input, at);
        let mut k = at + 1;
        if let Some(r) = affiliation::after(input, k) {
            org = Some(r);
            k = r.1 + 1;
        } else if let Some(prev) = out.last().filter(|_| joined && org.is_none()) {
            org = prev.org.filter(|&r| r.1 + 2 == prev.at);
        }
        out.push(Member { at, person, org });
        let orgs = affiliation::respectively(input, k);
        if orgs.len() > 1 && orgs.len() <= out.len() {
            let from = out.len() - orgs.len();
            for (m, r) in out[from..].iter_mut().zip(&orgs) {
                m.org = Some(*r);
            }
            k = orgs[orgs.len() - 1].1 + 1;
        }
        if input.word_in(k, &["("]) {
            match (k..k + 8).find(|&j| input.word_in(j, &[")"])) {
                Some(close) => k = close + 1,
                None => break,
            }
        }
        loop {
            if !input.same_sentence(k, first) || !input.word_in(k, &[",", ";", "and"]) {
                return out;
            }
            let n = k + 1 + usize::from(input.word_in(k + 1, &["and"]));
            joined = input.word_in(k, &["and"]);
            if let Some(name) = lead_in(input, ctx, n) {
                joined &= name == n;
                at = name;
                break;
            }
            // An appositive of the name just listed ("A, Minister of Defense, and B"): on to the
            // separator that ends it.
            let appositive = input.word_in(k, &[","]) && input.is(n, Label::Title);
            match (n + 1..n + 20)
                .take_while(|&j| appositive && input.same_sentence(j, first))
                .find(|&j| input.word_in(j, &[";", ","]))
            {
                Some(semi) => k = semi,
                None => return out,
            }
        }
    }
    out
}

/// The name a list goes on with from piece `k`, past what only describes it: lower-case
/// words ("independent", "localist camp's"), hyphenated ones ("pro-reform") and an
/// organisation's possessive ("Acme's"), at most [`LEAD_IN`] pieces. Verbs, function words
/// and other punctuation end the list.
pub fn lead_in(input: &Input, ctx: &Ctx, k: usize) -> Option<usize> {
    let mut j = k;
    while j < k + LEAD_IN && input.same_sentence(j, k) {
        if ctx.person(j).is_some() {
            return Some(j);
        }
        let word = input.text(j);
        let describes = if input.word_in(j, &["-", "'s", "’s"]) {
            // "pro-reform": the word after the hyphen, whatever it is, is part of it.
            j += usize::from(word == "-");
            true
        } else if input.pieces[j].entity.is_some() || input.starts_upper(j) {
            input.word_in(j + 1, &["'s", "’s"])
        } else {
            input.pieces[j].kind == TokenKind::Word
                && !is(word, Class::Closed)
                && !word.ends_with("ed")
                && !word.ends_with("ing")
                && !word.ends_with("ly")
        };
        if !describes {
            return None;
        }
        j += 1;
    }
    None
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

    #[test]
    fn each_member_takes_the_organisation_written_beside_it() {
        let (f, _) = facts(
            "In the East, reformist councillors Ann Lee from the River Party, Tom Vale of Open Future, Acme's Eva Moss and Jim Roe, and independent Sam Reed were elected, and Kim Hall lost.",
            &[
                ("councillors", Title),
                ("Ann Lee", Person),
                ("River Party", Org),
                ("Tom Vale", Person),
                ("Acme", Org),
                ("Eva Moss", Person),
                ("Jim Roe", Person),
                ("Sam Reed", Person),
                ("Kim Hall", Person),
            ],
        );
        assert_eq!(
            table(&f),
            [
                row("Ann Lee", "councillor", "River Party", ""),
                row("Tom Vale", "councillor", "Open Future", ""),
                row("Eva Moss", "councillor", "Acme", ""),
                row("Jim Roe", "councillor", "Acme", ""),
                row("Sam Reed", "councillor", "", ""),
                row("Kim Hall", "", "", "")
            ]
        );
    }

    #[test]
    fn lists_as_predicate_or_in_apposition() {
        let (f, _) = facts(
            "The reform camp candidates elected were Acme's Ann Lee and independent Tom Vale. \
             The others elected were young activists from the harbour camp, Eva Moss and Jim Roe. \
             The activists from the camp, Sam Reed said, were late.",
            &[
                ("candidates", Title),
                ("Acme", Org),
                ("Ann Lee", Person),
                ("Tom Vale", Person),
                ("activists", Title),
                ("Eva Moss", Person),
                ("Jim Roe", Person),
                ("activists", Title),
                ("Sam Reed", Person),
            ],
        );
        assert_eq!(
            table(&f),
            [
                row("Ann Lee", "candidate", "Acme", ""),
                row("Tom Vale", "candidate", "", ""),
                row("Eva Moss", "activist", "", ""),
                row("Jim Roe", "activist", "", ""),
                row("Sam Reed", "", "", "")
            ]
        );
    }
}
