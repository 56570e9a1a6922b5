//! Who said a quote: the subject of a verb of saying around it.
//!
//! The frame of a quote is its sentence outside the marks: the words before the opening mark
//! back to the sentence's start, and after the closing mark up to the sentence's end or the
//! next quote. In order, a quote is said by:
//!
//! 1. the subject right after it: "“…,” X said", "“…,” said X", "“…,” X, a spokesman for Y,
//!    told reporters", "“…,” she said", "“…,” it added";
//! 2. the subject of the first verb of saying before it in its sentence: "X said: “…”",
//!    "X told the court that, over the years, “…”", "X called the plan “desperate”" (a name
//!    inside the quote, or inside an appositive after the subject, is not the speaker);
//! 3. the source of "according to X", "in the words of X" or "attributed to X" in its sentence;
//! 4. a name after a dash that ends the paragraph: "“…” — X"; a person named right after a
//!    quote that opens a caption ("“…” X Image: …");
//! 5. the named subject of a sentence with no verb of saying, for a partial quote of four
//!    words or more inside it ("X studies “the adaptations insects have evolved”");
//! 6. the subject of the sentence ending the paragraph before with a colon ("X tweeted:"), or
//!    its first name when that sentence has no verb of saying ("…; he was quoted by Y;");
//! 7. for a quote that is a sentence of its own: the last speaker of its paragraph (a quote
//!    attributed or a sentence with a verb of saying: "X noted the findings matter. “…”"),
//!    else, when it opens its paragraph, the speaker of the quote in the paragraph before.
//!
//! A subject is a person, a pronoun (he/she: the first compatible person of the nearest
//! sentence naming one; it: the organisation last quoted or named), a title standing for a
//! person (one the role rules joined to its holder), or an organisation. Quotes right after a
//! naming word ("a robot named “…”", "the term “…”") and titles of works are not speech.

use std::cell::OnceCell;

use rustc_hash::FxHashMap;

use super::super::roles::{self, Ctx};
use super::super::Input;
use super::super::{organizations, people};
use super::marks::Marked;
use crate::lexicon::speech::{self, Kind};
use crate::types::{Entity, Label, Person, TokenKind};

/// Who a quote is attributed to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Speaker {
    Person(usize),
    Org(usize),
}

/// Pieces looked at around a quote, each way: bounds every scan.
const REACH: usize = 120;
/// Words between a speech verb and its subject that change nothing: "X also said".
const BETWEEN: &[&str] = &[
    "also",
    "later",
    "then",
    "has",
    "have",
    "had",
    "will",
    "would",
    "again",
    "further",
    "once",
    "previously",
    "recently",
    "earlier",
    "subsequently",
    "reportedly",
    "simply",
    "just",
    "both",
];
/// Words before a noun: "every claim", "his statement" are no verbs.
const DETERMINERS: &[&str] = &[
    "a", "an", "the", "every", "each", "his", "her", "its", "their", "our", "my", "your", "this", "these",
    "those", "no", "any", "some",
];
/// Forms of "be" before a participle: "has been told to" is no speech by the subject.
const PASSIVE: &[&str] = &["was", "were", "been", "being", "be", "is", "are", "get", "got"];
/// Words right before a quote that make it a name, not speech: "a robot named “…”".
const NAMING: &[&str] = &[
    "named",
    "called",
    "dubbed",
    "titled",
    "entitled",
    "labelled",
    "labeled",
    "nicknamed",
    "name",
    "so-called",
    "word",
    "words",
    "term",
    "phrase",
    "slogan",
    "motto",
    "hashtag",
];
/// Words before "as" that make what follows a name: "known as “…”".
const NAMING_AS: &[&str] = &["known", "referred", "billed", "such"];
const IT: &[&str] = &["it", "It"];
/// Lower-case words allowed inside a title of a work ("Lost in Translation").
const MINOR: &[&str] = &[
    "a", "an", "the", "of", "in", "on", "and", "or", "to", "for", "at", "by", "with",
];

