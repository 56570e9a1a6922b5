//! Benchmark texts, shared by the native benches. scripts/bench-web.mjs builds the same texts
//! the same way, so native and browser figures are over identical bytes.

use std::path::Path;

/// The seed article, as the page's sample button uses it.
pub fn seed() -> String {
    std::fs::read_to_string(fixtures().join("seed-article.txt")).expect("seed fixture present")
}

/// About `bytes` of news-like text: every fixture article (sorted by file name), separated by
/// blank lines, repeated until long enough, then cut at the last character boundary that fits.
pub fn news(bytes: usize) -> String {
    let mut names: Vec<_> = std::fs::read_dir(fixtures())
        .expect("fixtures directory")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "txt"))
        .collect();
    names.sort();
    let articles: Vec<String> = names
        .iter()
        .map(|p| std::fs::read_to_string(p).expect("fixture is UTF-8"))
        .collect();
    let mut text = String::with_capacity(bytes + 64 * 1024);
    'fill: loop {
        for a in &articles {
            if text.len() >= bytes {
                break 'fill;
            }
            text.push_str(a.trim_end());
            text.push_str("\n\n");
        }
    }
    let mut cut = bytes;
    while !text.is_char_boundary(cut) {
        cut -= 1;
    }
    text.truncate(cut);
    text
}

fn fixtures() -> &'static Path {
    Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures"))
}
