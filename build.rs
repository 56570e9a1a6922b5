//! Compiles the date, time, number and metadata patterns (src/patterns/source.rs) into dense
//! DFAs, so the page never compiles a pattern at start-up (src/patterns/mod.rs says why).
//! Writes `<name>.forward.dfa` and `<name>.reverse.dfa` into OUT_DIR, in the target's byte
//! order.

#[path = "src/patterns/source.rs"]
mod source;

use std::path::{Path, PathBuf};
use std::{env, fs};

use regex_automata::dfa::{dense, regex::Regex};

fn main() {
    println!("cargo:rerun-if-changed=build.rs");
    println!("cargo:rerun-if-changed=src/patterns/source.rs");
    let out = PathBuf::from(env::var_os("OUT_DIR").expect("cargo sets OUT_DIR"));
    let big_endian = env::var("CARGO_CFG_TARGET_ENDIAN").is_ok_and(|e| e == "big");
    for (name, patterns) in source::sources() {
        let regex = Regex::builder()
            // Minimised: the same automaton in fewer states, a smaller page.
            .dense(dense::Config::new().minimize(true))
            .build_many(&patterns)
            .unwrap_or_else(|e| panic!("pattern set {name:?} does not compile: {e}"));
        // The forward DFA dense (it scans every byte), the reverse one sparse (it only walks
        // back over matches): see src/patterns/mod.rs.
        let forward = if big_endian {
            regex.forward().to_bytes_big_endian()
        } else {
            regex.forward().to_bytes_little_endian()
        };
        let sparse = regex
            .reverse()
            .to_sparse()
            .unwrap_or_else(|e| panic!("{name}: {e}"));
        let reverse = if big_endian {
            sparse.to_bytes_big_endian()
        } else {
            sparse.to_bytes_little_endian()
        };
        write(&out, name, "forward", &forward.0[forward.1..]);
        write(&out, name, "reverse", &reverse);
    }
}

fn write(out: &Path, name: &str, direction: &str, bytes: &[u8]) {
    let path = out.join(format!("{name}.{direction}.dfa"));
    fs::write(&path, bytes).unwrap_or_else(|e| panic!("writing {path:?}: {e}"));
}