/// How a quote found its speaker: the rule id shown with it.
pub type Found = (Speaker, &'static str);

pub struct Finder<'a> {
    pub input: &'a Input<'a>,
    /// The entities with the `ref`s earlier rules set ("the minister" → its holder).
    pub entities: &'a [Entity],
    pub ctx: &'a Ctx,
    /// The people, whose genders a pronoun speaker is resolved by.
    pub people: &'a [Person],
    /// Per person: "he" or "she" when the article says; found when a pronoun first asks, as
    /// the quotes of many articles name every speaker.
    pub genders: OnceCell<Vec<Option<&'static str>>>,
    pub quotes: &'a [Marked],
    /// The first piece of every paragraph.
    pub paragraphs: &'a [usize],
    /// Per piece: inside a quote, marks included.
    pub inside: Vec<bool>,
    /// Per piece: whether it ends a sentence, once asked ([`Self::is_end`]): only the pieces
    /// around quotes are, and deciding it for every piece cost more than the asking.
    pub ends: Vec<OnceCell<bool>>,
    /// Piece → the person a lower-case title standing for them covers it ("the secretary
    /// said"), as the title-only rule joined it. A map: few pieces are such titles, and an
    /// array per piece cost more to clear than every lookup.
    pub titles: FxHashMap<usize, usize>,
    /// Per piece: the speech verb it is, once asked ([`Self::verb`]): the scans around quotes
    /// ask about the same words again, and the verb list is long.
    pub verbs: Vec<OnceCell<Option<Kind>>>,
}

