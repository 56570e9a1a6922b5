//! Organisations, events, facilities, laws and natural features named by a head word: "Ministry of National Defence of the
//! Republic of Lithuania", "Japan Association of Defence Industries", "Acquisition, Technology
//! and Logistics Agency", "Lithuania–Japan Business Forum"; then acronyms defined in brackets
//! after them ("(ATLA)") or before them, and every later use of such an acronym. Firms and
//! teams without a head word are named by their context in `firms.rs`.

use rustc_hash::{FxHashMap, FxHashSet};

use super::context::Ctx;
use crate::lexicon::shapes::first_bytes;
use crate::lexicon::Kind;
use crate::types::{Candidate, Label, Span, TokenKind};

/// Head words that make a name an event rather than an organisation. A grammar of the
/// recogniser (like its connectors), not a lexicon.
const EVENT_HEADS: &[&str] = &[
    "Forum",
    "Summit",
    "Conference",
    "Congress",
    "Games",
    "Olympics",
    "Championship",
    "Championships",
    "Cup",
    "Festival",
    "Expo",
    "Exhibition",
    "Fair",
    "Symposium",
    "Convention",
    "Dialogue",
    "Talks",
    "Marathon",
    "Tournament",
    "Week",
    "War",
    "Revolution",
    "Uprising",
];

/// Head words of buildings and structures (FAC): "Élysée Palace", "Grand Mosque".
const FACILITY_HEADS: &[&str] = &[
    "Palace",
    "Airport",
    "Bridge",
    "Stadium",
    "Arena",
    "Square",
    "Street",
    "Avenue",
    "Tower",
    "Cathedral",
    "Mosque",
    "Temple",
    "Museum",
    "Station",
    "Prison",
    "Dam",
    "Hotel",
    "Memorial",
];

/// Head words of laws, treaties and the texts states sign (LAW): "Clean Air Act", "Treaty of
/// Rome", "Fifth Amendment", "Paris Agreement", "Geneva Communiqué".
const LAW_HEADS: &[&str] = &[
    "Accord",
    "Accords",
    "Act",
    "Agreement",
    "Amendment",
    "Charter",
    "Communique",
    "Communiqué",
    "Constitution",
    "Declaration",
    "Directive",
    "Protocol",
    "Treaty",
];

/// Words that close a sports club's name (ORG): "Kelvin United", "Leeds Rovers". Not "City" or
/// "Town", which close city names too.
const CLUB_HEADS: &[&str] = &[
    "AFC",
    "Albion",
    "Athletic",
    "FC",
    "Rangers",
    "Rovers",
    "United",
    "Wanderers",
];

/// Whether `word` heads a facility's name ("Airport", "Stadium").
pub fn is_facility_head(word: &str) -> bool {
    super::context::listed(word).head == Some(Head::Facility)
}

/// What a head word names.
#[derive(Clone, Copy, PartialEq)]
pub(super) enum Head {
    Event,
    Facility,
    Law,
    Club,
    Natural,
    /// An armed service ([`SERVICES`]), named only before its member's rank.
    Service,
}

/// Every head word with the kind of name it heads, for [`super::context::listed`], which looks
/// them up with the other lists every capitalised word is asked against. The lists share no
/// word (a test checks).
pub(super) fn heads() -> impl Iterator<Item = (&'static str, Head)> {
    [
        (Head::Natural, super::lexical::NATURAL_HEADS),
        (Head::Club, CLUB_HEADS),
        (Head::Law, LAW_HEADS),
        (Head::Facility, FACILITY_HEADS),
        (Head::Event, EVENT_HEADS),
        (Head::Service, SERVICES),
    ]
    .into_iter()
    .flat_map(|(kind, words)| words.iter().map(move |&w| (w, kind)))
}

/// Heads of a state's offices, named after the state's demonym ("Iraqi Defense Ministry").
const STATE_OFFICE_HEADS: &[&str] = &[
    "Ministry",
    "Embassy",
    "Army",
    "Navy",
    "Parliament",
    "Cabinet",
    "Police",
];

/// Words that continue a name to the right of its head: "Ministry of Defence", "Council for …".
const LINKS: &[&str] = &["of", "for", "on"];

pub const SOURCE: &str = "org-head";

/// The source of acronyms and their long forms.
const ACRONYM_SOURCE: &str = "acronym";

