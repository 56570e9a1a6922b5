//! Firms and teams without a head word, named by their context: a job at them ("an analyst at
//! Morgan Stanley"), a deal ("takeover by Norvik", "shares in BP"), a noun saying what they are
//! before or after the name ("the gas monopoly Gazprom", "Verizon, a telecommunications
//! company", "X, the world's largest …"), what only a firm or team has ("X's chief executive",
//! "X's shareholders", "X said its profit …"); then every other use of the same name. And a
//! word in capitals that no list knows ("ZMCA", "TRELCO") is an organisation, weakly: below the
//! tagger, so its reading of the word wins, but enough to keep its unsure ORG there.
//! The grammar words below are the recogniser's, like the head words of `orgs.rs`; no name of
//! any firm, club or place is listed.

use std::sync::OnceLock;

use rustc_hash::FxHashSet;

use super::context::{every_use, Ctx};
use super::titles::words::{self, Class};
use crate::lexicon::shapes::{first_bytes, Words};
use crate::lexicon::{Kind, Lexicon};
use crate::types::{Candidate, Label, Span, TokenKind};

/// Deals name their parties: a capitalised name straight after one of these word pairs is a
/// firm ("takeover by Norvik", "shares in BP", "a stake in Yukos"). A grammar of the
/// recogniser, like [`LINKS`]; places are left out where the name is read. Each link word
/// with the cues it follows.
const DEAL_CUES: &[(&str, &[&str])] = &[
    ("by", &["takeover", "bought", "acquired"]),
    ("of", &["takeover", "shares"]),
    ("with", &["merger"]),
    ("in", &["shares", "stake"]),
    ("for", &["bid", "offer"]),
];

/// Nouns naming what a firm or team is, straight before its name ("the oil firm Yukos", "parent
/// company Tenaris", "the company, Norvik,") or after "Name, a/an/the …" ("Verizon, a
/// telecommunications company").
static FIRM_NOUNS: Words = Words::new(&[
    "company",
    "firm",
    "giant",
    "monopoly",
    "maker",
    "carmaker",
    "automaker",
    "bank",
    "lender",
    "insurer",
    "retailer",
    "airline",
    "carrier",
    "conglomerate",
    "producer",
    "manufacturer",
    "operator",
    "brewer",
    "miner",
    "chipmaker",
    "drugmaker",
    "steelmaker",
    "refiner",
    "exporter",
    "supplier",
    "distributor",
    "brokerage",
    "utility",
    "subsidiary",
    "group",
    "club",
    "team",
]);

/// Words that end the noun phrase heading an apposition.
static PREPOSITIONS: Words =
    Words::new(&["of", "in", "for", "to", "with", "at", "on", "by", "from", "about"]);

/// What only a firm (or team) has, after its possessive: "Norvik's shareholders".
static FIRM_POSSESSIONS: Words = Words::new(&[
    "shareholders",
    "shares",
    "profit",
    "profits",
    "revenue",
    "revenues",
    "earnings",
    "stock",
    "subsidiary",
    "chairman",
]);

/// A firm's people, named right after it: "a Dorvane spokesman", "Kelvo chairman Tom Reed".
static FIRM_PEOPLE: Words = Words::new(&[
    "CEO",
    "chairman",
    "chairwoman",
    "shareholders",
    "spokesman",
    "spokesperson",
    "spokeswoman",
]);

/// Verbs of reporting before "its" and a figure: "Norvik said its profit rose".
static REPORTS: Words = Words::new(&[
    "said",
    "says",
    "reported",
    "reports",
    "posted",
    "posts",
    "announced",
]);

/// Figures a firm reports: "said its profit …", "reported its earnings …".
static FIGURES: Words = Words::new(&[
    "profit",
    "profits",
    "revenue",
    "revenues",
    "earnings",
    "sales",
    "shares",
    "net",
    "quarterly",
    "annual",
]);

/// Verbs of a share price after "<name> shares": "Norvik shares fell".
static PRICE_MOVES: Words = Words::new(&[
    "climbed", "closed", "dropped", "eased", "edged", "ended", "fell", "firmed", "gained", "jumped", "lost",
    "plunged", "rallied", "rose", "slid", "slipped", "soared", "surged", "traded", "tumbled",
]);

