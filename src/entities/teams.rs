//! Places that act as sports teams in prose (the metonymy convention of the README, "Entity
//! rules"): in a sentence about sport, a city or state that is the subject of a result ("Ashford
//! beat …", "Calder took the lead"), its object ("beating Ashford", "a victory over Calder",
//! "led Cleveland with 32 points"), or the possessor of a player or a team's people ("Ashford's
//! coach") is the team, an ORG. Everywhere else (the place of the game, "in Cleveland"; a place
//! acting as a government) it stays a GPE, and a country's name, standing for its national side,
//! always does (the caller's check). The word lists are the grammar of this rule; no team or
//! place is named.

use std::sync::OnceLock;

use rustc_hash::FxHashSet;

use super::context::{every_use, Ctx};
use crate::lexicon::shapes::{Shapes, Words};
use crate::lexicon::Kind;
use crate::types::{Candidate, Label, Span, TokenKind};

const SOURCE: &str = "team";

/// Above the tagger's unsure spans (0.6), below a person's cues (0.86–0.88): a surname that
/// wins a match in tennis is a person when the article says so.
const SCORE: f32 = 0.8;

/// A team named by its place and a plural ("Atlanta Hawks"): above the place's own score.
const PLACE_NAMED_SCORE: f32 = 0.9;

/// Words a team's name runs over.
const MAX_NAME_WORDS: usize = 3;

/// Words that make a sentence one about sport.
const SPORT_WORDS: &[&str] = &[
    "Cup",
    "League",
    "baseball",
    "basketball",
    "championship",
    "club",
    "coach",
    "cricket",
    "cup",
    "defeat",
    "final",
    "football",
    "game",
    "games",
    "goal",
    "goalkeeper",
    "goals",
    "golf",
    "hockey",
    "innings",
    "lead",
    "league",
    "match",
    "matches",
    "medal",
    "minute",
    "points",
    "quarterfinal",
    "rebounds",
    "rugby",
    "score",
    "scored",
    "season",
    "semifinal",
    "soccer",
    "striker",
    "team",
    "tennis",
    "tournament",
    "victory",
    "wicket",
];

/// Verbs whose subject is a team in a sentence about sport: "Germany has won third place".
static RESULT_VERBS: Words = Words::new(&[
    "beat",
    "beats",
    "defeated",
    "defeats",
    "won",
    "wins",
    "lost",
    "loses",
    "drew",
    "draws",
    "edged",
    "thrashed",
    "routed",
    "signed",
    "sacked",
    "took",
    "trailed",
    "leads",
    "played",
    "faces",
    "faced",
    "held",
    "equalised",
    "equalized",
    "conceded",
    "hammered",
    "eliminated",
]);

/// Words before a team as their object: "beating Uruguay", "victory over Britain", "defeated
/// host Italy", "against Spain", "led Cleveland".
static BEFORE_TEAM: Words = Words::new(&[
    "beat",
    "beats",
    "beating",
    "defeated",
    "defeating",
    "over",
    "against",
    "edged",
    "thrashed",
    "routed",
    "host",
    "hosts",
    "hosted",
    "held",
    "led",
    "between",
]);

/// What a team has after its possessive: "Ashford's coach".
static TEAM_PEOPLE: Words = Words::new(&[
    "coach",
    "manager",
    "goalkeeper",
    "striker",
    "captain",
    "driver",
    "defense",
    "defence",
    "midfielder",
    "squad",
    "players",
]);

/// Whether sentence `sentence` is about sport: it holds a [`SPORT_WORDS`] word or a score
/// ("2-1", "90-81"). Read only when a team's position asks ([`Ctx::about_sport`]), which few
/// names stand in: reading every token of every sentence cost more than the rest of the rule.
pub fn about_sport(ctx: &Ctx, sentence: usize) -> bool {
    static SHAPES: Shapes = Shapes::new(SPORT_WORDS);
    let toks = &ctx.doc.tokens;
    let first = toks.partition_point(|t| t.sentence < sentence);
    (first..ctx.len())
        .take_while(|&i| toks[i].sentence == sentence)
        .any(|i| match toks[i].kind {
            TokenKind::Number => {
                i + 2 < toks.len()
                    && ctx.joined(i)
                    && ctx.joined(i + 1)
                    && matches!(ctx.text(i + 1), "-" | "–")
                    && toks[i + 2].kind == TokenKind::Number
            }
            // Most words are not sport words: their first byte and length rule them out
            // before their text is compared.
            TokenKind::Word => {
                let word = ctx.text(i);
                SHAPES.may_be(word)
                    && ((4..=12).contains(&word.len()) || word.eq_ignore_ascii_case("cup"))
                    && is_sport_word(word)
            }
            TokenKind::Punct => false,
        })
}

