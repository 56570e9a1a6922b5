//! Overlap resolution: the highest-scoring, then longest, candidate wins its span.

use std::cmp::Reverse;

use crate::types::{Candidate, Entity};

/// Keeps a non-overlapping subset of `candidates`, sorted by start; O(n log n + covered bytes / 64).
pub fn select(candidates: Vec<Candidate>) -> Vec<Candidate> {
    let order = best_first(&candidates);
    // Kept spans never overlap, so a candidate collides exactly when one of its bytes is taken.
    let last = candidates.iter().map(|c| c.span.end).max().unwrap_or(0);
    let mut taken = ByteSet::new(last);
    let mut kept: Vec<(usize, usize)> = Vec::with_capacity(candidates.len());
    for i in order {
        let (s, e) = (candidates[i].span.start, candidates[i].span.end);
        if s >= e || taken.any(s, e) {
            continue;
        }
        taken.insert(s, e);
        kept.push((s, i));
    }
    // Starts of disjoint non-empty spans are distinct: no ties for an unstable sort to reorder.
    // Starts with indices, not candidates, are sorted: few bytes to move, and no candidate read
    // at each comparison.
    kept.sort_unstable_by_key(|&(start, _)| start);
    kept.into_iter().map(|(_, i)| candidates[i].clone()).collect()
}

/// What orders the candidates, best first: score, then length, then start, then proposal order.
type Key = (Reverse<i32>, Reverse<usize>, usize, usize);

/// The indices of `candidates`, best first. Keys are sorted unstably: with the index last no two
/// are equal, so this is the order a stable sort of the candidates gives, at a fraction of the cost.
fn best_first(candidates: &[Candidate]) -> Vec<usize> {
    let keys = candidates.iter().enumerate().map(|(i, c)| {
        (
            Reverse(score_key(c.score)),
            Reverse(c.span.len()),
            c.span.start,
            i,
        )
    });
    if let Some(narrow) = Narrow::fitting(candidates) {
        let mut packed: Vec<u64> = keys.map(|key| narrow.pack(key)).collect();
        packed.sort_unstable();
        return packed.into_iter().map(|k| narrow.index(k)).collect();
    }
    match packed(keys.clone()) {
        Some(mut packed) => {
            packed.sort_unstable();
            packed.into_iter().map(|k| k as u32 as usize).collect()
        }
        None => by_tuples(keys.collect()),
    }
}

/// `key` as one integer in the same order, when its numbers fit 32 bits (always in wasm32):
/// sorting those compares and moves half as much as sorting the tuples did (a third of the
/// entity stage's resolution cost on long articles).
fn pack((Reverse(score), Reverse(len), start, i): Key) -> Option<u128> {
    let field = |n: usize| u32::try_from(n).ok().map(u128::from);
    // Bits flipped make the descending fields ascending; the sign bit kept puts negative scores last.
    let score = u128::from(score as u32 ^ 0x7fff_ffff);
    Some(score << 96 | (u128::from(u32::MAX) - field(len)?) << 64 | field(start)? << 32 | field(i)?)
}

/// Every key [`pack`]ed, or `None` if one does not fit. Pushed into a vector of the right size:
/// collecting through `Option` knows no size, and grew the vector as it went.
fn packed(keys: impl ExactSizeIterator<Item = Key>) -> Option<Vec<u128>> {
    let mut packed = Vec::with_capacity(keys.len());
    for key in keys {
        packed.push(pack(key)?);
    }
    Some(packed)
}

/// How a [`Key`] fits 64 bits, when the lengths, starts and indices of an article's candidates
/// fit 32 between them (most articles: a few kilobytes and a hundred candidates). Half the
/// bytes of a [`pack`]ed key to compare and move.
struct Narrow {
    longest: usize,
    start_bits: u32,
    index_bits: u32,
}

