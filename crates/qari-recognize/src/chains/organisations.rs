//! Organisations' names by rule: a head's chain of genitives, adjectives and
//! complements (وزارة الخارجية الأمريكية، الاتحاد الأفريقي لكرة القدم), a
//! definite head alone no name, an acronym in brackets after a name.

use super::*;

/// A body named by two words or more with the article (الهلال الأحمر، الدفاع
/// المدني، الحزب الشيوعي) takes the nationality right after it into its name:
/// the nisba tells which of the country's bodies it is (الهلال الأحمر
/// الإماراتي، الدفاع المدني السوري). A name of one word keeps it outside, as
/// a club or a paper does (النصر العماني، الجارديان البريطانية: ANERcorp's
/// training text has 30 such nisbas outside the name, none after a name of
/// two definite words), and so does a paper (صحيفة الشرق الأوسط السعودية).
/// Clubs named by two definite words take it too (الوداد البيضاوي المغربي),
/// which no rule here tells from a body.
pub(super) fn nationalities_of_bodies(words: &[&str], infos: &[TokenInfo], labels: &mut [u8]) {
    if !holds_any(labels, &[ORG_I]) {
        return;
    }
    let mut start = 0;
    for i in 0..labels.len().saturating_sub(1) {
        match labels[i] {
            ORG_B => start = i,
            ORG_I => {}
            _ => continue,
        }
        if labels[i + 1] != 0 || i == start {
            continue;
        }
        let definite = |k: usize| normalize(words[k]).starts_with("ال");
        let next = normalize(words[i + 1]);
        // The nisba agrees with the name's last word (الهلال الأحمر الإماراتي),
        // not with a paper's head before it (صحيفة الشرق الأوسط السعودية).
        let feminine = |folded: &str| folded.ends_with('ه');
        let agrees = feminine(&normalize(words[i])) == feminine(&next);
        let paper = start > 0 && crate::outlets::heads_an_outlet(&normalize(words[start - 1]));
        if (start..=i).all(definite)
            && infos[i + 1].nationality
            && infos[i + 1].clitic_chars == 0
            && definite_nisba(&next)
            && agrees
            && !paper
        {
            labels[i + 1] = ORG_I;
        }
    }
}

/// Heads of a state's bodies (folded) that its nationality names once an
/// adjective or a genitive says which body: الحرس البحري التونسي، المكتبة
/// الوطنية الجزائرية، الإدارة العامة للجمارك الصينية; and heads in the
/// construct state with their genitive (خفر السواحل الإيطالي، سلاح الجو
/// الأوكراني). What every state has is no name with its nationality alone
/// (الإدارة الأمريكية، الحكومة العراقية): an adjective or a genitive must stand
/// between.
pub(super) const NATIONAL_HEADS: &[&str] = &[
    "الحرس",
    "المكتبه",
    "الاداره",
    "الهيئه",
    "المؤسسه",
    "المديريه",
    "المصلحه",
    "الديوان",
    "المجلس",
    "اللجنه",
    "الاتحاد",
    "الجمعيه",
    "المركز",
    "المعهد",
    "الاكاديميه",
    "الوكاله",
    "الشركه",
    "الصندوق",
    "المفوضيه",
    "النيابه",
    "الامانه",
    "الرابطه",
    "النقابه",
    "الاذاعه",
    "التلفزيون",
    "الخطوط",
    "خفر",
    "سلاح",
];

/// Stems of continents' and regions' nisbas (folded, without the ending).
const CONTINENTAL: &[&str] = &[
    "اوروبي",
    "افريقي",
    "اسيوي",
    "عربي",
    "خليجي",
    "دولي",
    "عالمي",
];

/// Words between a head of [`NATIONAL_HEADS`] and its nationality at most.
const NATIONAL_REACH: usize = 3;

impl Chains {
    /// A body named by a head of [`NATIONAL_HEADS`], one to three adjectives or
    /// genitives, and a nationality (see there), where the tagger and the other
    /// rules found nothing.
    pub(super) fn national_bodies(&self, words: &[&str], infos: &[TokenInfo], labels: &mut [u8]) {
        let n = labels.len();
        let mut i = 0;
        while i + 2 < n {
            // The word's hash first: most words are no head.
            if labels[i] != 0 || !self.national_heads.contains_key(&infos[i].norm) {
                i += 1;
                continue;
            }
            // خفر السواحل: a head in the construct state before its genitive.
            let folded = normalize(words[i]);
            let construct = !folded.contains("ال");
            let opens_construct = construct
                && words
                    .get(i + 1)
                    .is_some_and(|w| normalize(w).starts_with("ال"));
            if construct && !opens_construct {
                i += 1;
                continue;
            }
            // The words after it: adjectives or genitives, then the nationality.
            let mut k = i + 1;
            while k < n.min(i + 1 + NATIONAL_REACH) && labels[k] == 0 {
                let word = normalize(words[k]);
                let describes = (word.starts_with("ال") || word.starts_with("لل"))
                    && !infos[k].nationality
                    && infos[k].triggers & TRIGGER_ORG_HEAD == 0;
                if !describes {
                    break;
                }
                k += 1;
            }
            // (A continent's or a region's nisba is no state's: الخطوط الجوية
            // الأوروبية are any European airline.)
            let nationality = normalize(words.get(k).copied().unwrap_or_default());
            let named = k > i + 1
                && k < n
                && labels[k] == 0
                && infos[k].nationality
                && infos[k].clitic_chars == 0
                && definite_nisba(&nationality)
                && !CONTINENTAL
                    .iter()
                    .any(|c| nationality.trim_end_matches('ه').ends_with(c));
            if named {
                labels[i] = ORG_B;
                labels[i + 1..=k].fill(ORG_I);
                i = k + 1;
            } else {
                i += 1;
            }
        }
    }
}

/// Heads that are also participles (folded, with the article): after a
/// definite noun they describe it (اللجنة المنظمة للبطولة, the organising
/// committee; الدول المؤسسة, the founding states).
const PARTICIPLE_HEADS: &[&str] = &["المنظمه", "المؤسسه"];

/// An organisation that opens on a head of [`PARTICIPLE_HEADS`] right after a
/// definite noun outside any name is that noun's adjective, no name.
pub(super) fn participles_are_no_heads(words: &[&str], labels: &mut [u8]) {
    if !holds_any(labels, &[ORG_B]) {
        return;
    }
    for i in 1..labels.len() {
        if labels[i] != ORG_B || labels[i - 1] != 0 {
            continue;
        }
        let before = normalize(words[i - 1]);
        let definite = before.starts_with("ال") || before.starts_with("وال");
        if definite && PARTICIPLE_HEADS.contains(&normalize(words[i]).as_str()) {
            let end = span_end(labels, i);
            labels[i..end].fill(0);
        }
    }
}

/// Gender of a definite nisba (folded): feminine in ـية (السعودية), masculine in
/// ـي (الرئيسي); `None` for any other word.
fn nisba_gender(folded: &str) -> Option<bool> {
    definite_nisba(folded).then(|| folded.ends_with("يه"))
}

/// An organisation whose head only adjectives follow ends where an adjective
/// stops agreeing with the one before it: two nisbas side by side of two
/// genders describe two nouns, and the name holds one (مؤشر [السوق المالية
/// السعودية] الرئيسي: the main index, not the main market). After a genitive
/// the second may be the head's (مجلس الشؤون الخارجية الأوروبي), so a chain
/// with one is left as it is. A head with no article is followed by its
/// genitive, a noun however it ends (بنك التنمية الأفريقي: development, then
/// the bank's adjective), and a masculine nisba after two feminine nouns is
/// not the name's.
pub(super) fn adjectives_agree(words: &[&str], labels: &mut [u8]) {
    if !holds_any(labels, &[ORG_B]) {
        return;
    }
    let mut a = 0;
    while a < labels.len() {
        if labels[a] != ORG_B {
            a += 1;
            continue;
        }
        let end = span_end(labels, a);
        // The article and the letters before it are never folded: the raw
        // word tells.
        let bare = words[a].strip_prefix(['و', 'ف']).unwrap_or(words[a]);
        if !["ال", "لل", "بال", "كال"]
            .iter()
            .any(|p| bare.starts_with(p))
        {
            // A head in the construct state: the word after it is its
            // genitive, and a masculine nisba after two feminine nouns
            // describes what the name is in (المتحدث باسم [وزارة الخارجية]
            // الإيراني). (A feminine one may agree with a plural: مجلس
            // الشؤون الخارجية.)
            if end > a + 2 {
                let feminine = |w: &str| w.ends_with(['ة', 'ه']);
                if feminine(words[a])
                    && feminine(words[a + 1])
                    && words[a + 2].ends_with('ي')
                    && nisba_gender(&normalize(words[a + 2])) == Some(false)
                {
                    labels[a + 2..end].fill(0);
                }
            }
            a = end;
            continue;
        }
        let mut before: Option<bool> = None;
        for k in a + 1..end {
            // Folded only when it can be one.
            let could = words[k].ends_with(['ي', 'ة', 'ه']);
            let Some(gender) = could.then(|| nisba_gender(&normalize(words[k]))).flatten() else {
                break;
            };
            if before.is_some_and(|g| g != gender) {
                labels[k..end].fill(0);
                break;
            }
            before = Some(gender);
        }
        a = end;
    }
}

