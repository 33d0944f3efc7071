//! Heads that open no chain, or open it outside the name: a head written as a
//! verb, a definite head alone, a participle, a head ANERcorp leaves outside, and
//! bodies described or named by a place after their head.

use super::*;

impl Chains {
    /// A definite adjective that is no nisba: one of [`ADJECTIVES`] (العامة) or a
    /// participle of a derived verb, ال + م + four letters or more (المصدرة،
    /// المسلحة، المؤقتة), as organisations' names take after their genitive
    /// (منظمة البلدان المصدرة للبترول). A participle only before a nisba or a
    /// complement with ل (`next`): last in the chain it mostly describes the
    /// body rather than names it (جبهة الشرق المتمردة، الجمعية العامة المنعقدة).
    pub(super) fn is_adjective_form(&self, raw: &str, w: &Word, next: Option<&Word>) -> bool {
        if !w.definite || w.conjoined || w.stop {
            return false;
        }
        let folded = normalize(raw);
        // العام is "general" (الاتحاد العام للشغل) but for a definite word
        // after it (العام الماضي، العام الدراسي).
        if self.adjectives.contains(&hash_word(&folded)) {
            return !(w.time && next.is_some_and(|n| n.stop || n.year));
        }
        let stem = folded.strip_prefix("ال").unwrap_or(&folded);
        let participle = stem.starts_with('م') && stem.chars().count() >= 5;
        !w.time && participle && next.is_some_and(|n| (n.nisba || n.lam) && !n.conjoined)
    }

    /// A definite adjective that can close an institution's name: a nisba
    /// (الدولي) or one of [`ADJECTIVES`] (العام).
    /// A weak head without the article, a name and a nisba that says what a
    /// body is ([`BODY_NISBAS`], العام) are a body's name, though the tagger
    /// left them (مستشفى حمد العام، بنك عودة الوطني): a description would not
    /// name the body by a name. The name is one the tagger found, or a word of
    /// the name lists or one training never showed, without the article: a
    /// noun there describes (دائرة النقاش العام، شركة الشحن الدولية). العام
    /// before a word of time is the year (بنك عودة العام الماضي). Not a centre
    /// or a market, which are places as often.
    pub(in crate::chains) fn described_bodies(
        &mut self,
        words: &[&str],
        infos: &[TokenInfo],
        labels: &mut [u8],
    ) {
        for i in 0..labels.len().saturating_sub(2) {
            // The head's hash first: most words head nothing.
            let free = labels[i] == 0
                && self.head_forms.contains_key(&infos[i].norm)
                && matches!(labels[i + 1], 0 | PER_B | LOC_B)
                && labels[i + 2] == 0
                && labels.get(i + 3).is_none_or(|&l| !is_inside(l));
            if !free || !words[i + 2].starts_with("ال") {
                continue;
            }
            let folded = normalize(words[i + 2]);
            let general = matches!(folded.as_str(), "العام" | "العامه");
            if !(general || describes_a_body(&folded)) {
                continue;
            }
            let year = general
                && words.get(i + 3).is_some_and(|w| {
                    let next = normalize(w);
                    YEAR_WORDS.contains(&next.as_str())
                        || matches!(next.as_str(), "نفسه" | "ذاته")
                        || self.shape(w).stop
                });
            // (مركز المدينة التجاري, downtown's mall; سوق الخضار المركزي, a
            // market place.)
            let place = matches!(normalize(words[i]).as_str(), "مركز" | "سوق");
            let head = self.shape(words[i]);
            let name = self.shape(words[i + 1]);
            let named = labels[i + 1] != 0
                || !name.definite
                    && (infos[i + 1].triggers & NAME_WORDS != 0 || infos[i + 1].stats.count == 0);
            if head.head
                && !head.strong
                && !head.definite
                && !head.conjoined
                && !place
                && !year
                && named
                && name.letters
                && !name.head
            {
                labels[i] = ORG_B;
                labels[i + 1] = ORG_I;
                labels[i + 2] = ORG_I;
                // And what the body does, after ل and the article: مصرف
                // آشور الدولي للاستثمار.
                let domain = words.get(i + 3).is_some_and(|w| {
                    let w3 = self.shape(w);
                    w3.lam && w3.definite && !w3.lam_head && !w3.time && !w3.lam_preposition
                }) && labels[i + 3] == 0
                    && organisations::names_a_domain(words[i + 3], &infos[i + 3]);
                if domain {
                    labels[i + 3] = ORG_I;
                }
            }
        }
    }

