//! The plain data that flows between pipeline stages and out of [`crate::annotate`].
//!
//! Every `start`/`end` here is a **byte** offset into the UTF-8 article, end-exclusive, until
//! [`crate::offsets`] converts a finished [`Annotation`] to the unit a surface promises
//! (UTF-16 for JavaScript, code points on the command line). The JSON shape is the contract in
//! `spec/annotation-schema.md` (README, "Output").

use serde::Serialize;

/// A half-open byte range `start..end` into the article.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Default)]
pub struct Span {
    pub start: usize,
    pub end: usize,
}

impl Span {
    pub fn new(start: usize, end: usize) -> Self {
        debug_assert!(start <= end);
        Span { start, end }
    }
    pub fn len(&self) -> usize {
        self.end - self.start
    }
    pub fn is_empty(&self) -> bool {
        self.start == self.end
    }
    /// The covered text; empty if the span does not fit `text` (never panics).
    pub fn text<'a>(&self, text: &'a str) -> &'a str {
        text.get(self.start..self.end).unwrap_or("")
    }
    pub fn overlaps(&self, other: &Span) -> bool {
        self.start < other.end && other.start < self.end
    }
    pub fn contains(&self, other: &Span) -> bool {
        self.start <= other.start && other.end <= self.end
    }
}

/// Entity labels: the OntoNotes set spaCy and displaCy use, plus `TITLE` for job titles.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[cfg_attr(test, derive(ts_rs::TS))]
#[serde(rename_all = "SCREAMING_SNAKE_CASE")]
pub enum Label {
    Person,
    Norp,
    Fac,
    Org,
    Gpe,
    Loc,
    Product,
    Event,
    WorkOfArt,
    Law,
    Language,
    Date,
    Time,
    Percent,
    Money,
    Quantity,
    Ordinal,
    Cardinal,
    Title,
}

impl Label {
    pub const ALL: [Label; 19] = [
        Label::Person,
        Label::Norp,
        Label::Fac,
        Label::Org,
        Label::Gpe,
        Label::Loc,
        Label::Product,
        Label::Event,
        Label::WorkOfArt,
        Label::Law,
        Label::Language,
        Label::Date,
        Label::Time,
        Label::Percent,
        Label::Money,
        Label::Quantity,
        Label::Ordinal,
        Label::Cardinal,
        Label::Title,
    ];

    /// The label as it appears in JSON ("PERSON", "WORK_OF_ART", …).
    pub fn as_str(self) -> &'static str {
        match self {
            Label::Person => "PERSON",
            Label::Norp => "NORP",
            Label::Fac => "FAC",
            Label::Org => "ORG",
            Label::Gpe => "GPE",
            Label::Loc => "LOC",
            Label::Product => "PRODUCT",
            Label::Event => "EVENT",
            Label::WorkOfArt => "WORK_OF_ART",
            Label::Law => "LAW",
            Label::Language => "LANGUAGE",
            Label::Date => "DATE",
            Label::Time => "TIME",
            Label::Percent => "PERCENT",
            Label::Money => "MONEY",
            Label::Quantity => "QUANTITY",
            Label::Ordinal => "ORDINAL",
            Label::Cardinal => "CARDINAL",
            Label::Title => "TITLE",
        }
    }

    /// Parses "PERSON", "GPE", …; the inverse of [`Label::as_str`].
    pub fn parse(s: &str) -> Option<Label> {
        Label::ALL.into_iter().find(|l| l.as_str() == s)
    }
}

/// What a token is made of; decides which stages look at it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TokenKind {
    /// Letters, possibly with inner apostrophes or digits ("Šakalienė", "O'Neill", "G7").
    Word,
    /// Digits with inner separators ("20", "1,200", "3.5").
    Number,
    /// Any single punctuation or symbol character, including quotes and dashes.
    Punct,
}

/// One token of the article.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Token {
    pub span: Span,
    pub kind: TokenKind,
    /// What letters it holds, decided as it is made (it fits the struct's padding).
    pub letters: crate::text::Letters,
    /// Index of the sentence holding this token.
    pub sentence: usize,
}

