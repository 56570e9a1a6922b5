//! Direct speech and its speaker. Quotes are found in “curly”, "straight" and ‘single’ marks
//! within a paragraph (a quote left open at the end of a paragraph is continued by the next,
//! as news copy does). A quote is speech when it is attributed next to its marks:
//!
//! - after: "“…,” said Vice Minister X", "“…,” X told reporters", "“…,” she said";
//! - before: "X said: “…”", "X told reporters, “…”";
//! - or when it continues the last attributed quote: later in the same paragraph, or opening
//!   the next paragraph, with the shape of speech (several words ending in punctuation).
//!
//! Everything else is not speech: scare quotes ("a “green corridor” approach") and titles of
//! works ("the film “Lost in Translation”"). Pronoun speakers go to the nearest person named
//! before the quote whose courtesy title does not contradict the pronoun.

use super::people::{self, gender};
use super::roles::{self, Ctx};
use super::{Input, Rule};
use crate::types::{Entity, Facts, Label, Quote, Span, TokenKind};

pub struct Quotes;

const SPEECH_VERBS: &[&str] = &[
    "said",
    "says",
    "say",
    "told",
    "tells",
    "added",
    "adds",
    "stated",
    "declared",
    "explained",
    "noted",
    "insisted",
    "warned",
    "argued",
    "asked",
    "replied",
    "wrote",
    "continued",
    "announced",
    "emphasised",
    "emphasized",
    "stressed",
    "commented",
    "recalled",
    "admitted",
    "claimed",
    "concluded",
    "urged",
];
const PRONOUNS: &[&str] = &["he", "she", "He", "She"];
/// Lower-case words allowed inside a title of a work ("Lost in Translation").
const MINOR: &[&str] = &[
    "a", "an", "the", "of", "in", "on", "and", "or", "to", "for", "at", "by", "with",
];

/// A quoted stretch: the pieces of its marks and its content.
struct Marked {
    open: usize,
    /// The closing mark, or `None` when the paragraph ends first.
    close: Option<usize>,
    content: Span,
    paragraph: usize,
    /// Whether the opening mark starts its paragraph.
    opens_paragraph: bool,
}

/// Who a quote is attributed to.
#[derive(Clone, Copy, PartialEq)]
enum Speaker {
    Person(usize),
    Org(usize),
}

impl Rule for Quotes {
    fn id(&self) -> &'static str {
        "quotes"
    }

    fn apply(&self, input: &Input, facts: &mut Facts, entities: &mut [Entity]) {
        let ctx = input.ctx(facts);
        let mut mentions: Vec<(usize, usize)> = facts
            .people
            .iter()
            .enumerate()
            .flat_map(|(p, person)| person.mentions.iter().map(move |m| (m.start, p)))
            .collect();
        mentions.sort_unstable();
        let genders: Vec<Option<&str>> = facts.people.iter().map(|p| gender(input, p)).collect();
        let finder = Finder {
            input,
            entities,
            ctx,
            mentions: &mentions,
            genders: &genders,
        };
        // The last speech quote: its speaker and paragraph.
        let mut last: Option<(Speaker, usize)> = None;
        for q in marked(input) {
            let text = q.content.text(input.doc.text);
            if text.is_empty() || is_title_of_work(text) {
                continue;
            }
            let found = finder
                .after(&q)
                .map(|s| (s, "quote-said-after"))
                .or_else(|| finder.before(&q).map(|s| (s, "quote-said-before")))
                .or_else(|| {
                    let (s, para) = last?;
                    let continues = para == q.paragraph || (para + 1 == q.paragraph && q.opens_paragraph);
                    (continues && looks_like_speech(text)).then_some((s, "quote-continued"))
                });
            let Some((speaker, rule)) = found else { continue };
            last = Some((speaker, q.paragraph));
            let id = format!("q{}", facts.quotes.len() + 1);
            let (name, speaker_id) = match speaker {
                Speaker::Person(p) => {
                    facts.people[p].quotes.push(id.clone());
                    (facts.people[p].name.clone(), facts.people[p].id.clone())
                }
                Speaker::Org(o) => (
                    facts.organizations[o].name.clone(),
                    facts.organizations[o].id.clone(),
                ),
            };
            facts.quotes.push(Quote {
                id,
                speaker: Some(name),
                speaker_id: Some(speaker_id),
                text: text.to_string(),
                start: q.content.start,
                end: q.content.end,
                rule,
            });
        }
    }
}

