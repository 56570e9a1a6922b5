//! The WebAssembly boundary: converts types and offsets, nothing else.

use std::cell::{Cell, RefCell};

use serde::Serialize;
use wasm_bindgen::prelude::*;

mod tape;

use crate::dates::parse_iso;
use crate::{OffsetUnit, Ymd};

/// Counted, so the page can ask how much the annotator holds ([`heap_bytes`]).
#[global_allocator]
static ALLOCATOR: crate::heap::Counting = crate::heap::Counting;

/// Bytes the annotator holds on its heap right now: flat over repeated calls once its lexicons,
/// model and patterns are built (the e2e memory test reads it to catch a leak of a few bytes a
/// call, which the wasm memory's 64 KiB pages would hide).
#[wasm_bindgen(js_name = heapBytes)]
pub fn heap_bytes() -> usize {
    crate::heap::live()
}

/// Debug builds (tests/web.rs) print a Rust panic to the console; release builds abort on one,
/// and the fuzzed core is not supposed to have any.
#[cfg(debug_assertions)]
#[wasm_bindgen(start)]
fn start() {
    console_error_panic_hook::set_once();
}

// The npm package's declarations: `annotate` returns the `Annotation` that ts-rs derives from
// the serde types (npm/annotation.d.ts, shipped beside this module's .d.ts).
#[wasm_bindgen(typescript_custom_section)]
const ANNOTATION_TYPES: &str = r#"import type { Annotation } from "./annotation.js";
export type * from "./annotation.js";"#;

/// The article, or a JS `Error` when it is not a string: wasm-bindgen would read `annotate()`
/// as the text "undefined" and `annotate(42)` as "42".
fn article(text: &JsValue) -> Result<String, JsError> {
    text.as_string().ok_or_else(|| {
        let kind = text.js_typeof().as_string().unwrap_or_default();
        JsError::new(&format!("annotate expects the article as a string, got {kind}"))
    })
}

/// The optional article date: `undefined`, `null` or `""` for none (an empty
/// `<input type="date">`), else a day written "YYYY-MM-DD"; anything else is a JS `Error`.
fn article_date(date: &JsValue) -> Result<Option<Ymd>, JsError> {
    if date.is_undefined() || date.is_null() {
        return Ok(None);
    }
    match date.as_string() {
        Some(d) if d.is_empty() => Ok(None),
        Some(d) => parse_iso(&d).map(Some).ok_or_else(|| {
            JsError::new(&format!(
                "the article date must be a day written YYYY-MM-DD, got {d:?}"
            ))
        }),
        None => {
            let kind = date.js_typeof().as_string().unwrap_or_default();
            Err(JsError::new(&format!(
                "the article date must be a string YYYY-MM-DD, got {kind}"
            )))
        }
    }
}

/// The last article [`wasm_annotate`] read, its date and its annotation (UTF-16 offsets): the
/// page exports what it shows without annotating it again ([`annotate_as`]).
struct Held {
    text: String,
    date: Option<Ymd>,
    ann: crate::Annotation,
}

thread_local! {
    static LAST: RefCell<Option<Held>> = const { RefCell::new(None) };
    static RUNS: Cell<usize> = const { Cell::new(0) };
    /// Kept between calls: its key and shape tables, and its buffers ([`tape::Tape::clear`]).
    static TAPE: RefCell<tape::Tape> = RefCell::default();
}

// The tape's decoder: `build-wasm.sh` moves it beside the glue as `pkg/tape.js`.
#[wasm_bindgen(module = "/src/wasm/tape.js")]
extern "C" {
    #[wasm_bindgen(js_name = fromTape)]
    fn from_tape(codes: &[u32], numbers: &[f64], strings: &str, keys: &str, shapes: &[u32]) -> JsValue;
}

/// The annotation as JavaScript objects: written on the [`tape`], built by its decoder in one
/// call (the same objects serde-wasm-bindgen's JSON-compatible serializer makes one boundary
/// call per field, in a fifth to a third more time: BENCHMARKS.md, eighth session).
fn to_js(ann: &crate::Annotation) -> Result<JsValue, JsError> {
    TAPE.with(|tape| {
        let mut tape = tape.borrow_mut();
        tape.clear();
        ann.serialize(&mut *tape)
            .map_err(|e| JsError::new(&format!("cannot convert annotation: {e}")))?;
        let (keys, shapes) = if tape.tables_grew() {
            tape.tables()
        } else {
            ("", &[][..])
        };
        Ok(from_tape(&tape.codes, &tape.numbers, &tape.strings, keys, shapes))
    })
}

/// Annotates `text` with offsets in `unit`, counted for [`annotations_run`].
fn run(text: &str, unit: OffsetUnit, date: Option<Ymd>) -> crate::Annotation {
    RUNS.with(|r| r.set(r.get() + 1));
    crate::annotate_in_dated(text, unit, date)
}

/// How many times this module has annotated an article: tests check that an export of the
/// article just annotated reads the held annotation instead of annotating again.
#[wasm_bindgen(js_name = annotationsRun)]
pub fn annotations_run() -> usize {
    RUNS.with(Cell::get)
}

/// Annotates `text`; every offset is in UTF-16 code units, so `text.slice(start, end)` in
/// JavaScript is exactly the entity text. `date` (optional, "YYYY-MM-DD") is the article date
/// relative and yearless dates resolve against when the text names no full date of its own
/// (`annotate(text)` alone works as before). The annotation is held until the next call, for
/// [`annotate_as`].
#[wasm_bindgen(js_name = annotate, unchecked_return_type = "Annotation")]
pub fn wasm_annotate(
    #[wasm_bindgen(unchecked_param_type = "string")] text: JsValue,
    #[wasm_bindgen(unchecked_optional_param_type = "string | null")] date: JsValue,
) -> Result<JsValue, JsError> {
    let text = article(&text)?;
    let date = article_date(&date)?;
    // The previous article goes first: two are never held at once.
    LAST.with(|l| l.borrow_mut().take());
    let ann = run(&text, OffsetUnit::Utf16, date);
    let value = to_js(&ann)?;
    LAST.with(|l| *l.borrow_mut() = Some(Held { text, date, ann }));
    Ok(value)
}

/// Renders `text`'s annotation in `format` ("json", "displacy", …: see `export::FORMATS`), for
/// the page's copy and download buttons: UTF-16 offsets, except displaCy's code points (see
/// `export::unit_for`). `date` is `annotate`'s optional article date. The article
/// [`wasm_annotate`] read last, with the same date, is rendered from its held annotation;
/// any other is annotated here.
#[wasm_bindgen(js_name = annotateAs)]
pub fn annotate_as(
    #[wasm_bindgen(unchecked_param_type = "string")] text: JsValue,
    format: &str,
    #[wasm_bindgen(unchecked_optional_param_type = "string | null")] date: JsValue,
) -> Result<String, JsError> {
    let text = article(&text)?;
    let date = article_date(&date)?;
    let unit = crate::export::unit_for(format, OffsetUnit::Utf16);
    let held = LAST.with(|l| {
        let mut last = l.borrow_mut();
        let held = last.as_mut().filter(|h| h.text == text && h.date == date)?;
        // displaCy counts code points: recounted in place for it, then back.
        crate::offsets::recount(&mut held.ann, &text, unit);
        let rendered = crate::export::render(&held.ann, &text, format, true);
        crate::offsets::recount(&mut held.ann, &text, OffsetUnit::Utf16);
        Some(rendered)
    });
    let rendered = match held {
        Some(r) => r,
        None => crate::export::render(&run(&text, unit, date), &text, format, true),
    };
    rendered.map_err(|e| JsError::new(&e))
}
