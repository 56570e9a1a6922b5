//! The `factlens` command line as users script it.

use std::io::Write;
use std::process::{Command, Output, Stdio};

fn factlens(args: &[&str], stdin: &[u8]) -> Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_factlens"))
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("binary runs");
    child.stdin.take().unwrap().write_all(stdin).unwrap();
    child.wait_with_output().unwrap()
}

fn json(out: &Output) -> serde_json::Value {
    assert!(
        out.status.success(),
        "stderr: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    serde_json::from_slice(&out.stdout).expect("stdout is JSON")
}

#[test]
fn offsets_flag_selects_the_unit() {
    let text = "😀 Tokyo";
    for (unit, start) in [("codepoints", 2), ("utf16", 3), ("bytes", 5)] {
        let v = json(&factlens(&["annotate", "-", "--offsets", unit], text.as_bytes()));
        assert_eq!(v["offsets"], unit);
        assert_eq!(v["entities"][0]["start"], start, "{unit}");
    }
}

#[test]
fn default_unit_is_codepoints() {
    let v = json(&factlens(&["annotate"], "Šiauliai visitors saw Tokyo".as_bytes()));
    assert_eq!(v["offsets"], "codepoints");
}

#[test]
fn missing_file_is_one_line_naming_it() {
    let out = factlens(&["annotate", "/no/such/article.txt"], b"");
    assert!(!out.status.success());
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(err.lines().count(), 1, "{err}");
    assert!(err.contains("/no/such/article.txt"), "{err}");
}

#[test]
fn invalid_utf8_fails_unless_lossy() {
    let bytes = b"Tokyo \xff\xfe visit";
    let out = factlens(&["annotate"], bytes);
    assert!(!out.status.success());
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("not valid UTF-8") && err.contains("--lossy"),
        "{err}"
    );
    let v = json(&factlens(&["annotate", "--lossy"], bytes));
    assert_eq!(v["entities"][0]["text"], "Tokyo");
}

#[test]
fn jsonl_streams_one_record_per_line_and_reports_bad_lines() {
    let input = b"{\"id\": 1, \"text\": \"Tokyo\"}\nnot json\n{\"id\": \"b\", \"text\": 3}\n";
    let out = factlens(&["annotate", "--jsonl"], input);
    assert!(out.status.success());
    let lines: Vec<serde_json::Value> = String::from_utf8_lossy(&out.stdout)
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(lines.len(), 3);
    assert_eq!(lines[0]["id"], 1);
    assert_eq!(lines[0]["entities"][0]["text"], "Tokyo");
    assert!(lines[1]["error"].is_string() && lines[1]["id"].is_null());
    assert_eq!(lines[2]["id"], "b");
    assert!(String::from_utf8_lossy(&out.stderr).contains("1 annotated, 2 failed"));
}