impl Chains {
    /// A head with the article alone is the body the text spoke of, not its
    /// name (وقال البنك في بيان، أعلنت الوزارة): ANERcorp's annotators tag
    /// none of its 200 such words alone, though the tagger may, when the
    /// article named the body in full before. A listed name stays (الاتحاد,
    /// a club).
    pub(super) fn lone_heads(&mut self, words: &[&str], infos: &[TokenInfo], labels: &mut [u8]) {
        if !holds_any(labels, &[ORG_B]) {
            return;
        }
        for i in 0..labels.len() {
            if labels[i] != ORG_B || labels.get(i + 1) == Some(&ORG_I) {
                continue;
            }
            if infos[i].gazetteer & ORG_LIST_BEGIN != 0
                || !self.head_forms.contains_key(&infos[i].norm)
            {
                continue;
            }
            let w = self.shape(words[i]);
            if w.head && w.definite {
                labels[i] = 0;
            }
        }
    }

    /// Whether the organisation that word `j` is in begins with a head of
    /// [`NAMED_AFTER`].
    pub(super) fn named_after_someone(&self, words: &[&str], labels: &[u8], j: usize) -> bool {
        let start = (0..=j).rev().find(|&k| labels[k] == ORG_B).unwrap_or(0);
        self.named_after
            .contains_key(&hash_word(&normalize(words[start])))
    }

