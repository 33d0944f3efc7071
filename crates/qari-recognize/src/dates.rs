//! Dates and times, by rule.
//!
//! Arabic news writes dates in a few fixed ways, in Western or Arabic-Indic digits:
//! a day and a month name and perhaps a year (6 يناير 2022، ٦ كانون الثاني ٢٠٢٢),
//! a weekday before it (الخميس 6 يناير), numeric dates (06/01/2022), a year after
//! عام or سنة, and times (08:13 م، الساعة 10:30 صباحا). Month names come in four
//! calendars: MSA (يناير), Levantine/Iraqi (كانون الثاني, as in CLDR's ar_IQ), Maghrebi
//! (جانفي, as in CLDR's ar_DZ) and Hijri. Names that are also ordinary words (آب,
//! رمضان, the weekday الأحد "the one") count only beside a day, a year, يوم or شهر.
//! Levantine and Gulf papers give a month in two calendars at once
//! (14 شباط/فبراير 2024، أيار (مايو) الماضي): one date. A word for the day
//! or its part before a weekday (أمس الثلاثاء، مساء الجمعة، ليلة الأحد)
//! belongs to it and makes even an ambiguous weekday a date.

use super::features::TokenInfo;
use super::normalize::{hash_word, normalize, HashKeyed};
use super::tokenize::Token;
use super::{Kind, RawMention};

/// Months safe on their own; the rest need a day, a year or شهر beside them.
const MONTHS_ALONE: &str = "يناير فبراير أبريل ابريل إبريل مايو يونيو يونيه يوليو يوليه أغسطس اغسطس سبتمبر أكتوبر اكتوبر نوفمبر ديسمبر جانفي فيفري أفريل جوان جويلية أوت \
    كانون_الثاني كانون_الأول تشرين_الأول تشرين_الثاني ربيع_الأول ربيع_الثاني ربيع_الآخر جمادى_الأولى جمادى_الآخرة جمادى_الثانية ذو_القعدة ذو_الحجة ذي_القعدة ذي_الحجة";
const MONTHS_CONTEXT: &str =
    "مارس ماي شباط آذار نيسان أيار حزيران تموز آب أيلول محرم صفر رجب شعبان رمضان شوال";
const WEEKDAYS_ALONE: &str = "الثلاثاء الأربعاء الخميس";
const WEEKDAYS_CONTEXT: &str = "الأحد الاثنين الإثنين الجمعة السبت";

/// Whether a folded word without the article names a day of the week (سبت،
/// اثنين): the weekdays above, read as the rules fold words.
pub(crate) fn is_weekday(bare: &str) -> bool {
    [WEEKDAYS_ALONE, WEEKDAYS_CONTEXT]
        .iter()
        .flat_map(|days| days.split(' '))
        .any(|day| normalize(day).strip_prefix("ال") == Some(bare))
}

/// A day of the month as an ordinal, before من and the month (الأول من يناير،
/// الحادي عشر من سبتمبر، الحادي والعشرين من مارس); the second words of the
/// compound ones are [`ORDINAL_TENS`].
const ORDINALS: &str =
    "الأول الثاني الثالث الرابع الخامس السادس السابع الثامن التاسع العاشر الحادي العشرين الثلاثين";
const ORDINAL_TENS: [&str; 3] = ["عشر", "والعشرين", "والثلاثين"];
/// Heads of places named for a date (مدينة السادس من أكتوبر), folded.
const PLACES_NAMED_FOR_DAYS: [&str; 9] = [
    "جامعه",
    "مدينه",
    "حي",
    "شارع",
    "ميدان",
    "جسر",
    "كوبري",
    "محطه",
    "منطقه",
];
const ERA: &str = "م هـ ه ميلادي ميلادية هجري هجرية للميلاد للهجرة";
const DAY_PART: &str = "م ص صباحا صباحاً مساء مساءً ظهرا ظهراً فجرا فجراً ليلا ليلاً";
/// Words that name a day or its part before a weekday (أمس الثلاثاء، مساء الجمعة).
const BEFORE_WEEKDAY: &str = "أمس اليوم غدا غداً صباح مساء ظهر عصر فجر ليلة";
const PROCLITICS: [&str; 5] = ["", "و", "ب", "ل", "ف"];

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Word {
    /// A month name's first word (`words` words long), safe alone or not.
    Month {
        words: u8,
        alone: bool,
    },
    Weekday {
        alone: bool,
    },
    Era,
    DayPart,
    Day,
    Year,
    Hour,
    Neighbour,
    /// A day or part of one, before a weekday only (أمس، مساء، ليلة).
    BeforeWeekday,
    /// A day of the month as an ordinal (الأول، العاشر), before من and a month.
    Ordinal,
}

