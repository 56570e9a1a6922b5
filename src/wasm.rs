//! The WebAssembly boundary: converts types and offsets, nothing else.

use serde::Serialize;
use wasm_bindgen::prelude::*;

use crate::OffsetUnit;

/// Runs once when the module is instantiated.
#[wasm_bindgen(start)]
fn start() {
    console_error_panic_hook::set_once();
}

/// Annotates `text`; every offset is in UTF-16 code units, so `text.slice(start, end)` in
/// JavaScript is exactly the entity text.
#[wasm_bindgen(js_name = annotate)]
pub fn wasm_annotate(text: &str) -> Result<JsValue, JsError> {
    let ann = crate::annotate_in(text, OffsetUnit::Utf16);
    let serializer = serde_wasm_bindgen::Serializer::json_compatible();
    ann.serialize(&serializer)
        .map_err(|e| JsError::new(&format!("cannot convert annotation: {e}")))
}

/// Annotates `text` and renders it in `format` ("json", "displacy", …: see `export::FORMATS`),
/// with UTF-16 offsets, for the page's copy and download buttons.
#[wasm_bindgen(js_name = annotateAs)]
pub fn annotate_as(text: &str, format: &str) -> Result<String, JsError> {
    let ann = crate::annotate_in(text, OffsetUnit::Utf16);
    crate::export::render(&ann, text, format, true).map_err(|e| JsError::new(&e))
}
