//! A speaker called by a title: the entity named before whose title holds
//! the same words (الرئيس after الرئيس عبد الفتاح السيسي), the words that
//! title a name before it and in apposition after it, and a surname the
//! tagger cut short; the title's own reading, apart from who spoke.

use crate::chains::definite_nisba;
use crate::features::TokenInfo;
use crate::gazetteer::TRIGGER_TITLE;
use crate::normalize::{hash_word, normalize};
use crate::quotes::{has_article, Context};
use crate::{Kind, RawMention};

use super::TITLE_WORDS;

/// How many names back a title may refer.
const TITLE_LOOK_BACK: usize = 200;

/// How many words a title in apposition after a name may have.
const APPOSITION_TITLE: usize = 10;

/// Whether a word of a name's title is the word whose stem is `stem`: by its
/// own stem, or whole where the analysis took a letter of it for a
/// proclitic (والي, a governor, read as و + الي).
fn same_word(title: &TokenInfo, stem: u64) -> bool {
    title.stem == stem || title.norm == stem
}

/// Titles that name one office (folded, without the article, by hash), and
/// the other words that name it: a coach is called مدرب, مدير فني or, in the
/// Maghreb, ناخب (a national side's); the writer (الكاتب) is whoever the text
/// said wrote (كتب فلان مقالا، بقلم فلان).
const OFFICES: [(u64, &[&[u64]]); 2] = [
    (
        hash_word("مدرب"),
        &[&[hash_word("مدير"), hash_word("فني")], &[hash_word("ناخب")]],
    ),
    (
        hash_word("كاتب"),
        &[
            &[hash_word("كتب")],
            &[hash_word("كتبت")],
            &[hash_word("بقلم")],
        ],
    ),
];

