//! One line of the command line's `--jsonl` stream: `{"id", "text"}` in, one annotation (or
//! one error record) out. A library function so `fuzz/` can feed it arbitrary bytes.

use serde_json::Value;

use crate::{annotate_in, OffsetUnit};

/// Annotates one JSONL line (without its `\n`; a trailing `\r` is JSON whitespace). The
/// record is `{"id", …annotation}`; on failure `Err((id, reason))`, `id` being `null` when the
/// line is not a JSON object with one.
pub fn record(line: &[u8], unit: OffsetUnit) -> Result<Value, (Value, String)> {
    let value: Value = serde_json::from_slice(line).map_err(|e| (Value::Null, format!("not JSON: {e}")))?;
    let id = value.get("id").cloned().unwrap_or(Value::Null);
    let text = match value.get("text") {
        Some(Value::String(t)) => t,
        Some(_) => return Err((id, "\"text\" is not a string".into())),
        None => return Err((id, "no \"text\" field".into())),
    };
    let mut record = serde_json::to_value(annotate_in(text, unit))
        .map_err(|e| (id.clone(), format!("cannot serialise the annotation: {e}")))?;
    if let Value::Object(fields) = &mut record {
        fields.insert("id".into(), id);
    }
    Ok(record)
}
