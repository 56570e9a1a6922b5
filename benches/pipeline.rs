//! `cargo bench --bench pipeline`: every pipeline stage on its own and the whole `annotate`, on
//! the seed article, 100 KB and 5 MB of news-like text, in MB/s; then a table of medians and
//! each stage's cost relative to a bare UAX #29 word pass ("speed of light": no stage can
//! beat reading the words once). Figures are recorded in BENCHMARKS.md.

mod common;

use std::hint::black_box;
use std::path::{Path, PathBuf};
use std::time::{Duration, SystemTime};

use criterion::{BatchSize, Criterion, SamplingMode, Throughput};
use factlens::lexicon::Lexicon;
use factlens::{document, entities, facts, text, OffsetUnit};
use unicode_segmentation::UnicodeSegmentation;

/// Bench ids in pipeline order, with what each one times.
const STAGES: &[(&str, &str)] = &[
    ("segment", "bare UAX #29 word pass (reference)"),
    ("analyse", "text::analyse (tokens + sentences)"),
    ("lexicon", "Lexicon::find"),
    ("entities", "entities::recognize (incl. lexicon)"),
    ("document", "document::read"),
    ("facts", "facts::extract"),
    ("annotate", "annotate (bytes)"),
    ("annotate_utf16", "annotate + UTF-16 offsets (wasm path)"),
];

fn main() {
    let texts = [
        ("seed", common::seed()),
        ("100KB", common::news(100 << 10)),
        ("5MB", common::news(5 << 20)),
    ];
    let started = SystemTime::now();
    let out = Path::new(env!("CARGO_TARGET_TMPDIR")).join("criterion");
    let mut c = Criterion::default()
        .output_directory(&out)
        .warm_up_time(Duration::from_secs(1))
        .measurement_time(Duration::from_secs(2))
        .configure_from_args();
    for (name, text) in &texts {
        bench_text(&mut c, name, text);
    }
    c.final_summary();
    summary(&out, &texts, started);
}

fn bench_text(c: &mut Criterion, name: &str, text: &str) {
    let mut g = c.benchmark_group(name);
    g.throughput(Throughput::Bytes(text.len() as u64));
    if text.len() > 1 << 20 {
        // One annotation takes a good fraction of a second: ten flat samples are enough.
        g.sampling_mode(SamplingMode::Flat)
            .sample_size(10)
            .measurement_time(Duration::from_secs(5));
    }
    let doc = text::analyse(text);
    let ents = entities::recognize(&doc);
    let info = document::read(&doc, &ents, None);
    g.bench_function("segment", |b| {
        b.iter(|| black_box(text).split_word_bounds().count())
    });
    g.bench_function("analyse", |b| b.iter(|| text::analyse(black_box(text))));
    g.bench_function("lexicon", |b| b.iter(|| Lexicon::get().find(black_box(&doc))));
    g.bench_function("entities", |b| b.iter(|| entities::recognize(black_box(&doc))));
    g.bench_function("document", |b| {
        b.iter(|| document::read(black_box(&doc), &ents, None))
    });
    g.bench_function("facts", |b| {
        b.iter_batched(
            || ents.clone(),
            |mut e| facts::extract(&doc, &mut e, &info),
            BatchSize::LargeInput,
        )
    });
    g.bench_function("annotate", |b| b.iter(|| factlens::annotate(black_box(text))));
    g.bench_function("annotate_utf16", |b| {
        b.iter(|| factlens::annotate_in(black_box(text), OffsetUnit::Utf16))
    });
    g.finish();
}

/// Prints criterion's medians as one Markdown table per text (the form BENCHMARKS.md keeps),
/// for the benchmarks this run measured (a command-line filter skips the others).
fn summary(out: &Path, texts: &[(&str, String)], started: SystemTime) {
    for (name, text) in texts {
        let median = |id: &str| median_ns(&out.join(name).join(id), started);
        let Some(segment) = median("segment") else {
            continue;
        };
        println!(
            "\n{name} ({} bytes): median per run, throughput, × bare segmentation",
            text.len()
        );
        println!("| stage | median | MB/s | × segment |\n|---|---:|---:|---:|");
        for (id, what) in STAGES {
            if let Some(ns) = median(id) {
                let mb_s = text.len() as f64 / (ns / 1e9) / 1e6;
                println!("| {what} | {} | {mb_s:.1} | {:.1} |", human(ns), ns / segment);
            }
        }
    }
}

fn median_ns(dir: &Path, since: SystemTime) -> Option<f64> {
    let file: PathBuf = dir.join("new").join("estimates.json");
    if std::fs::metadata(&file).ok()?.modified().ok()? < since {
        return None;
    }
    let json: serde_json::Value = serde_json::from_str(&std::fs::read_to_string(file).ok()?).ok()?;
    json["median"]["point_estimate"].as_f64()
}

fn human(ns: f64) -> String {
    match ns {
        n if n >= 1e9 => format!("{:.2} s", n / 1e9),
        n if n >= 1e6 => format!("{:.2} ms", n / 1e6),
        n => format!("{:.1} µs", n / 1e3),
    }
}
