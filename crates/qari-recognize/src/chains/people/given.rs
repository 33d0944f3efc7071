//! Given names the tagger left alone or ran into another name: after a body or
//! a place, before a person or one who holds an office, and a person opened on
//! ل before a common word.

use super::*;

/// A given name the tagger ran onto the end of a body's name, before a family
/// name with the article it left alone, is that person's name (لنادي الرمثا
/// صالح الذيابات): a club and its chairman, named side by side. Not before
/// an adjective (مؤسسة خليفة الإنسانية) nor where the body goes on (جامعة
/// محمد الخامس). So is one before a given name the tagger took for a
/// person's start, after a body with a genitive of its own (جامعة البصرة |
/// سلام كاظم العيداني).
pub(in crate::chains) fn given_names_after_bodies(
    words: &[&str],
    infos: &[TokenInfo],
    labels: &mut [u8],
) {
    if !holds_any(labels, &[ORG_I]) {
        return;
    }
    for i in 2..labels.len().saturating_sub(1) {
        if labels[i] != ORG_I || !matches!(labels[i - 1], ORG_B | ORG_I) {
            continue;
        }
        let (given, family) = (&infos[i], &infos[i + 1]);
        // A bare word, no title, after no title.
        let plain = given.triggers & TRIGGER_TITLE == 0
            && given.clitic_chars == 0
            && !given.definite
            && infos[i - 1].triggers & TRIGGER_TITLE == 0;
        // جامعة البصرة | سلام كاظم العيداني: before a person the tagger
        // found, the given name opens it, when the body had a genitive of its
        // own before it (not جامعة زايد | محمد …, named after him).
        if labels[i + 1] == PER_B {
            // (A given name that is a common word too, سلام, as training
            // saw it in people's names one time in eight or more and seldom
            // in organisations'.)
            let named = given.triggers & TRIGGER_GIVEN != 0
                || given.stats.shares[0] >= 32 && given.stats.shares[2] < 32;
            let opens = named
                && plain
                && labels[i - 1] == ORG_I
                && infos[i - 1].definite
                && family.triggers & TRIGGER_GIVEN != 0;
            if opens {
                labels[i] = PER_B;
                labels[i + 1] = PER_I;
            }
            continue;
        }
        if labels[i + 1] != 0 {
            continue;
        }
        let folded = normalize(words[i + 1]);
        let given_ok = given.triggers & TRIGGER_GIVEN != 0 && plain;
        let family_ok = family.definite
            && family.clitic_chars == 0
            && family.triggers & TRIGGER_TITLE == 0
            && family.gazetteer & PLACE_LIST_BEGIN == 0
            && !definite_nisba(&folded)
            && !family.nationality
            && (family.triggers & TRIGGER_FAMILY != 0
                || family.stats.shares[0] >= 64
                || family.stats.count == 0);
        if given_ok && family_ok {
            labels[i] = PER_B;
            labels[i + 1] = PER_I;
        }
    }
}

