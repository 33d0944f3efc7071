//! Settlements and their quarters after their head (مخيم زمزم، حي الشجاعية),
//! and a town named by بن.

use super::*;

/// A "person" of بن and one word right after في، عبر or قرب is a town named
/// so (عبر بن قردان، في بن عروس): nobody's name opens on بن there.
pub(in crate::chains) fn towns_of_bin(words: &[&str], labels: &mut [u8]) {
    if !holds_any(labels, &[PER_I]) {
        return;
    }
    for i in 1..labels.len().saturating_sub(1) {
        let two = labels[i] == PER_B
            && labels[i + 1] == PER_I
            && labels.get(i + 2) != Some(&PER_I)
            && normalize(words[i]) == "بن";
        if two && matches!(normalize(words[i - 1]).as_str(), "في" | "عبر" | "قرب") {
            labels[i] = LOC_B;
            labels[i + 1] = LOC_I;
        }
    }
}

/// A "person" of two words that opens on سيدي ("my lord"), after no title
/// or nationality, is a town or a quarter of the Maghreb (سيدي سليمان،
/// وسيدي مومن): a person so called carries a nasab after it (سيدي محمد ولد
/// الغزواني), and a saint or a player a title or a nationality before it
/// (اللاعب السنغالي سيدي بيه).
pub(in crate::chains) fn towns_of_sidi(words: &[&str], infos: &[TokenInfo], labels: &mut [u8]) {
    if !holds_any(labels, &[PER_I]) {
        return;
    }
    for i in 0..labels.len().saturating_sub(1) {
        let two = labels[i] == PER_B
            && labels[i + 1] == PER_I
            && labels.get(i + 2) != Some(&PER_I)
            && infos[i].clitic_chars <= 1
            && normalize(words[i]).trim_start_matches('و') == "سيدي"
            && !(i > 0 && (infos[i - 1].triggers & TRIGGER_TITLE != 0 || infos[i - 1].nationality))
            && !matches!(normalize(words[i + 1]).as_str(), "عبد" | "محمد" | "احمد");
        if two {
            labels[i] = LOC_B;
            labels[i + 1] = LOC_I;
        }
    }
}

/// Heads of settlements and their quarters, singular and dual (the plurals
/// are [`PLURAL_SETTLEMENTS`]; folded, without the article): the name after
/// one, or after a plural, is a place even when
/// no list holds it (مخيم زمزم، بلدات عنبتا وبلعا ودير الغصون، محليات ود
/// الحليو وخشم القربة، ضاحية دابوق، منطقة الظفرة، معتمدية جبنيانة), the head
/// outside it (مدينة [جنين]).
pub(in crate::chains) const SETTLEMENTS: &[&str] = &[
    "مدينه",
    "مدينتي",
    "مدينتا",
    "بلده",
    "بلدتي",
    "بلدتا",
    "قريه",
    "قريتي",
    "قريتا",
    "مخيم",
    "مخيمي",
    "مخيما",
    "حي",
    "حيي",
    "حاره",
    "حارتي",
    "ضاحيه",
    "ضاحيتي",
    "ناحيه",
    "محليه",
    "محافظه",
    "محافظتي",
    "محافظتا",
    "مقاطعه",
    "اقليم",
    "منطقه",
    "منطقتي",
    "معتمديه",
];

/// The plural heads of settlements, one list with [`SETTLEMENTS`]: after
/// one, a list names places of its kind (محافظات تعز والحديدة). Of a
/// municipality, a commune or a district only the plural is a head: one is
/// as often its council (بلدية دبي) or a group (جماعة الحوثي), and مركز
/// heads a body.
pub(in crate::chains) const PLURAL_SETTLEMENTS: &[&str] = &[
    "مدن",
    "بلدات",
    "قرى",
    "مخيمات",
    "احياء",
    "محليات",
    "محافظات",
    "مناطق",
    "بلديات",
    "معتمديات",
    "اقاليم",
    "جماعات",
    "مراكز",
    // Residents: whose they are is a settlement (سكان بوحسينة وسيدي عبد
    // الحميد، أهالي الشيخ عثمان).
    "سكان",
    "اهالي",
];

