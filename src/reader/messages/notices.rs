//! PURE: an input's warnings and failures (`core::notice`: a file, a link
//! that could not be fetched) and a configuration file that could not be
//! used (`reader::config::ConfigWarning`) said in the interface's language,
//! through the catalogue's rows.
//!
//! The core and the configuration word them in English for the commands and
//! the command line; the reader says them here, one catalogue row per kind,
//! so an Arabic interface shows "لا ملف بهذا الاسم" where a script reads "no
//! such file", and "رُفض الاتصال" for "connection refused". The path or URL
//! is in every one. What the system, a library or a server words (an I/O
//! error's text, a load's reason, TLS's or toml's message, a status's
//! "Not Found") stays as it came, in English, as every `{err}` does.

use super::{Interface, Msg};
use crate::core::notice::{size_in_words, InputError, Limit, Reason, Warning};
use crate::reader::config::{
    bound_keys, ConfigError, ConfigErrorKind, ConfigProblem, ConfigWarning,
};

impl Interface {
    /// A document's warning, for the status bar.
    pub fn warning(self, warning: &Warning) -> String {
        match warning {
            Warning::InvalidUtf8 => self.text(Msg::InvalidUtf8).to_string(),
            Warning::ReadAs(encoding) => self.say(Msg::ReadAs, &[("encoding", encoding)]),
            Warning::AskedOverUtf8(encoding) => {
                self.say(Msg::AskedOverUtf8, &[("encoding", encoding)])
            }
            Warning::Replaced(encoding) => self.say(Msg::Replaced, &[("encoding", encoding)]),
            Warning::NotAsDeclared { declared, used } => self.say(
                Msg::NotAsDeclared,
                &[("declared", declared), ("encoding", used)],
            ),
            Warning::BrokenFeed { line, what } => self.say(
                Msg::BrokenFeed,
                &[("line", &self.number(line)), ("what", what)],
            ),
            Warning::NoArticle => self.text(Msg::NoArticle).to_string(),
            Warning::WholePage => self.text(Msg::WholePage).to_string(),
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
            Reason::NoSuchHost => said(Msg::NoSuchHost),
            Reason::CouldNotConnect => said(Msg::CouldNotConnect),
            Reason::ConnectionRefused => said(Msg::ConnectionRefused),
            Reason::TimedOut => said(Msg::TimedOut),
            Reason::Interrupted => said(Msg::Interrupted),
            Reason::NoWriter => said(Msg::NoWriter),
            Reason::TooManyRedirects(n) => self.say(
                Msg::TooManyRedirects,
                &[("input", input), ("n", &self.number(n))],
            ),
            Reason::RedirectFailed => said(Msg::RedirectFailed),
            Reason::RedirectRefused(scheme) => self.say(
                Msg::RedirectRefused,
                &[("input", input), ("scheme", scheme)],
            ),
            Reason::TooLarge(n) => {
                self.say(Msg::TooLarge, &[("input", input), ("n", &self.number(n))])
            }
            Reason::BadAddress(err) => self.say(Msg::BadAddress, &[("input", input), ("err", err)]),
            Reason::Tls(err) => self.say(Msg::TlsFailed, &[("input", input), ("err", err)]),
            Reason::Network(err) => self.say(Msg::NetworkError, &[("input", input), ("err", err)]),
            Reason::BrokenCompression(err) => {
                self.say(Msg::BrokenCompression, &[("input", input), ("err", err)])
            }
            // A status without its words ends at its code.
            Reason::HttpStatus { code, reason } => self
                .say(
                    Msg::HttpStatus,
                    &[("input", input), ("code", code), ("status", reason)],
                )
                .trim_end()
                .to_string(),
            Reason::Scheme(scheme) => {
                self.say(Msg::OtherScheme, &[("input", input), ("scheme", scheme)])
            }
            Reason::NoLocalFile => said(Msg::NoLocalFile),
            Reason::Relative => said(Msg::Relative),
            Reason::Other(text) => self.say(Msg::Failed, &[("what", input), ("err", text)]),
        }
    }