    /// `alone` false: the chains the tagger began (ANERcorp's names, for
    /// [`Chains::complete`]); true: only a strong head's chains that the tagger
    /// found none of, which ANERcorp leaves out (وزارة الدفاع: 42 ministries in
    /// its training text, none of them a name), for [`Chains::institutions`].
    pub(super) fn organisations(
        &mut self,
        words: &[&str],
        infos: &[TokenInfo],
        labels: &mut [u8],
        alone: bool,
    ) {
        let heads: Vec<bool> = infos
            .iter()
            .map(|t| self.head_forms.contains_key(&t.norm))
            .collect();
        if !heads.contains(&true) {
            return;
        }
        // Only a word of `head_forms` can be a head, and a head's chain looks
        // at most LONGEST + 1 words on: the other words' shapes are never
        // read but for `head`, false in the default as it is in theirs.
        let mut shapes = vec![Word::default(); words.len()];
        let mut until = 0;
        for (j, w) in words.iter().enumerate() {
            if heads[j] {
                until = j + LONGEST + 2;
            }
            if j < until {
                shapes[j] = self.shape(w);
            }
        }
        // A head in a complement (للبنك) is another body's: the person after
        // it is no part of the name (الشركة التونسية للبنك | الهادي الزواري);
        // the chain's own head may carry a preposition (لمستشفى ابن سينا).
        let titled = |j: usize, head: usize| {
            (shapes[j].head && (j == head || !shapes[j].lam))
                || infos[j].triggers & TRIGGER_TITLE != 0
        };
        // Words `j` and perhaps the one after it are indefinite nouns and a
        // place the tagger found follows them.
        let place_ahead = |labels: &[u8], j: usize| {
            let noun = |k: usize| {
                let w = shapes[k];
                w.content
                    && w.letters
                    && !w.definite
                    && !w.conjoined
                    && !w.head
                    && labels[k] == 0
                    && infos[k].triggers & TRIGGER_LOC_HEAD == 0
                    // حكومة إمارة دبي: a state word is the place's.
                    && !self.states.contains(&infos[k].norm)
            };
            // The place itself without a preposition (مركز إيواء | بخشم القربة).
            let place = |k: usize| labels.get(k) == Some(&LOC_B) && infos[k].clitic_chars == 0;
            noun(j) && (place(j + 1) || j + 1 < words.len() && noun(j + 1) && place(j + 2))
        };
        let mut i = 0;
        while i < words.len() {
            let head = shapes[i];
            let inside_other = is_inside(labels[i]) && labels[i] != ORG_I;
            if !head.head || inside_other {
                i += 1;
                continue;
            }
            let next_is_place = matches!(labels.get(i + 1), Some(3 | 4));
            // المحكمة العليا: one of [`ADJECTIVES`] names as a nisba does.
            let adjective_next = shapes
                .get(i + 1)
                .is_some_and(|w| w.nisba && !w.plural && !w.stop && !w.conjoined)
                || infos
                    .get(i + 1)
                    .is_some_and(|t| self.adjectives.contains(&t.norm))
                || private_adjective(words, i + 1, shapes.get(i + 2), None);
            if head.definite && !next_is_place && !adjective_next {
                // المجلس alone is any council.
                i += 1;
                continue;
            }
            let mut end = i + 1;
            // Still in the construct chain (indefinite words only so far), and
            // whether a name has closed it (only adjectives may follow a name).
            let (mut construct, mut after_name) = (!head.definite, false);
            // Each of these may extend a chain once: a complement with ل
            // (للانتخابات، لحقوق الإنسان) and a second genitive after و
            // (العدالة والتنمية).
            let (mut complemented, mut coordinated) = (false, false);
            let mut last_coordinate = 0;
            // A complement with the article (للانتخابات), not one in the
            // construct state, which mostly gives a purpose (لتحقيق النجاح).
            // (A definite purpose, للصيانة after a verb, still passes.)
            let mut named_complement = false;
            // Where the adjectives right after a definite head end.
            let mut adjectives_end = None;
            // Where a person or a place the chain took ends.
            let (mut person_end, mut place_end) = (None, None);
            // Where the first place the chain took begins.
            let mut place_start = None;
            // Where the complement with ل is, if any.
            let mut complement_at = None;
            while end < words.len() && end - i <= LONGEST {
                let w = shapes[end];
                let title = infos[end].triggers & TRIGGER_TITLE != 0 && !w.head;
                let previous = shapes[end - 1];
                // A list of genitives goes on (للتربية والعلم والثقافة), past
                // an adjective of the one before (وزارة العدل والشؤون
                // الإسلامية والأوقاف).
                let listed_on = coordinated
                    && (last_coordinate + 1..end).all(|k| shapes[k].nisba && shapes[k].definite);
                let coordinate = w.conjoined
                    && w.long
                    && !w.head
                    && !w.stop
                    && (!coordinated || listed_on)
                    && !after_name
                    && end > i + 1
                    && previous.long
                    && (!previous.conjoined || listed_on)
                    // الجيش اللبناني واليونيفيل: after a definite head's
                    // adjective, another body (وزارة التربية والتعليم goes on),
                    // unless it is a second adjective (القطب الاقتصادي والمالي).
                    // (After a complement, its adjective does not close the
                    // name: الهيئة العامة للأنواء الجوية والرصد الزلزالي.)
                    && (!head.definite || !previous.nisba || w.nisba || complemented)
                    // والمشرف على: a participle with its own complement
                    // describes someone (مجلس التعاون | والمشرف على المنافسات).
                    && !governs(words[end].strip_prefix('و').unwrap_or(words[end]))
                    && labels[end] == 0;
                // جامعة الملك سعود, but not الجامعة الدكتورة منيرة.
                let title_ends = title && (end > i + 1 || head.definite);
                // A head in the construct state with a preposition right after
                // it has no genitive: a description (بنك للعيون، صندوق لدعم).
                let described = end == i + 1 && !head.definite && w.lam && w.definite;
                // حزب إسلامي: an indefinite head and an indefinite nisba the
                // training text saw mostly outside names is a kind of body.
                let kind = end == i + 1
                    && !head.definite
                    && indefinite_nisba(words[end], &w)
                    && mostly_outside_names(&infos[end]);
                if !w.letters
                    || (w.conjoined && !coordinate)
                    || w.stop
                    || title_ends
                    || described
                    || kind
                {
                    break;
                }
                // A genitive: a definite word with no preposition before it
                // (تحالف جديد | للمتمردين is an alliance, described).
                let plain_definite = |j: usize| {
                    shapes.get(j).is_some_and(|n| {
                        n.definite && n.letters && !n.conjoined && !n.stop && !n.lam
                    })
                };
                // غوث وتشغيل اللاجئين، لإغاثة وتشغيل اللاجئين: two indefinite
                // nouns joined by و share the definite genitive after them.
                // (وزيرة الخارجية: a و of the word's own is no conjunction.)
                let shared_genitive = words.get(end + 1).is_some_and(|n| {
                    n.starts_with('و')
                        && infos[end + 1].clitic_chars > 0
                        && !shapes[end + 1].definite
                        && !shapes[end + 1].head
                        && normalize(n).chars().count() >= 4
                        && labels[end + 1] == 0
                }) && plain_definite(end + 2)
                    // Not after a name: حركة حماس | وفصائل المقاومة, مستشفى
                    // ناصر | ومصادر الدفاع المدني.
                    && matches!(labels[end], 0 | PER_B)
                    && infos[end].gazetteer == 0
                    && infos[end].triggers & NAME_WORDS == 0;
                let definite_next = plain_definite(end + 1) || shared_genitive;
                // وزارة الاتصالات وتكنولوجيا المعلومات، وزارة الخارجية والهجرة
                // وشؤون المصريين: a second genitive after و in the construct
                // state, a noun training saw inside organisations' names (not
                // وعدد المصابين، وأسعار الخضار: what the sentence lists).
                let portfolio = !w.conjoined
                    && words[end].starts_with('و')
                    && infos[end].clitic_chars > 0
                    && !w.definite
                    && !w.head
                    && !w.lam
                    && w.content
                    && w.letters
                    && previous.definite
                    && !previous.nisba
                    && !after_name
                    && end > i + 1
                    && labels[end] == 0
                    && (!coordinated || listed_on)
                    && infos[end].stats.shares[2] > 0
                    && plain_definite(end + 1);
                let coordinate = coordinate || portfolio;
                // للحصول على، للقضاء على: a purpose, whose verbal noun takes
                // على, is no domain of the name (في، ب follow names too:
                // المفوضية العليا المستقلة للانتخابات في العراق).
                let purpose = words
                    .get(end + 1)
                    .is_some_and(|n| matches!(normalize(n).as_str(), "علي" | "على"));
                let complement = labels[end] == 0
                    && !purpose
                    && w.lam
                    && !lam_verb(words[end], &infos[end])
                    && !w.lam_head
                    && !w.time
                    && !w.lam_preposition
                    && !complemented
                    && end > i + 1
                    && (previous.definite || after_name)
                    && (w.definite || (definite_next && w.content))
                    // صندوق النقد الدولي لزيارة القاهرة: a purpose, whose
                    // object is a place; a name's complement is a domain
                    // (لكرة القدم، لإغاثة اللاجئين), a place's division
                    // (الهيئة الملكية لمحافظة العلا) or a plural of the
                    // place's (الاتحاد العام لمقاولات المغرب).
                    && (w.definite
                        || infos[end].triggers & TRIGGER_LOC_HEAD != 0
                        || normalize(words[end]).ends_with("ات")
                        || !matches!(labels.get(end + 1), Some(&(LOC_B | LOC_I))));
                let continues = match labels[end] {
                    _ if complement || coordinate => true,
                    // The rest of a person the chain took: جامعة محمد بن زايد.
                    2 if end > i + 1 && matches!(labels[end - 1], 1 | 2) => true,
                    // And of a place: مؤسسة موانئ خليج عدن.
                    4 if end > i + 1 && matches!(labels[end - 1], 3 | 4) => true,
                    // A plural nisba goes with a plural genitive, never
                    // after a name (حث الاتحاد الأوروبي | الليبيين).
                    _ if after_name => w.nisba && !w.plural,
                    // A person joins only after a head or a title: جامعة الملك سعود.
                    1 | 2 => titled(end - 1, i),
                    // جامعة القاهرة: a place in the genitive, not after it;
                    // after it, a place that is a nisba is an adjective
                    // (الشركة السعودية، وزارة الخارجية السعودية).
                    // (الاتحاد السوفياتي stays a place: the tagger's place
                    // began at the head).
                    3 => construct || (w.nisba && !w.conjoined),
                    4 => construct,
                    // منظمة العفو الدولية وهيومن رايتس ووتش: an organisation
                    // after a conjunction is another one.
                    // An indefinite one after ل is what the chain speaks to
                    // (حكومة الوحدة الوطنية | لسكاي نيوز), where للأمم المتحدة
                    // may complete it.
                    // One after ب is the body the first belongs to (لجنة
                    // السياسة النقدية | بالبنك المركزي، كلية الطب | بجامعة
                    // القاهرة).
                    5 => {
                        let conjoined =
                            infos[end].clitic_chars > 0 && words[end].starts_with(['و', 'ف', 'ب']);
                        !conjoined && (!w.lam || w.definite)
                    }
                    6 => true,
                    _ => {
                        // After the genitive (الأمن) only adjectives: الجماعي,
                        // المصدرة، العامة.
                        (w.definite
                            && (construct
                                // A plural nisba right after a plural genitive
                                // (نقابة الأطباء الأردنيين), not after another
                                // adjective (مجلس الأمن الدولي | الصحفيين).
                                || (w.nisba && !(w.plural && previous.nisba))
                                || (self.is_adjective_form(words[end], &w, shapes.get(end + 1))
                                    // الوزارة العام المنصرم: a year, not
                                    // an adjective that disagrees.
                                    && !(w.time
                                        && end == i + 1
                                        && feminine(words[i]) != feminine(words[end])))))
                            || (end >= i + 2
                                && private_adjective(
                                    words,
                                    end,
                                    shapes.get(end + 1),
                                    Some(words[end - 1]),
                                ))
                            // للطاقات المتجددة، للغاز المسال: a participle
                            // that agrees with the complement before it, or
                            // with the complement's genitive (لمكافحة الجريمة
                            // المنظمة).
                            // Or with a genitive joined to the complement by
                            // و (للأرصاد والإنذار المبكر).
                            || ((complement_at == Some(end - 1)
                                || complement_at.is_some_and(|c| c + 2 == end)
                                    && !previous.nisba
                                    && !previous.lam
                                    && !previous.conjoined
                                    && labels[end - 1] == 0
                                || complement_at.is_some()
                                    && coordinated
                                    && last_coordinate + 1 == end
                                    && !previous.nisba
                                    && labels[end - 1] == 0)
                                && previous.definite
                                && describes_complement(words[end - 1], words[end], &w)
                                // المسؤولة عن التوزيع، المتضرر من الأزمة:
                                // a participle that takes a complement of
                                // its own describes the body.
                                && !governs(words[end]))
                            // (A particle is no name: جامعة | في العالم.)
                            || (infos[end].triggers & NAME_WORDS != 0
                                && w.content
                                && titled(end - 1, i))
                            // معاهدة الأمن, كبار العلماء: an indefinite word in the
                            // chain needs a definite one after it.
                            || (construct && definite_next && w.content)
                            // محكمة جنايات عمان، شركة نفط ميسان، محكمة بداية
                            // جزاء إربد: or a place the tagger found, after
                            // one or two such words.
                            || (construct && place_ahead(labels, end))
                    }
                };
                if !continues {
                    break;
                }
                if complement || coordinate {
                    complemented |= complement;
                    if complement {
                        complement_at = Some(end);
                    }
                    // المركز الوطني لمكافحة الأوبئة: after a definite head
                    // and its adjective, a complement in the construct state
                    // names too, but for a head of [`PURPOSED`] (البنك
                    // التجاري لتحقيق النجاح: a purpose).
                    named_complement |= complement
                        && (w.definite
                            || (head.definite
                                && end == i + 2
                                && !self.purposed.contains_key(&infos[i].norm)
                                && shapes[i + 1].nisba
                                && feminine(words[i]) == feminine(words[i + 1])));
                    adjectives_end.get_or_insert(end);
                    coordinated |= coordinate;
                    if coordinate {
                        last_coordinate = end;
                    }
                    after_name = false;
                    construct = !w.definite;
                } else {
                    // وكالة غوث وتشغيل اللاجئين: a word that shares a genitive
                    // is a noun, whatever the tagger made of it.
                    match labels[end] {
                        _ if shared_genitive => {}
                        1 | 2 => person_end = Some(end + 1),
                        3 | 4 => {
                            place_start.get_or_insert(end);
                            place_end = Some(end + 1);
                        }
                        _ => {}
                    }
                    after_name = !shared_genitive
                        && (matches!(labels[end], 1..=4)
                            || (!w.definite && infos[end].triggers & NAME_WORDS != 0));
                    construct &= !w.definite;
                }
                end += 1;
            }
            // The tagger's organisation running on past the chain is kept
            // whole, but for a plain definite noun after the name's adjective:
            // the verb's object (دار الشروق المصرية | الرواية).
            let object = end < words.len()
                && end > i + 1
                && labels[end] == ORG_I
                && shapes[end - 1].nisba
                && shapes[end].definite
                && !shapes[end].nisba
                && !shapes[end].conjoined
                && !shapes[end].lam;
            if object {
                let mut k = end;
                while k < words.len() && labels[k] == ORG_I {
                    labels[k] = 0;
                    k += 1;
                }
            }
            while end < words.len() && labels[end] == ORG_I {
                end += 1;
            }
            // The head without its proclitics and article (لصندوق: صندوق).
            let bare_head = || {
                let folded = normalize(words[i]);
                let bare: String = folded.chars().skip(infos[i].clitic_chars.into()).collect();
                hash_word(bare.trim_start_matches("ال"))
            };
            // كلية الآثار | بجامعة القاهرة، لجنة السياسة النقدية | بالبنك
            // المركزي: a body of [`PARTS`] before the one after ب that it
            // belongs to is a name, as the tagger's would be.
            let belongs = end >= i + 2
                && labels.get(end) == Some(&ORG_B)
                && infos[end].clitic_chars > 0
                && words[end].starts_with('ب')
                && {
                    let head = bare_head();
                    PARTS.iter().any(|p| hash_word(p) == head)
                };
            let tagged = belongs || labels[i..end].iter().any(|&l| l == ORG_B || l == ORG_I);
            // مجلس النواب المغربي، صندوق الاستثمارات العامة: a head of
            // [`NAMED_BY_ADJECTIVE`], its definite genitive and an adjective.
            // The adjective agrees with the head (مجلس … المغربي، دائرة …
            // الإسلامية) or with a plural genitive in ات (صندوق الاستثمارات
            // العامة), not with neither (مجلس الوزراء [جلسته] الأسبوعية).
            // Like a strong head's chain, one the tagger did not begin is for
            // the reader alone.
            let feminine = |j: usize| feminine(words[j]);
            let adjectival = || {
                end >= i + 3
                    && self.named_by_adjective.contains(&bare_head())
                    && shapes[i + 1].definite
                    && (shapes[end - 1].nisba
                        || self.is_adjective_form(words[end - 1], &shapes[end - 1], None))
                    && (feminine(i) == feminine(end - 1)
                        || (feminine(end - 1) && normalize(words[i + 1]).ends_with("ات")))
                    // مكتب المدير العام: the office of an officer (but
                    // مكتب النائب العام السعودي, a state's); مكتب البريد
                    // الرئيسي، صندوق التبرعات الخيري: described.
                    && (end > i + 3 || infos[i + 1].triggers & TRIGGER_TITLE == 0)
                    && !DESCRIBING.contains(&normalize(words[end - 1]).as_str())
            };
            // Read only where it decides: a chain the tagger did not begin,
            // on a head that is not strong.
            // اللجنة الوطنية المستقلة للانتخابات، المركز الوطني للأرصاد: a
            // definite head with two adjectives, or one and a complement, is
            // named by them, where one nisba alone may describe (الشركة
            // الروسية).
            // The first adjective agrees with the head: in خطط البنك التنموية
            // الدولية the adjectives are the plans'.
            // A market is an institution as a stock market only: سوق دبي
            // المالي، سوق الكويت للأوراق المالية, not سوق الرياض الشعبي nor
            // السوق التجاري العالمي.
            let market = normalize(words[i]).ends_with("سوق");
            let described_twice = !market
                && head.definite
                && (named_complement || adjectives_end.unwrap_or(end) >= i + 3)
                && (!shapes[i + 1].nisba || feminine(i) == feminine(i + 1));
            // مجلس الوزراء: a council and its members, alone or with more,
            // after a title too (رئيس [مجلس الوزراء], the title outside).
            // And المجلس الدستوري، المجلس الرئاسي، المجلس البلدي: the council
            // and one nisba that is no nationality (المجلس المصري).
            let council = |end: usize| {
                let members = !head.definite
                    && shapes[i + 1].definite
                    && self.members.contains(&infos[i + 1].norm);
                let described = head.definite
                    && end == i + 2
                    && shapes[i + 1].nisba
                    && !infos[i + 1].nationality
                    && !infos[i + 1].common_word;
                normalize(words[i]).ends_with("مجلس") && (members || described)
            };
            // مستشفى ابن سينا التخصصي، مركز الملك سلمان للإغاثة: named after
            // a person, and described after the name (مكتب نتنياهو is his office).
            // مركز is a player's place too (مركز محمد صلاح الهجومي): it
            // needs a complement (مركز الملك سلمان للإغاثة).
            // A hospital is named by the person alone (مستشفى شارل نيكول).
            // Not when what the person said follows: مستشفى ناصر | أحمد
            // الفرا إن … is a hospital and its doctor, speaking.
            let speaks = words
                .get(end)
                .is_some_and(|w| *w == ":" || matches!(normalize(w).as_str(), "ان" | "بان"));
            // (Its title too: مستشفى الملك فهد.)
            let titled_person = infos
                .get(i + 1)
                .is_some_and(|t| t.triggers & TRIGGER_TITLE != 0)
                && labels.get(i + 1) == Some(&0)
                && labels.get(i + 2) == Some(&PER_B);
            let hospital = person_end == Some(end)
                && !speaks
                && (labels.get(i + 1) == Some(&PER_B) || titled_person)
                && normalize(words[i]).ends_with("مستشفى");
            let named_after = (person_end.is_some_and(|p| end > p) || hospital)
                && self.named_after.contains_key(&infos[i].norm)
                && (complement_at.is_some() || !normalize(words[i]).ends_with("مركز"));
            // صندوق قطر للتنمية، لجنة مهرجانات بعلبك الدولية: an
            // institution of a place, described after it (حركة مصر
            // الدبلوماسية is a movement).
            // Or named by a noun and the place (مجلس قضاء وهران، غرفة صناعة
            // حلب، مؤسسة كهرباء لبنان), where مجلس وهران is the city's
            // council, and مركز استقطاب آسيا a hub.
            let named_by_noun =
                place_start.is_some_and(|s| s > i + 1) && !normalize(words[i]).ends_with("مركز");
            let of_a_place = place_end.is_some_and(|p| {
                (end > p || named_by_noun)
                    && (!market
                        || complement_at == Some(p)
                        || matches!(normalize(words[p]).as_str(), "المالي" | "الماليه"))
            }) && !head.definite
                && self.of_a_place.contains_key(&infos[i].norm);
            // بنك الفلاحة والتنمية الريفية (بدر): a chain its acronym follows
            // is a name.
            // A short chain needs a word the training text never saw there
            // (مجلس الولايات (البوندسرات)): حركة المراقب (الملاحظ) is a gloss.
            let acronym_after = !market
                && bracketed_acronym(words, end + 1)
                // A word training saw often is a gloss when it has the
                // article (مجلس الإدارة الحاليين والسابقين (الأعضاء)), and
                // may be an acronym after a long name (… الريفية (بدر)).
                && (unfamiliar(&infos[end + 1])
                    || (end >= i + 4 && !normalize(words[end + 1]).starts_with("ال")))
                && (end >= i + 3 || (end >= i + 2 && infos[end + 1].stats.count == 0));
            // جهاز مكافحة الإرهاب: a head of [`NAMED_BY_GENITIVE`] and a
            // genitive of [`AGENCY_WORKS`], with a word after it.
            let by_genitive = || {
                end >= i + 3
                    && !head.definite
                    && AGENCY_WORKS.contains(&normalize(words[i + 1]).as_str())
                    && infos[i + 1].clitic_chars == 0
                    && labels[i + 1] == 0
                    && self.named_by_genitive.contains(&bare_head())
            };
            // A one-word place of the lists that training saw mostly as a
            // place, where the tagger marked nothing.
            let listed_place = |j: usize| {
                labels.get(j) == Some(&0)
                    && infos[j].gazetteer & PLACE_LIST_BEGIN != 0
                    && infos
                        .get(j + 1)
                        .is_none_or(|n| n.gazetteer & PLACE_LIST_INSIDE == 0)
                    && infos[j].stats.shares[1] >= 128
            };
            // الغرفة التجارية بالقصيم: a chamber (of commerce, of industry),
            // named by one adjective that agrees with it and is no
            // nationality, before the city after ب where it sits (`located`
            // takes the place), but after a verb whose object ب brings. (A
            // committee is no chamber: اجتمعت اللجنة الفنية بالرياض.)
            let seated = || {
                head.definite
                    && end == i + 2
                    && normalize(words[i]).ends_with("الغرفه")
                    && shapes[i + 1].nisba
                    && !infos[i + 1].nationality
                    && feminine(i) == feminine(i + 1)
                    && (labels.get(end) == Some(&LOC_B) || listed_place(end))
                    && words[end].starts_with('ب')
                    && infos[end].clitic_chars > 0
                    && !after_verb_with_ba(words, i)
            };
            let seated_here = alone && seated();
            let mut taken = if alone {
                let named = head.strong
                    || described_twice
                    || named_after
                    || acronym_after
                    || adjectival()
                    || by_genitive()
                    || seated_here;
                // Described once: a complement after the place's adjective is
                // the verb's (سمح مصرف سوريا المركزي | للشركات).
                // A verbal noun is the name's domain (مصرف آشور الدولي
                // للاستثمار), as is a complement training saw in names.
                if !tagged && of_a_place && !named {
                    if let (Some(p), Some(c)) = (place_end, complement_at) {
                        if c > p && !names_a_domain(words[c], &infos[c]) {
                            end = c;
                        }
                    }
                }
                !tagged && (named || of_a_place)
            } else {
                tagged
            };
            if alone && !taken && end >= i + 2 && council(end) {
                taken = true;
                // جلسة مجلس الوزراء الأسبوعية: an adjective that does not
                // agree with the council is the session's.
                if feminine(end - 1) != feminine(i) {
                    end = i + 2;
                }
            }
            // لمجلس الوزراء الأردني: the cabinet is no name of its own (no
            // member of `members`), but a state's named by its nationality is,
            // whatever follows it (… العراقي | للبت فيه).
            let cabinet = !head.definite
                && end >= i + 3
                && infos[i + 2].nationality
                && normalize(words[i]).ends_with("مجلس")
                && normalize(words[i + 1]) == "الوزراء";
            if alone && !taken && cabinet {
                taken = true;
                end = i + 3;
            }
            if end == i + 1 || !taken {
                i += 1;
                continue;
            }
            // The chamber's city, which the tagger left unmarked, is the
            // place `located` takes into its name.
            if seated_here && labels[end] == 0 {
                labels[end] = LOC_B;
            }
            if labels[i] != ORG_I {
                labels[i] = ORG_B;
            }
            labels[i + 1..end].fill(ORG_I);
            // A name the chain took the start of keeps its rest as a name of its own.
            if end < words.len() && is_inside(labels[end]) {
                labels[end] -= 1;
            }
            i = end;
        }
    }
}