/// The source of firms read from their context ([`DEAL_CUES`], a job "at" them).
const CONTEXT_SOURCE: &str = "org-context";

/// Above the person cues a firm's name can also meet ("Morgan" is a given name, "Merrill Lynch
/// said" has a speech verb: 0.86–0.88), below a title just before a name (0.9) and head words.
const CONTEXT_SCORE: f32 = 0.89;

/// A firm's cues before and after its name: above a title's person (0.9).
const BOTH_SIDES_SCORE: f32 = 0.91;

/// The source of words in capitals no list knows.
const CAPS_SOURCE: &str = "org-caps";

/// A word in capitals no list knows: below the tagger's spans (0.6), above nothing.
const CAPS_SCORE: f32 = 0.59;

pub fn propose(ctx: &Ctx, out: &mut Vec<Candidate>) {
    by_context(ctx, out);
    capitals(ctx, out);
}

/// Firms named by their context, then every other capitalised use of the same name: "a senior
/// analyst at Morgan Stanley", "Analysts at Merrill Lynch said", "takeover by Norvik", "the
/// gas monopoly Gazprom", "Verizon, a telecommunications company", "Halcyon's shareholders",
/// "Norvik said its profit …". A name
/// with no head word is otherwise only the tagger's guess, and it reads "Morgan Stanley" as a
/// person.
fn by_context(ctx: &Ctx, out: &mut Vec<Candidate>) {
    let mut found: Vec<(usize, usize)> = Vec::new();
    // A firm's name starts with a capital (see `firm_end`).
    for i in ctx.capitalised() {
        if opening_agent_noun(ctx, i) {
            continue;
        }
        let before = (i >= 2 && (employer_cue(ctx, i) || deal_cue(ctx, i) || cited_source(ctx, i)))
            || (i >= 1 && noun_before(ctx, i));
        // Cues after the name are read only where a name starts.
        let starts_name =
            i == 0 || !ctx.is_cap(i - 1) || ctx.is_function_word(i - 1) || !ctx.same_sentence(i - 1, i);
        if !before && !starts_name {
            continue;
        }
        let end = firm_end(ctx, i);
        // After the name, a person's name is no firm's ("Maria Gonzalez, the …") unless its
        // stock trades, a cue [`cue_after`] reads after any other name too.
        let after = || {
            if ctx.is(i, Kind::GivenName) {
                stock_moves(ctx, end)
            } else {
                cue_after(ctx, end)
            }
        };
        // The cues first: the place lists are asked only about names with one.
        if end > i && (before || after()) && !is_place(ctx, i, end) {
            // Cues on both sides outrank a role noun read as the title of a person's name
            // ("Brewer Carlsten posted a rise in profits").
            if before && after() {
                out.push(Candidate {
                    span: Span::new(ctx.start(i), ctx.end(end - 1)),
                    label: Label::Org,
                    source: CONTEXT_SOURCE,
                    score: BOTH_SIDES_SCORE,
                });
            }
            found.push((i, end));
        }
    }
    for (a, b) in every_use(ctx, &found) {
        out.push(Candidate {
            span: Span::new(ctx.start(a), ctx.end(b - 1)),
            label: Label::Org,
            source: CONTEXT_SOURCE,
            score: CONTEXT_SCORE,
        });
    }
}

/// "analyst at Morgan Stanley", "Economists at Nomura": token `i` follows a job and "at";
/// people work at firms, universities and agencies. A plural job is looked up by its singular.
fn employer_cue(ctx: &Ctx, i: usize) -> bool {
    let job = i - 2;
    if ctx.text(i - 1) != "at" || !ctx.same_sentence(job, i) {
        return false;
    }
    if ctx.is(job, Kind::Title) {
        return true;
    }
    // "analysts" → "Analyst": only here, after a word before "at", so the allocation is rare.
    let Some(singular) = ctx.text(job).strip_suffix('s') else {
        return false;
    };
    let mut chars = singular.chars();
    let title: String = chars
        .next()
        .into_iter()
        .flat_map(char::to_uppercase)
        .chain(chars)
        .collect();
    ctx.is_word(job) && Lexicon::get().lookup(&title, Kind::Title).is_some()
}

