//! Where names begin and end by rule, over the tagger's labels: at a dash
//! between two people, before a preposition or a particle no name ends on,
//! after the reporting verb a name was opened on, after the family name that
//! follows a compound (عبد الرحيم الزيات); a spokesperson's name after the body
//! they speak for; a Latin gloss after a name.

mod ends;
mod latin;
mod speakers;

use super::*;

pub(crate) use ends::verbs_open_no_names;
pub(super) use ends::*;
pub(crate) use latin::{
    latin_gloss, latin_gloss_at, latin_glosses, latin_names_after_heads, latin_organisations_again,
};
pub(super) use speakers::*;
pub(crate) use speakers::{hyphenated_people, spokespeople};