/// A given name the tagger left alone, right after an organisation or a
/// place (its holder's body: البرلمانية عن حزب التقدم والاشتراكية نادية
/// التهامي، مديرة الجزائرية للمياه في وهران فتيحة قادري), a body's
/// nationality (مدرب الرجاء التونسي لسعد الشابي), a title, or a title and the
/// body it heads (مدير المؤسسة نجيب الفارس), and a family name
/// after it (of the lists, or a word training never showed or showed mostly in
/// people's names; no common word nor a day) are one person, however often
/// training saw the given name's letters outside names (نادية is also ناديه,
/// his club). A given name that is a common word too is left to the tagger.
pub(in crate::chains) fn given_and_family_after_bodies(
    words: &[&str],
    infos: &[TokenInfo],
    labels: &mut [u8],
) {
    for p in 1..labels.len().saturating_sub(1) {
        let given = &infos[p];
        // A family name the tagger took for a body of one word, with no head
        // (النائبة رحاب | الخوالدة): after a title, the person's.
        let lone_body = labels[p + 1] == ORG_B
            && labels.get(p + 2) != Some(&ORG_I)
            && infos[p + 1].triggers & TRIGGER_ORG_HEAD == 0
            && infos[p + 1].stats.count == 0
            && infos[p - 1].triggers & TRIGGER_TITLE != 0;
        if labels[p] != 0
            || labels[p + 1] != 0 && !lone_body
            || given.triggers & TRIGGER_GIVEN == 0
            || given.triggers & TRIGGER_TITLE != 0
            || given.common_word
            || given.definite
            // على written with ي (على مدى، على حساب): the preposition, but
            // before a word training never saw (وزير الداخلية التركي علي
            // يرلي كايا) or a family name of the lists with the article
            // (المتحدث باسم المجلس الانتقالي الجنوبي علي الكثيري).
            || normalize(words[p]) == "علي"
                && infos[p + 1].stats.count > 0
                && !(infos[p + 1].definite && infos[p + 1].triggers & TRIGGER_FAMILY != 0)
        {
            continue;
        }
        // A title, or a word for what a person does (الشاعر، المهاجم).
        let titled = |k: usize| infos[k].triggers & TRIGGER_TITLE != 0 || describes(&infos[k]);
        let plain = |k: usize| infos[k].definite && labels[k] == 0 && infos[k].clitic_chars == 0;
        let after_body = matches!(labels[p - 1], LOC_B | LOC_I | ORG_B | ORG_I)
            || titled(p - 1)
            || p >= 2
                && infos[p - 1].nationality
                && matches!(labels[p - 2], ORG_B | ORG_I)
            // مدير المؤسسة نجيب الفارس: a title and the body it heads;
            // الخبير الاقتصادي سلام الجبوري: what the person does, and how.
            || p >= 2 && titled(p - 2) && plain(p - 1)
            // وزير الصحة العامة مروان صعب: a title and a body of two words.
            || p >= 3
                && infos[p - 3].triggers & TRIGGER_TITLE != 0
                && plain(p - 2)
                && plain(p - 1);
        if !after_body {
            continue;
        }
        // After a title, a family name that is a word too (مروان صعب، يزن
        // القضاة، إلياس الشاعر).
        let titled_given = !matches!(labels[p - 1], LOC_B | LOC_I | ORG_B | ORG_I) && after_body;
        if family_name_at(words, infos, p + 1)
            || titled_given && worded_family_at(words, infos, p + 1)
        {
            labels[p] = PER_B;
            labels[p + 1] = PER_I;
        }
    }
}

/// A given name the tagger ran into the place, or the body named after a
/// place or the lists' body, before it (جامعة بغداد | إحسان الشمري، في العراق
/// | أوكي لوتسما، في الأردن | رون فان رودن، بنك مصر | محمد الإتربي) opens the
/// person after it: its family name is a name word after it, or the person
/// the tagger began there. A given name that the lists hold inside a name
/// (جامعة الملك سعود) stays.
pub(in crate::chains) fn given_names_after_places(
    words: &[&str],
    infos: &[TokenInfo],
    labels: &mut [u8],
) {
    if !holds_any(labels, &[ORG_I, LOC_I]) {
        return;
    }
    let n = labels.len();
    for p in 1..n.saturating_sub(1) {
        if split_after_place(words, infos, labels, p) {
            labels[p] = PER_B;
            labels[p + 1] = PER_I;
            continue;
        }
        if !matches!(labels[p], ORG_I | LOC_I) || is_inside(labels[p + 1]) {
            continue;
        }
        let given = &infos[p];
        // Or the last word of a body the lists name whole (بنك مصر | محمد
        // الإتربي), which the lists do not go on past.
        let place_before = infos[p - 1].gazetteer
            & (PLACE_LIST_BEGIN
                | PLACE_LIST_INSIDE
                | MAJOR_PLACE_BEGIN
                | MAJOR_PLACE_INSIDE
                | CURATED_ORG_INSIDE)
            != 0;
        let inside_a_name =
            PLACE_LIST_INSIDE | ORG_LIST_INSIDE | CURATED_ORG_INSIDE | CURATED_PLACE_INSIDE;
        if given.triggers & (TRIGGER_GIVEN | TRIGGER_NAME) == 0
            || given.triggers & TRIGGER_TITLE != 0
            || given.common_word
            || given.definite
            || given.clitic_chars > 0
            || given.gazetteer & inside_a_name != 0
            || !place_before
        {
            continue;
        }
        // The family name: a person the tagger began, a name word, or a word
        // no list and no training text holds after a name the training text
        // never saw either (أوكي لوتسما).
        let next = &infos[p + 1];
        let unheard = given.stats.count == 0
            && next.stats.count == 0
            && next.gazetteer == 0
            && next.clitic_chars == 0
            && next.shape == 0
            && words[p + 1].chars().count() >= 3;
        let listed_given = given.triggers & TRIGGER_GIVEN != 0;
        let family =
            labels[p + 1] == 0 && (listed_given && family_name_at(words, infos, p + 1) || unheard);
        // A person the tagger began on a particle, which opens no name (فان رودن).
        let particle_next = labels[p + 1] == PER_B && next.triggers & TRIGGER_PARTICLE != 0;
        if particle_next || family {
            labels[p] = PER_B;
            labels[p + 1] = PER_I;
        }
    }
}