/// The tokenised article: the input of every later stage.
#[derive(Debug, Clone)]
pub struct Doc<'a> {
    pub text: &'a str,
    pub tokens: Vec<Token>,
    /// Sentence spans, in order; `Token::sentence` indexes into this.
    pub sentences: Vec<Span>,
    /// Where each set of date, time and number patterns can match (one pass for them all).
    pub patterns: crate::patterns::Regions,
    /// Acronyms defined in brackets, in order ([`crate::text::acronyms`]): read by the entity
    /// recognisers and by the acronym facts alike.
    pub acronyms: Vec<crate::text::acronyms::Definition>,
    /// The metadata line and the dateline, read once from the first lines of the article
    /// before any recogniser runs ([`crate::document::header`]); every stage reads them here.
    pub header: crate::document::Header,
    /// Per token, its text, sliced once ([`crate::text::analyse`]): every stage asks for it
    /// many times a token, and slicing checks bounds and character boundaries each time.
    pub(crate) token_texts: Vec<&'a str>,
}

impl<'a> Doc<'a> {
    pub fn token_text(&self, i: usize) -> &'a str {
        self.token_texts[i]
    }
}

/// The id of a fact record: its table's letter and its number ("p1", "o2", "q12"). Every
/// mention carries its record's id, so the text is kept inline (no allocation to copy or drop)
/// and serialised as the plain string.
#[derive(Clone, Copy, PartialEq, Eq)]
pub struct RecordId {
    /// The letter, then the decimal digits of any `usize`.
    text: [u8; 21],
    len: u8,
}

impl RecordId {
    /// The id of record `number` of the table named by the ASCII `letter`. Written digit by
    /// digit: `format!` cost several times as much, for every record of every article.
    pub fn new(letter: u8, number: usize) -> RecordId {
        debug_assert!(letter.is_ascii());
        let digits = number.checked_ilog10().unwrap_or(0) as usize + 1;
        let mut text = [0; 21];
        text[0] = letter;
        let mut rest = number;
        for digit in text[1..=digits].iter_mut().rev() {
            *digit = b'0' + (rest % 10) as u8;
            rest /= 10;
        }
        RecordId {
            text,
            len: 1 + digits as u8,
        }
    }

    pub fn as_str(&self) -> &str {
        std::str::from_utf8(&self.text[..usize::from(self.len)]).unwrap_or_default()
    }
}

impl std::ops::Deref for RecordId {
    type Target = str;
    fn deref(&self) -> &str {
        self.as_str()
    }
}

impl std::fmt::Display for RecordId {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self)
    }
}

impl std::fmt::Debug for RecordId {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        std::fmt::Debug::fmt(self.as_str(), f)
    }
}

impl Serialize for RecordId {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self)
    }
}

/// A plain `string` in TypeScript too, as ts-rs declares its own string-like types.
#[cfg(test)]
impl ts_rs::TS for RecordId {
    type WithoutGenerics = Self;
    type OptionInnerType = Self;
    fn name(_: &ts_rs::Config) -> String {
        "string".into()
    }
    fn inline(cfg: &ts_rs::Config) -> String {
        Self::name(cfg)
    }
}

/// A possible entity proposed by one recogniser, before overlaps are resolved.
#[derive(Debug, Clone, PartialEq)]
pub struct Candidate {
    pub span: Span,
    pub label: Label,
    /// Which rule or lexicon proposed it (shown in golden snapshots to explain decisions).
    pub source: &'static str,
    /// Relative confidence used to resolve overlaps; also reported as `score`.
    pub score: f32,
}

/// One entity in the final, flat, sorted, non-overlapping list.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(test, derive(ts_rs::TS))]
pub struct Entity {
    pub start: usize,
    pub end: usize,
    pub label: Label,
    pub text: String,
    /// Id of the fact this mention belongs to ("p1", "o2", …).
    #[serde(rename = "ref", skip_serializing_if = "Option::is_none")]
    #[cfg_attr(test, ts(optional))]
    pub reference: Option<RecordId>,
    #[serde(skip_serializing_if = "Option::is_none", serialize_with = "score_as_written")]
    #[cfg_attr(test, ts(optional))]
    pub score: Option<f32>,
}

/// A score as its shortest decimal (0.97, not 0.9700000286102295, which is what the `f32`
/// widened to a JavaScript or JSON double would read): scores are set to two decimals.
fn score_as_written<S: serde::Serializer>(score: &Option<f32>, s: S) -> Result<S::Ok, S::Error> {
    score
        .map(|v| (f64::from(v) * 1000.0).round() / 1000.0)
        .serialize(s)
}

impl Entity {
    pub fn span(&self) -> Span {
        Span::new(self.start, self.end)
    }
}

/// Unit of every offset in a serialised annotation.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[cfg_attr(test, derive(ts_rs::TS))]
#[serde(rename_all = "lowercase")]
pub enum OffsetUnit {
    Bytes,
    Utf16,
    Codepoints,
}

