//! PURE: the short forms of the status bar's longer messages, in English and
//! Arabic, said when the whole does not fit (a terminal 40 columns wide).
//!
//! Cut at a word, a message keeps its start, which is often not its point:
//! "/tmp/out.txt exists (:w! replaces it)" becomes "/tmp/o…", "end of what
//! is loaded so far; …" tells nothing of the loading. A short form says the
//! point in a third of the room. It is a row beside the message's own row
//! rather than a third text in `messages!`, since most messages need none.
//!
//! The app's messages are made where they happen, as filled strings; the
//! bar finds a short form by matching the string against the message's
//! text in the interface's language, its `{name}` places as wildcards
//! ([`Interface::shorten`]), and fills the short form with the same values.
//! So no place that says something has to know about narrow terminals.

use super::{places, Interface, Msg};

/// Makes [`Msg::short`] out of one row per message with a short form:
/// `Id "English" "Arabic";`.
macro_rules! shorts {
    ($($id:ident $en:literal $ar:literal;)*) => {
        impl Msg {
            /// The short form, in English and Arabic, of a message that has
            /// one: its point, for a status bar too narrow for the whole.
            pub const fn short(self) -> Option<[&'static str; 2]> {
                match self {
                    $(Msg::$id => Some([$en, $ar]),)*
                    _ => None,
                }
            }
        }
    };
}

shorts! {
    NoPanel "no panel: e opens it" "لا لوحة: e يفتحها";
    StillRecognising "still recognising" "التعرّف جارٍ";
    NotesOnly "E, D: Notes tab (t)" "E و D: تبويب الملاحظات (t)";
    DeletedCorrectionStays "deleted \u{2014} u undoes" "حُذفت \u{2014} u للتراجع";
    OnlyMention "{n}/{total}, the only one" "{n}/{total}، الوحيد";
    WrappedFirst "{n}/{total}, back to first" "{n}/{total}، عودة إلى الأول";
    WrappedLast "{n}/{total}, back to last" "{n}/{total}، عودة إلى الأخير";
    MarkLater "mark {m}: after loading" "العلامة {m}: بعد التحميل";
    NotAMark "not a mark: {m}" "ليست علامة: {m}";
    NoJumpBack "no jump yet" "لا قفزة بعد";
    NoLine "no line {n} (of {total})" "لا سطر {n} (من {total})";
    NoLineYet "line {n}: not loaded yet" "السطر {n}: لم يُحمَّل بعد";
    UnknownCommand "unknown: {cmd}" "غير معروف: {cmd}";
    MissingTarget ":goto 42% or a line" "\u{200E}:goto نسبة أو سطر";
    BadTarget "not a place: {typed}" "ليس موضعًا: {typed}";
    PercentRange "0% to 100%, not {typed}" "من 0% إلى 100%، لا {typed}";
    MissingFile "{cmd} needs a file" "يحتاج {cmd} إلى ملف";
    WroteLine "wrote {n} line" "كُتب {n} سطر";
    WroteLines "wrote {n} lines" "كُتبت {n} أسطر";
    WriteLater "still loading: not written" "التحميل جارٍ: لم يُكتب";
    FileExists "exists: :w! replaces it" "موجود: \u{200E}:w!\u{200E} يستبدله";
    NoDirectory "no such directory" "لا مجلد بهذا الاسم";
    OneFile "only one file" "ملف واحد فقط";
    NoLinks "no links in the text" "لا روابط في النص";
    NoSearch "no search: / searches" "لا بحث: / للبحث";
    WrappedTop "wrapped to top" "عاد إلى البداية";
    WrappedBottom "wrapped to bottom" "عاد إلى النهاية";
    Selecting "{n} chars: a, l, Esc" "{n} حرفًا: a، l، Esc";
    NothingWritten "nothing written" "لم يُكتب شيء";
    DeletedElsewhere "deleted elsewhere" "حُذف في مكان آخر";
    SavedAnew "saved as a new note" "حُفظت ملاحظة جديدة";
    NoName "no name here" "لا اسم هنا";
    LabelQuote "a quote: v, then l" "اقتباس: v ثم l";
    LabelDescribed "described, not named" "موصوف لا مسمّى";
    LabelInNotes "t shows the entities" "t يعرض الكيانات";
    NothingToNote "nothing selected: v" "لا تحديد: v";
    NotAKey "{key}: no key (? lists)" "{key}: ليس مفتاحًا (?)";
    NoFollow "F: not followed" "F: لا متابعة";
    FileChanged "changed: R reads again" "تغيّر: R يقرؤه من جديد";
    NoFileToReread "nothing to read again" "لا شيء يُقرأ من جديد";
    LessOption "-{option}: not in qari" "\u{200E}-{option}: ليس في qari";
    LabelledEverywhere "labelled: {label}, everywhere" "صُنّف: {label}، في كل مقال";
    CopiedOne "copied {n} char" "نُسخ {n} حرف";
    CopiedMany "copied {n} chars" "نُسخت {n} أحرف";
    PasteIgnored "paste ignored" "أُهمل اللصق";
    LoadedEnd "end so far; still loading" "النهاية حتى الآن؛ التحميل جارٍ";
    LoadedPercent "{p}% so far; still loading" "{p}٪ حتى الآن؛ التحميل جارٍ";
    LoadedAtEnd "loaded: at the end" "اكتمل التحميل: عند النهاية";
    LoadedAt "loaded: at {p}%" "اكتمل التحميل: عند {p}٪";
    QuitLoading "still loading: q quits, no notes" "التحميل جارٍ: q للخروج دون ملاحظات";
    QuitUnstored "notes not stored: q quits" "لم تُحفظ: q للخروج دونها";
}

