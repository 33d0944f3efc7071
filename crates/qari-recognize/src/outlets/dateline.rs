//! The dateline that opens a line (المنامة - بنا، الرياض (واس)، أبوظبي في
//! 3 ديسمبر / وام /): its place, its date and the sources after them; its
//! own file since a dateline is read by its shape, not by the words around
//! a name.

use crate::chains::{
    arabic_letters_only, definite_nisba, LOC_B, LOC_I, ORG_B, ORG_I, ORG_LIST_BEGIN, PER_B,
    PLACE_LIST_BEGIN,
};
use crate::gazetteer::{
    CURATED_ORG_BEGIN, CURATED_ORG_INSIDE, TRIGGER_GIVEN, TRIGGER_ORG_HEAD, TRIGGER_TITLE,
};
use crate::normalize::{fold_phrase, normalize};
use crate::quotes::words::{STOP, THAT};

use super::cited::quoted_name;
use super::{
    common, is_word, one_name, Outlets, Sentence, ACRONYM_LETTERS, LONGEST, PLACE_OUTLETS,
};

/// Words of a dateline that credit no outlet: sources in general (وكالات،
/// متابعات، خاص) and the words before a byline (حاوره، كتب، إعداد), folded.
const CREDITS: &[&str] = &[
    "وكالات",
    "الوكالات",
    "متابعات",
    "خاص",
    "مراسلنا",
    "مراسلون",
    "حاوره",
    "حاورها",
    "حاورته",
    "حاورهم",
    "كتب",
    "كتبت",
    "اعداد",
    "تقرير",
    "ترجمه",
    "تحرير",
    "متابعه",
];

/// Labels of a piece (folded) as short as an agency's acronym, which a
/// dateline may give in brackets where the agency stands: بغداد (عاجل) -.
const PIECE_LABELS: &[&str] = &["عاجل", "صور", "فيديو"];

/// Dateline lines are short: a place, a dash and a source or two.
const DATELINE_TOKENS: usize = 12;

/// The most tokens a dateline's date takes between its place and its
/// source in brackets (، 22 رجب 1445 هـ الموافق 3 فبراير 2024 م).
const DATE_TOKENS: usize = 12;

/// The most words of three letters or more (a month's) in that date.
const DATE_WORDS: usize = 4;

