//! stub
use super::{Input, Rule};
use crate::types::{Entity, Facts};
pub struct Dates;
impl Rule for Dates {
    fn id(&self) -> &'static str { "dates" }
    fn apply(&self, _input: &Input, _facts: &mut Facts, _entities: &mut [Entity]) {}
}
