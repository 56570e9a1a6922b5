//! Overlap resolution: the highest-scoring, then longest, candidate wins its span.

use std::collections::BTreeMap;

use crate::types::{Candidate, Entity};

/// Keeps a non-overlapping subset of `candidates`, sorted by start; O(n log n).
pub fn select(mut candidates: Vec<Candidate>) -> Vec<Candidate> {
    candidates.sort_by(|a, b| {
        b.score
            .total_cmp(&a.score)
            .then(b.span.len().cmp(&a.span.len()))
            .then(a.span.start.cmp(&b.span.start))
    });
    // Kept spans never overlap, so only the nearest kept span on each side can collide.
    let mut taken: BTreeMap<usize, usize> = BTreeMap::new();
    let mut kept: Vec<Candidate> = Vec::new();
    for c in candidates {
        let (s, e) = (c.span.start, c.span.end);
        let left = taken.range(..e).next_back().is_some_and(|(_, &end)| end > s);
        if c.span.is_empty() || left {
            continue;
        }
        taken.insert(s, e);
        kept.push(c);
    }
    kept.sort_by_key(|c| c.span.start);
    kept
}

/// [`select`], then the kept candidates as entities.
pub fn resolve(text: &str, candidates: Vec<Candidate>) -> Vec<Entity> {
    select(candidates)
        .into_iter()
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::types::{Label, Span};

    fn c(start: usize, end: usize, score: f32) -> Candidate {
        Candidate {
            span: Span::new(start, end),
            label: Label::Org,
            source: "test",
            score,
        }
    }

    #[test]
    fn best_then_longest_wins() {
        type Case<'a> = (&'a [(usize, usize, f32)], &'a [(usize, usize)]);
        let cases: &[Case] = &[
            (&[(0, 5, 0.9), (3, 8, 0.8)], &[(0, 5)]),
            (&[(0, 5, 0.8), (3, 8, 0.9)], &[(3, 8)]),
            (&[(0, 10, 0.9), (2, 4, 0.9), (6, 8, 0.9)], &[(0, 10)]),
            (&[(2, 4, 0.9), (0, 10, 0.5), (6, 8, 0.9)], &[(2, 4), (6, 8)]),
            (&[(0, 3, 0.5), (3, 6, 0.5)], &[(0, 3), (3, 6)]),
            (&[(5, 5, 0.9)], &[]),
        ];
        for (input, want) in cases {
            let got: Vec<(usize, usize)> = select(input.iter().map(|&(s, e, p)| c(s, e, p)).collect())
                .iter()
                .map(|k| (k.span.start, k.span.end))
                .collect();
            assert_eq!(&got, want, "{input:?}");
        }
    }

    #[test]
    fn many_candidates_stay_fast_enough_to_finish() {
        // 200k nested and chained candidates: quadratic resolution would not finish in a test run.
        let cands: Vec<Candidate> = (0..200_000).map(|i| c(i, i + 3, (i % 7) as f32)).collect();
        let kept = select(cands);
        assert!(kept.windows(2).all(|w| w[0].span.end <= w[1].span.start));
    }
}
