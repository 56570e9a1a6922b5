//! Exact-span precision, recall and F1 per label: a prediction counts only when its start, end
//! and label all equal a gold entity's.

use std::collections::BTreeMap;

use rustc_hash::FxHashSet;

use crate::types::{Label, Span};

/// True positives, false positives, false negatives.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Counts {
    pub tp: usize,
    pub fp: usize,
    pub fn_: usize,
}

impl Counts {
    pub fn gold(&self) -> usize {
        self.tp + self.fn_
    }
    pub fn precision(&self) -> f64 {
        ratio(self.tp, self.tp + self.fp)
    }
    pub fn recall(&self) -> f64 {
        ratio(self.tp, self.tp + self.fn_)
    }
    pub fn f1(&self) -> f64 {
        ratio(2 * self.tp, 2 * self.tp + self.fp + self.fn_)
    }
    fn add(&mut self, o: Counts) {
        self.tp += o.tp;
        self.fp += o.fp;
        self.fn_ += o.fn_;
    }
}

fn ratio(a: usize, b: usize) -> f64 {
    if b == 0 {
        0.0
    } else {
        a as f64 / b as f64
    }
}

/// Rows of the report besides single labels: GPE and LOC merged (the corpora split places by
/// word lists), the names the tagger is for, and everything evaluated.
pub const PLACE: &str = "GPE+LOC";
pub const NAMES: &str = "NAMES (PERSON ORG GPE+LOC)";
pub const ALL: &str = "ALL evaluated";

/// Counts per row; accumulates over documents.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Scores {
    pub rows: BTreeMap<&'static str, Counts>,
}

impl Scores {
    /// Scores one document. Only `labels` are evaluated: predictions of other labels (numbers,
    /// which neither corpus annotates) are ignored rather than counted wrong.
    pub fn add(&mut self, gold: &[(Span, Label)], pred: &[(Span, Label)], labels: &[Label]) {
        let keep = |v: &[(Span, Label)]| -> Vec<(Span, Label)> {
            v.iter().copied().filter(|(_, l)| labels.contains(l)).collect()
        };
        let (gold, pred) = (keep(gold), keep(pred));
        for &l in labels {
            self.count(l.as_str(), &gold, &pred, |x| x == l);
        }
        let place = |x: Label| matches!(x, Label::Gpe | Label::Loc);
        let name = |x: Label| matches!(x, Label::Person | Label::Org) || place(x);
        self.count(PLACE, &merge_places(&gold), &merge_places(&pred), place);
        self.count(NAMES, &merge_places(&gold), &merge_places(&pred), name);
        self.count(ALL, &gold, &pred, |_| true);
    }

    fn count(
        &mut self,
        row: &'static str,
        gold: &[(Span, Label)],
        pred: &[(Span, Label)],
        f: impl Fn(Label) -> bool,
    ) {
        let g: FxHashSet<(Span, Label)> = gold.iter().copied().filter(|x| f(x.1)).collect();
        let p: FxHashSet<(Span, Label)> = pred.iter().copied().filter(|x| f(x.1)).collect();
        let tp = g.intersection(&p).count();
        self.rows.entry(row).or_default().add(Counts {
            tp,
            fp: p.len() - tp,
            fn_: g.len() - tp,
        });
    }

    pub fn get(&self, row: &str) -> Counts {
        self.rows.get(row).copied().unwrap_or_default()
    }
}

/// LOC becomes GPE so that either label matches either.
fn merge_places(v: &[(Span, Label)]) -> Vec<(Span, Label)> {
    v.iter()
        .map(|&(s, l)| (s, if l == Label::Loc { Label::Gpe } else { l }))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn e(s: usize, t: usize, l: Label) -> (Span, Label) {
        (Span::new(s, t), l)
    }

    #[test]
    fn exact_span_and_label_only() {
        let gold = [
            e(0, 5, Label::Person),
            e(10, 15, Label::Gpe),
            e(20, 25, Label::Org),
        ];
        let pred = [
            e(0, 5, Label::Person),     // right
            e(10, 15, Label::Loc),      // wrong label, right under GPE+LOC
            e(20, 24, Label::Org),      // wrong boundary
            e(30, 32, Label::Cardinal), // not evaluated: ignored
        ];
        let labels = [Label::Person, Label::Org, Label::Gpe, Label::Loc];
        let mut s = Scores::default();
        s.add(&gold, &pred, &labels);
        assert_eq!(s.get("PERSON"), Counts { tp: 1, fp: 0, fn_: 0 });
        assert_eq!(s.get("GPE"), Counts { tp: 0, fp: 0, fn_: 1 });
        assert_eq!(s.get("LOC"), Counts { tp: 0, fp: 1, fn_: 0 });
        assert_eq!(s.get("ORG"), Counts { tp: 0, fp: 1, fn_: 1 });
        assert_eq!(s.get(PLACE), Counts { tp: 1, fp: 0, fn_: 0 });
        assert_eq!(s.get(NAMES), Counts { tp: 2, fp: 1, fn_: 1 });
        assert_eq!(s.get(ALL), Counts { tp: 1, fp: 2, fn_: 2 });
        let all = s.get(ALL);
        assert!((all.precision() - 1.0 / 3.0).abs() < 1e-9);
        assert!((all.f1() - 2.0 / 6.0).abs() < 1e-9);
        assert_eq!(Counts::default().f1(), 0.0);
    }
}
