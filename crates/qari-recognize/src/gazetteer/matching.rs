//! Matching the lists over a sentence: phrases leftmost-longest, as the
//! tagger's flags, the hand list's `known` organisations and the places of
//! several words the rules look for. Its own file: the one pass over every
//! sentence, apart from the loading and the word-by-word questions.

use super::*;

impl Gazetteer {
    /// Phrase matches over a sentence, leftmost-longest. `stems[i]` is token i's stem
    /// hash and `norms[i]` its folded-form hash. Each token gets bit `2 * class` when a
    /// phrase of that class begins there and bit `2 * class + 1` when it continues.
    /// `starts[i]` is what [`Gazetteer::phrase_start`] gives of `stems[i]`:
    /// a function of the word, which the tagger keeps with its analysis.
    /// `known_stems` are the stems the hand list's `known` organisations are
    /// looked for by (see [`crate::features::TokenInfo::known_stem`]).
    pub(crate) fn match_phrases(
        &self,
        stems: &[u64],
        starts: &[Option<PhraseEntry>],
        norms: &[u64],
        known_stems: &[u64],
        flags: &mut Vec<u16>,
    ) {
        flags.clear();
        flags.resize(stems.len(), 0);
        let mut i = 0;
        while i < stems.len() {
            let best = longest_entry(
                &self.phrases,
                self.longest,
                starts[i],
                stems[i],
                norms,
                i,
                |e| e.complete != 0,
            );
            let Some((
                end,
                PhraseEntry {
                    complete: classes,
                    curated,
                    major,
                    ..
                },
            )) = best
            else {
                i += 1;
                continue;
            };
            for (k, f) in flags[i..end].iter_mut().enumerate() {
                for c in 0..PHRASE_CLASSES {
                    if classes & (1 << c) != 0 {
                        *f |= 1 << (2 * c + usize::from(k > 0));
                    }
                }
                if curated & (1 << ORG_CLASS) != 0 {
                    *f |= CURATED_ORG_BEGIN << usize::from(k > 0);
                }
                if curated & PLACE_CLASSES != 0 {
                    *f |= CURATED_PLACE_BEGIN << usize::from(k > 0);
                }
                if major != 0 {
                    *f |= MAJOR_PLACE_BEGIN << usize::from(k > 0);
                }
            }
            i = end;
        }
        self.match_known(known_stems, norms, flags);
    }

    /// Where a major place of two words or more ends that begins with the word
    /// whose folded hash is `norms[i]`, read whole (بيونغ يانغ), if one does.
    /// Read by the rules only (see `features::mark_phrases`).
    pub(crate) fn whole_word_place(&self, norms: &[u64], i: usize) -> Option<usize> {
        self.place_phrase(norms, i, |e| e.major != 0)
    }

    /// Where a listed place of two words or more ends that begins at
    /// `norms[i]` (a first word's key, [`first_word_key`]), if one does.
    pub(crate) fn listed_place(&self, norms: &[u64], i: usize) -> Option<usize> {
        self.place_phrase(norms, i, |e| e.complete & PLACE_CLASSES != 0)
    }

    fn place_phrase(
        &self,
        norms: &[u64],
        i: usize,
        wanted: impl Fn(&PhraseEntry) -> bool,
    ) -> Option<usize> {
        let h = chain(PHRASE_SEED, *norms.get(i)?);
        let first = self.phrases.get(h).filter(|e| e.prefix)?;
        let (end, _) = longest_entry(
            &self.phrases,
            self.longest,
            Some(first),
            norms[i],
            norms,
            i,
            wanted,
        )?;
        (end > i + 1).then_some(end)
    }

    /// The hand list's `known` organisations and `knownplace` places over a
    /// sentence, leftmost-longest, as the curated bits only
    /// ([`CURATED_ORG_BEGIN`] and [`CURATED_ORG_INSIDE`], or the places').
    fn match_known(&self, stems: &[u64], norms: &[u64], flags: &mut [u16]) {
        if self.known_names.is_empty() {
            return;
        }
        let table = &self.known_names;
        let mut i = 0;
        while i < stems.len() {
            let first = table.get(chain(PHRASE_SEED, stems[i]));
            let best = longest_entry(table, self.known_longest, first, stems[i], norms, i, |e| {
                e.curated != 0
            });
            let Some((end, entry)) = best else {
                i += 1;
                continue;
            };
            let (begin, inside) = if entry.curated & (1 << ORG_CLASS) != 0 {
                (CURATED_ORG_BEGIN, CURATED_ORG_INSIDE)
            } else {
                (CURATED_PLACE_BEGIN, CURATED_PLACE_INSIDE)
            };
            // Not from inside a name of the same kind the hand list's
            // features already mark, nor cutting one short; over one it holds
            // whole it goes (سكاي نيوز, then سكاي نيوز عربية; الأمم المتحدة in
            // برنامج الأمم المتحدة الإنمائي).
            let starts_inside = flags[i] & inside != 0;
            let cuts = flags.get(end).is_some_and(|f| f & inside != 0);
            if !starts_inside && !cuts {
                for (k, f) in flags[i..end].iter_mut().enumerate() {
                    *f &= !(begin | inside);
                    *f |= begin << usize::from(k > 0);
                }
            }
            i = end;
        }
    }
}

/// The longest phrase of `table` that begins at word `i` and that `wanted`
/// accepts, as its end and its entry: `first` is the entry of the phrase's
/// first word (`stem`), `norms` the folded words' hashes, `longest` the most
/// words a phrase of the table has.
fn longest_entry(
    table: &Keyed<PhraseEntry>,
    longest: usize,
    first: Option<PhraseEntry>,
    stem: u64,
    norms: &[u64],
    i: usize,
    wanted: impl Fn(&PhraseEntry) -> bool,
) -> Option<(usize, PhraseEntry)> {
    let mut h = chain(PHRASE_SEED, stem);
    let mut best = None;
    let mut j = i;
    let mut next = first;
    while let Some(entry) = next {
        if wanted(&entry) {
            best = Some((j + 1, entry));
        }
        j += 1;
        if !entry.prefix || j >= norms.len() || j - i >= longest {
            break;
        }
        h = chain(h, norms[j]);
        next = table.get(h);
    }
    best
}