/// Heads of settlements that mean something else as well, besides
/// [`SETTLEMENTS`]: the name after them must be a listed place (مديرية
/// [التحيتا]). مديرية heads a body (مديرية الأمن), ولاية is a term of office
/// (ولاية تبون الثانية), قضاء is judgement or fulfilment (قضاء الحوائج، قضاء
/// عطلته).
pub(in crate::chains) const FIRM_SETTLEMENTS: &[&str] =
    &["مديريه", "مديريتي", "ولايه", "ولايتي", "ولايتا", "قضاء"];

/// The plural heads of [`FIRM_SETTLEMENTS`].
pub(in crate::chains) const FIRM_PLURALS: &[&str] = &["مديريات", "ولايات"];

/// Endings of a verb with a pronoun (نحبها، أعطاهم) or in the plural
/// (يرزقون), folded: an unseen word so ending is no place's name.
const VERB_ENDINGS: &[&str] = &["ها", "هم", "كم", "نا", "هما", "كما", "هن", "ون"];

/// A folded word training never showed that may be a place's name: none of
/// [`VERB_ENDINGS`].
pub(super) fn unheard(bare: &str) -> bool {
    !VERB_ENDINGS.iter().any(|p| bare.ends_with(p))
}

/// `folded` without the و that joins it to the name before, when it has one.
fn without_conjunction(folded: &str, conjoined: bool) -> &str {
    if conjoined {
        folded.strip_prefix('و').unwrap_or(folded)
    } else {
        folded
    }
}

/// First words of two-word place names (عين زارة، دير الغصون، ود مدني، أم
/// درمان، بنت جبيل), folded: the word after one is in the name.
pub(super) const PLACE_PREFIXES: &[&str] = &[
    "عين", "دير", "بئر", "جبل", "كفر", "ام", "ابو", "ود", "بني", "تل", "راس", "خان", "سيدي", "بيت",
    "برج", "سوق", "باب", "بنت", "حاسي", "قصر", "جسر", "خشم", "حلفا",
];

/// Whether a folded word is one of [`PLACE_PREFIXES`], which opens a place
/// of two words (أم العرائس، سيدي بوزيد).
pub(crate) fn opens_a_two_word_place(folded: &str) -> bool {
    PLACE_PREFIXES.contains(&folded)
}

/// Whether training showed the word at all only so that it may be a place's
/// name: never, in a place list, or in places a quarter of the times or more.
pub(super) fn seen_as_name(t: &TokenInfo) -> bool {
    t.stats.count == 0
        || t.gazetteer & (PLACE_LIST_BEGIN | PLACE_LIST_INSIDE) != 0
        || t.stats.shares[1] >= 64
}

/// Whether a word without its article has the shape of a verbal noun or a
/// broken plural, which name what a camp or a town is for or holds, not
/// which one it is (مخيم الإيواء، مخيم الاحتجاز، مخيم الترحيل، مخيم
/// الطوارئ، حي الأغنياء): إفعال، افتعال، استفعال (a first alef and another
/// after two or three letters), تفعيل, فواعل. أفعل stays (الأبيض، الأزرق).
fn verbal_noun_or_plural(bare: &str) -> bool {
    let letters: Vec<char> = bare.chars().collect();
    let at = |k: usize| letters.get(k).copied();
    let n = letters.len();
    (letters[0] == 'ا' && n >= 5 && (at(3) == Some('ا') || at(4) == Some('ا')))
        || (letters[0] == 'ت' && n == 5 && at(3) == Some('ي'))
        || (n == 5 && at(1) == Some('و') && at(2) == Some('ا'))
}

/// Whether a word training never showed, after a settlement's head, says
/// what the settlements are rather than which: an indefinite feminine nisba
/// (مراكز لوجستية، مناطق ريفية) or a noun with tanween (بلديات أوضاعاً). A
/// listed place is named whatever its shape.
fn described(word: &str, t: &TokenInfo) -> bool {
    let folded = normalize(word);
    t.stats.count == 0
        && t.gazetteer & PLACE_LIST_BEGIN == 0
        && !folded.starts_with("ال")
        && (folded.ends_with("يه") || word.contains(['\u{064B}', '\u{064C}', '\u{064D}']))
}