    pub(in crate::chains) fn is_adjective(&mut self, raw: &str) -> bool {
        let w = self.shape(raw);
        (w.nisba || self.adjectives.contains(&hash_word(&normalize(raw))))
            && !w.conjoined
            && !w.stop
    }

    /// A head of [`BODIES`] before a place the tagger found, with one word
    /// between them (حكومة إقليم كردستان، مديرية أمن الإسكندرية) or adjectives
    /// after it (قوات سوريا الديمقراطية), is one organisation with them; and an
    /// organisation the tagger found just before a one-word place that is a nisba
    /// takes it as its adjective (وكالة الأنباء السعودية), as it takes one of
    /// [`ADJECTIVES`] (المحكمة الاتحادية العليا).
    pub(in crate::chains) fn bodies_of_places(
        &mut self,
        words: &[&str],
        infos: &[TokenInfo],
        labels: &mut [u8],
    ) {
        let n = labels.len();
        for i in 0..n.saturating_sub(1) {
            if matches!(labels[i], ORG_B | ORG_I)
                && labels[i + 1] == LOC_B
                && labels.get(i + 2) != Some(&LOC_I)
                && self.is_adjective(words[i + 1])
            {
                labels[i + 1] = ORG_I;
                continue;
            }
            // المحكمة الاتحادية العليا: an adjective the chain does not take
            // (not العام الماضي, last year).
            if matches!(labels[i], ORG_B | ORG_I)
                && labels[i + 1] == 0
                && self
                    .adjectives
                    .contains(&hash_word(&normalize(words[i + 1])))
                && !words
                    .get(i + 2)
                    .is_some_and(|w| self.stops.contains(&hash_word(&normalize(w))))
            {
                labels[i + 1] = ORG_I;
                continue;
            }
            if labels[i] != 0 || !self.bodies.contains_key(&infos[i].norm) {
                continue;
            }
            // One indefinite word between: أمن، إقليم.
            let between = labels[i + 1] == 0 && {
                let w = self.shape(words[i + 1]);
                w.letters && w.content && !w.definite && !w.conjoined && !w.head
                    // حكومة إمارة دبي: a state word is the place's.
                    && !self.states.contains(&infos[i + 1].norm)
            };
            let place = i + 1 + usize::from(between);
            if place >= n || labels[place] != LOC_B {
                continue;
            }
            let mut end = place + 1;
            while end < n && labels[end] == LOC_I {
                end += 1;
            }
            let mut close = end;
            while close < n && labels[close] == 0 && self.is_adjective(words[close]) {
                close += 1;
            }
            // حكومة [إقليم كردستان]: the tagger's place opens with a head of places.
            let headed =
                !between && infos[place].triggers & TRIGGER_LOC_HEAD != 0 && end > place + 1;
            if !between && !headed && close == end {
                continue;
            }
            labels[i] = ORG_B;
            labels[i + 1..close].fill(ORG_I);
        }
    }

    /// An organisation that opens on a head of [`OUTSIDE_HEADS`] in the
    /// construct state, followed by its name, begins after the head, as
    /// ANERcorp writes it: شركة موتورولا → موتورولا. A head written as a verb
    /// (نادى الزمالك) is left as it is: [`Chains::institutions`] would not join
    /// it again.
    pub(in crate::chains) fn heads_outside(
        &mut self,
        words: &[&str],
        infos: &[TokenInfo],
        labels: &mut [u8],
    ) {
        if !holds_any(labels, &[ORG_I]) {
            return;
        }
        for i in 0..labels.len().saturating_sub(1) {
            if labels[i] != ORG_B || labels[i + 1] != ORG_I {
                continue;
            }
            let Some(&before_definite) = self.outside.get(&infos[i].norm) else {
                continue;
            };
            let next = self.shape(words[i + 1]);
            if next.head || (next.definite && !before_definite) || self.is_verb_head(words[i]) {
                continue;
            }
            labels[i] = 0;
            labels[i + 1] = ORG_B;
        }
    }

