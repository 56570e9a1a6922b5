//! Numeric entities by pattern: MONEY ("$1.2bn", "€3 million", "20 million euros"), PERCENT
//! ("15%", "3.5 per cent"), QUANTITY ("20 km", "5,000 tonnes"), ORDINAL ("first", "21st") and
//! CARDINAL ("around 20", "three", "1,200", "two million").

use std::sync::OnceLock;

use crate::patterns::{compiled, Pattern};
use crate::types::{Candidate, Doc, Label, Span};

/// Each pass, its label and score (the patterns are in `src/patterns/source.rs`).
fn patterns() -> &'static [(Label, Pattern, f32)] {
    static PATTERNS: OnceLock<Vec<(Label, Pattern, f32)>> = OnceLock::new();
    PATTERNS.get_or_init(|| {
        vec![
            (Label::Money, compiled!("money_symbol"), 0.96),
            (Label::Money, compiled!("money_units"), 0.96),
            (Label::Percent, compiled!("percent"), 0.96),
            (Label::Quantity, compiled!("quantity"), 0.94),
            (Label::Ordinal, compiled!("ordinal"), 0.6),
            (Label::Cardinal, compiled!("cardinal"), 0.6),
        ]
    })
}

pub fn propose(doc: &Doc, out: &mut Vec<Candidate>) {
    for (label, re, score) in patterns() {
        for m in re.find_iter(doc.text, &doc.patterns) {
            let s = &doc.text[m.start..m.end];
            // "FIRST Global", "ONE Campaign": words in capitals are names, not numbers.
            if s.chars().filter(|c| c.is_alphabetic()).nth(1).is_some() && !s.chars().any(char::is_lowercase)
            {
                continue;
            }
            // "one" as a pronoun and vague plurals are too often no number.
            // (No other letter lower-cases to these ASCII ones, so no lower-cased copy is needed.)
            if *label == Label::Cardinal
                && ["one", "hundreds", "dozens"]
                    .iter()
                    .any(|w| w.eq_ignore_ascii_case(s))
            {
                continue;
            }
            out.push(Candidate {
                span: Span::new(m.start, m.end),
                label: *label,
                source: "pattern",
                score: *score,
            });
        }
    }
}
