//! Capitalised sequences: people (given-name lists) and organisations (head words).

use crate::lexicon::{Kind, LexMatch};
use crate::types::{Candidate, Doc, Label, Span, TokenKind};

/// Lower-case words that may sit inside a name ("Ministry of National Defence").
const CONNECTORS: &[&str] = &["of", "the", "and", "for", "de", "van", "der", "bin", "al"];

pub fn propose(doc: &Doc, lex: &[LexMatch], out: &mut Vec<Candidate>) {
    let is_kind = |i: usize, kind: Kind| {
        lex.iter()
            .any(|m| m.entry.kind == kind && m.first_token == i && m.end_token == i + 1)
    };
    let mut i = 0;
    while i < doc.tokens.len() {
        if !is_capitalised(doc, i) {
            i += 1;
            continue;
        }
        let start = i;
        let mut end = i + 1;
        loop {
            // A given name starts a new name: "… Defence Loreta Maskaliovienė".
            if end < doc.tokens.len() && is_kind(end, Kind::GivenName) {
                break;
            }
            if end < doc.tokens.len() && is_capitalised(doc, end) && same_sentence(doc, start, end) {
                end += 1;
            } else if end + 1 < doc.tokens.len()
                && CONNECTORS.contains(&doc.token_text(end))
                && is_capitalised(doc, end + 1)
            {
                end += 2;
            } else {
                break;
            }
        }
        let span = Span::new(doc.tokens[start].span.start, doc.tokens[end - 1].span.end);
        if (start..end).any(|t| is_kind(t, Kind::OrgHead)) && end - start > 1 {
            out.push(Candidate {
                span,
                label: Label::Org,
                source: "org-head",
                score: 0.8,
            });
        } else if is_kind(start, Kind::GivenName) && end - start > 1 {
            out.push(Candidate {
                span,
                label: Label::Person,
                source: "given-name",
                score: 0.85,
            });
        }
        i = end;
    }
}

fn is_capitalised(doc: &Doc, i: usize) -> bool {
    doc.tokens[i].kind == TokenKind::Word && doc.token_text(i).chars().next().is_some_and(char::is_uppercase)
}

fn same_sentence(doc: &Doc, a: usize, b: usize) -> bool {
    doc.tokens[a].sentence == doc.tokens[b].sentence
}
