//! [`Chains::institutions`]: the rules run after [`Chains::complete`] for what qari
//! shows, in their order, which take in the heads ANERcorp leaves outside a name.

use super::*;

impl Chains {
    /// The names a reader sees, from the tagger's labels as [`Chains::complete`]
    /// left them (which follow ANERcorp's annotators, and are scored against
    /// them): a head in the construct state (no article) just before an
    /// organisation the tagger found opens it (نادي الهلال، شركة أرامكو, where
    /// ANERcorp tags الهلال alone), and a head of [`PLACE_INSTITUTIONS`] before a
    /// place makes one organisation of both (بورصة الكويت، مستشفى دبي); and
    /// the places the reader takes where the tagger did not: a listed place
    /// after في، إلى، من and an airport, a port or a stadium whole.
    pub(crate) fn institutions(&mut self, words: &[&str], infos: &[TokenInfo], labels: &mut [u8]) {
        // A strong head's chain that the tagger began nowhere: وزارة الدفاع,
        // which ANERcorp leaves out (`complete` follows it), and its acronym.
        rule!(
            words,
            labels,
            self.organisations(words, infos, labels, true)
        );
        rule!(words, labels, self.verbs_are_no_heads(words, infos, labels));
        rule!(words, labels, panels_are_no_bodies(infos, labels));
        rule!(words, labels, self.whole_phrases(words, infos, labels));
        rule!(
            words,
            labels,
            self.nationalities_after_names(words, infos, labels)
        );
        rule!(
            words,
            labels,
            nationalities_of_companies(words, infos, labels)
        );
        rule!(words, labels, self.national_bodies(words, infos, labels));
        rule!(
            words,
            labels,
            names_before_latin_acronyms(words, infos, labels)
        );
        rule!(words, labels, acronyms(words, infos, labels));
        rule!(words, labels, self.listed_with_heads(words, infos, labels));
        rule!(words, labels, self.bodies_of_places(words, infos, labels));
        rule!(words, labels, self.facilities(words, infos, labels));
        // A feature's name that ends on a place's first word (مضيق باب المندب).
        rule!(words, labels, prefixed_places(words, infos, labels));
        rule!(words, labels, self.sites(words, infos, labels));
        rule!(words, labels, self.described_bodies(words, infos, labels));
        rule!(words, labels, holding_companies(words, infos, labels));
        rule!(words, labels, complements_of_offices(words, infos, labels));
        rule!(words, labels, defended_causes(words, infos, labels));
        rule!(words, labels, whole_titles_are_no_names(words, labels));
        for i in 0..labels.len().saturating_sub(1) {
            // A listed place the tagger left alone after an institution's head
            // is that place: مستشفى العريش.
            if labels[i] == 0
                && labels[i + 1] == 0
                && infos[i + 1].gazetteer & PLACE_LIST_BEGIN != 0
                && !seen_as_common(&infos[i + 1])
                && self.is_institution(infos[i].norm)
            {
                mark_listed_place(infos, labels, i + 1);
            }
            let next = labels[i + 1];
            if labels[i] != 0 || !matches!(next, ORG_B | LOC_B) {
                continue;
            }
            let institution = self.is_institution(infos[i].norm);
            if !(institution || self.head_forms.contains_key(&infos[i].norm)) {
                continue;
            }
            let w = self.shape(words[i]);
            let opens = if next == ORG_B {
                w.head || institution
            } else {
                institution
            };
            // A head after it is a name of its own (ونادى حزب الله: called on
            // Hezbollah); a verb is no head (see `verbs_are_no_heads`).
            if !opens || w.definite || self.shape(words[i + 1]).head || self.is_verb_head(words[i])
            {
                continue;
            }
            // وكالة رويترز: a well-known body of one word keeps its own
            // name; the head only says what it is.
            let described = DESCRIBED_HEADS.contains(&normalize(words[i]).as_str())
                && next == ORG_B
                && infos[i + 1].gazetteer & CURATED_ORG_BEGIN != 0
                && labels.get(i + 2) != Some(&ORG_I);
            if described || (next == ORG_B && described_company(words, infos, labels, i)) {
                continue;
            }
            labels[i] = ORG_B;
            labels[i + 1] = ORG_I;
            let mut end = i + 2;
            while end < labels.len() && labels[end] == next + 1 {
                labels[end] = ORG_I;
                end += 1;
            }
            // Its adjectives after the place: مستشفى القاهرة الدولي.
            if next == LOC_B {
                while end < labels.len() && labels[end] == 0 && self.is_adjective(words[end]) {
                    labels[end] = ORG_I;
                    end += 1;
                }
            }
        }
        rule!(words, labels, self.located(words, infos, labels));
        rule!(words, labels, self.sporting(words, labels));
        rule!(words, labels, self.armies(words, infos, labels));
        rule!(
            words,
            labels,
            self.ministries_by_portfolio(words, infos, labels)
        );
        rule!(words, labels, self.bodies_of_parents(words, infos, labels));
        rule!(words, labels, acronyms(words, infos, labels));
        rule!(words, labels, adjectives_agree(words, labels));
        rule!(words, labels, self.general_bodies(words, infos, labels));
        rule!(words, labels, self.boards_are_no_names(infos, labels));
        // Again, after the bodies the reader's rules found.
        rule!(
            words,
            labels,
            given_and_family_after_bodies(words, infos, labels)
        );
        rule!(words, labels, given_before_holders(words, infos, labels));
    }

    /// بورصة، ومستشفى، لجامعة: a head of [`PLACE_INSTITUTIONS`] without the
    /// article, after و/ف and a preposition or not, by the word's folded hash.
    pub(super) fn is_institution(&self, norm: u64) -> bool {
        self.institutions.contains_key(&norm)
    }
}
