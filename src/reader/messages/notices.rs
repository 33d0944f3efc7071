//! PURE: an input's warnings and failures (`core::notice`) said in the
//! interface's language, through the catalogue's rows.
//!
//! The core words them in English for the commands and the command line;
//! the reader says them here, one catalogue row per kind, so an Arabic
//! interface shows "لا ملف بهذا الاسم" where a script reads "no such file".
//! What the system or a server words (an I/O error's text, a load's
//! reason) stays as it came, in English, as every `{err}` does.

use super::{Interface, Msg};
use crate::core::notice::{InputError, Limit, Reason, Warning};

impl Interface {
    /// A document's warning, for the status bar.
    pub fn warning(self, warning: &Warning) -> String {
        match warning {
            Warning::InvalidUtf8 => self.text(Msg::InvalidUtf8).to_string(),
            Warning::ReadAs(encoding) => self.say(Msg::ReadAs, &[("encoding", encoding)]),
            Warning::Replaced(encoding) => self.say(Msg::Replaced, &[("encoding", encoding)]),
            Warning::NoArticle => self.text(Msg::NoArticle).to_string(),
            Warning::Stopped {
                name,
                at: Limit::Bytes(n),
            } => {
                let size = self.number(crate::core::notice::size_in_words(*n));
                self.say(Msg::StoppedAtSize, &[("name", name), ("size", &size)])
            }
            Warning::Stopped {
                name,
                at: Limit::Lines(n),
            } => self.say(
                Msg::StoppedAtLines,
                &[("name", name), ("n", &self.number(n))],
            ),
            Warning::Broke { at, reason } => self.say(
                Msg::StoppedLoading,
                &[("at", &self.number(at)), ("reason", reason)],
            ),
        }
    }

    /// Why an input could not be read, for the status bar.
    pub fn input_error(self, err: &InputError) -> String {
        let input = &err.input;
        let said = |msg| self.say(msg, &[("input", input)]);
        match &err.reason {
            Reason::NoSuchFile => said(Msg::NoSuchFile),
            Reason::PermissionDenied => said(Msg::PermissionDenied),
            Reason::IsADirectory => said(Msg::IsADirectory),
            Reason::NotPageOrText(what) => {
                self.say(Msg::NotPageOrText, &[("input", input), ("type", what)])
            }
            Reason::FeedEmpty => said(Msg::FeedEmpty),
            Reason::ReadAlready => said(Msg::ReadAlready),
            Reason::Other(text) => self.say(Msg::Failed, &[("what", input), ("err", text)]),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::reader::messages::Lang;

    fn arabic() -> Interface {
        Interface::new(Lang::Ar, Default::default())
    }

    fn has_arabic(text: &str) -> bool {
        text.contains(|c| ('\u{0621}'..='\u{064A}').contains(&c))
    }

    #[test]
    fn every_warning_is_the_cores_words_in_english_and_arabic_in_arabic() {
        let warnings = [
            Warning::InvalidUtf8,
            Warning::ReadAs("windows-1256".into()),
            Warning::Replaced("windows-1256".into()),
            Warning::NoArticle,
            Warning::Stopped {
                name: "standard input".into(),
                at: Limit::Bytes(1 << 30),
            },
            Warning::Stopped {
                name: "standard input".into(),
                at: Limit::Lines(10),
            },
            Warning::Broke {
                at: 42,
                reason: "binary data".into(),
            },
        ];
        for warning in &warnings {
            let english = Interface::default().warning(warning);
            assert_eq!(english, warning.to_string());
            let ar = arabic().warning(warning);
            assert!(has_arabic(&ar), "{ar}");
        }
        assert_eq!(
            arabic().warning(&Warning::NoArticle),
            "لم يُعثر على مقال في الصفحة: يُعرض نصها كله"
        );
    }

    #[test]
    fn every_failure_is_the_cores_words_in_english_and_arabic_in_arabic() {
        let reasons = [
            Reason::NoSuchFile,
            Reason::PermissionDenied,
            Reason::IsADirectory,
            Reason::NotPageOrText("image/png".into()),
            Reason::FeedEmpty,
            Reason::ReadAlready,
        ];
        for reason in reasons {
            let err = InputError::new("/tmp/gone.txt", reason);
            assert_eq!(Interface::default().input_error(&err), err.to_string());
            let ar = arabic().input_error(&err);
            assert!(has_arabic(&ar), "{ar}");
            // The path keeps its own direction inside the sentence.
            assert!(ar.starts_with("\u{2068}/tmp/gone.txt\u{2069}: "), "{ar}");
        }
        // What the system says stays as it said it.
        let other = InputError::new("/tmp/x", Reason::Other("input/output error".into()));
        assert_eq!(Interface::default().input_error(&other), other.to_string());
        assert!(arabic().input_error(&other).contains("input/output error"));
    }
}
