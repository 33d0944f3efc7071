#![warn(missing_docs)]
#![warn(unreachable_pub)]
//! Offline recognition of people, places, organisations, dates and quotations in
//! Arabic news text: a text in, its mentions grouped into entities out.
//!
//! Names come from a statistical tagger, because news keeps naming people and
//! places no list has seen: an averaged perceptron over tokens with first-order
//! Viterbi decoding, in two passes (the second sees what the first made of the same
//! word elsewhere in the article), trained on ANERcorp by `qari-train` and embedded
//! as `assets/ner-weights.bin`. Gazetteers (places from CLDR, iso-codes and GeoNames;
//! given names, family names and full names from Wikidata, JRC-Names, Wikipedia and
//! WikiFANE; hand lists of trigger words) are features of that tagger, not rules,
//! but for the hand list's `known` organisations, which only the rules read (a
//! name such as طيران ناس is one wherever the tagger left it alone).
//! Organisation names that open with a head word (وزارة الدفاع) are completed by
//! rule over the tagger's labels, and dates and quotes follow the way Arabic news
//! writes them closely enough for rules.
//!
//! [`Recognizer::recognize`] runs, for one text:
//! 1. tokens and sentences (`tokenize`);
//! 2. one analysis per token, shared by everything after it: folded form, stem
//!    without proclitics, list memberships (`normalize`, [`features`], [`gazetteer`]);
//! 3. the tagger's two passes, which label people, places and organisations ([`tagger`]),
//!    then organisation chains, state names, places after a settlement's head
//!    (مخيم زمزم) and the edges of people's names completed by rule (`chains`);
//!    the tagger and those rules follow ANERcorp's
//!    annotators, and are scored against them by `qari-train`;
//! 4. then the names as a reader takes them, where ANERcorp leaves a head out:
//!    an institution named after a place (بورصة الكويت، مستشفى دبي), a head before
//!    the organisation it names (نادي الهلال), a listed organisation of three words
//!    or more that opens with a head (صندوق النقد الدولي) (`chains`, here), and
//!    the clubs a match report names by places and unseen words (ضيفه بورتو)
//!    (`clubs`), and the news outlets the genre marks (قال لـ"الأيام"، صحيفة
//!    عكاظ، المنامة - بنا) (`outlets`);
//! 5. dates by rule, which replace any name they overlap (`dates`);
//! 6. quotations and their speakers by rule (`quotes`);
//! 7. grouping: the mentions of one entity become one [`Entity`] (`group`).
//!
//! A long text goes through [`StreamRecognizer`] a chunk at a time instead
//! ([`stream`]), in memory bounded by the chunk, entity ids running on.
//!
//! Every offset is a code point offset into the text as given, so `text[start..end]`
//! in code points is exactly the mention. Nothing here does I/O; the weights are
//! bytes in the binary. The public modules other than the root serve the trainer
//! (`qari-train`, behind the `trainer` feature) and its tests.
//!
//! ```
//! use qari_recognize::{Kind, Recognizer};
//!
//! let recognizer = Recognizer::builtin()?;
//! // "The Egyptian president said in Cairo on 6 January 2022: ..."
//! let text = "وقال الرئيس المصري في القاهرة يوم 6 يناير 2022: إن الحوار مستمر.";
//! let found = recognizer.recognize(text);
//! let shown = |kind: Kind| -> Vec<String> {
//!     found
//!         .mentions
//!         .iter()
//!         .filter(|m| m.kind == kind)
//!         .map(|m| text.chars().skip(m.span.start).take(m.span.len()).collect())
//!         .collect()
//! };
//! assert_eq!(shown(Kind::Location), ["القاهرة"]);
//! assert_eq!(shown(Kind::Date), ["يوم 6 يناير 2022"]);
//! # Ok::<(), qari_recognize::ModelError>(())
//! ```

mod chains;
mod clubs;
mod dates;
pub mod features;
pub mod gazetteer;
mod group;
mod normalize;
mod outlets;
mod perceptron;
mod quotes;
mod repeat;
pub mod stream;
pub mod tagger;
mod tokenize;
pub mod train;

use std::ops::Range;

use features::TokenInfo;
use gazetteer::Gazetteer;
pub use perceptron::ModelError;
pub use stream::{fold_name, StreamRecognizer};
use tagger::Tagger;
use tokenize::Token;

/// The weights shipped with qari (`assets/ner-README.md` says how they were trained
/// and how well they do).
const BUILTIN_WEIGHTS: &[u8] = include_bytes!("../assets/ner-weights.bin");

/// What a mention is. The order is the one lists and panels show kinds in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Kind {
    /// A person's name, as the tagger found it.
    Person,
    /// A place: a country, a city, a region.
    Location,
    /// An organisation: a party, a ministry, a company, an agency.
    Organization,
    /// A date or a time of day, found by rule.
    Date,
    /// A quotation, found by rule; its speaker, when named, is in [`Mention::speaker`].
    Quote,
}

impl Kind {
    /// Every kind, in order, for code that shows or counts each of them.
    pub const ALL: [Kind; 5] = [
        Kind::Person,
        Kind::Location,
        Kind::Organization,
        Kind::Date,
        Kind::Quote,
    ];

    /// The kind's name in lowercase English, the same as its serialised form.
    pub fn name(self) -> &'static str {
        match self {
            Kind::Person => "person",
            Kind::Location => "location",
            Kind::Organization => "organization",
            Kind::Date => "date",
            Kind::Quote => "quote",
        }
    }
}

