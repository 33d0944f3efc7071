//! Places completed or taken by rule: after a generic head or a place word,
//! a listed place after في، إلى، من, an airport, a port or a stadium whole,
//! and adjectives that agree with their noun are no places. One file a family
//! of rules: heads, listed places, facilities, settlements, names read
//! otherwise, and words that are no names.

mod facilities;
mod heads;
mod listed;
mod names;
mod not_names;
mod settlements;

use super::*;

pub(super) use facilities::*;
pub(super) use heads::*;
pub(super) use listed::*;
pub(super) use names::*;
pub(super) use not_names::*;
pub(crate) use not_names::{
    adverbs_are_no_places, diseases_are_no_names, prayers_are_no_places, storms_are_no_names,
    the_city_is_no_place,
};
pub(crate) use settlements::opens_a_two_word_place;
pub(super) use settlements::*;
