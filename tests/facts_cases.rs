//! The people tables of the `tests/fixtures/facts-*.txt` articles, checked by hand, as
//! explicit assertions (the golden snapshots cover the rest of each annotation).
//!
//! Each case lists every role a careful reader takes from the text — name, title,
//! organisation, country, with blanks where the sentence does not state one — and the speaker
//! of every quote in order. Two lists keep the table honest while entity recognition
//! improves: `gaps` are expected rows the recogniser's entities do not yet allow (a missed
//! name, a title marked as an organisation); `noise` are rows that exist only because of such
//! an entity error. A gap row must not appear (when it does, the test fails until the row
//! moves from `gaps` to the asserted rows); every other expected row must appear, and no
//! role row outside `expected` and `noise` may appear (a name with no role, such as a company
//! mistaken for a person, is left to the entity tests).

use factlens::{annotate_in, OffsetUnit};

type Row = (&'static str, &'static str, &'static str, &'static str);

struct Case {
    file: &'static str,
    expected: &'static [Row],
    gaps: &'static [Row],
    noise: &'static [Row],
    /// Speakers of the article's quotes in order; `None` where recognition errors leave quotes
    /// unattributed.
    speakers: Option<&'static [&'static str]>,
}

const CASES: &[Case] = &[
    Case {
        file: "facts-uk-politics.txt",
        expected: &[
            ("Michael Howard", "leader", "Conservative Party", "United Kingdom"),
            ("Tony Blair", "Prime Minister", "", ""),
            ("Gordon Brown", "Chancellor", "", ""),
        ],
        gaps: &[],
        noise: &[],
        speakers: Some(&["Michael Howard", "Gordon Brown"]),
    },
    Case {
        file: "facts-us-senate.txt",
        expected: &[
            ("John Kerry", "Sen.", "Democratic Party", "United States"),
            (
                "Bill Frist",
                "Senate Majority Leader",
                "Republican Party",
                "United States",
            ),
            (
                "Hillary Rodham Clinton",
                "Sen.",
                "Democratic Party",
                "United States",
            ),
        ],
        // "Senate Majority Leader Bill Frist" is marked as one organisation.
        gaps: &[(
            "Bill Frist",
            "Senate Majority Leader",
            "Republican Party",
            "United States",
        )],
        noise: &[],
        speakers: Some(&["John Kerry"]),
    },
    Case {
        file: "facts-bp-results.txt",
        expected: &[
            ("Lord Browne", "chief executive", "BP", ""),
            ("Byron Grote", "chief financial officer", "BP", ""),
        ],
        gaps: &[],
        noise: &[],
        speakers: Some(&["Lord Browne"]),
    },
    Case {
        file: "facts-yukos.txt",
        expected: &[
            ("Mike Lake", "spokesman", "Yukos", ""),
            ("Mikhail Khodorkovsky", "former chief executive", "", ""),
            ("Alexei Kudrin", "Finance Minister", "", "Russia"),
        ],
        gaps: &[],
        noise: &[],
        speakers: Some(&["Mike Lake"]),
    },
    Case {
        file: "facts-nato-baltic.txt",
        expected: &[
            ("Hanno Pevkur", "Minister of Defence", "", "Estonia"),
            ("Boris Pistorius", "Defence Minister", "", "Germany"),
        ],
        gaps: &[],
        noise: &[],
        speakers: Some(&["Hanno Pevkur", "Hanno Pevkur"]),
    },
    Case {
        file: "facts-football.txt",
        expected: &[
            ("Arsene Wenger", "manager", "Arsenal", ""),
            ("John Terry", "captain", "Chelsea", ""),
            ("Jose Mourinho", "manager", "Chelsea", ""),
        ],
        gaps: &[],
        noise: &[],
        speakers: Some(&["Arsene Wenger", "Arsene Wenger"]),
    },
    Case {
        file: "facts-olympics.txt",
        expected: &[
            (
                "Jacques Rogge",
                "president",
                "International Olympic Committee",
                "",
            ),
            ("Sebastian Coe", "chairman", "London 2012", ""),
        ],
        // "London 2012" is marked as a city and a year.
        gaps: &[("Sebastian Coe", "chairman", "London 2012", "")],
        noise: &[("Sebastian Coe", "chairman", "", "")],
        speakers: Some(&["Jacques Rogge", "Sebastian Coe"]),
    },
    Case {
        file: "facts-merger.txt",
        expected: &[
            ("Peter Ashworth", "chairman", "Halden", ""),
            ("Anna de Vries", "chief executive", "Norvik", ""),
            ("Susan Marsh", "Director", "", ""),
            ("Colin Reed", "Director", "", ""),
        ],
        gaps: &[],
        noise: &[],
        speakers: Some(&["Peter Ashworth"]),
    },
    Case {
        file: "facts-eu-summit.txt",
        expected: &[
            ("Jack Straw", "Foreign Minister", "", ""),
            ("Joschka Fischer", "Foreign Minister", "", ""),
            ("Jean-Claude Juncker", "Prime Minister", "", "Luxembourg"),
        ],
        gaps: &[],
        noise: &[],
        speakers: Some(&["Jean-Claude Juncker"]),
    },
    Case {
        file: "facts-japan-security.txt",
        expected: &[
            ("Richard Marles", "Defence Minister", "", "Australia"),
            ("Gen Nakatani", "Minister of Defense", "", "Japan"),
            ("Yoshimasa Hayashi", "Chief Cabinet Secretary", "", "Japan"),
            // "senior Japanese officials …, including A, …, and B": the plural role is each one's.
            ("Gen Nakatani", "senior official", "", "Japan"),
            ("Yoshimasa Hayashi", "senior official", "", "Japan"),
        ],
        // "Chief Cabinet Secretary" is marked as an organisation.
        gaps: &[("Yoshimasa Hayashi", "Chief Cabinet Secretary", "", "Japan")],
        noise: &[],
        speakers: Some(&["Richard Marles", "Richard Marles"]),
    },
    Case {
        file: "facts-autos-us.txt",
        expected: &[
            // Two titles, two roles (the guidelines list each distinct title).
            ("Rick Wagoner", "chairman", "General Motors", ""),
            ("Rick Wagoner", "chief executive", "General Motors", ""),
            ("Bob Lutz", "vice chairman", "General Motors", ""),
            ("Ron Gettelfinger", "president", "United Auto Workers", ""),
        ],
        gaps: &[],
        noise: &[],
        speakers: Some(&["Rick Wagoner"]),
    },
    Case {
        file: "facts-central-bank.txt",
        expected: &[
            ("Mervyn King", "Governor", "Bank of England", "United Kingdom"),
            ("Rachel Lomax", "Deputy Governor", "", ""),
        ],
        // "Mervyn King": "King" is marked as a title, so the name is "Mervyn" and his quotes
        // ("…,” King told") have no speaker.
        gaps: &[("Mervyn King", "Governor", "Bank of England", "United Kingdom")],
        noise: &[("Mervyn", "Governor", "Bank of England", "United Kingdom")],
        speakers: None,
    },
    Case {
        file: "facts-acting-ministers.txt",
        expected: &[
            ("Serhiy Holub", "acting Minister of Defence", "", ""),
            ("Serhiy Holub", "former deputy commander", "", ""),
            ("Oksana Kravets", "spokeswoman", "", ""),
            ("Petro Marchenko", "Former Defence Minister", "", ""),
        ],
        gaps: &[],
        noise: &[],
        speakers: Some(&[]),
    },
    // Plural roles over lists: a predicate list with possessive and "of respectively"
    // organisations, a plural title before names each "of" their own organisation, a nested
    // predicate title in apposition ("were young activists from the camp, A and B"). Paul
    // Grant is outside every list; Thomas Webb, alone after "activists …,", is a new clause's
    // subject. A predicate coordinated with the subject's clause ("won …, and became the
    // youngest Harbour Council member") is the subject's, never the name before another
    // subject (Paul Grant). "defeated another … candidate, <name>" makes both sides
    // candidates; "hired another adviser" (no contest) makes nobody one. Offices stated by their noun ("resigned from his leadership") are the clause
    // subject's, not a relative clause's antecedent's (Simon Clarke) nor the main subject's.
    Case {
        file: "facts-council-lists.txt",
        expected: &[
            ("Susan Blake", "candidate", "Tideway Party", ""),
            ("Mark Hollis", "candidate", "Civic Union", ""),
            ("Janet Price", "candidate", "Green League", ""),
            ("David Marsh", "candidate", "Tideway Party", ""),
            ("Laura Bennett", "candidate", "HWA", ""),
            ("Simon Clarke", "candidate", "HWA", ""),
            ("Helen Ward", "candidate", "", ""),
            ("Robert Hale", "politician", "Civic Union", ""),
            ("Karen Doyle", "politician", "HWA", ""),
            ("Peter Lang", "councillor", "Green League", ""),
            ("Alice Foster", "councillor", "Civic Union", ""),
            ("Michael Reid", "councillor", "HWA", ""),
            ("Daniel Cole", "candidate", "Green League", ""),
            ("Daniel Cole", "activist", "Green League", ""),
            ("Emma Stone", "candidate", "", ""),
            ("Emma Stone", "activist", "", ""),
            ("Gordon Fry", "leader", "Tideway Party", ""),
            ("Mary Quinn", "chair", "Green League", ""),
            ("Nora Quinn", "member", "Harbour Council", ""),
            ("Alice Foster", "member", "Civic Union", ""),
            ("Gavin Shaw", "candidate", "", ""),
            ("Gavin Shaw", "politician", "", ""),
        ],
        gaps: &[],
        noise: &[],
        speakers: Some(&[]),
    },
];

