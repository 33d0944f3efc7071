//! A word's shape as the chains read it (a head, definite, a nisba, after which
//! proclitics), cached by [`Chains::shape`], and every spelling of a head with its
//! proclitics: the reading of single words that all the rules share.

use super::*;

/// A folded word with the article that ends as a nisba does (السوري،
/// الشعبية): an adjective more often than a name.
pub(crate) fn definite_nisba(folded: &str) -> bool {
    folded.starts_with("ال") && (folded.ends_with('ي') || folded.ends_with("يه"))
}

/// Nouns of three letters that end as a nisba does (الرأي، الوعي، السعي),
/// and names (العلي، عدي), folded, without the article.
const SHORT_NOUNS: &[&str] = &[
    "راي", "نبي", "سعي", "باي", "شاي", "هدي", "وعي", "رعي", "وحي", "خزي", "ثدي", "فدي", "جدي",
    "جني", "طهي", "ولي", "مدي", "قري", "بني", "حلي", "نفي", "رمي", "جري", "بغي", "علي", "عدي",
    "زكي", "صبي", "فتي", "حيي", "نعي", "رقي", "سبي", "طوي",
];

/// A nisba of a stem of three letters (الصحي، الطبي، الجوي), which
/// institutions' names take as they take longer ones (الهيئة العامة للتأمين
/// الصحي): one in ي that is none of [`SHORT_NOUNS`] (folded, no article).
fn short_nisba(stem: &str) -> bool {
    stem.chars().count() == 3 && stem.ends_with('ي') && !SHORT_NOUNS.contains(&stem)
}

/// A definite dual or plural (الإقليمين، الطرفان، الدوريين): a noun, no name.
pub(crate) fn definite_pair(folded: &str) -> bool {
    folded.starts_with("ال") && (folded.ends_with("ين") || folded.ends_with("ان"))
}

/// A folded word that opens as a verb in the future does (ستلعب، سيكون).
pub(crate) fn future_verb(folded: &str) -> bool {
    ["سي", "ست", "سن", "سا"]
        .iter()
        .any(|p| folded.starts_with(p))
}

/// How one word can take part in a chain.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub(super) struct Word {
    pub(super) head: bool,
    pub(super) strong: bool,
    /// With the article (and perhaps a preposition before it): الأمن، للاستخبارات.
    pub(super) definite: bool,
    /// A definite nisba adjective: السوري، الألمانية.
    pub(super) nisba: bool,
    /// A nisba in the plural (اللبنانيين).
    pub(super) plural: bool,
    /// Begins with the conjunction و or ف: a new phrase, not this name.
    pub(super) conjoined: bool,
    pub(super) stop: bool,
    /// Definite with a stem of three letters or more: a noun, not الله.
    pub(super) long: bool,
    /// A noun of time ([`TIMES`]).
    pub(super) time: bool,
    /// ل and a noun of [`LAM_PREPOSITIONS`]: a preposition (لصالح).
    pub(super) lam_preposition: bool,
    /// Begins with the preposition ل (لحقوق، للانتخابات): a complement that can
    /// close an organisation's name (الاتحاد الأفريقي لكرة القدم).
    pub(super) lam: bool,
    /// A complement with ل whose noun is a head (للنادي، لمحكمة): the body
    /// that a phrase before it belongs to (المركز الإعلامي للنادي), not a name.
    pub(super) lam_head: bool,
    pub(super) letters: bool,
    /// Long enough to be a noun rather than a particle (في، من، هو، عن).
    pub(super) content: bool,
    /// Describes a year after العام ([`YEAR_WORDS`]).
    pub(super) year: bool,
}

/// What follows the article in a word without its conjunction, the article
/// after ل، ب or ك too (المنظمة، للمنظمة، بالمنظمة → منظمة); `None` for a word
/// without the article.
pub(super) fn after_article(bare: &str) -> Option<&str> {
    ["ال", "لل", "بال", "كال"]
        .iter()
        .find_map(|article| bare.strip_prefix(article))
}

/// Whether every character of `word` is an Arabic letter (hamza to yeh): no
/// digit, harakat, Latin or punctuation.
pub(crate) fn arabic_letters_only(word: &str) -> bool {
    word.chars().all(|c| ('\u{0621}'..='\u{064A}').contains(&c))
}

