//! Places that act as sports teams in prose (the metonymy convention of the README, "Entity
//! rules"): in a sentence about sport, a city or state that is the subject of a result ("Ashford
//! beat …", "Calder took the lead"), its object ("beating Ashford", "a victory over Calder",
//! "led Cleveland with 32 points"), or the possessor of a player or a team's people ("Ashford's
//! coach") is the team, an ORG. Everywhere else (the place of the game, "in Cleveland"; a place
//! acting as a government) it stays a GPE, and a country's name, standing for its national side,
//! always does (the caller's check). The word lists are the grammar of this rule; no team or
//! place is named.

use super::context::Ctx;
use crate::lexicon::Kind;
use crate::types::TokenKind;

/// Words that make a sentence one about sport (sorted: binary-searched for every word).
const SPORT_WORDS: &[&str] = &[
    "Cup",
    "League",
    "championship",
    "club",
    "coach",
    "cup",
    "defeat",
    "final",
    "game",
    "games",
    "goal",
    "goalkeeper",
    "goals",
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
    "score",
    "scored",
    "season",
    "semifinal",
    "striker",
    "team",
    "tournament",
    "victory",
    "wicket",
];

/// Verbs whose subject is a team in a sentence about sport: "Germany has won third place".
const RESULT_VERBS: &[&str] = &[
    "beat", "beats", "defeated", "defeats", "won", "wins", "lost", "loses", "drew", "draws", "edged",
    "thrashed", "routed", "signed", "sacked", "took", "trailed", "leads", "played", "faces", "faced",
];

/// Words before a team as their object: "beating Uruguay", "victory over Britain", "defeated
/// host Italy", "against Spain", "led Cleveland".
const BEFORE_TEAM: &[&str] = &[
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
    "led",
];

/// What a team has after its possessive: "Ashford's coach".
const TEAM_PEOPLE: &[&str] = &[
    "coach",
    "manager",
    "goalkeeper",
    "striker",
    "captain",
    "defense",
    "defence",
    "midfielder",
    "squad",
    "players",
];

/// Per sentence, whether it is about sport: a [`SPORT_WORDS`] word or a score ("2-1", "90-81").
/// One pass over the tokens, built only when a place asks.
pub fn sport_sentences(ctx: &Ctx) -> Vec<bool> {
    let mut sport = vec![false; ctx.doc.sentences.len()];
    let toks = &ctx.doc.tokens;
    let firsts = super::context::first_bytes(SPORT_WORDS.iter().copied());
    let bytes = ctx.doc.text.as_bytes();
    for (i, t) in toks.iter().enumerate() {
        if sport[t.sentence] {
            continue;
        }
        let found = if t.kind == TokenKind::Number {
            i + 2 < toks.len()
                && ctx.joined(i)
                && ctx.joined(i + 1)
                && matches!(ctx.text(i + 1), "-" | "–")
                && toks[i + 2].kind == TokenKind::Number
        } else {
            // Most words are not sport words: their first byte rules them out before their
            // text is read.
            firsts[usize::from(bytes[t.span.start])] && {
                let word = ctx.text(i);
                ((4..=12).contains(&word.len()) || word.eq_ignore_ascii_case("cup"))
                    && SPORT_WORDS.binary_search(&word).is_ok()
            }
        };
        if found {
            sport[t.sentence] = true;
        }
    }
    sport
}

/// Whether the place on tokens `first..end` acts as a team, given which sentences are about
/// sport.
pub fn acts_as_team(ctx: &Ctx, first: usize, end: usize, sport: &[bool]) -> bool {
    if !sport
        .get(ctx.doc.tokens[first].sentence)
        .copied()
        .unwrap_or(false)
    {
        return false;
    }
    let t = |k: usize| {
        if k < ctx.len() && ctx.same_sentence(first, k) {
            ctx.text(k)
        } else {
            ""
        }
    };
    let before = |k: usize| {
        if k >= 1 && ctx.same_sentence(k - 1, first) {
            ctx.text(k - 1)
        } else {
            ""
        }
    };
    // Subject: "Germany has won", "Uruguay took the lead".
    let verb = if matches!(t(end), "has" | "have" | "had") {
        end + 1
    } else {
        end
    };
    if RESULT_VERBS.contains(&t(verb)) {
        return true;
    }
    // Object: "beating Uruguay", "a semifinal against Spain".
    if BEFORE_TEAM.contains(&before(first)) {
        return true;
    }
    // Possessor: "Germany's Sami Khedira scored", "Ashford's coach".
    if matches!(t(end), "'s" | "’s") {
        let next = end + 1;
        return TEAM_PEOPLE.contains(&t(next)) || (next < ctx.len() && ctx.is(next, Kind::GivenName));
    }
    false
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
            // A city in a sentence about sport that is not playing.
            (
                "The tournament will be held in Madrid next season.",
                &[("GPE", "Madrid")],
            ),
        ];
        check(cases, &["ORG", "GPE"]);
    }
}
