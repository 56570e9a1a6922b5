//! factlens: annotates a news article — entities, people and their roles, quotes, dates,
//! acronyms — entirely on the reader's machine.
//!
//! The pipeline, one module per stage, plain data between them:
//!
//! ```text
//! text ──text::analyse──▶ Doc (tokens, sentences, header: metadata line and dateline, read once)
//!      ──entities::recognize──▶ Vec<Entity>   (lexicons + rules, overlaps resolved)
//!      ──document::read──▶ DocumentInfo       (date, dateline, source)
//!      ──facts::extract──▶ Facts              (people, roles, quotes, …)
//! ```
//!
//! Offsets are UTF-8 bytes throughout; [`offsets::convert`] rewrites a finished annotation in
//! UTF-16 code units (wasm) or code points (command line).

// Lists of indexes in text order, merged for rules that read two of a stage's lists.
pub mod ascending;
// The command line (std input/output), shared by the binary and the Python package. Compiled
// for wasm too, where `cargo test --test web` builds the binary; nothing of the page reaches it,
// so the linker leaves it out of the page's module.
pub mod cli;
pub mod dates;
pub mod document;
pub mod entities;
pub mod export;
pub mod facts;
pub mod heap;
pub mod jsonl;
pub mod lexicon;
pub mod offsets;
pub mod patterns;
pub mod tagger;
pub mod text;
pub mod types;
#[cfg(target_arch = "wasm32")]
mod wasm;
#[cfg(target_arch = "wasm32")]
pub use wasm::{annotate_as, annotations_run, wasm_annotate};

pub use dates::Ymd;
pub use types::{Annotation, OffsetUnit};

/// Annotates `text`; offsets are bytes. Never fails and never panics: any text gives an
/// annotation, possibly with no entities.
pub fn annotate(text: &str) -> Annotation {
    annotate_dated(text, None)
}

/// Annotates `text` whose article date the caller knows (`--date`, the page's date field):
/// relative and yearless dates resolve against `date` unless the text names its own full date
/// (a "date 2025-06-12" line, or a dateline with a year), which wins. See [`document::read`].
pub fn annotate_dated(text: &str, date: Option<Ymd>) -> Annotation {
    let doc = text::analyse(text);
    let mut entities = entities::recognize(&doc);
    let document = document::read(&doc, &entities, date);
    let facts = facts::extract(&doc, &mut entities, &document);
    Annotation {
        schema: types::SCHEMA,
        offsets: OffsetUnit::Bytes,
        document,
        entities,
        facts,
    }
}

/// Annotates `text` with every offset in `unit`.
pub fn annotate_in(text: &str, unit: OffsetUnit) -> Annotation {
    annotate_in_dated(text, unit, None)
}

/// [`annotate_dated`] with every offset in `unit`.
pub fn annotate_in_dated(text: &str, unit: OffsetUnit, date: Option<Ymd>) -> Annotation {
    let mut ann = annotate_dated(text, date);
    offsets::convert(&mut ann, text, unit);
    ann
}
