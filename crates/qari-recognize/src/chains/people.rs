//! The edges of people's names, completed by rule over the tagger's labels:
//! a family name after a given one (after a compound: `edges`), the name
//! after a particle, X الدين, a person after a description, names joined by
//! و. One file a family of rules: family names, lineage, given names, titles,
//! foreign names and people beside other names.

mod family;
mod foreign;
mod given;
mod lineage;
mod neighbours;
mod titles;

use super::*;

pub(super) use family::*;
pub(crate) use foreign::ASIAN_FAMILY_WORDS;
pub(super) use foreign::*;
pub(super) use given::*;
pub(super) use lineage::*;
pub(super) use neighbours::*;
pub(super) use titles::*;
pub(crate) use titles::{manner_word, royal_title};
