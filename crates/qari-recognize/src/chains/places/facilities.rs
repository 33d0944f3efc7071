//! Facilities and sites named whole: an airport, a port or a stadium, a street or
//! a square, and the adjectives that agree with a feature rather than name a place.

use super::*;

/// Adjectives that name the part of a feature (folded): بحر الصين الجنوبي،
/// جزر الكناري الكبرى.
const SIDES: &[&str] = &[
    "الشمالي",
    "الشماليه",
    "الجنوبي",
    "الجنوبيه",
    "الشرقي",
    "الشرقيه",
    "الغربي",
    "الغربيه",
    "الاوسط",
    "الوسطى",
    "الكبرى",
    "الصغرى",
];

impl Chains {
    /// A one-word place that could be a definite adjective agreeing with the
    /// common noun before it is that adjective: الظروف القاهرة، القوة القاهرة
    /// (overwhelming), not Cairo. The noun must be definite, no name, title or
    /// head of a place (العاصمة القاهرة), and agree with a feminine adjective: a
    /// feminine noun (القوة، الحالات) or a broken plural of the shapes فعول and
    /// أفعال (الظروف، الأوضاع). الوفد القاهرة (the delegation … Cairo) keeps its
    /// place.
    pub(in crate::chains) fn adjectives_are_no_places(
        &self,
        words: &[&str],
        infos: &[TokenInfo],
        labels: &mut [u8],
    ) {
        if !holds_any(labels, &[LOC_B]) {
            return;
        }
        for i in 1..labels.len() {
            if labels[i] != LOC_B || labels.get(i + 1) == Some(&LOC_I) || labels[i - 1] != 0 {
                continue;
            }
            let place = normalize(words[i]);
            if !place.starts_with("ال") || !place.ends_with('ه') || infos[i].clitic_chars > 0 {
                continue;
            }
            let before = &infos[i - 1];
            if before.triggers & (NAME_WORDS | TRIGGER_TITLE | TRIGGER_LOC_HEAD) != 0
                || before.gazetteer != 0
            {
                continue;
            }
            let noun = normalize(words[i - 1]);
            let noun = noun.strip_prefix(['و', 'ف']).unwrap_or(&noun);
            let noun = noun.strip_prefix(['ب', 'ك']).unwrap_or(noun);
            let stem = match (noun.strip_prefix("ال"), noun.strip_prefix("لل")) {
                (Some(rest), _) | (None, Some(rest)) => rest,
                _ => continue,
            };
            if self.stops.contains(&hash_word(noun)) {
                continue;
            }
            let letters: Vec<char> = stem.chars().collect();
            let feminine = letters.len() >= 3 && (stem.ends_with('ه') || stem.ends_with("ات"));
            let broken = letters.len() == 4
                && (letters[2] == 'و' || (letters[0] == 'ا' && letters[2] == 'ا'));
            if feminine || broken {
                labels[i] = 0;
            }
        }
    }

