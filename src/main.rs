//! The `factlens` command line: `factlens annotate [FILE|-] [--offsets U] [--format F] [--pretty]`
//! and `factlens annotate --jsonl` for streams of `{"id", "text"}` lines.

use std::io::{self, BufRead, BufWriter, Read, Write};
use std::process::ExitCode;

use factlens::{annotate_in, export, jsonl, OffsetUnit};

const USAGE: &str = "usage: factlens annotate [FILE|-] [--offsets codepoints|utf16|bytes] \
[--format json|displacy] [--pretty] [--jsonl] [--lossy]";

struct Options {
    input: Option<String>,
    unit: OffsetUnit,
    format: String,
    pretty: bool,
    jsonl: bool,
    lossy: bool,
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    match run(&args) {
        Ok(()) => ExitCode::SUCCESS,
        Err(msg) => {
            eprintln!("factlens: {msg}");
            ExitCode::FAILURE
        }
    }
}

fn run(args: &[String]) -> Result<(), String> {
    match args.first().map(String::as_str) {
        Some("annotate") => {}
        Some("-h" | "--help") => {
            println!("{USAGE}");
            return Ok(());
        }
        _ => return Err(USAGE.to_string()),
    }
    let opts = parse_options(&args[1..])?;
    if opts.jsonl {
        return annotate_jsonl(&opts);
    }
    let text = read_input(&opts)?;
    let ann = annotate_in(&text, opts.unit);
    println!("{}", export::render(&ann, &text, &opts.format, opts.pretty)?);
    Ok(())
}

fn parse_options(args: &[String]) -> Result<Options, String> {
    let mut opts = Options {
        input: None,
        unit: OffsetUnit::Codepoints,
        format: "json".into(),
        pretty: false,
        jsonl: false,
        lossy: false,
    };
    let mut it = args.iter();
    while let Some(arg) = it.next() {
        match arg.as_str() {
            "--offsets" => {
                let v = it
                    .next()
                    .ok_or("--offsets needs a value: codepoints, utf16 or bytes")?;
                opts.unit = OffsetUnit::parse(v)
                    .ok_or_else(|| format!("unknown --offsets {v:?} (codepoints, utf16, bytes)"))?;
            }
            "--format" => opts.format = it.next().ok_or("--format needs a value")?.clone(),
            "--pretty" => opts.pretty = true,
            "--jsonl" => opts.jsonl = true,
            "--lossy" => opts.lossy = true,
            flag if flag.starts_with("--") => return Err(format!("unknown option {flag}\n{USAGE}")),
            path if opts.input.is_none() => opts.input = Some(path.to_string()),
            extra => return Err(format!("unexpected argument {extra:?}\n{USAGE}")),
        }
    }
    Ok(opts)
}

fn read_input(opts: &Options) -> Result<String, String> {
    let mut bytes = Vec::new();
    let name = match opts.input.as_deref() {
        None | Some("-") => {
            io::stdin()
                .read_to_end(&mut bytes)
                .map_err(|e| format!("cannot read standard input: {e}"))?;
            "standard input".to_string()
        }
        Some(path) => {
            bytes = std::fs::read(path).map_err(|e| format!("cannot read {path}: {e}"))?;
            path.to_string()
        }
    };
    match String::from_utf8(bytes) {
        Ok(s) => Ok(s),
        Err(e) if opts.lossy => Ok(String::from_utf8_lossy(e.as_bytes()).into_owned()),
        Err(e) => Err(format!(
            "{name} is not valid UTF-8 (first bad byte at offset {}); pass --lossy to replace bad bytes",
            e.utf8_error().valid_up_to()
        )),
    }
}

/// One `{"id", "text"}` object per input line → one annotation per output line, streaming.
fn annotate_jsonl(opts: &Options) -> Result<(), String> {
    let reader: Box<dyn BufRead> = match opts.input.as_deref() {
        None | Some("-") => Box::new(io::stdin().lock()),
        Some(path) => Box::new(io::BufReader::new(
            std::fs::File::open(path).map_err(|e| format!("cannot read {path}: {e}"))?,
        )),
    };
    let mut out = BufWriter::new(io::stdout().lock());
    let (mut ok, mut failed) = (0usize, 0usize);
    for (n, line) in reader.split(b'\n').enumerate() {
        let line = line.map_err(|e| format!("cannot read line {}: {e}", n + 1))?;
        if line.iter().all(u8::is_ascii_whitespace) {
            continue;
        }
        let record = match jsonl::record(&line, opts.unit) {
            Ok(v) => {
                ok += 1;
                v
            }
            Err((id, msg)) => {
                failed += 1;
                serde_json::json!({ "id": id, "error": format!("line {}: {msg}", n + 1) })
            }
        };
        writeln!(out, "{record}").map_err(|e| format!("cannot write output: {e}"))?;
    }
    out.flush().map_err(|e| format!("cannot write output: {e}"))?;
    eprintln!("factlens: {ok} annotated, {failed} failed");
    Ok(())
}
