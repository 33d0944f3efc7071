//! Reading the corpora into labelled sentences: CoNLL files (ANERcorp),
//! WikiFANE Gold with its clitics put back on their words, and the hand-marked
//! news sets. Its own file: each format's reading, apart from the training
//! that only sees sentences.

use super::super::features::{label_type, TYPES};
use super::super::tokenize::{sentences, tokenize};

/// One sentence of the training corpus.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LabeledSentence {
    /// The tokens, as the corpus splits them.
    pub words: Vec<String>,
    /// One label per word, as [`label_of`] numbers the tags.
    pub labels: Vec<u8>,
}

/// Label number of a CoNLL tag (`O`, `B-PERS`, `I-LOC`, ...); unknown types are O.
pub fn label_of(tag: &str) -> u8 {
    let (bio, ty) = tag.split_at(tag.len().min(2));
    match (bio, TYPES.iter().position(|t| *t == ty)) {
        ("B-", Some(t)) => span_label(t, true),
        ("I-", Some(t)) => span_label(t, false),
        _ => 0,
    }
}

/// The label of a word that begins (or continues) a name of type `ty`, as
/// [`TYPES`] counts them.
fn span_label(ty: usize, begins: bool) -> u8 {
    2 * ty as u8 + if begins { 1 } else { 2 }
}

