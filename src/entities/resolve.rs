//! Overlap resolution: the highest-scoring, then longest, candidate wins its span.

use crate::types::{Candidate, Entity, Span};

/// Keeps a non-overlapping subset of `candidates`, sorted by start.
pub fn resolve(text: &str, mut candidates: Vec<Candidate>) -> Vec<Entity> {
    candidates.sort_by(|a, b| {
        b.score
            .total_cmp(&a.score)
            .then(b.span.len().cmp(&a.span.len()))
            .then(a.span.start.cmp(&b.span.start))
    });
    let mut taken: Vec<Span> = Vec::new();
    let mut kept: Vec<Candidate> = Vec::new();
    for c in candidates {
        if c.span.is_empty() || taken.iter().any(|s| s.overlaps(&c.span)) {
            continue;
        }
        taken.push(c.span);
        kept.push(c);
    }
    kept.sort_by_key(|c| c.span.start);
    kept.into_iter()
        .map(|c| Entity {
            start: c.span.start,
            end: c.span.end,
            label: c.label,
            text: c.span.text(text).to_string(),
            reference: None,
            score: Some(c.score),
        })
        .collect()
}