    /// Why the configuration file was not used, for the status bar: the
    /// file (and the place in it), what was wrong, and that the defaults
    /// apply.
    pub fn config_warning(self, warning: &ConfigWarning) -> String {
        let file = &warning.file;
        let problem = match &warning.problem {
            ConfigProblem::NotRegular => self.say(Msg::ConfigNotRegular, &[("file", file)]),
            ConfigProblem::TooLarge(n) => {
                let size = self.number(size_in_words(*n));
                self.say(Msg::ConfigTooLarge, &[("file", file), ("size", &size)])
            }
            ConfigProblem::NotUtf8 => self.say(Msg::ConfigNotUtf8, &[("file", file)]),
            ConfigProblem::Unreadable(reason) => {
                self.input_error(&InputError::new(file, reason.clone()))
            }
            ConfigProblem::Invalid(err) => self.config_error(err),
            ConfigProblem::Skipped { first, count: 1 } => {
                return self.config_error(first) + self.text(Msg::SkippedSetting);
            }
            ConfigProblem::Skipped { first, count } => {
                let n = self.number(count - 1);
                return self.config_error(first) + &self.say(Msg::SkippedSettings, &[("n", &n)]);
            }
        };
        problem + self.text(Msg::UsingDefaults)
    }

    /// A configuration file's mistake, at its `file:line:column`.
    fn config_error(self, err: &ConfigError) -> String {
        let at = format!("{}:{}:{}", err.file, err.line, err.column);
        let (at, kind) = (at.as_str(), &err.kind);
        let place = |table: &str| {
            if table.is_empty() {
                self.text(Msg::TopLevel).to_string()
            } else {
                self.say(Msg::InTable, &[("table", &table)])
            }
        };
        let quoted = |text: &str| format!("{text:?}");
        match kind {
            ConfigErrorKind::Syntax(message) => {
                self.say(Msg::ConfigSyntax, &[("at", &at), ("err", message)])
            }
            ConfigErrorKind::UnknownKey {
                key,
                table,
                expected,
            } => {
                let mut said = self.say(
                    Msg::ConfigUnknownKey,
                    &[("at", &at), ("key", &quoted(key)), ("where", &place(table))],
                );
                if !expected.is_empty() {
                    let names = expected.join(", ");
                    said += &self.say(Msg::ConfigExpected, &[("names", &names)]);
                }
                said
            }
            ConfigErrorKind::BadValue { key, table, reason } => self.say(
                Msg::ConfigBadValue,
                &[
                    ("at", &at),
                    ("key", &quoted(key)),
                    ("where", &place(table)),
                    ("reason", reason),
                ],
            ),
            ConfigErrorKind::BadKeyString { key, table, reason } => self.say(
                Msg::ConfigBadKey,
                &[
                    ("at", &at),
                    ("key", &quoted(key)),
                    ("where", &place(table)),
                    ("reason", reason),
                ],
            ),
            ConfigErrorKind::UnknownAction { key, table, name } => self.say(
                Msg::ConfigUnknownAction,
                &[
                    ("at", &at),
                    ("name", &quoted(name)),
                    ("key", &quoted(key)),
                    ("where", &place(table)),
                ],
            ),
            ConfigErrorKind::ShadowedSequence {
                key,
                table,
                prefix,
                action,
            } => {
                let bound = bound_keys(key, *prefix);
                self.say(
                    Msg::ConfigShadowed,
                    &[
                        ("at", &at),
                        ("key", &quoted(key)),
                        ("where", &place(table)),
                        ("bound", &quoted(&bound)),
                        ("action", &quoted(action)),
                    ],
                )
            }
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
            Warning::AskedOverUtf8("windows-1256".into()),
            Warning::Replaced("windows-1256".into()),
            Warning::NotAsDeclared {
                declared: "windows-1256".into(),
                used: "UTF-8".into(),
            },
            Warning::BrokenFeed {
                line: 3,
                what: "</b> closes nothing".into(),
            },
            Warning::NoArticle,
            Warning::WholePage,
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
            Reason::NoSuchHost,
            Reason::CouldNotConnect,
            Reason::ConnectionRefused,
            Reason::TimedOut,
            Reason::Interrupted,
            Reason::NoWriter,
            Reason::TooManyRedirects(5),
            Reason::RedirectFailed,
            Reason::RedirectRefused("file".into()),
            Reason::TooLarge(20),
            Reason::BadAddress("empty host".into()),
            Reason::Tls("no certificate".into()),
            Reason::Network("broken pipe".into()),
            Reason::BrokenCompression("invalid gzip header".into()),
            Reason::HttpStatus {
                code: 404,
                reason: "Not Found".into(),
            },
            Reason::HttpStatus {
                code: 599,
                reason: String::new(),
            },
            Reason::Scheme("gopher".into()),
            Reason::NoLocalFile,
            Reason::Relative,
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

    #[test]
    fn network_failures_keep_their_url_and_the_server_s_words() {
        let url = "http://127.0.0.1:9/a.html";
        let refused = InputError::new(url, Reason::ConnectionRefused);
        assert_eq!(
            arabic().input_error(&refused),
            format!("\u{2068}{url}\u{2069}: رُفض الاتصال")
        );
        let status = InputError::new(
            url,
            Reason::HttpStatus {
                code: 404,
                reason: "Not Found".into(),
            },
        );
        let said = arabic().input_error(&status);
        assert!(said.contains("404") && said.contains("Not Found"), "{said}");
        assert!(said.contains("أجاب الخادم"), "{said}");
        // Numbers in the interface's digits; the code and the URL as written.
        let indic = Interface::new(Lang::Ar, crate::reader::messages::Digits::ArabicIndic);
        let large = indic.input_error(&InputError::new(url, Reason::TooLarge(20)));
        assert!(large.contains("٢٠") && large.contains(url), "{large}");
        assert!(indic.input_error(&status).contains("404"));
    }

    fn config_error(kind: ConfigErrorKind) -> ConfigProblem {
        ConfigProblem::Invalid(crate::reader::config::ConfigError {
            file: "config.toml".into(),
            line: 3,
            column: 1,
            kind,
        })
    }

    #[test]
    fn every_configuration_warning_is_its_english_and_arabic_in_arabic() {
        let problems = [
            ConfigProblem::NotRegular,
            ConfigProblem::TooLarge(1 << 20),
            ConfigProblem::NotUtf8,
            ConfigProblem::Unreadable(Reason::PermissionDenied),
            ConfigProblem::Unreadable(Reason::Other("input/output error".into())),
            config_error(ConfigErrorKind::Syntax("expected `=`".into())),
            config_error(ConfigErrorKind::UnknownKey {
                key: "colour".into(),
                table: "text".into(),
                expected: vec!["width".into(), "margin".into()],
            }),
            config_error(ConfigErrorKind::UnknownKey {
                key: "colour".into(),
                table: String::new(),
                expected: Vec::new(),
            }),
            config_error(ConfigErrorKind::BadValue {
                key: "width".into(),
                table: "text".into(),
                reason: "expected a whole number".into(),
            }),
            config_error(ConfigErrorKind::BadKeyString {
                key: "C-Nope".into(),
                table: "keys".into(),
                reason: "unknown key name".into(),
            }),
            config_error(ConfigErrorKind::UnknownAction {
                key: "x".into(),
                table: "keys".into(),
                name: "fly".into(),
            }),
            config_error(ConfigErrorKind::ShadowedSequence {
                key: "g g".into(),
                table: "keys".into(),
                prefix: 1,
                action: "top",
            }),
        ];
        for problem in problems {
            let warning = ConfigWarning {
                file: "config.toml".into(),
                problem,
            };
            let english = Interface::default().config_warning(&warning);
            assert_eq!(english, warning.to_string());
            let ar = arabic().config_warning(&warning);
            assert!(has_arabic(&ar), "{ar}");
            assert!(!ar.contains("default settings"), "{ar}");
            // The file (and the place in it) keeps its own direction.
            assert!(ar.starts_with("\u{2068}config.toml"), "{ar}");
            assert!(ar.ends_with("تُستعمل الإعدادات الافتراضية"), "{ar}");
        }
        // A file used without its bad settings says so, not "the defaults".
        for count in [1, 3] {
            let ConfigProblem::Invalid(first) = config_error(ConfigErrorKind::UnknownKey {
                key: "colour".into(),
                table: "text".into(),
                expected: vec!["width".into()],
            }) else {
                unreachable!("config_error makes an invalid file's problem")
            };
            let warning = ConfigWarning {
                file: "config.toml".into(),
                problem: ConfigProblem::Skipped {
                    first: Box::new(first),
                    count,
                },
            };
            let english = Interface::default().config_warning(&warning);
            assert_eq!(english, warning.to_string());
            assert!(english.ends_with("the others apply"), "{english}");
            assert_eq!(english.contains("2 more"), count == 3, "{english}");
            let ar = arabic().config_warning(&warning);
            assert!(ar.ends_with("واستُعمل الباقي"), "{ar}");
            assert!(!ar.contains("الافتراضية"), "{ar}");
        }
        let unknown = ConfigWarning {
            file: "config.toml".into(),
            problem: config_error(ConfigErrorKind::UnknownKey {
                key: "colour".into(),
                table: "text".into(),
                expected: vec!["width".into()],
            }),
        };
        assert_eq!(
            arabic().config_warning(&unknown),
            "\u{2068}config.toml:3:1\u{2069}: مفتاح غير معروف \u{2068}\"colour\"\u{2069} \
             \u{2068}في [\u{2068}text\u{2069}]\u{2069} (المتوقع أحد هذه: \u{2068}width\u{2069})\
             ؛ تُستعمل الإعدادات الافتراضية"
        );
    }
}
