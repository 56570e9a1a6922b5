//! Job titles: lexicon titles grown into compound titles — "Vice Minister of National
//! Defence", "Senior Adviser to the Minister of Defence", "Defence Minister" — stopping before
//! organisations ("Commissioner | of the Acquisition … Agency"), places and people's names.
//! Lower-case titles ("spokesman", "defence minister") count only next to a name.

use super::context::Ctx;
use crate::lexicon::Kind;
use crate::types::{Candidate, Label, Span};

pub const SOURCE: &str = "title";

pub fn propose(ctx: &Ctx, out: &mut Vec<Candidate>) {
    let orgs = ctx.inside(
        out.iter()
            .filter(|c| matches!(c.label, Label::Org | Label::Event))
            .map(|c| c.span),
    );
    let in_org = |i: usize| orgs[i];
    let mut next_free = 0;
    for i in 0..ctx.len() {
        if i < next_free || ctx.on_caps_line(i) || in_org(i) {
            continue;
        }
        let Some(m) = ctx.entry_at(i, Kind::Title) else {
            continue;
        };
        let lower = !ctx.is_cap(i);
        let mut first = i;
        // "Defence Minister", "Tory leader": a capitalised modifier that is no place,
        // nationality or name.
        while first > 0
            && ctx.is_cap(first - 1)
            && ctx.same_sentence(first - 1, i)
            && !ctx.is_function_word(first - 1)
            && !is_namey(ctx, first - 1)
            && !in_org(first - 1)
        {
            first -= 1;
        }
        let end = complement(ctx, m.end_token, &in_org);
        if lower && first == i && !beside_name(ctx, i, end) {
            continue;
        }
        next_free = end;
        out.push(Candidate {
            span: Span::new(ctx.start(first), ctx.end(end - 1)),
            label: Label::Title,
            source: SOURCE,
            score: 0.93,
        });
    }
}

/// Places, nationalities, given names and honorifics are not part of a title.
fn is_namey(ctx: &Ctx, i: usize) -> bool {
    ctx.place_at(i).is_some()
        || ctx.is(i, Kind::Demonym)
        || ctx.is(i, Kind::GivenName)
        || ctx.is(i, Kind::Honorific)
        || ctx.is(i, Kind::Agency)
}

/// One past the title's end after "of National Defence", "to the Minister of Defence".
/// Stops before organisations, places and names; "… Defence Loreta Maskaliovienė conducted"
/// leaves the last two capitalised words to the person.
fn complement(ctx: &Ctx, mut end: usize, in_org: &dyn Fn(usize) -> bool) -> usize {
    loop {
        let mut j = end;
        match ctx.text(j.min(ctx.len().saturating_sub(1))) {
            _ if j >= ctx.len() || !ctx.same_sentence(end - 1, j) => return end,
            "of" | "for" => j += 1,
            "to" if j + 1 < ctx.len() && ctx.text(j + 1) == "the" => j += 1,
            "and" if end > 0 && !ctx.is_cap(end - 1) => return end,
            "and" => j += 1,
            _ => return end,
        }
        if j < ctx.len() && ctx.text(j) == "the" {
            j += 1;
        }
        let run_start = j;
        let mut run_end = j;
        while ctx.is_cap(run_end)
            && ctx.same_sentence(j, run_end)
            && !in_org(run_end)
            && ctx.place_at(run_end).is_none()
            && !ctx.is(run_end, Kind::GivenName)
            && !ctx.is(run_end, Kind::Honorific)
            && !ctx.is(run_end, Kind::Demonym)
        {
            run_end += 1;
        }
        if run_end == run_start {
            return end;
        }
        // A long run straight into a verb ends with the person's name.
        let verb_next = run_end < ctx.len() && ctx.is_word(run_end) && !ctx.is_cap(run_end);
        if run_end - run_start >= 3 && verb_next {
            run_end -= 2;
        }
        end = run_end;
    }
}

/// A lower-case title counts only beside a name: "spokesman John Kirby", "John Kirby, a
/// Pentagon spokesman", "Ben Wallace, defence minister".
fn beside_name(ctx: &Ctx, first: usize, end: usize) -> bool {
    let before_name = ctx.is_cap(end)
        && ctx.same_sentence(first, end)
        && !ctx.is_function_word(end)
        && ctx.place_at(end).is_none()
        && !ctx.is(end, Kind::Demonym);
    // "Maria Gonzalez, the company's chief executive": a comma after a name, then at most
    // three words of determiner or possessor.
    let after_name = (first.saturating_sub(4)..first)
        .rev()
        .find(|&p| ctx.text(p) == ",")
        .is_some_and(|p| {
            p >= 1
                && (p + 1..first).all(|k| !ctx.is_cap(k) || ctx.is_function_word(k))
                && ctx.is_cap(p - 1)
                && ctx.place_at(p - 1).is_none()
                && !crate::dates::is_calendar_word(ctx.text(p - 1))
        });
    before_name || after_name
}