fn table(ann: &factlens::Annotation) -> Vec<(String, String, String, String)> {
    let mut rows = Vec::new();
    for p in &ann.facts.people {
        if p.roles.is_empty() {
            rows.push((p.name.clone(), String::new(), String::new(), String::new()));
        }
        for r in &p.roles {
            let opt = |o: Option<&str>| o.unwrap_or_default().to_string();
            rows.push((
                p.name.clone(),
                r.title.clone(),
                opt(r.organization.as_deref()),
                opt(r.country),
            ));
        }
    }
    rows
}

fn owned(r: &Row) -> (String, String, String, String) {
    (r.0.into(), r.1.into(), r.2.into(), r.3.into())
}

#[test]
fn people_tables_of_the_fact_fixtures() {
    let mut failures = Vec::new();
    let (mut asserted, mut gaps) = (0, 0);
    for case in CASES {
        let text = std::fs::read_to_string(format!("tests/fixtures/{}", case.file)).expect("fixture exists");
        let ann = annotate_in(&text, OffsetUnit::Codepoints);
        let got = table(&ann);
        for want in case.expected {
            let present = got.contains(&owned(want));
            if case.gaps.contains(want) {
                gaps += 1;
                // A gap that closes must move to the asserted rows, or the list goes stale.
                if present {
                    failures.push(format!(
                        "{}: gap row now found {want:?}: remove it from `gaps` (and its \
                         `noise`, and tests/fixtures/README.md's known gaps)",
                        case.file
                    ));
                }
            } else {
                asserted += 1;
                if !present {
                    failures.push(format!("{}: missing row {want:?}", case.file));
                }
            }
        }
        // Rows without a role are names the recogniser found; their precision is the entity
        // tests' business, so only role rows must all be expected.
        for row in got.iter().filter(|r| !r.1.is_empty()) {
            let known = case.expected.iter().chain(case.noise).any(|r| owned(r) == *row);
            if !known {
                failures.push(format!("{}: unexpected row {row:?}", case.file));
            }
        }
        if let Some(speakers) = case.speakers {
            let said: Vec<&str> = ann
                .facts
                .quotes
                .iter()
                .map(|q| q.speaker.as_deref().unwrap_or("?"))
                .collect();
            if said != speakers {
                failures.push(format!(
                    "{}: quote speakers {said:?}, want {speakers:?}",
                    case.file
                ));
            }
        }
    }
    println!("{asserted} rows asserted, {gaps} rows still waiting on entity recognition");
    assert!(failures.is_empty(), "\n{}", failures.join("\n"));
}