    /// A definite nisba right after an organisation's own name, written without
    /// the article, says where the organisation is from and is no part of its
    /// name, nor is what follows it: نادي [تشيلسي] الإنجليزي، [توتال] الفرنسية،
    /// [ريال مدريد] الإسباني لكرة القدم (in ANERcorp's training text 81 such
    /// adjectives stand outside the name and 7 inside it). The name word is one
    /// the training text did not see mostly outside names, no head and no listed
    /// place: الاتحاد الأوروبي، حلف شمال الأطلسي and بنك إنجلترا المركزي keep
    /// their adjectives, and so do the names of [`NAMED_AFTER`] heads
    /// (مستشفى ابن سينا التخصصي): the adjective describes what is named, as
    /// one of [`BODY_NISBAS`] does after any name (بنك ناصر الاجتماعي). Nor
    /// is it after a given name, where it is a family's (see [`family_nisba`]).
    pub(in crate::chains) fn nationalities_after_names(
        &mut self,
        words: &[&str],
        infos: &[TokenInfo],
        labels: &mut [u8],
    ) {
        if !holds_any(labels, &[ORG_I]) {
            return;
        }
        let mut j = 1;
        while j < labels.len() {
            if labels[j] != ORG_I || !matches!(labels[j - 1], ORG_B | ORG_I) {
                j += 1;
                continue;
            }
            let (name, adjective) = (self.shape(words[j - 1]), self.shape(words[j]));
            let info = &infos[j - 1];
            let common = info.stats.count >= 3
                && u32::from(info.stats.shares[0])
                    + u32::from(info.stats.shares[1])
                    + u32::from(info.stats.shares[2])
                    < 128;
            if adjective.nisba
                && !describes_a_body(&normalize(words[j]))
                && !adjective.conjoined
                && name.letters
                && !name.definite
                && !name.head
                && !common
                && info.gazetteer & (PLACE_LIST_BEGIN | PLACE_LIST_INSIDE) == 0
                // A well-known name that holds it: أرامكو السعودية.
                && infos[j].gazetteer & CURATED_ORG_INSIDE == 0
                && !self.named_after_someone(words, labels, j - 1)
                && !family_nisba(info, words[j], &infos[j])
            {
                while j < labels.len() && labels[j] == ORG_I {
                    labels[j] = 0;
                    j += 1;
                }
            }
            j += 1;
        }
    }

    /// A body of one word that is a definite nisba (الأهلي، الأولمبي) right
    /// after a definite noun that heads no name is that noun's adjective:
    /// التنقيب الأهلي (artisanal mining), الملعب الأولمبي (the Olympic
    /// stadium); after a head it is the body's name (النادي الأهلي، البنك
    /// الأهلي).
    pub(in crate::chains) fn adjectives_are_no_bodies(
        &self,
        words: &[&str],
        infos: &[TokenInfo],
        labels: &mut [u8],
    ) {
        if !holds_any(labels, &[ORG_B]) {
            return;
        }
        for i in 1..labels.len() {
            let before = &infos[i - 1];
            let alone = labels[i] == ORG_B && labels.get(i + 1) != Some(&ORG_I);
            if alone
                && labels[i - 1] == 0
                && infos[i].clitic_chars == 0
                && before.definite
                && before.triggers & (TRIGGER_ORG_HEAD | TRIGGER_LOC_HEAD | TRIGGER_TITLE) == 0
                && !self.head_forms.contains_key(&before.norm)
                && !self.head_forms.contains_key(&before.stem)
                && definite_nisba(&normalize(words[i]))
                && crate::has_arabic_letter(words[i - 1])
            {
                labels[i] = 0;
            }
        }
    }

    /// An organisation the tagger or a chain opened on a head that is written as
    /// a verb ([`VERB_HEADS`], after و/ف or not) is no organisation unless the
    /// word after it is a name: in a list, in a name list, or mostly inside names
    /// in training. ونادى المحرضين (he called on the inciters) is a verb and its
    /// object; نادى الزمالك is the club.
    pub(in crate::chains) fn verbs_are_no_heads(
        &mut self,
        words: &[&str],
        infos: &[TokenInfo],
        labels: &mut [u8],
    ) {
        if !holds_any(labels, &[ORG_B]) {
            return;
        }
        for i in 0..labels.len() {
            // Only a word of `head_forms` can be one (نادى folds with نادي).
            if labels[i] != ORG_B
                || !self.head_forms.contains_key(&infos[i].norm)
                || !self.is_verb_head(words[i])
            {
                continue;
            }
            let named = infos.get(i + 1).is_some_and(|next| {
                next.gazetteer != 0
                    || next.triggers & NAME_WORDS != 0
                    || (next.stats.count > 0
                        && next.stats.shares[..3]
                            .iter()
                            .map(|&s| u32::from(s))
                            .sum::<u32>()
                            >= 128)
            });
            let end = i + 1 + labels[i + 1..].iter().take_while(|&&l| l == ORG_I).count();
            // Or a nisba after the genitive: تحالف القوى الوطنية, نادي الأسير
            // الفلسطيني (a verb's object takes none so often).
            let described = (i + 2..end).any(|j| self.shape(words[j]).nisba);
            if named || described {
                continue;
            }
            labels[i..end].fill(0);
        }
    }