impl Interface {
    /// The short form of `said`, a message of the catalogue as the app
    /// filled it, with the same values in its places; `None` when `said` is
    /// no message with a short form.
    pub fn shorten(self, said: &str) -> Option<String> {
        Msg::ALL.iter().find_map(|&msg| {
            let short = self.pick(msg.short()?);
            let values = filled(self.text(msg), said)?;
            let mut out = short.to_string();
            for (name, value) in values {
                out = out.replace(&format!("{{{name}}}"), &value);
            }
            Some(out)
        })
    }
}

/// The values of `template`'s places in `said`, if `said` is `template`
/// filled: the words between the places must be there, in order, and the
/// last of them at the end.
fn filled<'t>(template: &'t str, said: &str) -> Option<Vec<(&'t str, String)>> {
    let names = places(template);
    // The words around the places: one more than the places.
    let mut words = Vec::with_capacity(names.len() + 1);
    let mut rest = template;
    for name in &names {
        let at = rest.find(&format!("{{{name}}}"))?;
        words.push(&rest[..at]);
        rest = &rest[at + name.len() + 2..];
    }
    words.push(rest);
    let mut text = said.strip_prefix(words[0])?;
    let mut values = Vec::with_capacity(names.len());
    for (i, name) in names.iter().enumerate() {
        let next = words[i + 1];
        let end = if i + 2 == words.len() {
            // The last place runs to the last words, which end the text.
            text.strip_suffix(next)?.len()
        } else if next.is_empty() {
            return None;
        } else {
            text.find(next)?
        };
        values.push((*name, text[..end].to_string()));
        text = &text[end + next.len()..];
    }
    text.is_empty().then_some(values)
}

#[cfg(test)]
mod tests {
    use super::super::{Digits, Lang};
    use super::*;
    use crate::reader::messages::drawn_width;

    #[test]
    fn every_short_form_is_shorter_with_places_of_its_message_in_both_languages() {
        for &msg in Msg::ALL {
            let Some([en, ar]) = msg.short() else {
                continue;
            };
            let [full_en, full_ar] = msg.texts();
            assert!(drawn_width(en) < drawn_width(full_en), "{msg:?}: {en}");
            assert!(drawn_width(ar) < drawn_width(full_ar), "{msg:?}: {ar}");
            // Short enough for a 40-column bar with nothing else on it.
            assert!(drawn_width(en) <= 34 && drawn_width(ar) <= 34, "{msg:?}");
            let arabic = ar.chars().any(|c| ('\u{0600}'..='\u{06FF}').contains(&c));
            assert!(arabic, "{msg:?}: the Arabic is not Arabic: {ar}");
            let (mut a, mut b) = (places(en), places(ar));
            a.sort_unstable();
            b.sort_unstable();
            assert_eq!(a, b, "{msg:?}: the two short forms' places differ");
            for place in a {
                assert!(places(full_en).contains(&place), "{msg:?}: {{{place}}}");
            }
        }
    }

    #[test]
    fn a_filled_message_is_shortened_with_its_values() {
        let en = Interface::default();
        let said = en.say(Msg::FileExists, &[("path", &"/tmp/a long/out.txt")]);
        assert_eq!(
            en.shorten(&said).as_deref(),
            Some("exists: :w! replaces it")
        );
        let said = en.say_count(Msg::WroteLines, 55, &[("path", &"/tmp/x")]);
        assert_eq!(en.shorten(&said).as_deref(), Some("wrote 55 lines"));
        let said = en.say(Msg::WrappedFirst, &[("n", &1), ("total", &12)]);
        assert_eq!(en.shorten(&said).as_deref(), Some("1/12, back to first"));
        assert_eq!(
            en.shorten(en.text(Msg::LoadedEnd)).as_deref(),
            Some("end so far; still loading")
        );
        let ar = Interface::new(Lang::Ar, Digits::ArabicIndic);
        let said = ar.say(Msg::LoadedAt, &[("p", &ar.number(50))]);
        assert_eq!(ar.shorten(&said).as_deref(), Some("اكتمل التحميل: عند ٥٠٪"));
    }

    #[test]
    fn what_is_no_message_with_a_short_form_has_none() {
        let en = Interface::default();
        assert_eq!(en.shorten("mention 1/3"), None);
        assert_eq!(en.shorten("no panel to focus (e opens it) and more"), None);
        assert_eq!(en.shorten(""), None);
    }
}
