//! Organisations' names by rule: a head's chain of genitives, adjectives and
//! complements (وزارة الخارجية الأمريكية، الاتحاد الأفريقي لكرة القدم), a
//! definite head alone no name, an acronym in brackets after a name. One file
//! a family of rules: the chain itself, its heads, complements, nationalities,
//! bodies named by a place, acronyms, bodies of others and companies.

mod acronyms;
mod bodies;
mod chain;
mod companies;
mod complements;
mod heads;
mod located;
mod nationalities;

use super::*;

pub(crate) use acronyms::bracketed_acronym;
pub(super) use acronyms::*;
pub(super) use bodies::*;
pub(super) use companies::*;
pub(super) use complements::defended_causes;
use complements::*;
pub(super) use heads::*;
pub(super) use located::*;
pub(super) use nationalities::*;