#[test]
fn at_least_twelve_fact_fixtures_all_listed() {
    let mut files: Vec<String> = std::fs::read_dir("tests/fixtures")
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|f| f.starts_with("facts-") && f.ends_with(".txt"))
        .collect();
    files.sort();
    let mut listed: Vec<String> = CASES.iter().map(|c| c.file.to_string()).collect();
    listed.sort();
    assert_eq!(files, listed, "every facts-*.txt fixture has a case");
    assert!(files.len() >= 12);
}

/// The README shows the seed article's people table exactly as `--format csv` prints it.
#[test]
fn readme_people_table_is_the_cli_output() {
    let readme = std::fs::read_to_string("README.md").unwrap();
    let start = "$ factlens annotate --format csv tests/fixtures/seed-article.txt\n";
    let block = readme
        .split(start)
        .nth(1)
        .and_then(|rest| rest.split("```").next())
        .expect("README block");
    let text = std::fs::read_to_string("tests/fixtures/seed-article.txt").unwrap();
    let ann = annotate_in(&text, OffsetUnit::Codepoints);
    // The CLI prints the rendered table with one trailing newline.
    let printed = factlens::export::render(&ann, &text, "csv", false).unwrap() + "\n";
    assert_eq!(block, printed);
}

/// Events a fixture states with their place: a named body's summit is an event.
#[test]
fn events_of_the_fact_fixtures() {
    let text = std::fs::read_to_string("tests/fixtures/facts-eu-summit.txt").unwrap();
    let ann = annotate_in(&text, OffsetUnit::Codepoints);
    let events: Vec<(&str, Option<&str>)> = ann
        .facts
        .events
        .iter()
        .map(|e| (e.name.as_str(), e.place.as_deref()))
        .collect();
    assert!(
        events.contains(&("European Council summit", Some("Brussels"))),
        "{events:?}"
    );
}

