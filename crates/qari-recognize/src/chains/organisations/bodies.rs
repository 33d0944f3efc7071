//! Bodies that belong to others or hold an office: general directorates, boards,
//! bodies named after their parent, definite heads before a person, listed
//! bodies after و and the complements of offices.

use super::*;

/// The board of a body after مجلس (إدارة، أمناء، مفوضي), by folded hash.
const BOARDS: [u64; 3] = [hash_word("اداره"), hash_word("امناء"), hash_word("مفوضي")];

/// Heads of a general directorate (folded, without the article, which they
/// take): الإدارة العامة للجوازات، المديرية العامة لحرس الحدود، القيادة العامة
/// لشرطة أبوظبي. (Not المصلحة: المصلحة العامة is the public interest.)
pub(in crate::chains) const GENERAL_HEADS: &[&str] =
    &["اداره", "مديريه", "قياده", "رئاسه", "مؤسسه", "امانه"];

/// "General" (folded), after a head of [`GENERAL_HEADS`].
const GENERAL: u64 = hash_word("العامه");

/// The most words a general directorate's field takes after its ل.
const GENERAL_FIELD: usize = 5;

/// Bodies that belong to a larger organisation and are named after it with ل
/// (folded, with the article): الأمانة العامة لمجلس التعاون، المكتب الإقليمي
/// لمنظمة الصحة العالمية، القوات البحرية للحرس الثوري.
pub(in crate::chains) const SUBORDINATE_BODIES: &[&str] = &[
    "الامانه",
    "المكتب",
    "المجلس",
    "اللجنه",
    "الهيئه",
    "القوات",
    "المفوضيه",
    "البعثه",
    "الجمعيه",
    "الاداره",
    "المديريه",
    "القياده",
];

/// Nisbas (folded) the lists read as a country's that say where a body
/// works rather than whose it is: the regional office (المكتب الإقليمي).
const REGIONAL: &[&str] = &["الاقليمي", "الاقليميه"];

impl Chains {
    /// A head of [`GENERAL_HEADS`], العامة and a field after ل are a body the
    /// tagger left alone (الإدارة العامة للحرس الوطني، المديرية العامة لمكافحة
    /// المخدرات، القيادة العامة لشرطة أبوظبي): the field's genitive and
    /// adjectives, and a name after its construct, go with it. With no field
    /// after ل it is a body's part or a common phrase (الأمانة العامة).
    pub(in crate::chains) fn general_bodies(
        &self,
        words: &[&str],
        infos: &[TokenInfo],
        labels: &mut [u8],
    ) {
        let n = labels.len();
        for i in 0..n.saturating_sub(2) {
            if infos[i + 1].norm != GENERAL
                || labels[i] != 0
                || labels[i + 1] != 0
                || !self.general_heads.contains_key(&infos[i].norm)
            {
                continue;
            }
            let field = normalize(words[i + 2]);
            if !field.starts_with('ل')
                || field.chars().count() < 4
                || !arabic_letters_only(&field)
                || is_inside(labels[i + 2])
            {
                continue;
            }
            let mut end = i + 3;
            // (A name that opens on the field, شرطة أبوظبي, is its genitive.)
            let mut construct = !field.starts_with("لل") && labels[i + 2] == 0;
            while end < n && end < i + 3 + GENERAL_FIELD {
                let label = labels[end];
                let w = normalize(words[end]);
                // The genitive of a field in the construct state, then only
                // adjectives (للحرس الوطني، لمباحث الأموال العامة); not a
                // title (العميد) nor a word of time (الثلاثاء).
                let definite = w.starts_with("ال")
                    && infos[end].clitic_chars == 0
                    && infos[end].triggers & TRIGGER_TITLE == 0
                    && !self.stops.contains(&hash_word(&w))
                    && (construct
                        || definite_nisba(&w)
                        || self.adjectives.contains(&hash_word(&w)));
                // A name's inside, a genitive or an adjective, or a name in
                // the construct's genitive (لشرطة أبوظبي).
                let takes = is_inside(label)
                    || label == 0 && definite && arabic_letters_only(&w)
                    || construct && matches!(label, LOC_B | ORG_B | PER_B);
                // A place of the lists the tagger left there (لشرطة رأس
                // الخيمة), whole.
                if construct && label == 0 && infos[end].gazetteer & PLACE_LIST_BEGIN != 0 {
                    end += 1;
                    while end < n
                        && labels[end] == 0
                        && infos[end].gazetteer & PLACE_LIST_INSIDE != 0
                    {
                        end += 1;
                    }
                    construct = false;
                    continue;
                }
                if !takes {
                    break;
                }
                construct = false;
                end += 1;
            }
            // A field still waiting for its genitive names no body yet.
            if construct {
                continue;
            }
            // The party's or the league's (الأمانة العامة للحزب): a head alone
            // is the body the text spoke of, and this its part or post.
            if end == i + 3
                && labels[i + 2] == 0
                && self.head_forms.contains_key(&infos[i + 2].norm)
            {
                continue;
            }
            labels[i] = ORG_B;
            labels[i + 1..end].fill(ORG_I);
        }
    }

