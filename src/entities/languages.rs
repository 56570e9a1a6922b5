//! Languages (LANGUAGE): a language's name (`data/lexicons/languages.tsv`, ISO 639-1) where the
//! sentence uses it as a language — after a verb of speaking, writing or learning ("spoke
//! Swahili", "translated into Latin"), after "in" when nothing it could describe follows
//! ("published in Danish only", but "in French football" is a demonym), as the subject of an
//! academic post or course ("professor of French", "a degree in English"), before "language",
//! in a bracketed gloss ("(Persian: …)"), and joined to one of those by "and"/"or" ("spoke
//! German and French"). The same words elsewhere are demonyms (NORP) or nothing.

use super::context::Ctx;
use crate::types::{Candidate, Label, Span, TokenKind};

pub const SOURCE: &str = "language";

/// Above the demonym list (0.85): in these contexts the word is the language.
const SCORE: f32 = 0.9;

/// Words after which a language's name is the language (sorted: binary-searched).
const BEFORE: &[&str] = &[
    "fluent",
    "learn",
    "learned",
    "learning",
    "learnt",
    "native",
    "speak",
    "speaking",
    "speaks",
    "spoke",
    "spoken",
    "studied",
    "taught",
    "teach",
    "teaches",
    "translated",
    "write",
    "writes",
    "written",
    "wrote",
];

/// Prepositions that make a language of the next word only when nothing it could modify
/// follows ([`FOLLOWERS`]): "in Danish.", "into Latin (…)".
const PREPOSITIONS: &[&str] = &["from", "in", "into"];

/// Academic posts and courses whose subject follows "of" (sorted: binary-searched): "professor
/// of French" teaches the language.
const SUBJECT_OF: &[&str] = &[
    "chair",
    "course",
    "courses",
    "degree",
    "degrees",
    "lecturer",
    "lecturers",
    "professor",
    "professors",
    "reader",
    "student",
    "students",
    "teacher",
    "teachers",
    "tutor",
];

/// Words that may follow a language used as a noun (sorted): a preposition, a conjunction, an
/// adverb of manner. Any other word after "in <name>" is what the name describes ("in French
/// football").
const FOLLOWERS: &[&str] = &[
    "and", "as", "at", "but", "by", "fluently", "for", "from", "is", "natively", "only", "or", "to", "too",
    "was", "well", "with",
];

#[inline(never)]
pub fn propose(ctx: &Ctx, out: &mut Vec<Candidate>) {
    let mut last: Option<usize> = None;
    for i in ctx.capitalised() {
        // A country named like its language ("in Tonga") is the country.
        if !ctx.listed(i).language || ctx.place_at(i).is_some() {
            continue;
        }
        let word = |k: usize| if ctx.same_sentence(i, k) { ctx.text(k) } else { "" };
        let before = if i > 0 { word(i - 1) } else { "" };
        let next_is_free = i + 1 >= ctx.len()
            || !ctx.same_sentence(i, i + 1)
            || ctx.doc.tokens[i + 1].kind != TokenKind::Word
            || FOLLOWERS.binary_search(&ctx.text(i + 1)).is_ok();
        let subject_of = before == "of" && i > 1 && teaches(word(i - 2), ctx.text(i));
        let cue = PREPOSITIONS.contains(&before)
            || subject_of
            || BEFORE.binary_search(&before.to_lowercase().as_str()).is_ok();
        let named = (cue && next_is_free)
            || matches!(word(i + 1), "language" | "languages")
            || (before == "(" && word(i + 1) == ":")
            || (matches!(before, "and" | "or") && last == Some(i.saturating_sub(2)) && next_is_free);
        if named {
            last = Some(i);
            out.push(Candidate {
                span: Span::new(ctx.start(i), ctx.end(i)),
                label: Label::Language,
                source: SOURCE,
                score: SCORE,
            });
        }
    }
}

/// Whether `post` is an academic post or course and `word` a language's name: "professor of
/// French" teaches the language (the title's subject, no nationality).
pub fn teaches(post: &str, word: &str) -> bool {
    SUBJECT_OF.binary_search(&post.to_lowercase().as_str()).is_ok() && is_language(word)
}

/// Whether `word` is a language's name.
fn is_language(word: &str) -> bool {
    super::context::listed(word).language
}

/// The languages' names, for [`super::context::listed`], which looks them up with the other
/// lists every capitalised word is asked against.
pub(super) fn names() -> impl Iterator<Item = &'static str> {
    crate::lexicon::word_set(include_str!("../../data/lexicons/languages.tsv")).into_iter()
}

#[cfg(test)]
mod tests {
    use crate::entities::testing::check;

    #[test]
    fn a_language_is_named_where_it_is_spoken_or_written() {
        let cases: &[(&str, &[(&str, &str)])] = &[
            (
                "She spoke German and French fluently.",
                &[("LANGUAGE", "German"), ("LANGUAGE", "French")],
            ),
            (
                "The guide is available in Danish only.",
                &[("LANGUAGE", "Danish")],
            ),
            (
                "The letters were translated into Latin (the scholars' tongue).",
                &[("LANGUAGE", "Latin")],
            ),
            (
                "Classes in the Urdu language start today.",
                &[("LANGUAGE", "Urdu")],
            ),
            // Demonyms, not languages.
            (
                "Ann Lee is a professor of French at Halden University.",
                &[("LANGUAGE", "French")],
            ),
            ("A star of French football arrived.", &[("NORP", "French")]),
            ("A professor of French history spoke.", &[("NORP", "French")]),
            ("German officials met in Berlin.", &[("NORP", "German")]),
        ];
        check(cases, &["LANGUAGE", "NORP"]);
    }
}
