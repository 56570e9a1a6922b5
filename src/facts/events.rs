//! stub
use super::{Input, Rule};
use crate::types::{Entity, Facts};
pub struct Events;
impl Rule for Events {
    fn id(&self) -> &'static str { "events" }
    fn apply(&self, _input: &Input, _facts: &mut Facts, _entities: &mut [Entity]) {}
}
