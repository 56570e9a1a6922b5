//! The CLI's `--jsonl` reader, line by line, on any bytes: an annotation or an error record
//! with the line's id, never a panic, and always one line of JSON out.
#![no_main]

use factlens::{jsonl, OffsetUnit};
use serde_json::Value;

libfuzzer_sys::fuzz_target!(|data: &[u8]| {
    // The first byte chooses --lossy.
    let Some((&flags, data)) = data.split_first() else {
        return;
    };
    let lossy = flags & 1 == 1;
    for line in data.split(|&b| b == b'\n') {
        let parsed: Option<Value> = serde_json::from_str(&String::from_utf8_lossy(line)).ok();
        let id = parsed
            .as_ref()
            .and_then(|v| v.get("id"))
            .cloned()
            .unwrap_or(Value::Null);
        match jsonl::record(line, OffsetUnit::Codepoints, lossy) {
            Ok(record) => {
                assert!(
                    lossy || std::str::from_utf8(line).is_ok(),
                    "bad UTF-8 accepted without --lossy"
                );
                let Some(parsed) = parsed else {
                    // Only --lossy repairs lone surrogate escapes into JSON.
                    assert!(lossy, "not JSON, yet annotated");
                    continue;
                };
                assert_eq!(record["id"], id);
                let text = parsed["text"].as_str().expect("annotated a text");
                let chars: Vec<char> = text.chars().collect();
                for e in record["entities"].as_array().expect("entities") {
                    let (s, end) = (
                        e["start"].as_u64().unwrap() as usize,
                        e["end"].as_u64().unwrap() as usize,
                    );
                    assert!(s < end && end <= chars.len(), "{e}");
                    assert_eq!(
                        chars[s..end].iter().collect::<String>(),
                        e["text"].as_str().unwrap()
                    );
                }
                assert!(!serde_json::to_string(&record).unwrap().contains('\n'));
            }
            Err((err_id, msg)) => {
                if parsed.is_some() {
                    assert_eq!(err_id, id);
                }
                assert!(!msg.is_empty());
            }
        }
    }
});