    /// An organisation that opens on a board (مجلس إدارة، مجلس أمناء) and goes on
    /// to a body's name is that body: the board is part of a title (رئيس مجلس
    /// إدارة [الهيئة الملكية لمحافظة العلا]), as the body's own head is not; the
    /// board of a head alone names none (مجلس إدارة البنك).
    pub(in crate::chains) fn boards_are_no_names(&self, infos: &[TokenInfo], labels: &mut [u8]) {
        if !holds_any(labels, &[ORG_I]) {
            return;
        }
        let n = labels.len();
        for i in 0..n.saturating_sub(2) {
            if labels[i] != ORG_B || labels[i + 1] != ORG_I || labels[i + 2] != ORG_I {
                continue;
            }
            if self.councils.contains_key(&infos[i].norm)
                && BOARDS.iter().any(|&b| infos[i + 1].norm == b)
            {
                labels[i] = 0;
                labels[i + 1] = 0;
                // The board of the bank (مجلس إدارة البنك): a head alone is no name.
                if labels.get(i + 3) != Some(&ORG_I)
                    && self.head_forms.contains_key(&infos[i + 2].norm)
                {
                    labels[i + 2] = 0;
                } else {
                    labels[i + 2] = ORG_B;
                }
            }
        }
    }

    /// A body of [`SUBORDINATE_BODIES`] with its adjectives alone, right before
    /// a well-known organisation of two words or more after ل, is named by both
    /// (الأمانة العامة لمجلس التعاون، المكتب الإقليمي لمنظمة الصحة العالمية);
    /// and an organisation before لدول and the name of the states it serves
    /// runs on over them (هيئة الربط الكهربائي لدول مجلس التعاون، المجموعة
    /// الاقتصادية لدول غرب أفريقيا). No such name: what a body says to a channel
    /// (قالت اللجنة العليا لقناة الجزيرة), what a body with a nationality or a
    /// complement hands or says to another (سلمت القوات الإسرائيلية للجنة
    /// الدولية للصليب الأحمر، قال المجلس الأعلى للدولة لمجلس النواب), a
    /// well-known body's dealings with states (قروض صندوق النقد الدولي لدول …).
    pub(in crate::chains) fn bodies_of_parents(
        &mut self,
        words: &[&str],
        infos: &[TokenInfo],
        labels: &mut [u8],
    ) {
        let n = labels.len();
        let mut i = 0;
        while i < n {
            if !self.subordinate.contains_key(&infos[i].norm) || !matches!(labels[i], 0 | ORG_B) {
                i += 1;
                continue;
            }
            // The body's adjectives alone (no complement, no nationality: the
            // American forces hand something to another body, سلمت القوات
            // الأمريكية لقوات سوريا الديمقراطية).
            let mut end = i + 1;
            while end < n
                && matches!(labels[end], 0 | ORG_I)
                && (self.shape(words[end]).nisba || self.is_adjective(words[end]))
                && (!infos[end].nationality || REGIONAL.contains(&normalize(words[end]).as_str()))
            {
                end += 1;
            }
            let own = labels[i] == 0 || span_end(labels, i) == end;
            // The parent: a well-known organisation of two words or more after
            // ل (لمجلس التعاون، لمنظمة الصحة العالمية), not a channel.
            let parent = own
                && end + 1 < n
                && labels[end] == ORG_B
                && labels[end + 1] == ORG_I
                && infos[end].gazetteer & CURATED_ORG_BEGIN != 0
                && {
                    let p = normalize(words[end]);
                    p.starts_with('ل') && !crate::outlets::heads_an_outlet(&p)
                };
            if end > i + 1 && parent {
                let stop = span_end(labels, end);
                label_organisation(labels, i, stop);
                i = stop;
                continue;
            }
            i = end.max(i + 1);
        }
        // لدول and the states' name after an organisation, not after a
        // well-known one, which is whole (قروض صندوق النقد الدولي لدول أمريكا
        // اللاتينية: its loans to them).
        for k in 1..n.saturating_sub(1) {
            if labels[k] != 0
                || !matches!(labels[k - 1], ORG_B | ORG_I)
                || normalize(words[k]) != "لدول"
                || !matches!(labels[k + 1], ORG_B | LOC_B)
            {
                continue;
            }
            let start = (0..k).rev().find(|&j| labels[j] == ORG_B).unwrap_or(0);
            if infos[start..k]
                .iter()
                .any(|t| t.gazetteer & (CURATED_ORG_BEGIN | CURATED_ORG_INSIDE) != 0)
            {
                continue;
            }
            let stop = span_end(labels, k + 1);
            label_organisation(labels, start, stop);
        }
    }
}