/// One mention: a span of the text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Mention {
    /// What the span is.
    pub kind: Kind,
    /// Code point offsets into the text.
    pub span: Range<usize>,
    /// Index into [`Recognition::entities`].
    pub entity: usize,
    /// For quotes: the entity that said it, when the text names or describes it
    /// (index into [`Recognition::entities`]). A source the text only describes
    /// (مصدر أمني، المتحدث باسم الوزارة) is an entity with no mentions, named by
    /// those words; the newspaper that relays a quote is never its speaker.
    pub speaker: Option<usize>,
}

/// Mentions grouped as one person, place, organisation, date or quote.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Entity {
    /// The kind of all its mentions.
    pub kind: Kind,
    /// The fullest form the text gives (e.g. the full name, not the later surname).
    pub name: String,
    /// Indices into [`Recognition::mentions`], in text order; empty only for a
    /// speaker the text describes rather than names (see [`Mention::speaker`]).
    pub mentions: Vec<usize>,
}

/// Everything recognised in one text.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Recognition {
    /// In text order (by start, longer first).
    pub mentions: Vec<Mention>,
    /// In order of first mention, then the described speakers.
    pub entities: Vec<Entity>,
}

/// The recogniser: tagger weights and lists, loaded once.
#[derive(Debug, Clone)]
pub struct Recognizer {
    tagger: Tagger,
    gazetteer: Gazetteer,
    dates: dates::DateWords,
    quote_words: quotes::QuoteWords,
    clubs: clubs::Clubs,
}

/// A mention before grouping: token range and character span.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct RawMention {
    pub(crate) kind: Kind,
    pub(crate) tokens: Range<usize>,
    /// Code points.
    pub(crate) span: Range<usize>,
    /// The same span in bytes.
    pub(crate) bytes: Range<usize>,
    /// What the first word lost of its article after ل: the alef (للأمم
    /// المتحدة is ل + الأمم; the span starts at the article's lam) or, before
    /// a word that begins with ل, the whole article (للجنة الدولية is ل +
    /// اللجنة); the name takes it back ([`RawMention::name`]).
    pub(crate) article: &'static str,
    /// An organisation's name that ends on its nationality (البنك التجاري
    /// القطري): the same body as the name without it.
    pub(crate) national: bool,
    /// The Latin spelling of the name mentioned just before it (سيموني
    /// إنزاغي (Simone Inzaghi)): the same entity.
    pub(crate) gloss: bool,
}

impl RawMention {
    /// A mention of whole tokens, less `skip` leading code points (a proclitic).
    pub(crate) fn of_tokens(
        kind: Kind,
        text: &str,
        tokens: &[Token],
        range: Range<usize>,
        skip: usize,
    ) -> Self {
        let first = &tokens[range.start];
        let skip = skip.min(first.chars.len().saturating_sub(1));
        let skip_bytes: usize = first
            .text(text)
            .chars()
            .take(skip)
            .map(char::len_utf8)
            .sum();
        let last = &tokens[range.end - 1];
        Self {
            kind,
            span: first.chars.start + skip..last.chars.end,
            bytes: first.bytes.start + skip_bytes..last.bytes.end,
            tokens: range,
            article: "",
            national: false,
            gloss: false,
        }
    }

    /// The name the mention gives: its words, with the article whole.
    pub(crate) fn name<'a>(&self, text: &'a str) -> std::borrow::Cow<'a, str> {
        let words = &text[self.bytes.clone()];
        if !self.article.is_empty() {
            std::borrow::Cow::Owned(format!("{}{words}", self.article))
        } else {
            std::borrow::Cow::Borrowed(words)
        }
    }
}

impl Recognizer {
    /// The recogniser with the embedded weights and lists.
    pub fn builtin() -> Result<Self, ModelError> {
        Ok(Self::new(
            Tagger::from_static(BUILTIN_WEIGHTS)?,
            Gazetteer::builtin(),
        ))
    }

    /// A recogniser with other weights (a file written by `qari-train`).
    pub fn from_weights(bytes: &[u8]) -> Result<Self, ModelError> {
        Ok(Self::new(Tagger::from_bytes(bytes)?, Gazetteer::builtin()))
    }

    fn new(tagger: Tagger, gazetteer: Gazetteer) -> Self {
        Self {
            tagger,
            gazetteer,
            dates: dates::DateWords::new(),
            quote_words: quotes::QuoteWords::new(),
            clubs: clubs::Clubs::new(),
        }
    }

    /// Recognise everything in `text`.
    pub fn recognize(&self, text: &str) -> Recognition {
        self.recognize_cached(text, &mut tagger::WordCache::default())
    }

