//! The organisation written beside a name rather than in a title phrase: a possessive in
//! front ("Acme's Ann Lee") or "of/from [the] …" after it ("Ann Lee of the River Party"), as
//! lists of candidates and councillors give each member their own.

use super::super::Input;
use super::{org_name, Ctx};
use crate::types::{Facts, Label, TokenKind};

/// Most pieces an organisation written as unmarked capitalised words may take ("New Hope
/// People's Party" when only "Party" was marked).
const LONGEST: usize = 6;

/// Pieces `(first, last)` naming an organisation.
pub type Range = (usize, usize);

/// The organisation of a possessive right before the name at piece `at`: "Acme's Ann Lee",
/// "Open Future's Ann Lee" with the words unmarked. A person or place before "'s" is none.
pub fn possessor(input: &Input, at: usize) -> Option<Range> {
    let s = at.checked_sub(1).filter(|&s| input.word_in(s, &["'s", "’s"]))?;
    let last = s.checked_sub(1).filter(|&l| input.same_sentence(l, at))?;
    if matches!(input.label(last), Some(Label::Org | Label::Norp)) {
        return Some((last, last));
    }
    let mut first = last;
    while first > 0
        && last - first < LONGEST
        && is_bare_cap(input, first - 1)
        && input.same_sentence(first - 1, at)
    {
        first -= 1;
    }
    (is_bare_cap(input, last) && !opens_sentence_alone(input, first, last)).then_some((first, last))
}

/// "of/from [the] <organisation>" starting at piece `k`, right after a name: the organisation
/// and the last piece it takes.
pub fn after(input: &Input, k: usize) -> Option<Range> {
    if !input.word_in(k, &["of", "from"]) {
        return None;
    }
    body(input, k + 1)
}

/// An organisation from piece `k` on, after an optional "the".
pub fn body(input: &Input, k: usize) -> Option<Range> {
    run(input, k + usize::from(input.word_in(k, &["the"])))
}

/// "of respectively A and the B" at piece `k`: the organisations in order, for as many names
/// listed before it.
pub fn respectively(input: &Input, k: usize) -> Vec<Range> {
    let mut out = Vec::new();
    if !input.word_in(k, &["of", "from"]) || !input.word_in(k + 1, &["respectively"]) {
        return out;
    }
    let mut s = k + 2;
    loop {
        let the = input.word_in(s, &["the"]);
        let Some(r) = run(input, s + usize::from(the)) else {
            break;
        };
        out.push(r);
        let sep = r.1 + 1;
        if !input.word_in(sep, &[",", "and"]) {
            break;
        }
        s = sep + 1 + usize::from(input.word_in(sep, &[","]) && input.word_in(sep + 1, &["and"]));
    }
    out
}

/// The name and country of the organisation in pieces `r`, as written (a party or a known
/// organisation by its record).
pub fn name(input: &Input, facts: &Facts, ctx: &Ctx, r: Range) -> (String, Option<&'static str>) {
    let text = &input.doc.text[input.pieces[r.0].span.start..input.pieces[r.1].span.end];
    org_name(facts, ctx, text)
}

/// An organisation's name from piece `s` on: one marked organisation, or capitalised words
/// (with a possessive inside: "New Hope People's Party"). A person's name here is a body's the
/// recogniser misread ("of the Free Democrats"): a name is no one's "of".
fn run(input: &Input, s: usize) -> Option<Range> {
    let fits = |k: usize| match input.label(k) {
        Some(Label::Org | Label::Norp | Label::Person) => true,
        None => is_bare_cap(input, k),
        _ => false,
    };
    if !fits(s) {
        return None;
    }
    let mut last = s;
    while last - s < LONGEST && input.same_sentence(last + 1, s) {
        if input.label(last) != Some(Label::Org) && fits(last + 1) {
            last += 1;
        } else if input.word_in(last + 1, &["'s", "’s"])
            && fits(last + 2)
            && input.label(last + 2) == Some(Label::Org)
        {
            last += 2;
        } else {
            break;
        }
    }
    Some((s, last))
}

/// A capitalised word the recogniser left unmarked.
fn is_bare_cap(input: &Input, k: usize) -> bool {
    input
        .pieces
        .get(k)
        .is_some_and(|p| p.entity.is_none() && p.kind == TokenKind::Word)
        && input.starts_upper(k)
}

/// A single capitalised word that opens its sentence ("The", "Other") is no possessor.
fn opens_sentence_alone(input: &Input, first: usize, last: usize) -> bool {
    first == last && (first == 0 || !input.same_sentence(first - 1, first))
}
