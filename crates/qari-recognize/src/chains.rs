//! Organisation names that open with a head word and run on through its genitive
//! and adjective chain: وزارة الدفاع، منظمة معاهدة الأمن الجماعي، هيئة كبار العلماء،
//! الجيش السوري الحر، جامعة الملك سعود.
//!
//! The tagger learns organisations from ANERcorp, whose annotators left many such
//! names out (لوزارة الطاقة والمعادن is outside any name there), so it finds the head
//! or the tail and seldom both. Arabic marks the chain in the words themselves: a
//! head in the construct state (no article) is followed by its genitive, a definite
//! word or a name; an indefinite word continues the chain only when a definite one
//! follows it (معاهدة الأمن); definite adjectives then follow (الجماعي). A head with
//! the article names an organisation only with a nisba adjective or a place after it
//! (البرلمان الألماني), since المجلس alone is a council, any council. A name may
//! close with one complement in ل (الاتحاد الأفريقي لكرة القدم، المرصد السوري
//! لحقوق الإنسان) and take one second genitive after و (حزب العدالة والتنمية),
//! as the names of Arab parties, unions and agencies do; an acronym in brackets
//! right after an organisation (واس، الناتو) is that organisation.
//!
//! A head that is also written as a verb (نادى، تحالف) opens a name only before a
//! name or with a nisba in its chain (ونادى المحرضين is "he called on the
//! inciters"). [`Chains::complete`] follows ANERcorp's annotators, who leave many
//! heads outside the name (نادي [الجزيرة], مطار [دمشق]); [`Chains::institutions`],
//! run after it for what qari shows, takes the head in. Two steps of `complete`
//! depart from ANERcorp on purpose, since a reader wants the whole name: a place
//! takes its whole list entry (مكة المكرمة, where ANERcorp tags مكة), and the
//! organisations and landmarks of the hand list are names wherever the tagger
//! left them (`chosen_names`).
//!
//! The chain itself is in `chains/organisations/`, the edges of people's names
//! in `chains/people/`, places' in `chains/places/`, where names end in
//! `chains/edges/`; the lists are in `chains/lists.rs` and the words' shapes in
//! `chains/shape.rs`. This file holds the type and the order the rules of
//! [`Chains::complete`] run in; [`Chains::institutions`]'s are in
//! `chains/institutions.rs`.

use super::features::TokenInfo;
use super::gazetteer::{
    CURATED_ORG_BEGIN, CURATED_ORG_INSIDE, CURATED_PLACE_BEGIN, CURATED_PLACE_INSIDE,
    MAJOR_PLACE_BEGIN, MAJOR_PLACE_INSIDE, NAME_WORDS, TRIGGER_FAMILY, TRIGGER_GIVEN,
    TRIGGER_LOC_HEAD, TRIGGER_NAME, TRIGGER_ORG_HEAD, TRIGGER_PARTICLE, TRIGGER_SPEECH,
    TRIGGER_TITLE,
};
use super::normalize::{fold_phrase, hash_exact, hash_word, normalize, HashKeyed};
use forms::Forms;

/// One rule of [`Chains::complete`] or [`Chains::institutions`] over
/// `labels`. Built with the `trace` feature, it prints what the rule changed
/// to stderr (`cargo run -p qari-recognize --features trace --example trace`):
/// which rule made or cut a name, for whoever mends one.
macro_rules! rule {
    ($words:expr, $labels:expr, $call:expr) => {{
        #[cfg(feature = "trace")]
        let before = $labels.to_vec();
        $call;
        #[cfg(feature = "trace")]
        trace::changed(stringify!($call), $words, &before, $labels);
    }};
}

mod edges;
mod entries;
mod forms;
mod institutions;
mod labels;
mod lists;
mod organisations;
mod people;
mod places;
mod shape;
#[cfg(feature = "trace")]
pub(crate) mod trace;

