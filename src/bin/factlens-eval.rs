//! `factlens-eval [--data DIR] [--markdown]`: exact-span P/R/F1 per label of the entity
//! recognisers on GMB dev and GUM dev/test (`make eval`; corpora described in
//! `../shared/data/README.md`), and on the business/sports hand gold committed in
//! `tests/fixtures/business-sports/` (VOA sentences, public domain). Only labels a corpus
//! annotates are scored; numeric labels are never annotated there, so numeric predictions are
//! ignored.

use std::path::PathBuf;
use std::process::ExitCode;
use std::time::Instant;

use factlens::tagger::corpus::{self, Example, GUM_GENRES};
use factlens::tagger::score::{Scores, ALL, NAMES, PLACE};
use factlens::types::{Label, Span};

const USAGE: &str = "usage: factlens-eval [--data DIR (default ../shared/data)] [--markdown] \
[--errors SYSTEM (list its misses and false alarms on the dev sets)] \
[--margins (how often the tagger's names are right, by margin, on the dev sets)]";

/// Labels a corpus annotates: every label but the numeric ones, and for GMB not WORK_OF_ART
/// or LAW either.
fn labels(gmb: bool) -> Vec<Label> {
    use Label::*;
    Label::ALL
        .into_iter()
        .filter(|l| !matches!(l, Cardinal | Ordinal | Money | Percent | Quantity))
        .filter(|l| !(gmb && matches!(l, WorkOfArt | Law)))
        .collect()
}

/// The committed business/sports set: GUM's standoff format, one genre and split.
const BUSINESS_SPORTS: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/tests/fixtures/business-sports/gold.jsonl"
);

/// Labels the business/sports gold scores: the names (its EVENT, FAC and PRODUCT spans are
/// sparse and left unscored, see its README).
fn business_sports_labels() -> Vec<Label> {
    use Label::*;
    vec![Person, Norp, Org, Gpe, Loc]
}

