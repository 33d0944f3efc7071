//! Names the lists hold whole: a name the tagger found inside a longer list entry
//! takes the entry, the hand list's organisations and landmarks are names
//! wherever the tagger left them, and listed organisations after their heads.

use super::*;

impl Chains {
    /// A name the tagger found inside a longer list entry of its kind takes the
    /// whole entry (مكة → مكة المكرمة, كي مون → بان كي مون), over words the
    /// tagger left outside any name or in names of the same kind that the entry
    /// joins. A place does not take a nisba the list adds (القدس [الشرقية]):
    /// ANERcorp's annotators mostly leave such adjectives out, and completing
    /// places with them cost 0.013 F1 there.
    pub(super) fn whole_phrases(&mut self, words: &[&str], infos: &[TokenInfo], labels: &mut [u8]) {
        let n = labels.len();
        let mut a = 0;
        while a < n {
            if labels[a] == 0 || is_inside(labels[a]) {
                a += 1;
                continue;
            }
            let ty = usize::from(labels[a] - 1) / 2;
            let mut b = a + 1;
            while b < n && labels[b] == labels[a] + 1 {
                b += 1;
            }
            let Some(classes) = PHRASE_TYPES.get(ty) else {
                a = b;
                continue;
            };
            for &c in *classes {
                let (begin, inside) = (1u16 << (2 * c), 1u16 << (2 * c + 1));
                let flags = |j: usize| infos[j].gazetteer;
                if flags(a) & (begin | inside) == 0 {
                    continue;
                }
                let mut start = a;
                while flags(start) & begin == 0 && start > 0 && labels[start - 1] == 0 {
                    start -= 1;
                }
                if flags(start) & begin == 0 {
                    continue;
                }
                let mut end = start + 1;
                while end < n && flags(end) & inside != 0 {
                    end += 1;
                }
                // Words outside any name, or names of the same kind that the
                // entry joins (ساو | باولو → ساو باولو), as long as none runs on
                // past the entry.
                let same = |l: u8| l == 0 || usize::from(l - 1) / 2 == ty;
                // A place's entry may also begin a word before the tagger's,
                // on a word that opens a town's own name ([`PLACE_OPENERS`]:
                // وأم | درمان، في سان | لوي), not on a head (مدينة، ريف،
                // بلاد), a side or a state word, which stay outside.
                // A person's entry may begin words before the tagger's name
                // when it ends with it: the tagger leaves out a first word that
                // is also a common word ([بان] كي مون), though not a title or
                // another definite word, which stay outside (الملك | محمد
                // الخامس، السلطان | عبد العزيز), nor the preposition على
                // (الخارجين على | عثمان).
                let person_before = ty == 0
                    && end == b
                    && start < a
                    && (start..a).all(|j| {
                        infos[j].triggers & TRIGGER_TITLE == 0
                            && !infos[j].definite
                            && words[j] != "على"
                    });
                let before_only = person_before
                    || end == b && start + 1 == a && ty == 1 && {
                        let folded = normalize(words[start]);
                        let bare = folded
                            .strip_prefix(['و', 'ف', 'ب', 'ل'])
                            .filter(|_| infos[start].clitic_chars > 0)
                            .unwrap_or(&folded);
                        PLACE_OPENERS.contains(&bare)
                    };
                if end < b
                    || end == b && !before_only
                    || !labels[b..end].iter().all(|&l| same(l))
                    || labels.get(end) == Some(&(labels[a] + 1))
                {
                    continue;
                }
                let place = ty == 1;
                if place && (start..a).chain(b..end).any(|j| self.shape(words[j]).nisba) {
                    continue;
                }
                // عثمان | على ذلك: the preposition, written with ى, ends no
                // person's entry (عثمان علي) before a word that is no name.
                // (Its object follows it: محمد على | الجيش, not محمد على.)
                let preposition = ty == 0
                    && words[end - 1] == "على"
                    && end > b
                    && words.get(end).is_some_and(|w| crate::has_arabic_letter(w))
                    && infos[end].triggers & (TRIGGER_GIVEN | TRIGGER_FAMILY) == 0
                    && labels[end] == 0;
                if preposition {
                    continue;
                }
                let b_label = labels[a];
                labels[start] = b_label;
                labels[start + 1..end].fill(b_label + 1);
                b = end;
                break;
            }
            a = b;
        }
    }