    /// A head of [`FACILITIES`] before a person the tagger found (مطار الملك
    /// خالد, the title too) is one place with them and with the adjectives
    /// after them (الدولي); before a place, found or listed, the place alone
    /// is the name (ميناء | حيفا، مطار | دمشق | الدولي), as news annotators
    /// mark it. A head of [`FEATURES`] is so with a place or a person, without the
    /// adjectives (which describe it: مضيق هرمز | الاستراتيجي) but for a side
    /// of the world ([`SIDES`]: بحر الصين الجنوبي), and not where
    /// an adjective makes قطاع a sector (قطاع مصر المصرفي).
    pub(in crate::chains) fn facilities(
        &mut self,
        words: &[&str],
        infos: &[TokenInfo],
        labels: &mut [u8],
    ) {
        let n = labels.len();
        let mut i = 0;
        while i + 1 < n {
            let feature = self.features.contains_key(&infos[i].norm);
            // قطاع is a sector too (رئيس قطاع | محمد صلاح، قطاع مصر المصرفي).
            let sector_head = || normalize(words[i]).ends_with("قطاع");
            // خور | عبدالله, خور عبدالله as a person: a feature named after a
            // person, which the tagger split or took for the person (not after
            // a head that is a given name too: وادي).
            // (A person of one word: a longer name is the next person's,
            // وادي موسى | سليمان الفرجات.)
            if feature
                && labels.get(i + 2) != Some(&PER_I)
                && (labels[i] == LOC_B && labels[i + 1] == PER_B
                    || labels[i] == PER_B
                        && labels[i + 1] == PER_I
                        && infos[i].triggers & TRIGGER_GIVEN == 0)
                && !sector_head()
            {
                labels[i] = LOC_B;
                labels[i + 1] = LOC_I;
                i += 2;
                continue;
            }
            if labels[i] != 0 || !(feature || self.facilities.contains_key(&infos[i].norm)) {
                i += 1;
                continue;
            }
            // الملك خالد: a title before the person.
            let at = if !feature && labels[i + 1] == 0 && infos[i + 1].triggers & TRIGGER_TITLE != 0
            {
                i + 2
            } else {
                i + 1
            };
            // ملعب مدينة الأمير …، ملعب نادي الخليج: a head after the head
            // opens a name of its own (the lists hold مدينة as a town too).
            // (ملعب المدينة الرياضية، مطار العاصمة الإدارية: a head with the
            // article and its adjective are the facility's name.)
            let next = self.shape(words[i + 1]);
            if !next.definite
                && (infos[i + 1].triggers & (TRIGGER_LOC_HEAD | TRIGGER_ORG_HEAD) != 0 || next.head)
            {
                i += 1;
                continue;
            }
            // Whether a place follows the head, not a head with the article
            // (ملعب المدينة الرياضية names the facility) nor a word the lists
            // hold as a town that is mostly an ordinary one (ميناء جديد،
            // ملعب النادي name no facility).
            let place_after = at == i + 1
                && infos[at].triggers & TRIGGER_LOC_HEAD == 0
                && (labels.get(at) == Some(&LOC_B)
                    || labels.get(at) == Some(&0)
                        && infos[at].gazetteer & PLACE_LIST_BEGIN != 0
                        && !infos[at].common_word);
            let mut end = match labels.get(at) {
                // بحيرة ناصر، خور عبدالله: a feature named after a person
                // of one word. (Not after قطاع, a sector too: رئيس قطاع |
                // محمد صلاح.)
                Some(&l)
                    if l == LOC_B
                        || l == PER_B
                            && !(feature && (!one_name(words, labels, at) || sector_head())) =>
                {
                    let mut end = at + 1;
                    while end < n && labels[end] == labels[at] + 1 {
                        end += 1;
                    }
                    end
                }
                Some(0)
                    if at == i + 1
                        && infos[at].gazetteer & PLACE_LIST_BEGIN != 0
                        && (feature
                            || !infos[at].common_word
                            || infos[at].triggers & TRIGGER_LOC_HEAD != 0) =>
                {
                    listed_place_end(infos, labels, at + 1)
                }
                // ميناء الدقم، مضيق البوسفور: after a head of [`NAMED_ONLY`],
                // a definite word training never showed or showed in names
                // (ميناء الشحن is a cargo port; مطار مهجور an abandoned
                // airport), and after a strait's any that is no common word
                // (training saw البوسفور as a facility, outside its kinds); no
                // adjective, no plural.
                Some(0)
                    if at == i + 1
                        && infos[at].definite
                        && NAMED_ONLY
                            .iter()
                            .position({
                                let head = normalize(words[i]);
                                move |h| *h == head
                            })
                            .is_some_and(|h| {
                                rare_name(&infos[at], words[at])
                                    // The strait's head, first of them.
                                    || h == 0
                                        && !infos[at].common_word
                                        && unseen_shape(&infos[at], words[at])
                            })
                        && !words[at].ends_with(['ي', 'ة', 'ه'])
                        && !words[at].ends_with("ات") =>
                {
                    at + 1
                }
                _ => {
                    i += 1;
                    continue;
                }
            };
            if feature {
                // وادي بني خالد: a tribe's name of one word after the head.
                if end == at + 1
                    && matches!(normalize(words[at]).as_str(), "بني" | "بنو")
                    && labels.get(end) == Some(&PER_B)
                    && labels.get(end + 1) != Some(&PER_I)
                {
                    end += 1;
                }
                let sector = sector_head() && words.get(end).is_some_and(|w| self.shape(w).nisba);
                if sector {
                    i = end;
                    continue;
                }
                // بحر الصين الجنوبي: a side of the world names the part.
                while end < n && labels[end] == 0 && SIDES.contains(&normalize(words[end]).as_str())
                {
                    end += 1;
                }
                labels[i] = LOC_B;
                labels[i + 1..end].fill(LOC_I);
                i = end;
                continue;
            }
            // ميناء حيفا، مطار دمشق الدولي: a facility named after a place is
            // that place's, and the place is the name; the head and what
            // describes the facility stay outside.
            // (Of two words or more opening on a name word or a particle, a
            // person's name, which the tagger or the place words may have
            // taken for a place: مطار رفيق الحريري، مطار بن غوريون name the
            // whole.)
            // Not a place the lists hold whole (مطار أبو ظبي).
            let person_like = end > at + 1
                && infos[at].triggers & (TRIGGER_GIVEN | TRIGGER_NAME | TRIGGER_PARTICLE) != 0
                && infos[at].gazetteer & MAJOR_PLACE_BEGIN == 0
                && infos[at + 1].gazetteer & PLACE_LIST_INSIDE == 0;
            if place_after && !person_like {
                labels[at] = LOC_B;
                labels[at + 1..end].fill(LOC_I);
                i = end;
                continue;
            }
            // مرفأ بيروت القاضي …: a title opens a person, whatever its ending.
            while end < n
                && labels[end] == 0
                && infos[end].triggers & TRIGGER_TITLE == 0
                && self.is_adjective(words[end])
            {
                end += 1;
            }
            labels[i] = LOC_B;
            labels[i + 1..end].fill(LOC_I);
            i = end;
        }
    }
}

