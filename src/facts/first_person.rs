//! Roles a speaker gives themselves inside their quote: “I was a writer”, “I am the only
//! candidate born here”. Read after the quotes are attributed: the role is the speaker's, as
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
        let mut found = Vec::new();
        for q in &facts.quotes {
            let Some(p) = q.speaker_id.as_deref().and_then(person_index) else {
                continue;
            };
            let first = input.pieces.partition_point(|x| x.span.start < q.start);
            let end = input.pieces.partition_point(|x| x.span.end <= q.end);
            for i in first..end.saturating_sub(2) {
                // "I am not a doctor", "I was never a member": no role.
                if input.text(i) != "I"
                    || !input.word_in(i + 1, COPULAS)
                    || input.word_in(i + 2, &["not", "never", "no", "n't"])
                {
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
            roles::add(facts, p, &d, span, self.id());
        }
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