/// Word lists for dates, keyed by hashes of folded words.
#[derive(Debug, Clone)]
pub(crate) struct DateWords {
    /// Word kind, proclitic letters, and the hash of the word without them.
    first: HashKeyed<(Word, u8, u64)>,
    second: HashKeyed<()>,
}

impl Default for DateWords {
    fn default() -> Self {
        Self::new()
    }
}

impl DateWords {
    pub(crate) fn new() -> Self {
        let mut first = HashKeyed::default();
        let mut second = HashKeyed::default();
        let mut add = |list: &str, word: fn(u8, bool) -> Word, alone: bool| {
            for entry in list.split_whitespace() {
                let words: Vec<String> = entry.split('_').map(normalize).collect();
                for (clitics, p) in PROCLITICS.iter().enumerate() {
                    let w = word(words.len() as u8, alone);
                    let base = hash_word(&words[0]);
                    first.insert(
                        hash_word(&format!("{p}{}", words[0])),
                        (w, clitics.min(1) as u8, base),
                    );
                }
                if let Some(w2) = words.get(1) {
                    second.insert(hash_word(&words[0]) ^ hash_word(w2).rotate_left(7), ());
                }
            }
        };
        add(
            MONTHS_ALONE,
            |words, alone| Word::Month { words, alone },
            true,
        );
        add(
            MONTHS_CONTEXT,
            |words, alone| Word::Month { words, alone },
            false,
        );
        add(WEEKDAYS_ALONE, |_, alone| Word::Weekday { alone }, true);
        add(WEEKDAYS_CONTEXT, |_, alone| Word::Weekday { alone }, false);
        for (list, w) in [(ERA, Word::Era), (DAY_PART, Word::DayPart)] {
            for e in list.split_whitespace() {
                let h = hash_word(&normalize(e));
                first.entry(h).or_insert((w, 0, h));
            }
        }
        for e in BEFORE_WEEKDAY.split_whitespace() {
            for (clitics, p) in PROCLITICS.iter().enumerate() {
                let base = hash_word(&normalize(e));
                let h = hash_word(&normalize(&format!("{p}{e}")));
                first
                    .entry(h)
                    .or_insert((Word::BeforeWeekday, clitics.min(1) as u8, base));
            }
        }
        for e in ORDINALS.split_whitespace() {
            let h = hash_word(&normalize(e));
            first.entry(h).or_insert((Word::Ordinal, 0, h));
        }
        for (e, w) in [
            ("يوم", Word::Day),
            (
                "شهر",
                Word::Month {
                    words: 0,
                    alone: false,
                },
            ),
            ("عام", Word::Year),
            ("العام", Word::Year),
            ("سنة", Word::Year),
            ("الساعة", Word::Hour),
            ("الماضي", Word::Neighbour),
            ("المقبل", Word::Neighbour),
            ("القادم", Word::Neighbour),
            ("الموافق", Word::Neighbour),
        ] {
            let h = hash_word(&normalize(e));
            first.insert(h, (w, 0, h));
        }
        Self { first, second }
    }

    fn word(&self, info: Option<&TokenInfo>) -> Option<Word> {
        info.and_then(|i| self.first.get(&i.norm)).map(|e| e.0)
    }