/// Every quoted stretch of the article, in order.
fn marked(input: &Input) -> Vec<Marked> {
    let mut out = Vec::new();
    let mut paragraph = 0;
    // The open mark: its piece and the character that closes it.
    let mut open: Option<(usize, &str)> = None;
    let end_open =
        |out: &mut Vec<Marked>, open: &mut Option<(usize, &str)>, close: Option<usize>, end: usize, para| {
            if let Some((o, _)) = open.take() {
                let start = input.pieces[o].span.end;
                let raw = input.doc.text.get(start..end).unwrap_or("");
                // All-blank content trims to an empty span at its start.
                let lead = (raw.len() - raw.trim_start().len()).min(raw.trim_end().len());
                out.push(Marked {
                    open: o,
                    close,
                    content: Span::new(start + lead, start + raw.trim_end().len()),
                    paragraph: para,
                    opens_paragraph: o == 0 || input.line_break_between(o - 1, o),
                });
            }
        };
    for i in stops(input) {
        if i > 0 && input.line_break_between(i - 1, i) {
            end_open(&mut out, &mut open, None, input.pieces[i - 1].span.end, paragraph);
            paragraph += 1;
        }
        let p = input.pieces[i];
        if p.entity.is_some() || p.kind != TokenKind::Punct {
            continue;
        }
        let mark = input.text(i);
        match (open, mark) {
            (Some((_, closer)), m) if m == closer => {
                end_open(&mut out, &mut open, Some(i), p.span.start, paragraph);
            }
            (Some((_, "’")), "“" | "\"") | (None, "“" | "\"" | "‘") => {
                open = Some((
                    i,
                    if mark == "“" {
                        "”"
                    } else if mark == "‘" {
                        "’"
                    } else {
                        mark
                    },
                ));
            }
            _ => {}
        }
    }
    if let Some(last) = input.pieces.last() {
        end_open(&mut out, &mut open, None, last.span.end, paragraph);
    }
    out
}

/// The pieces [`marked`] must look at, in order: every piece after a line break and every
/// piece that may be a quote mark (starting with `"`, or with the byte 0xE2 that starts “ ” ‘ ’),
/// found by searching the text for those bytes; the other pieces change nothing and are most.
fn stops(input: &Input) -> Vec<usize> {
    let pieces = &input.pieces;
    let bytes = input.doc.text.as_bytes();
    let mut out: Vec<usize> = Vec::new();
    // The first piece starting at or after the byte looked at: positions ascend, so it only
    // moves forward (a few pieces per byte found, where a binary search cost more).
    let mut i = 0;
    for at in memchr::memchr3_iter(b'\n', b'"', 0xE2, bytes) {
        while pieces.get(i).is_some_and(|p| p.span.start < at) {
            i += 1;
        }
        let starts_here = pieces.get(i).is_some_and(|p| p.span.start == at);
        let stop = if bytes[at] == b'\n' {
            // The first piece after the break.
            i + usize::from(starts_here)
        } else if starts_here {
            i
        } else {
            continue;
        };
        if stop < pieces.len() && out.last() != Some(&stop) {
            out.push(stop);
        }
    }
    out
}

/// "Lost in Translation": every word capitalised but minor ones, and no closing punctuation.
fn is_title_of_work(text: &str) -> bool {
    let ends_like_speech = text.ends_with(['.', ',', '!', '?', '…']);
    !ends_like_speech
        && text.split_whitespace().count() > 1
        && text.split_whitespace().all(|w| {
            MINOR.contains(&w)
                || w.chars()
                    .next()
                    .is_some_and(|c| c.is_uppercase() || !c.is_alphabetic())
        })
}

/// Several words ending as a sentence or clause does.
fn looks_like_speech(text: &str) -> bool {
    text.split_whitespace().count() >= 4
        && text
            .trim_end_matches(['”', '"', '’'])
            .ends_with(['.', ',', '!', '?', '…'])
}

struct Finder<'a> {
    input: &'a Input<'a>,
    entities: &'a [Entity],
    ctx: &'a Ctx,
    mentions: &'a [(usize, usize)],
    genders: &'a [Option<&'a str>],
}

