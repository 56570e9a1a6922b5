//! Direct speech and its speaker, by structure: every quotation-mark pair of the article
//! ([`marks`]: straight and curly, double and single, over paragraphs), then its attribution
//! ([`attribution`]: the subject of a verb of saying in its sentence, "according to", the
//! paragraph around it, a continued quote). Scare quotes, names of things and titles of
//! works have no speaker and are left out.

mod attribution;
mod marks;

use std::cell::OnceCell;

use rustc_hash::FxHashMap;

use super::{Input, Rule};
use crate::types::{Entity, Facts, Quote, RecordId};
use attribution::{Finder, Speaker};

pub struct Quotes;

impl Rule for Quotes {
    fn id(&self) -> &'static str {
        "quotes"
    }

    fn apply(&self, input: &Input, facts: &mut Facts, entities: &mut [Entity]) {
        let quotes = marks::find(input);
        if quotes.is_empty() {
            return;
        }
        let mut inside = vec![false; input.pieces.len()];
        for q in &quotes {
            inside[q.open..=q.last].fill(true);
        }
        let ends = attribution::sentence_ends(input, &quotes, &inside);
        let mut titles = FxHashMap::default();
        for (p, person) in facts.people.iter().enumerate() {
            // Every piece of the title ("prime", "minister"): the speech verb's subject is
            // read at the word before it.
            for m in person.mentions.iter().filter(|m| m.kind == Some("title")) {
                let Some(first) = input.piece_at(m.start) else {
                    continue;
                };
                for at in (first..input.pieces.len()).take_while(|&k| input.pieces[k].span.start < m.end) {
                    titles.insert(at, p);
                }
            }
        }
        let finder = Finder {
            input,
            entities,
            ctx: input.ctx(facts),
            people: &facts.people,
            genders: OnceCell::new(),
            quotes: &quotes,
            paragraphs: input.paragraphs(),
            inside,
            ends,
            titles,
            verbs: vec![OnceCell::new(); input.pieces.len()],
        };
        for (n, speaker, rule) in finder.attribute() {
            let q = &quotes[n];
            let id = RecordId::new(b'q', facts.quotes.len() + 1);
            let (name, speaker_id) = match speaker {
                Speaker::Person(p) => {
                    facts.people[p].quotes.push(id);
                    (facts.people[p].name.clone(), facts.people[p].id)
                }
                Speaker::Org(o) => (facts.organizations[o].name.clone(), facts.organizations[o].id),
            };
            facts.quotes.push(Quote {
                id,
                speaker: Some(name),
                speaker_id: Some(speaker_id),
                text: q.content.text(input.doc.text).to_string(),
                start: q.content.start,
                end: q.content.end,
                rule,
            });
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::facts::testing::facts;
    use crate::types::Facts;
    use crate::types::Label::{self, *};

    fn quotes(f: &Facts) -> Vec<(&str, &str)> {
        f.quotes
            .iter()
            .map(|q| (q.speaker.as_deref().unwrap_or(""), q.text.as_str()))
            .collect()
    }

    type Case<'a> = (&'a str, &'a [(&'a str, Label)], &'a [(&'a str, &'a str)]);

    fn check(cases: &[Case]) {
        for (text, entities, want) in cases {
            let (f, _) = facts(text, entities);
            assert_eq!(quotes(&f), *want, "{text:?}");
        }
    }

    #[test]
    fn speaker_after_the_quote() {
        check(&[
            (
                "“We are partners,” said Vice Minister Ann Berg.",
                &[("Vice Minister", Title), ("Ann Berg", Person)],
                &[("Ann Berg", "We are partners,")],
            ),
            (
                "\"We will not move,\" Jan Olsen, the alliance's secretary general, told reporters.",
                &[("Jan Olsen", Person), ("secretary general", Title)],
                &[("Jan Olsen", "We will not move,")],
            ),
            // An organisation anchoring the title before the name is no speaker.
            (
                "\"We are disappointed,\" Halvex chief executive Jan Olsen told reporters.",
                &[("Halvex", Org), ("chief executive", Title), ("Jan Olsen", Person)],
                &[("Jan Olsen", "We are disappointed,")],
            ),
            // The title in apposition before the name; "was quoted as saying".
            (
                "\"We will not move,\" the finance minister, Jan Olsen, said. \"We are ready,\" Tom \
                 Hale was quoted as saying.",
                &[("finance minister", Title), ("Jan Olsen", Person), ("Tom Hale", Person)],
                &[("Jan Olsen", "We will not move,"), ("Tom Hale", "We are ready,")],
            ),
            // A body named by its common noun stands for the organisation last named.
            (
                "Halden Rovers sacked their coach. \"We are pleased,\" the club said.",
                &[("Halden Rovers", Org)],
                &[("Halden Rovers", "We are pleased,")],
            ),
            // A title of two words standing for its holder.
            (
                "Prime Minister Jan Olsen met Ann Berg. \"We agreed,\" the prime minister said.",
                &[("Prime Minister", Title), ("Jan Olsen", Person), ("Ann Berg", Person)],
                &[("Jan Olsen", "We agreed,")],
            ),
            // A name inside the quote or the appositive is not the speaker.
            (
                "\"Tom Hale is wrong,\" Jan Olsen, an adviser to Ben Ross, said.",
                &[("Tom Hale", Person), ("Jan Olsen", Person), ("Ben Ross", Person)],
                &[("Jan Olsen", "Tom Hale is wrong,")],
            ),
            (
                "“Production will continue,” Yukos said. “Costs rose,” it added.",
                &[("Yukos", Org)],
                &[("Yukos", "Production will continue,"), ("Yukos", "Costs rose,")],
            ),
            // A title standing for the one person holding it.
            (
                "Prime Minister Jan Olsen arrived. \"We will win this,\" the Prime Minister said.",
                &[
                    ("Prime Minister", Title),
                    ("Jan Olsen", Person),
                    ("Prime Minister", Title),
                ],
                &[("Jan Olsen", "We will win this,")],
            ),
            // A lower-case title standing for its one holder.
            (
                "Defense Secretary Ann Berg met troops. \"We are proud of you,\" the secretary said in a statement.",
                &[("Defense Secretary", Title), ("Ann Berg", Person)],
                &[("Ann Berg", "We are proud of you,")],
            ),
            (
                "\"It works,\" team member Ann Berg told the press.",
                &[("Ann Berg", Person)],
                &[("Ann Berg", "It works,")],
            ),
            (
                "\"Nothing lasts, not even this.\" - Jan Olsen\n\nMore text.",
                &[("Jan Olsen", Person)],
                &[("Jan Olsen", "Nothing lasts, not even this.")],
            ),
        ]);
    }

    #[test]
    fn speaker_before_the_quote() {
        check(&[
            // "I" in an interview's answer is the interviewee; in a question, no one.
            (
                "Wikinews interviews Jan Olsen\n\nDid you say \"never\"?\n\nI said, \"We will win.\"",
                &[("Jan Olsen", Person)],
                &[("Jan Olsen", "We will win.")],
            ),
            // An adverb or a reflexive between the subject and the verb.
            (
                "Jan Olsen himself famously exclaimed: \"I am the victim of a plot.\"",
                &[("Jan Olsen", Person)],
                &[("Jan Olsen", "I am the victim of a plot.")],
            ),
            (
                "Mike Lake said: \"We will appeal the ruling.\" Then Tony Blair told reporters, \"No.\"",
                &[("Mike Lake", Person), ("Tony Blair", Person)],
                &[("Mike Lake", "We will appeal the ruling."), ("Tony Blair", "No.")],
            ),
            // Partial quotes in reported speech; the subject, not a name in the clause.
            (
                "Jan Olsen called the plan \"desperate\" and told the court that Tom Hale \"walked in alone\".",
                &[("Jan Olsen", Person), ("Tom Hale", Person)],
                &[("Jan Olsen", "desperate"), ("Jan Olsen", "walked in alone")],
            ),
            (
                "The head of the Acme union, Ann Berg, has called the deal \"shameful\".",
                &[("Acme", Org), ("Ann Berg", Person)],
                &[("Ann Berg", "shameful")],
            ),
            // An organisation ending a role is not the subject.
            (
                "Gen. Ann Berg, commander of Acme Command said, \"We are ready.\" Sgt. Tom Hale, a crew \
                 chief in Acme Battery, 3rd Battalion, said \"We trained hard.\"",
                &[("Ann Berg", Person), ("Acme Command", Org), ("Acme Battery", Org)],
                &[("Ann Berg", "We are ready.")],
            ),
            (
                "Jan Olsen's statement added, \"We will rebuild the stand.\"",
                &[("Jan Olsen", Person)],
                &[("Jan Olsen", "We will rebuild the stand.")],
            ),
            (
                "By then, \"the plan had failed\", according to the Daily Post.",
                &[("Daily Post", Org)],
                &[("Daily Post", "the plan had failed")],
            ),
            (
                "A line attributed to Ann Berg — \"We learn by failing\" — opened the show.",
                &[("Ann Berg", Person)],
                &[("Ann Berg", "We learn by failing")],
            ),
            // A partial quote of running words in a sentence without a verb of saying: its
            // named subject. Not a short scare quote, a title, or a document after a colon.
            (
                "Jan Olsen, of the Acme Institute, studies \"how birds find their way home\".",
                &[("Jan Olsen", Person), ("Acme Institute", Org)],
                &[("Jan Olsen", "how birds find their way home")],
            ),
            (
                "Jan Olsen studies \"smart\" birds and curated \"Birds and Bees of the Northern Coast\".",
                &[("Jan Olsen", Person)],
                &[],
            ),
            (
                "Acme listed its questions, including: \"were you ever at sea before the voyage\"",
                &[("Acme", Org)],
                &[],
            ),
            // A lead-in without a verb of saying, ending the paragraph before with a semicolon.
            (
                "Jan Olsen has spoken of it; she was quoted by the Daily Post on the ruling;\n\n\"It is a disgrace to the court.\"",
                &[("Jan Olsen", Person), ("Daily Post", Org)],
                &[("Jan Olsen", "It is a disgrace to the court.")],
            ),
            // A photo caption: the person named right after the quote.
            (
                "\"The future is a choice.\" Ann Berg Image: Tom Hale.\n\nMore text.",
                &[("Ann Berg", Person), ("Tom Hale", Person)],
                &[("Ann Berg", "The future is a choice.")],
            ),
        ]);
    }

    #[test]
    fn pronouns_and_paragraphs() {
        check(&[
            (
                "Mr Blair met Mrs Thatcher. ‘It went well,’ he said. “We agreed,” Mr Blair told \
                 reporters. “Nothing was agreed,” she said.",
                &[("Blair", Person), ("Thatcher", Person), ("Blair", Person)],
                &[
                    ("Blair", "It went well,"),
                    ("Blair", "We agreed,"),
                    ("Thatcher", "Nothing was agreed,"),
                ],
            ),
            // A sentence of its own takes the paragraph's last speaker.
            (
                "Jan Olsen noted the risk was small. \"We checked every site twice.\"",
                &[("Jan Olsen", Person)],
                &[("Jan Olsen", "We checked every site twice.")],
            ),
            // A paragraph ending "X wrote:" introduces the next.
            // A paragraph break ends the frame after a quote.
            (
                "Jan Olsen spoke. The host added, \"Keep them in your prayers.\"\n\nAcme was hit, according to Acme.",
                &[("Jan Olsen", Person), ("Acme", Org), ("Acme", Org)],
                &[],
            ),
            (
                "Jan Olsen wrote on her blog:\n\n\"The season is over for us now.\"",
                &[("Jan Olsen", Person)],
                &[("Jan Olsen", "The season is over for us now.")],
            ),
            // Continued paragraphs, closed or left open.
            (
                "“The plan is sound and we will see it through,” said Lord Browne.\n\n“We have \
                 the money to do it, and the people.\n\n“And the time.”\n\nA “green corridor” stays.",
                &[("Lord Browne", Person)],
                &[
                    ("Lord Browne", "The plan is sound and we will see it through,"),
                    ("Lord Browne", "We have the money to do it, and the people."),
                    ("Lord Browne", "And the time."),
                ],
            ),
        ]);
    }

    #[test]
    fn what_is_not_speech() {
        check(&[
            (
                "Tony Blair praised a “green corridor” approach and the film “Lost in Translation” today.",
                &[("Tony Blair", Person)],
                &[],
            ),
            (
                "Jan Olsen said the robot, named \"Better Days,\" won. The team got \"parole\" status.",
                &[("Jan Olsen", Person)],
                &[],
            ),
            ("The army has been told to prepare a \"state of war\".", &[], &[]),
            ("\"We are worried,\" a spokesman said.", &[], &[]),
            (
                "\"It is over.\" Jan Olsen said the talks would resume.",
                &[("Jan Olsen", Person)],
                &[],
            ),
            (
                "The players' wages and the club's debts don't matter, Jan Olsen said.",
                &[("Jan Olsen", Person)],
                &[],
            ),
        ]);
    }

    #[test]
    fn quotes_join_their_speaker() {
        let (f, _) = facts("“Production will continue,” Yukos said.", &[("Yukos", Org)]);
        assert_eq!(f.quotes[0].speaker_id.as_deref(), Some("o1"));
        assert_eq!(f.quotes[0].rule, "quote-said-after");
        let (f, _) = facts(
            "“Yes,” said Ann Berg. “We will go on from here.”",
            &[("Ann Berg", Person)],
        );
        let quotes: Vec<&str> = f.people[0].quotes.iter().map(|q| q.as_str()).collect();
        assert_eq!(quotes, ["q1", "q2"]);
    }
}
