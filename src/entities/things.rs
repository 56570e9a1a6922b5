//! Things named after a noun that says what they are: titles of works (WORK_OF_ART: "the novel
//! Pride of Place", "her album “Blue Hours”", "a documentary titled Deep Water") and craft
//! (PRODUCT: "the shuttle Endeavour", "the Border Force vessel HMC Searcher"). The name is the
//! capitalised run after the noun (a title's with minor words inside: "of", "the", …), or the words between
//! a quote mark straight after the noun and its partner. A lone capitalised word is a name only
//! when nothing follows it but punctuation or "by" ("the film Titanic, by …"): "the book Smith
//! wrote" names its author. The nouns are the recogniser's grammar; no work or craft is named.
//!
//! Kinds of thing in capitals (PRODUCT: "development of UAV and anti-drone systems", "radar and
//! GPS equipment"): a word in capitals coordinated with a lower-case modifier of a noun shares
//! its slot, so it names a kind of thing, not the organisation that the tagger and
//! `firms`' unknown acronyms would guess. Names coordinate with names or with phrases that have a
//! determiner ("NATO and its allies").

use std::sync::OnceLock;

use rustc_hash::FxHashMap;

use super::context::{is_quote_mark, Ctx};
use super::firms;
use super::titles::words::{self, Class};
use crate::lexicon::shapes::Shapes;
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

/// The first letters and lengths of [`CRAFT_NOUNS`].
static CRAFT_SHAPES: Shapes = Shapes::new(CRAFT_NOUNS);

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
    named_after_a_noun(ctx, out);
    kinds_in_capitals(ctx, out);
}

fn named_after_a_noun(ctx: &Ctx, out: &mut Vec<Candidate>) {
    for first in openers(ctx).skip_while(|&first| first == 0) {
        // What follows the noun first: a capital or a quote mark is rare, a noun lookup is not.
        let i = first - 1;
        if !ctx.is_word(i) {
            continue;
        }
        // A craft noun may be part of the name before it: "Space Shuttle Challenger".
        let label = if ctx.is_cap(i) {
            // Most capitalised words before another are names, refused by their shape.
            let noun = ctx.text(i);
            (CRAFT_SHAPES.may_be_lower_case(noun) && CRAFT_NOUNS.iter().any(|n| n.eq_ignore_ascii_case(noun)))
                .then_some(Label::Product)
        } else {
            named_by(ctx.text(i))
        };
        // The noun in the name's sentence: asked only of the few nouns found, as reading the
        // sentences of every opener and the token before it missed the cache.
        let Some(label) = label.filter(|_| ctx.same_sentence(i, first)) else {
            continue;
        };
        let span = if is_quote_mark(ctx.text(first)) {
            quoted(ctx, first)
        } else {
            run(ctx, first, label == Label::WorkOfArt, ctx.is_cap(i))
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

/// The tokens a name after a noun may open with, in order: the capitalised words and the
/// quote marks, merged from [`Ctx`]'s lists. Other tokens, most of them, are never read.
fn openers<'c>(ctx: &'c Ctx) -> impl Iterator<Item = usize> + 'c {
    crate::ascending::union(ctx.capitalised(), ctx.quote_marks())
}

fn kinds_in_capitals(ctx: &Ctx, out: &mut Vec<Candidate>) {
    for i in ctx.in_capitals() {
        if !ctx.on_caps_line(i) && shares_a_modifier_slot(ctx, i) && !firms::is_known_word(ctx, i) {
            out.push(Candidate {
                span: Span::new(ctx.start(i), ctx.end(i)),
                label: Label::Product,
                source: SOURCE,
                score: SCORE,
            });
        }
    }
}

/// Token `i` and a lower-case word joined by "and"/"or" modify the lower-case word after both:
/// "UAV and anti-drone systems", "radar and GPS equipment".
fn shares_a_modifier_slot(ctx: &Ctx, i: usize) -> bool {
    // An open-class lower-case word: no determiner, preposition, pronoun or common verb.
    let open = |k: usize| {
        ctx.same_sentence(i, k) && ctx.is_word(k) && !ctx.is_cap(k) && !words::is(ctx.text(k), Class::Closed)
    };
    let and = |k: usize| ctx.same_sentence(i, k) && matches!(ctx.text(k), "and" | "or");
    // A hyphenated conjunct ("anti-drone") is read from its last part.
    let mut last = i + 2;
    while ctx.joined(last) && matches!(ctx.text(last + 1), "-" | "‑") && ctx.joined(last + 1) {
        last += 2;
    }
    let before_conjunct = and(i + 1) && open(i + 2) && open(last + 1);
    let after_conjunct = i >= 2 && and(i - 1) && open(i - 2) && open(i + 1);
    before_conjunct || after_conjunct
}

/// What `noun` names: a work or a craft. One hash lookup, for the words shaped like a noun of
/// either list: the nouns are asked about often.
fn named_by(noun: &str) -> Option<Label> {
    static WORKS: Shapes = Shapes::new(WORK_NOUNS);
    static NOUNS: OnceLock<FxHashMap<&'static str, Label>> = OnceLock::new();
    if !WORKS.may_be(noun) && !CRAFT_SHAPES.may_be(noun) {
        return None;
    }
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

/// The capitalised run starting at `first` (minor words inside a `title`), when it is a name:
/// one word only before punctuation or "by", unless the noun before is capitalised with it
/// (`in_name`: "Space Shuttle Challenger was lost").
fn run(ctx: &Ctx, first: usize, title: bool, in_name: bool) -> Option<(usize, usize)> {
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
    let lone_ok = in_name
        || end >= ctx.len()
        || !ctx.same_sentence(first, end)
        || ctx.doc.tokens[end].kind != TokenKind::Word
        || ctx.text(end) == "by";
    (end - first > 1 || lone_ok).then_some((first, end))
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
            (
                "Space Shuttle Endurance was lost in 1990.",
                &[("PRODUCT", "Endurance")],
            ),
        ];
        check(cases, &["WORK_OF_ART", "PRODUCT"]);
    }

    #[test]
    fn capitals_coordinated_with_a_modifier_name_a_kind_of_thing() {
        let cases: &[(&str, &[(&str, &str)])] = &[
            (
                "The plan covers production of shells, development of QRX and anti-tank systems.",
                &[("PRODUCT", "QRX")],
            ),
            (
                "Crews fitted radar and LMK equipment to the boats.",
                &[("PRODUCT", "LMK")],
            ),
            // Coordinated with a determiner's phrase or a name, it stays a name.
            ("The talks between ZORA and its allies ended.", &[]),
            ("ZORA and Finland signed the deal.", &[]),
            ("Spain joined ZORA and entered the union.", &[]),
            // A word a list knows keeps its reading: "GDP" is a common noun, "NATO" a body.
            ("It made up half of GDP and most exports.", &[]),
        ];
        check(cases, &["PRODUCT"]);
    }
}