impl Narrow {
    /// `None` if the fields below the score need more than 32 bits (or there are no candidates).
    fn fitting(candidates: &[Candidate]) -> Option<Narrow> {
        let bits = |n: usize| usize::BITS - n.leading_zeros();
        let longest = candidates.iter().map(|c| c.span.len()).max()?;
        let last_start = candidates.iter().map(|c| c.span.start).max()?;
        let (start_bits, index_bits) = (bits(last_start), bits(candidates.len() - 1));
        (bits(longest) + start_bits + index_bits <= 32).then_some(Narrow {
            longest,
            start_bits,
            index_bits,
        })
    }

    /// The score in the high half, flipped as [`pack`] flips it; below it how much shorter than
    /// the longest candidate, the start and the index, each in the bits the largest needs.
    fn pack(&self, (Reverse(score), Reverse(len), start, i): Key) -> u64 {
        let score = u64::from(score as u32 ^ 0x7fff_ffff);
        let shorter = (self.longest - len) as u64;
        score << 32
            | shorter << (self.start_bits + self.index_bits)
            | (start as u64) << self.index_bits
            | i as u64
    }

    fn index(&self, key: u64) -> usize {
        (key & ((1 << self.index_bits) - 1)) as usize
    }
}

/// [`best_first`] for articles past 4 GiB, where offsets do not fit [`pack`].
fn by_tuples(mut keys: Vec<Key>) -> Vec<usize> {
    keys.sort_unstable();
    keys.into_iter().map(|(.., i)| i).collect()
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
    fn packed_keys_sort_as_the_tuples() {
        let mut seed = 11u64;
        let mut next = || {
            seed = seed
                .wrapping_mul(6_364_136_223_846_793_005)
                .wrapping_add(1_442_695_040_888_963_407);
            seed >> 33
        };
        let edges = [0, 1, 2, u32::MAX as usize - 1, u32::MAX as usize];
        let scores = [i32::MIN, -1, 0, 1, i32::MAX, score_key(-0.0), score_key(0.9)];
        let mut keys: Vec<Key> = (0..400)
            .map(|k| {
                let score = scores[next() as usize % scores.len()];
                let len = edges[next() as usize % edges.len()];
                (
                    Reverse(score),
                    Reverse(len),
                    edges[next() as usize % edges.len()],
                    k,
                )
            })
            .collect();
        for a in &keys {
            for b in &keys {
                assert_eq!(pack(*a).cmp(&pack(*b)), a.cmp(b), "{a:?} {b:?}");
            }
        }
        // Narrow keys sort as the tuples, when the fields fit.
        let narrow_keys: Vec<Key> = keys
            .iter()
            .map(|&(score, _, _, i)| (score, Reverse(next() as usize % 200), next() as usize % 20_000, i))
            .collect();
        let cands: Vec<Candidate> = narrow_keys
            .iter()
            .map(|&(_, Reverse(len), start, _)| c(start, start + len, 0.0))
            .collect();
        let narrow = Narrow::fitting(&cands).expect("8 + 15 + 9 bits fit");
        for a in &narrow_keys {
            for b in &narrow_keys {
                assert_eq!(narrow.pack(*a).cmp(&narrow.pack(*b)), a.cmp(b), "{a:?} {b:?}");
            }
            assert_eq!(narrow.index(narrow.pack(*a)), a.3);
        }
        // Too wide to pack: the tuples are sorted instead, to the same order.
        assert_eq!(pack((Reverse(0), Reverse(0), u32::MAX as usize + 1, 0)), None);
        let order = by_tuples(keys.clone());
        keys.sort_by_key(|&k| pack(k));
        assert_eq!(order, keys.iter().map(|&(.., i)| i).collect::<Vec<_>>());
    }

    #[test]
    fn many_candidates_stay_fast_enough_to_finish() {
        // 200k nested and chained candidates: quadratic resolution would not finish in a test run.
        let cands: Vec<Candidate> = (0..200_000).map(|i| c(i, i + 3, (i % 7) as f32)).collect();
        let kept = select(cands);
        assert!(kept.windows(2).all(|w| w[0].span.end <= w[1].span.start));
    }
}