pub fn propose(ctx: &Ctx, out: &mut Vec<Candidate>) {
    let mut orgs: Vec<(usize, usize)> = Vec::new();
    // Heads are capitalised: the word lists are asked only of capitals.
    for h in ctx.capitalised() {
        if ctx.on_caps_line(h) {
            continue;
        }
        let head = ctx.listed(h).head;
        // "Army Lt. Gen. X": a service before its member's rank names the holder's.
        let service = head == Some(Head::Service) && before_rank(ctx, h);
        let label = match head {
            Some(Head::Event) => Label::Event,
            Some(Head::Facility) => Label::Fac,
            Some(Head::Law) => Label::Law,
            _ if ctx.is(h, Kind::OrgHead) => Label::Org,
            Some(Head::Club) => Label::Org,
            Some(Head::Natural) => Label::Loc,
            _ if service => Label::Org,
            None if is_bank_compound(ctx.text(h)) => {
                out.push(Candidate {
                    span: ctx.doc.tokens[h].span,
                    label: Label::Org,
                    source: SOURCE,
                    score: 0.92,
                });
                continue;
            }
            None | Some(Head::Service) => continue,
        };
        // A law's or club's head only closes a name: before another capitalised word it opens
        // or sits inside something else ("Constitution Hall", "United States").
        let closing = label == Label::Law || head == Some(Head::Club);
        if closing && ctx.is_cap(h + 1) && ctx.same_sentence(h, h + 1) {
            continue;
        }
        let mut first = left_edge(ctx, h);
        // "the Iraqi Defense Ministry", "the Iranian Foreign Ministry": a state's office, whose
        // demonym says which state; the name is the office ("Defense Ministry"), the demonym NORP.
        // Firms keep theirs ("British Airways").
        if first < h && ctx.is(first, Kind::Demonym) && STATE_OFFICE_HEADS.contains(&ctx.text(h)) {
            first += 1;
        }
        // A place before a law's name is where it holds, not part of it ("US Fifth Amendment").
        if label == Label::Law {
            if let Some(place) = ctx.place_at(first).filter(|m| m.end_token < h) {
                first = place.end_token;
            }
        }
        let end = right_edge(ctx, h + 1);
        // A bare head ("the Ministry said") names nothing specific, but for a service.
        if first == h && end == h + 1 && !service {
            continue;
        }
        // Inside a span already found from an earlier head ("Japan Association of Defence
        // Industries" has two heads); the earlier one saw the whole name.
        // Only spans still open at `h` can contain it; dropping the rest keeps this linear.
        orgs.retain(|&(_, b)| b > h);
        if orgs.iter().any(|&(a, b)| a <= first && end <= b) {
            continue;
        }
        orgs.push((first, end));
        out.push(Candidate {
            span: Span::new(ctx.start(first), ctx.end(end - 1)),
            label,
            source: SOURCE,
            score: 0.92,
        });
    }
    acronyms(ctx, out);
    super::firms::propose(ctx, out);
}

/// The last words of armed services' names ("Army", "Air Force", "Marine Corps", "Coast
/// Guard"): before a rank they name the holder's organisation, no part of the rank ("U.S. Army
/// General X" → "General" of the "U.S. Army").
const SERVICES: &[&str] = &["Army", "Navy", "Force", "Corps", "Guard", "Marines"];

/// Capitalised token `i` ends an armed service's name ([`SERVICES`]).
pub(super) fn is_service(ctx: &Ctx, i: usize) -> bool {
    ctx.listed(i).head == Some(Head::Service)
}

/// Token `h` stands right before a rank or role: "Army Lt. Gen.", "Navy officer".
fn before_rank(ctx: &Ctx, h: usize) -> bool {
    h + 1 < ctx.len()
        && ctx.same_sentence(h, h + 1)
        && (ctx.is(h + 1, Kind::Honorific)
            || ctx
                .entries_at(h + 1)
                .any(|m| matches!(m.kind, Kind::Title | Kind::RoleNoun)))
}

/// "Bundesbank", "Sberbank", "Rabobank": many banks write their head into one word with the
/// rest of the name (three letters or more before it). The common nouns so spelt ("riverbank")
/// are rare in news and capitalised only where they open a sentence.
fn is_bank_compound(word: &str) -> bool {
    word.len() >= 7
        && word.ends_with("bank")
        && word[..word.len() - 4].bytes().all(|b| b.is_ascii_alphabetic())
}

