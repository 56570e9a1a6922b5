//! The CLI's `--jsonl` reader, line by line, on any bytes: an annotation or an error record,
//! never a panic, and always one line of JSON out.
#![no_main]

use factlens::{jsonl, OffsetUnit};
use serde_json::Value;

libfuzzer_sys::fuzz_target!(|data: &[u8]| {
    for line in data.split(|&b| b == b'\n') {
        let parsed: Option<Value> = serde_json::from_slice(line).ok();
        let id = parsed
            .as_ref()
            .and_then(|v| v.get("id"))
            .cloned()
            .unwrap_or(Value::Null);
        match jsonl::record(line, OffsetUnit::Codepoints) {
            Ok(record) => {
                assert_eq!(record["id"], id);
                let text = parsed
                    .as_ref()
                    .and_then(|v| v["text"].as_str())
                    .expect("annotated a text");
                let chars = text.chars().count();
                for e in record["entities"].as_array().expect("entities") {
                    let (s, end) = (
                        e["start"].as_u64().unwrap() as usize,
                        e["end"].as_u64().unwrap() as usize,
                    );
                    let sliced: String = text.chars().skip(s).take(end - s).collect();
                    assert!(end <= chars && sliced == e["text"], "{e}");
                }
                assert!(!serde_json::to_string(&record).unwrap().contains('\n'));
            }
            Err((err_id, msg)) => {
                assert_eq!(err_id, id);
                assert!(!msg.is_empty());
            }
        }
    }
});