/// Whether `needle` occurs in `word`, as `str::contains` says, for a rule's
/// test of a raw word before folding it: the standard search sets up its
/// tables at each call, which for a word of a few letters cost many times
/// the comparisons themselves. A place matches when its first two bytes (an
/// Arabic letter whole) do and then the rest.
pub(crate) fn holds(word: &str, needle: &str) -> bool {
    let (w, n) = (word.as_bytes(), needle.as_bytes());
    if n.len() < 2 {
        return word.contains(needle);
    }
    w.len() >= n.len()
        && (0..=w.len() - n.len())
            .any(|i| w[i] == n[0] && w[i + 1] == n[1] && w[i + 2..i + n.len()] == n[2..])
}

pub(super) fn word(raw: &str, lists: &Chains) -> Word {
    let folded = normalize(raw);
    let letters = !folded.is_empty() && arabic_letters_only(&folded);
    let is_head = |w: &str| {
        let h = hash_word(w.strip_prefix("ال").unwrap_or(w));
        (lists.strong.contains(&h), lists.weak.contains(&h))
    };
    // والمعادن، ووزارة: the conjunction before the article or a head. (وزارة itself
    // begins with و.)
    let after_conjunction = folded
        .strip_prefix('و')
        .or_else(|| folded.strip_prefix('ف'))
        .filter(|rest| {
            rest.starts_with("ال") && rest.chars().count() > 3
                || is_head(rest) != (false, false)
                || is_head(rest.get('ل'.len_utf8()..).unwrap_or("")) != (false, false)
        });
    let conjoined = after_conjunction.is_some();
    let bare = after_conjunction.unwrap_or(&folded);
    // لمنظمة، بوزارة: a preposition before a head.
    let after_preposition = bare
        .strip_prefix(['ل', 'ب', 'ك'])
        .filter(|rest| is_head(rest) != (false, false));
    // للهيئة: ل before the article, whose alef it drops.
    let lam_article = after_preposition.is_none()
        && bare
            .strip_prefix("لل")
            .is_some_and(|rest| rest.chars().count() >= 2 && is_head(rest) != (false, false));
    let preposed = after_preposition.is_some() || lam_article;
    let bare = after_preposition.unwrap_or(bare);
    let (definite, stem) = match (bare.strip_prefix("ال"), bare.strip_prefix("لل")) {
        (Some(rest), _) | (None, Some(rest)) if rest.chars().count() >= 2 => (true, rest),
        _ => (false, bare),
    };
    let lam = !conjoined && folded.starts_with('ل') && !folded.starts_with("ال");
    // اللبنانيين، الأردنيون: the plural of a nisba, which agrees with a plural
    // genitive (نقابة الأطباء الأردنيين), never with a head.
    let plural = (stem.ends_with("يين") || stem.ends_with("يون")) && stem.chars().count() >= 6;
    // للنادي is a complement, never an adjective.
    let nisba = definite
        && !preposed
        && !lam
        && !lists.describing.contains(&hash_word(stem))
        && (stem.ends_with(['ي', 'ى']) || stem.ends_with("يه") || plural)
        // الرواية، الحماية، النهاية: a noun whose root ends in a long vowel,
        // where a nisba drops it (سوريا → السورية).
        && !stem.ends_with("ايه")
        && !stem.ends_with("اي")
        && (stem.chars().count() >= 4 || short_nisba(stem));
    Word {
        lam,
        lam_head: lam && (preposed || definite && is_head(stem) != (false, false)),
        long: definite && stem.chars().count() >= 3,
        time: lists.times.contains(&hash_word(stem)),
        lam_preposition: lam
            && folded
                .strip_prefix('ل')
                .is_some_and(|rest| LAM_PREPOSITIONS.contains(&rest)),
        head: is_head(bare) != (false, false) || lam_article,
        strong: is_head(bare).0 || lam_article && is_head(stem).0,
        definite,
        nisba,
        plural: nisba && plural,
        conjoined,
        stop: lists.stops.contains(&hash_word(&folded)),
        letters,
        content: folded.chars().count() >= 3 && !lists.particles.contains(&hash_word(&folded)),
        year: YEAR_WORDS.contains(&folded.as_str()),
    }
}

/// Every spelling of `heads` after و or ف and one of `prepositions`, each or
/// not, and with `article` after ال or not, by folded hash: a word's folded
/// hash ([`TokenInfo::norm`]) then tells whether it is one of them.
pub(super) fn clitic_forms(heads: &[&str], prepositions: &[&str], article: bool) -> Forms {
    Forms::new(clitic_table(heads, prepositions, article))
}

