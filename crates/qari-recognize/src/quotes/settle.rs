//! Who said each quote a paragraph found: what its attribution said (a
//! speaker, a verb with no subject, nothing), settled in text order against
//! the last speaker of a quote or of any report (وقال فلان إن … / وأضاف: «…»).

use super::{
    Context, FoundQuote, Kind, Pending, RawMention, Said, Speaker, LOOK_BACK, MARKS_BETWEEN, NEAR,
};

/// The quotes of `pending`, in text order, with their speakers.
pub(super) fn speakers(cx: &Context, pending: Vec<Pending>) -> Vec<FoundQuote> {
    let (text, tokens) = (cx.text, cx.tokens);
    // Whom a verb with no subject, a quote nothing attributes or a speaker
    // called by a title continues: needed only when there is one.
    let reports = if pending.iter().any(|p| {
        matches!(
            p.said,
            Said::Continues | Said::Unknown | Said::RunsOn { .. } | Said::By(Speaker::Described(_))
        )
    }) {
        cx.reports()
    } else {
        Vec::new()
    };
    let mut next_report = 0;
    // The last speaker: of a quote (its paragraph, its start) or of a report.
    let mut last: Option<(Speaker, usize, usize)> = None;
    // The quote before: a verb inside it reports nothing of this text's own.
    let mut quoted = 0..0;
    // Where the last quote with a speaker ended: a speech given a paragraph at
    // a time, each opening with its own mark, goes on with the same speaker.
    let mut last_end: Option<usize> = None;
    pending
        .into_iter()
        .filter_map(|p| {
            while let Some((at, s)) = reports.get(next_report) {
                if *at >= p.tokens.start {
                    break;
                }
                let outside = !quoted.contains(at);
                if outside && last.as_ref().is_none_or(|(_, _, from)| from < at) {
                    // A report by the title of whoever spoke last (وأضاف المدرب
                    // النمساوي) goes on with them.
                    let s = settled(cx, s.clone(), &last, since(&last, last_end));
                    last = Some((s, usize::MAX, *at));
                }
                next_report += 1;
            }
            quoted = p.tokens.clone();
            let speaker = match p.said {
                // Or the person who spoke last, called again by their title:
                // before anyone else the title named earlier (وأضاف الوزير
                // after the fisheries minister spoke, not the prime minister
                // named الوزير الأول before him).
                Said::By(s @ Speaker::Described(_)) => {
                    Some(settled(cx, s, &last, since(&last, last_end)))
                }
                // A surname the tagger cut (لينكن of بلينكن) is still the full
                // name it ends.
                Said::By(Speaker::Named(i)) => {
                    Some(Speaker::Named(cx.surname_speaker(i).unwrap_or(i)))
                }
                // Else the person the sentence is about (افتتح الملك عبدالله
                // الدورة، وقال في خطابه:), or the one named last in the lines
                // before, whom a verb with no subject refers to (a profile's
                // تقول: a paragraph after her name).
                Said::Continues => last.as_ref().map(|(s, _, _)| s.clone()).or_else(|| {
                    let from = p.tokens.start.saturating_sub(2 * NEAR).min(p.paragraph);
                    cx.last_named(from..p.tokens.start, &[Kind::Person])
                        .map(Speaker::Named)
                }),
                Said::RunsOn { plural } => {
                    let s = last.as_ref()?.0.clone();
                    let organisation = matches!(s, Speaker::Named(i)
                        if cx.mentions[i].kind == Kind::Organization);
                    if organisation && !plural {
                        return None;
                    }
                    Some(s)
                }
                // Nothing says who: the speaker of this paragraph, or one just
                // before it (a quote after a sentence of narrative about them).
                Said::Unknown => last
                    .as_ref()
                    .filter(|(_, para, from)| {
                        *para == p.paragraph
                            || p.tokens.start.saturating_sub(*from) <= NEAR
                            || last_end
                                .is_some_and(|e| p.tokens.start.saturating_sub(e) <= MARKS_BETWEEN)
                    })
                    .map(|(s, _, _)| s.clone())
                    .or_else(|| {
                        // A speech that opens the paragraph after a colon
                        // (وقال فيه: ⏎ «…): the person that sentence is about.
                        let colon = (p.tokens.start.saturating_sub(2)..p.tokens.start)
                            .any(|k| cx.word(k) == ":");
                        let from = p.tokens.start.saturating_sub(LOOK_BACK);
                        colon
                            .then(|| cx.last_named(from..p.tokens.start, &[Kind::Person]))
                            .flatten()
                            .map(Speaker::Named)
                    }),
            };
            if let Some(s) = &speaker {
                last = Some((s.clone(), p.paragraph, p.tokens.start));
                last_end = Some(p.tokens.end);
            }
            Some(FoundQuote {
                mention: RawMention::of_tokens(Kind::Quote, text, tokens, p.tokens, 0),
                speaker,
            })
        })
        .collect()
}

/// Where the words of whoever spoke `last` end: after their quote (ending at
/// `last_end`) or at their report.
fn since(last: &Option<(Speaker, usize, usize)>, last_end: Option<usize>) -> usize {
    let from = last.as_ref().map_or(0, |(_, _, from)| *from);
    last_end.map_or(from, |e| e.max(from))
}

/// Who the speaker `s` is: the person who spoke `last` when a description
/// calls them by a title (see `titled_last`), before anyone else the title
/// named earlier (وأضاف الوزير after the fisheries minister spoke is not the
/// prime minister named الوزير الأول before him); else whom the description
/// resolves to (`Context::resolve`), or again the person who spoke last.
fn settled(
    cx: &Context,
    s: Speaker,
    last: &Option<(Speaker, usize, usize)>,
    after: usize,
) -> Speaker {
    match titled_last(cx, s, last, after) {
        Speaker::Described(m) => titled_last(cx, cx.resolve(m), last, after),
        named => named,
    }
}

/// `s`, or the person who spoke `last` when `s` describes them by a title the
/// text gave them (see `Context::describes_last`).
/// Or one a verb that goes on calls by a title while nobody else was named
/// after token `after` (see `Context::goes_on_with`).
fn titled_last(
    cx: &Context,
    s: Speaker,
    last: &Option<(Speaker, usize, usize)>,
    after: usize,
) -> Speaker {
    match (s, last) {
        (Speaker::Described(m), Some((Speaker::Named(i), _, _)))
            if cx.describes_last(&m, *i) || cx.goes_on_with(&m, *i, after) =>
        {
            Speaker::Named(*i)
        }
        (s, _) => s,
    }
}
