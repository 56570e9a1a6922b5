//! The people table as CSV: `name,title,organization,country`, one row per role (a person with
//! no role gets one row with empty fields), quoted as RFC 4180 says: a field holding a comma,
//! quote or line break is enclosed in double quotes, with inner quotes doubled. Lines end in
//! LF, which every CSV reader accepts.

use crate::types::Annotation;

pub fn people(ann: &Annotation) -> String {
    let mut out = String::from("name,title,organization,country");
    let mut row = |fields: [&str; 4]| {
        out.push('\n');
        for (i, f) in fields.iter().enumerate() {
            if i > 0 {
                out.push(',');
            }
            out.push_str(&quote(f));
        }
    };
    for p in &ann.facts.people {
        if p.roles.is_empty() {
            row([&p.name, "", "", ""]);
        }
        for r in &p.roles {
            row([
                &p.name,
                &r.title,
                r.organization.as_deref().unwrap_or(""),
                r.country.unwrap_or(""),
            ]);
        }
    }
    out
}

fn quote(field: &str) -> String {
    if field.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", field.replace('"', "\"\""))
    } else {
        field.to_string()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn quoting_follows_rfc_4180() {
        assert_eq!(quote("plain"), "plain");
        assert_eq!(quote("Acquisition, Technology"), "\"Acquisition, Technology\"");
        assert_eq!(quote("the \"Iron Lady\""), "\"the \"\"Iron Lady\"\"\"");
        assert_eq!(quote("two\nlines"), "\"two\nlines\"");
    }

    #[test]
    fn one_row_per_role_and_one_for_a_person_without() {
        use crate::types::{Person, RecordId, Role};
        let role = |title: &str, org: Option<&str>| Role {
            title: title.into(),
            organization: org.map(Into::into),
            country: Some("United Kingdom"),
            start: 0,
            end: 0,
            evidence: vec![],
        };
        let person = |number, name: &str, roles| Person {
            id: RecordId::new(b'p', number),
            name: name.into(),
            roles,
            mentions: vec![],
            quotes: vec![],
        };
        let mut ann = crate::annotate("");
        ann.facts.people = vec![
            person(
                1,
                "Lord Browne",
                vec![
                    role("chief executive", Some("BP")),
                    role("chairman", Some("Smith, Jones")),
                ],
            ),
            person(2, "Tony Blair", vec![]),
        ];
        assert_eq!(
            people(&ann),
            "name,title,organization,country\n\
             Lord Browne,chief executive,BP,United Kingdom\n\
             Lord Browne,chairman,\"Smith, Jones\",United Kingdom\n\
             Tony Blair,,,"
        );
    }
}