/// A news set's article whose marks do not pair up or close.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{0} at byte {1} of the marked text")]
pub struct MarkError(&'static str, usize);

/// Sentences of a hand-marked news article, as the news sets under
/// `crates/qari-recognize/tests/news-sets/` write them (and
/// `scripts/evalreview.py` reads them): `[P …]`, `[L …]` and `[O …]` around a
/// person's, a place's and an organisation's name, `{Q speaker|…}` around a
/// quote (its marks dropped here). The text is cut into tokens and sentences
/// as recognition cuts it; a token that holds a name's first letter begins it
/// (و[P أحمد] is the token وأحمد, as ANERcorp tags a name with its clitic).
pub fn parse_marked(marked: &str) -> Result<Vec<LabeledSentence>, MarkError> {
    let mut text = String::with_capacity(marked.len());
    // Names as (type, start, end) in bytes of `text`.
    let mut names: Vec<(usize, usize, usize)> = Vec::new();
    let mut open: Vec<Option<(usize, usize)>> = Vec::new();
    let mut rest = marked;
    while let Some(at) = rest.find(['[', ']', '{', '}']) {
        text.push_str(&rest[..at]);
        let here = marked.len() - rest.len() + at;
        let tail = &rest[at..];
        let kind = |c: char| TYPES.iter().position(|t| t.starts_with(c));
        rest = match tail.as_bytes() {
            [b'[', k @ (b'P' | b'L' | b'O'), b' ', ..] => {
                open.push(Some((kind(char::from(*k)).unwrap_or(0), text.len())));
                &tail[3..]
            }
            [b']', ..] => match open.pop() {
                Some(Some((ty, start))) => {
                    names.push((ty, start, text.len()));
                    &tail[1..]
                }
                _ => return Err(MarkError("a ] that closes no name", here)),
            },
            [b'{', b'Q', ..] => {
                let bar = tail
                    .find('|')
                    .ok_or(MarkError("a quote's mark with no |", here))?;
                open.push(None);
                &tail[bar + 1..]
            }
            [b'}', ..] => match open.pop() {
                Some(None) => &tail[1..],
                _ => return Err(MarkError("a } that closes no quote", here)),
            },
            _ => return Err(MarkError("a bracket that is no mark", here)),
        };
    }
    text.push_str(rest);
    if !open.is_empty() {
        return Err(MarkError("a mark never closed", marked.len()));
    }
    let tokens = tokenize(&text);
    let mut out = Vec::new();
    for range in sentences(&text, &tokens) {
        let mut sentence = LabeledSentence {
            words: Vec::with_capacity(range.len()),
            labels: Vec::with_capacity(range.len()),
        };
        for t in &tokens[range] {
            let name = names
                .iter()
                .find(|(_, s, e)| t.bytes.start < *e && *s < t.bytes.end);
            sentence.words.push(t.text(&text).to_string());
            sentence.labels.push(match name {
                None => 0,
                Some(&(ty, s, _)) => span_label(ty, s >= t.bytes.start),
            });
        }
        out.push(sentence);
    }
    Ok(out)
}

/// Sentences of a CoNLL file: `token ... TAG` per line, a blank line between sentences.
pub fn parse_conll(text: &str) -> Vec<LabeledSentence> {
    let mut out = Vec::new();
    let mut cur = LabeledSentence {
        words: Vec::new(),
        labels: Vec::new(),
    };
    for line in text.lines().chain([""]) {
        let mut parts = line.split_whitespace();
        match (parts.next(), parts.last()) {
            (Some(word), Some(tag)) => {
                cur.words.push(word.to_string());
                cur.labels.push(label_of(tag));
            }
            _ if !cur.words.is_empty() => out.push(std::mem::replace(
                &mut cur,
                LabeledSentence {
                    words: Vec::new(),
                    labels: Vec::new(),
                },
            )),
            _ => {}
        }
    }
    out
}

/// Sentences of WikiFANE Gold (`token<TAB>BIO-fine-class` lines, a blank line
/// between paragraphs), tokenised as ANERcorp is: WikiFANE writes proclitics (و،
/// ف، ب، ل، ك، س) and pronoun suffixes as tokens of their own, and these are put
/// back on their word (ل + الكتاب → للكتاب, مدينة + ها → مدينتها). `classes` maps
/// a fine class to `person`, `place` or `org` (`assets/wikifane-classes.tsv`); the
/// other classes are O.
pub fn parse_wikifane(text: &str, classes: &str) -> Vec<LabeledSentence> {
    const PROCLITICS: [&str; 6] = ["و", "ف", "ب", "ل", "ك", "س"];
    const SUFFIXES: [&str; 10] = ["ها", "ه", "هم", "هن", "ي", "نا", "كم", "هما", "كما", "ني"];
    let kinds: Vec<(&str, &str)> = classes
        .lines()
        .filter(|l| !l.starts_with('#'))
        .filter_map(|l| l.split_once('\t'))
        .collect();
    let tag_of = |tag: &str| -> u8 {
        let (bio, class) = tag.split_at(tag.len().min(2));
        let kind = kinds.iter().find(|(c, _)| *c == class).map(|(_, k)| *k);
        let ty = match kind {
            Some("person") => "PERS",
            Some("place") => "LOC",
            Some("org") => "ORG",
            _ => return 0,
        };
        label_of(&format!("{bio}{ty}"))
    };
    let mut out = Vec::new();
    let mut words: Vec<String> = Vec::new();
    let mut labels: Vec<u8> = Vec::new();
    let mut pending = String::new();
    let mut flush = |words: &mut Vec<String>, labels: &mut Vec<u8>| {
        if words.is_empty() {
            return;
        }
        // An I- that does not continue its type's span begins one.
        for i in 0..labels.len() {
            let prev = if i == 0 { 0 } else { labels[i - 1] };
            if labels[i] > 0
                && labels[i].is_multiple_of(2)
                && label_type(prev) != label_type(labels[i])
            {
                labels[i] -= 1;
            }
        }
        out.push(LabeledSentence {
            words: std::mem::take(words),
            labels: std::mem::take(labels),
        });
    };
    for line in text.lines() {
        let mut parts = line.split('\t');
        let token: String = parts
            .next()
            .unwrap_or("")
            .chars()
            .filter(|c| !matches!(c, '\u{200E}' | '\u{FEFF}' | '\r'))
            .collect();
        let token = token.trim();
        if token.is_empty() {
            pending.clear();
            flush(&mut words, &mut labels);
            continue;
        }
        let label = tag_of(parts.next().unwrap_or("O").trim());
        if PROCLITICS.contains(&token) {
            pending.push_str(token);
            continue;
        }
        if label == 0 && pending.is_empty() && SUFFIXES.contains(&token) {
            if let Some(last) = words.last_mut() {
                if last.ends_with('ة') {
                    last.pop();
                    last.push('ت');
                }
                last.push_str(token);
                continue;
            }
        }
        let mut word = std::mem::take(&mut pending);
        match token.strip_prefix("ال") {
            Some(rest) if word.ends_with('ل') => {
                word.push('ل');
                word.push_str(rest);
            }
            _ => word.push_str(token),
        }
        words.push(word);
        labels.push(label);
    }
    flush(&mut words, &mut labels);
    out
}