/// Adjectives that describe a place or a fund rather than name a body
/// (folded): مكتب البريد الرئيسي، مجلس العزاء الكبير، صندوق التبرعات الخيري.
const DESCRIBING: &[&str] = &[
    "الرئيسي",
    "الرئيسيه",
    "الكبير",
    "الكبري",
    "الكبرى",
    "المحلي",
    "المحليه",
    "الخيري",
    "الخيريه",
    "الجديد",
    "الجديده",
    "الصغير",
    "الحالي",
    "الحاليه",
    "القديم",
    "القديمه",
];

/// What an agency does, as the genitive of جهاز names it (folded):
/// جهاز مكافحة الإرهاب، جهاز دعم الاستقرار، جهاز الإسعاف والطوارئ, where
/// جهاز رصد الزلازل or جهاز تحليل الدم is a device.
const AGENCY_WORKS: &[&str] = &[
    "مكافحه",
    "دعم",
    "حمايه",
    "تنميه",
    "تنظيم",
    "حرس",
    "امن",
    "مشروعات",
    "الامن",
    "الاستخبارات",
    "المخابرات",
    "الاسعاف",
    "الرقابه",
    "الاحصاء",
    "الردع",
];

/// Heads of a body that is a part of another, named after it with ب (كلية
/// الطب بجامعة القاهرة، لجنة السياسة النقدية بالبنك المركزي).
const PARTS: &[&str] = &["كليه", "معهد", "لجنه", "مركز", "قسم"];