    /// [`Recognizer::recognize`] with the words analysed for earlier chunks
    /// of the same text (see [`StreamRecognizer::recognize`]).
    pub(crate) fn recognize_cached(
        &self,
        text: &str,
        cache: &mut tagger::WordCache,
    ) -> Recognition {
        let tokens = tokenize::tokenize(text);
        let sentences = tokenize::sentences(text, &tokens);
        let words: Vec<Vec<&str>> = sentences
            .iter()
            .map(|r| tokens[r.clone()].iter().map(|t| t.text(text)).collect())
            .collect();
        let mut tagged = self.tagger.tag_cached(&self.gazetteer, &words, cache);
        lone_common_names(&words, &mut tagged, &self.gazetteer);
        let line_starts: Vec<bool> = sentences
            .iter()
            .map(|r| r.start == 0 || tokens[r.start].after_newline)
            .collect();
        share_lines(&words, &mut tagged, &line_starts);
        self.clubs.mark(&words, &mut tagged, &self.gazetteer);
        repeat::repeat_names(&words, &mut tagged, repeat::Repeats::All);
        for (w, t) in words.iter().zip(tagged.iter_mut()) {
            chains::verbs_open_no_names(w, &t.infos, &mut t.labels, &self.quote_words);
        }
        outlets::Outlets::new(&self.quote_words, &self.gazetteer).mark(
            &words,
            &mut tagged,
            &line_starts,
        );
        for (w, t) in words.iter().zip(tagged.iter_mut()) {
            cache.chains.institutions(w, &t.infos, &mut t.labels);
        }
        repeat::repeat_names(&words, &mut tagged, repeat::Repeats::Shortened);
        // One sentence (a long line without a stop) hands its analyses over
        // whole, rather than copying them while they are still held.
        let single = tagged.len() == 1;
        let mut infos: Vec<TokenInfo> = Vec::with_capacity(if single { 0 } else { tokens.len() });
        let mut raw = Vec::new();
        for (si, (range, mut t)) in sentences.iter().zip(tagged).enumerate() {
            if written_in_persian(&words[si]) {
                t.labels.fill(0);
            }
            chains::prayers_are_no_places(&words[si], &mut t.labels);
            chains::the_city_is_no_place(&words[si], &mut t.labels);
            chains::diseases_are_no_names(&words[si], &mut t.labels);
            chains::storms_are_no_names(&words[si], &mut t.labels);
            chains::adverbs_are_no_places(&words[si], &t.infos, &mut t.labels);
            chains::spokespeople(&words[si], &t.infos, &mut t.labels);
            let sentence = &tokens[range.clone()];
            chains::hyphenated_people(
                &words[si],
                &t.infos,
                |i| {
                    sentence[i].bytes.start == sentence[i - 1].bytes.end
                        && sentence[i + 1].bytes.start == sentence[i].bytes.end
                },
                &mut t.labels,
            );
            chains::latin_glosses(&words[si], &t.infos, &mut t.labels);
            for (a, b, ty) in train::span_iter(&t.labels) {
                // A name begins and ends with a word: an emoji or a symbol
                // the tagger ran a name into (محمد بن سلمان 🇸🇦) is left out.
                let wordy = |w: &&str| w.chars().any(tokenize::is_alphanumeric);
                let Some(first) = words[si][a..b].iter().position(wordy) else {
                    continue;
                };
                let last = words[si][a..b].iter().rposition(wordy).unwrap_or(first);
                let (a, b) = (a + first, a + last + 1);
                let kind = match ty {
                    0 => Kind::Person,
                    1 => Kind::Location,
                    2 => Kind::Organization,
                    _ => continue,
                };
                // The tagger learned names from Arabic text only: a span of Latin
                // words is nothing it can judge ("a paragraph of plain text" came
                // out an organisation), so names must have an Arabic letter.
                // An acronym in brackets after an organisation (CIB) and a
                // name's Latin spelling after it (Simone Inzaghi) are the
                // chains' finding, not the tagger's.
                let acronym = kind == Kind::Organization
                    && b == a + 1
                    && a >= 2
                    && has_arabic_letter(words[si][a - 2])
                    && chains::bracketed_acronym(&words[si], a);
                let gloss = chains::latin_gloss(&words[si], &t.infos, &t.labels, a, b) == Some(ty);
                if !acronym && !gloss && !words[si][a..b].iter().any(|w| has_arabic_letter(w)) {
                    continue;
                }
                let clitic = usize::from(t.infos[a].clitic_chars);
                // A well-known name the lists matched without its proclitic
                // (لبي بي سي عربي) is that name whatever its length.
                let chosen = t.infos[a].gazetteer
                    & (gazetteer::CURATED_ORG_BEGIN | gazetteer::CURATED_PLACE_BEGIN)
                    != 0;
                let mut skip = clitic_skip(words[si][a], clitic, kind, &self.gazetteer);
                // وعز الدين: a name of two letters before الدين keeps no
                // conjunction, short as it is.
                if kind == Kind::Person
                    && skip == 0
                    && clitic == 1
                    && words[si][a].starts_with(['و', 'ف'])
                    && words[si]
                        .get(a + 1)
                        .is_some_and(|w| normalize::normalize(w) == "الدين")
                {
                    skip = 1;
                }
                // وجو بايدن: a given name of two letters after و, in a
                // name of two words or more, when the word whole is no name.
                if kind == Kind::Person && skip == 0 && b > a + 1 {
                    skip =
                        usize::from(short_given_after_conjunction(words[si][a], &self.gazetteer));
                }
                // حقل برقان، ميناء بنغازي: the genitive of a site's head in the
                // construct state (no article) carries no preposition, but
                // for another head's (مطار بجزيرة سانت هيلينا).
                let after_head = kind == Kind::Location
                    && a > 0
                    && !t.infos[a - 1].definite
                    && opens_a_site_after_proclitics(words[si][a - 1])
                    && !opens_a_site_after_proclitics(words[si][a]);
                let skip = if after_head {
                    0
                } else if chosen && kind != Kind::Person {
                    skip.max(clitic)
                } else if kind == Kind::Location && b > a + 1 {
                    place_phrase_skip(&self.gazetteer, words[si][a], &t.infos[a..b], skip)
                } else {
                    skip
                };
                // للأمم المتحدة: ل, then the article without its alef.
                let next = words[si].get(a + 1).copied();
                let lam = lam_before_name(words[si][a], skip, t.infos[a].definite, next);
                // أوبك+: a plus glued to an organisation's name is part of it.
                let plus = kind == Kind::Organization
                    && words[si].get(b) == Some(&"+")
                    && tokens[range.start + b].bytes.start == tokens[range.start + b - 1].bytes.end;
                let mut mention = RawMention::of_tokens(
                    kind,
                    text,
                    &tokens,
                    range.start + a..range.start + b + usize::from(plus),
                    skip + lam.map_or(0, |(extra, _)| extra),
                );
                mention.article = lam.map_or("", |(_, article)| article);
                mention.national =
                    kind == Kind::Organization && b >= a + 3 && t.infos[b - 1].nationality;
                mention.gloss = gloss;
                raw.push(mention);
            }
            if single {
                infos = t.infos;
            } else {
                infos.extend(t.infos);
            }
        }
        whole_where_named_whole(text, &tokens, &mut raw);
        let found_dates = self.dates.find(text, &tokens, &infos);
        let mut in_date = vec![false; tokens.len()];
        for d in &found_dates {
            in_date[d.tokens.clone()].fill(true);
        }
        raw.retain(|m| !in_date[m.tokens.clone()].contains(&true));
        raw.extend(found_dates);
        let found_quotes = quotes::find(&self.quote_words, text, &tokens, &infos, &raw);
        group::group(text, raw, found_quotes)
    }
}