/// First token of the name ending in head `h`: capitalised words, "and"/"&", and a
/// comma-separated list that "and" closes ("Acquisition, Technology and Logistics Agency").
fn left_edge(ctx: &Ctx, h: usize) -> usize {
    let mut first = h;
    let mut seen_and = false;
    while first > 0 {
        let p = first - 1;
        if !ctx.same_sentence(p, h) {
            break;
        }
        let t = ctx.text(p);
        if ctx.is_cap(p) && !ctx.is(p, Kind::Title) && !ctx.is(p, Kind::Honorific) {
            first = p;
        } else if matches!(t, "and" | "&")
            && p > 0
            && ctx.is_cap(p - 1)
            && !ctx.is(p - 1, Kind::OrgHead)
            && !ends_complement(ctx, p - 1)
        {
            // A head before "and" closes a name of its own: "Toyota Motors and Acme Securities";
            // so does a complement ("Group of Eight and Group of 20").
            seen_and = true;
            first = p;
        } else if t == "," && seen_and && p > 0 && ctx.is_cap(p - 1) && (p < 2 || !ctx.is_cap(p - 2)) {
            first = p - 1;
            break;
        } else if matches!(t, "-" | "–" | "—")
            && ctx.joined(p)
            && p > 0
            && ctx.joined(p - 1)
            && ctx.is_cap(p - 1)
        {
            // "Lithuania–Japan Business Forum"
            first = p;
        } else {
            break;
        }
    }
    while first < h && (ctx.is_function_word(first) || !ctx.is_cap(first)) {
        first += 1;
    }
    // "pro-Beijing New People Party": the hyphenated modifier is not part of the name.
    if first < h && first > 0 && ctx.joined(first - 1) && matches!(ctx.text(first - 1), "-" | "‑") {
        first += 1;
    }
    first
}

/// Whether the capitalised words ending at token `k` follow a link word: "of Eight".
fn ends_complement(ctx: &Ctx, k: usize) -> bool {
    let mut i = k;
    while i > 0 && ctx.is_cap(i) {
        i -= 1;
    }
    LINKS.contains(&ctx.text(i))
}

/// One past the last token of the name: "of National Defence of the Republic of Lithuania".
fn right_edge(ctx: &Ctx, mut end: usize) -> usize {
    // Inside a complement ("… for Preaching"), where "and" joins its last two words.
    let mut in_complement = false;
    loop {
        let mut j = end;
        // "Ministry of Digital Development and Transport of …": "and" joins two portfolios
        // when the name goes on after them; "Group for Preaching and Combat" inside a
        // complement. Not before another head word: "Group of Eight and Group of 20" are two.
        let joined = |k: usize| ctx.is_cap(k) && ctx.place_at(k).is_none() && !ctx.is(k, Kind::OrgHead);
        let and_more = j + 2 < ctx.len()
            && ctx.text(j) == "and"
            && joined(j + 1)
            && (LINKS.contains(&ctx.text(j + 2)) || in_complement && !starts_person(ctx, j + 1));
        if j < ctx.len() && (LINKS.contains(&ctx.text(j)) || and_more) && ctx.same_sentence(end - 1, j) {
            j += 1;
            if j < ctx.len() && ctx.text(j) == "the" {
                j += 1;
            }
            // "Group of 20": a number closes the name; a year does not ("the Geneva
            // Communique of 2012": the year is a date).
            if LINKS.contains(&ctx.text(end))
                && j < ctx.len()
                && ctx.doc.tokens[j].kind == TokenKind::Number
                && !crate::dates::is_year(ctx.text(j))
            {
                return j + 1;
            }
        }
        if j == end {
            // Another head straight after the head: "Deutsche Bank Group", "Motor Corp". Other
            // capitalised words after a head start the next name ("Senate Majority Leader").
            if ctx.is_cap(end) && ctx.same_sentence(end - 1, end) && ctx.is(end, Kind::OrgHead) {
                end += 1;
                continue;
            }
            return end;
        }
        if !ctx.is_cap(j) || starts_person(ctx, j) {
            return end;
        }
        let mut run = j + 1;
        while ctx.is_cap(run)
            && ctx.same_sentence(j, run)
            && !starts_person(ctx, run)
            && !ctx.is(run, Kind::Title)
        {
            run += 1;
        }
        // "University of Texas Arlington Amneh Jafari heard": a long run straight into a
        // lower-case word ends with a person's name.
        if run - j >= 4 && ctx.is_word(run) && !ctx.is_cap(run) {
            run -= 2;
        }
        end = run;
        in_complement = true;
    }
}

fn starts_person(ctx: &Ctx, i: usize) -> bool {
    ctx.is(i, Kind::GivenName) || ctx.is(i, Kind::Honorific)
}

