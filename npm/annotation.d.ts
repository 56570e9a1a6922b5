// Generated from src/types.rs by ts-rs (`make golden`); do not edit.

/**
 * What [`crate::annotate`] returns: the JSON document of the spec.
 */
export type Annotation = { schema: string, offsets: OffsetUnit, document: DocumentInfo, entities: Array<Entity>, facts: Facts, };

/**
 * Unit of every offset in a serialised annotation.
 */
export type OffsetUnit = "bytes" | "utf16" | "codepoints";

/**
 * Article-level metadata: date, dateline, credited agency.
 */
export type DocumentInfo = { date?: string, dateline?: Dateline, source?: string, };

/**
 * "BAKU, Azerbaijan, June 12." at the top of a wire story.
 */
export type Dateline = { 
/**
 * Normalised capitalisation: "Baku, Azerbaijan".
 */
place: string, date?: string, start: number, end: number, };

/**
 * One entity in the final, flat, sorted, non-overlapping list.
 */
export type Entity = { start: number, end: number, label: Label, text: string, 
/**
 * Id of the fact this mention belongs to ("p1", "o2", …).
 */
ref?: string, score?: number, };

/**
 * Entity labels: the OntoNotes set spaCy and displaCy use, plus `TITLE` for job titles.
 */
export type Label = "PERSON" | "NORP" | "FAC" | "ORG" | "GPE" | "LOC" | "PRODUCT" | "EVENT" | "WORK_OF_ART" | "LAW" | "LANGUAGE" | "DATE" | "TIME" | "PERCENT" | "MONEY" | "QUANTITY" | "ORDINAL" | "CARDINAL" | "TITLE";

/**
 * The fact table.
 */
export type Facts = { people: Array<Person>, organizations: Array<Organization>, places: Array<Place>, dates: Array<DateFact>, events: Array<Event>, quotes: Array<Quote>, acronyms: Array<Acronym>, };

export type Person = { id: string, 
/**
 * The fullest name seen.
 */
name: string, roles: Array<Role>, mentions: Array<MentionSpan>, 
/**
 * Ids of the quotes attributed to this person.
 */
quotes: Array<string>, };

export type Role = { title: string, organization?: string, country?: string, 
/**
 * The first evidence span (kept flat because the spec names `start`/`end` on roles).
 */
start: number, end: number, 
/**
 * Every place the role is stated; the same role stated twice is one role.
 */
evidence: Array<Evidence>, };

/**
 * Where a fact was stated, and which rule read it there.
 */
export type Evidence = { start: number, end: number, rule: string, };

/**
 * A span of text that refers to a fact (a person's name, an acronym, …).
 */
export type MentionSpan = { start: number, end: number, 
/**
 * How a person is named here: "name" (the full name), "surname", "given" (a first name
 * alone, "Doug" after "Doug Smith"), or "title" ("the Vice Minister"); absent for
 * organisations and places.
 */
kind?: string, };

export type Organization = { id: string, name: string, acronym?: string, country?: string, mentions: Array<MentionSpan>, };

export type Place = { id: string, name: string, 
/**
 * "country", "city", "region", …
 */
kind?: string, country?: string, mentions: Array<MentionSpan>, };

export type DateFact = { text: string, start: number, end: number, 
/**
 * A single day, month or year in ISO 8601, when the text names one.
 */
value: string | null, 
/**
 * First and last day of a range, when the text names one.
 */
from?: string, to?: string, };

export type Event = { name: string, place?: string, date?: string, start: number, end: number, 
/**
 * "event" (a named event) or "visit" (someone's visit to a place).
 */
kind: string, 
/**
 * Ids of the people taking part, when the text names them ("p1").
 */
participants?: Array<string>, rule: string, };

export type Quote = { id: string, speaker: string | null, speaker_id: string | null, text: string, start: number, end: number, rule: string, };

export type Acronym = { short: string, long: string, start: number, end: number, };
