//! Article metadata: the "date 2025-06-12" line, the wire dateline and the credited agency.

use std::sync::OnceLock;

pub mod dateline;

use crate::dates;
use crate::lexicon::{Kind, Lexicon};
use crate::patterns::{compiled, Found, Pattern};
use crate::types::{Dateline, Doc, DocumentInfo, Entity, Label, Span};

/// The first "date 2025-06-12" line of the article (`src/patterns/source.rs`).
fn metadata_date(doc: &Doc) -> Option<Found> {
    static PATTERN: OnceLock<Pattern> = OnceLock::new();
    PATTERN
        .get_or_init(|| compiled!("metadata_date"))
        .find_iter(doc.text, &doc.patterns)
        .next()
}

/// The dateline, which may follow the metadata line on the same line.
pub fn find_dateline(doc: &Doc) -> Option<dateline::Parsed> {
    dateline_after(doc, metadata_date(doc).as_ref())
}

/// The dateline, given the metadata line already found (one search of the text, not two).
fn dateline_after(doc: &Doc, metadata: Option<&Found>) -> Option<dateline::Parsed> {
    let after = metadata.map_or(usize::MAX, |m| {
        let rest = &doc.text[m.end..];
        m.end + rest.len() - rest.trim_start().len()
    });
    dateline::parse(doc, after)
}

/// Reads the document-level facts from the first lines of the article.
pub fn read(doc: &Doc, entities: &[Entity]) -> DocumentInfo {
    let metadata = metadata_date(doc);
    let mut info = DocumentInfo {
        // The match ends with the ISO date, ten ASCII bytes.
        date: metadata
            .as_ref()
            .and_then(|m| doc.text.get(m.end.saturating_sub(10)..m.end))
            .map(str::to_string),
        ..DocumentInfo::default()
    };
    let parsed = dateline_after(doc, metadata.as_ref());
    if let Some(p) = &parsed {
        let anchor = info.date.as_deref().and_then(dates::parse_iso);
        let words = |(a, b): (usize, usize)| -> Vec<&str> { (a..b).map(|k| doc.token_text(k)).collect() };
        let span = |(a, b): (usize, usize)| Span::new(doc.tokens[a].span.start, doc.tokens[b - 1].span.end);
        info.dateline = Some(Dateline {
            place: p
                .places
                .iter()
                .map(|&r| dateline::place_name(&words(r)))
                .collect::<Vec<_>>()
                .join(", "),
            date: p
                .date
                .and_then(|r| dates::normalise(span(r).text(doc.text), anchor).value),
            start: doc.tokens[p.first].span.start,
            end: doc.tokens[p.end - 1].span.end,
        });
        info.source = p.agency.map(|r| span(r).text(doc.text).to_string());
    }
    // Without a metadata line the dateline dates the article, but only when it names the
    // year: "June 12." alone could be any year, and we never guess one.
    if info.date.is_none() {
        info.date = info.dateline.as_ref().and_then(|d| d.date.clone());
    }
    if info.source.is_none() {
        info.source = credited(doc, entities);
    }
    info
}

/// "Trend reports …", "…, Reuters reported": an agency credited in the opening paragraph.
fn credited(doc: &Doc, entities: &[Entity]) -> Option<String> {
    let opening = doc.text.find("\n\n").unwrap_or(doc.text.len());
    entities
        .iter()
        .take_while(|e| e.start < opening)
        .filter(|e| e.label == Label::Org && Lexicon::get().lookup(&e.text, Kind::Agency).is_some())
        .find(|e| {
            let rest = doc.text[e.end..].trim_start();
            let before = doc.text[..e.start].trim_end();
            ["reports", "reported", "has learned", "news agency reports"]
                .iter()
                .any(|v| rest.starts_with(v))
                || (before.ends_with('(') && rest.starts_with(')'))
        })
        .map(|e| e.text.clone())
}
