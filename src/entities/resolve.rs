//! Overlap resolution: the highest-scoring, then longest, candidate wins its span.

use std::cmp::Reverse;

use crate::types::{Candidate, Entity};

/// Keeps a non-overlapping subset of `candidates`, sorted by start; O(n log n + covered bytes / 64).
pub fn select(candidates: Vec<Candidate>) -> Vec<Candidate> {
    // Best first: score, then length, then start, then proposal order. Sorting these small keys
    // unstably gives the order a stable sort of the candidates gives, at half the cost.
    let mut order: Vec<_> = candidates
        .iter()
        .enumerate()
        .map(|(i, c)| {
            (
                Reverse(score_key(c.score)),
                Reverse(c.span.len()),
                c.span.start,
                i,
            )
        })
        .collect();
    order.sort_unstable();
    // Kept spans never overlap, so a candidate collides exactly when one of its bytes is taken.
    let last = candidates.iter().map(|c| c.span.end).max().unwrap_or(0);
    let mut taken = ByteSet::new(last);
    let mut kept: Vec<Candidate> = Vec::new();
    for &(.., i) in &order {
        let c = &candidates[i];
        let (s, e) = (c.span.start, c.span.end);
        if s >= e || taken.any(s, e) {
            continue;
        }
        taken.insert(s, e);
        kept.push(c.clone());
    }
    // Starts of disjoint non-empty spans are distinct: no ties for an unstable sort to reorder.
    kept.sort_unstable_by_key(|c| c.span.start);
    kept
}

/// An integer ordered as `f32::total_cmp` orders the scores.
fn score_key(score: f32) -> i32 {
    let bits = score.to_bits() as i32;
    bits ^ (((bits >> 31) as u32) >> 1) as i32
}

/// A set of byte offsets, one bit each.
struct ByteSet(Vec<u64>);

impl ByteSet {
    /// Room for the offsets below `len`.
    fn new(len: usize) -> Self {
        ByteSet(vec![0; len / 64 + 1])
    }

    fn any(&self, start: usize, end: usize) -> bool {
        masks(start, end).any(|(w, m)| self.0[w] & m != 0)
    }

    fn insert(&mut self, start: usize, end: usize) {
        for (w, m) in masks(start, end) {
            self.0[w] |= m;
        }
    }
}

/// The words holding offsets `start..end` (non-empty), each with the bits of those offsets.
fn masks(start: usize, end: usize) -> impl Iterator<Item = (usize, u64)> {
    let (first, last) = (start / 64, (end - 1) / 64);
    (first..=last).map(move |w| {
        let lo = if w == first { start % 64 } else { 0 };
        let hi = if w == last { (end - 1) % 64 } else { 63 };
        (w, (u64::MAX >> (63 - hi)) & (u64::MAX << lo))
    })
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
    fn agrees_with_the_quadratic_definition() {
        // Ties in score, length and start (proposal order decides), spans across 64-byte words.
        let mut seed = 7u32;
        let mut next = |n: u32| {
            seed = seed.wrapping_mul(1_103_515_245).wrapping_add(12_345);
            ((seed >> 8) % n) as usize
        };
        for _ in 0..200 {
            let cands: Vec<Candidate> = (0..40)
                .map(|k| {
                    let start = 7 * next(20);
                    let mut c = c(start, start + 13 * next(10), [0.5, 0.9, -0.0, 0.0][next(4)]);
                    c.source = ["a", "b", "c"][k % 3];
                    c
                })
                .collect();
            let mut best = cands.clone();
            best.sort_by(|a, b| {
                b.score
                    .total_cmp(&a.score)
                    .then(b.span.len().cmp(&a.span.len()))
                    .then(a.span.start.cmp(&b.span.start))
            });
            let mut want: Vec<Candidate> = Vec::new();
            for k in best {
                if !k.span.is_empty() && want.iter().all(|w| !w.span.overlaps(&k.span)) {
                    want.push(k);
                }
            }
            want.sort_by_key(|k| k.span.start);
            assert_eq!(select(cands), want);
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
