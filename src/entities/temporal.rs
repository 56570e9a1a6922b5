//! DATE and TIME by pattern: "June 8 to 10", "8–10 June 2025", "2025-06-12", "Monday",
//! "last week", "three years ago", "in 2014", "the 1990s", "3:30 p.m.", "this morning".
//! What a date means is [`crate::dates::normalise`]'s job; this only finds where it is.

use std::sync::OnceLock;

use crate::patterns::{compiled, Pattern};
use crate::types::{Candidate, Doc, Label, Span};

/// The three passes (dates, a year or month alone, times); see `src/patterns/source.rs`.
struct Passes {
    dates: Pattern,
    years: Pattern,
    times: Pattern,
}

fn passes() -> &'static Passes {
    static PASSES: OnceLock<Passes> = OnceLock::new();
    PASSES.get_or_init(|| Passes {
        dates: compiled!("dates"),
        years: compiled!("years"),
        times: compiled!("times"),
    })
}

pub fn propose(doc: &Doc, out: &mut Vec<Candidate>) {
    let text = doc.text;
    let push = |out: &mut Vec<Candidate>, start: usize, end: usize, label: Label| {
        out.push(Candidate {
            span: Span::new(start, end),
            label,
            source: "pattern",
            score: 0.95,
        });
    };
    let passes = passes();
    for m in passes.dates.find_iter(text, &doc.patterns) {
        push(out, m.start, m.end, Label::Date);
    }
    for m in passes.years.find_iter(text, &doc.patterns) {
        // Only the year or month is the date: after the dating word ("in 2014": the match's
        // last word, all ASCII letters or digits), or before what follows it ("2024 election":
        // the first four digits).
        let start = if m.pattern == 0 {
            text[..m.end]
                .rfind(|c: char| !c.is_ascii_alphanumeric())
                .map_or(m.start, |i| i + 1)
        } else {
            m.start
        };
        let end = if m.pattern == 0 { m.end } else { m.start + 4 };
        push(out, start, end, Label::Date);
    }
    for m in passes.times.find_iter(text, &doc.patterns) {
        push(out, m.start, m.end, Label::Time);
    }
}