/// Heads of a site whose name follows them, named for the reader with the
/// head (شارع المتنبي، ساحة الشهداء، سجن أديالا), folded: taken whole before
/// a place the tagger found or the lists hold, or before a word training never
/// showed, never before a person (سجن المتهم is his imprisonment); but a
/// crossing, a border post, a checkpoint, a field or a prison named after a
/// place is named by the place alone (معبر | رفح، منفذ | الوديعة، حاجز |
/// حوارة، حقل | برقان، معبر | كرم أبو سالم). وادي is left out: its و reads
/// as the conjunction, and the name would lose its first letter.
pub(in crate::chains) const SITES: &[&str] =
    &["شارع", "ساحه", "سجن", "قصر", "حقل", "معبر", "منفذ", "حاجز"];

impl Chains {
    /// A head of [`SITES`] and the name after it are one place.
    pub(in crate::chains) fn sites(
        &mut self,
        words: &[&str],
        infos: &[TokenInfo],
        labels: &mut [u8],
    ) {
        let n = labels.len();
        let mut i = 0;
        while i + 1 < n {
            if labels[i] != 0 || !self.sites.contains_key(&infos[i].norm) {
                i += 1;
                continue;
            }
            let next = &infos[i + 1];
            let unseen = unseen_name;
            // شارع الحبيب بورقيبة، معبر كرم أبو سالم: a street or a crossing
            // named after a person (سجن المتهم is his imprisonment, ساحة بوتين
            // his arena).
            let folded = normalize(words[i]);
            let head = folded.trim_start_matches(['و', 'ف']);
            // A square after a person of two words or more (ساحة محمد علي،
            // ساحة محمد الخامس).
            let named = matches!(head, "شارع" | "معبر")
                || head == "ساحه" && labels[i + 1] == PER_B && labels.get(i + 2) == Some(&PER_I);
            // شارع الأمير حسن: the person's title too.
            let titled = named
                && infos[i + 1].triggers & TRIGGER_TITLE != 0
                && labels.get(i + 2) == Some(&PER_B);
            let mut end = match labels[i + 1] {
                LOC_B => i + 2,
                PER_B if named => span_end(labels, i + 1),
                0 if titled => span_end(labels, i + 2),
                0 if next.gazetteer & PLACE_LIST_BEGIN != 0 && !seen_as_common(next) => i + 2,
                0 if unseen(next, words[i + 1]) => i + 2,
                _ => {
                    i += 1;
                    continue;
                }
            };
            // ساحة دير القمر: a word that opens a place's name of two words
            // (`prefixed_places`) takes the second, a plain word of its own.
            if labels[i + 1] == 0
                && end < n
                && labels[end] == 0
                && PLACE_PREFIXES.contains(&normalize(words[i + 1]).as_str())
                && plain_word(&infos[end], words[end])
                && normalize(words[end]).chars().count() >= 3
            {
                end += 1;
            }
            let inside = if labels[i + 1] == LOC_B { LOC_I } else { 0 };
            // A name training never showed goes on with such words (شارع
            // النزاز الغربي is not); a place found or listed only with its
            // own (معبر رفح | تراوح: a verb after it).
            let unseen_first = labels[i + 1] == 0 && unseen(next, words[i + 1]);
            while end < n
                && (inside != 0 && labels[end] == inside
                    || labels[end] == 0
                        && (infos[end].gazetteer & PLACE_LIST_INSIDE != 0
                            || unseen_first && unseen(&infos[end], words[end])))
            {
                end += 1;
            }
            // معبر | رفح، حقل | برقان، سجن | النقب: a crossing, a border
            // post, a checkpoint, a field or a prison is named after a place (one the lists may not hold: معبر
            // | كرم أبو سالم), and the place alone is the name; a street or a
            // square keeps its head, and so does one named after a person.
            let head = head.strip_prefix(['ب', 'ل']).unwrap_or(head);
            if labels[i + 1] != PER_B
                && !titled
                && matches!(head, "معبر" | "منفذ" | "حاجز" | "حقل" | "سجن")
            {
                labels[i + 1] = LOC_B;
                labels[i + 2..end].fill(LOC_I);
                i = end;
                continue;
            }
            labels[i] = LOC_B;
            labels[i + 1..end].fill(LOC_I);
            i = end;
        }
    }
}