impl Context<'_> {
    /// The person or organisation a short definite description refers back to:
    /// the last one named before it whose title holds the same words (الرئيس
    /// after الرئيس عبد الفتاح السيسي, الوزارة after وزارة الصحة), so that a
    /// speaker called by title alone is still the entity it names.
    pub(in crate::quotes) fn titled_entity(&self, described: &RawMention) -> Option<usize> {
        let mut words = described.tokens.clone();
        // (An honorific before the title is none of its words: سعادة وزير
        // المواصلات; a lone one stays.)
        words.start = self
            .past_honorifics(words.clone())
            .min(words.end.saturating_sub(1))
            .max(words.start);
        if words.len() == 1 {
            if let Some(person) = self.surname_of(words.start) {
                return Some(person);
            }
        }
        let definite = words
            .clone()
            .take(2)
            .any(|k| has_article(&normalize(self.word(k))));
        if words.len() > TITLE_WORDS || !definite || words.clone().any(|k| !self.is_word(k)) {
            return None;
        }
        // (المدرب الجديد: "new" says the person took the office of late, as
        // the text told where it named them, المدرب الكرواتي فلان.)
        let new = |k: usize| matches!(normalize(self.word(k)).as_str(), "الجديد" | "الجديده");
        let stems: Vec<u64> = words
            .clone()
            .filter(|&k| k == words.start || !new(k))
            .map(|k| self.infos[k].stem)
            .collect();
        let holds = |r: std::ops::Range<usize>| {
            stems
                .iter()
                .all(|s| r.clone().any(|k| self.title_word_at(k, r.end, *s)))
        };
        self.starting_in(0..words.start)
            .iter()
            .rev()
            .take(TITLE_LOOK_BACK)
            .find(|(start, i)| {
                let m = &self.mentions[*i];
                match m.kind {
                    // The title stands just before the name, in its sentence,
                    // or in apposition after it (الدكتور خالد عبد الغفار، نائب
                    // رئيس الوزراء وزير الصحة،).
                    // (Each window is first read at the widest it may be, a
                    // few tokens: most names hold no such title, and finding
                    // its exact bounds costs more.)
                    Kind::Person => {
                        let lower = start.saturating_sub(stems.len() + 4);
                        let end = m.tokens.end;
                        let widest_after = end..(end + 1 + APPOSITION_TITLE).min(self.tokens.len());
                        holds(lower..*start) && holds(self.title_before(lower, *start)..*start)
                            || holds(widest_after) && holds(self.apposition_after(end))
                    }
                    // A paper's or a channel's head before its name is the
                    // outlet's title (الصحيفة after صحيفة الوسط).
                    // (Its name may stand in marks: صحيفة "وول ستريت جورنال".)
                    Kind::Organization => {
                        holds(m.tokens.clone()) || {
                            let before = m.tokens.start.checked_sub(1);
                            let before = before
                                .filter(|&k| matches!(self.word(k), "\"" | "«" | "“"))
                                .and_then(|k| k.checked_sub(1))
                                .or(before);
                            before.is_some_and(|k| {
                                holds(k..m.tokens.end)
                                    && crate::outlets::heads_an_outlet(&normalize(self.word(k)))
                            })
                        }
                    }
                    _ => false,
                }
            })
            .map(|(_, i)| *i)
    }

    /// Whether the words at `j` (before `end`) say the title word whose stem
    /// is `stem`: that word ([`same_word`]), or another name of its office
    /// ([`OFFICES`]: المدير الفني for المدرب, كتب for الكاتب).
    pub(super) fn title_word_at(&self, j: usize, end: usize, stem: u64) -> bool {
        let Some(info) = self.infos.get(j) else {
            return false;
        };
        if same_word(info, stem) {
            return true;
        }
        OFFICES
            .iter()
            .filter(|(office, _)| *office == stem)
            .flat_map(|(_, others)| others.iter())
            .any(|words| {
                j + words.len() <= end
                    && words
                        .iter()
                        .enumerate()
                        .all(|(n, &w)| self.infos.get(j + n).is_some_and(|t| same_word(t, w)))
            })
    }

    /// The title in apposition after a name that ends at `end`: the words
    /// between a comma there and the next one, within [`APPOSITION_TITLE`]
    /// words and the sentence, when a title opens them (فلان، نائب رئيس
    /// الوزراء وزير الصحة،), up to the first organisation, whose words are
    /// its own (المتحدث باسم | وزارة الصحة). Empty when there is none.
    fn apposition_after(&self, end: usize) -> std::ops::Range<usize> {
        let titled = |k: usize| {
            self.infos
                .get(k)
                .is_some_and(|t| t.triggers & TRIGGER_TITLE != 0)
        };
        // Or a title right after the name, with no comma (سعادة الشيخ فلان
        // آل ثاني وزير المواصلات،), up to the next person, whose title it
        // then is (استقبل الأمير فلان وزير الخارجية الأمريكي فلان).
        let bare = titled(end) && self.is_word(end) && !self.names_start_at(end);
        let open = if self.word(end) == "،" && titled(end + 1) {
            end + 1
        } else if bare {
            end
        } else {
            return end..end;
        };
        let reach = (open + APPOSITION_TITLE).min(self.tokens.len());
        let stop = (open..reach)
            .find(|&k| {
                !self.is_word(k)
                    || self.tokens[k].after_newline
                    || self.organisation_at(k).is_some()
                    || bare && self.names_start_at(k)
            })
            .unwrap_or(reach);
        if bare && self.first_named(stop..stop + 1, &[Kind::Person]).is_some() {
            return end..end;
        }
        open..stop
    }

    /// Whether a word of `window` is the word of a title at `k` (or its
    /// office's other wording, see `title_word_at`).
    pub(super) fn title_held(&self, mut window: impl Iterator<Item = usize>, k: usize) -> bool {
        window.any(|j| self.title_word_at(j, self.tokens.len(), self.infos[k].stem))
    }

    /// The organisation that ends the title in apposition after a name that
    /// ends at `end` (فلان رئيس | مجلس الوزراء): its tokens, or none.
    pub(super) fn apposition_body(&self, end: usize) -> std::ops::Range<usize> {
        let title = self.apposition_after(end);
        match self
            .organisation_at(title.end)
            .filter(|_| !title.is_empty())
        {
            Some(org) => title.end..self.mentions[org].tokens.end,
            None => title.end..title.end,
        }
    }

    /// The words that may title the name from `start` to `end`: before it
    /// in its sentence, and in apposition after it.
    pub(super) fn titling(
        &self,
        start: usize,
        end: usize,
    ) -> std::iter::Chain<std::ops::Range<usize>, std::ops::Range<usize>> {
        (self.title_window(start)..start).chain(self.apposition_after(end))
    }

    /// Where the words that may title a name at `start` begin: up to six words
    /// back in its sentence, and past a comma when only nisbas stand between
    /// it and the name (مدرب المنتخب الجزائري، البوسني السويسري فلان).
    fn title_window(&self, start: usize) -> usize {
        let back = |to: usize| {
            (to.saturating_sub(6)..to)
                .rev()
                .take_while(|&k| !self.ends_sentence_at(k) && self.is_word(k))
                .last()
                .unwrap_or(to)
        };
        let from = back(start);
        let nisbas_only = (from..start).all(|k| definite_nisba(&normalize(self.word(k))));
        if from > 0 && from < start && nisbas_only && self.word(from - 1) == "،" {
            back(from - 1)
        } else {
            from
        }
    }

    /// The earlier full name that a one-word person mention `i` ends, when the
    /// tagger cut the word short (لينكن of وأضاف بلينكن) and so could not
    /// group it with أنتوني بلينكن.
    pub(in crate::quotes) fn surname_speaker(&self, i: usize) -> Option<usize> {
        let m = &self.mentions[i];
        let cut = m.span.start > self.tokens[m.tokens.start].chars.start;
        if m.kind != Kind::Person || m.tokens.len() != 1 || !cut {
            return None;
        }
        self.surname_of(m.tokens.start)
    }

    /// The person named earlier whose last word is the word at `k`: a surname
    /// alone that the tagger did not take for a name (وأضاف بلينكن: after
    /// أنتوني بلينكن).
    fn surname_of(&self, k: usize) -> Option<usize> {
        let norm = self.infos.get(k)?.norm;
        self.starting_in(0..k)
            .iter()
            .rev()
            .take(TITLE_LOOK_BACK)
            .map(|(_, i)| *i)
            .find(|&i| {
                let m = &self.mentions[i];
                m.kind == Kind::Person
                    && m.tokens.len() > 1
                    && self.infos[m.tokens.end - 1].norm == norm
            })
    }
}
