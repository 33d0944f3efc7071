//! Recognition of a text of any length, a chunk at a time, in bounded memory.
//!
//! [`Recognizer::recognize`] keeps a few hundred bytes per word of its text
//! (tokens, analyses, both passes' tags), which for a whole book or a 100 MB
//! log is gigabytes. Here the text is cut into chunks of about
//! [`CHUNK_BYTES`] at paragraph ends ([`chunk_end`]: a blank line, a line
//! end not after a colon, any line end, else a sentence end, else a space, so
//! only a paragraph longer than a chunk is ever cut), each chunk is recognised on its own, and its mentions are handed out
//! at once with offsets into the whole text. The tagger's second pass looks at
//! the sentences around a word, so a chunk of many paragraphs loses almost
//! nothing of it.
//!
//! Entity ids run on across chunks: [`StreamRecognizer`] remembers each
//! entity by its kind and folded name ([`fold_name`]), and a person named by
//! the last words of a fuller name seen before joins that name, as within one
//! chunk. An entity keeps the name it was first given. What is remembered
//! grows with the distinct names of the text, not with its length (a quote's
//! text, its name, is not kept past its chunk). What the tagger made of each
//! distinct word is kept across chunks too, in bounded memory
//! (`tagger::WordCache`): it changes the speed, not the findings.

use std::collections::HashMap;
use std::hash::BuildHasherDefault;

use super::normalize::{fold_char, MixHasher};
use super::tagger::WordCache;
use super::{Entity, Kind, Mention, Recognition, Recognizer};

/// Bytes a chunk holds at most (and three fifths as many characters), unless
/// one character is longer.
pub const CHUNK_BYTES: usize = 512 * 1024;

/// A name as mentions are compared: letters folded as the tagger folds them
/// (alef forms, ة/ه, ى/ي, harakat and tatweel dropped, Latin lowercased),
/// words separated by one space.
pub fn fold_name(name: &str) -> String {
    let mut out = String::with_capacity(name.len());
    for word in name.split_whitespace() {
        if !out.is_empty() {
            out.push(' ');
        }
        out.extend(word.chars().filter_map(fold_char).map(|c| match c {
            'ى' => 'ي',
            c => c,
        }));
    }
    out
}

/// Where the first chunk of `text` ends (bytes), for chunks of at most `max`
/// bytes, three fifths as many characters and a sixth as many tokens (memory
/// follows the tokens: one-byte Latin letters make about twice the words of
/// Arabic ones in the same bytes, and a line of dots or digits a token for
/// every character or two, while news stays under both limits): all of
/// `text` when it fits; else after the last paragraph end in the second
/// half of those limits ([`paragraph_end`]), or the last line end within
/// them; without one, after the last sentence end, the last space, or the last
/// whole character. Never 0 for a non-empty text.
pub fn chunk_end(text: &str, max: usize) -> usize {
    let cap = max * 3 / 5;
    let mut limit = max.min(text.len());
    while !text.is_char_boundary(limit) {
        limit -= 1;
    }
    // Counting is fast; finding the cap's character is only needed past it.
    if limit > cap && text[..limit].chars().count() > cap {
        limit = text.char_indices().nth(cap).map_or(limit, |(b, _)| b);
    }
    limit = limit.min(tokens_end(&text[..limit], max / 6));
    if limit >= text.len() {
        return text.len();
    }
    let head = &text[..limit];
    let cut = paragraph_end(head)
        .or_else(|| head.rfind('\n').map(|i| i + 1))
        .or_else(|| sentence_end(head))
        .or_else(|| head.rfind(char::is_whitespace).map(|i| i + 1))
        .unwrap_or(limit);
    if cut > 0 {
        return cut;
    }
    // One character longer than the limit: the chunk is that character.
    text.chars().next().map_or(0, char::len_utf8)
}

const SPACE: u8 = 0;
const INSIDE: u8 = 1;
const WORD: u8 = 2;
const PUNCT: u8 = 3;
const LOOK: u8 = 4;

/// What each byte says to [`tokens_end`]: a space, inside a character, a
/// word's, punctuation's, or look at the next (0xD8 and 0xC2 begin letters
/// and a few marks of punctuation).
const BYTE_CLASS: [u8; 256] = {
    let mut class = [PUNCT; 256];
    let mut b = 0;
    while b < 256 {
        class[b] = match b as u8 {
            b' ' | b'\t' | b'\n' | b'\r' => SPACE,
            b'0'..=b'9' | b'a'..=b'z' | b'A'..=b'Z' => WORD,
            0x80..=0xBF => INSIDE,
            0xC2 | 0xD8 => LOOK,
            0xC3..=0xDF => WORD,
            _ => PUNCT,
        };
        b += 1;
    }
    class
};