impl Finder<'_> {
    /// The speaker of every quote that is speech, in order: `(quote index, speaker, rule)`.
    pub fn attribute(&self) -> Vec<(usize, Speaker, &'static str)> {
        let mut out: Vec<(usize, Speaker, &'static str)> = Vec::new();
        for (n, q) in self.quotes.iter().enumerate() {
            let text = q.content.text(self.input.doc.text);
            if text.is_empty() || is_title_of_work(text) || self.is_named_thing(q) {
                continue;
            }
            let last = out.last().map(|&(m, s, _)| (&self.quotes[m], s));
            if let Some((s, rule)) = self.speaker_of(q, last) {
                out.push((n, s, rule));
            }
        }
        out
    }

    fn speaker_of(&self, q: &Marked, last: Option<(&Marked, Speaker)>) -> Option<Found> {
        let last_org = last.and_then(|(m, s)| match s {
            Speaker::Org(_) if m.paragraph + 1 >= q.paragraph => Some(s),
            _ => None,
        });
        let start = self.sentence_start(q.open);
        let end = q.close.map_or(q.last + 1, |c| self.clause_end(c + 1));
        if let Some(s) = self.after(q, end, last_org) {
            return Some((s, "quote-said-after"));
        }
        if let Some(s) = self.verb_subject(start, q.open, last_org) {
            return Some((s, "quote-said-before"));
        }
        if let Some(s) = self.according_to(start, end) {
            return Some((s, "quote-according-to"));
        }
        if let Some(s) = self.dash(q, end) {
            return Some((s, "quote-dash"));
        }
        if let Some(s) = self.caption(q) {
            return Some((s, "quote-caption"));
        }
        if let Some(s) = self.partial_of_subject(q, start) {
            return Some((s, "quote-subject"));
        }
        // "X tweeted:" or "X stated," closing the paragraph before; "X released the following
        // statement:" introduces a quote without a verb of saying, so a colon gives the first
        // person of its sentence.
        if q.opens_paragraph && q.open > 0 && self.input.word_in(q.open - 1, &[":", ";", ","]) {
            let from = self.sentence_start(q.open - 1);
            if let Some(s) = self.verb_subject(from, q.open - 1, last_org) {
                return Some((s, "quote-said-before"));
            }
            // "…; he was quoted by the agency on the plan;": a passive or verbless lead-in.
            if self.input.word_in(q.open - 1, &[":", ";"]) {
                if let Some(s) = self.first_name(from, q.open - 1) {
                    return Some((s, "quote-said-before"));
                }
            }
        }
        // A sentence of its own, with nothing after it in its sentence.
        // A paragraph opening where the last quote was left open continues it, whatever its
        // shape.
        let reopened = q.opens_paragraph
            && last.is_some_and(|(m, _)| {
                m.close.is_none() && m.paragraph < q.paragraph && m.paragraph + 2 >= q.paragraph
            });
        let alone = start == q.open
            && q.close
                .is_none_or(|c| self.is_end(c) || end == c + 1 || self.only_brackets(q, end))
            && (reopened || looks_like_speech(q.content.text(self.input.doc.text)));
        if !alone {
            return None;
        }
        let para_start = self.paragraph_start(q.open);
        let earlier = last.filter(|(m, _)| m.paragraph == q.paragraph);
        // The nearest sentence with a verb of saying before the quote, in its paragraph; a
        // quote attributed later in the paragraph than it speaks last.
        let mut to = start;
        while to > para_start && start - to < REACH {
            let from = self.sentence_start(to - 1);
            if earlier.is_some_and(|(m, _)| m.open >= from) {
                break;
            }
            if let Some(s) = self.verb_subject(from, to, last_org) {
                return Some((s, "quote-paragraph"));
            }
            if from >= to {
                break;
            }
            to = from;
        }
        if let Some((_, s)) = earlier {
            return Some((s, "quote-continued"));
        }
        // "X commented on the bombings.¶“…”": a paragraph opening with a quote, after one whose
        // last sentence has a verb of saying.
        if q.opens_paragraph && para_start > 0 && last.is_none_or(|(m, _)| m.paragraph + 1 < q.paragraph) {
            let from = self.sentence_start(para_start - 1);
            if let Some(s) = self.verb_subject(from, para_start, last_org) {
                return Some((s, "quote-paragraph"));
            }
        }
        // The quote before ends the paragraph before, or was left open a paragraph earlier
        // (a caption between).
        let (m, s) = last?;
        let follows = m.paragraph + 1 == q.paragraph || (m.close.is_none() && m.paragraph + 2 == q.paragraph);
        (q.opens_paragraph && follows).then_some((s, "quote-continued"))
    }

    /// "…,” X said", "…,” said X", "…” X, NATO's secretary general, told reporters".
    fn after(&self, q: &Marked, end: usize, last_org: Option<Speaker>) -> Option<Speaker> {
        let input = self.input;
        let c = q.close?;
        if input.line_break_between(c, c + 1) {
            return None;
        }
        let comma = input.word_in(c + 1, &[","]);
        let j = c + 1 + usize::from(comma);
        if j >= end {
            return None;
        }
        // A quote ending its sentence ("….” X said the…") is followed by a new sentence: only
        // an attribution closing that sentence ("X said.") is the quote's.
        let ended = self.is_end(c);
        let closes = |v: usize| !ended || v + 1 >= end || input.word_in(v + 1, &[",", ".", ";"]);
        if let Some(kind) = self.verb(j) {
            if kind == Kind::Name {
                return None;
            }
            let k = self.skip_to_name(j + 1, end);
            return self.speaker(k, q.open, last_org).filter(|_| k < end);
        }
        let k = self.skip_to_name(j, end);
        if k >= end {
            return None;
        }
        let subject = self.speaker(k, q.open, last_org)?;
        let v = self.verb_after_subject(k, end)?;
        closes(v).then_some(subject)
    }

    /// Past titles, "the", honorifics and an organisation before a title to the name:
    /// "the Vice Minister", "Mr", "Sen.", "Yukos spokesman".
    fn skip_to_name(&self, mut k: usize, end: usize) -> usize {
        let input = self.input;
        // An organisation before a title is the title's anchor, not the speaker: "Acme chief
        // executive Jane Roe told reporters".
        let anchor =
            |k: usize| matches!(self.speaker_at(k), Some(Speaker::Org(_))) && input.is(k + 1, Label::Title);
        while k < end && k < input.pieces.len() && (self.speaker_at(k).is_none() || anchor(k)) {
            let skip = input.word_in(k, &["the", "The", "."])
                || input.is(k, Label::Title)
                || (input.pieces[k].entity.is_none()
                    && (people::is_honorific(input.text(k)) || roles::is_abbreviated_title(input.text(k))))
                || (input.is(k, Label::Org) && input.is(k + 1, Label::Title))
                // "the finance minister, Mark Dunn, said": a title in apposition before the name.
                || (input.word_in(k, &[","])
                    && k > 0
                    && input.is(k - 1, Label::Title)
                    && matches!(self.speaker_at(k + 1), Some(Speaker::Person(_))));
            // "team member X": lower-case role words right before a person.
            let role_words = self.plain_lower(k)
                && (k + 1..(k + 4).min(end)).any(|n| matches!(self.speaker_at(n), Some(Speaker::Person(_))))
                && (k..(k + 4).min(end))
                    .take_while(|&n| self.speaker_at(n).is_none())
                    .all(|n| self.plain_lower(n) || input.is(n, Label::Title) || input.is(n, Label::Org));
            if !skip && !role_words {
                break;
            }
            k += 1;
        }
        k
    }

    /// Whether piece `k` may stand between a subject and its verb of saying: a word of
    /// [`BETWEEN`], an adverb in -ly ("famously", "angrily") or a reflexive ("X himself said").
    fn between(&self, k: usize) -> bool {
        let input = self.input;
        let w = input.text(k);
        input.word_in(k, BETWEEN)
            || input.pieces[k].entity.is_none()
                && input.pieces[k].kind == crate::types::TokenKind::Word
                && (w.len() > 4 && w.ends_with("ly") && w.bytes().all(|b| b.is_ascii_lowercase())
                    || matches!(w, "himself" | "herself" | "themselves" | "itself"))
    }

    /// The verb of saying after the subject at `k`: past adverbs, an appositive (", … ,"),
    /// a bracket, or the noun a possessive subject owns ("X's statement added").
    fn verb_after_subject(&self, k: usize, end: usize) -> Option<usize> {
        let input = self.input;
        let mut v = k + 1;
        // The rest of a title standing for its holder: "the prime minister said".
        let holder = self.title_holder(k);
        while v < end && holder.is_some() && self.title_holder(v) == holder {
            v += 1;
        }
        if self.possessive(k) {
            while v < end && v < k + 9 && self.plain_lower(v) && self.verb(v).is_none() {
                v += 1;
            }
        }
        if input.word_in(v, &["("]) {
            v = (v..end.min(v + 12)).find(|&x| input.word_in(x, &[")"]))? + 1;
        }
        // An appositive after the name, or the comma closing one before it ("the finance
        // minister, Mark Dunn, said").
        if input.word_in(v, &[","]) {
            if self.verb(v + 1).is_some() {
                v += 1;
            } else {
                let close = (v + 1..end.min(v + 30)).find(|&x| input.word_in(x, &[","]))?;
                v = close + 1;
            }
        }
        while v < end && self.between(v) {
            v += 1;
        }
        // "X was quoted as saying", "X is quoted as telling": the speech verb after it.
        if input.word_in(v, &["was", "is", "were"])
            && input.word_in(v + 1, &["quoted"])
            && input.word_in(v + 2, &["as"])
        {
            v += 3;
        }
        (v < end && self.verb(v).is_some()).then_some(v)
    }

    /// The subject of the first verb of saying in `from..to` whose subject is named.
    fn verb_subject(&self, from: usize, to: usize, last_org: Option<Speaker>) -> Option<Speaker> {
        let input = self.input;
        for v in from..to {
            // The word before is read only at a verb: few words are verbs.
            let noun_or_passive = || {
                v > 0
                    && (input.word_in(v - 1, PASSIVE)
                        || super::super::lower_in(input.text(v - 1), DETERMINERS))
            };
            if self.inside[v] || self.verb(v).is_none() || noun_or_passive() {
                continue;
            }
            if let Some(s) = self.subject_before(from, v, last_org) {
                return Some(s);
            }
            // "X defended the plan, promising “…”": a participle's subject is its sentence's.
            if input.text(v).ends_with("ing") {
                if let Some(s) = (from..v).find_map(|k| match self.named_subject(k, from, v, last_org) {
                    s @ Some(Speaker::Person(_)) => s,
                    _ => None,
                }) {
                    return Some(s);
                }
            }
        }
        // "X issued a statement", "in remarks to": a noun of saying after a verb.
        for n in from + 2..to {
            if !self.inside[n]
                && input.word_in(n, speech::NOUNS)
                && input.word_in(n - 1, &["a", "an", "the"])
                && self.plain_lower(n - 2)
            {
                if let Some(s) = self.subject_before(from, n - 2, last_org) {
                    return Some(s);
                }
            }
        }
        None
    }

    /// The subject of the verb at `v`, looking back no further than `from`: the name right
    /// before it (past adverbs), or before an appositive or bracket, or owning the noun before
    /// it ("PC Weekly's analysis concluded", "the Acme letter reads").
    fn subject_before(&self, from: usize, v: usize, last_org: Option<Speaker>) -> Option<Speaker> {
        let input = self.input;
        let mut k = v.checked_sub(1)?;
        while k > from && self.between(k) {
            k -= 1;
        }
        if k < from || self.inside[k] {
            return None;
        }
        if input.word_in(k, &[")"]) {
            k = (from..k)
                .rev()
                .find(|&x| input.word_in(x, &["("]))?
                .checked_sub(1)?;
            if k < from {
                return None;
            }
        }
        if let Some(s) = self.named_subject(k, from, v, last_org) {
            // "X, commander of Y said": an organisation ending an appositive left open.
            if let Speaker::Org(_) = s {
                return Some(self.person_before_role(k, from, v, last_org).unwrap_or(s));
            }
            return Some(s);
        }
        if input.word_in(k, &[","]) {
            // Up to three comma-set stretches back: "X, editor at large at Y, said",
            // "X, curator at the University of Y, Z, said"; a person before them speaks, else
            // the first organisation found.
            let mut comma = k;
            let mut org = None;
            for _ in 0..3 {
                let lo = comma.saturating_sub(30).max(from);
                let Some(prev) = (lo..comma)
                    .rev()
                    .find(|&x| input.word_in(x, &[",", "("]) || self.inside[x])
                else {
                    return org;
                };
                if self.inside[prev] || prev == 0 {
                    return org;
                }
                // "The head of Y, X, has called": the stretch is the name alone.
                if let Some(s @ Speaker::Person(_)) = self.named_subject(comma - 1, prev + 1, v, last_org) {
                    if (prev + 1..comma - 1).all(|t| self.input.is(t, Label::Title)) {
                        return Some(s);
                    }
                }
                match self.named_subject(prev - 1, from, v, last_org) {
                    Some(s @ Speaker::Person(_)) => return Some(s),
                    // An organisation speaks unless it ends a role ("a crew chief in Y, Z,
                    // said").
                    Some(s) if prev < 2 || !self.plain_lower(prev - 2) => {
                        org = org.or(Some(s));
                    }
                    _ => {}
                }
                comma = prev;
            }
            return org;
        }
        // A noun owned by the subject: "X's statement added", "the Acme letter reads".
        if self.plain_lower(k) {
            let mut n = k;
            while n > from && n + 9 > k && self.plain_lower(n) {
                n -= 1;
            }
            if self.plain_lower(n) || self.inside[n] {
                return None;
            }
            let by = n > 0 && input.word_in(n - 1, &["by"]);
            let owner = self.possessive(n) || input.is(n, Label::Org) && !by;
            if owner && n + 3 >= k || self.possessive(n) {
                return self.speaker(n, v, last_org);
            }
        }
        None
    }

    /// "X, commander of Y said": the person before the comma that opens a role ending in the
    /// organisation at `k` (lower-case words, titles and "of" between).
    fn person_before_role(
        &self,
        k: usize,
        from: usize,
        v: usize,
        last_org: Option<Speaker>,
    ) -> Option<Speaker> {
        let input = self.input;
        let lo = k.saturating_sub(10).max(from);
        let comma = (lo..k)
            .rev()
            .take_while(|&x| self.plain_lower(x) || input.is(x, Label::Title) || input.word_in(x, &[","]))
            .find(|&x| input.word_in(x, &[","]))?;
        if comma + 1 >= k || !(self.plain_lower(comma + 1) || input.is(comma + 1, Label::Title)) {
            return None;
        }
        match self.named_subject(comma.checked_sub(1)?, from, v, last_org)? {
            s @ Speaker::Person(_) => Some(s),
            Speaker::Org(_) => None,
        }
    }

    /// The speaker named by the subject ending at `k` (no earlier than `from`): a name,
    /// pronoun, title standing for a person or organisation, not the agent of a participle
    /// ("a letter seen by X").
    fn named_subject(&self, k: usize, from: usize, v: usize, last_org: Option<Speaker>) -> Option<Speaker> {
        if k < from || self.inside[k] {
            return None;
        }
        let s = self.speaker(k, v, last_org)?;
        let by = k > from && self.input.word_in(k - 1, &["by", "to", "from"]);
        (!by).then_some(s)
    }

    /// "according to X", "in the words of the prosecutor, X"; "…, quoting Y" after the source
    /// names the one it relied on.
    fn according_to(&self, from: usize, to: usize) -> Option<Speaker> {
        let input = self.input;
        for a in from..to {
            if self.inside[a] {
                continue;
            }
            let Some(phrase) = speech::SOURCE_BEFORE
                .iter()
                .find(|p| p.iter().enumerate().all(|(n, w)| lower_is(input.text(a + n), w)))
            else {
                continue;
            };
            let after = a + phrase.len();
            let quoting =
                (after..to.min(after + 14)).find(|&x| !self.inside[x] && input.word_in(x, &["quoting"]));
            if let Some(s) = quoting.and_then(|x| self.first_name(x + 1, to.min(x + 10))) {
                return Some(s);
            }
            return self.first_name(after, to.min(after + 12));
        }
        None
    }

    /// The first person named in `from..to` before a quote or the sentence's end, else the
    /// first organisation: "the prosecutor, X, QC,", "the Y newspaper".
    fn first_name(&self, from: usize, to: usize) -> Option<Speaker> {
        let mut org = None;
        for k in from..to {
            if self.inside[k] || self.is_end(k) {
                break;
            }
            match self.speaker_at(k) {
                Some(s @ Speaker::Person(_)) => return Some(s),
                Some(s) => org = org.or(Some(s)),
                None => {}
            }
        }
        org
    }

    /// A photo caption: "“…” X." or "“…” X Image: …" — the person named right after the
    /// closing mark, then the paragraph's end or a credit ("Image:", "Photo:").
    fn caption(&self, q: &Marked) -> Option<Speaker> {
        let input = self.input;
        let c = q.close?;
        if !q.opens_paragraph || input.line_break_between(c, c + 1) || c + 1 >= input.pieces.len() {
            return None;
        }
        let s @ Speaker::Person(_) = self.speaker_at(c + 1)? else {
            return None;
        };
        let mut k = c + 1;
        while self.speaker_at(k) == Some(s) {
            k += 1;
        }
        let ends_paragraph = |k: usize| k >= input.pieces.len() || input.line_break_between(k - 1, k);
        let credit = input.word_in(k + 1, &[":"]) && input.text(k).chars().all(char::is_alphabetic);
        let closed = ends_paragraph(k) || input.word_in(k, &["."]) && ends_paragraph(k + 1);
        (closed || credit).then_some(s)
    }

    /// A partial quote of several words inside a sentence without a verb of saying, whose
    /// subject is named at its start: "X, of the University of Y, studies “the adaptations
    /// insects have evolved …”", "Y is a site which aims to “build the largest manual”". Short
    /// scare quotes stay out.
    fn partial_of_subject(&self, q: &Marked, start: usize) -> Option<Speaker> {
        const MIN_WORDS: usize = 4;
        let input = self.input;
        // Not a document quoted after a colon; tested before the words are read, since most
        // quotes open their sentence and some are whole paragraphs.
        if start == q.open || input.word_in(q.open - 1, &[":"]) {
            return None;
        }
        // Running words, not a title in capitals ("Photographs and Prints from the Collection").
        let (mut words, mut lower) = (0, 0);
        for word in q.content.text(input.doc.text).split_whitespace() {
            words += 1;
            lower += usize::from(word.starts_with(char::is_lowercase));
        }
        if words < MIN_WORDS || 2 * lower < words {
            return None;
        }
        if (start..q.open).any(|k| self.verb(k).is_some()) {
            return None;
        }
        let k = if input.word_in(start, &["The"]) {
            start + 1
        } else {
            start
        };
        self.speaker_at(k)
    }

    /// "“…” — X" or "“…” - X" closing the paragraph.
    fn dash(&self, q: &Marked, end: usize) -> Option<Speaker> {
        let input = self.input;
        let c = q.close?;
        if !input.word_in(c + 1, &["-", "—", "–"]) {
            return None;
        }
        let k = self.skip_to_name(c + 2, end);
        match self.speaker_at(k)? {
            s @ Speaker::Person(_) if k + 2 >= end => Some(s),
            _ => None,
        }
    }

    /// Whether the words right before the opening mark name a thing: "a robot named “…”".
    fn is_named_thing(&self, q: &Marked) -> bool {
        let input = self.input;
        let plain = |k: usize| input.pieces[k].entity.is_none();
        q.open > 0
            && plain(q.open - 1)
            && (super::super::lower_in(input.text(q.open - 1), NAMING)
                || q.open > 1
                    && input.text(q.open - 1) == "as"
                    && plain(q.open - 2)
                    && super::super::lower_in(input.text(q.open - 2), NAMING_AS))
    }

    /// Whether only brackets and punctuation follow the quote in its clause ("“…” (it).").
    fn only_brackets(&self, q: &Marked, end: usize) -> bool {
        let input = self.input;
        let Some(c) = q.close else { return true };
        let mut depth = 0usize;
        (c + 1..end).all(|k| {
            match input.text(k) {
                "(" | "[" => depth += 1,
                ")" | "]" => depth = depth.saturating_sub(1),
                _ => {}
            }
            depth > 0 || input.pieces[k].kind == TokenKind::Punct
        })
    }

    /// The speech verb piece `k` is, if any.
    fn verb(&self, k: usize) -> Option<Kind> {
        let p = self.input.pieces.get(k)?;
        if p.entity.is_some() || p.kind != TokenKind::Word || self.inside[k] {
            return None;
        }
        *self.verbs[k].get_or_init(|| speech::kind(self.input.text(k)))
    }

    /// A plain lower-case word outside quotes.
    fn plain_lower(&self, k: usize) -> bool {
        self.input
            .pieces
            .get(k)
            .is_some_and(|p| p.entity.is_none() && p.kind == TokenKind::Word)
            && !self.inside[k]
            && !self.input.starts_upper(k)
    }

    /// Whether the name at `k` is followed by a possessive "'s" or "'".
    fn possessive(&self, k: usize) -> bool {
        let Some(p) = self.input.pieces.get(k) else {
            return false;
        };
        let rest = &self.input.doc.text[p.span.end..];
        p.entity.is_some()
            && (rest.starts_with("'s") || rest.starts_with("’s") || rest.starts_with(['\'', '’']))
            || self.input.text(k).ends_with("'s")
            || self.input.text(k).ends_with("’s")
    }

    /// A named speaker at `k`: a person mention, a title joined to its holder, or an
    /// organisation.
    fn speaker_at(&self, k: usize) -> Option<Speaker> {
        if let Some(p) = self.ctx.person(k).or_else(|| self.title_holder(k)) {
            return Some(Speaker::Person(p));
        }
        let piece = self.input.pieces.get(k)?;
        let e = piece.entity?;
        let r = self.entities.get(e as usize)?.reference.as_deref()?;
        let n: usize = r.get(1..)?.parse().ok()?;
        match (r.as_bytes()[0], piece.label) {
            (b'p', _) => Some(Speaker::Person(n.checked_sub(1)?)),
            (b'o', Some(Label::Org)) => Some(Speaker::Org(n.checked_sub(1)?)),
            _ => None,
        }
    }

    /// The person a title standing for them at piece `k` refers to.
    fn title_holder(&self, k: usize) -> Option<usize> {
        self.titles.get(&k).copied()
    }

    /// The speaker piece `k` stands for: a name, or a pronoun resolved before `at`.
    fn speaker(&self, k: usize, at: usize, last_org: Option<Speaker>) -> Option<Speaker> {
        if self.inside.get(k).copied().unwrap_or(true) {
            return None;
        }
        if let Some(s) = self.speaker_at(k) {
            return Some(s);
        }
        let input = self.input;
        if let Some(pronoun) = roles::personal_pronoun(input.text(k)) {
            return self.antecedent(k.min(at), pronoun);
        }
        // "I say, 'Hey John'" in an interview's answer.
        if input.word_in(k, &["I"]) {
            return self.ctx.first_person(input, k).map(Speaker::Person);
        }
        // "it said", "the club said": the organisation last quoted or named.
        let body = k > 0
            && input.word_in(k - 1, &["the", "The"])
            && input.pieces[k].entity.is_none()
            && organizations::is_body_noun(input.text(k));
        if input.word_in(k, IT) || body {
            return last_org.or_else(|| self.org_before(k.min(at)));
        }
        None
    }

    /// "he"/"she" before piece `k`: whom the roles' pronoun subjects resolve to
    /// ([`roles::antecedent`]); names inside quotes are not antecedents.
    fn antecedent(&self, k: usize, pronoun: &str) -> Option<Speaker> {
        let known = self.ctx.subjects();
        let before = known.partition_point(|&(at, _)| at < k);
        roles::antecedent(
            self.input,
            &known[..before],
            self.genders.get_or_init(|| {
                self.people
                    .iter()
                    .map(|p| people::gender(self.input, p))
                    .collect()
            }),
            k,
            pronoun,
            4 * REACH,
            |i| self.inside[i],
        )
        .map(Speaker::Person)
    }

    /// "it": the first organisation of the nearest sentence before `k` naming one.
    fn org_before(&self, k: usize) -> Option<Speaker> {
        let mut best = None;
        for i in (k.saturating_sub(REACH)..k).rev() {
            if self.is_end(i) && best.is_some() {
                break;
            }
            if !self.inside[i] {
                if let Some(s @ Speaker::Org(_)) = self.speaker_at(i) {
                    best = Some(s);
                }
            }
        }
        best
    }

    fn is_end(&self, i: usize) -> bool {
        *self.ends[i].get_or_init(|| ends_sentence(self.input, &self.inside, i))
    }

    /// The first piece of the sentence holding piece `i` (quotes are inside sentences).
    fn sentence_start(&self, i: usize) -> usize {
        let para = self.paragraph_start(i);
        let lo = i.saturating_sub(REACH).max(para);
        (lo..i).rev().find(|&k| self.is_end(k)).map_or(lo, |k| k + 1)
    }

    /// The end (exclusive) of the clause from `i`: a sentence end, the next quote, or the
    /// paragraph's end.
    fn clause_end(&self, i: usize) -> usize {
        let input = self.input;
        let hi = (i + REACH).min(input.pieces.len());
        (i..hi)
            .find(|&k| self.inside[k] || self.is_end(k) || (k > 0 && input.line_break_between(k - 1, k)))
            .unwrap_or(hi)
    }

    fn paragraph_start(&self, i: usize) -> usize {
        let n = self.paragraphs.partition_point(|&s| s <= i);
        self.paragraphs[n.saturating_sub(1)]
    }
}

