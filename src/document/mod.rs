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

/// What the first lines say about the article: the metadata line's date and the dateline.
/// Read once per document by [`crate::text::analyse`], before the entity stage, and kept on
/// [`Doc::header`]: the entities (dateline places) and [`read`] (date, place, source) both
/// take it from there, so nothing parses the dateline twice.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Header {
    /// The ISO day of the "date 2025-06-12" line (ten ASCII bytes).
    pub metadata_date: Option<Span>,
    pub dateline: Option<dateline::Parsed>,
    /// The ISO day of a line that is only a full date, under the headline ("Monday, May 18,
    /// 2015", as many news sites print it): the article's date when no metadata line gives
    /// one. Kept as read, not read again.
    pub date_line: Option<String>,
}

/// Reads the header of `doc` (its own `header` field is not read).
pub fn header(doc: &Doc) -> Header {
    let metadata = metadata_date(doc);
    // The dateline may follow the metadata line on the same line.
    let after = metadata.as_ref().map_or(usize::MAX, |m| {
        let rest = &doc.text[m.end..];
        m.end + rest.len() - rest.trim_start().len()
    });
    Header {
        // The match ends with the ISO date, ten ASCII bytes.
        metadata_date: metadata
            .filter(|m| doc.text.get(m.end.saturating_sub(10)..m.end).is_some())
            .map(|m| Span::new(m.end - 10, m.end)),
        dateline: dateline::parse(doc, after),
        date_line: date_line(doc.text),
    }
}

/// The ISO day of the first of the opening lines that is nothing but a full date: day names,
/// month names, numbers, commas and periods, with a month, a year and a day ("Monday, May 18,
/// 2015", "18 May 2015"). Only the first few lines with letters are looked at.
fn date_line(text: &str) -> Option<String> {
    let mut lines = 0;
    // Each line's end, the break included: found by `memchr`, which reads the long lines of
    // the first paragraphs faster than `split_inclusive`'s search for a character.
    let breaks = memchr::memchr_iter(b'\n', text.as_bytes()).map(|at| at + 1);
    let mut next = 0;
    for end in breaks.chain([text.len()]) {
        let at = std::mem::replace(&mut next, end);
        let line = &text[at..end];
        let trimmed = line.trim();
        if !trimmed.chars().any(char::is_alphabetic) {
            continue;
        }
        lines += 1;
        if lines > dateline::SEARCH_LINES {
            return None;
        }
        if trimmed.len() > 40
            || !trimmed
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || matches!(c, ' ' | ',' | '.'))
        {
            continue;
        }
        let words = || {
            trimmed
                .split(|c: char| !c.is_ascii_alphanumeric())
                .filter(|w| !w.is_empty())
        };
        let dated = words().all(|w| w.bytes().all(|b| b.is_ascii_digit()) || dateline::date_word(w))
            && words().any(|w| w.len() == 4 && w.bytes().all(|b| b.is_ascii_digit()))
            && words().any(|w| dateline::MONTHS.contains(&w));
        if dated {
            if let Some(day) = dates::normalise(trimmed, None).value.filter(|v| v.len() == 10) {
                return Some(day);
            }
        }
    }
    None
}

