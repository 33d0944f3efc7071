//! Bodies named by where they are or serve: missions and forces, courts,
//! institutions named by a place, armies and clubs' sporting adjectives.

use super::*;

/// Heads of a body sent by another (a mission, a force), named with where it
/// serves: بعثة الأمم المتحدة للدعم في ليبيا، قوة الأمم المتحدة المؤقتة في
/// لبنان.
pub(in crate::chains) const MISSIONS: &[&str] = &["بعثه", "قوه", "قوات"];

/// Heads of a court, which its city after ب may name (المحكمة الابتدائية
/// بتونس).
pub(in crate::chains) const COURTS: &[&str] = &["محكمه"];

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
pub(super) fn after_verb_with_ba(words: &[&str], at: usize) -> bool {
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
pub(in crate::chains) const NAMED_BY_PLACE: &[&str] = &["جامعه", "معهد", "مركز", "كليه", "مدرسه"];

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
    pub(in crate::chains) fn located(
        &mut self,
        words: &[&str],
        infos: &[TokenInfo],
        labels: &mut [u8],
    ) {
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

    /// A state's army named by its nationality is an organisation: الجيش
    /// اللبناني، الجيش الوطني الصومالي، القوات المسلحة السودانية (news
    /// readers take it as one; ANERcorp's annotators leave the army out, 64
    /// times in its training text, so this is for
    /// the reader, in [`Chains::institutions`]). Other adjectives describe an
    /// army (الجيش النظامي، الجيش العثماني) and a plural after it is its
    /// object (دمر الجيش المباني).
    pub(in crate::chains) fn armies(
        &mut self,
        words: &[&str],
        infos: &[TokenInfo],
        labels: &mut [u8],
    ) {
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

    /// A ministry named by its portfolio and its state's nationality, وزارة
    /// left unsaid, is an organisation: الخارجية الروسية، الداخلية
    /// السعودية، الدفاع الروسية (the nisba in ة agrees with the ministry, not
    /// with الدفاع). Not where the portfolio describes the noun before it
    /// (السياسة الخارجية الأمريكية) or names a minister's office (وزيرة
    /// الخارجية الأمريكية): the word before is no definite word and no
    /// feminine noun or title. ANERcorp's annotators leave these out as they
    /// leave ministries out, so this is for the reader.
    pub(in crate::chains) fn ministries_by_portfolio(
        &self,
        words: &[&str],
        infos: &[TokenInfo],
        labels: &mut [u8],
    ) {
        let n = labels.len();
        for i in 1..n.saturating_sub(1) {
            if labels[i] != 0 || labels[i + 1] != 0 || !infos[i + 1].nationality {
                continue;
            }
            let folded = normalize(words[i]);
            let bare = folded.strip_prefix(['و', 'ف']).unwrap_or(&folded);
            let portfolio = ["ال", "بال", "لل"].iter().any(|p| {
                bare.strip_prefix(p)
                    .is_some_and(|rest| PORTFOLIOS.contains(&rest))
            });
            let nisba = normalize(words[i + 1]);
            let before = &infos[i - 1];
            let described = before.definite
                || before.triggers & TRIGGER_TITLE != 0
                || normalize(words[i - 1]).ends_with('ه');
            if portfolio && nisba.starts_with("ال") && nisba.ends_with("يه") && !described {
                labels[i] = ORG_B;
                labels[i + 1] = ORG_I;
            }
        }
    }

    /// A club's الرياضي is part of its name, and the nisba after it (الترجي
    /// الرياضي التونسي، الفتح الرياضي، الجزيرة الرياضية): after an
    /// organisation, not after a person (مديره الرياضي).
    pub(in crate::chains) fn sporting(&mut self, words: &[&str], labels: &mut [u8]) {
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
