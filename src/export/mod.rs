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
    let value = match format {
        "json" => serde_json::to_value(ann).map_err(|e| e.to_string())?,
        "displacy" => displacy(ann, text),
        "jsonld" => jsonld::people(ann),
        "csv" => return Ok(csv::people(ann)),
        other => {
            return Err(format!(
                "unknown format {other:?} (one of: {})",
                FORMATS.join(", ")
            ))
        }
    };
    let out = if pretty {
        serde_json::to_string_pretty(&value)
    } else {
        serde_json::to_string(&value)
    };
    out.map_err(|e| e.to_string())
}
