//! `cargo bench --bench scaling`: annotation time and peak heap from 1 KB to 10 MB of news-like
//! text. Both must grow linearly (constant ns/byte and heap bytes per input byte); the table is
//! printed and the curve drawn into docs/scaling.svg (log–log, with a slope-1 line for reference).

mod common;

use std::fmt::Write as _;
use std::hint::black_box;
use std::time::{Duration, Instant};

use factlens::heap;

#[global_allocator]
static ALLOCATOR: heap::Counting = heap::Counting;

const KB: usize = 1024;
const SIZES: &[usize] = &[
    KB,
    3 * KB,
    10 * KB,
    30 * KB,
    100 * KB,
    300 * KB,
    1024 * KB,
    3 * 1024 * KB,
    10 * 1024 * KB,
];

struct Point {
    bytes: usize,
    seconds: f64,
    peak_heap: usize,
}

fn main() {
    // Build the lexicon automaton and compile the patterns first: a one-off cost per process.
    factlens::annotate(&common::seed());
    let mut points = Vec::new();
    println!("| size | median | MB/s | ns/byte | peak heap | heap/input |");
    println!("|---:|---:|---:|---:|---:|---:|");
    for &bytes in SIZES {
        let text = common::news(bytes);
        let p = measure(&text);
        println!(
            "| {} | {:.2} ms | {:.1} | {:.0} | {:.1} MB | {:.1}× |",
            size_name(bytes),
            p.seconds * 1e3,
            bytes as f64 / p.seconds / 1e6,
            p.seconds * 1e9 / bytes as f64,
            p.peak_heap as f64 / (1 << 20) as f64,
            p.peak_heap as f64 / bytes as f64,
        );
        points.push(p);
    }
    let svg = chart(&points);
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/docs/scaling.svg");
    std::fs::create_dir_all(concat!(env!("CARGO_MANIFEST_DIR"), "/docs")).expect("docs/ writable");
    std::fs::write(path, svg).expect("docs/scaling.svg writable");
    println!("written: docs/scaling.svg");
}

/// Median wall time of at least three runs (or one second of runs), and the heap high-water
/// mark of one run above what was live before it (the text itself excluded).
fn measure(text: &str) -> Point {
    let base = heap::live();
    heap::reset_peak();
    drop(black_box(factlens::annotate(black_box(text))));
    let peak_heap = heap::peak() - base;
    let mut times = Vec::new();
    let started = Instant::now();
    while times.len() < 3 || (started.elapsed() < Duration::from_secs(1) && times.len() < 101) {
        let t = Instant::now();
        drop(black_box(factlens::annotate(black_box(text))));
        times.push(t.elapsed().as_secs_f64());
    }
    times.sort_by(f64::total_cmp);
    Point {
        bytes: text.len(),
        seconds: times[times.len() / 2],
        peak_heap,
    }
}

fn size_name(bytes: usize) -> String {
    if bytes >= 1 << 20 {
        format!("{} MB", bytes >> 20)
    } else {
        format!("{} KB", bytes >> 10)
    }
}

/// A chart panel: title, colour, the plotted value of a point.
type Panel = (&'static str, &'static str, fn(&Point) -> f64);

/// Two log–log panels (time, peak heap) against input size; a dashed slope-1 line through the
/// largest point shows where linear growth would put every other point.
fn chart(points: &[Point]) -> String {
    const W: f64 = 320.0;
    const H: f64 = 220.0;
    const PAD: f64 = 44.0;
    let mut svg = String::new();
    let _ = write!(
        svg,
        r#"<svg xmlns="http://www.w3.org/2000/svg" width="{}" height="{}" font-family="sans-serif" font-size="11">"#,
        2.0 * W + PAD,
        H + 2.0 * PAD
    );
    let panels: [Panel; 2] = [
        ("annotate time (ms)", "#1f77b4", |p| p.seconds * 1e3),
        ("peak heap (MB)", "#d62728", |p| {
            p.peak_heap as f64 / (1 << 20) as f64
        }),
    ];
    let xs: Vec<f64> = points.iter().map(|p| (p.bytes as f64).log10()).collect();
    let (x0, x1) = (xs[0], xs[xs.len() - 1]);
    for (i, (title, colour, value)) in panels.iter().enumerate() {
        let left = PAD + i as f64 * (W + PAD / 2.0);
        let ys: Vec<f64> = points.iter().map(|p| value(p).max(1e-6).log10()).collect();
        let y0 = ys.iter().cloned().fold(f64::INFINITY, f64::min).floor();
        let y1 = ys.iter().cloned().fold(f64::NEG_INFINITY, f64::max).ceil();
        let px = |x: f64| left + (x - x0) / (x1 - x0) * (W - PAD);
        let py = |y: f64| PAD + H - (y - y0) / (y1 - y0).max(1.0) * H;
        let _ = write!(
            svg,
            r##"<text x="{}" y="{}" font-weight="bold">{title}</text><rect x="{}" y="{PAD}" width="{}" height="{H}" fill="none" stroke="#999"/>"##,
            left,
            PAD - 8.0,
            left,
            W - PAD
        );
        for d in (y0 as i32)..=(y1 as i32) {
            let _ = write!(
                svg,
                r#"<text x="{}" y="{}" text-anchor="end">{}</text>"#,
                left - 4.0,
                py(d as f64) + 4.0,
                10f64.powi(d)
            );
        }
        for p in points.iter().step_by(2) {
            let x = px((p.bytes as f64).log10());
            let _ = write!(
                svg,
                r#"<text x="{x}" y="{}" text-anchor="middle">{}</text>"#,
                PAD + H + 14.0,
                size_name(p.bytes).replace(' ', "")
            );
        }
        // Linear growth: y = y_last + (x - x_last), a slope of one decade per decade.
        let (xl, yl) = (xs[xs.len() - 1], ys[ys.len() - 1]);
        let _ = write!(
            svg,
            r##"<line x1="{}" y1="{}" x2="{}" y2="{}" stroke="#999" stroke-dasharray="4 3"/>"##,
            px(x0),
            py(yl - (xl - x0)),
            px(xl),
            py(yl)
        );
        let line: Vec<String> = xs
            .iter()
            .zip(&ys)
            .map(|(&x, &y)| format!("{:.1},{:.1}", px(x), py(y)))
            .collect();
        let _ = write!(
            svg,
            r#"<polyline points="{}" fill="none" stroke="{colour}" stroke-width="2"/>"#,
            line.join(" ")
        );
        for (&x, &y) in xs.iter().zip(&ys) {
            let _ = write!(
                svg,
                r#"<circle cx="{:.1}" cy="{:.1}" r="3" fill="{colour}"/>"#,
                px(x),
                py(y)
            );
        }
    }
    let _ = write!(
        svg,
        r#"<text x="{PAD}" y="{}">input size (log); dashed: linear growth through the 10 MB point</text></svg>"#,
        PAD + H + 32.0
    );
    svg.push('\n');
    svg
}
