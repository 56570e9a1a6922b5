//! The WebAssembly boundary: converts types and offsets, nothing else.

use serde::Serialize;
use wasm_bindgen::prelude::*;

use crate::OffsetUnit;

/// Debug builds (tests/web.rs) print a Rust panic to the console; release builds abort on one,
/// and the fuzzed core is not supposed to have any.
#[cfg(debug_assertions)]
#[wasm_bindgen(start)]
fn start() {
    console_error_panic_hook::set_once();
}

/// The article, or a JS `Error` when it is not a string: wasm-bindgen would read `annotate()`
/// as the text "undefined" and `annotate(42)` as "42".
fn article(text: &JsValue) -> Result<String, JsError> {
    text.as_string().ok_or_else(|| {
        let kind = text.js_typeof().as_string().unwrap_or_default();
        JsError::new(&format!("annotate expects the article as a string, got {kind}"))
    })
}

/// Annotates `text`; every offset is in UTF-16 code units, so `text.slice(start, end)` in
/// JavaScript is exactly the entity text.
#[wasm_bindgen(js_name = annotate)]
pub fn wasm_annotate(
    #[wasm_bindgen(unchecked_param_type = "string")] text: JsValue,
) -> Result<JsValue, JsError> {
    let ann = crate::annotate_in(&article(&text)?, OffsetUnit::Utf16);
    let serializer = serde_wasm_bindgen::Serializer::json_compatible();
    ann.serialize(&serializer)
        .map_err(|e| JsError::new(&format!("cannot convert annotation: {e}")))
}

/// Annotates `text` and renders it in `format` ("json", "displacy", …: see `export::FORMATS`),
/// for the page's copy and download buttons: UTF-16 offsets, except displaCy's code points
/// (see `export::unit_for`).
#[wasm_bindgen(js_name = annotateAs)]
pub fn annotate_as(
    #[wasm_bindgen(unchecked_param_type = "string")] text: JsValue,
    format: &str,
) -> Result<String, JsError> {
    let text = article(&text)?;
    let ann = crate::annotate_in(&text, crate::export::unit_for(format, OffsetUnit::Utf16));
    crate::export::render(&ann, &text, format, true).map_err(|e| JsError::new(&e))
}
