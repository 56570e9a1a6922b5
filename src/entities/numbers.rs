//! Dates and numbers by pattern: ISO dates, "June 12", cardinals.

use std::sync::OnceLock;

use regex::Regex;

use crate::types::{Candidate, Doc, Label, Span, TokenKind};

fn date_pattern() -> &'static Regex {
    static RE: OnceLock<Regex> = OnceLock::new();
    RE.get_or_init(|| {
        Regex::new(concat!(
            r"\b(?:\d{4}-\d{2}-\d{2}",
            r"|(?:January|February|March|April|May|June|July|August|September|October|November|December)",
            r"\s+\d{1,2}(?:\s+to\s+\d{1,2})?(?:,\s+\d{4})?)\b"
        ))
        .expect("date pattern compiles")
    })
}

pub fn propose(doc: &Doc, out: &mut Vec<Candidate>) {
    for m in date_pattern().find_iter(doc.text) {
        out.push(Candidate {
            span: Span::new(m.start(), m.end()),
            label: Label::Date,
            source: "date",
            score: 0.95,
        });
    }
    for t in &doc.tokens {
        if t.kind == TokenKind::Number {
            out.push(Candidate {
                span: t.span,
                label: Label::Cardinal,
                source: "number",
                score: 0.5,
            });
        }
    }
}