/// `Jane Roe. "Title of the story" — Lakeview Courier, August 16, 2008`: a source list names the
/// publication after the quoted headline and a dash, and before the day's date. Without it the
/// name may be an epigraph's speaker (`"…" — Jane Roe, 1984`).
fn cited_source(ctx: &Ctx, i: usize) -> bool {
    if !(matches!(ctx.text(i - 1), "—" | "–" | "-") && matches!(ctx.text(i - 2), "\"" | "”")) {
        return false;
    }
    let end = firm_end(ctx, i);
    end > i
        && end + 2 < ctx.len()
        && ctx.text(end) == ","
        && crate::dates::is_calendar_word(ctx.text(end + 1))
        && ctx.doc.tokens[end + 2].kind == TokenKind::Number
}

/// Token `i` follows a [`DEAL_CUES`] pair: "takeover by", "Shares in".
fn deal_cue(ctx: &Ctx, i: usize) -> bool {
    let (cue, link) = (ctx.text(i - 2), ctx.text(i - 1));
    // The link is a short lower-case word: most tokens before a capital are ruled out here.
    if !(2..=4).contains(&link.len()) || ctx.is_cap(i - 1) {
        return false;
    }
    // Grouped by link: the link is compared with each once, the cue only with its link's.
    let Some((_, cues)) = DEAL_CUES.iter().find(|&&(l, _)| l == link) else {
        return false;
    };
    ctx.same_sentence(i - 2, i) && cues.iter().any(|c| c.eq_ignore_ascii_case(cue))
}

/// One past a firm's name starting at `i`: up to four capitalised words, "&" between two of
/// them ("Procter & Gamble"); `i` itself when the words are a title or no name at all
/// ("takeover by the …"). Places are ruled out by [`is_place`]. Inlined: read at nearly
/// every capitalised word, where the call cost about as much as the words' tests.
#[inline(always)]
fn firm_end(ctx: &Ctx, i: usize) -> usize {
    let word = |k: usize| {
        ctx.is_cap(k)
            && ctx.same_sentence(i, k)
            && !ctx.is_function_word(k)
            && !ctx.is(k, Kind::Title)
            && !ctx.is(k, Kind::Honorific)
            && !ctx.on_caps_line(k)
    };
    let mut end = i;
    while end - i < 4 && (word(end) || (end > i && end < ctx.len() && ctx.text(end) == "&" && word(end + 1)))
    {
        end += 1;
        // "Reporters Without Borders": a capitalised preposition inside the name.
        if end < ctx.len()
            && matches!(ctx.text(end), "Without" | "For" | "Against" | "Of")
            && end + 1 < ctx.len()
            && word(end + 1)
        {
            end += 2;
        }
        // "Coca-Cola", "Rolls-Royce": capitalised parts joined by a hyphen.
        while end + 1 < ctx.len()
            && ctx.text(end) == "-"
            && ctx.joined(end - 1)
            && ctx.joined(end)
            && word(end + 1)
        {
            end += 2;
        }
    }
    end
}

/// The words `i..end` are a place or a demonym, not a firm ("shares in London").
fn is_place(ctx: &Ctx, i: usize, end: usize) -> bool {
    ctx.place_at(i).is_some_and(|m| m.end_token >= end) || ctx.in_place(i) || ctx.is(i, Kind::Demonym)
}

/// "the oil firm Yukos", "parent company Tenaris", "state-run oil company, Petroecuador,": token
/// `i` follows a [`FIRM_NOUNS`] noun, directly or after a comma that opens an apposition.
/// An agent noun ("Brewer Carlsten posted …") may open the sentence, capitalised.
fn noun_before(ctx: &Ctx, i: usize) -> bool {
    let noun = match ctx.text(i - 1) {
        "," if i >= 2 => i - 2,
        "," => return false,
        _ => i - 1,
    };
    ctx.is_word(noun)
        && (if ctx.is_cap(noun) {
            opening_agent_noun(ctx, noun)
        } else {
            FIRM_NOUNS.contains(ctx.text(noun))
        })
        && ctx.same_sentence(noun, i)
        && !crate::dates::is_calendar_word(ctx.text(i))
}