/// A given name that is also a common English word ("Mark", "Bill"; `word_given_names.tsv`).
fn is_word_given_name(word: &str) -> bool {
    static NAMES: OnceLock<FxHashSet<&'static str>> = OnceLock::new();
    NAMES
        .get_or_init(|| crate::lexicon::word_set(include_str!("../../data/lexicons/word_given_names.tsv")))
        .contains(word)
}

/// Whether `word` is one of [`SPORT_WORDS`]: a hash lookup, asked of most words of an article.
fn is_sport_word(word: &str) -> bool {
    static WORDS: OnceLock<FxHashSet<&'static str>> = OnceLock::new();
    WORDS
        .get_or_init(|| SPORT_WORDS.iter().copied().collect())
        .contains(word)
}

/// Whether the place or name on tokens `first..end` acts as a team: it stands where a team does
/// ([`team_position`]) in a sentence about sport.
pub fn acts_as_team(ctx: &Ctx, first: usize, end: usize) -> bool {
    team_position(ctx, first, end) && ctx.about_sport(first)
}

/// Names no list knows that act as teams ("Redmouth held Fulchester to a draw", "Fulchester
/// striker Tom Penn"): ORG, and so is every other use of the same name in the article. A name
/// opening with a given name, or holding a place, title, demonym or honorific, is left to the
/// recognisers of those.
#[inline(never)]
pub fn propose(ctx: &Ctx, out: &mut Vec<Candidate>) {
    let mut found: Vec<(usize, usize)> = Vec::new();
    // The first token after the last name read.
    let mut next = 0;
    for i in ctx.capitalised() {
        if i < next || ctx.is_function_word(i) || ctx.on_caps_line(i) {
            continue;
        }
        let mut end = i + 1;
        while end < ctx.len() && end - i < MAX_NAME_WORDS && ctx.is_cap(end) && ctx.same_sentence(i, end) {
            end += 1;
        }
        // The name's other words are passed over, in any sentence: outside sport none of them
        // is a team either.
        next = end;
        // Where a team stands first, then whether the sentence is about sport: few names
        // stand there, and a sentence is read for sport only when one does.
        if !team_position(ctx, i, end) || !ctx.about_sport(i) {
            continue;
        }
        // A place with a word of the club's own ("Rapid Calder", "Calder United") names a club;
        // a place alone is left to the place lists, which ask `acts_as_team`.
        let places = (i..end)
            .filter(|&k| ctx.place_at(k).is_some() || ctx.in_place(k))
            .count();
        let known = places == end - i
            || (i..end).any(|k| {
                ctx.is(k, Kind::Title)
                || ctx.is(k, Kind::Demonym)
                || ctx.is(k, Kind::Honorific)
                || crate::dates::is_calendar_word(ctx.text(k))
        }) || ctx.is(i, Kind::GivenName)
            // "Mark Dunn beat …": a given name that is also a word, opening a full name.
            || (end - i >= 2 && is_word_given_name(ctx.text(i)))
            // "Mark Dunn ( Norway ) beat": a full name with its country is an athlete's.
            || (end - i >= 2 && end + 1 < ctx.len() && ctx.text(end) == "(" && ctx.is(end + 1, Kind::Country));
        if !known {
            // A club named with its place outranks the place, as a plural name does.
            if places > 0 {
                out.push(Candidate {
                    span: Span::new(ctx.start(i), ctx.end(end - 1)),
                    label: Label::Org,
                    source: SOURCE,
                    score: PLACE_NAMED_SCORE,
                });
            }
            found.push((i, end));
        }
    }
    plural_names(ctx, &mut found, out);
    for (a, b) in every_use(ctx, &found) {
        out.push(Candidate {
            span: Span::new(ctx.start(a), ctx.end(b - 1)),
            label: Label::Org,
            source: SOURCE,
            score: SCORE,
        });
    }
}

