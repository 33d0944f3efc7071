//! The labels' codes, the bits of the lists' entries and the helpers that read and
//! write spans of labels: what every rule, and the passes after the chains, share.

use super::*;

/// Labels as the tagger numbers them (`features::TYPES`: B = 1 + 2t, I = 2 + 2t).
pub(crate) const PER_B: u8 = 1;

pub(crate) const PER_I: u8 = 2;

pub(crate) const LOC_B: u8 = 3;

pub(crate) const LOC_I: u8 = 4;

pub(crate) const ORG_B: u8 = 5;

pub(crate) const ORG_I: u8 = 6;

/// The tagger's other names (MISC), which qari does not show.
pub(crate) const MISC_B: u8 = 7;

/// The begin and inside bits of the gazetteer's organisation entries (class 3 of
/// `gazetteer::CLASS_NAMES`) in [`TokenInfo::gazetteer`].
pub(crate) const ORG_LIST_BEGIN: u16 = 1 << 6;

pub(crate) const ORG_LIST_INSIDE: u16 = 1 << 7;

/// The begin bits of the gazetteer's countries, cities and regions (classes
/// 0 to 2), each and together; `PLACE_LIST_INSIDE` their inside bits.
pub(crate) const COUNTRY_LIST_BEGIN: u16 = 1;

pub(crate) const COUNTRY_LIST_INSIDE: u16 = COUNTRY_LIST_BEGIN << 1;

pub(crate) const CITY_LIST_BEGIN: u16 = 1 << 2;

pub(crate) const REGION_LIST_BEGIN: u16 = 1 << 4;

pub(crate) const PLACE_LIST_BEGIN: u16 = COUNTRY_LIST_BEGIN | CITY_LIST_BEGIN | REGION_LIST_BEGIN;

pub(crate) const PLACE_LIST_INSIDE: u16 = PLACE_LIST_BEGIN << 1;

/// The begin and inside bits of the gazetteer's people (class 4).
pub(crate) const PERSON_LIST_BEGIN: u16 = 1 << 8;

pub(crate) const PERSON_LIST_INSIDE: u16 = 1 << 9;

/// The end of the organisations' list entry that begins at `start`.
pub(super) fn listed_end(infos: &[TokenInfo], start: usize) -> usize {
    entry_end(infos, start, ORG_LIST_INSIDE)
}

/// The end of a list entry that begins at `start`, whose words after the
/// first carry one of the `inside` bits.
pub(super) fn entry_end(infos: &[TokenInfo], start: usize, inside: u16) -> usize {
    let mut end = start + 1;
    while end < infos.len() && infos[end].gazetteer & inside != 0 {
        end += 1;
    }
    end
}

/// A word the training text showed often, and seldom as a place: a listed place
/// that is a common word first (جديد, new, in مستشفى جديد).
pub(super) fn seen_as_common(info: &TokenInfo) -> bool {
    info.stats.count >= 3 && info.stats.shares[1] < 64
}

/// A word the training text showed often, mostly outside people's names: a
/// noun first (فوز, a win; مزيد).
pub(crate) fn seen_outside_people(info: &TokenInfo) -> bool {
    info.stats.count >= 3 && info.stats.shares[0] < 128
}

/// Longest name, in tokens, that the tagger's reading or a repeat is kept
/// for: ANERcorp's longest is nine words and a body's full title (بعثة الأمم
/// المتحدة لتقديم المساعدة إلى العراق) some eight, but a genealogy in
/// Wikipedia (محمد بن ثاني بن محمد بن ثامر بن علي …) runs to a hundred.
pub(crate) const LONGEST_NAME: usize = 200;

/// An I- label: a name that began on an earlier word.
pub(crate) fn is_inside(label: u8) -> bool {
    label != 0 && label.is_multiple_of(2)
}

/// Whether some word of the sentence carries one of `wanted`. Most rules act
/// only at or beside a name of a given kind, and most sentences hold few
/// names: such a rule opens by asking this of the labels as they stand when
/// it runs, and a sentence without that kind of name is not walked word by
/// word. (One search of the labels for each label wanted: a search for one
/// byte reads a word's worth of labels at a time.)
pub(crate) fn holds_any(labels: &[u8], wanted: &[u8]) -> bool {
    wanted.iter().any(|w| labels.contains(w))
}

/// Where the name that begins at `start` ends (one word past `start` at least).
pub(crate) fn span_end(labels: &[u8], start: usize) -> usize {
    let mut end = start + 1;
    if labels[start] != 0 {
        while end < labels.len() && labels[end] == labels[start] + 1 {
            end += 1;
        }
    }
    end
}

/// Label words `a..b` one organisation, and a name the tagger ran on past it a
/// name of its own.
pub(crate) fn label_organisation(labels: &mut [u8], a: usize, b: usize) {
    label_name(labels, a, b, ORG_B);
}

/// Label words `a..b` one name whose first label is `begin` (a kind's B
/// label), and a name the tagger ran on past it a name of its own.
pub(crate) fn label_name(labels: &mut [u8], a: usize, b: usize, begin: u8) {
    labels[a] = begin;
    labels[a + 1..b].fill(begin + 1);
    if let Some(l) = labels.get_mut(b) {
        if is_inside(*l) {
            *l -= 1;
        }
    }
}