impl Outlets<'_> {
    /// المنامة - بنا، إسطنبول - الأناضول - عربي21، الرياض (واس)، أبوظبي في 3
    /// ديسمبر / وام /: a line that opens with a place, then its sources after
    /// dashes (to the line's end or a colon, a few words in), in brackets right
    /// after it or between slashes. Not a source: a credit (وكالات، حاوره), the
    /// byline (a given name first, or a person the tagger found), a place
    /// (but for one of [`PLACE_OUTLETS`] alone after the dateline's), and,
    /// where it goes on after a colon, words that are all ordinary ones but
    /// for an agency's short acronym (العراق - الانتخابات: من يفوز؟ is a
    /// headline and its topic; الرياض - واس: … a dateline). A listed place the
    /// tagger left alone there is the dateline's place: true when the line is
    /// a dateline. The line may stand in brackets: (المنامة - بنا). The
    /// sources go to `found`; `relabel` gets the words to label otherwise,
    /// with their label: a writer's name (a person), a place of the lists
    /// the tagger took for an organisation, or a label of the piece it took
    /// for one (0: no name, بغداد - (حصري) -).
    pub(super) fn dateline(
        &self,
        s: &Sentence,
        found: &mut Vec<(usize, usize)>,
        relabel: &mut Vec<(usize, usize, u8)>,
    ) -> bool {
        let (ws, infos, labels) = (s.words, s.infos, s.labels);
        let n = ws.len();
        // (الرياض - واس), (الكويت - «القبس»): the dateline in brackets, on
        // a line of its own.
        if n >= 5 && ws[0] == "(" && ws[n - 1] == ")" && n <= DATELINE_TOKENS {
            let inside = 1..n - 1;
            if ws[inside.clone()].iter().any(|&w| w == "(" || w == ")") {
                return false;
            }
            let within = Sentence {
                words: &ws[inside.clone()],
                infos: &infos[inside.clone()],
                labels: &labels[inside],
            };
            let (from, by) = (found.len(), relabel.len());
            let dated = self.dateline(&within, found, relabel);
            let shifted = found[from..].iter_mut().map(|(a, b)| (a, b));
            for (a, b) in shifted.chain(relabel[by..].iter_mut().map(|(a, b, _)| (a, b))) {
                *a += 1;
                *b += 1;
            }
            return dated;
        }
        if n < 3 || !is_word(ws[0]) {
            return false;
        }
        // (كييف - (رويترز) - …: a source in brackets after the place's dash
        // makes a dateline of a long line's start too.)
        let bracketed = n > 3 && is_dash(ws[1]) && ws[2] == "(";
        let line_end = ws
            .iter()
            .take(DATELINE_TOKENS)
            .position(|&w| w == ":")
            .unwrap_or(if n <= DATELINE_TOKENS || bracketed {
                n.min(DATELINE_TOKENS)
            } else {
                0
            });
        let place_end = match labels[0] {
            LOC_B => (1..n).find(|&j| labels[j] != LOC_I).unwrap_or(n),
            0 if infos[0].gazetteer & PLACE_LIST_BEGIN != 0
                && (is_dash(ws[1]) && line_end > 0 || dated_until(ws, 1) > 1) =>
            {
                1
            }
            // كييف / الأناضول، البترا 21 تشرين الأول (بترا): a listed place
            // of one word the tagger took for an organisation (or the inside
            // of one, at the line's start), before a dash, a slash or a date
            // and its source in brackets.
            ORG_B | ORG_I
                if infos[0].gazetteer & PLACE_LIST_BEGIN != 0
                    && labels[1] != ORG_I
                    && (is_dash(ws[1]) || ws[1] == "/" || dated_until(ws, 1) > 1) =>
            {
                1
            }
            _ => return false,
        };
        // بغداد: «الشرق الأوسط» …: a name of one to three words in quotation
        // marks right after the dateline's colon is its source, a place's
        // name or not (the paper, not the region).
        // So is one after a dash that ends the line (أبوظبي - «الخليج»).
        let dashed_line = ws.get(place_end).is_some_and(|w| is_dash(w))
            && line_end == n
            && quoted_name(ws, place_end + 1).is_some_and(|(_, b)| b + 1 == n);
        if (ws.get(place_end) == Some(&":") && line_end == place_end) || dashed_line {
            if let Some((a, b)) = quoted_name(ws, place_end + 1) {
                // A name the tagger found, not words of a headline's quote
                // (دمشق: «لا تراجع»).
                let name = one_name(&labels[a..b], LOC_B) || one_name(&labels[a..b], ORG_B);
                if name {
                    found.push((a, b));
                    return true;
                }
            }
        }
        let mut sources = Vec::new();
        let mut j = dated_until(ws, place_end);
        // العلا، 19 ديسمبر (واس) -: the source in brackets after a date.
        let dated = j > place_end;
        if j + 3 < n && ws[j] == "(" && ws[j + 2] == ")" && is_word(ws[j + 1]) && is_dash(ws[j + 3])
        {
            // الرياض (واس) - …
            sources.push((j + 1, j + 2));
            j += 3;
        }
        // كييف / الأناضول: a slash between the place and its source, on a
        // line of their own, as a dash.
        let slashed = ws.get(j) == Some(&"/") && line_end == n && !ws[j + 1..].contains(&"/");
        if j < line_end && (is_dash(ws[j]) || slashed) {
            sources.extend(dashed(ws, j + 1, line_end));
        } else {
            // أبوظبي في 3 ديسمبر / وام /
            let window = &ws[j.min(n)..n.min(j + DATELINE_TOKENS)];
            if let Some(p) = window.iter().position(|&w| w == "/") {
                let at = j + p;
                if at + 2 < n && is_word(ws[at + 1]) && ws[at + 2] == "/" {
                    sources.push((at + 1, at + 2));
                }
            }
        }
        if sources.is_empty() {
            return false;
        }
        let only = sources.len() == 1;
        // A slash also parts a section from its topic (سوريا / سياسة، مصر /
        // الانتخابات), and a name the tagger took for an organisation may be
        // one (الأهرام / القاهرة): there only a known outlet makes a dateline.
        let doubtful = slashed || matches!(labels[0], ORG_B | ORG_I);
        let mut taken = false;
        for (a, b) in sources {
            let acronym = b == a + 1 && {
                let folded = normalize(ws[a]);
                !folded.starts_with("ال") && folded.chars().count() <= ACRONYM_LETTERS
            };
            // An agency of the hand list named by its acronym, which the
            // tagger and the lists may read as a town or a given name after
            // و (الرياض - واس).
            let chosen = acronym && self.gazetteer.chosen_organisation(infos[a].norm);
            // After a date, an acronym training did not see (وات، واع) or a
            // feminine nisba (العمانية، الألمانية, the agency of that
            // country) is the agency too. So is an acronym in brackets,
            // right after the place or between dashes, however common a
            // word it spells (تونس (وات) -، المنامة (بنا) -، الرباط - (ومع)
            // -), and a country's agency by its nisba before the dateline's
            // colon (مسقط - العُمانية:).
            let bracketed = a > 0 && ws[a - 1] == "(" && ws.get(b) == Some(&")");
            let before_colon = ws.get(b) == Some(&":");
            let shaped_agency = (dated || bracketed || before_colon)
                && b == a + 1
                && infos[a].gazetteer & PLACE_LIST_BEGIN == 0
                && {
                    let folded = normalize(ws[a]);
                    // (حصري، عاجل: a label of the piece; no agency's
                    // acronym ends as an adjective in ي. One training saw
                    // mostly in organisations is the agency however often.)
                    acronym
                        && (dated || bracketed)
                        && (bracketed
                            || infos[a].stats.count <= 2
                            || infos[a].stats.shares[2] >= 128)
                        && !folded.ends_with('ي')
                        && !PIECE_LABELS.contains(&folded.as_str())
                        || definite_nisba(&folded)
                            && folded.ends_with("يه")
                            && (dated || infos[a].nationality)
                };
            let place_outlet = PLACE_OUTLETS.contains(&fold_phrase(&ws[a..b]).as_str());
            // بيروت - رنا الحلبي، الكويت - محمد الإتربي:، إسلام آباد / فلان /
            // الأناضول: a writer's name of two or three words, its first a
            // given name (or one training saw mostly in people's names), no
            // outlet's, is a person.
            let writer = !chosen
                && (2..=3).contains(&(b - a))
                && ws[a..b].iter().all(|w| arabic_letters_only(&normalize(w)))
                && infos[a..b].iter().all(|t| {
                    t.gazetteer & (CURATED_ORG_BEGIN | CURATED_ORG_INSIDE | ORG_LIST_BEGIN) == 0
                        && t.triggers & (TRIGGER_ORG_HEAD | TRIGGER_TITLE) == 0
                })
                && !PLACE_OUTLETS.contains(&fold_phrase(&ws[a..b]).as_str())
                && (labels[a] == PER_B
                    || infos[a].triggers & TRIGGER_GIVEN != 0
                    || infos[a].whole_given
                    || infos[a].stats.shares[0] >= 96);
            if writer {
                relabel.push((a, b, PER_B));
            }
            let byline = !chosen
                && (writer
                    || labels[a..b].contains(&PER_B)
                    || infos[a].triggers & TRIGGER_GIVEN != 0);
            let digits = ws[a..b]
                .iter()
                .all(|w| !w.chars().any(crate::tokenize::is_alphabetic));
            // بغداد - الأناضول، الرياض - الشرق الأوسط: the one name after the
            // place, on a line of its own, is its source where it is an
            // outlet's name that is also a region's ([`PLACE_OUTLETS`]); any
            // other place stays one (السعودية - إيران, a match or a headline).
            let agency = chosen || shaped_agency;
            // A place of the lists that training saw mostly as a place or
            // never, no agency's acronym nor a body of the lists, is a place
            // there even where the tagger took it for an organisation
            // (طرابلس - بنغازي: a match, a road; not القاهرة - الأهرام, a
            // paper training saw).
            let listed_place = one_name(&labels[a..b], ORG_B)
                && !agency
                && !acronym
                && !place_outlet
                && infos[a].gazetteer & PLACE_LIST_BEGIN != 0
                && (infos[a].stats.count == 0 || infos[a].stats.shares[1] >= 128)
                && infos[a..b]
                    .iter()
                    .all(|t| t.gazetteer & (CURATED_ORG_BEGIN | ORG_LIST_BEGIN) == 0);
            if listed_place {
                relabel.push((a, b, LOC_B));
            }
            let place = (one_name(&labels[a..b], LOC_B) || listed_place)
                && !agency
                && !(only && line_end == n && place_outlet);
            let credit = CREDITS.contains(&normalize(ws[a]).as_str());
            // (A word in brackets between a dateline's dashes is a label of
            // the piece unless the lists, the tagger or its shape say it is
            // an agency: الخرطوم - (تحديث) -، بغداد - (حصري) -، بيروت -
            // (بالصور) -.)
            // (The tagger's organisation counts, but for a word shaped as an
            // adjective in ي, as no agency's name is: (حصري).)
            let labelled = a > 0
                && ws[a - 1] == "("
                && !(chosen
                    || shaped_agency
                    || labels[a] == ORG_B && !normalize(ws[a]).ends_with('ي')
                    || infos[a].gazetteer & CURATED_ORG_BEGIN != 0
                    || infos[a].gazetteer & ORG_LIST_BEGIN != 0);
            let ordinary =
                line_end < n && infos[a..b].iter().all(common) && !acronym && !shaped_agency
                    || labelled && !place_outlet;
            // (An organisation the tagger saw in such a label is none.)
            if labelled && !place_outlet && labels[a] == ORG_B {
                relabel.push((a, b, 0));
            }
            // لبنان - ماذا بعد: particles make a headline, not a name.
            let particle = infos[a..b]
                .iter()
                .any(|t| self.words.whole_classes(t) & (STOP | THAT) != 0);
            // (An agency of the lists named whole after a dash: كييف -
            // رويترز, whatever the tagger made of the place.)
            let listed = !slashed && infos[a].gazetteer & CURATED_ORG_BEGIN != 0;
            let known = chosen
                || listed
                || place_outlet
                || acronym
                    && infos[a].gazetteer & PLACE_LIST_BEGIN == 0
                    && infos[a].stats.count <= 2;
            if doubtful && !known {
                continue;
            }
            if !byline && !digits && !place && !credit && !ordinary && !particle {
                found.push((a, b));
                taken = true;
            }
        }
        !doubtful || taken
    }
}

