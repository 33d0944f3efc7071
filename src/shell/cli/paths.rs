//! Input arguments as paths: a `file:` link (as a browser or newsboat hands
//! one over) is the local file it names, its `%XX` escapes decoded and its
//! `#fragment` kept for the page to open at. The shell's links read a
//! `file:` link the same way (`shell/links.rs`, `shell/feed.rs`).

use std::path::PathBuf;

/// An input argument as a path: a `file:` link is the local file it names
/// (`file:///tmp/a%20b.txt` is `/tmp/a b.txt`; `file:/tmp/a.txt` and
/// `file://localhost/…` too), as a browser or newsboat may hand one over;
/// anything else is the path or link as written. A file link this machine
/// cannot read (another host, a broken escape) is left as written, and
/// opening it says why in one line (`store::fetch`).
/// A file argument as the system gives it: a name that is no UTF-8 (an
/// Arabic name in windows-1256 bytes, from an old archive) is a path all
/// the same; only a UTF-8 one can be a `file:` link.
pub(super) fn input_path(arg: std::ffi::OsString) -> PathBuf {
    match arg.to_str() {
        Some(text) => {
            local_file(text).map_or_else(|| PathBuf::from(text), |path| with_fragment(path, text))
        }
        None => PathBuf::from(arg),
    }
}

/// `path` with the `#fragment` of the link it came from, written as a path
/// to a page may be (`page.html#part`), for the page to open there.
pub(crate) fn with_fragment(path: PathBuf, link: &str) -> PathBuf {
    match link.split_once('#') {
        Some((_, fragment)) if !fragment.is_empty() => {
            let mut path = path.into_os_string();
            path.push("#");
            path.push(fragment);
            PathBuf::from(path)
        }
        _ => path,
    }
}

/// The local path a `file:` link names, or `None` when `arg` is none.
pub(crate) fn local_file(arg: &str) -> Option<PathBuf> {
    let rest = arg
        .get(..5)
        .filter(|scheme| scheme.eq_ignore_ascii_case("file:"))
        .map(|_| &arg[5..])?;
    // file:///path or file://localhost/path; file:/path has no host.
    let path = match rest.strip_prefix("//") {
        Some(host_path) => match host_path.find('/') {
            Some(0) => host_path,
            Some(at) if host_path[..at].eq_ignore_ascii_case("localhost") => &host_path[at..],
            _ => return None,
        },
        None if rest.starts_with('/') => rest,
        None => return None,
    };
    link_path(path)
}

/// The path a link's path part names: without its `?query` and
/// `#fragment`, its `%XX` escapes decoded; `None` for a broken escape.
pub(crate) fn link_path(path: &str) -> Option<PathBuf> {
    let path = path.split(['?', '#']).next().unwrap_or(path);
    percent_decode(path).map(path_from_bytes)
}

/// `%XX` escapes as the bytes they stand for; `None` for a broken escape.
fn percent_decode(text: &str) -> Option<Vec<u8>> {
    let mut out = Vec::with_capacity(text.len());
    let mut bytes = text.bytes();
    while let Some(b) = bytes.next() {
        if b == b'%' {
            let digit = |d: u8| char::from(d).to_digit(16);
            let (high, low) = (digit(bytes.next()?)?, digit(bytes.next()?)?);
            out.push((high * 16 + low) as u8);
        } else {
            out.push(b);
        }
    }
    Some(out)
}

#[cfg(unix)]
fn path_from_bytes(bytes: Vec<u8>) -> PathBuf {
    use std::os::unix::ffi::OsStringExt;
    PathBuf::from(std::ffi::OsString::from_vec(bytes))
}

#[cfg(not(unix))]
fn path_from_bytes(bytes: Vec<u8>) -> PathBuf {
    PathBuf::from(String::from_utf8_lossy(&bytes).into_owned())
}