/// A definite head (المنظمة، الشركة، الوكالة) cannot govern a bare word: an
/// organisation the tagger opened on one, with only words of a person's name
/// after it (given or family names a list holds, foreign words), is the head,
/// outside any name, and the person it employs (قالت الباحثة في المنظمة
/// نيامبورا كاماو، منسقة الطوارئ في المنظمة كلير نيكوليه). So is an
/// organisation the tagger opened just after such a head, left outside, on
/// such words alone. The name may end on its family's nisba (مدير المنظمة
/// إبراهيم الدخيري).
pub(in crate::chains) fn definite_heads_before_people(
    words: &[&str],
    infos: &[TokenInfo],
    labels: &mut [u8],
) {
    if !holds_any(labels, &[ORG_B]) {
        return;
    }
    let mut s = 0;
    while s < labels.len() {
        if labels[s] != ORG_B {
            s += 1;
            continue;
        }
        let mut e = s + 1;
        while e < labels.len() && labels[e] == ORG_I {
            e += 1;
        }
        // The head opens the organisation, or stands just before it alone.
        let before = s > 0 && labels[s - 1] == 0 && infos[s - 1].triggers & TRIGGER_ORG_HEAD != 0;
        let (head, first) = if before {
            (&infos[s - 1], s)
        } else {
            (&infos[s], s + 1)
        };
        let listed = |k: usize| {
            let info = &infos[k];
            info.triggers & NAME_WORDS != 0
                && !info.common_word
                && !info.definite
                && info.clitic_chars == 0
        };
        let person_word = |k: usize| {
            (listed(k) || foreign_word(words[k], &infos[k]))
                && infos[k].gazetteer & ORG_LIST_BEGIN == 0
        };
        // One word no list holds may be a verb (المنظمة رصدت).
        let employs = head.definite
            && head.clitic_chars == 0
            && head.triggers & TRIGGER_ORG_HEAD != 0
            && e > first
            && e - first <= 3
            && (first..e).all(|k| {
                person_word(k)
                    || (k + 1 == e && k > first && family_nisba(&infos[k - 1], words[k], &infos[k]))
            })
            && (e - first >= 2 || listed(first));
        if employs {
            labels[s] = 0;
            labels[first] = PER_B;
            labels[first + 1..e].fill(PER_I);
        }
        s = e;
    }
}

