//! Test tables for the recognisers: each case is a sentence and the `(label, text)` of every
//! entity the rules alone (no tagger) find in it, among the labels the table is about.

use crate::entities::context::Ctx;
use crate::entities::{resolve, rule_candidates};
use crate::text::analyse;

/// `(label, text)` of the entities with one of `labels` that the rules alone find in `text`.
pub fn names(text: &str, labels: &[&str]) -> Vec<(&'static str, String)> {
    let doc = analyse(text);
    let out = rule_candidates(&Ctx::new(&doc));
    resolve(text, out)
        .into_iter()
        .filter(|e| labels.contains(&e.label.as_str()))
        .map(|e| (e.label.as_str(), e.text))
        .collect()
}

/// Asserts every case of a table: `(sentence, [(label, text)])`.
pub fn check(cases: &[(&str, &[(&str, &str)])], labels: &[&str]) {
    for &(text, want) in cases {
        let want: Vec<(&str, String)> = want.iter().map(|&(l, t)| (l, t.to_string())).collect();
        assert_eq!(names(text, labels), want, "{text:?}");
    }
}
