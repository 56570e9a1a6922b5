//! Article metadata: the "date 2025-06-12" line, the wire dateline and the credited agency.

use std::sync::OnceLock;

use regex::Regex;

use crate::dates;
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
    // Without a metadata line the dateline dates the article, but only when it names the
    // year: "June 12." alone could be any year, and we never guess one.
    if info.date.is_none() {
        info.date = info.dateline.as_ref().and_then(|d| d.date.clone());
    }
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
    let date_entity = entities
        .iter()
        .find(|e| first.contains(&e.span()) && e.label == Label::Date && e.start > head.start);
    let end = date_entity.map_or(places.last()?.end, |d| d.end);
    let anchor = date.and_then(dates::parse_iso);
    let date = date_entity.and_then(|e| dates::normalise(&e.text, anchor).value);
    Some(Dateline {
        place: place.join(", "),
        date,
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
