//! What a command reads: a file named, standard input, or the built-in
//! article, chosen by what standard input is (a terminal, a device, or a
//! stream written to be read); and the bytes of standard input read ahead
//! to tell what it is, given back to whatever reads it next.

use std::fs::File;
use std::io::{self, IsTerminal};
use std::path::Path;

use anyhow::anyhow;

use super::DEFAULT_NAME;

/// Where text comes from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Source<'a> {
    Builtin,
    Stdin,
    File(&'a Path),
}

impl<'a> Source<'a> {
    /// `-` means standard input; any other path is a file.
    pub fn from_path(path: &'a Path) -> Self {
        if path.as_os_str() == "-" {
            Self::Stdin
        } else {
            Self::File(path)
        }
    }

    /// Whether the source can be read only once, as it arrives: standard
    /// input, or a path that is a pipe or a device (`qari entities <(curl …)`,
    /// /dev/stdin). Its first bytes are looked at in the stream, never by
    /// opening it a second time.
    pub fn streamed(&self) -> bool {
        match self {
            Self::Builtin => false,
            Self::Stdin => true,
            Self::File(path) => is_stream(path),
        }
    }

    /// How error messages name the source: the path as given.
    pub fn label(&self) -> String {
        match self {
            Self::Builtin => DEFAULT_NAME.to_string(),
            Self::Stdin => "standard input".to_string(),
            Self::File(p) => p.display().to_string(),
        }
    }

    /// How the reader titles the document: the file name without directories,
    /// but the whole path of a descriptor (/dev/fd/63 for `qari <(…)`, not 63).
    pub fn title(&self) -> String {
        match self {
            Self::File(p) => p
                .file_name()
                .map(|n| n.to_string_lossy().into_owned())
                .filter(|n| !n.bytes().all(|b| b.is_ascii_digit()))
                .unwrap_or_else(|| p.display().to_string()),
            _ => self.label(),
        }
    }
}

/// A path that names a pipe, a device or a socket rather than a file: what
/// is read from it is gone, so it is opened once. (A path that cannot be
/// looked at is left to the opening to report.)
pub fn is_stream(path: &Path) -> bool {
    std::fs::metadata(path).is_ok_and(|m| !m.is_file() && !m.is_dir())
}

/// What to read for a command whose FILE argument is `file`, by
/// [`choose`] with the real standard input.
pub fn source_for(file: Option<&Path>) -> anyhow::Result<Source<'_>> {
    choose(file, StdinKind::now())
}

/// What standard input is, as [`choose`] asks.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum StdinKind {
    Terminal,
    /// A character device that is no terminal: `/dev/null`, mostly.
    Device,
    /// A pipe, a file, a socket: something written to be read.
    Stream,
}

impl StdinKind {
    /// The process's standard input (a closed one is a stream, whose
    /// reading then says what is wrong).
    pub fn now() -> Self {
        use std::os::fd::AsFd;
        use std::os::unix::fs::FileTypeExt;
        let stdin = io::stdin();
        if stdin.is_terminal() {
            return Self::Terminal;
        }
        let device = stdin
            .as_fd()
            .try_clone_to_owned()
            .map(File::from)
            .and_then(|file| file.metadata())
            .is_ok_and(|meta| meta.file_type().is_char_device());
        if device {
            Self::Device
        } else {
            Self::Stream
        }
    }
}

/// A named file; `-` for standard input unless it is a terminal; nothing
/// named: standard input when it is a pipe or a file, the built-in article
/// on a terminal, and a mistake on a device.
pub fn choose(file: Option<&Path>, stdin: StdinKind) -> anyhow::Result<Source<'_>> {
    match (file.map(Source::from_path), stdin) {
        (Some(Source::Stdin), StdinKind::Terminal) => Err(anyhow!(
            "standard input is a terminal, not text: pipe an article in \
             (`cat article.txt | qari -`) or name a FILE"
        )),
        (Some(source), _) => Ok(source),
        (None, StdinKind::Terminal) => Ok(Source::Builtin),
        (None, StdinKind::Device) => Err(anyhow!(
            "no FILE named, and standard input is a device (/dev/null, as cron \
             and `ssh -n` give), not text: pipe an article in or name a FILE \
             (`-` reads standard input all the same)"
        )),
        (None, StdinKind::Stream) => Ok(Source::Stdin),
    }
}

/// Bytes of standard input read ahead to tell what it is (a page, a feed or
/// text), given back first to whatever reads standard input next: one
/// stash for the process, as standard input is one.
static STDIN_AHEAD: std::sync::Mutex<Vec<u8>> = std::sync::Mutex::new(Vec::new());

/// Keep `head`, read from standard input, to be read again first.
pub(in crate::store) fn give_back_stdin(head: Vec<u8>) {
    *STDIN_AHEAD
        .lock()
        .unwrap_or_else(std::sync::PoisonError::into_inner) = head;
}

/// What was read ahead of standard input and not read again yet.
pub(in crate::store) fn take_stdin_ahead() -> Vec<u8> {
    std::mem::take(
        &mut *STDIN_AHEAD
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn standard_input_is_read_when_it_is_a_pipe_or_a_file() {
        use StdinKind::{Device, Stream, Terminal};
        let file = Path::new("a.txt");
        let dash = Path::new("-");
        assert_eq!(choose(None, Stream).expect("pipe"), Source::Stdin);
        assert_eq!(choose(None, Terminal).expect("terminal"), Source::Builtin);
        assert_eq!(choose(Some(dash), Stream).expect("pipe"), Source::Stdin);
        assert_eq!(choose(Some(dash), Device).expect("asked"), Source::Stdin);
        for stdin in [Terminal, Device, Stream] {
            assert_eq!(choose(Some(file), stdin).expect("file"), Source::File(file));
        }
        let err = choose(Some(dash), Terminal).expect_err("a terminal is no article");
        assert!(err.to_string().contains("pipe an article in"), "{err}");
        let err = choose(None, Device).expect_err("/dev/null is no article");
        assert!(
            err.to_string().contains("standard input is a device"),
            "{err}"
        );
    }
}