    /// A listed organisation of three words or more that opens with a head word
    /// (صندوق النقد الدولي، الجيش السوري الحر) and that the tagger left alone, or
    /// found only the end of, is that organisation whole. ANERcorp leaves many such
    /// names out, so this is for the reader, not in [`Chains::complete`] (where
    /// every listed organisation taken whole cost 0.03 ORG F1 on ANERcorp).
    pub(super) fn listed_with_heads(
        &mut self,
        words: &[&str],
        infos: &[TokenInfo],
        labels: &mut [u8],
    ) {
        let mut i = 0;
        while i < labels.len() {
            if labels[i] != 0
                || infos[i].gazetteer & ORG_LIST_BEGIN == 0
                || !self.head_forms.contains_key(&infos[i].norm)
            {
                i += 1;
                continue;
            }
            let end = listed_end(infos, i);
            let head = self.shape(words[i]);
            // The tagger's own names inside: none, or one organisation ending
            // with the entry.
            let inner = &labels[i + 1..end];
            let free = inner.iter().all(|&l| l == 0)
                || (inner.first() == Some(&ORG_B)
                    && inner[1..].iter().all(|&l| l == ORG_I)
                    && labels.get(end) != Some(&ORG_I));
            // Three words or more: two are often a body any state has, which
            // ANERcorp leaves out (مجلس الوزراء، مجلس النواب, and any country's
            // army, الجيش الإسرائيلي); الجيش السوري الحر is a name.
            if end < i + 3 || !head.head || self.is_verb_head(words[i]) || !free {
                i += 1;
                continue;
            }
            labels[i] = ORG_B;
            labels[i + 1..end].fill(ORG_I);
            i = end;
        }
    }

    /// A listed organisation right after a weak head in the construct state that the
    /// tagger left alone is that organisation: نادي الهلال, where الهلال is a
    /// crescent too. The head stays outside, as ANERcorp writes it (نادي الجزيرة:
    /// the club's name alone); [`Chains::institutions`] joins it for the reader.
    pub(super) fn listed_after_heads(
        &mut self,
        words: &[&str],
        infos: &[TokenInfo],
        labels: &mut [u8],
    ) {
        for i in 0..labels.len().saturating_sub(1) {
            if labels[i] != 0
                || labels[i + 1] != 0
                || infos[i + 1].gazetteer & ORG_LIST_BEGIN == 0
                || !self.head_forms.contains_key(&infos[i].norm)
            {
                continue;
            }
            let head = self.shape(words[i]);
            // The genitive as a name is definite (الهلال); an indefinite word
            // after a head is an adjective (مستشفى جديد, which the list's
            // الجديد matches once the article is set aside).
            // سوق النفط is the oil market (النفط a club's name too): a
            // market names itself after a place only.
            if !head.head
                || head.strong
                || head.definite
                || self.is_verb_head(words[i])
                || !self.shape(words[i + 1]).definite
                || normalize(words[i]).ends_with("سوق")
            {
                continue;
            }
            let end = listed_end(infos, i + 1);
            if labels[i + 2..end].iter().any(|&l| l != 0) {
                continue;
            }
            labels[i + 1] = ORG_B;
            labels[i + 2..end].fill(ORG_I);
        }
    }
}

/// Words (folded) that open a town's own name, before a word the tagger may
/// take for the place alone: أم درمان، عين زارة، بيت لحم، سان لوي.
pub(super) const PLACE_OPENERS: &[&str] = &[
    "ام", "ابو", "عين", "بئر", "دير", "بيت", "كفر", "خان", "تل", "راس", "سيدي", "برج", "حاسي",
    "سان", "سانت", "نيو",
];

/// Phrase classes of the gazetteer (`gazetteer::CLASS_NAMES`) that can complete a
/// name of each type (PERS, LOC, ORG).
const PHRASE_TYPES: [&[usize]; 3] = [&[4], &[0, 1, 2], &[3]];

/// Names of the hand list, chosen one by one as well known (`gazetteer-hand.txt`):
/// the bits that mark one, its label and the training share (of
/// [`StemStats`](crate::features::StemStats)) of its kind.
pub(super) struct Chosen {
    begin: u16,
    inside: u16,
    label: u8,
    share: usize,
}

pub(super) const CHOSEN_ORGANISATIONS: Chosen = Chosen {
    begin: CURATED_ORG_BEGIN,
    inside: CURATED_ORG_INSIDE,
    label: ORG_B,
    share: 2,
};