/// Where the date after a dateline's place ends, if one stands between the
/// place at `..at` and its source in brackets (العلا، 19 ديسمبر (واس) -،
/// الكويت في 27 ديسمبر (العمانية) -): a comma or في, a day or a year, and
/// few words of letters (months, الموافق between two calendars' dates, هـ
/// and م). `at` where there is none.
fn dated_until(ws: &[&str], at: usize) -> usize {
    let Some(open) = ws
        .iter()
        .skip(at)
        .take(DATE_TOKENS)
        .position(|&w| w == "(")
        .map(|p| at + p)
    else {
        return at;
    };
    let between = &ws[at..open];
    let digits = |w: &str| {
        w.chars()
            .any(|c| c.is_ascii_digit() || ('٠'..='٩').contains(&c))
    };
    let letters = between
        .iter()
        .filter(|w| !digits(w) && w.chars().count() >= 3 && normalize(w) != "الموافق")
        .count();
    let dated = between.iter().any(|w| digits(w))
        && letters <= DATE_WORDS
        && between
            .iter()
            .all(|&w| is_word(w) || matches!(w, "،" | ","));
    if dated {
        open
    } else {
        at
    }
}

fn is_dash(w: &str) -> bool {
    matches!(w, "-" | "–" | "—")
}

/// The sources of `ws[from..to]` when it is nothing but names of one to
/// [`LONGEST`] words between dashes (بنا، الأناضول - عربي21), else none; a
/// credit joined by و ends the name before it (الاتحاد ووكالات الأنباء).
fn dashed(ws: &[&str], from: usize, to: usize) -> Vec<(usize, usize)> {
    let mut sources = Vec::new();
    // A source in brackets was found: what follows its dash may be the date.
    let mut bracketed = false;
    let mut k = from;
    while k < to {
        // كييف - (رويترز) - الاثنين 20 أبريل/نيسان: a source in brackets
        // between dashes.
        if ws[k] == "(" {
            let inside = (k + 1..to.min(k + 2 + LONGEST)).find(|&j| ws[j] == ")");
            if let Some(close) = inside.filter(|&c| c > k + 1) {
                if ws[k + 1..close].iter().all(|w| is_word(w))
                    && (close + 1 == to || is_dash(ws[close + 1]))
                {
                    sources.push((k + 1, close));
                    bracketed = true;
                    k = close + 2;
                    continue;
                }
            }
        }
        let start = k;
        while k < to && is_word(ws[k]) && k < start + LONGEST {
            k += 1;
        }
        if k == start || (k < to && !is_dash(ws[k])) {
            if bracketed {
                return sources;
            }
            return Vec::new();
        }
        // الاتحاد ووكالات الأنباء: the credit after و is none of the name.
        let credit = (start + 1..k).find(|&j| {
            normalize(ws[j])
                .strip_prefix('و')
                .is_some_and(|rest| CREDITS.contains(&rest))
        });
        sources.push((start, credit.unwrap_or(k)));
        k += 1;
    }
    sources
}