/// A place of two words right after a place, which the tagger began on a
/// listed given name or name word (في السودان | كلير نيكولسون: Clare is also a county),
/// the second word no place's and a family name's: a person after the place.
fn split_after_place(words: &[&str], infos: &[TokenInfo], labels: &[u8], p: usize) -> bool {
    let (given, next) = (&infos[p], &infos[p + 1]);
    // (Folded last: most words are no place's first word.)
    let family = || {
        next.stats.count == 0 && next.gazetteer == 0 && next.clitic_chars == 0
            || family_name_at(words, infos, p + 1)
    };
    labels[p] == LOC_B
        && matches!(labels[p - 1], LOC_B | LOC_I)
        && labels[p + 1] == LOC_I
        && labels.get(p + 2).is_none_or(|&l| !is_inside(l))
        && given.triggers & (TRIGGER_GIVEN | TRIGGER_NAME) != 0
        // (Not a word training saw in places and never in people: كوم حماد.)
        && (given.stats.count <= 2 || given.stats.shares[0] >= 64)
        && given.triggers & TRIGGER_TITLE == 0
        && !given.common_word
        && !given.definite
        && given.clitic_chars == 0
        && given.gazetteer & MAJOR_PLACE_BEGIN == 0
        && next.gazetteer & (PLACE_LIST_INSIDE | MAJOR_PLACE_INSIDE) == 0
        && words[p + 1].chars().count() >= 3
        && family()
}

/// A place of one word with the article right after a person, with nothing
/// between them, is the person's family name, a nisba the lists also hold as
/// a town (بدرية بنت محمد | الراشدية، علي | الحمادي): a person's home is
/// given with a preposition (من الراشدية). Not a country or a great city,
/// nor a town training saw more than twice, unless the lists hold it as a
/// family name.
pub(in crate::chains) fn nisbas_after_people(
    words: &[&str],
    infos: &[TokenInfo],
    labels: &mut [u8],
) {
    if !holds_any(labels, &[LOC_B]) {
        return;
    }
    for i in 1..labels.len() {
        if labels[i] != LOC_B
            || !matches!(labels[i - 1], PER_B | PER_I)
            || labels.get(i + 1).is_some_and(|&l| is_inside(l))
        {
            continue;
        }
        // (A town training saw often is the verb's object: دخل محمد الثاني
        // القسطنطينية.)
        let t = &infos[i];
        let nisba = words[i].ends_with('ي') || words[i].ends_with("ية");
        if t.definite
            && nisba
            && t.clitic_chars == 0
            && (t.stats.count <= 2 || t.triggers & TRIGGER_FAMILY != 0)
            && t.triggers & TRIGGER_LOC_HEAD == 0
            && t.gazetteer & (MAJOR_PLACE_BEGIN | COUNTRY_LIST_BEGIN) == 0
        {
            labels[i] = PER_I;
        }
    }
}

/// Honorifics the name lists also hold as given names (folded): before a
/// name they address its bearer (معالي الوزير، كابتن أنطونيو حبيب).
pub(super) const HONORIFICS: &[&str] = &["معالي", "سعاده", "فخامه", "سماحه", "كابتن", "الكابتن"];

