//! Names no list contains, from the trained tagger ([`crate::tagger`]): it proposes PERSON, ORG,
//! GPE, LOC, NORP, FAC and EVENT spans below the rules' scores, so high-precision patterns and
//! lexicons win wherever they overlap. Then document-level consistency: a string the tagger
//! labelled once is that label at its other occurrences (majority label when it disagreed with
//! itself), and a person's surname alone is that person — unless a rule claims the spot.

use std::collections::HashMap;
use std::sync::atomic::{AtomicBool, Ordering};

use crate::lexicon::LexMatch;
use crate::tagger;
use crate::types::{Candidate, Doc, Label, Span, TokenKind};

/// Below every rule (0.8 and up), above nothing: the tagger fills gaps, it does not override.
const SCORE: f32 = 0.6;
/// Repeats of a tagged string elsewhere in the article.
const ECHO_SCORE: f32 = 0.55;

static ENABLED: AtomicBool = AtomicBool::new(true);

/// Switches the tagger off for the whole process (`factlens-eval` measures rules alone).
pub fn set_enabled(on: bool) {
    ENABLED.store(on, Ordering::Relaxed);
}

pub fn propose(doc: &Doc, lex: &[LexMatch], out: &mut Vec<Candidate>) {
    if !ENABLED.load(Ordering::Relaxed) {
        return;
    }
    let Some(model) = tagger::embedded() else {
        return;
    };
    let tagged = model.tag(doc, lex);
    // Votes per surface string; ties go to the first label seen.
    let mut votes: HashMap<&str, Vec<(Label, usize)>> = HashMap::new();
    for t in &tagged {
        let v = votes.entry(t.span(doc).text(doc.text)).or_default();
        match v.iter_mut().find(|(l, _)| *l == t.label) {
            Some((_, n)) => *n += 1,
            None => v.push((t.label, 1)),
        }
    }
    let majority = |s: &str| -> Option<Label> {
        let v = votes.get(s)?;
        v.iter().rev().max_by_key(|(_, n)| *n).map(|(l, _)| *l)
    };
    let mut covered = vec![false; doc.tokens.len()];
    for t in &tagged {
        let span = t.span(doc);
        covered[t.tokens.0..t.tokens.1].fill(true);
        out.push(candidate(
            span,
            majority(span.text(doc.text)).unwrap_or(t.label),
            SCORE,
        ));
    }
    // Strings to look for again, keyed by their first token: full names, and surnames of people.
    let mut echoes: HashMap<&str, Vec<(usize, &str, Label)>> = HashMap::new();
    for t in &tagged {
        let surface = t.span(doc).text(doc.text);
        let label = majority(surface).unwrap_or(t.label);
        push_echo(
            &mut echoes,
            doc.token_text(t.tokens.0),
            t.tokens.1 - t.tokens.0,
            surface,
            label,
        );
        let last = t.tokens.1 - 1;
        if label == Label::Person && t.tokens.1 - t.tokens.0 >= 2 && is_name_word(doc, last) {
            let surname = doc.token_text(last);
            if votes
                .get(surname)
                .is_none_or(|v| v.iter().all(|(l, _)| *l == Label::Person))
            {
                push_echo(&mut echoes, surname, 1, surname, Label::Person);
            }
        }
    }
    let mut i = 0;
    while i < doc.tokens.len() {
        let found = echoes.get(doc.token_text(i)).and_then(|list| {
            list.iter().find(|&&(n, surface, _)| {
                i + n <= doc.tokens.len()
                    && !covered[i..i + n].contains(&true)
                    && span(doc, i, i + n).text(doc.text) == surface
            })
        });
        match found {
            Some(&(n, _, label)) => {
                out.push(candidate(span(doc, i, i + n), label, ECHO_SCORE));
                i += n;
            }
            None => i += 1,
        }
    }
}

fn push_echo<'a>(
    echoes: &mut HashMap<&'a str, Vec<(usize, &'a str, Label)>>,
    first: &'a str,
    n: usize,
    surface: &'a str,
    label: Label,
) {
    let list = echoes.entry(first).or_default();
    if !list.iter().any(|&(_, s, _)| s == surface) {
        list.push((n, surface, label));
        // Longest first, so "Loreta Maskaliovienė" is found before "Loreta".
        list.sort_by_key(|&(n, _, _)| std::cmp::Reverse(n));
    }
}

fn is_name_word(doc: &Doc, i: usize) -> bool {
    doc.tokens[i].kind == TokenKind::Word && doc.token_text(i).chars().next().is_some_and(char::is_uppercase)
}

fn span(doc: &Doc, first: usize, end: usize) -> Span {
    Span::new(doc.tokens[first].span.start, doc.tokens[end - 1].span.end)
}

fn candidate(span: Span, label: Label, score: f32) -> Candidate {
    Candidate {
        span,
        label,
        source: "model",
        score,
    }
}
