//! Article metadata: the "date 2025-06-12" line, the wire dateline and the credited agency.

use std::sync::OnceLock;

use regex::Regex;

use crate::types::{Dateline, Doc, DocumentInfo, Entity, Label};

fn metadata_date() -> &'static Regex {
    static RE: OnceLock<Regex> = OnceLock::new();
    RE.get_or_init(|| Regex::new(r"(?m)^\s*date\s+(\d{4}-\d{2}-\d{2})\b").expect("compiles"))
}

/// Reads the document-level facts from the first lines of the article.
pub fn read(doc: &Doc, entities: &[Entity]) -> DocumentInfo {
    let mut info = DocumentInfo::default();
    if let Some(c) = metadata_date().captures(doc.text) {
        info.date = Some(c[1].to_string());
    }
    info.dateline = dateline(doc, entities, info.date.as_deref());
    info.source = entities
        .iter()
        .find(|e| e.label == Label::Org && matches!(e.text.as_str(), "Trend" | "Reuters" | "AP"))
        .map(|e| e.text.clone());
    info
}

/// "BAKU, Azerbaijan, June 12." — a capitalised place (and its country) before the first date.
fn dateline(doc: &Doc, entities: &[Entity], date: Option<&str>) -> Option<Dateline> {
    let first = doc.sentences.iter().take(3).find(|s| {
        let t = s.text(doc.text);
        t.chars()
            .filter(|c| c.is_alphabetic())
            .take(3)
            .all(char::is_uppercase)
    })?;
    let places: Vec<&Entity> = entities
        .iter()
        .filter(|e| first.contains(&e.span()) && e.label == Label::Gpe)
        .take(2)
        .collect();
    let head = places.first()?;
    let place: Vec<String> = places.iter().map(|e| title_case(&e.text)).collect();
    let end = entities
        .iter()
        .find(|e| first.contains(&e.span()) && e.label == Label::Date && e.start > head.start)
        .map_or(places.last()?.end, |d| d.end);
    Some(Dateline {
        place: place.join(", "),
        date: date.map(str::to_string),
        start: head.start,
        end,
    })
}

fn title_case(word: &str) -> String {
    if !word.chars().any(char::is_lowercase) {
        let mut chars = word.chars();
        chars
            .next()
            .map(|c| c.to_string() + &chars.as_str().to_lowercase())
            .unwrap_or_default()
    } else {
        word.to_string()
    }
}