/// A person's word that the text writes inside a longer name as it stands
/// (أنتوني بلينكن) is that name alone too: وأكد بلينكن is not ب + لينكن,
/// however the word's analysis read its first letter. Unless the rest is such
/// a word as well (ببلينكن is ب + بلينكن).
fn whole_where_named_whole(text: &str, tokens: &[Token], raw: &mut [RawMention]) {
    let word = |i: usize| normalize::normalize(tokens[i].text(text));
    let inner: std::collections::HashSet<String> = raw
        .iter()
        .filter(|m| m.kind == Kind::Person)
        .flat_map(|m| m.tokens.clone().skip(1))
        .map(word)
        .collect();
    if inner.is_empty() {
        return;
    }
    for m in raw.iter_mut().filter(|m| m.kind == Kind::Person) {
        let first = &tokens[m.tokens.start];
        if m.span.start == first.chars.start || !m.article.is_empty() {
            continue;
        }
        let rest = normalize::normalize(&text[m.bytes.start..first.bytes.end]);
        if inner.contains(&word(m.tokens.start)) && !inner.contains(&rest) {
            m.span.start = first.chars.start;
            m.bytes.start = first.bytes.start;
        }
    }
}

/// Whether `word` has an Arabic letter, as a name must: the tagger learned
/// names from Arabic text only. A text without one has nothing the
/// recogniser reads (an English article), which a reader is told.
pub fn has_arabic_letter(word: &str) -> bool {
    word.chars()
        .any(|c| ('\u{0621}'..='\u{064A}').contains(&c) && c != '\u{0640}')
}

/// Letters of Persian and Urdu that Arabic never writes (پ چ ژ گ and Urdu's
/// ٹ ڈ ڑ ں ۀ ے). Not ی and ک, nor ہ and ھ: Arabic typed on a Persian keyboard,
/// or by outlets in Iran, spells ي and ك and ه with them (فی طهران، الوکالة).
const PERSIAN_LETTERS: &[char] = &['پ', 'چ', 'ژ', 'گ', 'ٹ', 'ڈ', 'ڑ', 'ں', 'ۀ', 'ے'];

/// Words of Persian and Urdu that Arabic does not have, as they are written.
const PERSIAN_WORDS: &[&str] = &[
    "را", "است", "که", "برای", "های", "از", "در", "می", "شد", "شده", "دارد", "بود", "نے", "کے",
    "ہے",
];

/// Whether a sentence is Persian or Urdu rather than Arabic: a sixth of its
/// words in Arabic script, and at least two, have a letter Arabic never
/// writes or are words Arabic does not have. The tagger learned Arabic: on
/// Persian it runs a name over a whole clause (مسعود پزشکیان روز دوشنبه در
/// تهران گفت). An Arabic sentence with one name spelt with گ, or Arabic spelt
/// with ی and ک, is still read.
fn written_in_persian(words: &[&str]) -> bool {
    let (mut script, mut persian) = (0, 0);
    for w in words {
        // Arabic script (U+0600 to U+06FF) is two bytes led by 0xD8 to 0xDB.
        if !w.bytes().any(|b| (0xD8..=0xDB).contains(&b)) {
            continue;
        }
        script += 1;
        if w.contains(PERSIAN_LETTERS) || PERSIAN_WORDS.contains(w) {
            persian += 1;
        }
    }
    persian >= 2 && persian * 6 >= script
}