/// Where the token after the first `most` of `head` begins (bytes), or
/// its end, near enough, by its bytes: a run of ASCII letters and digits or
/// of two-byte letters (Arabic, Latin with accents) is one token; any other
/// character that is no space, one more (punctuation, the Arabic comma,
/// semicolon and question mark, « » and the three-byte quotation marks).
/// A bound on memory, not the tokeniser: it may count a little more.
fn tokens_end(head: &str, most: usize) -> usize {
    // No more tokens than bytes.
    if head.len() <= most {
        return head.len();
    }
    let bytes = head.as_bytes();
    // News has a space every six to twelve bytes, and a token for each:
    // under the bound whatever its marks. Only text with many more spaces
    // (a list of digits) or far fewer (a run of dots, a line of commas) is
    // counted. (A count of one byte the compiler makes wide.)
    let spaces = bytes.iter().filter(|&&b| b == b' ').count();
    if (head.len() / 16..=head.len() / 4).contains(&spaces) {
        return head.len();
    }
    let (mut tokens, mut in_word) = (0usize, false);
    for (i, &b) in bytes.iter().enumerate() {
        let word = match BYTE_CLASS[usize::from(b)] {
            SPACE => {
                in_word = false;
                continue;
            }
            // Inside a character: it was counted at its first byte.
            INSIDE => continue,
            WORD => true,
            PUNCT => false,
            // ، ؛ ؟ (U+060C, U+061B, U+061F) after 0xD8, « » (U+00AB,
            // U+00BB) after 0xC2.
            _ => !matches!(bytes.get(i + 1), Some(0x8C | 0x9B | 0x9F | 0xAB | 0xBB)),
        };
        if !(word && in_word) {
            tokens += 1;
            if tokens > most {
                return i;
            }
        }
        in_word = word;
    }
    head.len()
}

/// After the last line end in the second half of `head` that ends a
/// paragraph as a reader sees one: a blank line follows it, else at least
/// its line does not end with a colon. A speech is introduced by a colon at
/// its line's end (قال الوزير:) and a quote's speaker is named in its own
/// paragraph, so a cut there leaves both with their words.
fn paragraph_end(head: &str) -> Option<usize> {
    let mut half = head.len() / 2;
    while !head.is_char_boundary(half) {
        half += 1;
    }
    // Line ends from the last back to the middle.
    let ends = || head[half..].rmatch_indices('\n').map(|(i, _)| half + i);
    let after_blank = ends().find(|&nl| {
        let line_start = head[..nl].rfind('\n').map_or(0, |i| i + 1);
        line_start > half && head[line_start..nl].trim().is_empty()
    });
    after_blank
        .or_else(|| ends().find(|&nl| !head[..nl].trim_end().ends_with(':')))
        .map(|nl| nl + 1)
}

/// After the last sentence stop in `head` that a space follows.
fn sentence_end(head: &str) -> Option<usize> {
    let mut after: Option<char> = None;
    for (i, c) in head.char_indices().rev() {
        if matches!(c, '.' | '!' | '?' | '؟' | '…') && after.is_some_and(char::is_whitespace) {
            return Some(i + c.len_utf8());
        }
        after = Some(c);
    }
    None
}

/// What one chunk adds to a recognition.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Found {
    /// The chunk's mentions in text order, offsets into the whole text, entity
    /// and speaker ids counting every chunk.
    pub mentions: Vec<Mention>,
    /// Entities first seen in this chunk, in id order, without mentions (ids
    /// follow those handed out before).
    pub entities: Vec<Entity>,
}

impl Recognition {
    /// Add a chunk's findings: the entities, then the mentions, each listed
    /// with its entity.
    pub fn extend(&mut self, found: Found) {
        self.entities.extend(found.entities);
        for m in found.mentions {
            if let Some(e) = self.entities.get_mut(m.entity) {
                e.mentions.push(self.mentions.len());
            }
            self.mentions.push(m);
        }
    }
}

/// A map of names; the text is not an adversary's, so no keyed hash.
type Names<K, V> = HashMap<K, V, BuildHasherDefault<MixHasher>>;

/// Entity ids across chunks.
#[derive(Debug, Default, Clone)]
struct Registry {
    /// (kind, folded name) -> id.
    by_name: Names<(Kind, String), usize>,
    /// A person's folded last word -> ids and words of names longer than it.
    by_surname: Names<String, Vec<(usize, Vec<String>)>>,
    /// Kind and name of every id.
    entities: Vec<(Kind, String)>,
}

