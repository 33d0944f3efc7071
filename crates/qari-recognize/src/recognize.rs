//! The passes over one text, in their order: what `Recognizer::recognize`
//! runs from the tokens to the grouped entities, apart from the types it
//! returns (the crate root) and the rules each pass calls.

use crate::features::TokenInfo;
use crate::gazetteer;
use crate::tokenize::Token;
use crate::{
    chains, group, normalize, outlets, quotes, repeat, tagger, tokenize, train, Kind, RawMention,
    Recognition, Recognizer,
};

use crate::clitics::{
    clitic_skip, lam_before_name, opens_a_site_after_proclitics, place_phrase_skip,
};
use crate::has_arabic_letter;
use crate::not_names::{
    lone_common_names, share_lines, short_given_after_conjunction, written_in_persian,
};

impl Recognizer {
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
        // Latin names of organisations after their heads (شركة AMD), then
        // wherever the text names them again.
        let mut latin = std::collections::HashSet::new();
        for (w, t) in words.iter().zip(tagged.iter_mut()) {
            chains::latin_names_after_heads(w, &mut t.labels, &mut latin);
        }
        for (w, t) in words.iter().zip(tagged.iter_mut()) {
            chains::latin_organisations_again(w, &latin, &mut t.labels);
        }
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
                // An acronym in brackets after an organisation (CIB), a
                // name's Latin spelling after it (Simone Inzaghi) and a
                // company's Latin name after its head (شركة AMD), and again
                // where the text names it, are the chains' finding, not the
                // tagger's.
                let acronym = kind == Kind::Organization
                    && b == a + 1
                    && a >= 2
                    && has_arabic_letter(words[si][a - 2])
                    && chains::bracketed_acronym(&words[si], a);
                let gloss = chains::latin_gloss(&words[si], &t.infos, &t.labels, a, b) == Some(ty);
                let latin_name = kind == Kind::Organization && latin.contains(&words[si][a..b]);
                if !acronym
                    && !gloss
                    && !latin_name
                    && !words[si][a..b].iter().any(|w| has_arabic_letter(w))
                {
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