/// Token `i` opens its sentence with a firm's agent noun ("Brewer", "Carmaker"), which starts
/// no name: "Bank", "Group" or "Club" may ("Bank Leumi"), so only nouns in -er and -or count.
/// Asked of every capitalised word: its ending first, which turns away most, before the
/// sentences of it and the token before it are read. Inlined in its two callers: the call
/// cost more than those tests.
#[inline(always)]
fn opening_agent_noun(ctx: &Ctx, i: usize) -> bool {
    let w = ctx.text(i);
    (w.ends_with("er") || w.ends_with("or"))
        && !(i > 0 && ctx.same_sentence(i - 1, i))
        && FIRM_NOUNS.words.iter().any(|n| n.eq_ignore_ascii_case(w))
}

/// What follows a name (ending before `end`) says it is a firm: "…, a telecommunications
/// company", "…, the world's largest …", "…'s shareholders", "…'s chief executive", "… said its
/// first-half profit", "… shares fell".
fn cue_after(ctx: &Ctx, end: usize) -> bool {
    let t = |k: usize| {
        if k < ctx.len() && ctx.same_sentence(end - 1, k) {
            ctx.text(k)
        } else {
            ""
        }
    };
    match t(end) {
        "," if matches!(t(end + 1), "a" | "an" | "the") => {
            if t(end + 2) == "world" && matches!(t(end + 3), "'s" | "’s") {
                return true;
            }
            // The noun of the apposition, before the next punctuation or preposition ("…, the
            // participation of this team" is no team's name); not a possessor ("Maria
            // Gonzalez, the company's chief executive").
            // "…, the country's biggest brewer": a possessive on the way.
            (end + 2..end + 8)
                .take_while(|&k| {
                    k < ctx.len()
                        && (ctx.doc.tokens[k].kind == TokenKind::Word || matches!(ctx.text(k), "'s" | "’s"))
                        && !PREPOSITIONS.contains(ctx.text(k))
                })
                .any(|k| FIRM_NOUNS.contains(ctx.text(k)) && !matches!(t(k + 1), "'s" | "’s"))
        }
        "'s" | "’s" => {
            FIRM_POSSESSIONS.contains(t(end + 1)) || (t(end + 1) == "chief" && t(end + 2) == "executive")
        }
        // "a Dorvane spokesman said", "Kelvo chairman Tom Reed": a firm's people after its name.
        word if FIRM_PEOPLE.contains(word) => true,
        // "the Zim shipping company", "Shell oil company": the firm noun after a modifier.
        word if word.starts_with(|c: char| c.is_ascii_lowercase())
            && FIRM_NOUNS.contains(t(end + 1))
            && !matches!(t(end + 1), "club" | "team" | "group")
            && !words::is(word, Class::Closed) =>
        {
            true
        }
        "chief" => t(end + 1) == "executive",
        // "Varnel and Kolby shares rose", "Varnel and Kolby both reported higher earnings": the
        // first of two names that the cue after the second makes firms.
        "and" if end + 1 < ctx.len() && ctx.is_cap(end + 1) => {
            let other = firm_end(ctx, end + 1);
            other > end + 1 && cue_after(ctx, other)
        }
        "both" => cue_after(ctx, end + 1),
        // "said its profit", "said its first-half net profit": modifiers before the figure;
        // "reported higher earnings", "posted a 12 percent rise in profits": a report is a
        // firm's even without "its" (a person says, but does not report, profits).
        verb if REPORTS.contains(verb) => {
            let figures_from = if t(end + 1) == "its" {
                end + 2
            } else if matches!(verb, "reported" | "reports" | "posted" | "posts") {
                end + 1
            } else {
                return false;
            };
            (figures_from..figures_from + 6)
                .take_while(|&k| {
                    let w = t(k);
                    w == "-"
                        || w.chars()
                            .next()
                            .is_some_and(|c| c.is_lowercase() || c.is_ascii_digit())
                })
                .any(|k| FIGURES.contains(t(k)))
        }
        _ => stock_moves(ctx, end),
    }
}

/// A word a lexicon lists, the article defines ("… Agency (ATLA)") or English uses as a common
/// noun.
pub(super) fn is_known_word(ctx: &Ctx, i: usize) -> bool {
    let word = ctx.text(i);
    ctx.entries_at(i).next().is_some()
        || ctx.doc.acronyms.iter().any(|d| ctx.text(d.short) == word)
        || is_common_acronym(word)
}