/// A person the tagger found as one word that general Arabic also uses as a
/// noun or an adjective (آمنة safe, نور light, كريم generous: `names-common.txt`)
/// is no person unless the text gives some evidence of one: somewhere in the
/// text, that word in a name of two words or more, or after a title, or beside a
/// speech verb (وقال كريم). "الأوضاع آمنة" (the situation is safe) and a
/// one-word line آمنة have none.
fn lone_common_names(words: &[Vec<&str>], tagged: &mut [tagger::Tagged], gazetteer: &Gazetteer) {
    use gazetteer::{TRIGGER_SPEECH, TRIGGER_TITLE};
    // A speech verb, also when the analysis kept و or ف on it (وأكد is a word
    // the training text knows whole, so its stem keeps the و).
    let speech = |w: &str, info: &TokenInfo| {
        info.triggers & TRIGGER_SPEECH != 0 || {
            let folded = normalize::normalize(w);
            folded.strip_prefix(['و', 'ف']).is_some_and(|rest| {
                gazetteer.triggers(normalize::hash_word(rest), normalize::hash_exact(rest))
                    & TRIGGER_SPEECH
                    != 0
            })
        }
    };
    let beside = |words: &[&str], infos: &[TokenInfo], a: usize| {
        (a > 0
            && (infos[a - 1].triggers & TRIGGER_TITLE != 0 || speech(words[a - 1], &infos[a - 1])))
            || (a + 1 < infos.len() && speech(words[a + 1], &infos[a + 1]))
    };
    let mut supported = std::collections::HashSet::new();
    let mut lone = Vec::new();
    for (si, t) in tagged.iter().enumerate() {
        if !t.labels.contains(&1) {
            continue;
        }
        for (a, b, ty) in train::span_iter(&t.labels) {
            if ty != 0 {
                continue;
            }
            if b - a > 1 || beside(&words[si], &t.infos, a) {
                supported.extend(t.infos[a..b].iter().map(|i| i.stem));
            } else {
                lone.push((si, a));
            }
        }
    }
    for (si, a) in lone {
        let info = &tagged[si].infos[a];
        let folded = normalize::normalize(words[si][a]);
        let bare: String = folded
            .chars()
            .skip(usize::from(info.clitic_chars))
            .collect();
        if !supported.contains(&info.stem) && gazetteer.is_common(normalize::hash_exact(&bare)) {
            tagged[si].labels[a] = 0;
        }
    }
}

/// A word that is و and a given name of two letters the lists hold (وجو،
/// ومي), and that no list knows whole (فاس، فون are names with ف; وفا
/// is one with و): the conjunction is no part of the name.
fn short_given_after_conjunction(word: &str, gazetteer: &Gazetteer) -> bool {
    let folded = normalize::normalize(word);
    let triggers =
        |w: &str| gazetteer.triggers(gazetteer::first_word_key(w), normalize::hash_exact(w));
    word.starts_with('و')
        && folded.chars().count() == 3
        && triggers(&folded) == 0
        && gazetteer.known(gazetteer::first_word_key(&folded)) == 0
        && folded
            .strip_prefix('و')
            .is_some_and(|rest| triggers(rest) & gazetteer::TRIGGER_GIVEN != 0)
}

/// Words that open a page's line of buttons to share it or follow its site
/// (folded), before a colon: شارك: فيسبوك - تويتر، شارك المقال: …، تابعونا
/// على: ….
const SHARE_CUES: &[&str] = &["شارك", "شاركوا", "انشر", "مشاركه", "تابعونا", "تابعنا"];

/// Tokens of a line of buttons at most: a cue, a colon and a handful of sites.
const SHARE_LINE_TOKENS: usize = 24;

/// The names of a short line of buttons (one of [`SHARE_CUES`] where a line
/// opens, a colon within its next three words) are the page's, not the
/// article's: no mentions. شارك الرئيس في القمة is a sentence, and keeps its.
fn share_lines(words: &[Vec<&str>], tagged: &mut [tagger::Tagged], line_starts: &[bool]) {
    for (si, t) in tagged.iter_mut().enumerate() {
        let w = &words[si];
        if !line_starts[si] || w.len() > SHARE_LINE_TOKENS || !t.labels.iter().any(|&l| l != 0) {
            continue;
        }
        let Some(first) = w.first() else {
            continue;
        };
        let colon = w.iter().skip(1).take(3).any(|&x| x == ":");
        let folded = normalize::normalize(first);
        let bare = folded.strip_prefix('و').unwrap_or(&folded);
        if colon && SHARE_CUES.contains(&bare) {
            t.labels.fill(0);
        }
    }
}

/// How many leading code points of a name's first word are a proclitic to leave
/// out of the mention. The tagger's analysis strips و، ف، ب، ل، ك whenever the rest
/// is a word it knows, which cuts names that begin with those letters (فيصل is
/// not ف + يصل, فاس not ف + اس): a whole word that is a name in the lists keeps
/// its first letter unless the rest is a name too (بمصر, listed as written, is
/// still ب + مصر), and so does a word that would be left with fewer than three
/// letters (but for a conjunction before a preposition: وبحر is و + بحر), and
/// a word that heads a body's or a state's name (بلدية، ولاية).
/// A tatweel after the clitic (لـبي بي سي) goes with it. A person's
/// name also keeps the letters from which the lists know it as a given or
/// family name (وليد is not و + ليد), and a ك.
fn clitic_skip(word: &str, clitic: usize, kind: Kind, gazetteer: &Gazetteer) -> usize {
    // لـهسبريس، بـالقاهرة: a writer's tatweel after a proclitic sets it
    // apart from a name the analysis may not know; not where tatweels
    // stretch the whole word (فـلـسـطـيـن) or the word is a name whole.
    let mut chars = word.chars();
    if let (Some('و' | 'ف' | 'ب' | 'ل' | 'ك'), Some('\u{0640}')) = (chars.next(), chars.next())
    {
        let tatweels = 1 + chars.clone().take_while(|&c| c == '\u{0640}').count();
        let rest = chars.skip(tatweels - 1);
        let folded = normalize::normalize(word);
        let whole_name = gazetteer.is_listed_name(&folded);
        if !whole_name && rest.clone().count() >= 2 && !rest.clone().any(|c| c == '\u{0640}') {
            return 1 + tatweels;
        }
    }
    if clitic == 0 && kind == Kind::Location {
        return listed_after_clitic(word, gazetteer);
    }
    let skip = clitic_skip_any(word, clitic, gazetteer);
    if kind == Kind::Person {
        // Many foreign names begin with ك (كايا، كوفي): it stays, after و or
        // alone, but before the article (كالزبيدي, like al-Zubaidi)...
        let rest: String = word.chars().skip(skip).collect();
        let rest_folded = normalize::normalize(&rest);
        // ... nor before a name of four letters or more that the lists know
        // (كميسي، كأردوغان: like Messi), or عبد (كعبد الناصر); كايا is not
        // like ايا.
        let listed = gazetteer.is_listed_name(&rest_folded);
        let like = rest_folded.starts_with("ال")
            || listed && rest_folded.chars().count() >= 4
            || matches!(rest_folded.as_str(), "عبد" | "ابو" | "ابن" | "بن");
        let skip = if skip > 0 && word.chars().nth(skip - 1) == Some('ك') && !like {
            skip - 1
        } else {
            skip
        };
        gazetteer.given_name_from(word, skip)
    } else {
        skip
    }
}

