//! The `factlens` command line: `factlens annotate [FILE|-] [--offsets U] [--format F] [--pretty]
//! [--date YYYY-MM-DD]` and `factlens annotate --jsonl` for streams of `{"id", "text"}` lines
//! (with an optional `"date"` each). A library module so the native binary (src/main.rs) and
//! the Python package's `python -m factlens` (python/) run the same code.

use std::io::{self, BufRead, BufWriter, Read, Write};
use std::process::ExitCode;

use crate::{annotate_in_dated, dates, export, jsonl, OffsetUnit, Ymd};

const USAGE: &str = "usage: factlens annotate [FILE|-] [--offsets codepoints|utf16|bytes] \
[--format json|displacy|csv|jsonld] [--pretty] [--date YYYY-MM-DD] [--jsonl] [--lossy]";

const HELP: &str = "
  FILE                 the article (UTF-8 text); - or nothing reads standard input
  --offsets UNIT       unit of every start/end: codepoints (default), utf16 or bytes
  --format FORMAT      json (default), displacy, csv (people table) or jsonld
  --pretty             indent the JSON
  --date YYYY-MM-DD    the article date, used to resolve relative and yearless dates
                       (\"on Friday\", \"June 8\") when the text names none; the text's own
                       \"date YYYY-MM-DD\" line or a dateline with a full date wins, and a
                       dateline without a year (\"LONDON, June 12 (Reuters) -\") takes the year
                       from this date
  --jsonl              read one {\"id\", \"text\"} object per line, write one annotation per
                       line; a record's optional \"date\" (YYYY-MM-DD) works as --date does
                       for that record, and --date is the default for records without one
  --lossy              replace invalid UTF-8 and lone surrogate escapes with U+FFFD";

struct Options {
    input: Option<String>,
    unit: OffsetUnit,
    format: String,
    pretty: bool,
    jsonl: bool,
    lossy: bool,
    date: Option<Ymd>,
}

/// Runs the command line on `args` (without the program name), reading standard input and
/// writing standard output; errors go to standard error as `factlens: …`.
pub fn main(args: &[String]) -> ExitCode {
    match run(args) {
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
            println!("{USAGE}\n{HELP}");
            return Ok(());
        }
        _ => return Err(USAGE.to_string()),
    }
    let opts = parse_options(&args[1..])?;
    if opts.jsonl {
        return annotate_jsonl(&opts);
    }
    let text = read_input(&opts)?;
    let ann = annotate_in_dated(&text, opts.unit, opts.date);
    let rendered = export::render(&ann, &text, &opts.format, opts.pretty)?;
    let mut out = io::stdout().lock();
    writeln!(out, "{rendered}")
        .and_then(|()| out.flush())
        .map_err(output_error)
}

fn parse_options(args: &[String]) -> Result<Options, String> {
    let mut opts = Options {
        input: None,
        unit: OffsetUnit::Codepoints,
        format: "json".into(),
        pretty: false,
        jsonl: false,
        lossy: false,
        date: None,
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
            "--date" => {
                let v = it
                    .next()
                    .ok_or("--date needs a day: YYYY-MM-DD, e.g. 2025-06-12")?;
                opts.date = Some(dates::parse_iso(v).ok_or_else(|| {
                    format!("--date {v:?} is not a day written YYYY-MM-DD, e.g. 2025-06-12")
                })?);
            }
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
                .map_err(|e| format!("cannot read standard input: {}", reason(&e)))?;
            "standard input"
        }
        Some(path) => {
            open_input(path)?
                .read_to_end(&mut bytes)
                .map_err(|e| format!("cannot read {path}: {}", reason(&e)))?;
            path
        }
    };
    match String::from_utf8(bytes) {
        Ok(s) => Ok(s),
        Err(e) if opts.lossy => Ok(String::from_utf8_lossy(e.as_bytes()).into_owned()),
        Err(e) => {
            let at = e.utf8_error().valid_up_to();
            let line = 1 + e.as_bytes()[..at].iter().filter(|&&b| b == b'\n').count();
            Err(format!(
                "{name} is not valid UTF-8 (first bad byte on line {line}, byte offset {at}); \
                 pass --lossy to replace bad bytes with U+FFFD"
            ))
        }
    }
}

/// Opens a file to read, refusing directories up front (Linux opens them and fails later with
/// a message that names no file).
fn open_input(path: &str) -> Result<std::fs::File, String> {
    let fail = |e: io::Error| format!("cannot read {path}: {}", reason(&e));
    let file = std::fs::File::open(path).map_err(fail)?;
    if file.metadata().map_err(fail)?.is_dir() {
        return Err(fail(io::ErrorKind::IsADirectory.into()));
    }
    Ok(file)
}

/// What went wrong, in the words a user needs (the OS text adds "(os error 2)").
fn reason(e: &io::Error) -> String {
    match e.kind() {
        io::ErrorKind::NotFound => "no such file".into(),
        io::ErrorKind::PermissionDenied => "permission denied".into(),
        io::ErrorKind::IsADirectory => "it is a directory; give a text file, or - for standard input".into(),
        _ => e.to_string(),
    }
}

/// A closed output pipe (`factlens … | head`) ends the run quietly, as with other Unix tools;
/// any other write error is reported.
fn output_error(e: io::Error) -> String {
    if e.kind() == io::ErrorKind::BrokenPipe {
        std::process::exit(0);
    }
    format!("cannot write output: {e}")
}

/// One `{"id", "text"}` object per input line → one annotation per output line, streaming.
fn annotate_jsonl(opts: &Options) -> Result<(), String> {
    let reader: Box<dyn BufRead> = match opts.input.as_deref() {
        None | Some("-") => Box::new(io::stdin().lock()),
        Some(path) => Box::new(io::BufReader::new(open_input(path)?)),
    };
    let mut out = BufWriter::new(io::stdout().lock());
    let (mut ok, mut failed) = (0usize, 0usize);
    for (n, line) in reader.split(b'\n').enumerate() {
        let line = line.map_err(|e| format!("cannot read line {}: {}", n + 1, reason(&e)))?;
        if line.iter().all(u8::is_ascii_whitespace) {
            continue;
        }
        let record = match jsonl::record_dated(&line, opts.unit, opts.lossy, opts.date) {
            Ok(v) => {
                ok += 1;
                v
            }
            Err((id, msg)) => {
                failed += 1;
                serde_json::json!({ "id": id, "error": format!("line {}: {msg}", n + 1) })
            }
        };
        writeln!(out, "{record}").map_err(output_error)?;
    }
    out.flush().map_err(output_error)?;
    eprintln!("factlens: {ok} annotated, {failed} failed");
    Ok(())
}
