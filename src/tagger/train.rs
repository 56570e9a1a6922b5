//! Training: a structured averaged perceptron (Collins 2002) over the hashed features, decoded
//! with the same Viterbi as the page, then quantised into a [`Model`].
//!
//! The corpora are tokenised by *our* tokeniser from their raw text (GUM) or rebuilt text (GMB),
//! so the model learns on exactly the tokens it will see; gold spans are projected onto them.

use rustc_hash::FxHashMap;

use crate::lexicon::Lexicon;
use crate::tagger::corpus::Example;
use crate::tagger::features::{self, Context, Vocab, Words};
use crate::tagger::model::{from_row, segments, sentence_ranges, start_row, viterbi, Model, Moves, ROW};
use crate::text;
use crate::types::Label;

/// One segment ([`segments`]) ready for training: features per token (flat, with offsets),
/// gold tags and the transition row it starts from.
pub struct Sentence {
    /// Index of the example it comes from.
    pub example: usize,
    first: usize,
    feats: Vec<u32>,
    /// `feats[starts[i]..starts[i + 1]]` are token i's features.
    starts: Vec<u32>,
    gold: Vec<u8>,
}

/// Gold spans that do not fall on our token boundaries or outside the segments the model
/// decodes (reported, never learnt).
#[derive(Debug, Default, Clone, Copy)]
pub struct Projection {
    pub spans: usize,
    pub misaligned: usize,
    pub outside: usize,
    /// Distinct features, and those frequent enough to keep.
    pub features: usize,
    pub kept: usize,
}

/// Featurises `examples`; only `labels` are learnt, every other token is O. Features seen
/// fewer than `min_count` times in `examples` are dropped: they are most of the distinct
/// features, rarely help, and would fill the model file.
pub fn prepare(
    examples: &[&Example],
    labels: &[Label],
    bits: u32,
    min_count: u32,
    stats: &mut Projection,
) -> Vec<Sentence> {
    let mut raw: Vec<(Sentence, Vec<u64>)> = Vec::new();
    let mut lexbits = Vec::new();
    let mut words = Words::default();
    for (n, ex) in examples.iter().enumerate() {
        let doc = text::analyse(&ex.text);
        let lex = Lexicon::get().find(&doc);
        let mut vocab = Vocab::default();
        features::lexicon_bits(doc.tokens.len(), &lex, &mut lexbits);
        let mut tags = vec![0u8; doc.tokens.len()];
        for &(span, label) in &ex.gold {
            let Some(k) = labels.iter().position(|&l| l == label) else {
                continue;
            };
            stats.spans += 1;
            let first = doc.tokens.binary_search_by_key(&span.start, |t| t.span.start);
            let last = doc.tokens.binary_search_by_key(&span.end, |t| t.span.end);
            match (first, last) {
                (Ok(f), Ok(l)) if f <= l && doc.tokens[f].sentence == doc.tokens[l].sentence => {
                    tags[f] = 2 * k as u8 + 1;
                    tags[f + 1..=l].fill(2 * k as u8 + 2);
                }
                _ => stats.misaligned += 1,
            }
        }
        let mut decoded = vec![false; doc.tokens.len()];
        for range in sentence_ranges(&doc) {
            let cx = Context::of_sentence(&doc, range.clone(), &lexbits);
            for seg in segments(&cx) {
                decoded[seg.clone()].fill(true);
                let mut gold = tags[seg.clone()].to_vec();
                // An entity the segment cuts on the left cannot be decoded (an I- after O);
                // learning it as O keeps the gold path reachable.
                let cut = gold.iter().take_while(|&&t| t != 0 && t % 2 == 0).count();
                gold[..cut].fill(0);
                stats.outside += usize::from(cut > 0);
                let mut s = Sentence {
                    example: n,
                    first: start_row(&cx, &seg, 1 + 2 * labels.len()),
                    feats: Vec::new(),
                    starts: vec![0],
                    gold,
                };
                let mut hashes = Vec::new();
                words.fill(&cx, &seg, &mut vocab);
                for i in seg {
                    features::token_features(&cx, &vocab, &words, i, &mut hashes);
                    s.starts.push(hashes.len() as u32);
                }
                raw.push((s, hashes));
            }
        }
        stats.outside += tags
            .iter()
            .zip(&decoded)
            .filter(|&(&t, &d)| t % 2 == 1 && !d)
            .count();
    }
    let mut counts: FxHashMap<u64, u32> = FxHashMap::default();
    for h in raw.iter().flat_map(|(_, h)| h) {
        *counts.entry(*h).or_default() += 1;
    }
    stats.features = counts.len();
    stats.kept = counts.values().filter(|&&c| c >= min_count).count();
    raw.into_iter()
        .map(|(mut s, hashes)| {
            let mut starts = vec![0];
            for w in s.starts.windows(2) {
                let token = &hashes[w[0] as usize..w[1] as usize];
                s.feats.extend(
                    token
                        .iter()
                        .filter(|h| counts[*h] >= min_count)
                        .map(|&h| features::bucket(h, bits)),
                );
                starts.push(s.feats.len() as u32);
            }
            s.starts = starts;
            s
        })
        .collect()
}