    /// ونادى، فتحالف: a word of [`VERB_HEADS`] as written, after و/ف or not.
    pub(in crate::chains) fn is_verb_head(&self, raw: &str) -> bool {
        let folded = normalize(raw);
        let found = [folded.as_str()]
            .into_iter()
            .chain(folded.strip_prefix(['و', 'ف']))
            .any(|w| self.verb_heads.contains(&hash_exact(w)));
        found
    }

    /// المنظمة، للمنظمة، والمجلس: a head with the article, after و/ف and a
    /// preposition or not.
    pub(in crate::chains) fn is_definite_head(&self, raw: &str) -> bool {
        let folded = normalize(raw);
        let bare = folded.strip_prefix(['و', 'ف']).unwrap_or(&folded);
        after_article(bare).is_some_and(|stem| {
            let h = hash_word(stem);
            self.strong.contains(&h) || self.weak.contains(&h)
        })
    }
}

/// هيئة and لجنة (folded), by hash, as a token's stem is (without its
/// proclitics).
const PANEL_HEADS: [u64; 2] = [hash_word("هيئه"), hash_word("لجنه")];

/// What a panel of people does, as the genitive of [`PANEL_HEADS`] (folded,
/// by hash, as a token's whole word is): at a trial, at a university, at a
/// paper, in a contest.
const PANELS: [u64; 9] = [
    hash_word("الدفاع"),
    hash_word("المحكمه"),
    hash_word("المحلفين"),
    hash_word("الادعاء"),
    hash_word("المحامين"),
    hash_word("التدريس"),
    hash_word("التحرير"),
    hash_word("التحكيم"),
    hash_word("المحكمين"),
];

/// هيئة or لجنة with one of [`PANELS`] and nothing after it is a panel of
/// people, no organisation: هيئة الدفاع (a defendant's lawyers), هيئة
/// المحكمة (the bench), هيئة التدريس (a university's teachers). With a word
/// after it that goes on the name, it can be one (هيئة الدفاع المدني, civil
/// defence).
pub(in crate::chains) fn panels_are_no_bodies(infos: &[TokenInfo], labels: &mut [u8]) {
    if !holds_any(labels, &[ORG_B]) {
        return;
    }
    for i in 0..labels.len().saturating_sub(1) {
        if labels[i] == ORG_B
            && labels[i + 1] == ORG_I
            && labels.get(i + 2) != Some(&ORG_I)
            && PANEL_HEADS.contains(&infos[i].stem)
            && PANELS.contains(&infos[i + 1].norm)
        {
            labels[i..i + 2].fill(0);
        }
    }
}

const PARTICIPLE_HEADS: &[&str] = &["المنظمه", "المؤسسه"];

/// An organisation that opens on a head of [`PARTICIPLE_HEADS`] right after a
/// definite noun outside any name is that noun's adjective, no name.
pub(in crate::chains) fn participles_are_no_heads(words: &[&str], labels: &mut [u8]) {
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

impl Chains {
    /// A head with the article alone is the body the text spoke of, not its
    /// name (وقال البنك في بيان، أعلنت الوزارة): ANERcorp's annotators tag
    /// none of its 200 such words alone, though the tagger may, when the
    /// article named the body in full before. A listed name stays (الاتحاد,
    /// a club).
    pub(in crate::chains) fn lone_heads(
        &mut self,
        words: &[&str],
        infos: &[TokenInfo],
        labels: &mut [u8],
    ) {
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
}

/// A nisba the training text never saw, or saw mostly in people's names,
/// after a word it saw mostly as a person's is that person's family name,
/// not where a body is from: the tagger ran a head into the person after it
/// (مدير المنظمة إبراهيم الدخيري), and the name keeps its last word.
/// Nationalities are common words the training text saw outside names
/// (شركة فيليب موريس الأمريكية).
pub(in crate::chains) fn family_nisba(name: &TokenInfo, word: &str, nisba: &TokenInfo) -> bool {
    let person = |t: &TokenInfo| t.stats.count >= 3 && t.stats.shares[0] >= 128;
    nisba.definite
        && nisba.clitic_chars == 0
        && word.ends_with('ي')
        && person(name)
        && (nisba.stats.count == 0 || person(nisba))
}
