//! Golden tests: every `tests/fixtures/*.txt` is annotated (code-point offsets, as on the
//! command line) and compared with its reviewed snapshot in `tests/snapshots/`.
//!
//! A change in output fails the test and writes `*.snap.new` beside the snapshot; review it
//! with `cargo insta review`, or accept all with `make golden`, then read `git diff tests/`.

use factlens::{annotate_in, OffsetUnit};

#[test]
fn fixtures_match_their_snapshots() {
    let mut paths: Vec<_> = std::fs::read_dir("tests/fixtures")
        .expect("tests/fixtures exists")
        .map(|e| e.expect("readable entry").path())
        .filter(|p| p.extension().is_some_and(|x| x == "txt"))
        .collect();
    paths.sort();
    assert!(!paths.is_empty(), "no fixtures found");
    for path in paths {
        let text = std::fs::read_to_string(&path).expect("fixture is UTF-8");
        let name = path.file_stem().unwrap().to_string_lossy().into_owned();
        let ann = annotate_in(&text, OffsetUnit::Codepoints);
        insta::assert_json_snapshot!(name, ann);
    }
}
