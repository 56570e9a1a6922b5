//! Interop formats for the same annotation, shared by the command line and the page.

mod csv;
mod jsonld;

use serde::Serialize;

use crate::types::{Annotation, Label, OffsetUnit};

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
fn displacy<'a>(ann: &Annotation, text: &'a str) -> Displacy<'a> {
    let ents = ann
        .entities
        .iter()
        .map(|e| DisplacyEnt {
            start: e.start,
            end: e.end,
            label: e.label,
        })
        .collect();
    Displacy {
        text,
        ents,
        title: None,
    }
}

/// The offset unit `format` is read in when the caller has no say: displaCy is a Python
/// tool and slices in code points; every other format keeps the surface's own unit.
pub fn unit_for(format: &str, surface_unit: OffsetUnit) -> OffsetUnit {
    if format == "displacy" {
        OffsetUnit::Codepoints
    } else {
        surface_unit
    }
}

/// The formats [`render`] knows, as named on the CLI (`--format`) and in the wasm `annotateAs`.
pub const FORMATS: &[&str] = &["json", "displacy", "csv", "jsonld"];

/// Renders `ann` (already in the caller's offset unit) of `text` in `format`.
pub fn render(ann: &Annotation, text: &str, format: &str, pretty: bool) -> Result<String, String> {
    match format {
        // Serialised straight from the structs: building a `serde_json::Value` first took
        // as long again as the annotation on long articles.
        "json" => to_json(ann, pretty),
        "displacy" => to_json(&displacy(ann, text), pretty),
        "jsonld" => to_json(&jsonld::people(ann), pretty),
        "csv" => Ok(csv::people(ann)),
        other => Err(format!(
            "unknown format {other:?} (one of: {})",
            FORMATS.join(", ")
        )),
    }
}

fn to_json(value: &impl Serialize, pretty: bool) -> Result<String, String> {
    let out = if pretty {
        serde_json::to_string_pretty(value)
    } else {
        serde_json::to_string(value)
    };
    out.map_err(|e| e.to_string())
}
