//! The undoing beside the repeats: what the tagger read as an organisation's
//! shortened name is unmarked where a definite adjective of its own follows
//! it (another body, or none). Its own file: it takes names away, where the
//! rest of the pass adds them.

use super::super::normalize::{normalize_into, HashKeyed};
use super::super::tagger::Tagged;
use super::super::train;
use super::{extend, word_key};

/// Whether `word` is a definite adjective of the shape an organisation's own
/// takes (الأوروبية، الأخرى، الصحراوي): a body named by a shortened name
/// before it is another, or any. (Not الذي، التي; nor a day, الثلاثاء, which
/// may follow a name as its adverb; nor a word of time, which describes the
/// same body: نظام مجلس الشورى الحالي.) This undoes what the tagger found,
/// so it asks more than a repeat's `described`, which any definite word
/// stops (أقدم الخطوط الجوية | العاملة is no repeat either).
fn described_by(buf: &mut String, word: &str) -> bool {
    buf.clear();
    normalize_into(word, buf);
    buf.starts_with("ال")
        && buf.chars().count() >= 5
        && !matches!(
            buf.as_str(),
            "الذي" | "التي" | "الحالي" | "الحاليه" | "الماضي" | "الماضيه"
        )
        && (buf.ends_with('ي') || buf.ends_with("يه") || buf.ends_with('ى'))
}

/// Unmark what the tagger read as an organisation's shortened name (`shorts`,
/// one the article named whole with its nationality nearby) where an
/// adjective of its own follows: الخطوط الجوية القطرية, then الخطوط الجوية
/// الأوروبية is no mention of the Qatari airline, and no name at all.
pub(super) fn unmark_described(
    words: &[Vec<&str>],
    tagged: &mut [Tagged],
    shorts: &HashKeyed<()>,
    near: &impl Fn(u64, usize) -> bool,
    buf: &mut String,
) {
    if shorts.is_empty() {
        return;
    }
    for (si, t) in tagged.iter_mut().enumerate() {
        for (a, b, ty) in train::spans(&t.labels) {
            let Some(next) = words[si].get(b) else {
                continue;
            };
            if ty != 2 || b - a < 2 || t.labels[b] != 0 {
                continue;
            }
            let strip = t.infos[a].clitic_chars > 0;
            let first = word_key(buf, &words[si], &t.infos, a, strip);
            let key = (a + 1..b).fold(first, |k, i| extend(k, t.infos[i].norm));
            if shorts.contains_key(&key) && near(key, si) && described_by(buf, next) {
                t.labels[a..b].fill(0);
            }
        }
    }
}