/// Heads of a body sent by another (a mission, a force), named with where it
/// serves: بعثة الأمم المتحدة للدعم في ليبيا، قوة الأمم المتحدة المؤقتة في
/// لبنان.
pub(super) const MISSIONS: &[&str] = &["بعثه", "قوه", "قوات"];

/// Heads of a court, which its city after ب may name (المحكمة الابتدائية
/// بتونس).
pub(super) const COURTS: &[&str] = &["محكمه"];

/// The bodies whose missions and forces are named with where they serve
/// (folded): the United Nations and the African Union, where قوات حلف الناتو
/// في بولندا or بعثة صندوق النقد الدولي في مصر are sent, not named.
const MISSION_BODIES: &[&str] = &["الامم المتحده", "الاتحاد الافريقي"];

/// Nisbas of no foreign country: an institution so described is named
/// without the place it is in (الأكاديمية الدولية في لندن).
const UNPLACED_NISBAS: &[&str] = &["دولي", "عالمي", "اقليمي", "اسلامي", "بحري", "عسكري"];

/// Verbs (folded, without و or ف) whose object follows ب: after one, a
/// place after a body's name and ب is the verb's.
const VERBS_WITH_BA: &[&str] = &[
    "اشاد",
    "اشادت",
    "يشيد",
    "تشيد",
    "رحب",
    "رحبت",
    "يرحب",
    "ترحب",
    "ندد",
    "نددت",
    "يندد",
    "تندد",
    "اتصل",
    "اتصلت",
    "يتصل",
    "تتصل",
    "تعهد",
    "تعهدت",
    "يتعهد",
    "تتعهد",
    "طالب",
    "طالبت",
    "يطالب",
    "تطالب",
    "اعترف",
    "اعترفت",
    "يعترف",
    "تعترف",
    "اهاب",
    "اهابت",
    "يهيب",
    "تهيب",
    "نوه",
    "نوهت",
    "ينوه",
    "تنوه",
    "التقى",
    "التقت",
    "يلتقي",
    "تلتقي",
    "احتفل",
    "احتفلت",
    "يحتفل",
    "تحتفل",
    "استعان",
    "استعانت",
    "اعرب",
    "اعربت",
    "يهنئ",
    "تهنئ",
];

/// Whether the word before `at` is one of [`VERBS_WITH_BA`], with و or ف.
fn after_verb_with_ba(words: &[&str], at: usize) -> bool {
    at > 0 && {
        let folded = normalize(words[at - 1]);
        VERBS_WITH_BA.contains(&folded.strip_prefix(['و', 'ف']).unwrap_or(&folded))
    }
}

/// Heads of forces (folded, with the article), which are stationed where a
/// place after ب says rather than named by it (الحرس الوطني بصفاقس).
const FORCES: &[&str] = &[
    "الحرس",
    "الجيش",
    "القوات",
    "الشرطه",
    "الامن",
    "الدرك",
    "الحمايه",
    "الدفاع",
];

/// Heads of institutions that one adjective and a place may name (الجامعة
/// الأمريكية بالقاهرة), where الاتحاد الأفريقي في دارفور is a union named
/// already, in a place.
pub(super) const NAMED_BY_PLACE: &[&str] = &["جامعه", "معهد", "مركز", "كليه", "مدرسه"];

/// Nisbas of the Arab states and of a nation's own (folded, without ال or
/// the feminine ending): an institution so described is mostly in its own
/// country (الجامعة الأردنية في عمان), where a foreign one is named by where
/// it is (الجامعة الأمريكية بالقاهرة).
const HOME_NISBAS: &[&str] = &[
    "مصري",
    "سعودي",
    "اردني",
    "لبناني",
    "سوري",
    "عراقي",
    "كويتي",
    "قطري",
    "بحريني",
    "اماراتي",
    "عماني",
    "يمني",
    "فلسطيني",
    "مغربي",
    "جزائري",
    "تونسي",
    "ليبي",
    "سوداني",
    "موريتاني",
    "صومالي",
    "جيبوتي",
    "قمري",
    "عربي",
    "وطني",
];

impl Chains {
    /// Where an institution is, when the place completes its name (after
    /// [`Chains::institutions`]' chains):
    /// - a definite head of [`NAMED_BY_PLACE`] and one adjective that agrees
    ///   with it, named by the place after في or ب:
    ///   المعهد الفرنسي في لبنان، الجامعة الأمريكية بالقاهرة (where جامعة
    ///   اليرموك في إربد, named already, stays apart from its city, and so do
    ///   a name of more words, المحكمة الدستورية الاتحادية في كارلسروه, and
    ///   one of [`HOME_NISBAS`] or [`UNPLACED_NISBAS`], الجامعة الأردنية في
    ///   عمان);
    /// - a court, not an international one, and the city after ب: المحكمة
    ///   الابتدائية بتونس;
    /// - a mission or a force of one of [`MISSION_BODIES`], its description
    ///   and في with the one place it serves: بعثة الأمم المتحدة للدعم في
    ///   ليبيا.
    pub(super) fn located(&mut self, words: &[&str], infos: &[TokenInfo], labels: &mut [u8]) {
        if !holds_any(labels, &[ORG_B]) {
            return;
        }
        let n = labels.len();
        let mut a = 0;
        while a < n {
            if labels[a] != ORG_B {
                a += 1;
                continue;
            }
            let mut b = a + 1;
            while b < n && labels[b] == ORG_I {
                b += 1;
            }
            let mission = a >= 1
                && labels[a - 1] == 0
                && self.missions.contains_key(&infos[a - 1].norm)
                // (Its description may be in the span: الاتحاد الأفريقي
                // للدعم والاستقرار.)
                && {
                    let body = fold_phrase(&words[a..b]);
                    MISSION_BODIES
                        .iter()
                        .any(|&m| body == m || body.starts_with(&format!("{m} ")))
                };
            // What describes the mission before في: للدعم والاستقرار، المؤقتة.
            let mut m = b;
            if mission {
                while m < n.min(b + 3) && labels[m] == 0 {
                    let w = self.shape(words[m]);
                    if !w.definite || w.stop {
                        break;
                    }
                    m += 1;
                }
            }
            // في + a place, or a place after ب.
            let (at, with_fi) = if words.get(m) == Some(&"في") {
                (m + 1, true)
            } else {
                (m, false)
            };
            let by_ba = !with_fi
                && words.get(at).is_some_and(|w| w.starts_with('ب'))
                && infos.get(at).is_some_and(|t| t.clitic_chars > 0);
            if labels.get(at) != Some(&LOC_B) || !(with_fi || by_ba) {
                a = b;
                continue;
            }
            let mut end = at + 1;
            while end < n && labels[end] == LOC_I {
                end += 1;
            }
            // في بولندا ورومانيا: places listed are where, not a name's.
            if labels.get(end) == Some(&LOC_B) {
                a = b;
                continue;
            }
            let feminine = |j: usize| feminine(words[j]);
            let described = b == a + 2
                && self.shape(words[a]).definite
                && self.named_by_place.contains_key(&infos[a].norm)
                && self.shape(words[a + 1]).nisba
                && feminine(a) == feminine(a + 1)
                && !{
                    let nisba = normalize(words[a + 1]);
                    let nisba = nisba.strip_prefix("ال").unwrap_or(&nisba);
                    let nisba = nisba.strip_suffix('ه').unwrap_or(nisba);
                    HOME_NISBAS.contains(&nisba) || UNPLACED_NISBAS.contains(&nisba)
                };
            // A court of a city: المحكمة الجنائية الدولية بفلسطين is the
            // verb's (رحبت ب).
            let international = b > a + 1 && {
                let last = normalize(words[b - 1]);
                last.ends_with("دولي") || last.ends_with("دوليه")
            };
            let court =
                self.courts.contains_key(&infos[a].norm) && by_ba && m == b && !international;
            // A body a description names, and the city or country after ب
            // (الغرفة التجارية بالقصيم، الاتحاد العام للشغالين بالمغرب، as
            // the Maghreb and the Gulf name them): not a force stationed
            // there (الحرس الوطني بصفاقس), nor a body of the hand list or one
            // ending on a nationality, whose ب is the verb's (رحبت الجامعة
            // العربية بقطر).
            // (Nor after a verb that takes ب: أشاد الاتحاد العربي لكرة القدم
            // بالمغرب، اتصل المكتب الوطني … بالمغرب.)
            let regional = by_ba
                && !after_verb_with_ba(words, a)
                && m == b
                && b >= a + 2
                && self.shape(words[a]).definite
                && infos[a].gazetteer & CURATED_ORG_BEGIN == 0
                && !infos[b - 1].nationality
                && !FORCES.contains(&normalize(words[a]).as_str())
                // (Its adjective agrees with it: in علاقة الحزب التحالفية
                // بسوريا the adjective is the relation's.)
                && (!self.shape(words[a + 1]).nisba || feminine(a) == feminine(a + 1))
                && (a + 1..b)
                    .all(|j| infos[j].gazetteer & (PERSON_LIST_BEGIN | PLACE_LIST_BEGIN) == 0);
            let start = if mission && with_fi {
                a - 1
            } else if (described && m == b) || court || regional {
                a
            } else {
                a = b;
                continue;
            };
            labels[start] = ORG_B;
            labels[start + 1..end].fill(ORG_I);
            a = end;
        }
    }
}

