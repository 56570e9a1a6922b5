//! DATE and TIME by pattern: "June 8 to 10", "8–10 June 2025", "2025-06-12", "Monday",
//! "last week", "three years ago", "in 2014", "the 1990s", "3:30 p.m.", "this morning".
//! What a date means is [`crate::dates::normalise`]'s job; this only finds where it is.

use std::sync::OnceLock;

use regex_automata::meta::Regex;

use super::pattern::compile;
use crate::types::{Candidate, Doc, Label, Span};

const MONTH: &str = r"(?:January|February|March|April|May|June|July|August|September|October|November|December|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?)";
const MONTH_ALONE: &str =
    r"(?:January|February|March|April|June|July|August|September|October|November|December)";
const DAY: &str = r"(?:[12]?[0-9]|3[01])(?:st|nd|rd|th)?";
const YEAR: &str = r"(?:1[5-9][0-9][0-9]|20[0-9][0-9])";
const WEEKDAY: &str = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)";
const TO: &str = r"\s*(?:-|–|—|to|through|until|and)\s*";
const COUNT: &str = r"(?:[0-9]+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|a few|many|fifteen|twenty|thirty|forty|fifty|a hundred)";

fn dates() -> &'static Regex {
    static RE: OnceLock<Regex> = OnceLock::new();
    RE.get_or_init(|| {
        let p = [
            // 2025-06-12
            r"[0-9]{4}-[0-9]{2}-[0-9]{2}".to_string(),
            // Monday, June 8 to 10, 2025 / June 8–July 2 / June 2025
            format!(r"(?:{WEEKDAY},?\s+)?{MONTH}\s+{DAY}(?:{TO}(?:{MONTH}\s+)?{DAY})?(?:,?\s+{YEAR})?"),
            // 8–10 June 2025 / Monday 8 June
            format!(r"(?:{WEEKDAY},?\s+)?{DAY}(?:{TO}{DAY})?\s+{MONTH}(?:,?\s+{YEAR})?"),
            format!(r"(?:between|from)\s+{MONTH}(?:\s+{YEAR})?\s+(?:and|to)\s+{MONTH}(?:\s+{YEAR})?"),
            format!(r"{MONTH}(?:\s*(?:-|–)\s*{MONTH})?,?\s+{YEAR}"),
            format!(r"{YEAR}\s*(?:-|–|to)\s*{YEAR}"),
            format!(r"(?:early|late|mid-?)\s*{YEAR}"),
            r"the\s+(?:1[5-9]|20)[0-9]0s".to_string(),
            format!(r"(?:the\s+)?(?:first|second|third|fourth|final|last)\s+(?:quarter|half)(?:\s+of\s+{YEAR})?|Q[1-4]\s+{YEAR}"),
            r"(?i:(?:last|next|this|past|coming|previous|recent|the\s+past|earlier\s+this|later\s+this)\s+(?:week|weekend|month|year|decade|century|spring|summer|autumn|fall|winter|few\s+(?:days|weeks|months|years)|[0-9]+\s+(?:days|weeks|months|years)|(?:two|three|four|five|six|seven|eight|nine|ten)\s+(?:days|weeks|months|years))|recent\s+(?:days|weeks|months|years)|(?:today|yesterday|tomorrow))".to_string(),
            format!(r"(?:last|next|this)\s+{WEEKDAY}|{WEEKDAY}"),
            format!(r"(?i:{COUNT}\s+(?:days?|weeks?|months?|years?|decades?)\s+(?:ago|earlier|later))"),
            r"(?i:(?:a|one|two|three|four|five|six|seven|eight|nine|ten|[0-9]+)\s+(?:decades?|years?|months?|weeks?|days?))".to_string(),
        ];
        compile(&format!(r"(?-u:\b)(?:{})(?-u:\b)", p.join("|")))
    })
}

/// A year or month alone is a date after a word that dates things ("in 2014", "since June"),
/// or a year before punctuation or an event noun ("the 2024 election").
fn years() -> &'static Regex {
    static RE: OnceLock<Regex> = OnceLock::new();
    RE.get_or_init(|| {
        compile(&format!(
            r"(?-u:\b)(?i:in|since|by|until|from|of|during|before|after|the|early|late|mid|year|end\s+of|fiscal|last|next|this)\s+({YEAR}|{MONTH_ALONE})(?-u:\b)|(?-u:\b)({YEAR})(?:[,.;:)]|\s+(?:election|budget|season|census|Olympics|World Cup|summit)(?-u:\b)|$)"
        ))
    })
}

fn times() -> &'static Regex {
    static RE: OnceLock<Regex> = OnceLock::new();
    RE.get_or_init(|| {
        compile(concat!(
            r"(?-u:\b)(?:(?:[01]?[0-9]|2[0-3])(?::[0-5][0-9])?\s*(?:a\.m\.|p\.m\.|am(?-u:\b)|pm(?-u:\b)|GMT(?-u:\b)|UTC(?-u:\b)|local time(?-u:\b))",
            r"|(?:[01]?[0-9]|2[0-3]):[0-5][0-9](?-u:\b)",
            r"|(?i:this|yesterday|tomorrow|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\s+(?:morning|afternoon|evening|night)(?-u:\b)",
            r"|(?:tonight|midnight|noon|last night)(?-u:\b))"
        ))
    })
}

pub fn propose(doc: &Doc, out: &mut Vec<Candidate>) {
    let text = doc.text;
    let push = |out: &mut Vec<Candidate>, start: usize, end: usize, label: Label| {
        out.push(Candidate {
            span: Span::new(start, end),
            label,
            source: "pattern",
            score: 0.95,
        });
    };
    for m in dates().find_iter(text) {
        push(out, m.start(), m.end(), Label::Date);
    }
    for c in years().captures_iter(text) {
        if let Some(y) = c.get_group(1).or_else(|| c.get_group(2)) {
            push(out, y.start, y.end, Label::Date);
        }
    }
    for m in times().find_iter(text) {
        push(out, m.start(), m.end(), Label::Time);
    }
}