impl OffsetUnit {
    pub fn parse(s: &str) -> Option<OffsetUnit> {
        match s {
            "bytes" => Some(OffsetUnit::Bytes),
            "utf16" => Some(OffsetUnit::Utf16),
            "codepoints" => Some(OffsetUnit::Codepoints),
            _ => None,
        }
    }
}

/// Article-level metadata: date, dateline, credited agency.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[cfg_attr(test, derive(ts_rs::TS))]
pub struct DocumentInfo {
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(test, ts(optional))]
    pub date: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(test, ts(optional))]
    pub dateline: Option<Dateline>,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(test, ts(optional))]
    pub source: Option<String>,
}

/// "BAKU, Azerbaijan, June 12." at the top of a wire story.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(test, derive(ts_rs::TS))]
pub struct Dateline {
    /// Normalised capitalisation: "Baku, Azerbaijan".
    pub place: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(test, ts(optional))]
    pub date: Option<String>,
    pub start: usize,
    pub end: usize,
}

/// Where a fact was stated, and which rule read it there.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(test, derive(ts_rs::TS))]
pub struct Evidence {
    pub start: usize,
    pub end: usize,
    #[serde(serialize_with = "fixed_name")]
    pub rule: &'static str,
}

/// A span of text that refers to a fact (a person's name, an acronym, …).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[cfg_attr(test, derive(ts_rs::TS))]
pub struct MentionSpan {
    pub start: usize,
    pub end: usize,
    /// How a person is named here: "name" (the full name), "surname", "given" (a first name
    /// alone, "Doug" after "Doug Smith"), or "title" ("the Vice Minister"); absent for
    /// organisations and places.
    #[serde(skip_serializing_if = "Option::is_none", serialize_with = "fixed_name_if_any")]
    #[cfg_attr(test, ts(optional))]
    pub kind: Option<&'static str>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(test, derive(ts_rs::TS))]
pub struct Role {
    pub title: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(test, ts(optional))]
    pub organization: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(test, ts(optional))]
    pub country: Option<&'static str>,
    /// The first evidence span (kept flat because the spec names `start`/`end` on roles).
    pub start: usize,
    pub end: usize,
    /// Every place the role is stated; the same role stated twice is one role.
    pub evidence: Vec<Evidence>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(test, derive(ts_rs::TS))]
pub struct Person {
    pub id: RecordId,
    /// The fullest name seen.
    pub name: String,
    pub roles: Vec<Role>,
    pub mentions: Vec<MentionSpan>,
    /// Ids of the quotes attributed to this person.
    pub quotes: Vec<RecordId>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(test, derive(ts_rs::TS))]
pub struct Organization {
    pub id: RecordId,
    pub name: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(test, ts(optional))]
    pub acronym: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(test, ts(optional))]
    pub country: Option<&'static str>,
    pub mentions: Vec<MentionSpan>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(test, derive(ts_rs::TS))]
pub struct Place {
    pub id: RecordId,
    pub name: String,
    /// "country", "city", "region", …
    #[serde(skip_serializing_if = "Option::is_none", serialize_with = "fixed_name_if_any")]
    #[cfg_attr(test, ts(optional))]
    pub kind: Option<&'static str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(test, ts(optional))]
    pub country: Option<&'static str>,
    pub mentions: Vec<MentionSpan>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(test, derive(ts_rs::TS))]
pub struct DateFact {
    pub text: String,
    pub start: usize,
    pub end: usize,
    /// A single day, month or year in ISO 8601, when the text names one.
    pub value: Option<String>,
    /// First and last day of a range, when the text names one.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(test, ts(optional))]
    pub from: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(test, ts(optional))]
    pub to: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(test, derive(ts_rs::TS))]
pub struct Event {
    pub name: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(test, ts(optional))]
    pub place: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(test, ts(optional))]
    pub date: Option<String>,
    pub start: usize,
    pub end: usize,
    /// "event" (a named event) or "visit" (someone's visit to a place).
    #[serde(serialize_with = "fixed_name")]
    pub kind: &'static str,
    /// Ids of the people taking part, when the text names them ("p1").
    #[serde(skip_serializing_if = "Vec::is_empty")]
    #[cfg_attr(test, ts(optional, as = "Option<Vec<RecordId>>"))]
    pub participants: Vec<RecordId>,
    #[serde(serialize_with = "fixed_name")]
    pub rule: &'static str,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(test, derive(ts_rs::TS))]