use edges::*;
pub(crate) use edges::{
    hyphenated_people, latin_gloss, latin_gloss_at, latin_glosses, latin_names_after_heads,
    latin_organisations_again, spokespeople, verbs_open_no_names,
};
use entries::*;
use labels::*;
pub(crate) use labels::{
    holds_any, is_inside, label_name, label_organisation, seen_outside_people, span_end,
    CITY_LIST_BEGIN, COUNTRY_LIST_BEGIN, COUNTRY_LIST_INSIDE, LOC_B, LOC_I, LONGEST_NAME, MISC_B,
    ORG_B, ORG_I, ORG_LIST_BEGIN, ORG_LIST_INSIDE, PERSON_LIST_BEGIN, PERSON_LIST_INSIDE, PER_B,
    PER_I, PLACE_LIST_BEGIN, PLACE_LIST_INSIDE, REGION_LIST_BEGIN,
};
pub(crate) use lists::STATES;
use lists::*;
pub(crate) use organisations::bracketed_acronym;
use organisations::*;
use people::*;
pub(crate) use people::{manner_word, royal_title, ASIAN_FAMILY_WORDS};
use places::*;
pub(crate) use places::{
    adverbs_are_no_places, diseases_are_no_names, opens_a_two_word_place, prayers_are_no_places,
    storms_are_no_names, the_city_is_no_place,
};
use shape::*;
pub(crate) use shape::{
    arabic_letters_only, definite_nisba, definite_pair, future_verb, heads_a_name, holds,
    opens_a_site,
};

/// Lists hashed once.
#[derive(Debug, Clone)]
pub(crate) struct Chains {
    strong: Vec<u64>,
    weak: Vec<u64>,
    particles: Vec<u64>,
    /// Every spelling of a head of [`PLACE_INSTITUTIONS`] that
    /// [`Chains::institutions`] takes, by folded hash (as `head_forms`).
    institutions: Forms,
    /// Every spelling of a head of [`FACILITIES`], as `institutions`.
    facilities: Forms,
    /// Every spelling of a head of [`SITES`], as `institutions`.
    sites: Forms,
    /// Every spelling of a head of [`FEATURES`], as `institutions`.
    features: Forms,
    /// Every spelling of a head of [`BODIES`], as `institutions`.
    bodies: Forms,
    /// [`ADJECTIVES`], by folded hash.
    adjectives: Vec<u64>,
    /// [`NAMED_BY_ADJECTIVE`], by folded hash.
    named_by_adjective: Vec<u64>,
    /// [`NAMED_BY_GENITIVE`], by folded hash.
    named_by_genitive: Vec<u64>,
    /// Every spelling of a head of [`NAMED_AFTER`], as `head_forms`.
    named_after: Forms,
    /// Every spelling of a head of [`PURPOSED`], as `head_forms`.
    purposed: Forms,
    /// Every spelling of a head of [`OF_A_PLACE`], as `institutions`.
    of_a_place: Forms,
    /// Every spelling of a head of [`OUTSIDE_HEADS`], as `institutions`, and
    /// whether it stays outside before a definite word.
    outside: HashKeyed<bool>,
    /// [`VERB_HEADS`], by [`hash_exact`] (ى apart from ي).
    verb_heads: Vec<u64>,
    states: Vec<u64>,
    times: Vec<u64>,
    /// [`DESCRIBING`], by folded hash.
    describing: Vec<u64>,
    /// [`MEMBERS`], by folded hash.
    members: Vec<u64>,
    stops: Vec<u64>,
    /// Every spelling [`word`] takes for a head (و/ف, then ل/ب/ك, then ال, each
    /// or not, before a head), by folded hash: a sentence with none of them has
    /// no chain, and its words need not be looked at one by one.
    head_forms: Forms,
    /// [`SUBORDINATE_BODIES`], and after و or ف, by folded hash.
    subordinate: Forms,
    /// Every spelling of a head of [`GENERAL_HEADS`] with the article, after
    /// و or ف and ب or ل (which drops the article's alef: للإدارة).
    general_heads: Forms,
    /// Every spelling of مجلس after و or ف and ل or ب, each or not.
    councils: Forms,
    /// Every spelling of a head of [`MISSIONS`], [`NAMED_BY_PLACE`] and
    /// [`COURTS`] after و/ف, then ل/ب, then ال, each or not; of
    /// [`DIVISIONS`], without ال.
    missions: Forms,
    named_by_place: Forms,
    courts: Forms,
    divisions: Forms,
    /// Every spelling of a head of [`OFFICIALS_PLACES`], as `divisions`.
    officials_places: Forms,
    /// Every spelling of a word of [`SIDES_OF`], as `divisions`.
    sides_of: Forms,
    /// [`OPEN_SPACES`] after و، ف، ل، ب or none.
    open_spaces: Forms,
    /// Every spelling of a head of [`NATIONAL_HEADS`] (after و، ف or ب), as
    /// `institutions`.
    national_heads: Forms,
    /// Every spelling of a head of [`SETTLEMENTS`], [`FIRM_SETTLEMENTS`] and
    /// their plurals, as `divisions`.
    settlements: Forms,
    /// Every spelling of a head of [`FIRM_SETTLEMENTS`] and [`FIRM_PLURALS`].
    firm_settlements: Forms,
    /// The [`Word`] of each spelling seen, by [`hash_exact`]: a text uses most
    /// of its words again. At most [`WORDS_HELD`], then it starts afresh.
    words: HashKeyed<Word>,
}