impl Chains {
    /// A state's army named by its nationality is an organisation: الجيش
    /// اللبناني، الجيش الوطني الصومالي، القوات المسلحة السودانية (news
    /// readers take it as one; ANERcorp's annotators leave the army out, 64
    /// times in its training text, so this is for
    /// the reader, in [`Chains::institutions`]). Other adjectives describe an
    /// army (الجيش النظامي، الجيش العثماني) and a plural after it is its
    /// object (دمر الجيش المباني).
    pub(super) fn armies(&mut self, words: &[&str], infos: &[TokenInfo], labels: &mut [u8]) {
        let n = labels.len();
        for i in 0..n.saturating_sub(1) {
            if labels[i] != 0 || !(words[i].ends_with("لجيش") || words[i].ends_with("لقوات"))
            {
                continue;
            }
            let folded = normalize(words[i]);
            let bare = folded.strip_prefix(['و', 'ف']).unwrap_or(&folded);
            let army = matches!(bare, "الجيش" | "بالجيش" | "للجيش");
            // القوات المسلحة السودانية: the armed forces, named the same way.
            let forces = matches!(bare, "القوات" | "بالقوات" | "للقوات")
                && i + 2 < n
                && labels[i + 1] == 0
                && normalize(words[i + 1]) == "المسلحه";
            if !army && !forces {
                continue;
            }
            // الوطني before the nationality: الجيش الوطني الليبي.
            let mut at = i + 1 + usize::from(forces);
            if army && normalize(words[at]) == "الوطني" && at + 1 < n && labels[at] == 0 {
                at += 1;
            }
            let w = self.shape(words[at]);
            if labels[at] == 0 && w.nisba && !w.conjoined && infos[at].nationality {
                labels[i] = ORG_B;
                labels[i + 1..=at].fill(ORG_I);
            }
        }
    }

    /// A club's الرياضي is part of its name, and the nisba after it (الترجي
    /// الرياضي التونسي، الفتح الرياضي، الجزيرة الرياضية): after an
    /// organisation, not after a person (مديره الرياضي).
    pub(super) fn sporting(&mut self, words: &[&str], labels: &mut [u8]) {
        if !holds_any(labels, &[ORG_B, ORG_I]) {
            return;
        }
        let n = labels.len();
        for b in 1..n {
            let sport = words[b].ends_with("لرياضي")
                || words[b].ends_with("لرياضية")
                || words[b].ends_with("لرياضيه");
            if !sport
                || labels[b] != 0
                || !matches!(labels[b - 1], ORG_B | ORG_I)
                || !matches!(normalize(words[b]).as_str(), "الرياضي" | "الرياضيه")
            {
                continue;
            }
            labels[b] = ORG_I;
            if b + 1 < n && labels[b + 1] == 0 {
                let w = self.shape(words[b + 1]);
                if w.nisba && !w.plural && !w.conjoined {
                    labels[b + 1] = ORG_I;
                }
            }
        }
    }
}

/// An organisation's acronym in brackets right after its name is that
/// organisation too: وكالة الأنباء السعودية (واس)، حلف شمال الأطلسي (الناتو),
/// in Latin capitals as well (البنك التجاري الدولي (CIB)). It is so over a
/// person or place the tagger found that no list holds as written (واس, listed
/// as و + اس); a listed one keeps its label: ريال مدريد (إسبانيا).
pub(super) fn acronyms(words: &[&str], infos: &[TokenInfo], labels: &mut [u8]) {
    if !holds_any(labels, &[ORG_B, ORG_I]) {
        return;
    }
    for i in 1..labels.len().saturating_sub(2) {
        // وكالة الأنباء الصومالية الرسمية (صونا): over one describing word,
        // before a word training seldom saw (not اليوم (الإثنين)، أمس).
        let described = i >= 2
            && labels[i - 1] == 0
            && matches!(labels[i - 2], ORG_B | ORG_I)
            && normalize(words[i - 1]).starts_with("ال")
            && infos.get(i + 1).is_some_and(unfamiliar);
        if !(matches!(labels[i - 1], ORG_B | ORG_I) || described)
            || !bracketed_acronym(words, i + 1)
        {
            continue;
        }
        let g = infos[i + 1].gazetteer;
        // Listed as written, not only once a proclitic is taken off (و + اس).
        let listed =
            g & (PLACE_LIST_BEGIN | PERSON_LIST_BEGIN) != 0 && infos[i + 1].clitic_chars == 0;
        let free = labels[i + 1] == 0 || (matches!(labels[i + 1], PER_B | LOC_B) && !listed);
        if free {
            labels[i + 1] = ORG_B;
        }
    }
}

/// Words with the article an organisation's name may run through to its
/// acronym in Latin capitals (see [`names_before_latin_acronyms`]).
const TO_ACRONYM: usize = 5;

/// An organisation the tagger ended early, or a head it left alone, before
/// words with the article and the name's acronym in Latin capitals in
/// brackets runs to the acronym: هيئة عمليات | التجارة البحرية البريطانية
/// (UKMTO)، لإدارة الهجرة والجمارك (ICE). An acronym says where the name
/// ends, and in Latin it is no gloss of an Arabic word.
pub(super) fn names_before_latin_acronyms(words: &[&str], infos: &[TokenInfo], labels: &mut [u8]) {
    if !words.contains(&"(") {
        return;
    }
    let n = labels.len();
    for open in 1..n.saturating_sub(2) {
        if words[open] != "(" || !bracketed_acronym(words, open + 1) || !words[open + 1].is_ascii()
        {
            continue;
        }
        // Back from the bracket over words with the article, to an
        // organisation's last word or a head.
        let definite = |k: usize| {
            let folded = normalize(words[k]);
            ["ال", "لل", "وال"].iter().any(|p| folded.starts_with(p))
        };
        let mut i = open - 1;
        while i + TO_ACRONYM >= open
            && i > 0
            && matches!(labels[i], 0 | LOC_B | LOC_I)
            && infos[i].triggers & TRIGGER_ORG_HEAD == 0
            && definite(i)
        {
            i -= 1;
        }
        // The name opens at an organisation's last word, or a head.
        let start = match labels[i] {
            ORG_B | ORG_I if labels[i + 1] == 0 => (0..=i).rev().find(|&k| labels[k] == ORG_B),
            0 if infos[i].triggers & TRIGGER_ORG_HEAD != 0
                && !infos[i].definite
                && open > i + 1 =>
            {
                Some(i)
            }
            _ => None,
        };
        let Some(start) = start else { continue };
        if open == i + 1
            || labels[i + 1..open]
                .iter()
                .any(|&l| l != 0 && !matches!(l, LOC_B | LOC_I))
        {
            continue;
        }
        label_organisation(labels, start, open);
        if labels[open + 1] == 0 {
            labels[open + 1] = ORG_B;
        }
    }
}