/// An acronym English uses as a common noun ("GDP", "DNA", "CEO"): WordNet 3.1's, generated into
/// `common_acronyms.tsv`.
fn is_common_acronym(word: &str) -> bool {
    static WORDS: OnceLock<FxHashSet<&'static str>> = OnceLock::new();
    WORDS
        .get_or_init(|| crate::lexicon::word_set(include_str!("../../data/lexicons/common_acronyms.tsv")))
        .contains(word)
}

/// "Norvik shares fell": the stock of the name ending before `end` moving. Only a firm's does,
/// even when its name opens with a given name.
fn stock_moves(ctx: &Ctx, end: usize) -> bool {
    end + 1 < ctx.len()
        && matches!(ctx.text(end), "shares" | "stock")
        && ctx.same_sentence(end - 1, end + 1)
        && PRICE_MOVES.contains(ctx.text(end + 1))
}

/// Words in capitals, three to six letters (two-letter ones are as often degrees, units and
/// abbreviations: "QC", "IQ", "DH"), that no list has and that stand alone ("ZMCA said",
/// "the NBA's rules"): organisations unless the tagger reads them otherwise. Not on headline
/// lines, not next to other capitalised words (a shouted surname: "King ABDALLAH"), not Roman
/// numerals, not an acronym the text defines as something else, not a word the article also
/// writes in lower case.
fn capitals(ctx: &Ctx, out: &mut Vec<Candidate>) {
    let name_word = |k: usize| ctx.is_cap(k) && !ctx.is_function_word(k);
    let mut found: Vec<usize> = Vec::new();
    for i in ctx.in_capitals() {
        if ctx.on_caps_line(i) {
            continue;
        }
        let word = ctx.text(i);
        let n = word.chars().count();
        let alone = (i == 0 || !ctx.same_sentence(i - 1, i) || !name_word(i - 1))
            && (i + 1 >= ctx.len() || !ctx.same_sentence(i, i + 1) || !name_word(i + 1));
        let known = ctx.in_place(i) || is_known_word(ctx, i);
        let roman = word.chars().all(|c| "IVXLCDM".contains(c));
        // "COVID-19", "F-16", "H5N1": part of a longer code, not a name.
        let glued = (ctx.joined(i) && matches!(ctx.text(i + 1), "-" | "‑" | "/"))
            || (i > 0 && ctx.joined(i - 1) && matches!(ctx.text(i - 1), "-" | "‑" | "/"));
        if (3..=6).contains(&n)
            && alone
            && !known
            && !roman
            && !glued
            && word.chars().all(|c| c.is_ascii_uppercase())
        {
            found.push(i);
        }
    }
    if found.is_empty() {
        return;
    }
    // Words the article also writes in lower case ("AIDS" and "aids") are words.
    let lower: FxHashSet<String> = found.iter().map(|&i| ctx.text(i).to_ascii_lowercase()).collect();
    let starts = first_bytes(lower.iter().map(String::as_str));
    let written_lower: FxHashSet<&str> = (0..ctx.len())
        .filter(|&k| starts[usize::from(ctx.initial(k))] && (3..=6).contains(&ctx.text(k).len()))
        .map(|k| ctx.text(k))
        .filter(|w| lower.contains(*w))
        .collect();
    for i in found {
        if written_lower.contains(ctx.text(i).to_ascii_lowercase().as_str()) {
            continue;
        }
        out.push(Candidate {
            span: Span::new(ctx.start(i), ctx.end(i)),
            label: Label::Org,
            source: CAPS_SOURCE,
            score: CAPS_SCORE,
        });
    }
}

#[cfg(test)]
mod tests {
    use crate::entities::testing::check;

    const LABELS: &[&str] = &["PERSON", "ORG", "GPE", "NORP"];

