//! The trained sequence tagger and the tooling around it: corpus readers and the exact-span
//! scorer behind `make eval` (native only: the page never reads corpora).

#[cfg(not(target_arch = "wasm32"))]
pub mod corpus;
#[cfg(not(target_arch = "wasm32"))]
pub mod score;