impl Finder<'_> {
    /// "…,” said [Title] X" / "…,” X said" / "…,” she said".
    fn after(&self, q: &Marked) -> Option<Speaker> {
        let input = self.input;
        let c = q.close?;
        let j = c + 1 + usize::from(input.word_in(c + 1, &[","]));
        if !self.same_paragraph(j, q.open) {
            return None;
        }
        if input.word_in(j, SPEECH_VERBS) {
            let mut k = j + 1;
            while input.is(k, Label::Title) && self.speaker(k, q.open).is_none() || self.skipped(k) {
                k += 1;
            }
            return self.speaker(k, q.open).filter(|_| self.same_paragraph(k, q.open));
        }
        // The subject may be a title with a name: "Vice Minister X said".
        let mut k = j;
        while input.is(k, Label::Title) && self.speaker(k, q.open).is_none() || self.skipped(k) {
            k += 1;
        }
        let speaker = self.speaker(k, q.open)?;
        let verb = k + 1 + usize::from(input.word_in(k + 1, &["also", "later", "then"]));
        (input.word_in(verb, SPEECH_VERBS) && self.same_paragraph(verb, q.open)).then_some(speaker)
    }

    /// "X said: “…”", "X told reporters, “…”", "X said that “…”".
    fn before(&self, q: &Marked) -> Option<Speaker> {
        let input = self.input;
        let mut j = q.open.checked_sub(1)?;
        if input.word_in(j, &[":", ",", "that"]) {
            j = j.checked_sub(1)?;
        }
        let v = (j.saturating_sub(3)..=j)
            .rev()
            .find(|&v| input.word_in(v, SPEECH_VERBS))?;
        // "… he said. “…”" is the previous sentence's attribution, not this quote's.
        if (v..q.open).any(|k| input.word_in(k, &[".", "!", "?"])) {
            return None;
        }
        let mut s = v.checked_sub(1)?;
        if input.word_in(s, &["also", "later", "then"]) {
            s = s.checked_sub(1)?;
        }
        if !self.same_paragraph(s, q.open) {
            return None;
        }
        self.speaker(s, q.open)
    }

    /// The speaker piece `k` names: a person, a title standing for one, a pronoun or an
    /// organisation.
    fn speaker(&self, k: usize, quote: usize) -> Option<Speaker> {
        let input = self.input;
        if let Some(p) = self.ctx.person(k) {
            return Some(Speaker::Person(p));
        }
        let piece = input.pieces.get(k)?;
        if let Some(e) = piece.entity {
            let r = self.entities[e].reference.as_deref()?;
            let n: usize = r.get(1..)?.parse().ok()?;
            return match (r.as_bytes()[0], piece.label) {
                (b'p', _) => Some(Speaker::Person(n - 1)),
                (b'o', Some(Label::Org)) => Some(Speaker::Org(n - 1)),
                _ => None,
            };
        }
        if !input.word_in(k, PRONOUNS) {
            return None;
        }
        let pronoun = input.text(k).to_lowercase();
        let before = piece.span.start.min(input.pieces[quote].span.start);
        let upto = self.mentions.partition_point(|&(start, _)| start < before);
        self.mentions[..upto]
            .iter()
            .rev()
            .take(50)
            .find(|&&(_, p)| self.genders[p].is_none_or(|g| g == pronoun))
            .map(|&(_, p)| Speaker::Person(p))
    }

    /// Words between a speech verb and its speaker's name: "said the Vice Minister", "Mr
    /// Blair", "Sen. John Kerry".
    fn skipped(&self, k: usize) -> bool {
        let input = self.input;
        let w = input.text(k);
        input.word_in(k, &["the", "The", "."])
            || input.pieces.get(k).is_some_and(|p| p.entity.is_none())
                && (people::is_honorific(w) || roles::is_abbreviated_title(w))
    }

    fn same_paragraph(&self, a: usize, b: usize) -> bool {
        let (a, b) = (a.min(b), a.max(b));
        b < self.input.pieces.len()
            && !self.input.doc.text[self.input.pieces[a].span.start..self.input.pieces[b].span.start]
                .contains('\n')
    }
}

#[cfg(test)]
mod tests {
    use crate::facts::testing::facts;
    use crate::types::Facts;
    use crate::types::Label::*;

