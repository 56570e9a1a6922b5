//! Interop formats for the same annotation: displaCy's manual format (more to come).

use serde::Serialize;

use crate::types::{Annotation, Label};

#[derive(Serialize)]
struct DisplacyEnt {
    start: usize,
    end: usize,
    label: Label,
}

#[derive(Serialize)]
struct Displacy<'a> {
    text: &'a str,
    ents: Vec<DisplacyEnt>,
    title: Option<&'a str>,
}

/// displaCy's manual format: `{"text", "ents": [{"start", "end", "label"}], "title": null}`.
/// displaCy slices with Python, so `ann` should be in code points.
pub fn displacy(ann: &Annotation, text: &str) -> serde_json::Value {
    let ents = ann
        .entities
        .iter()
        .map(|e| DisplacyEnt {
            start: e.start,
            end: e.end,
            label: e.label,
        })
        .collect();
    serde_json::to_value(Displacy {
        text,
        ents,
        title: None,
    })
    .unwrap_or_default()
}
