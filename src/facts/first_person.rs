//! Roles a speaker gives themselves: “I was a writer”, “I am the only candidate born here”.
//! The speaker is known inside an attributed quote, and in an interview's answers, which are
//! the interviewee's ([`roles::Ctx::first_person`]). Read after the quotes are attributed: the role is
//! stated by a copula right after "I", and the title phrase must close its clause, as in
//! [`super::copula`].

use super::roles;
use super::{Input, Rule};
use crate::types::{Entity, Facts};

pub struct FirstPerson;

const COPULAS: &[&str] = &["am", "was", "'m", "’m", "became", "remain", "remained"];

impl Rule for FirstPerson {
    fn id(&self) -> &'static str {
        "first-person"
    }

    fn apply(&self, input: &Input, facts: &mut Facts, _entities: &mut [Entity]) {
        let ctx = input.ctx(facts);
        // (speaker, first piece, end piece) of every stretch whose "I" is known.
        let mut stretches: Vec<(usize, usize, usize)> = Vec::new();
        let mut quoted = Vec::new();
        for q in &facts.quotes {
            let first = input.pieces.partition_point(|x| x.span.start < q.start);
            let end = input.pieces.partition_point(|x| x.span.end <= q.end);
            quoted.push((first, end));
            if let Some(p) = q.speaker_id.as_deref().and_then(person_index) {
                stretches.push((p, first, end));
            }
        }
        // Only an interview has answers: finding the paragraphs reads the whole article.
        if ctx.is_interview() {
            stretches.extend(
                answers(input, &quoted)
                    .filter_map(|(first, end)| Some((ctx.first_person(input, first)?, first, end))),
            );
        }
        let mut found = Vec::new();
        let every_i = input.first_person();
        for (p, first, end) in stretches {
            let from = every_i.partition_point(|&i| i < first);
            for &i in every_i[from..].iter().take_while(|&&i| i < end.saturating_sub(2)) {
                // "I am not a doctor", "I was never a member": no role.
                if !input.word_in(i + 1, COPULAS) || input.word_in(i + 2, &["not", "never", "no", "n't"]) {
                    continue;
                }
                let start = i + 2 + usize::from(input.word_in(i + 2, &["a", "an", "the", "also", "still"]));
                let Some(title) =
                    (start..(start + 3).min(end)).find_map(|t| roles::title_starting_at(input, t))
                else {
                    continue;
                };
                let d = roles::read(input, facts, ctx, title);
                let closes = roles::closes_clause(
                    input,
                    i,
                    d.last + 1,
                    &["and", "in", "at", "for", "from", "since", "who", "born"],
                );
                if roles::opens_at(input, start, d.first) && closes && d.last < end {
                    let span = roles::span(input, i, d.last);
                    found.push((p, d, span));
                }
            }
        }
        for (p, d, span) in found {
            roles::add(facts, p, d, span, self.id());
        }
    }
}

/// The paragraphs, as `(first piece, end piece)`, that lie outside every quote (`quoted`):
/// in an interview, the answers among them are the interviewee's.
fn answers<'q>(input: &'q Input, quoted: &[(usize, usize)]) -> impl Iterator<Item = (usize, usize)> + 'q {
    let n = input.pieces.len();
    let mut starts = input.paragraphs().iter().copied().peekable();
    let quoted = Overlaps::new(quoted);
    std::iter::from_fn(move || {
        let first = starts.next()?;
        let end = starts.peek().copied().unwrap_or(n);
        Some((first, end))
    })
    .filter(move |&(first, end)| !quoted.any(first, end))
}

/// Ranges `(a, b)` asked whether any overlaps `first..end` (`a < end && first < b`) in
/// logarithmic time: a long text has thousands of paragraphs and of quotes.
struct Overlaps {
    /// Every range's start, sorted.
    starts: Vec<usize>,
    /// The greatest end among the ranges up to each one in `starts`' order.
    furthest_end: Vec<usize>,
}

impl Overlaps {
    fn new(ranges: &[(usize, usize)]) -> Overlaps {
        let mut sorted = ranges.to_vec();
        sorted.sort_unstable();
        let starts = sorted.iter().map(|&(a, _)| a).collect();
        let furthest_end = sorted
            .iter()
            .scan(0, |max, &(_, b)| {
                *max = b.max(*max);
                Some(*max)
            })
            .collect();
        Overlaps { starts, furthest_end }
    }

    /// Whether some range starts before `end` and ends after `first`.
    fn any(&self, first: usize, end: usize) -> bool {
        let starting_before = self.starts.partition_point(|&a| a < end);
        starting_before > 0 && self.furthest_end[starting_before - 1] > first
    }
}

/// The index of person `id` ("p3" → 2).
fn person_index(id: &str) -> Option<usize> {
    id.strip_prefix('p')?.parse::<usize>().ok()?.checked_sub(1)
}

#[cfg(test)]
mod tests {
    use crate::facts::testing::{facts, row, table};
    use crate::types::Label::*;

    #[test]
    fn overlaps_agree_with_a_scan_of_every_range() {
        let ranges = [(4, 9), (2, 3), (12, 12), (20, 15), (7, 8)];
        let overlaps = super::Overlaps::new(&ranges);
        for first in 0..24 {
            for end in first..24 {
                let scan = ranges.iter().any(|&(a, b)| a < end && first < b);
                assert_eq!(overlaps.any(first, end), scan, "{first}..{end}");
            }
        }
        assert!(!super::Overlaps::new(&[]).any(0, 5));
    }

    #[test]
    fn an_interviews_answers_are_the_interviewees() {
        let text = "Wikinews interviews Tom Vale of Halden\n\nWere you ever a teacher?\n\n\
                    I was a teacher for ten years.\n\nAnd now?\n\nI am a writer.";
        let (f, _) = facts(
            text,
            &[
                ("Tom Vale", Person),
                ("Halden", Gpe),
                ("teacher", Title),
                ("teacher", Title),
                ("writer", Title),
            ],
        );
        // The questions ask; the answers state.
        assert_eq!(
            table(&f),
            [
                row("Tom Vale", "teacher", "", ""),
                row("Tom Vale", "writer", "", "")
            ]
        );
        // Without the word "interview" at the top, "I" is no one.
        let (f, _) = facts(
            "Tom Vale of Halden spoke.\n\nI was a teacher for ten years.",
            &[("Tom Vale", Person), ("Halden", Gpe), ("teacher", Title)],
        );
        assert_eq!(table(&f), [row("Tom Vale", "", "", "")]);
    }

    #[test]
    fn a_speaker_states_a_role_in_the_first_person() {
        let (f, _) = facts(
            "“I was a writer for ten years,” said Ann Lee. “I am not a doctor” and “I was there,” Tom Vale said.",
            &[("writer", Title), ("Ann Lee", Person), ("doctor", Title), ("Tom Vale", Person)],
        );
        assert_eq!(
            table(&f),
            [row("Ann Lee", "writer", "", ""), row("Tom Vale", "", "", "")]
        );
    }
}