/// Teams named by a plural: a place and a capitalised plural no list knows, in a sentence about
/// sport or before a player's role ("Atlanta Hawks center X", "New York Knicks forward Y"), and
/// in a sentence about sport "the" and one ("the Hornets", "the Saints"), which joins `found`. A place's name is
/// proposed above the place's score, so the place is part of it.
fn plural_names(ctx: &Ctx, found: &mut Vec<(usize, usize)>, out: &mut Vec<Candidate>) {
    let plural = |k: usize| {
        k < ctx.len() && {
            let w = ctx.text(k);
            ctx.is_cap(k)
                && !ctx.is_all_caps(k)
                && w.len() > 3
                && w.ends_with('s')
                && !w.ends_with("ss")
                && ctx.entries_at(k).next().is_none()
        }
    };
    for m in ctx
        .lex()
        .iter()
        .filter(|m| matches!(m.kind, Kind::City | Kind::State))
    {
        let k = m.end_token;
        // A team's place where it plays or before a player's role ("Atlanta Hawks center X"),
        // not a place's own plural part ("Florida Keys").
        let playing = || ctx.about_sport(k) || (k + 1 < ctx.len() && ctx.is(k + 1, Kind::RoleNoun));
        if k < ctx.len()
            && ctx.same_sentence(m.first_token, k)
            && plural(k)
            && !ctx.is_cap(k + 1)
            && !super::lexical::is_natural_head(ctx.text(k))
            && playing()
        {
            out.push(Candidate {
                span: Span::new(ctx.start(m.first_token), ctx.end(k)),
                label: Label::Org,
                source: SOURCE,
                score: PLACE_NAMED_SCORE,
            });
        }
    }
    // A plural name is capitalised.
    for k in ctx.capitalised().filter(|&k| k > 0) {
        if ctx.text(k - 1).eq_ignore_ascii_case("the")
            && plural(k)
            && !ctx.is_cap(k + 1)
            && ctx.same_sentence(k - 1, k)
            && ctx.about_sport(k)
        {
            found.push((k, k + 1));
        }
    }
}

/// Where a team stands in a sentence: the subject of a result, its object, the possessor of a
/// player or a team's people, or a modifier before them ("Fulchester striker Tom Penn").
/// Inlined: [`propose`] asks it of every capitalised name, and most are refused at once.
#[inline(always)]
fn team_position(ctx: &Ctx, first: usize, end: usize) -> bool {
    // The text of token `k` if it is in the name's sentence, "" if not (or past the end).
    let sentence = ctx.doc.tokens[first].sentence;
    let t = |k: usize| match ctx.doc.tokens.get(k) {
        Some(token) if token.sentence == sentence => ctx.text(k),
        _ => "",
    };
    let before = |k: usize| k.checked_sub(1).map_or("", t);
    // The words around the name, each read once.
    let (after, prior) = (t(end), before(first));
    // Subject: "Ashford has won", "Calder took the lead", "Calder were held to a draw", and
    // the first of two: "Ashford and Calder drew 1-1".
    let mut verb = end;
    if after == "and" && verb + 1 < ctx.len() && ctx.is_cap(verb + 1) {
        verb += 1;
        while verb < ctx.len()
            && verb - end <= MAX_NAME_WORDS
            && ctx.is_cap(verb)
            && ctx.same_sentence(first, verb)
        {
            verb += 1;
        }
    }
    let mut verb_word = if verb == end { after } else { t(verb) };
    if matches!(verb_word, "has" | "have" | "had" | "was" | "were") {
        verb_word = t(verb + 1);
    }
    if RESULT_VERBS.contains(verb_word) || verb_word == "beaten" {
        return true;
    }
    // A cricket side's innings: "Calder first innings 371".
    if matches!(after, "first" | "second") && t(end + 1) == "innings" {
        return true;
    }
    // Object: "beating Ashford", "a semifinal against Calder".
    if BEFORE_TEAM.contains(prior) {
        return true;
    }
    // The other side of a draw: "drew 0-0 with Calder", "a draw with Calder".
    if prior == "with"
        && first >= 2
        && (matches!(before(first - 1), "drew" | "draw" | "tied")
            || ctx.doc.tokens[first - 2].kind == TokenKind::Number && ctx.same_sentence(first - 2, first))
    {
        return true;
    }
    // Agent of a result: "beaten by Calder", "held to a draw by Calder".
    if prior == "by" && first >= 2 && matches!(before(first - 1), "beaten" | "draw" | "defeat" | "defeated") {
        return true;
    }
    // Possessor: "Ashford's Tom Penn scored", "Ashford's coach".
    if matches!(after, "'s" | "’s") {
        let next = end + 1;
        return TEAM_PEOPLE.contains(t(next)) || (next < ctx.len() && ctx.is(next, Kind::GivenName));
    }
    // Modifier: "Ashford striker Tom Penn", "Calder coach Ian Dale".
    TEAM_PEOPLE.contains(after)
        && end + 1 < ctx.len()
        && ctx.is_cap(end + 1)
        && ctx.same_sentence(end, end + 1)
}

