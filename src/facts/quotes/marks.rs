//! Quotation-mark pairs: one pass over the marks of the article, paragraph by paragraph.
//!
//! Double marks (straight " or curly “ ”) pair with each other, the straight one toggling;
//! single marks (' ‘ ’) pair only outside a double quote, and only where they sit as quote
//! marks do: an opening mark before a word and after a space or bracket, a closing mark after
//! a word and before a space or punctuation. An apostrophe inside a word ("don't") is part of
//! the word; one after a plural ("the Texans' coach") closes nothing when a later mark in the
//! paragraph can close the quote; one before a digit ("the '90s") opens nothing.
//!
//! A double quote left open at a paragraph's end runs to that end (news copy reopens it in the
//! next paragraph); a single one is kept only when it opened its paragraph, as a quote
//! continued over paragraphs does, and is otherwise an apostrophe.

use super::super::Input;
use crate::types::{Span, TokenKind};

/// A quoted stretch.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Marked {
    /// The opening mark's piece.
    pub open: usize,
    /// The closing mark's piece, or `None` when the paragraph ends first.
    pub close: Option<usize>,
    /// The last piece of the quote: its closing mark, or its paragraph's last piece.
    pub last: usize,
    /// The content between the marks, blanks trimmed.
    pub content: Span,
    pub paragraph: usize,
    /// Whether the opening mark starts its paragraph.
    pub opens_paragraph: bool,
}

/// Every quote of the article in text order.
pub fn find(input: &Input) -> Vec<Marked> {
    let mut out = Vec::new();
    // The paragraph's number: the line breaks passed, as [`Input::paragraphs`] counts them.
    let mut paragraph = 0;
    let mut marks: Vec<Mark> = Vec::new();
    let mut carried = false;
    for i in stops(input) {
        if i > 0 && input.line_break_between(i - 1, i) {
            carried = pair(input, &mut marks, i - 1, (paragraph, carried), &mut out);
            marks.clear();
            paragraph += 1;
        }
        if let Some(m) = Mark::at(input, i) {
            marks.push(m);
        }
    }
    if !input.pieces.is_empty() {
        pair(
            input,
            &mut marks,
            input.pieces.len() - 1,
            (paragraph, carried),
            &mut out,
        );
    }
    out.sort_by_key(|q| q.open);
    out
}

/// One quote-mark piece and how it sits between its neighbours.
#[derive(Clone, Copy)]
struct Mark {
    piece: usize,
    ch: char,
    /// A word follows and a space, bracket or the paragraph precedes.
    can_open: bool,
    /// A word or punctuation precedes and a space, punctuation or the end follows.
    can_close: bool,
    /// "the Texans' coach": an s before, a space and a lower-case word after.
    plural_possessive: bool,
    /// Whether a single mark after this one in its paragraph can close a quote: a plural
    /// possessive then leaves the quote open for it. Known once the paragraph's marks are
    /// ([`pair`]), kept with the mark rather than in a list of its own.
    closer_after: bool,
    /// How many double marks follow this one in its paragraph, known as [`Mark::closer_after`].
    doubles_after: usize,
}

impl Mark {
    fn at(input: &Input, i: usize) -> Option<Mark> {
        let p = input.pieces[i];
        if p.entity.is_some() || p.kind != TokenKind::Punct {
            return None;
        }
        let ch = input.text(i).chars().next()?;
        if !matches!(ch, '"' | '“' | '”' | '\'' | '‘' | '’') {
            return None;
        }
        let text = input.doc.text;
        let before = text[..p.span.start].chars().next_back();
        let mut rest = text[p.span.end..].chars();
        let after = rest.next();
        let opening_context = |c: char| c.is_whitespace() || "([{—–-/\"“‘'".contains(c);
        let can_open = after.is_some_and(|c| !c.is_whitespace()) && before.is_none_or(opening_context);
        let can_close =
            before.is_some_and(|c| !c.is_whitespace()) && after.is_none_or(|c| !c.is_alphanumeric());
        let plural_possessive = matches!(before, Some('s' | 'S'))
            && after.is_some_and(char::is_whitespace)
            && rest.next().is_some_and(char::is_lowercase);
        Some(Mark {
            piece: i,
            ch,
            can_open: can_open && !(after.is_some_and(|c| c.is_ascii_digit()) && ch != '"' && ch != '“'),
            can_close,
            plural_possessive,
            closer_after: false,
            doubles_after: 0,
        })
    }

    fn double(&self) -> bool {
        matches!(self.ch, '"' | '“' | '”')
    }
}