    #[test]
    fn stops_cover_every_mark_and_paragraph() {
        let text = "“Yes,” said Mr Smith — in \"Paris\".\n\n‘No’, it’s not.\r\nHe left.\n“";
        crate::facts::testing::input(text, &[("Paris", Gpe)], |inp| {
            let stops = super::stops(inp);
            let marks = ["“", "”", "\"", "‘", "’"];
            let wanted: Vec<usize> = (0..inp.pieces.len())
                .filter(|&i| {
                    (i > 0 && inp.line_break_between(i - 1, i))
                        || (inp.pieces[i].entity.is_none() && marks.contains(&inp.text(i)))
                })
                .collect();
            assert_eq!(wanted.len(), 8, "{wanted:?}");
            assert!(
                wanted.iter().all(|i| stops.contains(i)),
                "{stops:?} misses some of {wanted:?}"
            );
            assert!(stops.windows(2).all(|w| w[0] < w[1]), "{stops:?}");
        });
    }

    fn quotes(f: &Facts) -> Vec<(&str, &str, &str)> {
        f.quotes
            .iter()
            .map(|q| (q.speaker.as_deref().unwrap_or(""), q.text.as_str(), q.rule))
            .collect()
    }

    #[test]
    fn said_after_with_title_and_continuation_in_the_paragraph() {
        let text = "Vice Minister Loreta Maskaliovienė came.\n\n“We are partners. Today marks a stage,” said Vice \
                    Minister Maskaliovienė during her address. “Our goal is not only to share experience.”\n\n\
                    This includes a “green corridor” approach.";
        let (f, _) = facts(
            text,
            &[
                ("Vice Minister", Title),
                ("Loreta Maskaliovienė", Person),
                ("Vice Minister", Title),
                ("Maskaliovienė", Person),
            ],
        );
        assert_eq!(
            quotes(&f),
            [
                (
                    "Loreta Maskaliovienė",
                    "We are partners. Today marks a stage,",
                    "quote-said-after"
                ),
                (
                    "Loreta Maskaliovienė",
                    "Our goal is not only to share experience.",
                    "quote-continued"
                ),
            ]
        );
        assert_eq!(f.people[0].quotes, ["q1", "q2"]);
    }

    #[test]
    fn said_before_and_straight_quotes() {
        let text = "Mike Lake said: \"We will appeal the ruling.\" Then Tony Blair told reporters, \"No.\"";
        let (f, _) = facts(text, &[("Mike Lake", Person), ("Tony Blair", Person)]);
        assert_eq!(
            quotes(&f),
            [
                ("Mike Lake", "We will appeal the ruling.", "quote-said-before"),
                ("Tony Blair", "No.", "quote-said-before")
            ]
        );
    }

    #[test]
    fn name_then_verb_after_and_pronouns() {
        let text =
            "Mr Blair met Mrs Thatcher. ‘It went well,’ he said. “We agreed,” Mr Blair told reporters. \
                    “Nothing was agreed,” she said.";
        let (f, _) = facts(
            text,
            &[("Blair", Person), ("Thatcher", Person), ("Blair", Person)],
        );
        assert_eq!(
            quotes(&f),
            [
                ("Blair", "It went well,", "quote-said-after"),
                ("Blair", "We agreed,", "quote-said-after"),
                ("Thatcher", "Nothing was agreed,", "quote-said-after"),
            ]
        );
    }

    #[test]
    fn open_quote_continues_into_the_next_paragraph() {
        let text = "“The plan is sound and we will see it through,” said Lord Browne.\n\n“We have the \
                    money to do it, and the people.”\n\nA “green corridor” stays.";
        let (f, _) = facts(text, &[("Lord Browne", Person)]);
        assert_eq!(f.quotes.len(), 2, "{:?}", quotes(&f));
        assert_eq!(f.quotes[1].rule, "quote-continued");
    }

    #[test]
    fn scare_quotes_and_titles_of_works_are_not_speech() {
        let text =
            "Tony Blair praised a “green corridor” approach and the film “Lost in Translation” today. \
                    He called it “a very good idea” in passing.";
        let (f, _) = facts(text, &[("Tony Blair", Person)]);
        assert!(f.quotes.is_empty(), "{:?}", quotes(&f));
    }

    #[test]
    fn organisation_speaker() {
        let text = "“Production will continue,” Yukos said.";
        let (f, _) = facts(text, &[("Yukos", Org)]);
        assert_eq!(
            quotes(&f),
            [("Yukos", "Production will continue,", "quote-said-after")]
        );
        assert_eq!(f.quotes[0].speaker_id.as_deref(), Some("o1"));
    }
}