impl Chains {
    /// Label each head's whole chain an organisation in `labels` (one sentence),
    /// over what the tagger said about those words, unless a person or place the
    /// tagger found would be cut in two.
    pub(crate) fn complete(&mut self, words: &[&str], infos: &[TokenInfo], labels: &mut [u8]) {
        // Chosen organisations first, so that the chains go on from them
        // (وزارة الخارجية → وزارة الخارجية الإماراتية); chosen places after
        // them, so that a chain keeps a place it holds (هيئة قناة السويس).
        #[cfg(feature = "trace")]
        trace::tagged(words, infos, labels);
        rule!(words, labels, overlong_spans_are_no_names(labels));
        rule!(words, labels, punctuation_ends_names(words, infos, labels));
        rule!(words, labels, tatweels_end_names(words, labels));
        rule!(
            words,
            labels,
            quoted_speech_opens_on_no_name(words, infos, labels)
        );
        rule!(words, labels, glued_places_end_people(words, infos, labels));
        rule!(words, labels, features_open_no_people(words, labels));
        rule!(words, labels, prefixed_places_after_heads(words, labels));
        rule!(
            words,
            labels,
            chosen_names(infos, labels, &CHOSEN_ORGANISATIONS)
        );
        rule!(words, labels, titled_namesakes(words, infos, labels));
        rule!(
            words,
            labels,
            self.organisations(words, infos, labels, false)
        );
        rule!(words, labels, self.verbs_are_no_heads(words, infos, labels));
        rule!(words, labels, panels_are_no_bodies(infos, labels));
        rule!(words, labels, self.listed_after_heads(words, infos, labels));
        rule!(words, labels, acronyms(words, infos, labels));
        rule!(words, labels, named_companies(words, infos, labels));
        rule!(words, labels, self.heads_outside(words, infos, labels));
        rule!(
            words,
            labels,
            self.nationalities_after_names(words, infos, labels)
        );
        rule!(words, labels, self.state_names(words, labels));
        rule!(words, labels, self.whole_phrases(words, infos, labels));
        rule!(words, labels, chosen_names(infos, labels, &CHOSEN_PLACES));
        rule!(words, labels, listed_organisations(infos, labels));
        rule!(
            words,
            labels,
            common_after_lam_opens_no_person(words, infos, labels)
        );
        rule!(
            words,
            labels,
            bodies_after_offices_open_no_person(words, infos, labels)
        );
        rule!(words, labels, after_particles(words, infos, labels));
        rule!(words, labels, given_before_particles(words, infos, labels));
        rule!(words, labels, nasabs_of_given_names(words, infos, labels));
        rule!(words, labels, given_before_people(words, infos, labels));
        rule!(
            words,
            labels,
            self.names_after_descriptions(words, infos, labels)
        );
        rule!(words, labels, names_in_al_din(words, infos, labels));
        rule!(words, labels, names_in_allah(words, labels));
        rule!(
            words,
            labels,
            self.places_before_their_officials(infos, labels)
        );
        rule!(words, labels, turkish_family_names(words, infos, labels));
        rule!(words, labels, given_names_that_are_places(infos, labels));
        rule!(words, labels, family_names_in_waw(words, infos, labels));
        rule!(
            words,
            labels,
            self.places_after_place_words(words, infos, labels)
        );
        rule!(
            words,
            labels,
            self.names_before_people(words, infos, labels)
        );
        rule!(
            words,
            labels,
            given_names_after_bodies(words, infos, labels)
        );
        rule!(words, labels, listed_bodies_after_waw(words, infos, labels));
        rule!(words, labels, family_after_given(words, infos, labels));
        rule!(
            words,
            labels,
            given_and_family_after_bodies(words, infos, labels)
        );
        rule!(words, labels, family_after_compounds(words, infos, labels));
        rule!(words, labels, nisbas_after_people(words, infos, labels));
        rule!(words, labels, surname_after_names(words, infos, labels));
        rule!(words, labels, manner_is_no_person(words, infos, labels));
        rule!(words, labels, family_before_that(words, infos, labels));
        rule!(words, labels, pronouns_end_nasabs(words, infos, labels));
        rule!(words, labels, duals_end_people(words, infos, labels));
        rule!(words, labels, titles_open_no_names(words, infos, labels));
        rule!(
            words,
            labels,
            portfolios_open_no_names(words, infos, labels)
        );
        rule!(words, labels, describers_open_no_names(infos, labels));
        rule!(
            words,
            labels,
            listed_bodies_end_before_people(words, infos, labels)
        );
        rule!(
            words,
            labels,
            connectors_end_no_people(words, infos, labels)
        );
        rule!(words, labels, given_names_with_allah(words, infos, labels));
        rule!(words, labels, towns_of_bin(words, labels));
        rule!(words, labels, towns_of_sidi(words, infos, labels));
        rule!(words, labels, people_side_by_side(words, infos, labels));
        rule!(
            words,
            labels,
            descriptions_open_no_names(words, infos, labels)
        );
        rule!(
            words,
            labels,
            regnal_ordinals_end_people(words, infos, labels)
        );
        rule!(words, labels, mauritanian_names(words, infos, labels));
        rule!(words, labels, prepositions_end_people(words, labels));
        rule!(words, labels, initials_after_names(words, infos, labels));
        rule!(
            words,
            labels,
            names_open_before_particles(words, infos, labels)
        );
        rule!(words, labels, foreign_particles(words, infos, labels));
        rule!(words, labels, nationalities_open_no_people(infos, labels));
        rule!(words, labels, asian_family_names(words, infos, labels));
        rule!(words, labels, asian_names_in_ho(words, infos, labels));
        rule!(words, labels, people_apart(words, infos, labels));
        rule!(words, labels, leagues_name_no_people(words, labels));
        rule!(words, labels, conjoined_names(words, infos, labels));
        rule!(
            words,
            labels,
            places_after_generic_heads(words, infos, labels)
        );
        rule!(words, labels, self.settlements(words, infos, labels));
        rule!(words, labels, prefixed_places(words, infos, labels));
        rule!(words, labels, countries_are_no_people(infos, labels));
        rule!(
            words,
            labels,
            given_names_after_places(words, infos, labels)
        );
        rule!(
            words,
            labels,
            listed_places_beside_places(words, infos, labels)
        );
        rule!(words, labels, lists_of_listed_places(words, infos, labels));
        rule!(words, labels, self.places_in_lists(words, infos, labels));
        rule!(
            words,
            labels,
            self.adjectives_are_no_bodies(words, infos, labels)
        );
        rule!(words, labels, self.sided_provinces(words, infos, labels));
        rule!(words, labels, sided_countries(words, labels));
        rule!(
            words,
            labels,
            self.adjectives_are_no_places(words, infos, labels)
        );
        rule!(words, labels, self.major_places(words, infos, labels));
        rule!(
            words,
            labels,
            listed_places_after_where(words, infos, labels)
        );
        rule!(words, labels, places_listed_on(words, infos, labels));
        rule!(words, labels, particles_end_names(words, labels));
        rule!(words, labels, adjectives_agree(words, labels));
        rule!(words, labels, self.lone_heads(words, infos, labels));
        rule!(words, labels, participles_are_no_heads(words, labels));
        rule!(
            words,
            labels,
            definite_heads_before_people(words, infos, labels)
        );
        rule!(words, labels, nationalities_of_bodies(words, infos, labels));
        rule!(words, labels, currencies(words, labels));
        rule!(words, labels, verbs_end_names(words, infos, labels));
        rule!(words, labels, complements_of_offices(words, infos, labels));
        rule!(words, labels, whole_titles_are_no_names(words, labels));
    }
}

#[cfg(test)]
mod tests;