/// Reads the document-level facts from the header the text stage read. `given` is the article
/// date the caller knows (`--date`, the page's date field, `annotate(text, date)`): it dates
/// the article when the text does not name a full date itself, and anchors a dateline's day
/// without a year ("LONDON, June 12 (Reuters) -" is that June 12, in the given date's year).
pub fn read(doc: &Doc, entities: &[Entity], given: Option<dates::Ymd>) -> DocumentInfo {
    let header = &doc.header;
    let mut info = DocumentInfo {
        date: header
            .metadata_date
            .map(|s| s.text(doc.text).to_string())
            .or_else(|| header.date_line.clone()),
        ..DocumentInfo::default()
    };
    if let Some(p) = &header.dateline {
        let anchor = info.date.as_deref().and_then(dates::parse_iso).or(given);
        let span = |(a, b): (usize, usize)| Span::new(doc.tokens[a].span.start, doc.tokens[b - 1].span.end);
        info.dateline = Some(Dateline {
            place: p
                .places
                .iter()
                .map(|&r| dateline::place_name(span(r).text(doc.text)))
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
    // year or a date was given: "June 12." alone could be any year, and we never guess one.
    if info.date.is_none() {
        info.date = info.dateline.as_ref().and_then(|d| d.date.clone());
    }
    if info.date.is_none() {
        info.date = given.map(|(y, m, d)| format!("{y:04}-{m:02}-{d:02}"));
    }
    if info.source.is_none() {
        info.source = credited(doc, entities);
    }
    info
}

/// "Trend reports …", "…, Reuters reported": an agency credited in the opening paragraph.
fn credited(doc: &Doc, entities: &[Entity]) -> Option<String> {
    // Line breaks found by memchr's vector search: many articles have no blank line, and
    // `str::find` read them whole a byte at a time.
    let bytes = doc.text.as_bytes();
    let opening = memchr::memchr_iter(b'\n', bytes)
        .find(|&at| bytes.get(at + 1) == Some(&b'\n'))
        .unwrap_or(bytes.len());
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

#[cfg(test)]
mod tests {
    use super::*;

    /// (text, given date, document date, dateline date)
    type Case = (
        &'static str,
        Option<&'static str>,
        Option<&'static str>,
        Option<&'static str>,
    );

    const CASES: &[Case] = &[
        (
            "LONDON 1996-08-30\nShares fell.",
            None,
            Some("1996-08-30"),
            Some("1996-08-30"),
        ),
        (
            "LONDON 1996-08-30\nShares fell.",
            Some("2025-01-01"),
            Some("1996-08-30"),
            Some("1996-08-30"),
        ),
        ("LONDON, June 12 (Reuters) - Shares fell.", None, None, None),
        (
            "LONDON, June 12 (Reuters) - Shares fell.",
            Some("2025-06-20"),
            Some("2025-06-12"),
            Some("2025-06-12"),
        ),
        // The year nearest the given date: a story dated in early January from late December.
        (
            "LONDON, Dec. 30 (Reuters) - Shares fell.",
            Some("2025-01-02"),
            Some("2024-12-30"),
            Some("2024-12-30"),
        ),
        (
            "date 2024-02-01\nLONDON, June 12 (Reuters) - Shares fell.",
            Some("2025-06-20"),
            Some("2024-02-01"),
            Some("2024-06-12"),
        ),
        (
            "Shares fell on Friday.",
            Some("2025-06-20"),
            Some("2025-06-20"),
            None,
        ),
        ("Shares fell on Friday.", None, None, None),
        (
            "NEW YORK, Jan. 5, 2024 -- Shares fell.",
            Some("2025-06-20"),
            Some("2024-01-05"),
            Some("2024-01-05"),
        ),
        // A line that is only a full date, under the headline, dates the article.
        (
            "Ferry rescues 90 off coast\n\nMonday, May 18, 2015\n\nOn Friday, fishermen",
            None,
            Some("2015-05-18"),
            None,
        ),
        (
            "Ferry rescues 90 off coast\n\nMonday, May 18, 2015\n\nOn Friday, fishermen",
            Some("2025-06-20"),
            Some("2015-05-18"),
            None,
        ),
        (
            "Ferry rescues 90\n18 May 2015\nOn Friday",
            None,
            Some("2015-05-18"),
            None,
        ),
        ("Ferry rescues 90\nMay 2015\nOn Friday", None, None, None),
        ("Ferry rescues 90\nFriday, May 15\nOn Friday", None, None, None),
        (
            "Ferry rescues 90\nBy May 2015, 90 were saved\nOn Friday",
            None,
            None,
            None,
        ),
        (
            "One\nTwo\nThree\nFour\nMonday, May 18, 2015\nOn Friday",
            None,
            None,
            None,
        ),
        // A yearless dateline read against the date line.
        (
            "Ferry rescues 90\nMonday, May 18, 2015\nLONDON, May 17 (Reuters) - On Friday",
            None,
            Some("2015-05-18"),
            Some("2015-05-17"),
        ),
    ];

    #[test]
    fn article_date_from_text_then_given() {
        for &(text, given, date, dateline) in CASES {
            let doc = crate::text::analyse(text);
            let info = read(&doc, &[], given.and_then(dates::parse_iso));
            assert_eq!(info.date.as_deref(), date, "{text:?} given {given:?}");
            assert_eq!(
                info.dateline.as_ref().and_then(|d| d.date.as_deref()),
                dateline,
                "{text:?} given {given:?}"
            );
        }
    }

    #[test]
    fn header_is_read_by_the_text_stage() {
        let doc = crate::text::analyse("date 2025-06-12 BAKU, Azerbaijan, June 12. From June 8");
        assert_eq!(
            doc.header.metadata_date.map(|s| s.text(doc.text)),
            Some("2025-06-12")
        );
        assert!(doc.header.dateline.is_some());
        let doc = crate::text::analyse("TENNIS - SEEDS FALL ON OPENING DAY.\nThe seeds fell.");
        assert_eq!(doc.header, Header::default());
    }
}
