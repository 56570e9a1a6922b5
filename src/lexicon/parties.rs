//! Political parties as news names them ("Tory", "Lib Dems"), with the party's full name and
//! country (`data/lexicons/parties.tsv`): read by the title grammar (a party before a title is
//! the holder's side, no part of the title) and by the role facts (the organisation's
//! canonical name).

use std::sync::OnceLock;

/// A party's full name and country ("Tory" → Conservative Party, United Kingdom), for a name
/// written without its article. The list (sorted by the generator) is read once: rules ask
/// about many words.
pub fn party(name: &str) -> Option<(&'static str, &'static str)> {
    static PARTIES: OnceLock<Vec<[&str; 3]>> = OnceLock::new();
    let parties = PARTIES.get_or_init(|| {
        include_str!("../../data/lexicons/parties.tsv")
            .lines()
            .filter(|l| !l.starts_with('#'))
            .filter_map(|line| {
                let mut fields = line.split('\t');
                Some([fields.next()?, fields.next()?, fields.next()?])
            })
            .collect()
    });
    let at = parties.binary_search_by(|p| p[0].cmp(name)).ok()?;
    Some((parties[at][1], parties[at][2]))
}

#[cfg(test)]
mod tests {
    use super::party;

    #[test]
    fn parties_by_the_names_news_gives_them() {
        assert_eq!(party("Tory"), Some(("Conservative Party", "United Kingdom")));
        assert_eq!(party("Lib Dems"), Some(("Liberal Democrats", "United Kingdom")));
        assert_eq!(party("Halden"), None);
        // Every listed name is found: the generator keeps the list sorted.
        for line in include_str!("../../data/lexicons/parties.tsv")
            .lines()
            .filter(|l| !l.starts_with('#'))
        {
            assert!(party(line.split('\t').next().unwrap()).is_some(), "{line}");
        }
    }
}
