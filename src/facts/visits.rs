//! stub
use super::{Input, Rule};
use crate::types::{Entity, Facts};
pub struct Visits;
impl Rule for Visits {
    fn id(&self) -> &'static str { "visits" }
    fn apply(&self, _input: &Input, _facts: &mut Facts, _entities: &mut [Entity]) {}
}
