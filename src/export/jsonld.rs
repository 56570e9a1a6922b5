//! schema.org JSON-LD of the fact table: a `Person` per person with `jobTitle`, `worksFor`
//! (an `Organization`) and `nationality` (a `Country`, from the roles' countries); the
//! organisations (with their acronym as `alternateName`) and the events with their place and
//! dates. Values that occur once are plain; several become a list, as JSON-LD allows.

use serde_json::{json, Map, Value};

use crate::types::Annotation;

pub fn people(ann: &Annotation) -> Value {
    let facts = &ann.facts;
    let org_ids: std::collections::HashMap<&str, &str> = facts
        .organizations
        .iter()
        .map(|o| (o.name.as_str(), o.id.as_str()))
        .collect();
    let mut graph = Vec::new();
    for p in &facts.people {
        let mut node = Map::new();
        node.insert("@type".into(), json!("Person"));
        node.insert("@id".into(), json!(format!("#{}", p.id)));
        node.insert("name".into(), json!(p.name));
        let titles = unique(p.roles.iter().map(|r| r.title.as_str()));
        let orgs = unique(p.roles.iter().filter_map(|r| r.organization.as_deref()));
        let countries = unique(p.roles.iter().filter_map(|r| r.country));
        let org_node = |name: &str| match org_ids.get(name) {
            Some(id) => json!({"@type": "Organization", "@id": format!("#{id}"), "name": name}),
            None => json!({"@type": "Organization", "name": name}),
        };
        put(&mut node, "jobTitle", titles.iter().map(|t| json!(t)).collect());
        put(&mut node, "worksFor", orgs.iter().map(|o| org_node(o)).collect());
        put(
            &mut node,
            "nationality",
            countries
                .iter()
                .map(|c| json!({"@type": "Country", "name": c}))
                .collect(),
        );
        graph.push(Value::Object(node));
    }
    for o in &facts.organizations {
        let mut node = Map::new();
        node.insert("@type".into(), json!("Organization"));
        node.insert("@id".into(), json!(format!("#{}", o.id)));
        node.insert("name".into(), json!(o.name));
        put(
            &mut node,
            "alternateName",
            o.acronym.iter().map(|a| json!(a)).collect(),
        );
        put(
            &mut node,
            "location",
            o.country
                .iter()
                .map(|c| json!({"@type": "Country", "name": c}))
                .collect(),
        );
        graph.push(Value::Object(node));
    }
    for e in &facts.events {
        let mut node = Map::new();
        node.insert("@type".into(), json!("Event"));
        node.insert("name".into(), json!(e.name));
        put(
            &mut node,
            "location",
            e.place
                .iter()
                .map(|p| json!({"@type": "Place", "name": p}))
                .collect(),
        );
        if let Some(d) = &e.date {
            let (from, to) = d.split_once('/').unwrap_or((d, d));
            node.insert("startDate".into(), json!(from));
            node.insert("endDate".into(), json!(to));
        }
        graph.push(Value::Object(node));
    }
    json!({"@context": "https://schema.org", "@graph": graph})
}

/// Distinct values in first-seen order.
fn unique<'a>(items: impl Iterator<Item = &'a str>) -> Vec<&'a str> {
    let mut out: Vec<&str> = Vec::new();
    for i in items {
        if !out.contains(&i) {
            out.push(i);
        }
    }
    out
}

/// Sets `key` to the one value, to a list of several, or leaves it out when there are none.
fn put(node: &mut Map<String, Value>, key: &str, mut values: Vec<Value>) {
    match values.len() {
        0 => {}
        1 => {
            node.insert(key.into(), values.remove(0));
        }
        _ => {
            node.insert(key.into(), Value::Array(values));
        }
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn person_with_job_title_employer_and_nationality() {
        let text = "the Japan Association of Defence Industries (JADI) and Nobuaki Miyama, Chief Executive \
                    Director of the Japan Association of Defence Industries (JADI), spoke.";
        let mut ann = crate::annotate(text);
        // The recogniser's progress is not under test here: fix the facts by hand.
        ann.facts.people = vec![crate::types::Person {
            id: crate::types::RecordId::new(b'p', 1),
            name: "Nobuaki Miyama".into(),
            roles: vec![crate::types::Role {
                title: "Chief Executive Director".into(),
                organization: Some("Japan Association of Defence Industries".into()),
                country: Some("Japan"),
                start: 0,
                end: 0,
                evidence: vec![],
            }],
            mentions: vec![],
            quotes: vec![],
        }];
        let v = super::people(&ann);
        assert_eq!(v["@context"], "https://schema.org");
        let p = &v["@graph"][0];
        assert_eq!(p["@type"], "Person");
        assert_eq!(p["jobTitle"], "Chief Executive Director");
        assert_eq!(p["worksFor"]["@type"], "Organization");
        assert_eq!(p["worksFor"]["name"], "Japan Association of Defence Industries");
        assert_eq!(p["nationality"]["name"], "Japan");
    }
}