#[cfg(test)]
mod tests {
    use crate::entities::testing::check;

    #[test]
    fn a_place_is_a_team_only_where_it_plays() {
        let cases: &[(&str, &[(&str, &str)])] = &[
            (
                "Boston beat Chicago 2-1 in the final on Sunday.",
                &[("ORG", "Boston"), ("ORG", "Chicago")],
            ),
            (
                "Denver has won the match, and Phoenix's coach resigned.",
                &[("ORG", "Denver"), ("ORG", "Phoenix")],
            ),
            (
                "Lisbon's Rui Costa scored in the 60th minute against Houston.",
                &[("ORG", "Lisbon"), ("ORG", "Houston")],
            ),
            // The place of the game stays a place.
            (
                "Boston won 90-81 in Chicago.",
                &[("ORG", "Boston"), ("GPE", "Chicago")],
            ),
            // A country's name stands for its national side and stays a place.
            (
                "Brazil beat Argentina 2-1 in the final on Sunday.",
                &[("GPE", "Brazil"), ("GPE", "Argentina")],
            ),
            // Not about sport: a country acting as a state stays a GPE.
            (
                "Venezuela agreed to buy the plant, and Peru won a seat on the council.",
                &[("GPE", "Venezuela"), ("GPE", "Peru")],
            ),
            (
                "Japan signed the treaty with China.",
                &[("GPE", "Japan"), ("GPE", "China")],
            ),
            // Plural names: after a place anywhere, after "the" in a sentence about sport.
            (
                "Dallas Falcons forward Mark Dunn missed the game against the Hornets.",
                &[("ORG", "Dallas Falcons"), ("ORG", "Hornets")],
            ),
            ("The Vikings raided the coast in 900.", &[]),
            // A full name opening with a given name that is also a word is a player's.
            ("Mark Dunn beat Tom Vale 6-3 in the final.", &[]),
            // A city in a sentence about sport that is not playing.
            (
                "The tournament will be held in Madrid next season.",
                &[("GPE", "Madrid")],
            ),
        ];
        check(cases, &["ORG", "GPE"]);
    }

    #[test]
    fn a_name_no_list_knows_is_a_team_where_it_plays() {
        let cases: &[(&str, &[(&str, &str)])] = &[
            (
                "Redmouth held Fulchester to a 1-1 draw. Fulchester striker Tom Penn scored.",
                &[
                    ("ORG", "Redmouth"),
                    ("ORG", "Fulchester"),
                    ("ORG", "Fulchester"),
                    ("PERSON", "Tom Penn"),
                ],
            ),
            // Every other use of a team's name, in or out of a sentence about sport.
            (
                "Walmsley beat Ostley 3-0. Fans of Ostley left early.",
                &[("ORG", "Walmsley"), ("ORG", "Ostley"), ("ORG", "Ostley")],
            ),
            // The headline in capitals shouts the same names.
            (
                "SOCCER - WALMSLEY SINK OSTLEY .\nWalmsley beat Ostley 3-0.",
                &[
                    ("ORG", "WALMSLEY"),
                    ("ORG", "OSTLEY"),
                    ("ORG", "Walmsley"),
                    ("ORG", "Ostley"),
                ],
            ),
            // Not about sport: no team.
            ("Redmouth held talks with the minister.", &[]),
            // A club named with its place and a word of its own; a passive result.
            (
                "Rapid Madrid were held to a 1-1 draw by Redmouth, and Madrid Olimpia beat Ostley 2-0.",
                &[
                    ("ORG", "Rapid Madrid"),
                    ("ORG", "Redmouth"),
                    ("ORG", "Madrid Olimpia"),
                    ("ORG", "Ostley"),
                ],
            ),
            // A cricket side's innings; the sides of a match "between" them.
            (
                "The match between Walmsley and Ostley went on. Ostley first innings 371 all out. Redmouth drew 0-0 with Tarley.",
                &[
                    ("ORG", "Walmsley"),
                    ("ORG", "Ostley"),
                    ("ORG", "Ostley"),
                    ("ORG", "Redmouth"),
                    ("ORG", "Tarley"),
                ],
            ),
            (
                "Ostley and Walmsley Athletico drew 1-1 in the league.",
                &[("ORG", "Ostley"), ("ORG", "Walmsley Athletico")],
            ),
        ];
        check(cases, &["ORG", "PERSON"]);
    }
}