/// Heads of settlements (folded) after which a common word in the
/// construct state is the settlement's name (see `Chains::construct_name`):
/// camps, named by common words more often than anything else (الهول،
/// الشاطئ، البقعة). After a town's head such a word is as often what the
/// town is called for (مدينة الضباب، مدينة الرعب).
const CONSTRUCT_HEADS: &[&str] = &["مخيم"];

/// Times training saw a word, mostly outside places, that make it too common
/// to name a settlement by itself after its head.
const COMMON_SEEN: u8 = 10;

impl Chains {
    /// The word at `j`, which nothing labels, may name a place by itself: a
    /// listed place, a word training showed mostly in places, or, unless
    /// `firm`, a word training never showed that no verb's ending or
    /// definite plural rules out. `conjoined`: it carries the و of a list;
    /// `listed`: the list follows a plural head and has a place already.
    pub(super) fn placelike(
        &self,
        words: &[&str],
        infos: &[TokenInfo],
        j: usize,
        conjoined: bool,
        firm: bool,
        listed: bool,
    ) -> bool {
        let t = &infos[j];
        // In a list after a plural head (محافظات تعز والحديدة والبيضاء),
        // which says what its names are, a listed place however common.
        let listed = listed && t.gazetteer & PLACE_LIST_BEGIN != 0;
        let folded = normalize(words[j]);
        let bare = without_conjunction(&folded, conjoined);
        let clitics_ok = if conjoined {
            t.clitic_chars == 1 && folded.starts_with('و')
        } else {
            t.clitic_chars == 0
        };
        // (مخيم للاجئين: ل and the article bring a complement, no name.)
        clitics_ok
            && !bare.starts_with("لل")
            && t.shape == 0
            && t.stem_len >= 2
            && (!t.common_word || listed)
            && t.triggers & (TRIGGER_TITLE | TRIGGER_ORG_HEAD | TRIGGER_LOC_HEAD) == 0
            // (A town the lists hold may end as a nisba does: المتلوي.)
            && (!definite_nisba(bare) || t.gazetteer & CITY_LIST_BEGIN != 0 && !t.nationality)
            && !self
                .states
                .contains(&hash_word(bare.trim_start_matches("ال")))
            && (listed
                || t.gazetteer & PLACE_LIST_BEGIN != 0 && !seen_as_common(t)
                || t.stats.count >= 3 && t.stats.shares[1] >= 128
                || t.stats.count == 0 && !firm && unheard(bare) && !definite_pair(bare))
    }

    /// The word at `j` after the indefinite head of a camp `head` (folded,
    /// see [`CONSTRUCT_HEADS`]) is the camp's name, common word as it is: a
    /// definite singular in the construct state (مخيم الهول); no nisba, no
    /// plural, verbal noun or common word (مخيم اللاجئين، مخيم الإيواء، مخيم
    /// تدريبي).
    fn construct_name(
        &self,
        words: &[&str],
        infos: &[TokenInfo],
        j: usize,
        label: u8,
        next_label: u8,
        head: &str,
    ) -> bool {
        let t = &infos[j];
        // A family name the tagger took for a person of one word names a
        // camp too (مخيم الزعتري).
        let lone_person = label == PER_B && !matches!(next_label, PER_I);
        if label != 0 && !lone_person || t.clitic_chars != 0 || !t.definite || t.shape != 0 {
            return false;
        }
        let folded = normalize(words[j]);
        let Some(bare) = folded.strip_prefix("ال") else {
            return false;
        };
        // (The dual too: مخيمي الزعتري والأزرق.)
        if !CONSTRUCT_HEADS.iter().any(|h| head.contains(h)) {
            return false;
        }
        // (A family name names a camp as well as a person: مخيم الزعتري.)
        let mostly_named_otherwise = t.stats.count >= 3 && t.stats.shares[2] >= 128;
        // A word training saw often and seldom in places is the common noun
        // (مدينة التجارة، مدينة الإنتاج الإعلامي).
        let common = t.stats.count >= COMMON_SEEN && t.stats.shares[1] < 64;
        // A nisba after it other than a nationality makes the pair a name of
        // its own (قرية الكفر الشرقي، مدينة الإنتاج الإعلامي).
        let described = infos.get(j + 1).is_some_and(|n| {
            !n.nationality
                && words
                    .get(j + 1)
                    .is_some_and(|w| definite_nisba(&normalize(w)))
        });
        !common
            && !described
            && !t.common_word
            && !verbal_noun_or_plural(bare)
            && bare.chars().count() >= 3
            && !["ات", "ين", "ون"].iter().any(|e| bare.ends_with(e))
            && !definite_nisba(&folded)
            && t.triggers & (TRIGGER_TITLE | TRIGGER_ORG_HEAD | TRIGGER_LOC_HEAD) == 0
            && !mostly_named_otherwise
            && !self.states.contains(&hash_word(bare))
    }