/// Per piece, whether it ends a sentence, to be decided when asked ([`ends_sentence`]) but for
/// the quotes' closing marks, decided here: a closing mark after ". ! ?" inside the quote ends
/// the sentence before what [`next_starts`] accepts.
pub fn sentence_ends(input: &Input, quotes: &[Marked], inside: &[bool]) -> Vec<OnceCell<bool>> {
    let ends = vec![OnceCell::new(); input.pieces.len()];
    for q in quotes {
        let Some(c) = q.close else { continue };
        let text = q.content.text(input.doc.text);
        if text.trim_end_matches([')', ']']).ends_with(['.', '!', '?']) && next_starts(input, inside, c) {
            // Set once: a mark closing two quotes closes the same sentence.
            let _ = ends[c].set(true);
        }
    }
    ends
}

/// Whether piece `i` ends a sentence: ". ! ?" outside quotes, not after an abbreviation ("Mr.",
/// "Sen.", "J."), and before what [`next_starts`] accepts. Marks inside quotes end none but
/// the closing marks [`sentence_ends`] decided.
fn ends_sentence(input: &Input, inside: &[bool], i: usize) -> bool {
    if inside[i] || !input.word_in(i, &[".", "!", "?"]) {
        return false;
    }
    if input.text(i) == "." && i > 0 {
        let prev = input.text(i - 1);
        let abbreviation = input.pieces[i - 1].entity.is_none()
            && (people::is_honorific(prev)
                || roles::is_abbreviated_title(prev)
                || (prev.chars().count() == 1 && input.starts_upper(i - 1)));
        if abbreviation {
            return false;
        }
    }
    next_starts(input, inside, i)
}

