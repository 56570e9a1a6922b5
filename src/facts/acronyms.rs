//! The acronym table: every acronym the text defines, both ways round ("Japan Association of
//! Defence Industries (JADI)", "JADI (Japan Association of Defence Industries)"), as found once
//! by [`crate::text::acronyms`] — the same definitions the entity recognisers read, so the
//! organisation highlighted and the row here name the same words.

use super::{Input, Rule};
use crate::types::{Acronym, Entity, Facts};

pub struct Acronyms;

impl Rule for Acronyms {
    fn id(&self) -> &'static str {
        "acronym"
    }

    fn apply(&self, input: &Input, facts: &mut Facts, _entities: &mut [Entity]) {
        let doc = input.doc;
        let toks = &doc.tokens;
        for d in &doc.acronyms {
            let (first, last) = d.long;
            let long = super::strip_article(&doc.text[toks[first].span.start..toks[last].span.end]);
            let start = toks[if d.short_first() { d.short } else { first }].span.start;
            facts.acronyms.push(Acronym {
                short: doc.token_text(d.short).to_string(),
                long: long.to_string(),
                start,
                end: toks[d.close].span.end,
            });
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::facts::testing::facts;

    fn pairs(text: &str) -> Vec<(String, String)> {
        facts(text, &[])
            .0
            .acronyms
            .into_iter()
            .map(|a| (a.short, a.long))
            .collect()
    }

    #[test]
    fn long_form_then_acronym() {
        assert_eq!(
            pairs("Takeshi Ishikawa, Commissioner of the Acquisition, Technology and Logistics Agency (ATLA); and"),
            [("ATLA".into(), "Acquisition, Technology and Logistics Agency".into())]
        );
        assert_eq!(
            pairs("Director of the Japan Association of Defence Industries (JADI)."),
            [("JADI".into(), "Japan Association of Defence Industries".into())]
        );
        assert_eq!(
            pairs("the Ministry of Defence (MoD) said"),
            [("MoD".into(), "Ministry of Defence".into())]
        );
    }

    #[test]
    fn acronym_then_long_form() {
        assert_eq!(
            pairs("JADI (Japan Association of Defence Industries) said"),
            [("JADI".into(), "Japan Association of Defence Industries".into())]
        );
    }

    #[test]
    fn brackets_anywhere_in_the_text() {
        assert_eq!(
            pairs("(Japan Association of Defence Industries (JADI)"),
            [("JADI".into(), "Japan Association of Defence Industries".into())]
        );
        assert!(pairs("JADI (").is_empty() && pairs("(").is_empty() && pairs("a(b) (").is_empty());
    }

    #[test]
    fn brackets_that_define_nothing() {
        assert!(pairs("Sen. John Kerry (D-Mass.) said").is_empty());
        assert!(pairs("the company (BP) said").is_empty(), "initials must match");
        assert!(pairs("profits rose (see TABLE) today").is_empty());
    }
}
