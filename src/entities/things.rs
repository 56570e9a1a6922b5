//! Things named after a noun that says what they are: titles of works (WORK_OF_ART: "the novel
//! Pride of Place", "her album “Blue Hours”", "a documentary titled Deep Water") and craft
//! (PRODUCT: "the shuttle Endeavour", "the Border Force vessel HMC Searcher"). The name is the
//! capitalised run after the noun (a title's with minor words inside: "of", "the", …), or the words between
//! a quote mark straight after the noun and its partner. A lone capitalised word is a name only
//! when nothing follows it but punctuation or "by" ("the film Titanic, by …"): "the book Smith
//! wrote" names its author. The nouns are the recogniser's grammar; no work or craft is named.

use std::sync::OnceLock;

use rustc_hash::FxHashMap;

use super::context::Ctx;
use crate::types::{Candidate, Label, Span, TokenKind};

pub const SOURCE: &str = "class-noun";

/// Above the tagger's guesses and a given name's person cue: the noun says what the run is.
const SCORE: f32 = 0.9;

/// Nouns for craft. Not "carrier" or "jet", which name airlines and
/// makers as often.
const CRAFT_NOUNS: &[&str] = &[
    "aircraft",
    "airliner",
    "destroyer",
    "ferry",
    "frigate",
    "freighter",
    "orbiter",
    "rover",
    "satellite",
    "ship",
    "shuttle",
    "spacecraft",
    "submarine",
    "tanker",
    "telescope",
    "vessel",
    "warship",
    "yacht",
];

/// Nouns for works and verbs that name them.
const WORK_NOUNS: &[&str] = &[
    "album",
    "anthology",
    "ballad",
    "biography",
    "book",
    "documentary",
    "entitled",
    "film",
    "memoir",
    "movie",
    "musical",
    "novel",
    "novella",
    "opera",
    "painting",
    "play",
    "poem",
    "sculpture",
    "series",
    "sitcom",
    "song",
    "symphony",
    "titled",
];

/// Lower-case words inside a title ("Lost in Translation"), never its last word.
const MINOR: &[&str] = &[
    "a", "an", "and", "at", "by", "for", "in", "of", "on", "or", "the", "to", "with",
];

/// Titles longer than this are sentences.
const MAX_WORDS: usize = 10;

#[inline(never)]
pub fn propose(ctx: &Ctx, out: &mut Vec<Candidate>) {
    for first in 1..ctx.len() {
        // What follows the noun first: a capital or a quote mark is rare, a noun lookup is not.
        let i = first - 1;
        let opens = ctx.is_cap(first)
            || ctx.doc.tokens[first].kind == TokenKind::Punct && is_quote_mark(ctx.text(first));
        if !opens || !ctx.is_word(i) || ctx.is_cap(i) || !ctx.same_sentence(i, first) {
            continue;
        }
        let Some(label) = named_by(ctx.text(i)) else {
            continue;
        };
        let span = if is_quote_mark(ctx.text(first)) {
            quoted(ctx, first)
        } else {
            run(ctx, first, label == Label::WorkOfArt)
        };
        if let Some((a, b)) = span {
            out.push(Candidate {
                span: Span::new(ctx.start(a), ctx.end(b - 1)),
                label,
                source: SOURCE,
                score: SCORE,
            });
        }
    }
}

/// What `noun` names: a work or a craft. One hash lookup: the nouns are asked about often.
fn named_by(noun: &str) -> Option<Label> {
    static NOUNS: OnceLock<FxHashMap<&'static str, Label>> = OnceLock::new();
    NOUNS
        .get_or_init(|| {
            let works = WORK_NOUNS.iter().map(|&n| (n, Label::WorkOfArt));
            works
                .chain(CRAFT_NOUNS.iter().map(|&n| (n, Label::Product)))
                .collect()
        })
        .get(noun)
        .copied()
}

/// The title between the quote mark at `open` and the next mark in its sentence, when it
/// starts with a capital.
fn quoted(ctx: &Ctx, open: usize) -> Option<(usize, usize)> {
    let first = open + 1;
    let close = (first..ctx.len().min(first + MAX_WORDS + 1))
        .take_while(|&k| ctx.same_sentence(open, k))
        .find(|&k| is_quote_mark(ctx.text(k)))?;
    (close > first && ctx.is_cap(first)).then_some((first, close))
}

/// The capitalised run starting at `first` (minor words inside a `title`), when it is a name.
fn run(ctx: &Ctx, first: usize, title: bool) -> Option<(usize, usize)> {
    if !ctx.is_cap(first) {
        return None;
    }
    let mut end = first + 1;
    let mut k = first + 1;
    while k < ctx.len() && k - first < MAX_WORDS && ctx.same_sentence(first, k) {
        if ctx.is_cap(k) {
            end = k + 1;
        } else if !(title && (MINOR.contains(&ctx.text(k)) || ctx.text(k) == ":" && ctx.is_cap(k + 1))) {
            break;
        }
        k += 1;
    }
    let lone_ok = end >= ctx.len()
        || !ctx.same_sentence(first, end)
        || ctx.doc.tokens[end].kind != TokenKind::Word
        || ctx.text(end) == "by";
    (end - first > 1 || lone_ok).then_some((first, end))
}

fn is_quote_mark(text: &str) -> bool {
    matches!(text, "\"" | "“" | "”" | "‘" | "’" | "'")
}

#[cfg(test)]
mod tests {
    use crate::entities::testing::check;

    #[test]
    fn a_noun_for_a_work_or_a_craft_names_what_follows() {
        let cases: &[(&str, &[(&str, &str)])] = &[
            (
                "She wrote the novel Lost in the Harbour and the song “Blue Hours” in 2010.",
                &[
                    ("WORK_OF_ART", "Lost in the Harbour"),
                    ("WORK_OF_ART", "Blue Hours"),
                ],
            ),
            (
                "His film Marrowbone, a documentary titled Deep Water: The Return and the series.",
                &[
                    ("WORK_OF_ART", "Marrowbone"),
                    ("WORK_OF_ART", "Deep Water: The Return"),
                ],
            ),
            // A lone capitalised word before a verb is the author, not a title.
            ("The book Jenkins wrote sold well.", &[]),
            (
                "The shuttle Endurance, launched in May, docked near the patrol vessel HMC Wayfarer; the ship Tom sailed left.",
                &[("PRODUCT", "Endurance"), ("PRODUCT", "HMC Wayfarer")],
            ),
        ];
        check(cases, &["WORK_OF_ART", "PRODUCT"]);
    }
}