type System = (&'static str, fn(&str) -> Vec<(Span, Label)>);

/// The systems compared, in column order.
const SYSTEMS: &[System] = &[("rules", rules), ("model", model), ("combined", combined)];

/// Today's pipeline without the tagger.
fn rules(text: &str) -> Vec<(Span, Label)> {
    factlens::entities::model::set_enabled(false);
    let out = combined(text);
    factlens::entities::model::set_enabled(true);
    out
}

/// The tagger alone, as trained.
fn model(text: &str) -> Vec<(Span, Label)> {
    let Some(model) = factlens::tagger::embedded() else {
        return Vec::new();
    };
    let doc = factlens::text::analyse(text);
    let lex = factlens::lexicon::Lexicon::get().find(&doc);
    model
        .tag(&doc, &lex)
        .iter()
        .map(|t| (t.span(&doc), t.label))
        .collect()
}

/// The whole pipeline as shipped.
fn combined(text: &str) -> Vec<(Span, Label)> {
    factlens::annotate(text)
        .entities
        .iter()
        .map(|e| (e.span(), e.label))
        .collect()
}

fn main() -> ExitCode {
    match run() {
        Ok(()) => ExitCode::SUCCESS,
        Err(msg) => {
            eprintln!("factlens-eval: {msg}");
            ExitCode::FAILURE
        }
    }
}

fn run() -> Result<(), String> {
    let mut data = PathBuf::from("../shared/data");
    let mut markdown = false;
    let mut errors = None;
    let mut margins = false;
    let mut args = std::env::args().skip(1);
    while let Some(a) = args.next() {
        match a.as_str() {
            "--data" => data = args.next().ok_or(USAGE)?.into(),
            "--markdown" => markdown = true,
            "--margins" => margins = true,
            "--errors" => {
                let name = args.next().ok_or(USAGE)?;
                let found = SYSTEMS.iter().find(|(s, _)| *s == name);
                errors = Some(*found.ok_or_else(|| format!("no system {name:?}\n{USAGE}"))?);
            }
            "-h" | "--help" => {
                println!("{USAGE}");
                return Ok(());
            }
            _ => return Err(format!("unknown argument {a:?}\n{USAGE}")),
        }
    }
    let data = corpus::data_dir(&data)?;
    let gum = data.join("gum/gum_standoff.jsonl");
    let sets: Vec<(String, Vec<Example>, Vec<Label>)> = vec![
        (
            "GMB dev (one sentence per text)".into(),
            corpus::read_gmb(&data.join("gmb/dev.tsv"))?,
            labels(true),
        ),
        (
            format!("GUM dev ({})", GUM_GENRES.join("+")),
            corpus::read_gum(&gum, GUM_GENRES, "dev")?,
            labels(false),
        ),
        (
            format!("GUM test ({})", GUM_GENRES.join("+")),
            corpus::read_gum(&gum, GUM_GENRES, "test")?,
            labels(false),
        ),
        (
            "business/sports (VOA via GMB, hand gold)".into(),
            corpus::read_gum(
                std::path::Path::new(BUSINESS_SPORTS),
                &["business-sports"],
                "test",
            )?,
            business_sports_labels(),
        ),
    ];
    for (name, examples, labels) in &sets {
        let mut scores = Vec::new();
        for (sys, f) in SYSTEMS {
            let t = Instant::now();
            let mut s = Scores::default();
            for ex in examples {
                s.add(&ex.gold, &f(&ex.text), labels);
            }
            let bytes: usize = examples.iter().map(|e| e.text.len()).sum();
            let secs = t.elapsed().as_secs_f64();
            eprintln!(
                "{name}: {sys} took {secs:.2} s ({:.1} MB/s)",
                bytes as f64 / 1e6 / secs.max(1e-9)
            );
            scores.push(s);
        }
        print_table(name, examples.len(), labels, &scores, markdown);
        // Test sets stay unseen: errors are listed for dev only.
        if let Some((sys, f)) = errors.filter(|_| name.contains("dev")) {
            list_errors(sys, f, examples, labels);
        }
        if margins && name.contains("dev") {
            print_margins(name, examples);
        }
    }
    Ok(())
}

fn print_table(name: &str, texts: usize, labels: &[Label], scores: &[Scores], markdown: bool) {
    let mut rows: Vec<&str> = labels.iter().map(|l| l.as_str()).collect();
    rows.extend([PLACE, NAMES, ALL]);
    let head: Vec<String> = SYSTEMS.iter().map(|(s, _)| format!("{s} P / R / F1")).collect();
    if markdown {
        println!("\n**{name}**, {texts} texts\n");
        println!("| label | gold | {} |", head.join(" | "));
        println!("|---|---:|{}", "---:|".repeat(SYSTEMS.len()));
    } else {
        println!("\n{name}: {texts} texts");
        println!(
            "{:<28} {:>6}  {}",
            "label",
            "gold",
            head.iter().map(|h| format!("{h:<22}")).collect::<String>()
        );
    }
    for row in rows {
        let gold = scores.first().map_or(0, |s| s.get(row).gold());
        let cells: Vec<String> = scores
            .iter()
            .map(|s| {
                let c = s.get(row);
                format!("{:.2} / {:.2} / {:.2}", c.precision(), c.recall(), c.f1())
            })
            .collect();
        if markdown {
            println!("| {row} | {gold} | {} |", cells.join(" | "));
        } else {
            println!(
                "{row:<28} {gold:>6}  {}",
                cells.iter().map(|c| format!("{c:<22}")).collect::<String>()
            );
        }
    }
}

/// Every gold entity the system missed (`-`) and every prediction that is wrong (`+`).
fn list_errors(sys: &str, f: fn(&str) -> Vec<(Span, Label)>, examples: &[Example], labels: &[Label]) {
    for ex in examples {
        let pred: Vec<(Span, Label)> = f(&ex.text)
            .into_iter()
            .filter(|p| labels.contains(&p.1))
            .collect();
        let mut diff: Vec<(Span, char, Label)> = ex
            .gold
            .iter()
            .filter(|g| labels.contains(&g.1) && !pred.contains(g))
            .map(|&(s, l)| (s, '-', l))
            .chain(
                pred.iter()
                    .filter(|p| !ex.gold.contains(p))
                    .map(|&(s, l)| (s, '+', l)),
            )
            .collect();
        diff.sort_by_key(|d| d.0);
        for (span, sign, label) in diff {
            let t = &ex.text;
            let mut before: Vec<char> = t[..span.start].chars().rev().take(30).collect();
            before.reverse();
            let before: String = before.into_iter().collect();
            let after: String = t[span.end..].chars().take(30).collect();
            let ctx = format!("{before}[{}]{after}", span.text(t)).replace('\n', " ");
            println!("{sys} {sign} {:<8} {:<30} {}", label.as_str(), span.text(t), ctx);
        }
    }
}

/// Upper edges of the margin buckets in [`print_margins`]; the last bucket is open.
const MARGIN_EDGES: &[i32] = &[50, 100, 200, 400, 800];

/// Per label, how many of the tagger's names are right (exact span; GPE and LOC either way) in
/// each margin bucket: the calibration behind `CONFIDENT` in `src/entities/model.rs`, to recheck
/// after retraining.
fn print_margins(name: &str, examples: &[Example]) {
    let Some(model) = factlens::tagger::embedded() else {
        return;
    };
    let place = |l: Label| matches!(l, Label::Gpe | Label::Loc);
    let same = |a: Label, b: Label| a == b || (place(a) && place(b));
    let buckets = MARGIN_EDGES.len() + 1;
    // (right, total) per label and bucket.
    let mut counts: Vec<(Label, Vec<(usize, usize)>)> = Vec::new();
    for ex in examples {
        let doc = factlens::text::analyse(&ex.text);
        let lex = factlens::lexicon::Lexicon::get().find(&doc);
        for t in model.tag(&doc, &lex) {
            let span = t.span(&doc);
            let right = ex.gold.iter().any(|&(s, l)| s == span && same(l, t.label));
            let b = MARGIN_EDGES.partition_point(|&e| e < t.margin);
            let row = match counts.iter().position(|(l, _)| *l == t.label) {
                Some(i) => i,
                None => {
                    counts.push((t.label, vec![(0, 0); buckets]));
                    counts.len() - 1
                }
            };
            let cell = &mut counts[row].1[b];
            cell.0 += usize::from(right);
            cell.1 += 1;
        }
    }
    counts.sort_by_key(|(l, _)| *l);
    let head: Vec<String> = MARGIN_EDGES
        .iter()
        .map(|e| format!("<={e}"))
        .chain([format!(">{}", MARGIN_EDGES[MARGIN_EDGES.len() - 1])])
        .collect();
    println!("\n{name}: tagger names right / proposed, by margin");
    println!(
        "{:<8} {}",
        "label",
        head.iter().map(|h| format!("{h:>12}")).collect::<String>()
    );
    for (label, cells) in counts {
        let cells: String = cells
            .iter()
            .map(|(r, n)| format!("{:>12}", format!("{r}/{n}")))
            .collect();
        println!("{:<8} {cells}", label.as_str());
    }
}