pub struct Quote {
    pub id: RecordId,
    pub speaker: Option<String>,
    pub speaker_id: Option<RecordId>,
    pub text: String,
    pub start: usize,
    pub end: usize,
    #[serde(serialize_with = "fixed_name")]
    pub rule: &'static str,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(test, derive(ts_rs::TS))]
pub struct Acronym {
    pub short: String,
    pub long: String,
    pub start: usize,
    pub end: usize,
}

/// The fact table.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[cfg_attr(test, derive(ts_rs::TS))]
pub struct Facts {
    pub people: Vec<Person>,
    pub organizations: Vec<Organization>,
    pub places: Vec<Place>,
    pub dates: Vec<DateFact>,
    pub events: Vec<Event>,
    pub quotes: Vec<Quote>,
    pub acronyms: Vec<Acronym>,
}

/// Serialises a name fixed in the code (a rule, a mention's kind) as serde does an enum's unit
/// variant: the same JSON string, but serde-wasm-bindgen then gives JavaScript one cached
/// string per name instead of decoding it anew for each of the thousands of facts in a long
/// text.
fn fixed_name<S: serde::Serializer>(name: &&'static str, serializer: S) -> Result<S::Ok, S::Error> {
    serializer.serialize_unit_variant("", 0, name)
}

/// [`fixed_name`] of an optional name; `None` is null (the fields using it skip `None`).
fn fixed_name_if_any<S: serde::Serializer>(
    name: &Option<&'static str>,
    serializer: S,
) -> Result<S::Ok, S::Error> {
    match name {
        Some(name) => fixed_name(name, serializer),
        None => serializer.serialize_none(),
    }
}

/// What [`crate::annotate`] returns: the JSON document of the spec.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(test, derive(ts_rs::TS))]
pub struct Annotation {
    pub schema: &'static str,
    pub offsets: OffsetUnit,
    pub document: DocumentInfo,
    pub entities: Vec<Entity>,
    pub facts: Facts,
}

/// The schema identifier; bump on any breaking change to the JSON.
pub const SCHEMA: &str = "factlens/1";

/// The TypeScript declarations of [`Annotation`] that the npm package ships
/// (`npm/annotation.d.ts`), derived from the serde types above so that they cannot drift from
/// the JSON: this test fails when the committed file differs, and `make golden` rewrites it.
#[cfg(test)]
mod typescript {
    use super::*;
    use ts_rs::TS;

    const PATH: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/npm/annotation.d.ts");

    fn decl<T: TS>(cfg: &ts_rs::Config) -> String {
        let docs = T::docs().unwrap_or_default();
        format!("{docs}export {}\n", T::decl(cfg))
    }

    #[test]
    fn npm_declarations_match_the_rust_types() {
        let cfg = ts_rs::Config::new();
        let generated = [
            "// Generated from src/types.rs by ts-rs (`make golden`); do not edit.\n".to_owned(),
            decl::<Annotation>(&cfg),
            decl::<OffsetUnit>(&cfg),
            decl::<DocumentInfo>(&cfg),
            decl::<Dateline>(&cfg),
            decl::<Entity>(&cfg),
            decl::<Label>(&cfg),
            decl::<Facts>(&cfg),
            decl::<Person>(&cfg),
            decl::<Role>(&cfg),
            decl::<Evidence>(&cfg),
            decl::<MentionSpan>(&cfg),
            decl::<Organization>(&cfg),
            decl::<Place>(&cfg),
            decl::<DateFact>(&cfg),
            decl::<Event>(&cfg),
            decl::<Quote>(&cfg),
            decl::<Acronym>(&cfg),
        ]
        .join("\n");
        if std::env::var_os("UPDATE_TYPES").is_some() {
            std::fs::write(PATH, &generated).unwrap();
        }
        let committed = std::fs::read_to_string(PATH).unwrap_or_default();
        assert!(
            committed == generated,
            "npm/annotation.d.ts is out of date with src/types.rs: run `make golden`"
        );
    }
}

#[cfg(test)]
mod tests {
    use super::RecordId;

    #[test]
    fn record_ids_are_letter_and_number() {
        for n in [0, 1, 9, 10, 12, 305, usize::MAX] {
            let id = RecordId::new(b'p', n);
            assert_eq!(id.as_str(), format!("p{n}"));
            assert_eq!(serde_json::to_string(&id).unwrap(), format!("\"p{n}\""));
        }
    }
}