/// Perceptron weights with the running sums that give their average.
pub struct Trainer {
    tags: usize,
    bits: u32,
    labels: Vec<Label>,
    emit: Vec<i32>,
    emit_sum: Vec<i64>,
    trans: Vec<i32>,
    trans_sum: Vec<i64>,
    /// Updates so far (the averaging clock).
    clock: i64,
}

impl Trainer {
    pub fn new(labels: &[Label], bits: u32) -> Trainer {
        let tags = 1 + 2 * labels.len();
        Trainer {
            tags,
            bits,
            labels: labels.to_vec(),
            emit: vec![0; (1 << bits) * tags],
            emit_sum: vec![0; (1 << bits) * tags],
            trans: vec![0; (tags + 1) * tags],
            trans_sum: vec![0; (tags + 1) * tags],
            clock: 1,
        }
    }

    /// One pass over `order` (indices into `data`); returns the number of sentences mis-tagged.
    pub fn epoch(&mut self, data: &[Sentence], order: &[usize]) -> usize {
        let (tags, mut errors) = (self.tags, 0);
        let (mut scores, mut path, mut forward) = (Vec::new(), Vec::new(), Vec::new());
        for &k in order {
            let s = &data[k];
            scores.clear();
            for w in s.starts.windows(2) {
                let mut sum = [0; ROW];
                for &f in &s.feats[w[0] as usize..w[1] as usize] {
                    let row = &self.emit[f as usize * tags..][..tags];
                    for (acc, &x) in sum.iter_mut().zip(row) {
                        *acc += x;
                    }
                }
                scores.push(sum);
            }
            let first = s.first;
            let moves = Moves::new(tags, |p, t| self.trans[from_row(p, tags, first) * tags + t]);
            viterbi(&scores, tags, &moves, &mut path, &mut forward);
            if path != s.gold {
                errors += 1;
                for (i, (&g, &p)) in s.gold.iter().zip(&path).enumerate() {
                    let (pg, pp) = if i == 0 {
                        (s.first, s.first)
                    } else {
                        (usize::from(s.gold[i - 1]), usize::from(path[i - 1]))
                    };
                    if (pg, g) != (pp, p) {
                        self.bump_trans(pg * tags + usize::from(g), 1);
                        self.bump_trans(pp * tags + usize::from(p), -1);
                    }
                    if g != p {
                        for &f in &s.feats[s.starts[i] as usize..s.starts[i + 1] as usize] {
                            self.bump_emit(f as usize * tags + usize::from(g), 1);
                            self.bump_emit(f as usize * tags + usize::from(p), -1);
                        }
                    }
                }
            }
            self.clock += 1;
        }
        errors
    }

    fn bump_emit(&mut self, i: usize, d: i32) {
        self.emit[i] += d;
        self.emit_sum[i] += self.clock * i64::from(d);
    }

    fn bump_trans(&mut self, i: usize, d: i32) {
        self.trans[i] += d;
        self.trans_sum[i] += self.clock * i64::from(d);
    }