/// Pairs the marks of one paragraph, whose last piece is `end`; `carried` when the paragraph
/// before ended inside a double quote. Returns whether this one does.
fn pair(
    input: &Input,
    marks: &mut [Mark],
    end: usize,
    (paragraph, carried): (usize, bool),
    out: &mut Vec<Marked>,
) -> bool {
    if marks.is_empty() {
        return false;
    }
    let (mut seen, mut doubles) = (false, 0);
    for m in marks.iter_mut().rev() {
        m.closer_after = seen;
        m.doubles_after = doubles;
        seen |= !m.double() && m.can_close && !m.plural_possessive;
        doubles += usize::from(m.double());
    }
    let quote = |open: usize, close: Option<usize>, last: usize| -> Marked {
        let start = input.pieces[open].span.end;
        let stop = match close {
            Some(c) => input.pieces[c].span.start,
            None => input.pieces[last].span.end,
        }
        .max(start);
        let raw = &input.doc.text[start..stop];
        // All-blank content trims to an empty span at its start.
        let lead = (raw.len() - raw.trim_start().len()).min(raw.trim_end().len());
        Marked {
            open,
            close,
            last,
            content: Span::new(start + lead, start + raw.trim_end().len()),
            paragraph,
            opens_paragraph: open == 0 || input.line_break_between(open - 1, open),
        }
    };
    let mut double: Option<usize> = None;
    let mut single: Option<usize> = None;
    // A quote carried on without a new opening mark closes with the paragraph's first double
    // mark when that one can only close ("…early.” After the match, X said, “…”").
    let mut carry = carried;
    for m in marks.iter() {
        if m.double() && std::mem::take(&mut carry) && m.can_close && !m.can_open {
            continue;
        }
        if m.double() {
            match double {
                // A curly opening mark where a closing one belongs ends the quote too.
                Some(o) if m.ch != '“' || m.can_close || !m.can_open => {
                    out.push(quote(o, Some(m.piece), m.piece));
                    double = None;
                }
                // A second opening mark: the first quote was left open.
                Some(o) => {
                    out.push(quote(o, None, m.piece - 1));
                    double = Some(m.piece);
                }
                // A straight mark placed as a closing one with no quote open, when the marks
                // after it pair up among themselves, is a stray ('When young," the family
                // moved. "It was fine", she said.'); with an odd number after, it opens.
                None if m.ch == '"' && m.can_close && !m.can_open && m.doubles_after % 2 == 0 => {}
                None if m.ch != '”' || m.can_open => double = Some(m.piece),
                None => {}
            }
            continue;
        }
        if double.is_some() {
            continue; // nested in a double quote
        }
        match single {
            Some(o) if m.can_close && (!m.plural_possessive || !m.closer_after) => {
                // A double quote inside this one is part of it.
                while out.last().is_some_and(|q| q.open > o) {
                    out.pop();
                }
                out.push(quote(o, Some(m.piece), m.piece));
                single = None;
            }
            None if m.can_open && m.ch != '’' => single = Some(m.piece),
            _ => {}
        }
    }
    let open_at_end = double.is_some();
    if let Some(o) = double {
        out.push(quote(o, None, end));
    }
    if let Some(o) = single {
        if o == 0 || input.line_break_between(o - 1, o) {
            out.push(quote(o, None, end));
        }
    }
    open_at_end
}

/// The pieces [`find`] must look at, each once and in order: where a paragraph starts and
/// where a quote mark may be ([`Input::quote_marks`]); the other pieces change nothing and are
/// most.
fn stops<'i>(input: &'i Input) -> impl Iterator<Item = usize> + 'i {
    let paragraphs = input.paragraphs().iter().copied();
    let mut last = None;
    crate::ascending::union(paragraphs, input.quote_marks().iter().copied())
        .filter(move |&i| last.replace(i) != Some(i))
}

#[cfg(test)]
mod tests {
    use crate::facts::testing::input;
    use crate::types::Label::*;

    /// The quoted texts of `text` (entities given by hand), in order.
    fn quoted(text: &str) -> Vec<String> {
        let mut out = Vec::new();
        input(text, &[], |inp| {
            out = super::find(inp)
                .iter()
                .map(|q| q.content.text(text).to_string())
                .collect();
        });
        out
    }

    #[test]
    fn stops_cover_every_mark_and_paragraph() {
        let text = "“Yes,” said Mr Smith — in \"Paris\".\n\n‘No’, it’s not.\r\nHe left.\n“";
        input(text, &[("Paris", Gpe)], |inp| {
            let stops: Vec<usize> = super::stops(inp).collect();
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

    #[test]
    fn pairs_by_kind_and_position() {
        let cases: &[(&str, &[&str])] = &[
            ("He said \"yes\" and \"no\".", &["yes", "no"]),
            ("“One,” he said. “Two.”", &["One,", "Two."]),
            ("She said 'not now' to me.", &["not now"]),
            ("‘Fine,’ she said.", &["Fine,"]),
            // Apostrophes are no marks.
            ("We don't know. It's the Texans' year.", &[]),
            (
                "They said 'the players' wages are fair' today.",
                &["the players' wages are fair"],
            ),
            ("It was the '90s. The boss’s car.", &[]),
            // Single marks inside a double quote belong to it.
            (
                "\"He called it 'odd' twice,\" she said.",
                &["He called it 'odd' twice,"],
            ),
            // A double quote open at a paragraph's end runs to it; the next one opens again.
            (
                "\"We will win.\n\n\"And then go home.\"",
                &["We will win.", "And then go home."],
            ),
            // A curly opening mark written where the closing one belongs.
            ("“It is done.“ Then he left.", &["It is done."]),
            // A straight mark after a comma still opens, unless the marks after it pair up.
            ("They can,\" For example, run.\"", &["For example, run."]),
            (
                "When young,\" we left. \"It was fine\", she said.",
                &["It was fine"],
            ),
            // A lone single mark opens nothing across the paragraph.
            ("Rock 'n roll.\n\nMore.", &[]),
            // A quote carried into a paragraph without a new mark closes there.
            (
                "He said, \"We won.\n\nWe played well.\" Then X said, \"Yes.\"",
                &["We won.", "Yes."],
            ),
            (
                "‘A quote over paragraphs.\n\n‘That goes on.’",
                &["A quote over paragraphs.", "That goes on."],
            ),
        ];
        for (text, want) in cases {
            assert_eq!(quoted(text), *want, "{text:?}");
        }
    }
}