    /// Every date and time in the text, as whole-token mentions.
    pub(crate) fn find(
        &self,
        text: &str,
        tokens: &[Token],
        infos: &[TokenInfo],
    ) -> Vec<RawMention> {
        let mut out = Vec::new();
        let mut i = 0;
        // A date ends with its line: بوابة أخبار اليوم | الخميس، 6 يناير.
        let mut line_end = 0;
        while i < tokens.len() {
            if line_end <= i {
                line_end = i + 1;
                while line_end < tokens.len() && !tokens[line_end].after_newline {
                    line_end += 1;
                }
            }
            match self.match_at(text, &tokens[..line_end], &infos[..line_end], i) {
                // مدينة العاشر من رمضان، ميدان السادس من أكتوبر: a place
                // named for the day is no date, nor is its month.
                Some(end) if self.names_a_place(text, tokens, infos, i) => i = end,
                Some(end) => {
                    let skip = self
                        .first
                        .get(&infos[i].norm)
                        .map_or(0, |e| usize::from(e.1));
                    out.push(RawMention::of_tokens(
                        Kind::Date,
                        text,
                        tokens,
                        i..end,
                        skip,
                    ));
                    i = end;
                }
                None => i += 1,
            }
        }
        out
    }

    /// The date at token `i` opens with an ordinal day after the head of a
    /// place's name (مدينة، ميدان، شارع): the place is named for the day.
    fn names_a_place(&self, text: &str, tokens: &[Token], infos: &[TokenInfo], i: usize) -> bool {
        i > 0
            && self.word(infos.get(i)) == Some(Word::Ordinal)
            && PLACES_NAMED_FOR_DAYS.contains(
                &normalize(tokens[i - 1].text(text)).trim_start_matches(['و', 'ب', 'ل', 'ف']),
            )
    }

