//! Overlap resolution: the highest-scoring, then longest, candidate wins its span.

use std::cmp::Reverse;

use crate::types::{Candidate, Entity};

/// Keeps a non-overlapping subset of `candidates`, sorted by start; O(n log n), and a run's bytes
/// / 64 for each run of more than [`SHORT_RUN`] candidates.
///
/// The best candidate first (score, then length, then start, then proposal order) keeps its span
/// wherever no better one has taken a byte of it. Only candidates that overlap can take from one
/// another, so the candidates are read in order of start as runs that overlap in a chain
/// (most candidates stand alone, and are kept without ranking), and only each run's own
/// candidates are ranked, among themselves: one sort of them all by start, not one by rank and
/// another of the kept by start.
pub fn select(candidates: Vec<Candidate>) -> Vec<Candidate> {
    let order = by_start(&candidates);
    let mut kept = Vec::with_capacity(order.len());
    let mut long = LongRun::default();
    // The run being read is `order[first..]` so far; `reach` is the end of its
    // furthest-reaching candidate.
    let (mut first, mut reach) = (0, 0);
    for (k, &i) in order.iter().enumerate() {
        let span = candidates[i].span;
        if span.start >= reach && k > first {
            settle(&candidates, &order[first..k], &mut long, &mut kept);
            first = k;
        }
        reach = reach.max(span.end);
    }
    settle(&candidates, &order[first..], &mut long, &mut kept);
    kept
}

/// The indices of the candidates with a non-empty span, in order of start (then of index):
/// sorted as one 64-bit integer each where start and index fit 32 bits (always in wasm32).
fn by_start(candidates: &[Candidate]) -> Vec<usize> {
    // Pushed into vectors of room for them all: collected through the filter, they grew.
    let spans = || {
        candidates
            .iter()
            .enumerate()
            .filter(|(_, c)| c.span.start < c.span.end)
    };
    let fits = |n: usize| u32::try_from(n).is_ok();
    if fits(candidates.len()) && candidates.iter().all(|c| fits(c.span.start)) {
        let mut packed = Vec::with_capacity(candidates.len());
        packed.extend(spans().map(|(i, c)| (c.span.start as u64) << 32 | i as u64));
        packed.sort_unstable();
        return packed.into_iter().map(|k| k as u32 as usize).collect();
    }
    let mut pairs = Vec::with_capacity(candidates.len());
    pairs.extend(spans().map(|(i, c)| (c.span.start, i)));
    pairs.sort_unstable();
    pairs.into_iter().map(|(_, i)| i).collect()
}

/// A candidate's rank: the best first (the smallest) by score, then length, then start, then
/// proposal order. With the index last no two are equal.
fn rank(candidates: &[Candidate], i: usize) -> (Reverse<i32>, Reverse<usize>, usize, usize) {
    let c = &candidates[i];
    (
        Reverse(score_key(c.score)),
        Reverse(c.span.len()),
        c.span.start,
        i,
    )
}

/// Appends to `kept`, in order of start, the kept candidates of `run`: the indices, in order of
/// start, of candidates that overlap in a chain. Inlined in both calls: settled for nearly
/// every candidate, most alone, where the call cost more than keeping it.
#[inline(always)]
fn settle(candidates: &[Candidate], run: &[usize], long: &mut LongRun, kept: &mut Vec<Candidate>) {
    match *run {
        [] => {}
        // Alone: nothing can take its bytes.
        [i] => kept.push(candidates[i].clone()),
        // Two that overlap: the better keeps its span.
        [a, b] => {
            let best = if rank(candidates, a) < rank(candidates, b) {
                a
            } else {
                b
            };
            kept.push(candidates[best].clone());
        }
        _ => long.settle(candidates, run, kept),
    }
}

/// What ranking a run of three candidates or more needs (kept from run to run, so that it is
/// allocated once an article).
#[derive(Default)]
struct LongRun {
    /// Places in the run, best first.
    ranked: Vec<usize>,
    /// Whether each of the run's candidates is kept.
    chosen: Vec<bool>,
    /// The bytes taken so far, from the run's first byte (long runs only).
    taken: ByteSet,
}

/// Runs of up to this many candidates test a candidate against the kept ones, not against
/// the bytes they took.
const SHORT_RUN: usize = 16;

impl LongRun {
    /// [`settle`] of three candidates or more.
    #[inline(never)]
    fn settle(&mut self, candidates: &[Candidate], run: &[usize], kept: &mut Vec<Candidate>) {
        let span = |k: usize| candidates[run[k]].span;
        self.ranked.clear();
        self.ranked.extend(0..run.len());
        self.ranked.sort_unstable_by_key(|&k| rank(candidates, run[k]));
        self.chosen.clear();
        self.chosen.resize(run.len(), false);
        if run.len() <= SHORT_RUN {
            for &k in &self.ranked {
                let free = (0..run.len()).all(|j| !self.chosen[j] || !span(j).overlaps(&span(k)));
                self.chosen[k] = free;
            }
        } else {
            let from = span(0).start;
            let to = (0..run.len()).map(|k| span(k).end).max().unwrap_or(from);
            self.taken.clear(to - from);
            for &k in &self.ranked {
                let (s, e) = (span(k).start - from, span(k).end - from);
                if !self.taken.any(s, e) {
                    self.taken.insert(s, e);
                    self.chosen[k] = true;
                }
            }
        }
        let chosen = run.iter().zip(&self.chosen).filter(|&(_, &c)| c);
        kept.extend(chosen.map(|(&i, _)| candidates[i].clone()));
    }
}

/// An integer ordered as `f32::total_cmp` orders the scores.
fn score_key(score: f32) -> i32 {
    let bits = score.to_bits() as i32;
    bits ^ (((bits >> 31) as u32) >> 1) as i32
}

/// A set of byte offsets, one bit each.
#[derive(Default)]
struct ByteSet(Vec<u64>);

impl ByteSet {
    /// Empties the set, with room for the offsets below `len`.
    fn clear(&mut self, len: usize) {
        self.0.clear();
        self.0.resize(len / 64 + 1, 0);
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
    entities(text, select(candidates))
}

/// The entities of `kept`, the candidates [`select`] kept.
pub fn entities(text: &str, kept: Vec<Candidate>) -> Vec<Entity> {
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
    fn offsets_past_32_bits_are_ordered_too() {
        let far = 1 << 40;
        let cands = vec![
            c(far + 10, far + 20, 0.5),
            c(far, far + 12, 0.9),
            c(5, 8, 0.1),
            c(far + 15, far + 30, 0.9),
        ];
        let got: Vec<(usize, usize)> = select(cands).iter().map(|k| (k.span.start, k.span.end)).collect();
        assert_eq!(got, [(5, 8), (far, far + 12), (far + 15, far + 30)]);
    }

    #[test]
    fn many_candidates_stay_fast_enough_to_finish() {
        // 200k nested and chained candidates: quadratic resolution would not finish in a test run.
        let cands: Vec<Candidate> = (0..200_000).map(|i| c(i, i + 3, (i % 7) as f32)).collect();
        let kept = select(cands);
        assert!(kept.windows(2).all(|w| w[0].span.end <= w[1].span.start));
    }
}
