//! The trained sequence tagger: hashed features ([`features`]), a compact quantised model with
//! BIO-constrained Viterbi decoding ([`model`]), the embedded model file, and the tooling
//! around it: corpus readers, the exact-span scorer behind `make eval`, and training. The
//! tooling is not gated off wasm32, where `cargo test` still builds the binaries that use it;
//! the page's wasm never calls it, so it is not linked in.

pub mod corpus;
pub mod features;
pub mod model;
pub mod score;
pub mod train;

pub use model::{Model, Tagged};

use std::sync::OnceLock;

use crate::types::Label;

/// What the model learns; dates, titles and numbers stay with the rules. Training and the
/// recogniser that combines the model with the rules both read this one list.
pub const LABELS: &[Label] = &[
    Label::Person,
    Label::Norp,
    Label::Fac,
    Label::Org,
    Label::Gpe,
    Label::Loc,
    Label::Event,
];

/// The committed model (`make train` writes it), compiled into the binary and the wasm.
static MODEL_FILE: &[u8] = include_bytes!("../../data/model/ner.bin");

/// The embedded model, parsed on first use; `None` only if the file is damaged or stale (a test
/// guards against shipping that).
pub fn embedded() -> Option<&'static Model> {
    static MODEL: OnceLock<Option<Model>> = OnceLock::new();
    MODEL.get_or_init(|| Model::from_bytes(MODEL_FILE)).as_ref()
}

#[cfg(test)]
mod tests {
    #[test]
    fn the_committed_model_loads_and_matches_the_features() {
        let model = super::embedded().expect("data/model/ner.bin parses with features::VERSION");
        assert_eq!(
            model.to_bytes(),
            super::MODEL_FILE,
            "re-encoding gives the same file"
        );
    }
}