/// Acronyms the text defines ([`crate::text::acronyms`], the definitions the acronym facts read
/// too): the long form is one name, exactly as defined ("Organisation for Economic
/// Co-operation and Development (OECD)", where the head-word rule stops at "Co"), and every
/// use of the acronym in the article takes its label. A long form that a place list has whole
/// is a GPE ("United Arab Emirates (UAE)"); one with an organisation head word or agency in it,
/// or one a head-word name ends or starts with, is an ORG; other long forms (a disease, a
/// programme) give no entity.
fn acronyms(ctx: &Ctx, out: &mut Vec<Candidate>) {
    if ctx.doc.acronyms.is_empty() {
        return;
    }
    // Sets: on a long article every lookup by scanning would be quadratic.
    let named_ends: FxHashSet<usize> = out
        .iter()
        .filter(|c| c.label == Label::Org && c.source == SOURCE)
        .flat_map(|c| [c.span.start, c.span.end])
        .collect();
    let mut defined: FxHashMap<&str, Label> = FxHashMap::default();
    for d in &ctx.doc.acronyms {
        let (first, last) = d.long;
        let span = Span::new(ctx.start(first), ctx.end(last));
        let place = ctx
            .place_at(first)
            .is_some_and(|m| m.end_token == last + 1 && m.kind != Kind::Region);
        let org = (first..=last).any(|i| ctx.is(i, Kind::OrgHead) || ctx.is(i, Kind::Agency))
            || named_ends.contains(&span.start)
            || named_ends.contains(&span.end);
        let label = if place {
            Label::Gpe
        } else if org {
            Label::Org
        } else {
            continue;
        };
        defined.insert(ctx.text(d.short), label);
        out.push(Candidate {
            span,
            label,
            source: ACRONYM_SOURCE,
            // Above the head-word names it corrects (0.92), below the acronyms themselves.
            score: 0.93,
        });
    }
    if defined.is_empty() {
        return;
    }
    let starts = first_bytes(defined.keys().copied());
    for i in ctx.capitalised() {
        if !starts[usize::from(ctx.initial(i))] {
            continue;
        }
        if let Some(&label) = defined.get(ctx.text(i)) {
            out.push(Candidate {
                span: Span::new(ctx.start(i), ctx.end(i)),
                label,
                source: ACRONYM_SOURCE,
                score: 0.95,
            });
        }
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn head_lists_share_no_word() {
        let lists = [
            super::super::lexical::NATURAL_HEADS,
            super::CLUB_HEADS,
            super::LAW_HEADS,
            super::FACILITY_HEADS,
            super::EVENT_HEADS,
        ];
        let all: Vec<&str> = lists.iter().flat_map(|l| l.iter().copied()).collect();
        let unique: rustc_hash::FxHashSet<&str> = all.iter().copied().collect();
        assert_eq!(all.len(), unique.len());
    }

    use crate::entities::context::Ctx;
    use crate::entities::{resolve, rule_candidates};
    use crate::text::analyse;

    /// `(label, text)` of the names the rules alone find in `text`.
    fn names(text: &str) -> Vec<(&'static str, String)> {
        let doc = analyse(text);
        let out = rule_candidates(&Ctx::new(&doc));
        resolve(text, out)
            .into_iter()
            .filter(|e| matches!(e.label.as_str(), "PERSON" | "ORG" | "GPE"))
            .map(|e| (e.label.as_str(), e.text))
            .collect()
    }

    fn org(text: &str) -> (&'static str, String) {
        ("ORG", text.to_string())
    }

    #[test]
    fn natural_features_close_with_their_head() {
        use crate::entities::testing::check;
        check(
            &[(
                "They sailed the Ross Sea to the Kelvin Ice Shelf and the Gulf of Tarsk.",
                &[
                    ("LOC", "Ross Sea"),
                    ("LOC", "Kelvin Ice Shelf"),
                    ("LOC", "Gulf of Tarsk"),
                ],
            )],
            &["LOC", "PERSON"],
        );
    }

    #[test]
    fn an_armed_service_before_a_rank_is_the_holders_organisation() {
        assert_eq!(
            names("Army Lt. Gen. Tom Vale met Air Force Colonel Ann Lee. The Navy said so."),
            [
                org("Army"),
                ("PERSON", "Tom Vale".to_string()),
                org("Air Force"),
                ("PERSON", "Ann Lee".to_string())
            ]
        );
    }

    #[test]
    fn a_bank_writing_its_head_into_its_name_is_an_organisation() {
        assert_eq!(
            names("The Varlobank left rates unchanged, and Tessbank agreed."),
            [org("Varlobank"), org("Tessbank")]
        );
        assert!(names("The bank of the river, the Bank, and a sandbank.").is_empty());
    }

    #[test]
    fn law_heads_name_laws() {
        use crate::entities::testing::check;
        check(
            &[
                (
                    "Under the Clean Water Act and the Treaty of Lisbon, the US Fifth Amendment applies in Constitution Hall.",
                    &[
                        ("LAW", "Clean Water Act"),
                        ("LAW", "Treaty of Lisbon"),
                        ("LAW", "Fifth Amendment"),
                    ],
                ),
                // A bare head names nothing.
                ("The Act was passed.", &[]),
                // Texts states sign; a year after "of" is a date, not part of the name.
                (
                    "They backed the Halden Communique of 2012 and the Varnel Agreement.",
                    &[
                        ("LAW", "Halden Communique"),
                        ("DATE", "2012"),
                        ("LAW", "Varnel Agreement"),
                    ],
                ),
            ],
            &["LAW", "DATE"],
        );
    }

    #[test]
    fn company_words_close_a_firms_name() {
        for (text, firm) in [
            ("Halden Foods, the Leeds-based maker, agreed.", "Halden Foods"),
            ("Shares of Lehman Brothers fell.", "Lehman Brothers"),
            ("Siemens AG said on Monday it would cut jobs.", "Siemens AG"),
            ("Toyota Motors and Acme Securities agreed.", "Toyota Motors"),
            // A club's closing word, even after a given name or a city.
            ("Kelvin United lost to Leeds Rovers.", "Kelvin United"),
            ("Kelvin United lost to Leeds Rovers.", "Leeds Rovers"),
            // "and" inside a complement; a number closing one; a head after "and" opens a name.
            (
                "The Halvar Group for Prayer and Combat said so.",
                "Halvar Group for Prayer and Combat",
            ),
            (
                "It joined the Group of Eight and Group of 20 nations.",
                "Group of Eight",
            ),
            (
                "It joined the Group of Eight and Group of 20 nations.",
                "Group of 20",
            ),
            // A state's office without its demonym; a firm with it.
            ("The Iraqi Defense Ministry confirmed it.", "Defense Ministry"),
            (
                "Norvik Airways and the Dutch Foreign Ministry agreed.",
                "Foreign Ministry",
            ),
        ] {
            assert!(names(text).contains(&org(firm)), "{text:?}: {:?}", names(text));
        }
        // A company word alone names nothing.
        assert!(names("The Partners met.").is_empty());
    }

    #[test]
    fn a_job_at_a_name_or_a_deal_names_a_firm() {
        assert_eq!(
            names("Tom Becker, 52, a senior analyst at Morgan Stanley in New York, said."),
            [
                ("PERSON", "Tom Becker".to_string()),
                org("Morgan Stanley"),
                ("GPE", "New York".to_string())
            ]
        );
        assert_eq!(
            names("Analysts at Merrill Lynch said the figures were good."),
            [org("Merrill Lynch")]
        );
        // Every later use of the name, even with a speech verb after it.
        assert_eq!(
            names("It agreed a takeover by Norvik. Norvik said it would pay."),
            [org("Norvik"), org("Norvik")]
        );
        assert_eq!(
            names("Shares in Procter & Gamble rose."),
            [org("Procter & Gamble")]
        );
        // Places and people stay what they are.
        assert_eq!(
            names("Shares in London rose, said an analyst at Mr Smith's firm."),
            [("GPE", "London".to_string()), ("PERSON", "Smith".to_string())]
        );
    }

    #[test]
    fn a_defined_acronym_and_its_long_form_are_one_name_everywhere() {
        let cases: &[(&str, &[(&str, &str)])] = &[
            (
                "The Organisation for Economic Co-operation and Development (OECD) said. The OECD agreed.",
                &[
                    ("ORG", "Organisation for Economic Co-operation and Development"),
                    ("ORG", "OECD"),
                    ("ORG", "OECD"),
                ],
            ),
            (
                "Talks with the Kestrel Valley Union (KVU) failed. KVU said no.",
                &[("ORG", "Kestrel Valley Union"), ("ORG", "KVU"), ("ORG", "KVU")],
            ),
            // A place defined by its initials stays a place.
            (
                "Officials of the United Arab Emirates (UAE) agreed; the UAE will pay.",
                &[("GPE", "United Arab Emirates"), ("GPE", "UAE"), ("GPE", "UAE")],
            ),
            // Neither an organisation nor a place: no entity for either form.
            (
                "Severe Acute Respiratory Syndrome (SARS) spread. SARS killed many.",
                &[],
            ),
        ];
        crate::entities::testing::check(cases, &["PERSON", "ORG", "GPE"]);
    }
}