pub(super) const CHOSEN_PLACES: Chosen = Chosen {
    begin: CURATED_PLACE_BEGIN,
    inside: CURATED_PLACE_INSIDE,
    label: LOC_B,
    share: 1,
};

/// Names of the hand list (folded, without the article) that are ordinary
/// words or another name with it: الحماس (zeal) is no حماس, nor الفتح (the
/// conquest) فتح, nor البترا (the city of Petra) بترا, Jordan's agency, nor
/// الإبل (camels) أبل, the company.
const ORDINARY_WITH_ARTICLE: &[&str] = &["حماس", "فتح", "امل", "بترا", "ابل"];

/// An organisation of the hand list is one wherever the tagger left it alone
/// or found only names inside it (النيابة العامة، قطر للطاقة), and so is a place
/// of the hand list (المسجد الحرام, where the tagger found an organisation in
/// الحرام); of one word, only if the training text did not show it often
/// outside names of its kind (حماس is also zeal).
pub(super) fn chosen_names(infos: &[TokenInfo], labels: &mut [u8], chosen: &Chosen) {
    let n = labels.len();
    let mut a = 0;
    while a < n {
        if infos[a].gazetteer & chosen.begin == 0 || is_inside(labels[a]) {
            a += 1;
            continue;
        }
        let mut end = a + 1;
        while end < n && infos[end].gazetteer & chosen.inside != 0 {
            end += 1;
        }
        let stats = infos[a].stats;
        // الحماس (zeal), الفتح، الأمل، البترا: with the article, the
        // ordinary word or the place.
        let ordinary = end == a + 1
            && infos[a].definite
            && ORDINARY_WITH_ARTICLE
                .iter()
                .any(|w| hash_word(w) == infos[a].stem);
        // A body's head and its genitive, then an adjective or بين: a body of
        // that kind, described (مجلس التعاون المشترك بين البلدين), not the
        // well-known one.
        let described = end > a + 1
            && infos[a].triggers & TRIGGER_ORG_HEAD != 0
            // (A name of the lists' own, مجلس الأمن, goes on into a longer
            // one: مجلس الأمن القومي الفلسطيني.)
            && infos[a].gazetteer & ORG_LIST_BEGIN == 0
            && infos.get(end).is_some_and(|t| {
                // (Not another name after و: لصندوق النقد والبنك الدولي.)
                t.definite && t.clitic_chars == 0 && !t.nationality && t.gazetteer & chosen.inside == 0
                    || t.norm == hash_word("بين")
            });
        // شارع الأزهر، منطقة الأزهر: a place named after the body.
        let place_named = chosen.label == ORG_B
            && end == a + 1
            && a > 0
            && infos[a - 1].triggers & TRIGGER_LOC_HEAD != 0;
        // A word training saw mostly outside names stays one (حماس, zeal),
        // though less often than most words would (الأزهر, brightest, is one
        // in five times).
        let common = ordinary
            || described
            || place_named
            || end == a + 1 && stats.count >= 3 && stats.shares[chosen.share] < 48;
        if common || labels.get(end).is_some_and(|&l| is_inside(l)) {
            a += 1;
            continue;
        }
        labels[a] = chosen.label;
        labels[a + 1..end].fill(chosen.label + 1);
        a = end;
    }
}

/// A person or place the tagger found whose words are exactly a listed
/// organisation, and no listed place or person, is that organisation: اليونيسف
/// (which the tagger, knowing only its place-like neighbours, took for a place);
/// not a place after a place's head (بحي المعاريف, a district named as a
/// paper is).
pub(super) fn listed_organisations(infos: &[TokenInfo], labels: &mut [u8]) {
    let n = labels.len();
    let mut a = 0;
    while a < n {
        if labels[a] == 0 || is_inside(labels[a]) {
            a += 1;
            continue;
        }
        let mut b = a + 1;
        while b < n && labels[b] == labels[a] + 1 {
            b += 1;
        }
        let other_lists = PLACE_LIST_BEGIN | PERSON_LIST_BEGIN;
        if labels[a] != ORG_B
            && infos[a].gazetteer & ORG_LIST_BEGIN != 0
            && infos[a].gazetteer & other_lists == 0
            && listed_end(infos, a) == b
            && !(labels[a] == LOC_B && a > 0 && infos[a - 1].triggers & TRIGGER_LOC_HEAD != 0)
        {
            labels[a] = ORG_B;
            labels[a + 1..b].fill(ORG_I);
        }
        a = b;
    }
}