/// [`clitic_forms`] as a plain table, to add to.
pub(super) fn clitic_table(heads: &[&str], prepositions: &[&str], article: bool) -> HashKeyed<()> {
    let articles: &[&str] = if article { &["", "ال"] } else { &[""] };
    let mut forms = HashKeyed::default();
    for head in heads {
        for conjunction in ["", "و", "ف"] {
            for preposition in prepositions {
                for article in articles {
                    let form = format!("{conjunction}{preposition}{article}{head}");
                    forms.insert(hash_word(&form), ());
                    // ل before the article drops its alef: للهيئة.
                    if *preposition == "ل" && !article.is_empty() {
                        forms.insert(hash_word(&format!("{conjunction}لل{head}")), ());
                    }
                }
            }
        }
    }
    forms
}

/// The prepositions before a head: ل، ب، ك or none.
const HEAD_PREPOSITIONS: &[&str] = &["", "ل", "ب", "ك"];

/// ل or ب or none, the prepositions before the heads [`Chains::located`],
/// [`Chains::sided_provinces`] and [`Chains::places_before_their_officials`]
/// read.
pub(super) const PLACE_PREPOSITIONS: &[&str] = &["", "ل", "ب"];

pub(super) fn institution_forms(heads: &[&str]) -> Forms {
    clitic_forms(heads, HEAD_PREPOSITIONS, false)
}

pub(super) fn head_forms(heads: &[&str]) -> Forms {
    clitic_forms(heads, HEAD_PREPOSITIONS, true)
}

/// Whether a folded word is, whole, one of the words that head a body's or a
/// state's name (بلدية، ولاية، وزارة): its first letter is no proclitic.
pub(crate) fn heads_a_name(folded: &str) -> bool {
    among_heads(
        folded,
        &[
            STRONG_HEADS,
            WEAK_HEADS,
            PLACE_INSTITUTIONS,
            FACILITIES,
            FEATURES,
            BODIES,
            STATES,
            PROVINCES,
        ],
    )
}

/// Whether a folded word, with the article or not, is a head that a place's
/// name opens with for the reader ([`SITES`], [`FACILITIES`], [`FEATURES`]).
pub(crate) fn opens_a_site(folded: &str) -> bool {
    among_heads(folded, &[SITES, FACILITIES, FEATURES])
}

/// Whether a folded word, with the article or not, is a head of `lists`.
pub(super) fn among_heads(folded: &str, lists: &[&[&str]]) -> bool {
    let bare = folded.strip_prefix("ال").unwrap_or(folded);
    // ى and ي are one letter at a word's end here (وادى, مستشفي), as in
    // the heads' hashes.
    let yeh = |c: char| if c == 'ى' { 'ي' } else { c };
    lists.iter().any(|heads| {
        heads
            .iter()
            .any(|h| h.len() == bare.len() && h.chars().map(yeh).eq(bare.chars().map(yeh)))
    })
}

/// Nisbas (folded, without the article and the feminine ending) that say
/// what a body is, not where it is from: after its name they are part of it
/// (بنك ناصر الاجتماعي، مصرف النخيل الوطني، بنك دبي التجاري).
pub(super) const BODY_NISBAS: &[&str] = &[
    "اجتماعي",
    "وطني",
    "تجاري",
    "عقاري",
    "مركزي",
    "اهلي",
    "زراعي",
    "صناعي",
    "تعاوني",
    "دولي",
    "عالمي",
    "اسلامي",
    "اقليمي",
];

/// Whether a folded definite nisba is one of [`BODY_NISBAS`].
pub(super) fn describes_a_body(folded: &str) -> bool {
    let bare = folded.strip_prefix("ال").unwrap_or(folded);
    let bare = bare.strip_suffix('ه').unwrap_or(bare);
    BODY_NISBAS.contains(&bare)
}

impl Chains {
    /// [`word`] of `raw`, from the words already seen when it is one.
    pub(super) fn shape(&mut self, raw: &str) -> Word {
        let key = hash_exact(raw);
        if let Some(w) = self.words.get(&key) {
            return *w;
        }
        let w = word(raw, self);
        if self.words.len() >= WORDS_HELD {
            self.words.clear();
        }
        self.words.insert(key, w);
        w
    }
}