/// The letters to leave out of a place of several words (their analyses
/// `infos`, the first one `first`), whose first word's letters `skip` would
/// leave out: none when the words read whole are a major place of the lists
/// (بيونغ يانغ, read as ب + a name); a proclitic the analysis did not cut
/// when the rest and the words after it are a listed place (لتل أبيب، برام
/// الله); else `skip`.
fn place_phrase_skip(
    gazetteer: &Gazetteer,
    first: &str,
    infos: &[TokenInfo],
    skip: usize,
) -> usize {
    let folded = normalize::normalize(first);
    let mut norms: Vec<u64> = infos.iter().map(|i| i.norm).collect();
    let whole = |norms: &[u64], major: bool| {
        let end = if major {
            gazetteer.whole_word_place(norms, 0)
        } else {
            gazetteer.listed_place(norms, 0)
        };
        end == Some(norms.len())
    };
    if skip > 0 {
        return if whole(&norms, true) { 0 } else { skip };
    }
    norms[0] = gazetteer::first_word_key(&folded);
    if whole(&norms, false) {
        return 0;
    }
    for clitic in PROCLITICS {
        let Some(rest) = folded.strip_prefix(clitic) else {
            continue;
        };
        let n = clitic.chars().count();
        let raw: String = first.chars().take(n).collect();
        if rest.chars().count() < 2 || raw != *clitic {
            continue;
        }
        norms[0] = gazetteer::first_word_key(rest);
        if whole(&norms, false) {
            return n;
        }
    }
    0
}

/// A name's first word written ل + ل…, `skip` code points of it already
/// left out: the preposition before a name (للبنان، للندن) or before the
/// article, whose alef is then dropped (للأمم، لليمن، للقدس, and with harakat
/// or a tatweel: لِلأُمَم، لـلأمم), as the word's analysis read it
/// (`definite`); before a word that begins with ل the article is dropped
/// whole, which a head before a definite adjective (`next`) shows: للجنة
/// الدولية is ل + اللجنة. `Some` of the code points to leave out besides
/// `skip` (the first ل and the harakat or tatweels on it, unless `skip` left
/// them out) and what the name takes back; `None` for a word too short to
/// hold both (للا, a Moroccan title, and لله) or no such word.
fn lam_before_name(
    word: &str,
    skip: usize,
    definite: bool,
    next: Option<&str>,
) -> Option<(usize, &'static str)> {
    let marks = |c: char| matches!(c, '\u{064B}'..='\u{065F}' | '\u{0670}' | 'ـ');
    let letter = |c: char| ('\u{0621}'..='\u{064A}').contains(&c);
    let skipped: String = word.chars().take(skip).filter(|&c| !marks(c)).collect();
    let rest: Vec<char> = word.chars().skip(skip).collect();
    // Past the first ل when `skip` stopped before it.
    let extra = if skipped.ends_with('ل') {
        0
    } else if rest.first() == Some(&'ل') {
        1 + rest[1..].iter().take_while(|&&c| marks(c)).count()
    } else {
        return None;
    };
    let name: String = rest[extra..].iter().collect();
    // (العربية.نت: a site's dot.)
    if !name.starts_with('ل')
        || name.chars().filter(|&c| letter(c)).count() < 3
        || !name.chars().all(|c| letter(c) || marks(c) || c == '.')
    {
        return None;
    }
    let article = if definite {
        "ا"
    } else if next.is_some_and(|w| chains::definite_nisba(&normalize::normalize(w)))
        && chains::heads_a_name(&normalize::normalize(&name))
    {
        "ال"
    } else {
        ""
    };
    Some((extra, article))
}

/// Whether a word opens a site's name, after و or ف and ب or ل (وبمعبر،
/// بحر).
fn opens_a_site_after_proclitics(word: &str) -> bool {
    let folded = normalize::normalize(word);
    let rest = folded.strip_prefix(['و', 'ف']).unwrap_or(&folded);
    chains::opens_a_site(rest)
        || rest
            .strip_prefix(['ب', 'ل'])
            .is_some_and(chains::opens_a_site)
}