/// Firms are organisations in the fact table, never people: "Halden Foods" by its company
/// word, "Norvik" from "takeover by Norvik", "Merrill Lynch" from "Analysts at Merrill Lynch".
#[test]
fn firms_of_the_fact_fixtures_are_organisations() {
    for (file, firms) in [
        ("facts-merger.txt", &["Halden Foods", "Norvik"][..]),
        ("facts-bp-results.txt", &["BP", "Merrill Lynch"][..]),
    ] {
        let text = std::fs::read_to_string(format!("tests/fixtures/{file}")).unwrap();
        let ann = annotate_in(&text, OffsetUnit::Codepoints);
        let orgs: Vec<&str> = ann.facts.organizations.iter().map(|o| o.name.as_str()).collect();
        let people: Vec<&str> = ann.facts.people.iter().map(|p| p.name.as_str()).collect();
        for firm in firms {
            assert!(orgs.contains(firm), "{file}: {firm} not in {orgs:?}");
            assert!(!people.contains(firm), "{file}: {firm} in people {people:?}");
        }
    }
}

/// One sentence (invented names) and the rows its people table must and must not hold: a
/// kind of phrasing each, with a negative case beside it.
struct Sentence {
    text: &'static str,
    want: &'static [Row],
    not: &'static [Row],
}

