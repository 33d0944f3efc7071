//! What each rule of the chains changed, printed to stderr: built only with
//! the `trace` feature, for the `trace` example.

/// Each label as a letter pair: P/L/O, then b or i.
fn shown(label: u8) -> &'static str {
    ["-", "Pb", "Pi", "Lb", "Li", "Ob", "Oi", "Mb", "Mi"]
        .get(usize::from(label))
        .copied()
        .unwrap_or("?")
}

/// The words whose labels `rule` changed, with their labels before and after.
pub(crate) fn changed(rule: &str, words: &[&str], before: &[u8], after: &[u8]) {
    if before == after {
        return;
    }
    let name = rule.split('(').next().unwrap_or(rule);
    let diff: Vec<String> = words
        .iter()
        .zip(before.iter().zip(after))
        .filter(|(_, (b, a))| b != a)
        .map(|(w, (b, a))| format!("{w} {}→{}", shown(*b), shown(*a)))
        .collect();
    eprintln!("  {name}: {}", diff.join(", "));
}

/// The tagger's labels of a sentence, before any rule, and with
/// `QARI_TRACE_WORDS` set, what the analysis knows of each word.
pub(crate) fn tagged(words: &[&str], infos: &[super::TokenInfo], labels: &[u8]) {
    if std::env::var_os("QARI_TRACE_WORDS").is_some() {
        for (w, i) in words.iter().zip(infos) {
            eprintln!(
                "    {w}: triggers {:08b} gazetteer {:#06x} seen {} shares {:?} clitic {} common {} definite {}",
                i.triggers, i.gazetteer, i.stats.count, i.stats.shares, i.clitic_chars, i.common_word, i.definite
            );
        }
    }
    let named: Vec<String> = words
        .iter()
        .zip(labels)
        .filter(|(_, &l)| l != 0)
        .map(|(w, &l)| format!("{w}/{}", shown(l)))
        .collect();
    eprintln!("tagger: {}", named.join(" "));
}