/// Whether word `j` is الخاص/الخاصة naming a body: right after its head
/// before a nisba (المحكمة الخاصة العراقية), or after a plural genitive
/// (`genitive`: رابطة المصارف الخاصة، نقابة المدارس الخاصة); not before ب,
/// where it says what the body deals with (اللجنة الوزارية الخاصة بالأزمة),
/// and not after one company (الشركة الخاصة, any private one).
fn private_adjective(
    words: &[&str],
    j: usize,
    next: Option<&Word>,
    genitive: Option<&str>,
) -> bool {
    let Some(word) = words.get(j) else {
        return false;
    };
    if !matches!(normalize(word).as_str(), "الخاص" | "الخاصه") {
        return false;
    }
    if words
        .get(j + 1)
        .is_some_and(|n| normalize(n).starts_with('ب'))
    {
        return false;
    }
    match genitive {
        None => next.is_some_and(|n| n.nisba && !n.conjoined),
        Some(g) => {
            let folded = normalize(g);
            let letters: Vec<char> = folded.chars().collect();
            // ات, or a broken plural مفاعل/فعول with the article (المصارف، البنوك).
            folded.starts_with("ال")
                && (folded.ends_with("ات")
                    || (letters.len() == 7 && letters[2] == 'م' && letters[4] == 'ا')
                    || (letters.len() == 6 && letters[4] == 'و'))
        }
    }
}

/// Participles (folded, no article, masculine) that take a complement with
/// a preposition of their own (المسؤولة عن، المتضرر من، القائمة على): after a
/// body's name they describe it.
const GOVERNING: &[&str] = &[
    "مسؤول",
    "صادر",
    "ناتج",
    "متضرر",
    "مستفيد",
    "قائم",
    "مبني",
    "معني",
    "منبثق",
    "مترتب",
    "متفرع",
    "منفصل",
    "مختص",
    "متخصص",
    "مكلف",
    "منشق",
    "مسيطر",
    "مشرف",
    "مسوول",
];

/// ليكون، ليتم: ل and a verb in the imperfect, a purpose that no name holds
/// (معهد الفيلم الأمريكي | ليكون الرابع).
fn lam_verb(raw: &str, info: &TokenInfo) -> bool {
    let folded = normalize(raw);
    folded
        .strip_prefix("لي")
        .is_some_and(|rest| (2..=4).contains(&rest.chars().count()) && !rest.starts_with('ا'))
        && info.gazetteer == 0
}

/// An indefinite word in the shape of a masculine nisba (إسلامي، ليبرالي), no
/// conjunction or preposition before it. (Not the feminine: nouns in ية are
/// many, تنمية، خارجية.)
fn indefinite_nisba(raw: &str, w: &Word) -> bool {
    let folded = normalize(raw);
    !w.definite
        && !w.lam
        && !w.conjoined
        && folded.chars().count() >= 5
        && folded.ends_with('ي')
        && !folded.ends_with("اي")
}

/// A word the training text saw three times or more, mostly outside names.
fn mostly_outside_names(info: &TokenInfo) -> bool {
    info.stats.count >= 3
        && info.stats.shares[..3]
            .iter()
            .map(|&s| u32::from(s))
            .sum::<u32>()
            < 64
}

/// Whether `raw` is a participle of [`GOVERNING`], in either gender.
fn governs(raw: &str) -> bool {
    let folded = normalize(raw);
    let stem = folded.strip_prefix("ال").unwrap_or(&folded);
    let stem = stem.strip_suffix('ه').unwrap_or(stem);
    GOVERNING.contains(&stem)
}

/// Whether `raw`, a definite word right after a definite complement with ل
/// (`complement`), is its adjective: a participle of a derived verb (ال + م
/// and three letters or more) in its gender, feminine after a feminine noun or
/// a plural in ات (للطاقات المتجددة، للغاز المسال), or a feminine participle
/// of the plain verb (لإدارة الحالات الطارئة). A participle in another
/// gender describes the head (الشركة الوطنية للنفط | المنتجة للغاز).
fn describes_complement(complement: &str, raw: &str, w: &Word) -> bool {
    if !w.definite || w.conjoined || w.stop || w.time || w.lam || w.plural {
        return false;
    }
    let folded = normalize(raw);
    let stem = folded.strip_prefix("ال").unwrap_or(&folded);
    let of = normalize(complement);
    let letters: Vec<char> = stem.chars().collect();
    let plain = letters.len() == 5 && letters[1] == 'ا' && letters[4] == 'ه';
    (plain || stem.starts_with('م') && letters.len() >= 4)
        && !stem.ends_with("ين")
        && !stem.ends_with("ون")
        && feminine(raw) == (of.ends_with('ه') || of.ends_with("ات"))
}

/// A complement with ل that names what a body does, after its name and
/// adjective (مصرف آشور الدولي للاستثمار): a verbal noun, or a word training
/// saw inside organisations' names one time in thirteen or more (للطاقة،
/// للدراسات), where people a body serves or allows are not (للشركات،
/// للمواطنين).
pub(super) fn names_a_domain(raw: &str, info: &TokenInfo) -> bool {
    verbal_noun(raw) || info.stats.shares[2] >= 20
}

/// A verbal noun of a derived verb, folded, after ل and the article: استفعال
/// (للاستثمار), تفعيل (للتأمين، للتمويل), تفعلة (للتنمية، للتجارة), تفاعل
/// (للتعاون). Not a plural (للتنظيمات) nor people (للتلاميذ).
fn verbal_noun(raw: &str) -> bool {
    let folded = normalize(raw);
    let stem = folded
        .strip_prefix("لل")
        .or_else(|| folded.strip_prefix("ل").and_then(|r| r.strip_prefix("ال")))
        .unwrap_or(&folded);
    let letters: Vec<char> = stem.chars().collect();
    let n = letters.len();
    if stem.ends_with("ات") || stem.ends_with("ين") || stem.ends_with("ون") {
        return false;
    }
    (stem.starts_with("است") && n >= 6)
        || (letters.first() == Some(&'ت')
            && n >= 5
            && (letters[3] == 'ي' || letters[2] == 'ا' || letters[n - 1] == 'ه'))
}

/// A word in the feminine, ending in ة (folded to ه): an adjective agrees with
/// the noun it describes (مجلس … المغربي، دائرة … الإسلامية).
fn feminine(word: &str) -> bool {
    normalize(word).ends_with('ه')
}

/// A word the training text saw seldom, or mostly in organisations: an
/// acronym (صونا، البوندسرات), not a gloss or a date in brackets (الموقع،
/// الأعضاء، الإثنين).
fn unfamiliar(info: &TokenInfo) -> bool {
    info.stats.count <= 2 || info.stats.shares[2] >= 128
}

/// Whether word `j` is alone in brackets and can be an acronym: (واس)، (CIB).
pub(crate) fn bracketed_acronym(words: &[&str], j: usize) -> bool {
    j >= 1
        && words.get(j - 1) == Some(&"(")
        && words.get(j + 1) == Some(&")")
        && is_acronym(words[j])
}

/// A word an acronym can be: two Arabic letters or more, perhaps stretched
/// (واس، الناتو), or two to six Latin capitals and digits, a capital first
/// (CIB، G42).
pub(super) fn is_acronym(word: &str) -> bool {
    let letters = word
        .chars()
        .filter(|&c| ('\u{0621}'..='\u{064A}').contains(&c) && c != '\u{0640}')
        .count();
    let arabic = letters >= 2
        && word
            .chars()
            .all(|c| ('\u{0621}'..='\u{064A}').contains(&c) || c == '\u{0640}');
    let latin = (2..=6).contains(&word.len())
        && word
            .bytes()
            .all(|b| b.is_ascii_uppercase() || b.is_ascii_digit())
        && word.starts_with(|c: char| c.is_ascii_uppercase());
    arabic || latin
}

/// The board of a body after مجلس (إدارة، أمناء، مفوضي), by folded hash.
const BOARDS: [u64; 3] = [hash_word("اداره"), hash_word("امناء"), hash_word("مفوضي")];

/// Heads of a general directorate (folded, without the article, which they
/// take): الإدارة العامة للجوازات، المديرية العامة لحرس الحدود، القيادة العامة
/// لشرطة أبوظبي. (Not المصلحة: المصلحة العامة is the public interest.)
pub(super) const GENERAL_HEADS: &[&str] = &["اداره", "مديريه", "قياده", "رئاسه", "مؤسسه", "امانه"];

/// "General" (folded), after a head of [`GENERAL_HEADS`].
const GENERAL: u64 = hash_word("العامه");

/// The most words a general directorate's field takes after its ل.
const GENERAL_FIELD: usize = 5;