/// [`clitic_skip`] for a name of any kind.
fn clitic_skip_any(word: &str, clitic: usize, gazetteer: &Gazetteer) -> usize {
    if clitic == 0 {
        return 0;
    }
    let folded = normalize::normalize(word);
    if chains::heads_a_name(&folded) {
        return 0;
    }
    // وبلدية is و + بلدية, not و + ب + لدية.
    if clitic == 2
        && word.starts_with(['و', 'ف'])
        && folded
            .strip_prefix(['و', 'ف'])
            .is_some_and(chains::heads_a_name)
    {
        return 1;
    }
    let rest: String = word.chars().skip(clitic).collect();
    let letters = rest
        .chars()
        .filter(|&c| ('\u{0621}'..='\u{064A}').contains(&c))
        .count();
    let rest_folded = normalize::normalize(&rest);
    let rest_is_name = gazetteer.is_listed_name(&rest_folded);
    // وائل is a name whole; وادي (a valley) and فخور (proud) are words whole,
    // not و + ادي or ف + خور.
    let exact = normalize::hash_exact(&folded);
    if gazetteer.is_listed_name(&folded) && !rest_is_name || gazetteer.is_common(exact) {
        return 0;
    }
    if letters < 3 {
        // وبحر is و + بحر, not و + ب + حر: a conjunction before a
        // preposition the analysis also took leaves a word of its own.
        let conjunction = clitic == 2 && word.starts_with(['و', 'ف']);
        return if conjunction && letters + 1 >= 3 {
            1
        } else {
            0
        };
    }
    clitic + rest.chars().take_while(|&c| c == '\u{0640}').count()
}

/// Proclitics the tagger's analysis may have left on a word it knew whole
/// (وليبيا، ولبغداد): a conjunction, a preposition, or both.
const PROCLITICS: [&str; 11] = ["وب", "ول", "وك", "فب", "فل", "فك", "و", "ف", "ب", "ل", "ك"];