const SENTENCES: &[Sentence] = &[
    // Perfect tenses and adverbs around the copula, in a clause and in a relative clause.
    Sentence {
        text: "Tom Vale has been chief executive of Halden Bank since 2010. Ann Lee, who was \
               previously the chairman of the Harbour Trust, said no. Mark Dunn, who served as mayor \
               of Varnel, agreed.",
        want: &[
            ("Tom Vale", "chief executive", "Halden Bank", ""),
            ("Ann Lee", "chairman", "Harbour Trust", ""),
            ("Mark Dunn", "mayor", "Varnel", ""),
        ],
        not: &[],
    },
    // A research institute's fellows, as news quotes them; "fellow" alone is no title.
    Sentence {
        text: "Tom Vale, a senior fellow at the Halden Institute, said no. His fellow senators agreed.",
        want: &[("Tom Vale", "senior fellow", "Halden Institute", "")],
        not: &[],
    },
    // A body named by its common noun completes a predicate; an adverb may open an apposition.
    Sentence {
        text: "Tom Vale was a member of the committee. Ann Lee, also a director of the Harbour \
               Trust, said no.",
        want: &[
            ("Tom Vale", "member", "", ""),
            ("Ann Lee", "director", "Harbour Trust", ""),
        ],
        not: &[],
    },
    // Longer descriptions before a title; a name in apposition before its copula; two
    // predicates are not one description.
    Sentence {
        text: "Ann Lee, a two-time Olympic gold medalist, said no. His father, Tom Vale, was a \
               geologist. Mark Dunn was incredibly learned and was a strong advocate of reform.",
        want: &[
            ("Ann Lee", "gold medalist", "Olympic", ""),
            ("Tom Vale", "geologist", "", ""),
        ],
        not: &[
            ("Mark Dunn", "strong advocate", "", ""),
            ("Mark Dunn", "advocate", "", ""),
        ],
    },
    // The office a candidate stands for is part of the title; a body after "for" is not.
    Sentence {
        text: "Tom Vale, Halden Party nominee for Governor of Varnel, said no. Ann Lee, spokesman \
               for the Harbour Trust, agreed.",
        want: &[
            ("Tom Vale", "nominee for Governor of Varnel", "Halden Party", ""),
            ("Ann Lee", "spokesman", "Harbour Trust", ""),
        ],
        not: &[],
    },
    // The language an academic post teaches is the title's subject, not a nationality.
    Sentence {
        text: "Tom Vale was a professor of French at Halden University. Ann Lee is a professor of \
               English at Varnel College.",
        want: &[
            ("Tom Vale", "professor of French", "Halden University", ""),
            ("Ann Lee", "professor of English", "Varnel College", ""),
        ],
        not: &[],
    },
    // A compound joined by hyphens describes the holder, in a predicate or an apposition, and
    // a compound of demonyms says where they are from.
    Sentence {
        text: "Ann Lee is an award-winning architect. Tom Vale, a long-time spokesman for the \
               Harbour Trust, said no. Mark Dunn was a Canadian-American actor. Jane Roe was a \
               Halden-born Canadian engineer.",
        want: &[
            ("Ann Lee", "architect", "", ""),
            ("Tom Vale", "spokesman", "Harbour Trust", ""),
            ("Mark Dunn", "actor", "", "United States"),
            ("Jane Roe", "engineer", "", "Canada"),
        ],
        not: &[],
    },
    // A role noun in title case after "a" is a common noun; a place in a body ("a Fellow of",
    // "head of") is a role in a predicate too.
    Sentence {
        text: "In 1750 Tom Vale was elected a Fellow of the Halden Society. Ann Lee was a Member \
               of the Varnel Academy. Mark Dunn was head of the Harbour Trust.",
        want: &[
            ("Tom Vale", "Fellow", "Halden Society", ""),
            ("Ann Lee", "Member", "Varnel Academy", ""),
            ("Mark Dunn", "head", "Harbour Trust", ""),
        ],
        not: &[],
    },
    // A body named by a common noun after the title ("of the jury", "of a Halden Tour event")
    // and a possessive determiner before it; an award's period is no body.
    Sentence {
        text: "Jane Roe was the leading member of the jury. Tom Vale, who is our editor, said no. \
               Ann Lee served as the director of a Halden Tour event. Mark Dunn was named player \
               of the year.",
        want: &[
            ("Jane Roe", "member", "", ""),
            ("Tom Vale", "editor", "", ""),
            ("Ann Lee", "director", "", ""),
        ],
        not: &[("Mark Dunn", "player", "", "")],
    },
    // An office and a comma before a name that carries its own rank: both are the person's.
    Sentence {
        text: "The Halden Task Force Commander, Lt. Gen. Tom Vale, said the operation would go on.",
        want: &[
            ("Tom Vale", "Lt. Gen.", "", ""),
            ("Tom Vale", "Commander", "Halden Task Force", ""),
        ],
        not: &[],
    },
    // "Outgoing", like "new", describes the holder, not the office.
    Sentence {
        text: "The outgoing governor, Tom Vale, said no.",
        want: &[("Tom Vale", "governor", "", "")],
        not: &[("Tom Vale", "outgoing governor", "", "")],
    },
    // A rating's class after its head is part of the title.
    Sentence {
        text: "Petty Officer 2nd Class Ann Lee said no.",
        want: &[("Ann Lee", "Petty Officer 2nd Class", "", "")],
        not: &[],
    },
    // An office "to" a known place keeps it, with or without "the".
    Sentence {
        text: "UK Ambassador to France Ian Frost met the minister.",
        want: &[("Ian Frost", "Ambassador to France", "", "United Kingdom")],
        not: &[],
    },
    // An office written in initials after a name takes no part of the name.
    Sentence {
        text: "Tom Vale MP said no. Ann Lee QC, the prosecutor, agreed.",
        want: &[("Tom Vale", "", "", ""), ("Ann Lee", "prosecutor", "", "")],
        not: &[],
    },
    // Initials before a surname, with a cue, are a person's name, whatever the tagger reads.
    Sentence {
        text: "A.C. Dunn, chief financial officer and treasurer at the Halden Foundation, said no.",
        want: &[
            ("A.C. Dunn", "chief financial officer", "Halden Foundation", ""),
            ("A.C. Dunn", "treasurer", "Halden Foundation", ""),
        ],
        not: &[],
    },
    // A predicate list whose first items are no titles: the titles after them still count.
    Sentence {
        text: "Jane Roe is an American Halden personality, vlogger, comedian and actress.",
        want: &[("Jane Roe", "comedian", "", ""), ("Jane Roe", "actress", "", "")],
        not: &[],
    },
    // A field's name after "of" runs on to its last capitalised word before "at".
    Sentence {
        text: "Ann Lee was Professor of East Asian Studies at Halden University.",
        want: &[(
            "Ann Lee",
            "Professor of East Asian Studies",
            "Halden University",
            "",
        )],
        not: &[],
    },
    // A qualifier before the anchor of an apposition; a rank after its head; "head of" a body.
    Sentence {
        text: "Ann Lee, the former Harbour Trust chairman, said no. Mark Dunn is a professor \
               emeritus at Halden University. He met the head of the Harbour Trust, Tom Vale, on \
               Monday.",
        want: &[
            ("Ann Lee", "former chairman", "Harbour Trust", ""),
            ("Mark Dunn", "professor emeritus", "Halden University", ""),
            ("Tom Vale", "head", "Harbour Trust", ""),
        ],
        not: &[],
    },
    // An age between the name and its apposition; an office given by a passive appointment.
    Sentence {
        text: "Mark Dunn, 54, chief executive of the Harbour Trust, said so. Ann Lee was elected \
               president of the Halden Club in 2005.",
        want: &[
            ("Mark Dunn", "chief executive", "Harbour Trust", ""),
            ("Ann Lee", "president", "Halden Club", ""),
        ],
        not: &[],
    },
    // An "N-year-old" before the apposition's title; describing words after a body's
    // possessive.
    Sentence {
        text: "Mark Dunn, a 32-year-old striker, scored twice. Ann Lee, Halvex's top negotiator, \
               said so.",
        want: &[
            ("Mark Dunn", "striker", "", ""),
            ("Ann Lee", "negotiator", "Halvex", ""),
        ],
        not: &[],
    },
    // A capitalised office set off by commas before the name; a qualifier that is a role noun
    // too joins the office after it; "Under Secretary".
    Sentence {
        text: "Tom Vale and the Health Secretary, Ann Lee, met. Deputy Assistant Secretary of \
               State Mark Dunn and Under Secretary for Trade Jane Roe agreed.",
        want: &[
            ("Ann Lee", "Health Secretary", "", ""),
            ("Mark Dunn", "Deputy Assistant Secretary of State", "", ""),
            ("Jane Roe", "Under Secretary for Trade", "", ""),
        ],
        not: &[
            ("Mark Dunn", "Deputy", "", ""),
            ("Tom Vale", "Health Secretary", "", ""),
        ],
    },
    // A country that modifies a longer body is not the role's country.
    Sentence {
        text: "Ann Lee, a former member of the Norway women's national curling team, spoke.",
        want: &[("Ann Lee", "former member", "", "")],
        not: &[("Ann Lee", "former member", "", "Norway")],
    },
    Sentence {
        text: "She shook her head of hair, Tom Vale said.",
        want: &[],
        not: &[("Tom Vale", "head of hair", "", "")],
    },
    // Idioms and complements in "at" and "in".
    Sentence {
        text: "Tom Vale, editor at large at the Harbour Gazette, said it was late.",
        want: &[("Tom Vale", "editor at large", "Harbour Gazette", "")],
        not: &[("Tom Vale", "editor", "", "")],
    },
    Sentence {
        text: "Ann Lee, a Norvik instructor in French, said so. Mark Dunn, a spokesman in Paris, agreed.",
        want: &[
            ("Ann Lee", "instructor in French", "Norvik", ""),
            ("Mark Dunn", "spokesman", "", ""),
        ],
        not: &[("Mark Dunn", "spokesman in Paris", "", "")],
    },
    // Coordinated titles share the complement after the last one.
    Sentence {
        text: "Ann Lee, chief operating officer and secretary at the Halden Trust, said it.",
        want: &[
            ("Ann Lee", "chief operating officer", "Halden Trust", ""),
            ("Ann Lee", "secretary", "Halden Trust", ""),
        ],
        not: &[("Ann Lee", "chief operating officer", "", "")],
    },
    // Every title of an apposition chain, and a participle closing it.
    Sentence {
        text: "Professor Tom Vale, Director of the National Soil Survey study, and Chairman of the \
               Halden Institute for Soil Science, said it. Mark Dunn, a broker selling grain to \
               the cartel, was named.",
        want: &[
            ("Tom Vale", "Director of the National Soil Survey study", "", ""),
            ("Tom Vale", "Chairman", "Halden Institute for Soil Science", ""),
            ("Mark Dunn", "broker", "", ""),
        ],
        not: &[("Soil Survey", "Director of the National", "", "")],
    },
    // "a representative for <someone's office>", and the same words opening a new clause.
    Sentence {
        text: "Tom Vale, a spokesman for the Kent Sheriff's office, said it. According to Dunn, a \
               detective for the Kent Sheriff's office was told.",
        want: &[("Tom Vale", "spokesman", "", "")],
        not: &[("Dunn", "detective", "", "")],
    },
    // A title phrase before ", Name", through a region, a bracketed expansion or a lower-case
    // title complement.
    Sentence {
        text: "Later the president of the Umbria region, Tom Vale, spoke. The director general of \
               ACR (Acme Council of Rights), Ann Lee, agreed. Mark Dunn, undersecretary to the \
               prime minister, said so.",
        want: &[
            ("Tom Vale", "president", "Umbria region", ""),
            ("Ann Lee", "director general", "Acme Council of Rights", ""),
            ("Mark Dunn", "undersecretary to the prime minister", "", ""),
        ],
        not: &[],
    },
    // A title in apposition to one name is not the next name's.
    Sentence {
        text: "For Ann Lee, a Norvik instructor in French, Tom Vale was a hero.",
        want: &[("Ann Lee", "instructor in French", "Norvik", "")],
        not: &[("Tom Vale", "instructor in French", "Norvik", "")],
    },
    // Role senses and compound agent nouns where the text gives them to someone.
    Sentence {
        text: "Norvik creator Ann Lee said so. Canadian academic and author Tom Vale agreed, \
               including cosplayer Mark Dunn. It was a major Norvik donor program.",
        want: &[
            ("Ann Lee", "creator", "Norvik", ""),
            ("Tom Vale", "academic", "", "Canada"),
            ("Tom Vale", "author", "", ""),
            ("Mark Dunn", "cosplayer", "", ""),
        ],
        not: &[],
    },
    Sentence {
        text: "Ann Lee, a third year Halden art major, said so.",
        want: &[("Ann Lee", "art major", "Halden", "")],
        not: &[],
    },
    // Before the name: a verb after "to" and the city's name stay out; an editor's brackets
    // do not block; a place before a party anchor is no part of it.
    Sentence {
        text: "Fans came to greet city mayor Tom Vale. Guests such as [former Halden Museum CEO] \
               Ann Lee came. Mark Dunn, a Leeds Social Democrat MP, said so.",
        want: &[
            ("Tom Vale", "mayor", "", ""),
            ("Ann Lee", "former CEO", "Halden Museum", ""),
            ("Mark Dunn", "MP", "Social Democrat", ""),
        ],
        not: &[
            ("Tom Vale", "greet city mayor", "", ""),
            ("Tom Vale", "city mayor", "", ""),
        ],
    },
];

#[test]
fn role_phrasings_in_sentences() {
    let mut failures = Vec::new();
    for s in SENTENCES {
        let got = table(&annotate_in(s.text, OffsetUnit::Codepoints));
        for want in s.want {
            if !got.contains(&owned(want)) {
                failures.push(format!("{:?}: missing {want:?} in {got:?}", s.text));
            }
        }
        for not in s.not {
            if got.contains(&owned(not)) {
                failures.push(format!("{:?}: unexpected {not:?}", s.text));
            }
        }
        // Nothing that only describes the holder or names no role is a title.
        if let Some(r) = got
            .iter()
            .find(|r| ["major", "greet", "donor"].iter().any(|w| r.1.starts_with(w)))
        {
            failures.push(format!("{:?}: unexpected {r:?}", s.text));
        }
    }
    assert!(failures.is_empty(), "\n{}", failures.join("\n"));
}