/// Bodies that belong to a larger organisation and are named after it with ل
/// (folded, with the article): الأمانة العامة لمجلس التعاون، المكتب الإقليمي
/// لمنظمة الصحة العالمية، القوات البحرية للحرس الثوري.
pub(super) const SUBORDINATE_BODIES: &[&str] = &[
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
    pub(super) fn general_bodies(&self, words: &[&str], infos: &[TokenInfo], labels: &mut [u8]) {
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
    pub(super) fn boards_are_no_names(&self, infos: &[TokenInfo], labels: &mut [u8]) {
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
    pub(super) fn bodies_of_parents(
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

/// Heads of a company (folded) that a founder's or a foreign name follows.
/// By the folded words' hashes; مجموعه first.
const COMPANY_HEADS: [u64; 2] = [hash_word("مجموعه"), hash_word("شركه")];

/// Whether the organisation the tagger found after the company's head at
/// `head` is the company's own name that a nationality describes after it:
/// شركة [إيني] الإيطالية، شركة [توتال إنرجيز] الفرنسية. The head and the nisba
/// only say what and whose it is, so neither is part of the name: ANERcorp's
/// annotators leave both out, and so did most of those of the news sets (16 of
/// 20 such names).
pub(super) fn described_company(infos: &[TokenInfo], labels: &[u8], head: usize) -> bool {
    // A definite genitive is what the company deals in (شركة النفط الروسية).
    if !company_head(&infos[head]) || infos.get(head + 1).is_none_or(|t| t.definite) {
        return false;
    }
    let end = (head + 2..labels.len())
        .find(|&k| labels[k] != ORG_I)
        .unwrap_or(labels.len());
    nationality_outside(infos, labels, end)
}

/// A company's head, one to three words of its own name and a nationality,
/// all one organisation (شركة أمازون الأمريكية، مجموعة رينو الفرنسية): the
/// name alone, as [`described_company`] reads it when the nisba stands
/// outside. Not a well-known name that holds its nisba (أرامكو السعودية), nor
/// one of common or definite words the training text knows (شركة النفط
/// الوطنية), which describe what the company does.
pub(super) fn nationalities_of_companies(infos: &[TokenInfo], labels: &mut [u8]) {
    if !holds_any(labels, &[ORG_B, ORG_I]) {
        return;
    }
    if !infos.iter().any(|t| t.nationality) {
        return;
    }
    let head_at = |k: usize| company_head(&infos[k]);
    for (a, b, ty) in crate::train::spans(labels) {
        let last = &infos[b - 1];
        if ty != 2
            || !last.definite
            || !last.nationality
            || last.gazetteer & CURATED_ORG_INSIDE != 0
        {
            continue;
        }
        // The head inside the span, or just before it, outside any name.
        let name = if head_at(a) {
            a + 1
        } else if a > 0 && labels[a - 1] == 0 && head_at(a - 1) {
            a
        } else {
            continue;
        };
        let own = (1..=3).contains(&(b - 1).saturating_sub(name))
            && infos[name..b - 1]
                .iter()
                .all(|t| !t.common_word && !t.nationality && (!t.definite || t.stats.count == 0));
        if own {
            labels[a..name].fill(0);
            labels[name] = ORG_B;
            labels[b - 1] = 0;
        }
    }
}

/// Whether a word is a company's head in the construct state (شركة، مجموعة).
fn company_head(info: &TokenInfo) -> bool {
    !info.definite && COMPANY_HEADS.contains(&info.stem)
}

/// Whether the word at `k` is a definite nisba of nationality outside any
/// name (الإيطالية، الأمريكي).
fn nationality_outside(infos: &[TokenInfo], labels: &[u8], k: usize) -> bool {
    labels.get(k) == Some(&0) && infos[k].definite && infos[k].nationality
}

/// A company's word after its name (folded): a holding company's.
const HOLDING: &str = "القابضه";

/// A group's head in the construct state before a person's name (مجموعة
/// ماجد الفطيم، مجموعة طلعت مصطفى القابضة), or a company's before one to three words
/// that training never saw and no list holds, a foreign name (مجموعة
/// سينوبك، شركة أميا باور), is that company's name, and so is القابضة
/// (holding) after it.
pub(super) fn named_companies(words: &[&str], infos: &[TokenInfo], labels: &mut [u8]) {
    let n = labels.len();
    let mut i = 0;
    while i + 1 < n {
        let head = COMPANY_HEADS.contains(&infos[i].stem)
            && !infos[i].definite
            && labels[i] == 0
            && !matches!(labels[i + 1], ORG_I | LOC_I | PER_I);
        if !head {
            i += 1;
            continue;
        }
        let mut end = i + 1;
        // (شركة before a person's name is as often the person's: وتهدف
        // شركة ديمورا, the businessman's.)
        if labels[end] == PER_B && infos[i].stem == COMPANY_HEADS[0] {
            end += 1;
            while end < n && labels[end] == PER_I {
                end += 1;
            }
            // A complement goes on to the chains' name (مجموعة كوفي عنان
            // للسلام).
            if words
                .get(end)
                .is_some_and(|w| normalize(w).starts_with('ل'))
            {
                i += 1;
                continue;
            }
        } else {
            // A word after the first is no verb in the present or future
            // (شركة أميا | ستعمل، مجموعة سينوبك | ستستثمر).
            while end < n
                && end < i + 4
                && foreign_word(words[end], &infos[end])
                && (end == i + 1 || !normalize(words[end]).starts_with(['س', 'ي', 'ت', 'ن']))
            {
                end += 1;
            }
            // The name is all of a span the tagger began on it.
            if end < n && is_inside(labels[end]) {
                end = i + 1;
            }
        }
        if end == i + 1 {
            i += 1;
            continue;
        }
        if end < n && labels[end] == 0 && normalize(words[end]) == HOLDING {
            end += 1;
        }
        // A nationality after the name describes the company, and so does
        // its head (see `described_company`).
        let from = if nationality_outside(infos, labels, end) {
            i + 1
        } else {
            i
        };
        labels[from] = ORG_B;
        labels[from + 1..end].fill(ORG_I);
        i = end;
    }
}

/// القابضة (holding) ends a company's name: after the organisation just
/// before it (شركة أبوظبي التنموية | القابضة), or after a company's head in
/// the construct state and one to three words of letters, as one name
/// whatever the tagger made of them (شركة الاتصالات القابضة، مجموعة طلعت
/// مصطفى القابضة). Not after a definite head (الشركة القابضة, any holding),
/// nor across a word of a verb's or a preposition's (مجموعة من الشركات
/// القابضة).
pub(super) fn holding_companies(words: &[&str], infos: &[TokenInfo], labels: &mut [u8]) {
    // (By the folded word's hash: this reads every word of every sentence.)
    let holding = hash_word(HOLDING);
    for k in 1..labels.len() {
        if labels[k] != 0 || infos[k].norm != holding {
            continue;
        }
        if matches!(labels[k - 1], ORG_B | ORG_I) {
            labels[k] = ORG_I;
            continue;
        }
        let plain = |j: usize| {
            let folded = normalize(words[j]);
            folded.chars().count() >= 3
                && arabic_letters_only(&folded)
                && infos[j].clitic_chars == 0
                && !function_word(&infos[j])
                && infos[j].triggers & (TRIGGER_SPEECH | TRIGGER_TITLE) == 0
        };
        // The head one to three plain words back, every word after it plain.
        let Some(head) = (k.saturating_sub(4)..k - 1)
            .rev()
            .take_while(|&h| plain(h + 1))
            .find(|&h| company_head(&infos[h]) && labels[h] == 0)
        else {
            continue;
        };
        labels[head] = ORG_B;
        labels[head + 1..=k].fill(ORG_I);
    }
}

/// A word of a foreign name: one training never saw, with no article, no
/// proclitic, no feminine ending and no plural in ات (بتروكيماويات،
/// لوجستيات: a trade), that no list holds as a place, a title, a head or a
/// common word.
fn foreign_word(word: &str, info: &TokenInfo) -> bool {
    let folded = normalize(word);
    if folded.ends_with("ات") {
        return false;
    }
    info.stats.count == 0
        && !info.definite
        && info.clitic_chars == 0
        && !info.common_word
        && !info.nationality
        && info.gazetteer & (PLACE_LIST_BEGIN | PLACE_LIST_INSIDE) == 0
        && info.triggers & (TRIGGER_TITLE | TRIGGER_ORG_HEAD | TRIGGER_LOC_HEAD | TRIGGER_SPEECH)
            == 0
        && folded.chars().count() >= 3
        && !folded.ends_with('ه')
        && arabic_letters_only(&folded)
}

/// A definite head (المنظمة، الشركة، الوكالة) cannot govern a bare word: an
/// organisation the tagger opened on one, with only words of a person's name
/// after it (given or family names a list holds, foreign words), is the head,
/// outside any name, and the person it employs (قالت الباحثة في المنظمة
/// نيامبورا كاماو، منسقة الطوارئ في المنظمة كلير نيكوليه). So is an
/// organisation the tagger opened just after such a head, left outside, on
/// such words alone.
pub(super) fn definite_heads_before_people(words: &[&str], infos: &[TokenInfo], labels: &mut [u8]) {
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
            && (first..e).all(person_word)
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
pub(super) fn listed_bodies_after_waw(words: &[&str], infos: &[TokenInfo], labels: &mut [u8]) {
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
pub(super) fn complements_of_offices(words: &[&str], infos: &[TokenInfo], labels: &mut [u8]) {
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