    #[test]
    fn context_names_firms_without_a_head_word() {
        let cases: &[(&str, &[(&str, &str)])] = &[
            (
                "The gas monopoly Halvex approved the plan, and Halvex said it would bid.",
                &[("ORG", "Halvex"), ("ORG", "Halvex")],
            ),
            // "group" before a name, a capitalised preposition inside one.
            (
                "Electronics group Varlen said sales fell; the rights group Medics Without Borders agreed.",
                &[("ORG", "Varlen"), ("ORG", "Medics Without Borders")],
            ),
            // A hyphenated name; a firm noun after a modifier.
            (
                "Sales at drinks giant Varro-Tesk rose, and the Zelk shipping company apologised.",
                &[("ORG", "Varro-Tesk"), ("ORG", "Zelk")],
            ),
            (
                "It bought 28 percent of Tarvion, a telecommunications company based abroad.",
                &[("ORG", "Tarvion")],
            ),
            (
                "Ostrava Steelworks, the world's largest maker of rails, agreed.",
                &[("ORG", "Ostrava Steelworks")],
            ),
            ("Brindle's shareholders approved the deal.", &[("ORG", "Brindle")]),
            ("Quarnley's chief executive resigned.", &[("ORG", "Quarnley")]),
            ("Velmora said its profit rose sharply.", &[("ORG", "Velmora")]),
            (
                "Dorvane said its first-half net profit rose.",
                &[("ORG", "Dorvane")],
            ),
            ("Kolby Hydro shares fell 3 percent.", &[("ORG", "Kolby Hydro")]),
            (
                "Varnel and Kolby shares rose.",
                &[("ORG", "Varnel"), ("ORG", "Kolby")],
            ),
            (
                "Varnel and Tarvion Data both reported higher earnings.",
                &[("ORG", "Varnel"), ("ORG", "Tarvion Data")],
            ),
            // A firm's noun opening the sentence; a report of figures without "its".
            (
                "Brewer Carlsten posted a 12 percent rise in profits.",
                &[("ORG", "Carlsten")],
            ),
            ("Analysts at brokerage Kessel said so.", &[("ORG", "Kessel")]),
            (
                "A Dorvane spokesman said so, and Kelvo chairman Tom Reed agreed.",
                &[("ORG", "Dorvane"), ("ORG", "Kelvo"), ("PERSON", "Tom Reed")],
            ),
            // "shares" as a verb: a person shares something.
            ("Tom Becker shares a flat.", &[("PERSON", "Tom Becker")]),
            ("He made a bid for Kestrane last year.", &[("ORG", "Kestrane")]),
            // Places, weekdays and people stay what they are.
            ("The central bank Monday raised rates.", &[]),
            (
                "London's shareholders met. Paris, the French capital, agreed.",
                &[("GPE", "London"), ("GPE", "Paris"), ("NORP", "French")],
            ),
            ("Mr Brindle said its profit rose.", &[("PERSON", "Brindle")]),
            (
                "Maria Gonzalez, the company's chief executive, said profits rose.",
                &[("PERSON", "Maria Gonzalez")],
            ),
            (
                // The country is the office's ("Ambassador to Canada"), no place of its own.
                "For Ambassador to Canada Tom Becker, the work of this team matters.",
                &[("PERSON", "Tom Becker")],
            ),
            // A source list's publication, between the quoted headline and the day; an
            // epigraph's speaker with a year is no publication.
            (
                "Jane Fox. \"Flood waters rise\" — Lakeview Sun, August 16, 2008",
                &[("PERSON", "Jane Fox"), ("ORG", "Lakeview Sun")],
            ),
            (
                "\"We will be back,\" — Arnold Brown, 1984",
                &[("PERSON", "Arnold Brown")],
            ),
        ];
        check(cases, LABELS);
    }

    #[test]
    fn a_word_in_capitals_no_list_knows_is_an_organisation() {
        let cases: &[(&str, &[(&str, &str)])] = &[
            ("The QXR said on Monday it would appeal.", &[("ORG", "QXR")]),
            ("Officials of the BVFA met.", &[("ORG", "BVFA")]),
            ("Cases of COVID-19 rose; the QX said so.", &[]),
            // A place or a demonym in capitals is that place or group.
            ("The USA said on Monday it would appeal.", &[("GPE", "USA")]),
            // Roman numerals, shouted names and words the article writes in lower case are not.
            ("Pope Pius XII died. King ABDALLAH spoke.", &[("PERSON", "Pius")]),
            ("The AIDS virus spreads; aids were sent.", &[]),
            // An acronym English uses as a common noun.
            (
                "GDP rose and the QXR said the DNA test failed.",
                &[("ORG", "QXR")],
            ),
            // A headline in capitals is no organisation.
            ("SEEDS FALL ON OPENING DAY\n\nThe seeds fell.", &[]),
        ];
        check(cases, LABELS);
    }
}