/// A listed body joined by و to another inside an organisation the tagger
/// found is another body (مع إيني وتوتال إنرجيز: two companies): a new name
/// begins at it, where the lists begin one (a list's own و, منظمة الأمن
/// والتعاون, is inside its name and begins none; مؤسسة قطر للتربية والعلوم
/// goes on, a common word that a list holds alone).
pub(in crate::chains) fn listed_bodies_after_waw(
    words: &[&str],
    infos: &[TokenInfo],
    labels: &mut [u8],
) {
    if !holds_any(labels, &[ORG_I]) {
        return;
    }
    for j in 1..labels.len() {
        let t = &infos[j];
        // A body the hand list chose, one of several words, or one word that
        // is no common one (العلوم is a body in some list, and a subject).
        let several = infos
            .get(j + 1)
            .is_some_and(|n| n.gazetteer & ORG_LIST_INSIDE != 0);
        let listed = t.gazetteer & CURATED_ORG_BEGIN != 0
            || t.gazetteer & ORG_LIST_BEGIN != 0 && (several || !t.common_word);
        if labels[j] == ORG_I && t.clitic_chars > 0 && words[j].starts_with('و') && listed {
            labels[j] = ORG_B;
        }
    }
}

/// Titles of an office held towards something (folded): what follows the
/// body they are of with ل is the office's, not the body's name (وكيل وزارة
/// الخارجية | للشؤون السياسية، مبعوث الأمم المتحدة | لليمن).
const OFFICES_TOWARDS: &[&str] = &[
    "وكيل",
    "وكيله",
    "مفوض",
    "مفوضه",
    "مبعوث",
    "مبعوثه",
    "مندوب",
    "مندوبه",
];

/// An organisation right after [`OFFICES_TOWARDS`] ends before a complement
/// in ل that is the office's: affairs (لشؤون، للشئون), a place of the lists
/// (لليمن, then that place), or a word of the body's own name again (وكيل
/// وزارة التراث والسياحة | للتراث). Any other complement stays the body's
/// (مندوبة منظمة الأمم المتحدة للطفولة).
pub(in crate::chains) fn complements_of_offices(
    words: &[&str],
    infos: &[TokenInfo],
    labels: &mut [u8],
) {
    if !holds_any(labels, &[ORG_B]) {
        return;
    }
    let mut a = 1;
    while a < labels.len() {
        if labels[a] != ORG_B {
            a += 1;
            continue;
        }
        let b = span_end(labels, a);
        let office = || {
            let folded = normalize(words[a - 1]);
            let plain = folded.strip_prefix('و').unwrap_or(&folded);
            OFFICES_TOWARDS.contains(&folded.as_str()) || OFFICES_TOWARDS.contains(&plain)
        };
        if b - a >= 2 && office() {
            let cut = (a + 1..b).find(|&k| {
                let folded = normalize(words[k]);
                let Some(rest) = folded.strip_prefix('ل') else {
                    return false;
                };
                // ل as a proclitic, or before the article (للشؤون).
                let article = rest.starts_with('ل');
                let rest = rest.strip_prefix('ل').unwrap_or(rest);
                (infos[k].clitic_chars > 0 || article)
                    && (["شؤون", "شئون", "الشؤون", "الشئون"]
                        .iter()
                        .any(|affairs| rest.starts_with(affairs))
                        || infos[k].gazetteer & PLACE_LIST_BEGIN != 0
                        || (a..k).any(|j| infos[j].stem == infos[k].stem))
            });
            if let Some(k) = cut {
                labels[k..b].fill(0);
                if infos[k].gazetteer & PLACE_LIST_BEGIN != 0 {
                    mark_listed_place(infos, labels, k);
                }
            }
        }
        a = b;
    }
}
