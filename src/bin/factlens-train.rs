//! `factlens-train`: trains the entity tagger on GMB train + GUM train (CC BY genres) from
//! `../shared/data`, reports exact-span scores on the dev splits after every epoch, and writes
//! the quantised model (`make train`; fixed seed, no network). See README "Trained tagger".

use std::path::PathBuf;
use std::process::ExitCode;
use std::time::Instant;

use factlens::lexicon::Lexicon;
use factlens::tagger::corpus::{self, Example, GUM_GENRES};
use factlens::tagger::score::{Scores, NAMES};
use factlens::tagger::train::{prepare, shuffle, Projection, Trainer};
use factlens::tagger::{Model, LABELS};
use factlens::text;

const USAGE: &str = "usage: factlens-train [--data DIR] [--out FILE] [--epochs N] [--bits B] \
[--seed S] [--gum-repeat K] [--quantile Q] [--prune P] [--min-count C]";

struct Options {
    data: PathBuf,
    out: PathBuf,
    epochs: usize,
    bits: u32,
    seed: u64,
    gum_repeat: usize,
    quantile: f64,
    prune: i8,
    min_count: u32,
}

fn main() -> ExitCode {
    match run() {
        Ok(()) => ExitCode::SUCCESS,
        Err(msg) => {
            eprintln!("factlens-train: {msg}");
            ExitCode::FAILURE
        }
    }
}

fn options() -> Result<Options, String> {
    let mut o = Options {
        data: "../shared/data".into(),
        out: "data/model/ner.bin".into(),
        epochs: 3,
        bits: 17,
        seed: 1,
        gum_repeat: 10,
        quantile: 0.999,
        prune: 0,
        min_count: 3,
    };
    let mut args = std::env::args().skip(1);
    while let Some(a) = args.next() {
        let mut value = || args.next().ok_or_else(|| format!("{a} needs a value\n{USAGE}"));
        let bad = |e: &dyn std::fmt::Display| format!("{a}: {e}");
        match a.as_str() {
            "--data" => o.data = value()?.into(),
            "--out" => o.out = value()?.into(),
            "--epochs" => o.epochs = value()?.parse().map_err(|e| bad(&e))?,
            "--bits" => o.bits = value()?.parse().map_err(|e| bad(&e))?,
            "--seed" => o.seed = value()?.parse().map_err(|e| bad(&e))?,
            "--gum-repeat" => o.gum_repeat = value()?.parse().map_err(|e| bad(&e))?,
            "--quantile" => o.quantile = value()?.parse().map_err(|e| bad(&e))?,
            "--prune" => o.prune = value()?.parse().map_err(|e| bad(&e))?,
            "--min-count" => o.min_count = value()?.parse().map_err(|e| bad(&e))?,
            "-h" | "--help" => return Err(USAGE.into()),
            _ => return Err(format!("unknown argument {a:?}\n{USAGE}")),
        }
    }
    if !(10..=22).contains(&o.bits) {
        return Err("--bits must be 10..=22".into());
    }
    Ok(o)
}

fn run() -> Result<(), String> {
    let o = options()?;
    let data = corpus::data_dir(&o.data)?;
    let gum = data.join("gum/gum_standoff.jsonl");
    let t = Instant::now();
    let gmb_train = corpus::read_gmb(&data.join("gmb/train.tsv"))?;
    let gum_train = corpus::read_gum(&gum, GUM_GENRES, "train")?;
    let dev = [
        ("GMB dev", corpus::read_gmb(&data.join("gmb/dev.tsv"))?),
        ("GUM dev", corpus::read_gum(&gum, GUM_GENRES, "dev")?),
    ];
    let mut stats = Projection::default();
    let all: Vec<&Example> = gmb_train.iter().chain(&gum_train).collect();
    let sentences = prepare(&all, LABELS, o.bits, o.min_count, &mut stats);
    let gmb_sentences = sentences.partition_point(|s| s.example < gmb_train.len());
    eprintln!(
        "{} GMB + {} GUM segments featurised in {:.1} s; of {} gold spans {} are off our token \
         boundaries and {} outside the decoded segments; {} of {} features seen {}+ times",
        gmb_sentences,
        sentences.len() - gmb_sentences,
        t.elapsed().as_secs_f64(),
        stats.spans,
        stats.misaligned,
        stats.outside,
        stats.kept,
        stats.features,
        o.min_count
    );
    // GUM is 5% of the tokens but the genres we serve; it is seen `gum_repeat` times an epoch.
    let mut order: Vec<usize> = (0..gmb_sentences).collect();
    for _ in 0..o.gum_repeat {
        order.extend(gmb_sentences..sentences.len());
    }
    let mut trainer = Trainer::new(LABELS, o.bits);
    let mut seed = o.seed.max(1);
    let mut model = None;
    for epoch in 1..=o.epochs {
        let t = Instant::now();
        shuffle(&mut order, &mut seed);
        let errors = trainer.epoch(&sentences, &order);
        let m = trainer.model(o.quantile, o.prune);
        let mut line = format!(
            "epoch {epoch}: {errors} sentences wrong, {:.1} s;",
            t.elapsed().as_secs_f64()
        );
        for (name, examples) in &dev {
            let s = score(&m, examples);
            line += &format!(" {name} NAMES F1 {:.3}", s.get(NAMES).f1());
            for l in LABELS {
                let c = s.get(l.as_str());
                if c.gold() > 0 {
                    line += &format!(" {} {:.3}", l.as_str(), c.f1());
                }
            }
            line += ";";
        }
        eprintln!("{line}");
        model = Some(m);
    }
    let model = model.ok_or("--epochs must be at least 1")?;
    let bytes = model.to_bytes();
    if let Some(dir) = o.out.parent() {
        std::fs::create_dir_all(dir).map_err(|e| format!("cannot create {}: {e}", dir.display()))?;
    }
    std::fs::write(&o.out, &bytes).map_err(|e| format!("cannot write {}: {e}", o.out.display()))?;
    eprintln!("wrote {} ({} bytes)", o.out.display(), bytes.len());
    Ok(())
}

/// Exact-span scores of the model alone on `examples`, over the labels it learns.
fn score(model: &Model, examples: &[Example]) -> Scores {
    let mut s = Scores::default();
    for ex in examples {
        let doc = text::analyse(&ex.text);
        let pred: Vec<_> = model
            .tag(&doc, &Lexicon::get().find(&doc))
            .iter()
            .map(|t| (t.span(&doc), t.label))
            .collect();
        s.add(&ex.gold, &pred, LABELS);
    }
    s
}