/// A given name of the lists the tagger left alone right before a person's
/// name it found is the first name of that person (الجنرال الفرنسي [آلان]
/// بيللغريني، [خليفة] أدهم): a foreign or rarer given name the tagger knew
/// less than the surname after it. Not a title, a word with a proclitic or the
/// article, nor one training saw mostly outside names, unless a title, a verb
/// of saying or a place or body the person is described by stands before it;
/// nor a given name that is an ordinary word too (أسماء، زهرة، وليد، فوز),
/// unless it opens a byline that the name ends (حلب – أسماء بوعزيزي).
pub(in crate::chains) fn given_before_people(
    words: &[&str],
    infos: &[TokenInfo],
    labels: &mut [u8],
) {
    if !holds_any(labels, &[PER_B]) {
        return;
    }
    for p in 1..labels.len() {
        let before = &infos[p - 1];
        // A byline: after a dash, a colon or a slash, the name ends the line
        // (حلب – لمى دياب); a headline goes on (عاجل: فوز دونالد ترامب
        // بالانتخابات, where فوز is a win). (Not a sentence's start: a verb
        // opens it as often: شهد، عرف.)
        let honorific = || HONORIFICS.contains(&normalize(words[p - 1]).as_str());
        let byline = || {
            p >= 2 && matches!(words[p - 2], "-" | "–" | "—" | ":" | "/") && {
                let rest = &words[span_end(labels, p)..];
                rest.len() <= 3
                    && rest
                        .iter()
                        .all(|w| !w.chars().any(crate::tokenize::is_alphanumeric))
            }
        };
        // After a title, a verb of saying or the body a person serves, a
        // given name training saw as another word (نادية, also ناديه: his
        // club), but no common word (أعلن الزمالك عودة أحمد فتوح: a return).
        let described = p >= 2
            && (matches!(labels[p - 2], LOC_B | LOC_I | ORG_B | ORG_I)
                || infos[p - 2].triggers & (TRIGGER_TITLE | TRIGGER_SPEECH) != 0);
        let given = before.triggers & TRIGGER_GIVEN != 0 || before.whole_given && !before.definite;
        if labels[p] == 1
            && labels[p - 1] == 0
            && given
            && before.triggers & TRIGGER_TITLE == 0
            && before.clitic_chars == 0
            && !honorific()
            && (!before.common_word && (described || !seen_outside_people(before))
                || byline())
            // Nor a name an organisation's head takes before the person
            // (منظمة بدر | علي الساعدي، جامعة زايد | …).
            && !(p >= 2 && infos[p - 2].triggers & TRIGGER_ORG_HEAD != 0)
            && {
                // Nor what reads as a verb or a noun with "him" (كفله محمد،
                // نبيه إبراهيم): a given name in ـه (not ـة: شيخة) of four
                // letters or more.
                let folded = normalize(words[p - 1]);
                let with_him = words[p - 1].ends_with('ه') && folded.chars().count() >= 4;
                !before.definite && !folded.starts_with("لل") && !with_him
            }
        {
            labels[p - 1] = 1;
            labels[p] = 2;
        }
    }
}