/// The letters to leave out of a place whose first word the analysis did not
/// cut: a proclitic of [`PROCLITICS`] before a rest of three letters or more
/// that the lists know as a name or the start of one, when the whole word is
/// no name (وليبيا → ليبيا; وائل and بلال stay whole).
fn listed_after_clitic(word: &str, gazetteer: &Gazetteer) -> usize {
    let folded = normalize::normalize(word);
    if !PROCLITICS.iter().any(|p| folded.starts_with(p))
        || chains::heads_a_name(&folded)
        || gazetteer.is_listed_name(&folded)
        // وادي بني خالد: a word general Arabic uses whole (a valley).
        || gazetteer.is_common(normalize::hash_exact(&folded))
        || !word.starts_with(|c: char| folded.starts_with(c))
    {
        return 0;
    }
    // ومعبر رفح، وشارع الحمرا: the conjunction before a head that opens the
    // place's name.
    if let Some(rest) = folded.strip_prefix(['و', 'ف']) {
        if chains::opens_a_site(rest) && word.starts_with(['و', 'ف']) {
            return 1;
        }
    }
    for clitic in PROCLITICS {
        let Some(rest) = folded.strip_prefix(clitic) else {
            continue;
        };
        let bare = rest.strip_prefix("ال").unwrap_or(rest);
        if bare.chars().count() >= 3
            && gazetteer.opens_name(gazetteer::first_word_key(rest), normalize::hash_exact(rest))
        {
            // The raw word begins with the same letters (folding keeps
            // proclitics); harakat on them would make the count wrong, so
            // such a word keeps them.
            let n = clitic.chars().count();
            let raw: String = word.chars().take(n).collect();
            return if raw == *clitic { n } else { 0 };
        }
    }
    0
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn persian_and_urdu_sentences_are_told_from_arabic_ones() {
        let words = |s: &'static str| s.split(' ').collect::<Vec<_>>();
        assert!(written_in_persian(&words(
            "مسعود پزشکیان روز دوشنبه در تهران گفت که ما به دنبال گفت‌وگو هستیم"
        )));
        assert!(written_in_persian(&words(
            "وزیر اعظم پاکستان شہباز شریف نے کہا"
        )));
        // Persian without its own letters, told by its words.
        assert!(written_in_persian(&words(
            "وزیر خارجه ایران روز دوشنبه در تهران گفت که مذاکرات ادامه دارد"
        )));
        assert!(written_in_persian(&words(
            "وزیر خارجه ایران روز دوشنبه در تهران اعلام کرد مذاکرات ادامه دارد"
        )));
        // One foreign name spelt with گ in an Arabic sentence.
        assert!(!written_in_persian(&words(
            "وقال المدير التنفيذي لشركة گوگل إن الشركة ستفتتح مكتبا في دبي"
        )));
        assert!(!written_in_persian(&words(
            "قال الرئيس إن الحكومة ستواصل العمل"
        )));
        // Arabic spelt with ی and ک, as outlets in Iran write it.
        assert!(!written_in_persian(&words(
            "وقال وزیر الخارجیة الإیرانی عباس عراقجی فی طهران إن المحادثات مع الوکالة الدولیة للطاقة الذریة ستستمر"
        )));
    }

    #[test]
    fn a_clitic_is_left_out_unless_the_whole_word_is_a_name() {
        let g = Gazetteer::builtin();
        assert_eq!(clitic_skip_any("فيصل", 1, &g), 0);
        assert_eq!(clitic_skip_any("بغداد", 1, &g), 0);
        assert_eq!(clitic_skip_any("لكازاخستان", 1, &g), 1);
        assert_eq!(clitic_skip_any("بمصر", 1, &g), 1);
        // Fewer than three letters left: واس is a name, not و + اس.
        assert_eq!(clitic_skip_any("واس", 1, &g), 0);
        // The tatweel after the clitic goes with it.
        assert_eq!(clitic_skip_any("لـبيروت", 1, &g), 2);
        assert_eq!(clitic_skip_any("مصر", 0, &g), 0);
        // و + ب + حر leaves too little: the conjunction alone goes.
        assert_eq!(clitic_skip_any("وبحر", 2, &g), 1);
        assert_eq!(clitic_skip_any("وبه", 2, &g), 0);
        // A conjunction before a word that heads a name: و + بلدية.
        assert_eq!(clitic_skip_any("وبلدية", 2, &g), 1);
        // Left on by the analysis: taken off when the rest is a listed name or
        // the start of one and the whole word is none.
        let place = |w: &str| clitic_skip(w, 0, Kind::Location, &g);
        assert_eq!(place("وليبيا"), 1);
        assert_eq!(place("وبغداد"), 1);
        assert_eq!(place("ولبغداد"), 2);
        assert_eq!(place("لبنان"), 0);
        assert_eq!(place("بيروت"), 0);
        // Only places: وكالة is no و + كالة, وائل no و + ائل.
        assert_eq!(clitic_skip("وكالة", 0, Kind::Organization, &g), 0);
        assert_eq!(clitic_skip("وائل", 0, Kind::Person, &g), 0);
        // A person's name keeps a ك, but for ك before the article.
        assert_eq!(clitic_skip("كايا", 1, Kind::Person, &g), 0);
        assert_eq!(clitic_skip("وكايا", 2, Kind::Person, &g), 1);
        assert_eq!(clitic_skip("كالزبيدي", 1, Kind::Person, &g), 1);
        assert_eq!(clitic_skip("كأردوغان", 1, Kind::Person, &g), 1);
        assert_eq!(clitic_skip("كعبد", 1, Kind::Person, &g), 1);
        assert_eq!(clitic_skip("كألمانيا", 1, Kind::Location, &g), 1);
        // A word that heads a body's or a state's name is whole: بلدية is no
        // ب + لدية, ولاية no و + لاية.
        assert_eq!(clitic_skip("بلدية", 1, Kind::Organization, &g), 0);
        assert_eq!(place("ولاية"), 0);
        // A writer's tatweel sets the proclitic apart whatever the analysis
        // did, but not tatweels that stretch a name or one after a name's
        // own first letter.
        assert_eq!(clitic_skip("لـهسبريس", 0, Kind::Organization, &g), 2);
        assert_eq!(clitic_skip("بـ", 0, Kind::Organization, &g), 0);
        assert_eq!(clitic_skip("فـلـسـطـيـن", 1, Kind::Location, &g), 0);
        assert_eq!(clitic_skip("بـيـروت", 1, Kind::Location, &g), 0);
        assert_eq!(clitic_skip("فـلسطين", 1, Kind::Location, &g), 0);
    }

    fn tagged(words: &[&str], labels: &[u8], triggers: &[u8]) -> tagger::Tagged {
        let infos = words
            .iter()
            .zip(triggers)
            .map(|(w, &triggers)| TokenInfo {
                stem: normalize::hash_word(&normalize::normalize(w)),
                triggers,
                ..TokenInfo::default()
            })
            .collect();
        tagger::Tagged {
            infos,
            labels: labels.to_vec(),
        }
    }

    #[test]
    fn a_lone_common_word_is_no_person_without_evidence() {
        let g = Gazetteer::builtin();
        let lone = |sentences: &[(&[&str], &[u8], &[u8])]| -> Vec<Vec<u8>> {
            let words: Vec<Vec<&str>> = sentences.iter().map(|s| s.0.to_vec()).collect();
            let mut t: Vec<_> = sentences.iter().map(|s| tagged(s.0, s.1, s.2)).collect();
            lone_common_names(&words, &mut t, &g);
            t.into_iter().map(|t| t.labels).collect()
        };
        // "The situation is safe", and a line that is the one word آمنة.
        assert_eq!(lone(&[(&["الأوضاع", "آمنة"], &[0, 1], &[0, 0])]), [[0, 0]]);
        assert_eq!(lone(&[(&["آمنة"], &[1], &[0])]), [[0]]);
        assert_eq!(lone(&[(&["نور", "الشمس"], &[1, 0], &[0, 0])]), [[0, 0]]);
        // Beside a speech verb or after a title it is a name (وقال كريم).
        let speech = gazetteer::TRIGGER_SPEECH;
        assert_eq!(
            lone(&[(&["وقال", "كريم", "إن"], &[0, 1, 0], &[speech, 0, 0])]),
            [[0, 1, 0]]
        );
        // With the conjunction on the verb, which the analysis may keep.
        assert_eq!(
            lone(&[(&["وأكد", "جميل", "أن"], &[0, 1, 0], &[0, 0, 0])]),
            [[0, 1, 0]]
        );
        // So it is when the text names that person in full elsewhere.
        assert_eq!(
            lone(&[
                (
                    &["وقالت", "آمنة", "بن", "خليل"],
                    &[0, 1, 2, 2],
                    &[0, 0, 0, 0]
                ),
                (&["وأضافت", "آمنة"], &[0, 1], &[0, 0]),
            ]),
            [vec![0, 1, 2, 2], vec![0, 1]]
        );
        // A name that is no common word stays: وصل بايدن.
        assert_eq!(lone(&[(&["وصل", "بايدن"], &[0, 1], &[0, 0])]), [[0, 1]]);
    }
}