/// Whether a sentence may start after piece `i`: at the end, a line break, a capital, a quote
/// or a number.
fn next_starts(input: &Input, inside: &[bool], i: usize) -> bool {
    let next = i + 1;
    next >= input.pieces.len()
        || input.line_break_between(i, next)
        || input.starts_upper(next)
        || inside[next]
        || input.pieces[next].kind == TokenKind::Number
}

fn lower_is(word: &str, want: &str) -> bool {
    word.eq_ignore_ascii_case(want)
}

/// "Lost in Translation": every word capitalised but minor ones, and no closing punctuation.
fn is_title_of_work(text: &str) -> bool {
    let ends_like_speech = text.ends_with(['.', ',', '!', '?', '…']);
    !ends_like_speech
        // Words are counted only as far as the test needs: a quote may be paragraphs long.
        && text.split_whitespace().nth(1).is_some()
        && text.split_whitespace().all(|w| {
            MINOR.contains(&w)
                || w.chars()
                    .next()
                    .is_some_and(|c| c.is_uppercase() || !c.is_alphabetic())
        })
}

/// Several words, a sentence or clause rather than a phrase.
fn looks_like_speech(text: &str) -> bool {
    // Four words at least, counted no further.
    text.split_whitespace().nth(3).is_some()
        && (text
            .trim_end_matches(['”', '"', '’', ')', ']'])
            .ends_with(['.', ',', '!', '?', '…'])
            || text
                .chars()
                .next()
                .is_some_and(|c| c.is_uppercase() || c == '[' || c == '.'))
}
