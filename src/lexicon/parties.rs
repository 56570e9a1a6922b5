//! Political parties as news names them ("Tory", "Lib Dems"), with the party's full name and
//! country: read by the title grammar (a party before a title is the holder's side, no part of
//! the title) and by the role facts (the organisation's canonical name).

/// Political parties as news names them, with the party's full name and country.
const PARTIES: &[(&str, &str, &str)] = &[
    ("Conservative", "Conservative Party", "United Kingdom"),
    ("Conservatives", "Conservative Party", "United Kingdom"),
    ("Democrat", "Democratic Party", "United States"),
    ("Democratic", "Democratic Party", "United States"),
    ("Democrats", "Democratic Party", "United States"),
    ("GOP", "Republican Party", "United States"),
    ("Labour", "Labour Party", "United Kingdom"),
    ("Lib Dem", "Liberal Democrats", "United Kingdom"),
    ("Lib Dems", "Liberal Democrats", "United Kingdom"),
    ("Liberal Democrat", "Liberal Democrats", "United Kingdom"),
    ("Liberal Democrats", "Liberal Democrats", "United Kingdom"),
    ("Republican", "Republican Party", "United States"),
    ("Republicans", "Republican Party", "United States"),
    ("Tories", "Conservative Party", "United Kingdom"),
    ("Tory", "Conservative Party", "United Kingdom"),
];

/// A party's full name and country ("Tory" → Conservative Party, United Kingdom), for a name
/// written without its article.
pub fn party(name: &str) -> Option<(&'static str, &'static str)> {
    PARTIES
        .iter()
        .find(|(alias, ..)| *alias == name)
        .map(|&(_, full, country)| (full, country))
}