    /// End of the date expression starting at token `i`, if one does.
    fn match_at(
        &self,
        text: &str,
        tokens: &[Token],
        infos: &[TokenInfo],
        i: usize,
    ) -> Option<usize> {
        let num = |j: usize| -> Option<Number> { tokens.get(j).and_then(|t| number(t.text(text))) };
        let word = |j: usize| self.word(infos.get(j));
        // A token with no digit at all (shape 1 and 2 have one) starts with none.
        let starts = matches!(infos[i].shape, 1 | 2)
            && tokens[i].text(text).starts_with(super::tokenize::is_digit);
        if !starts && !self.first.contains_key(&infos[i].norm) {
            return None;
        }
        let mut j = i;
        let mut core = false;
        // مساء الجمعة، أمس الثلاثاء: the word says the weekday is a day.
        let day_word = matches!(word(j), Some(Word::BeforeWeekday | Word::DayPart));
        if day_word && matches!(word(j + 1), Some(Word::Weekday { .. })) {
            j += 1;
        } else if word(j) == Some(Word::BeforeWeekday) {
            return None;
        }
        let after_day = j > i || word(j) == Some(Word::Day);
        if after_day
            && (matches!(word(j + 1), Some(Word::Weekday { .. }))
                || num(j + 1) == Some(Number::Small))
        {
            j += 1;
        }
        if let Some(Word::Weekday { alone }) = word(j) {
            j += 1;
            if alone || after_day || word(j) == Some(Word::Neighbour) {
                core = true;
            }
            if word(j) == Some(Word::Neighbour) {
                j += 1;
            }
            if tokens
                .get(j)
                .is_some_and(|t| matches!(t.text(text), "،" | ","))
                && num(j + 1).is_some()
            {
                j += 1;
            }
        }
        let one_month_end = |j: usize| -> Option<(usize, bool)> {
            match word(j)? {
                Word::Month { words: 1, alone } => Some((j + 1, alone)),
                Word::Month { words: 2, alone } => {
                    let base = self.first.get(&infos.get(j)?.norm)?.2;
                    let norm2 = infos.get(j + 1)?.norm;
                    self.second
                        .contains_key(&(base ^ norm2.rotate_left(7)))
                        .then_some((j + 2, alone))
                }
                _ => None,
            }
        };
        let tok = |j: usize| tokens.get(j).map(|t| t.text(text));
        // شباط/فبراير، أيار (مايو): a month named in two calendars.
        let month_end = |j: usize| -> Option<(usize, bool)> {
            let (end, alone) = one_month_end(j)?;
            let (open, close) = match tok(end) {
                Some("/") => (end + 1, None),
                Some("(") => (end + 1, Some(")")),
                _ => return Some((end, alone)),
            };
            match one_month_end(open) {
                Some((end2, alone2)) if close.is_none() => Some((end2, alone || alone2)),
                Some((end2, alone2)) if tok(end2) == close => Some((end2 + 1, alone || alone2)),
                _ => Some((end, alone)),
            }
        };
        // الأول من يناير، الحادي عشر من سبتمبر: an ordinal day, من, a month.
        // (Not the ordinal of a noun: الأسبوع الأول من مارس، النصف الثاني من
        // يونيو.)
        let of_a_noun = j == i
            && i > 0
            && infos[i - 1].definite
            && !matches!(word(i - 1), Some(Word::Weekday { .. } | Word::Day));
        let ordinal_month = (word(j) == Some(Word::Ordinal) && !of_a_noun)
            .then(|| {
                let tens = tok(j + 1).is_some_and(|t| ORDINAL_TENS.contains(&t));
                let from = j + 1 + usize::from(tens);
                (tok(from) == Some("من")).then(|| month_end(from + 1))?
            })
            .flatten();
        if let (Some(Number::Small), Some((end, _))) = (num(j), month_end(j + 1)) {
            j = end;
            core = true;
        } else if let Some((end, _)) = ordinal_month {
            j = end;
            core = true;
        } else if let Some((end, alone)) = month_end(j) {
            let after_month = i > 0 && matches!(word(i - 1), Some(Word::Month { words: 0, .. }));
            if alone || after_month || num(end) == Some(Number::Year) {
                j = end;
                core = true;
            }
        } else if num(j) == Some(Number::Date) {
            j += 1;
            core = true;
        } else if num(j) == Some(Number::YearEra) {
            // 1346هـ: a year that says its era is a date on its own.
            return Some(j + 1);
        } else if num(j) == Some(Number::Year) && word(j + 1) == Some(Word::Era) {
            return Some(j + 2);
        } else if word(j) == Some(Word::Year)
            && matches!(num(j + 1), Some(Number::Year | Number::YearEra))
            && !core
        {
            if num(j + 1) == Some(Number::YearEra) {
                return Some(j + 2);
            }
            j += 2;
            if word(j) == Some(Word::Era) {
                j += 1;
            }
            return Some(j);
        }
        if core && num(j) == Some(Number::YearEra) {
            j += 1;
        } else if core && num(j) == Some(Number::Year) {
            j += 1;
            if word(j) == Some(Word::Era) {
                j += 1;
            }
        } else if core
            && word(j) == Some(Word::Neighbour)
            && word(j - 1) != Some(Word::Neighbour)
            && tok(j) != Some("الموافق")
        {
            // يناير المقبل، 6 مارس الماضي: the month's year said in words.
            j += 1;
        }
        // A time, on its own or after the date.
        let k = if word(j) == Some(Word::Hour) {
            j + 1
        } else {
            j
        };
        if num(k) == Some(Number::Time) {
            j = k + 1;
            core = true;
            if matches!(word(j), Some(Word::DayPart | Word::Era)) {
                j += 1;
            }
        }
        core.then_some(j)
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Number {
    /// 1-31: a day of the month.
    Small,
    /// 3-4 digits: a year.
    Year,
    /// A year with its era written on it: 1346هـ، 2022م.
    YearEra,
    Time,
    Date,
    Other,
}

fn number(token: &str) -> Option<Number> {
    let first = token.chars().next()?;
    if !super::tokenize::is_digit(first) {
        return None;
    }
    let t = normalize(token);
    let digits = |s: &str| !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit());
    if let Some(year) = t.strip_suffix('ه').or_else(|| t.strip_suffix('م')) {
        let v: u32 = year.parse().unwrap_or(0);
        if digits(year) && (3..=4).contains(&year.len()) && (500..=2200).contains(&v) {
            return Some(Number::YearEra);
        }
    }
    if digits(&t) {
        let v: u32 = t.parse().unwrap_or(0);
        return Some(match t.len() {
            1 | 2 if (1..=31).contains(&v) => Number::Small,
            3 | 4 if (500..=2200).contains(&v) => Number::Year,
            _ => Number::Other,
        });
    }
    let parts: Vec<&str> = t.split([':', '/', '-', '.']).collect();
    if parts.iter().all(|p| digits(p)) {
        if t.contains(':') && parts.len() == 2 && parts[0].len() <= 2 && parts[1].len() == 2 {
            return Some(Number::Time);
        }
        if parts.len() == 3 && (parts[0].len() == 4 || parts[2].len() == 4) {
            return Some(Number::Date);
        }
    }
    Some(Number::Other)
}