    /// The name after a head of [`SETTLEMENTS`] in the construct state, and
    /// the names joined to it by و, are places: a listed place, a word
    /// training never showed or showed mostly in places, none a word of
    /// common Arabic (حي سكني، ولاية ثانية, مخيم اللاجئين stay).
    pub(in crate::chains) fn settlements(
        &mut self,
        words: &[&str],
        infos: &[TokenInfo],
        labels: &mut [u8],
    ) {
        let n = labels.len();
        let mut i = 0;
        while i + 1 < n {
            if labels[i] != 0 || !self.settlements.contains_key(&infos[i].norm) {
                i += 1;
                continue;
            }
            // A directorate's head names a district only with a place the
            // lists hold (مديرية [التحيتا]; مديرية أسايش دهوك is a body).
            let firm = self.firm_settlements.contains_key(&infos[i].norm);
            let head = normalize(words[i]);
            // من ناحية أخرى: on the other hand.
            let aspect = i > 0
                && normalize(words[i - 1]).trim_start_matches('و') == "من"
                && head.ends_with("ناحيه");
            // مدن الصفيح، قرى الظهير: after a plural, a definite word
            // training never showed describes them.
            let plural = PLURAL_SETTLEMENTS
                .iter()
                .chain(FIRM_PLURALS)
                .any(|h| head.ends_with(h));
            // مخيم إعدادي، مخيم تحضيري: a training camp, described.
            let camp = head.contains("مخيم");
            // منطقة بئر النفط: one region's head is as often a zone's, named
            // by what it holds; the word after a place's first word right
            // after it must be a name (see `prefixed_places`). A list of
            // regions (مناطق المنقف وأبو حليفة) names its places.
            let zone = ["منطقه", "منطقتي"].iter().any(|h| head.ends_with(h));
            if aspect {
                i += 1;
                continue;
            }
            let mut j = i + 1;
            let mut conjoined = false;
            let mut found = false;
            loop {
                // ومديريتي المخا، بلديات ولايات هطاي: another head opens a
                // list of its own.
                if j < n
                    && self
                        .settlements
                        .contains_key(&hash_word(without_conjunction(
                            &normalize(words[j]),
                            conjoined,
                        )))
                {
                    break;
                }
                // After one zone's head the second word must be a name.
                let strict = zone && !conjoined;
                let prefixed = j + 1 < n && !firm && {
                    let folded = normalize(words[j]);
                    let second = normalize(words[j + 1]);
                    let t = &infos[j + 1];
                    PLACE_PREFIXES.contains(&without_conjunction(&folded, conjoined))
                        && labels[j] == 0
                        && labels[j + 1] == 0
                        && t.clitic_chars == 0
                        && t.shape == 0
                        // أم إمارة (or an emirate), but رأس الحكمة.
                        && (!t.common_word || second.starts_with("ال") && !strict)
                        && (!strict || seen_as_name(t))
                        && unheard(&second)
                        && !definite_pair(&second)
                        && !self.particles.contains(&hash_word(&second))
                };
                // A name of one word the tagger took for a person or a body,
                // joined to a list after a plural head that has a place
                // already (قرى بنكرد وكوسرت).
                let listed_name = plural
                    && found
                    && conjoined
                    && j < n
                    && matches!(labels[j], PER_B | ORG_B)
                    && !labels.get(j + 1).is_some_and(|&l| is_inside(l))
                    && {
                        let t = &infos[j];
                        t.clitic_chars == 1
                            && words[j].starts_with('و')
                            && t.shape == 0
                            && !t.common_word
                            && t.triggers & (TRIGGER_TITLE | TRIGGER_ORG_HEAD | TRIGGER_LOC_HEAD)
                                == 0
                    };
                // مدينة صباح الأحمد، مدن المطلاع وجنوب سعد العبدالله: a
                // town named after a person, or a side of one, or the
                // person's title or a place's first word before the name
                // (أحياء كريتر والمعلا والشيخ عثمان، سكان بوحسينة وسيدي عبد
                // الحميد); not after a head that is also a term of office
                // (ولاية ترامب), unless the list has a place already.
                // (The word before the name carries the list's و, whether or
                // not the analysis counted it.)
                let opener = j + 1 < n && labels[j] == 0 && {
                    let bare = normalize(words[j]);
                    let bare = without_conjunction(&bare, conjoined);
                    let side = SIDE_WORDS.contains(&bare) && matches!(labels[j + 1], PER_B | LOC_B);
                    let titled = labels[j + 1] == PER_B
                        && (infos[j].triggers & TRIGGER_TITLE != 0 && infos[j].definite
                            || PLACE_PREFIXES.contains(&bare));
                    (side || titled)
                        && (infos[j].clitic_chars == u8::from(conjoined)
                            || conjoined && words[j].starts_with('و'))
                };
                let person = if opener { j + 1 } else { j };
                let named_after = (!firm || found)
                    && person < n
                    && (labels[person] == PER_B
                        // (A side of a place the lists hold is where in it:
                        // قرى غرب | رام الله.)
                        || opener
                            && labels[person] == LOC_B
                            && infos[person].gazetteer & PLACE_LIST_BEGIN == 0)
                    && (opener || infos[j].clitic_chars == u8::from(conjoined))
                    // (مدينة الملك عبدالعزيز للعلوم والتقنية: a body.)
                    && !words
                        .get(span_end(labels, person))
                        .is_some_and(|w| normalize(w).starts_with("لل"));
                let end = if prefixed {
                    j + 2
                } else if listed_name {
                    j + 1
                } else if named_after {
                    span_end(labels, person)
                } else if j < n
                    && labels[j] == 0
                    // (Once the list has a place, a name training never
                    // showed goes on it after a firm head too: ولايات الرستاق
                    // ومحوت.)
                    && self.placelike(words, infos, j, conjoined, firm && !found, plural && found)
                    // مخيم إعدادي، مخيم مكتظ: a camp described.
                    && !(camp && infos[j].stats.count == 0 && {
                        let f = normalize(words[j]);
                        !f.starts_with("ال")
                            && (f.ends_with('ي') || f.ends_with("يه") || f.starts_with('م'))
                    })
                    && !described(words[j], &infos[j])
                    && !(plural
                        && !conjoined
                        && infos[j].stats.count == 0
                        && infos[j].gazetteer & PLACE_LIST_BEGIN == 0
                        && normalize(words[j]).starts_with("ال")
                        // (مناطق العامرات والمعبيلة: unless a name of its
                        // kind follows, joined by و.)
                        && !(j + 1 < n
                            && labels[j + 1] == 0
                            && normalize(words[j + 1]).starts_with('و')
                            && self.placelike(words, infos, j + 1, true, firm, false)))
                {
                    listed_place_end(infos, labels, j + 1)
                } else if j < n
                    && !conjoined
                    && !plural
                    && !firm
                    && !infos[i].definite
                    && self.construct_name(
                        words,
                        infos,
                        j,
                        labels[j],
                        labels.get(j + 1).copied().unwrap_or(0),
                        &head,
                    )
                {
                    j + 1
                } else if j < n && labels[j] == LOC_B && (conjoined || infos[j].clitic_chars == 0) {
                    // A place the tagger found goes on the list, and may
                    // open it (محافظات [تعز] والحديدة).
                    let mut end = j + 1;
                    while end < n && labels[end] == LOC_I {
                        end += 1;
                    }
                    j = end;
                    found = true;
                    conjoined = true;
                    if j >= n || !normalize(words[j]).starts_with('و') {
                        break;
                    }
                    continue;
                } else {
                    break;
                };
                labels[j] = LOC_B;
                labels[j + 1..end].fill(LOC_I);
                found = true;
                j = end;
                conjoined = true;
                if j >= n || !normalize(words[j]).starts_with('و') {
                    break;
                }
            }
            i = if found { j } else { i + 1 };
        }
    }
}