/// A person the tagger began on a feature's or a facility's head is the
/// place it names (صخور وادي عشار، المطل على وادي نفيس، جبل موسى): no one's
/// name opens on a valley, a mountain or an airport. The word whole is the
/// head, however the analysis read it (وادي as و + ادي); one with a
/// proclitic (بوادي) is left to the rules of heads.
pub(in crate::chains) fn features_open_no_people(words: &[&str], labels: &mut [u8]) {
    if !holds_any(labels, &[PER_B]) {
        return;
    }
    let n = labels.len();
    for i in 0..n.saturating_sub(1) {
        if labels[i] != PER_B
            || labels[i + 1] != PER_I
            || !among_heads(&normalize(words[i]), &[FEATURES, FACILITIES])
        {
            continue;
        }
        let end = span_end(labels, i);
        labels[i] = LOC_B;
        labels[i + 1..end].fill(LOC_I);
    }
}

/// A person the tagger found right after a place's first word (رأس، عين،
/// بئر …) that follows a feature's or a facility's head is the rest of the
/// place's name (ميناء رأس | عيسى، سد | عين | موسى): the place is the first
/// word and the name, the head outside it, as after a head alone.
pub(in crate::chains) fn prefixed_places_after_heads(words: &[&str], labels: &mut [u8]) {
    if !holds_any(labels, &[PER_B]) {
        return;
    }
    for i in 2..labels.len() {
        if labels[i] != PER_B
            || labels[i - 1] != 0
            || !PLACE_PREFIXES.contains(&normalize(words[i - 1]).as_str())
            || !among_heads(&normalize(words[i - 2]), &[FEATURES, FACILITIES])
        {
            continue;
        }
        let end = span_end(labels, i);
        labels[i - 1] = LOC_B;
        labels[i..end].fill(LOC_I);
    }
}