    /// The averaged weights, quantised: one scale for emissions and transitions so integer sums
    /// stay comparable; the scale maps the `quantile` of |weight| to 127 (rarer outliers clip),
    /// and weights that round to |q| ≤ `prune` are dropped (they are most of the table).
    pub fn model(&self, quantile: f64, prune: i8) -> Model {
        let c = self.clock as f64;
        let avg = |w: i32, s: i64| f64::from(w) - s as f64 / c;
        let emit: Vec<f64> = self
            .emit
            .iter()
            .zip(&self.emit_sum)
            .map(|(&w, &s)| avg(w, s))
            .collect();
        let mut mags: Vec<f64> = emit.iter().map(|w| w.abs()).filter(|&w| w > 0.0).collect();
        mags.sort_by(f64::total_cmp);
        let top = mags.get(((mags.len() as f64 * quantile) as usize).min(mags.len().saturating_sub(1)));
        let scale = 127.0 / top.copied().unwrap_or(1.0).max(1e-9);
        let q = |w: f64| -> i8 {
            let v = (w * scale).round().clamp(-127.0, 127.0) as i8;
            if v.abs() <= prune {
                0
            } else {
                v
            }
        };
        Model::new(
            self.labels.clone(),
            self.bits,
            emit.chunks(self.tags)
                .flat_map(|row| {
                    let mut padded = [0i8; ROW];
                    for (p, &w) in padded.iter_mut().zip(row) {
                        *p = q(w);
                    }
                    padded
                })
                .collect(),
            self.trans
                .iter()
                .zip(&self.trans_sum)
                .map(|(&w, &s)| (avg(w, s) * scale).round().clamp(-32000.0, 32000.0) as i16)
                .collect(),
        )
    }
}

/// A reproducible shuffle (xorshift64*; no dependency, same order on every machine).
pub fn shuffle(order: &mut [usize], seed: &mut u64) {
    for i in (1..order.len()).rev() {
        *seed ^= *seed >> 12;
        *seed ^= *seed << 25;
        *seed ^= *seed >> 27;
        let r = seed.wrapping_mul(0x2545_f491_4f6c_dd1d);
        order.swap(i, (r % (i as u64 + 1)) as usize);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::tagger::corpus::from_tokens;

    #[test]
    fn learns_a_toy_corpus_and_survives_quantisation() {
        let sents: Vec<Vec<(&str, &str)>> = vec![
            vec![
                ("Ann", "B-PERSON"),
                ("Lee", "I-PERSON"),
                ("visited", "O"),
                ("Oslo", "B-GPE"),
                (".", "O"),
            ],
            vec![
                ("Bob", "B-PERSON"),
                ("Stone", "I-PERSON"),
                ("left", "O"),
                ("Rome", "B-GPE"),
                (".", "O"),
            ],
            vec![
                ("They", "O"),
                ("saw", "O"),
                ("Cara", "B-PERSON"),
                ("Diaz", "I-PERSON"),
                ("in", "O"),
                ("Lima", "B-GPE"),
                (".", "O"),
            ],
        ];
        let examples: Vec<Example> = sents.iter().map(|s| from_tokens("toy".into(), s)).collect();
        let labels = [Label::Person, Label::Gpe];
        let mut stats = Projection::default();
        let data = prepare(&examples.iter().collect::<Vec<_>>(), &labels, 12, 1, &mut stats);
        assert_eq!((stats.spans, stats.misaligned), (6, 0));
        let mut t = Trainer::new(&labels, 12);
        let order: Vec<usize> = (0..data.len()).collect();
        let mut errors = usize::MAX;
        for _ in 0..10 {
            errors = t.epoch(&data, &order);
        }
        assert_eq!(errors, 0, "the perceptron separates a toy corpus");
        let model = t.model(0.999, 0);
        let text = "Ann Lee visited Rome.";
        let doc = text::analyse(text);
        let got: Vec<(&str, Label)> = model
            .tag(&doc, &Lexicon::get().find(&doc))
            .iter()
            .map(|s| {
                (
                    &text[doc.tokens[s.tokens.0].span.start..doc.tokens[s.tokens.1 - 1].span.end],
                    s.label,
                )
            })
            .collect();
        assert_eq!(got, [("Ann Lee", Label::Person), ("Rome", Label::Gpe)]);
    }

    #[test]
    fn shuffle_is_a_reproducible_permutation() {
        let mut a: Vec<usize> = (0..50).collect();
        let mut b = a.clone();
        let (mut s1, mut s2) = (7u64, 7u64);
        shuffle(&mut a, &mut s1);
        shuffle(&mut b, &mut s2);
        assert_eq!(a, b);
        assert_ne!(a, (0..50).collect::<Vec<_>>());
        a.sort_unstable();
        assert_eq!(a, (0..50).collect::<Vec<_>>());
    }
}
