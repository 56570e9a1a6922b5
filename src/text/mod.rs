//! Stage 1: text → tokens and sentences, with byte offsets.
//!
//! Word boundaries come from UAX #29 (`unicode-segmentation`; ASCII stretches by its rules
//! directly, see `tokens::tokenize`), then two news-specific
//! adjustments: a possessive "’s"/"'s" becomes its own token (so "Lithuania’s" yields the
//! entity "Lithuania"), and every punctuation character is a token of its own (so
//! "Lithuania–Japan" yields two names around a dash).

pub mod acronyms;
mod letters;
mod sentences;
mod tokens;

pub use letters::Letters;
pub use sentences::{is_initials, split_sentences, LineBreaks};
pub use tokens::{tokenize, Tokenized};

use crate::types::Doc;

/// Tokenises `text`, splits it into sentences, finds the acronyms it defines and reads its
/// header (metadata line and dateline), once, for every later stage.
pub fn analyse(text: &str) -> Doc<'_> {
    let Tokenized {
        tokens,
        texts: token_texts,
        sentences,
        patterns,
    } = tokenize(text);
    let mut doc = Doc {
        text,
        acronyms: acronyms::find(text, &tokens),
        token_texts,
        tokens,
        sentences,
        patterns,
        header: crate::document::Header::default(),
    };
    doc.header = crate::document::header(&doc);
    doc
}
