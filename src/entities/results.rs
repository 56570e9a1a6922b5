//! Rows of a sports results table, one per line: a match ("Fulchester 2 Redmouth 1", scorers
//! in brackets allowed between) or a standings row ("Fulchester 4 3 1 0 9 2 10"). The names in
//! them are teams, ORG, whatever a place list or the tagger says of the same words in prose
//! (the metonymy convention of the README, "Entity rules") — except a country's name, which
//! stands for its national side and keeps its place label. The shape of the row is the rule;
//! no team is named.

use super::context::Ctx;
use crate::lexicon::Kind;
use crate::types::{Candidate, Label, Span, TokenKind};

pub const SOURCE: &str = "results row";

/// A table row is unambiguous: above every guess and the tagger's confident spans.
const SCORE: f32 = 0.95;

/// Numbers after a name that make a standings row (played, won, drawn, lost, …).
const STANDINGS_NUMBERS: usize = 3;

/// Words a team name runs over: longer than this is a sentence, not a row.
const MAX_NAME_WORDS: usize = 5;

#[inline(never)]
pub fn propose(ctx: &Ctx, out: &mut Vec<Candidate>) {
    for line in ctx.lines().filter(|line| ctx.is_cap(line.start)) {
        let Some(row) = row(ctx, line.start, line.end) else {
            continue;
        };
        for (a, b) in row.teams.into_iter().flatten() {
            // A standings-shaped row may be a golfer's or runner's line instead.
            if !(is_country(ctx, a, b) || row.standings && is_person(ctx, a, b)) {
                out.push(Candidate {
                    span: Span::new(ctx.start(a), ctx.end(b - 1)),
                    label: Label::Org,
                    source: SOURCE,
                    score: SCORE,
                });
            }
        }
    }
}

/// A results row: its team names (token ranges), and whether it is a standings row.
struct Row {
    teams: [Option<(usize, usize)>; 2],
    standings: bool,
}

/// The row on tokens `first..end`, if the line is one.
fn row(ctx: &Ctx, first: usize, end: usize) -> Option<Row> {
    let home = name_end(ctx, first, end)?;
    let numbers = (home..end)
        .take_while(|&k| is_number(ctx, k) || ctx.doc.tokens[k].kind == TokenKind::Punct && !is_open(ctx, k))
        // Numbers standing alone: a date after a name ("LONDON 1996-08-30") is a dateline.
        .filter(|&k| is_number(ctx, k) && !ctx.joined(k) && !(k > 0 && ctx.joined(k - 1)))
        .count();
    if numbers >= STANDINGS_NUMBERS {
        return Some(Row {
            teams: [Some((first, home)), None],
            standings: true,
        });
    }
    // A match: name, score, [bracketed scorers], name, score.
    if !is_score(ctx, home) {
        return None;
    }
    let mut away = home + 1;
    if away < end && is_open(ctx, away) {
        away = (away..end).find(|&k| ctx.text(k) == ")")? + 1;
    }
    let away_end = name_end(ctx, away, end)?;
    is_score(ctx, away_end).then_some(Row {
        teams: [Some((first, home)), Some((away, away_end))],
        standings: false,
    })
}

/// The end of a team name starting at `first`: capitalised words, joined by "&", "." or an
/// apostrophe inside ("St. Mirren", "Nott'm Forest"); none when `first` opens no name.
fn name_end(ctx: &Ctx, first: usize, end: usize) -> Option<usize> {
    if first >= end || !ctx.is_cap(first) || ctx.is_function_word(first) {
        return None;
    }
    let mut k = first;
    let mut words = 0;
    while k < end {
        if ctx.is_cap(k) {
            words += 1;
        } else if !(matches!(ctx.text(k), "&" | "." | "'" | "’") && k + 1 < end && ctx.is_cap(k + 1)) {
            break;
        }
        k += 1;
    }
    (words <= MAX_NAME_WORDS).then_some(k)
}

fn is_number(ctx: &Ctx, k: usize) -> bool {
    ctx.doc.tokens.get(k).is_some_and(|t| t.kind == TokenKind::Number)
}

/// A goal or point count: a number of at most three digits (basketball's "106"), standing alone.
fn is_score(ctx: &Ctx, k: usize) -> bool {
    is_number(ctx, k) && ctx.text(k).len() <= 3 && !ctx.joined(k)
}

fn is_open(ctx: &Ctx, k: usize) -> bool {
    ctx.text(k) == "("
}

/// The name is a country's, standing for its national side.
fn is_country(ctx: &Ctx, a: usize, b: usize) -> bool {
    ctx.entries_at(a)
        .any(|m| m.kind == Kind::Country && m.end_token == b)
}

/// A given name opening a longer name: a player or golfer in a results row, not a team.
fn is_person(ctx: &Ctx, a: usize, b: usize) -> bool {
    b > a + 1 && ctx.is(a, Kind::GivenName)
}

#[cfg(test)]
mod tests {
    use crate::entities::testing::check;

    #[test]
    fn names_in_results_rows_are_teams() {
        let cases: &[(&str, &[(&str, &str)])] = &[
            (
                "Results on Saturday:\nFulchester 2 Redmouth Albion 1\nWalmsley 0 ( Penn 12 ) Stanton Rovers 3\n",
                &[
                    ("ORG", "Fulchester"),
                    ("ORG", "Redmouth Albion"),
                    ("ORG", "Walmsley"),
                    ("ORG", "Stanton Rovers"),
                ],
            ),
            // Standings: a name and at least three numbers.
            (
                "Standings:\nFulchester 4 3 1 0 9 2 10\nSt. Redmouth 4 2 1 1 7 5 7\n",
                &[("ORG", "Fulchester"), ("ORG", "St. Redmouth")],
            ),
            // A country's name stands for its national side and stays a place.
            ("Group C\nJapan 2 Syria 1\n", &[("GPE", "Japan"), ("GPE", "Syria")]),
            // Basketball scores run to three digits; a row in capitals names the home team.
            (
                "Results:\nFulchester 106 REDMOUTH 97\n",
                &[("ORG", "Fulchester"), ("ORG", "REDMOUTH")],
            ),
            // Not rows: a golfer's round, a sentence with a year, a score inside prose.
            ("Leaders:\nJohn Marsh 67 68 70\n", &[("PERSON", "John Marsh")]),
            ("Fulchester 2010 was a good year.", &[]),
            ("Leaders:\nREDMOUTH 1996-08-30\n", &[("GPE", "REDMOUTH")]),
        ];
        check(cases, &["ORG", "GPE", "PERSON"]);
    }
}