impl Registry {
    /// The id of a chunk's entity; `true` when it is new.
    fn id(&mut self, entity: &Entity) -> (usize, bool) {
        if entity.kind == Kind::Quote {
            return (self.add(entity, None), true);
        }
        let key = (entity.kind, fold_name(&entity.name));
        if let Some(&id) = self.by_name.get(&key) {
            return (id, false);
        }
        let words: Vec<String> = key.1.split(' ').map(str::to_string).collect();
        if entity.kind == Kind::Person {
            let fuller = words.last().and_then(|last| {
                self.by_surname
                    .get(last)?
                    .iter()
                    .find(|(_, full)| full.len() > words.len() && full.ends_with(&words))
                    .map(|(id, _)| *id)
            });
            if let Some(id) = fuller {
                self.by_name.insert(key, id);
                return (id, false);
            }
        }
        let id = self.add(entity, Some(key));
        if entity.kind == Kind::Person && words.len() > 1 {
            if let Some(last) = words.last() {
                self.by_surname
                    .entry(last.clone())
                    .or_default()
                    .push((id, words));
            }
        }
        (id, true)
    }

    fn add(&mut self, entity: &Entity, key: Option<(Kind, String)>) -> usize {
        let id = self.entities.len();
        // A quote's name is its text, which can be a paragraph long: it goes
        // out with its chunk and is not kept.
        let name = if entity.kind == Kind::Quote {
            String::new()
        } else {
            entity.name.clone()
        };
        self.entities.push((entity.kind, name));
        if let Some(key) = key {
            self.by_name.insert(key, id);
        }
        id
    }
}

/// Recognition of one text fed a chunk at a time (see the module docs).
#[derive(Debug, Clone)]
pub struct StreamRecognizer<'r> {
    recognizer: &'r Recognizer,
    registry: Registry,
    /// Code points fed so far.
    offset: usize,
    /// The words of the chunks so far, as the tagger analysed and scored them.
    words: WordCache,
}

impl<'r> StreamRecognizer<'r> {
    /// A stream at the start of a text.
    pub fn new(recognizer: &'r Recognizer) -> Self {
        Self {
            recognizer,
            registry: Registry::default(),
            offset: 0,
            words: WordCache::default(),
        }
    }

    /// Code points fed so far: where the next chunk starts in the whole text.
    pub fn offset(&self) -> usize {
        self.offset
    }

    /// Entity ids handed out so far.
    pub fn entity_count(&self) -> usize {
        self.registry.entities.len()
    }

    /// Kind and name of entity `id` (as first named; a quote's name is only
    /// in the [`Found`] of its chunk, and empty here).
    pub fn entity(&self, id: usize) -> Option<(Kind, &str)> {
        self.registry
            .entities
            .get(id)
            .map(|(kind, name)| (*kind, name.as_str()))
    }

    /// Recognise the next chunk of the text (best cut by [`chunk_end`]).
    pub fn feed(&mut self, chunk: &str) -> Found {
        let found = self.recognize(chunk);
        self.place(found, chunk.chars().count())
    }

    /// What [`Recognizer::recognize`] finds in `chunk`, faster for the words
    /// this stream has seen in earlier chunks; for a caller that changes the
    /// recognition before it hands it to [`StreamRecognizer::place`].
    pub fn recognize(&mut self, chunk: &str) -> Recognition {
        self.recognizer.recognize_cached(chunk, &mut self.words)
    }

    /// A recognition of the next `chars` code points of the text, made by the
    /// caller (corrected, say), given whole-text offsets and ids.
    pub fn place(&mut self, found: Recognition, chars: usize) -> Found {
        let mut out = Found::default();
        let ids: Vec<usize> = found
            .entities
            .iter()
            .map(|e| {
                let (id, new) = self.registry.id(e);
                if new {
                    out.entities.push(Entity {
                        kind: e.kind,
                        name: e.name.clone(),
                        mentions: Vec::new(),
                    });
                }
                id
            })
            .collect();
        let base = self.offset;
        out.mentions = found
            .mentions
            .into_iter()
            .map(|m| Mention {
                kind: m.kind,
                span: m.span.start + base..m.span.end + base,
                entity: ids[m.entity],
                speaker: m.speaker.map(|s| ids[s]),
            })
            .collect();
        self.offset += chars;
        out
    }
}

/// Recognise all of `text` a chunk at a time: the same mentions as feeding
/// [`StreamRecognizer`] every [`chunk_end`] piece, gathered into one value.
pub fn recognize_chunked(recognizer: &Recognizer, text: &str, max: usize) -> Recognition {
    let mut stream = StreamRecognizer::new(recognizer);
    let mut all = Recognition::default();
    let mut rest = text;
    while !rest.is_empty() {
        let end = chunk_end(rest, max);
        all.extend(stream.feed(&rest[..end]));
        rest = &rest[end..];
    }
    all
}