/// A given name right before a person's name of two words or more that the
/// tagger found, where the person is described by the body or place they
/// serve (a name after ل or after a title: الرئيس التنفيذي لأرامكو السعودية
/// [أمين] حسن الناصر، المدير العام للهيئة العامة للضرائب [ضياء] كاظم آل طعمة)
/// or by a title, or a title and its body, right before it (الرئيس [أمين]
/// الجميل، ورئيس الهيئة [وليد] جمال الدين), is that person's
/// first name, though it is a common word or a title too: there a holder's
/// name is due. The given name must be one training saw in names a fifth of
/// the time or never saw, or a word of the name lists training never saw
/// (وزير الدولة لشؤون مجلس الأمة [شريدة] عبد الله المعوشرجي). A subject
/// after a body is no holder (أعلن الزمالك عودة أحمد فتوح: a return).
pub(in crate::chains) fn given_before_holders(
    words: &[&str],
    infos: &[TokenInfo],
    labels: &mut [u8],
) {
    if !holds_any(labels, &[PER_I]) {
        return;
    }
    for p in 2..labels.len().saturating_sub(1) {
        if labels[p] != PER_B || labels[p + 1] != PER_I || labels[p - 1] != 0 {
            continue;
        }
        let w = &infos[p - 1];
        // (وليد, which the analysis read as و + ل + يد, is a given name whole.)
        let given = w.triggers & TRIGGER_GIVEN != 0
            && (w.stats.count == 0 || w.stats.shares[0] >= 48)
            || w.whole_given;
        let unseen = w.stats.count == 0 && w.triggers & NAME_WORDS != 0 && !w.common_word;
        if !(given || unseen) || (w.clitic_chars != 0 && !w.whole_given) || w.definite {
            continue;
        }
        let held = if matches!(labels[p - 2], LOC_B | LOC_I | ORG_B | ORG_I) {
            let s = (0..p - 1)
                .rev()
                .find(|&k| !is_inside(labels[k]))
                .unwrap_or(0);
            // After ل, on the name or on the word before it (لشؤون مجلس الأمة).
            // (للهيئة: ل before the article, which the analysis keeps.)
            let lam = |k: usize| {
                let folded = normalize(words[k]);
                folded.starts_with("لل") || infos[k].clitic_chars > 0 && folded.starts_with('ل')
            };
            lam(s)
                || s >= 1
                    && (matches!(words[s - 1], "لـ" | "ل")
                        || lam(s - 1)
                        || infos[s - 1].triggers & TRIGGER_TITLE != 0)
        } else {
            // A title, or a title and the body it heads (ورئيس الهيئة [وليد]
            // جمال الدين).
            labels[p - 2] == 0
                && (infos[p - 2].triggers & TRIGGER_TITLE != 0
                    || p >= 3
                        && infos[p - 3].triggers & TRIGGER_TITLE != 0
                        && infos[p - 2].definite
                        && labels[p - 3] == 0)
        };
        let folded = normalize(words[p - 1]);
        let with_him = words[p - 1].ends_with('ه') && folded.chars().count() >= 4;
        if held
            && !with_him
            && !HONORIFICS.contains(&folded.as_str())
            && folded.chars().count() >= 3
            && arabic_letters_only(&folded)
        {
            labels[p - 1] = PER_B;
            labels[p] = PER_I;
        }
    }
}

/// A person's name does not open on ل and the article before a word general
/// Arabic uses (للشأن الفلاحي: of agricultural affairs): the tagger read the
/// phrase after it as a family name's. The name, if any, begins after it.
pub(in crate::chains) fn common_after_lam_opens_no_person(
    words: &[&str],
    infos: &[TokenInfo],
    labels: &mut [u8],
) {
    if !holds_any(labels, &[PER_B]) {
        return;
    }
    for a in 0..labels.len() {
        // (للصادق المهدي، للطيب صالح: names training saw as names.)
        let seen_as_word = infos[a].stats.count >= 3 && infos[a].stats.shares[0] < 64;
        if labels[a] != PER_B
            || !infos[a].common_word
            || !seen_as_word
            || !words[a].starts_with("لل")
        {
            continue;
        }
        labels[a] = 0;
        if labels.get(a + 1) == Some(&PER_I) {
            // What is left must be a name on its own: a word of the lists.
            if infos[a + 1].triggers & NAME_WORDS != 0 && !infos[a + 1].definite {
                labels[a + 1] = PER_B;
            } else {
                for label in labels[a + 1..].iter_mut().take_while(|l| **l == PER_I) {
                    *label = 0;
                }
            }
        }
    }
}

/// A person's name does not open on a word with ل that training never showed
/// right after an office (نائب الرئيس التنفيذي لكوغاس | لي دونغ-هيون): ل
/// gives the body whose office it is, and the name begins after it. The body
/// is left unmarked, since the analysis kept its ل.
pub(in crate::chains) fn bodies_after_offices_open_no_person(
    words: &[&str],
    infos: &[TokenInfo],
    labels: &mut [u8],
) {
    if !holds_any(labels, &[PER_B]) {
        return;
    }
    for a in 1..labels.len().saturating_sub(1) {
        let t = &infos[a];
        if labels[a] != PER_B
            || labels[a + 1] != PER_I
            || !words[a].starts_with('ل')
            || t.clitic_chars != 0
            || t.stats.count != 0
            || t.gazetteer != 0
            || t.whole_given
            || t.triggers & NAME_WORDS != 0
            || normalize(words[a]).chars().count() < 4
            || !(a.saturating_sub(3)..a).any(|k| infos[k].triggers & TRIGGER_TITLE != 0)
        {
            continue;
        }
        labels[a] = 0;
        labels[a + 1] = PER_B;
    }
}
