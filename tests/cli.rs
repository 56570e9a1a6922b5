//! The `factlens` command line as users script it.

use std::io::Write;
use std::process::{Child, Command, Output, Stdio};

fn spawn(args: &[&str]) -> Child {
    Command::new(env!("CARGO_BIN_EXE_factlens"))
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("binary runs")
}

fn factlens(args: &[&str], stdin: &[u8]) -> Output {
    let mut child = spawn(args);
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

fn stderr(out: &Output) -> String {
    String::from_utf8_lossy(&out.stderr).into_owned()
}

#[test]
fn missing_files_and_directories_are_named_in_plain_words() {
    let dir = env!("CARGO_MANIFEST_DIR");
    for mode in [&[][..], &["--jsonl"][..]] {
        let missing = factlens(&[&["annotate", "/no/such/article.txt"], mode].concat(), b"");
        let err = stderr(&missing);
        assert!(!missing.status.success());
        assert!(
            err.contains("cannot read /no/such/article.txt: no such file"),
            "{err}"
        );
        assert!(!err.contains("os error"), "{err}");

        let directory = factlens(&[&["annotate", dir], mode].concat(), b"");
        let err = stderr(&directory);
        assert!(!directory.status.success());
        assert_eq!(err.lines().count(), 1, "{err}");
        assert!(err.contains(dir) && err.contains("is a directory"), "{err}");
    }
}

#[test]
fn invalid_utf8_names_the_line_of_the_first_bad_byte() {
    let out = factlens(&["annotate"], b"Tokyo\nOsaka\n\xc3(");
    let err = stderr(&out);
    assert!(
        err.contains("standard input is not valid UTF-8") && err.contains("line 3"),
        "{err}"
    );
    assert!(!err.contains("panicked"), "{err}");
}

fn jsonl_lines(out: &Output) -> Vec<serde_json::Value> {
    assert!(out.status.success(), "{}", stderr(out));
    String::from_utf8_lossy(&out.stdout)
        .lines()
        .map(|l| serde_json::from_str(l).expect("every output line is JSON"))
        .collect()
}

#[test]
fn jsonl_reports_each_unreadable_line_with_its_id_and_number() {
    let input: &[u8] = b"{\"id\": 1, \"text\": \"Tokyo\"}\r\n\
        \n\
        [1, 2]\n\
        {\"id\": 3}\n\
        {\"id\": 4, \"text\": null}\n\
        {\"id\": 5, \"text\": \"Osaka \xff Tokyo\"}\n\
        {\"id\": 6, \"text\": \"\\ud800 Tokyo\"}\n\
        {\"id\": 7, \"text\": \"Japan\"}";
    let lines = jsonl_lines(&factlens(&["annotate", "--jsonl"], input));
    let ids: Vec<_> = lines.iter().map(|l| l["id"].clone()).collect();
    assert_eq!(
        ids,
        serde_json::json!([1, null, 3, 4, 5, 6, 7])
            .as_array()
            .unwrap()
            .clone()
    );
    assert_eq!(
        lines[0]["entities"][0]["text"], "Tokyo",
        "CRLF line endings are fine"
    );
    let error = |i: usize| lines[i]["error"].as_str().unwrap_or_default().to_string();
    assert!(error(1).starts_with("line 3: "), "{}", error(1));
    assert!(
        error(2).contains("line 4") && error(2).contains("no \"text\""),
        "{}",
        error(2)
    );
    assert!(error(3).contains("\"text\" is not a string"), "{}", error(3));
    assert!(
        error(4).contains("line 6") && error(4).contains("--lossy"),
        "{}",
        error(4)
    );
    assert!(
        error(5).contains("line 7: ") && error(5).contains("surrogate") && error(5).contains("--lossy"),
        "{}",
        error(5)
    );
    assert_eq!(
        lines[6]["entities"][0]["text"], "Japan",
        "the last line needs no newline"
    );

    let lossy = jsonl_lines(&factlens(&["annotate", "--jsonl", "--lossy"], input));
    let tokyo = |record: &serde_json::Value| {
        let entities = record["entities"].as_array().expect("annotated").clone();
        entities
            .into_iter()
            .find(|e| e["text"] == "Tokyo")
            .expect("Tokyo found")["start"]
            .clone()
    };
    assert_eq!(tokyo(&lossy[4]), 8, "U+FFFD is one code point");
    // Python's json.dumps and JavaScript's JSON.stringify both write lone surrogates.
    assert_eq!(tokyo(&lossy[5]), 2);
}

#[test]
fn a_closed_output_pipe_ends_quietly() {
    for args in [&["annotate"][..], &["annotate", "--jsonl"][..]] {
        let mut child = spawn(args);
        drop(child.stdout.take()); // the reader goes away before any output
        let line = b"{\"id\": 1, \"text\": \"Tokyo visit\"}\n";
        child.stdin.take().unwrap().write_all(&line.repeat(64)).unwrap();
        let out = child.wait_with_output().unwrap();
        let err = stderr(&out);
        assert!(
            !err.contains("panicked") && !err.contains("Broken pipe"),
            "{args:?}: {err}"
        );
    }
}

/// 10 MB in one article through the CLI: no stack overflow or trap, every code-point offset
/// slices its text. Release only (`cargo test --release --test cli`): unoptimised it takes
/// minutes, and `cargo test` stays quick.
#[test]
#[cfg_attr(debug_assertions, ignore = "10 MB: run with cargo test --release --test cli")]
fn ten_megabytes_in_one_article() {
    let unit = format!(
        "{}TOKYO, Japan — 👩‍👩‍👧‍👦 Reuters said <script>x</script> Loreta Maskaliovienė (NATO) \u{202E} القاهرة 東京 e\u{301}\n\n",
        include_str!("fixtures/seed-article.txt")
    );
    let text = unit.repeat(10_000_000 / unit.len() + 1);
    let v = json(&factlens(&["annotate"], text.as_bytes()));
    let chars: Vec<char> = text.chars().collect();
    let entities = v["entities"].as_array().expect("entities");
    assert!(entities.len() > 10_000, "{}", entities.len());
    for e in entities {
        let (s, end) = (
            e["start"].as_u64().unwrap() as usize,
            e["end"].as_u64().unwrap() as usize,
        );
        assert_eq!(
            chars[s..end].iter().collect::<String>(),
            e["text"].as_str().unwrap()
        );
    }
}

/// The ISO value of the first date fact whose text is `text`.
fn date_value(v: &serde_json::Value, text: &str) -> serde_json::Value {
    v["facts"]["dates"]
        .as_array()
        .and_then(|d| d.iter().find(|d| d["text"] == text))
        .map_or(serde_json::Value::Null, |d| d["value"].clone())
}

#[test]
fn date_flag_resolves_yearless_dates_unless_the_text_dates_itself() {
    let plain = "The minister arrived in Vilnius on June 8 and left on Friday.";
    let v = json(&factlens(&["annotate", "--date", "2023-06-15"], plain.as_bytes()));
    assert_eq!(v["document"]["date"], "2023-06-15");
    assert_eq!(date_value(&v, "June 8"), "2023-06-08");
    assert_eq!(date_value(&v, "Friday"), "2023-06-09");
    // Without it nothing guesses a year.
    let v = json(&factlens(&["annotate"], plain.as_bytes()));
    assert!(v["document"].get("date").is_none());
    assert_eq!(date_value(&v, "June 8"), serde_json::Value::Null);
    // The text's own metadata line and a dateline with a year win over --date.
    for (text, day) in [
        ("date 2021-03-02\nThe talks began on June 8.", "2021-03-02"),
        (
            "OSLO, Norway 2019-11-20\nThe talks began on June 8.",
            "2019-11-20",
        ),
        ("NEW YORK, Jan. 5, 2024 -- Talks began on June 8.", "2024-01-05"),
    ] {
        let v = json(&factlens(&["annotate", "--date", "2023-06-15"], text.as_bytes()));
        assert_eq!(v["document"]["date"], day, "{text:?}");
    }
    // A dateline without a year takes the year of --date, and dates the article.
    let text = "LONDON, June 12 (Reuters) - Talks began on Monday.";
    let v = json(&factlens(&["annotate", "--date", "2025-06-20"], text.as_bytes()));
    assert_eq!(v["document"]["date"], "2025-06-12");
    assert_eq!(v["document"]["dateline"]["date"], "2025-06-12");
    assert_eq!(date_value(&v, "Monday"), "2025-06-09");
    // Other flags keep working beside it.
    let out = factlens(
        &["annotate", "--format", "csv", "--date", "2023-06-15", "-"],
        plain.as_bytes(),
    );
    assert!(out.status.success(), "{}", stderr(&out));
}

#[test]
fn a_bad_date_flag_is_refused_in_plain_words() {
    for args in [
        &["annotate", "--date", "15/06/2023"][..],
        &["annotate", "--date", "2023-02-30"][..],
        &["annotate", "--date"][..],
    ] {
        let out = factlens(args, b"");
        assert!(!out.status.success(), "{args:?}");
        assert!(stderr(&out).contains("YYYY-MM-DD"), "{}", stderr(&out));
    }
    let help = factlens(&["--help"], b"");
    assert!(String::from_utf8_lossy(&help.stdout).contains("--date YYYY-MM-DD"));
}

#[test]
fn jsonl_records_may_carry_their_date() {
    let input = concat!(
        "{\"id\": 1, \"text\": \"They met on June 8.\", \"date\": \"2022-07-01\"}\n",
        "{\"id\": 2, \"text\": \"They met on June 8.\"}\n",
        "{\"id\": 3, \"text\": \"They met on June 8.\", \"date\": null}\n",
        "{\"id\": 4, \"text\": \"They met on June 8.\", \"date\": \"July 1\"}\n",
        "{\"id\": 5, \"text\": \"They met on June 8.\", \"date\": 2022}\n",
    );
    let lines = jsonl_lines(&factlens(&["annotate", "--jsonl"], input.as_bytes()));
    assert_eq!(date_value(&lines[0], "June 8"), "2022-06-08");
    assert_eq!(date_value(&lines[1], "June 8"), serde_json::Value::Null);
    assert!(lines[3]["error"].as_str().unwrap().contains("YYYY-MM-DD"));
    assert_eq!(lines[3]["id"], 4);
    assert!(lines[4]["error"].is_string());
    // --date is the default for records without a date of their own.
    let lines = jsonl_lines(&factlens(
        &["annotate", "--jsonl", "--date", "2020-01-10"],
        input.as_bytes(),
    ));
    assert_eq!(date_value(&lines[0], "June 8"), "2022-06-08");
    assert_eq!(date_value(&lines[1], "June 8"), "2020-06-08");
    assert_eq!(date_value(&lines[2], "June 8"), "2020-06-08");
}
