//! Fetching a page over HTTP or HTTPS: the one place qari uses the network.
//!
//! A reader must not hang on a bad link, nor fill the memory with an
//! endless body, so every request has limits: 10 s to connect, 30 s in all,
//! at most 5 redirects and [`crate::store::pages::MAX_PAGE`] bytes of body
//! (after gzip is undone). TLS is rustls with the Mozilla roots built in (no
//! system library). Every failure becomes an [`InputError`] naming the URL,
//! in words a reader knows ("no such host", "timed out", "404 Not Found"):
//! one sentence for the command line, said in the interface's language by
//! the reader.
//! While the page loads, a line on standard error says so when that is a
//! terminal; it is erased when the page has come.
//!
//! A person must be able to give up on a page at once, not after the 30 s:
//! with a [`Waiter`] (the shell's, which watches the keys and the signals;
//! this module knows nothing of terminals), the request runs on a thread of
//! its own and the caller asks the waiter every 50 ms whether to go on. A
//! request given up is left to end on its thread (its limits bound it), and
//! what it brings is dropped.

use std::io::{IsTerminal, Write};
use std::sync::mpsc::{self, RecvTimeoutError};
use std::time::Duration;

use crate::core::notice::{InputError, Reason};

/// A fetched page.
#[derive(Debug)]
pub struct Fetched {
    /// The address after redirects.
    pub url: String,
    pub content_type: Option<String>,
    pub body: Vec<u8>,
}

/// The whole timeout of one request, redirects included.
const TIMEOUT: Duration = Duration::from_secs(30);
const CONNECT_TIMEOUT: Duration = Duration::from_secs(10);
const MAX_REDIRECTS: u32 = 5;

/// Someone waiting for a page, who may give up on it.
pub trait Waiter: Send + Sync + std::fmt::Debug {
    /// A request starts: watch for giving up from now on; true when a key
    /// can (the progress line says which).
    fn start(&self) -> bool;
    /// Asked every [`ASKED_EVERY`] while the request runs: true gives it up.
    fn given_up(&self) -> bool;
    /// The request has ended, or was given up: stop watching.
    fn end(&self);
}

/// How often a [`Waiter`] is asked.
pub const ASKED_EVERY: Duration = Duration::from_millis(50);

/// GET `url`, keeping at most `cap` bytes of its body; with a `waiter`,
/// given up when it says so ([`Reason::Interrupted`]).
pub fn get(url: &str, cap: u64, waiter: Option<&dyn Waiter>) -> anyhow::Result<Fetched> {
    // The scheme before the first `:` (`mailto:` has no `//`); a link
    // without one is relative, and has no address here to go from.
    let scheme = url
        .split_once(':')
        .map_or("", |(s, _)| s)
        .to_ascii_lowercase();
    let named = scheme.starts_with(|c: char| c.is_ascii_alphabetic())
        && scheme
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || "+.-".contains(c));
    if !named {
        return Err(InputError::new(url, Reason::Relative).into());
    }
    if scheme == "file" {
        // One the command line could not read as a file here (`shell::cli`).
        return Err(InputError::new(url, Reason::NoLocalFile).into());
    }
    if scheme != "http" && scheme != "https" {
        return Err(InputError::new(url, Reason::Scheme(scheme)).into());
    }
    let result = match waiter {
        None => {
            let _progress = Progress::start(url, false);
            request(url, cap)
        }
        Some(waiter) => watched(url, cap, waiter),
    };
    result.map_err(|reason| InputError::new(url, reason).into())
}

/// [`request`] on a thread of its own, while `waiter` is asked whether to
/// go on waiting for it.
fn watched(url: &str, cap: u64, waiter: &dyn Waiter) -> Result<Fetched, Reason> {
    let (sender, answer) = mpsc::channel();
    let owned = url.to_string();
    std::thread::Builder::new()
        .name("qari-fetch".into())
        .spawn(move || {
            // Nobody listens any more when the request was given up.
            let _ = sender.send(request(&owned, cap));
        })
        .map_err(|e| Reason::Other(format!("could not start the request: {e}")))?;
    let _progress = Progress::start(url, waiter.start());
    let _watching = Watching(waiter);
    loop {
        match answer.recv_timeout(ASKED_EVERY) {
            Ok(result) => return result,
            Err(RecvTimeoutError::Timeout) if waiter.given_up() => return Err(Reason::Interrupted),
            Err(RecvTimeoutError::Timeout) => {}
            Err(RecvTimeoutError::Disconnected) => {
                return Err(Reason::Other("the request ended without an answer".into()))
            }
        }
    }
}

/// Ends a waiter's watch however the wait ends (the progress line, dropped
/// after it, is erased on a terminal given back).
pub(crate) struct Watching<'a>(pub(crate) &'a dyn Waiter);

impl Drop for Watching<'_> {
    fn drop(&mut self) {
        self.0.end();
    }
}

fn request(url: &str, cap: u64) -> Result<Fetched, Reason> {
    let loopback = url.split_once("://").is_some_and(|(_, rest)| {
        let host = rest.split(['/', '?', '#']).next().unwrap_or("");
        host.starts_with("127.") || host.starts_with("localhost") || host.starts_with("[::1]")
    });
    // The hidden `QARI_HTTP_TIMEOUT_MS` shortens the wait (tests show a
    // timeout without waiting half a minute).
    let timeout = std::env::var("QARI_HTTP_TIMEOUT_MS")
        .ok()
        .and_then(|v| v.trim().parse().ok())
        .map_or(TIMEOUT, Duration::from_millis);
    let mut config = ureq::Agent::config_builder()
        .timeout_global(Some(timeout))
        .timeout_connect(Some(CONNECT_TIMEOUT))
        .max_redirects(0)
        .http_status_as_error(false)
        .user_agent(concat!("qari/", env!("CARGO_PKG_VERSION")));
    if loopback {
        config = config.proxy(None);
    }
    let agent: ureq::Agent = config.build().into();
    // Redirects are followed here, not by the HTTP library: sites send a
    // Location in raw UTF-8 (an Arabic slug) or relative with `../` above
    // the root, which it refuses and browsers follow.
    let mut current = with_ascii_host(&encoded(url));
    let mut hops = 0;
    let mut response = loop {
        let response = agent
            .get(&current)
            .header("Accept", "text/html, application/xhtml+xml, application/rss+xml, application/atom+xml, application/xml;q=0.9, text/*;q=0.8")
            .call()
            .map_err(|e| reason(&e, cap))?;
        let location = response
            .headers()
            .get("location")
            .filter(|_| response.status().is_redirection())
            .map(|l| String::from_utf8_lossy(l.as_bytes()).into_owned());
        let Some(location) = location else {
            break response;
        };
        if hops == MAX_REDIRECTS {
            return Err(Reason::TooManyRedirects(MAX_REDIRECTS));
        }
        hops += 1;
        current = redirected(&current, &location)?;
    };
    let status = response.status();
    if !status.is_success() {
        return Err(Reason::HttpStatus {
            code: status.as_u16(),
            reason: status.canonical_reason().unwrap_or("").trim().to_string(),
        });
    }
    // A length said to be past the cap is refused before a byte of the
    // body is read (a 1 GB download is not made to learn it is too large).
    let declared = response
        .headers()
        .get("content-length")
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.trim().parse::<u64>().ok());
    if declared.is_some_and(|length| length > cap) {
        return Err(Reason::TooLarge(cap >> 20));
    }
    let final_url = current;
    let content_type = response
        .headers()
        .get("content-type")
        .and_then(|v| v.to_str().ok())
        .map(str::to_string);
    let body = response
        .body_mut()
        .with_config()
        .limit(cap)
        .read_to_vec()
        .map_err(|e| reason(&e, cap))?;
    Ok(Fetched {
        url: final_url,
        content_type,
        body,
    })
}

/// A link as it goes on the wire: the bytes of its path and query that an
/// address cannot hold (Arabic letters, spaces, quotes) escaped as `%XX`, as
/// a browser sends them (Arabic sites put headlines in their addresses).
/// Escapes already there, and the host, stay as they are.
fn encoded(url: &str) -> std::borrow::Cow<'_, str> {
    let keep = |b: u8| {
        b.is_ascii_graphic()
            && !matches!(
                b,
                b'"' | b'<' | b'>' | b'`' | b'{' | b'}' | b'|' | b'\\' | b'^'
            )
    };
    if url.bytes().all(keep) {
        return url.into();
    }
    let path_at = url
        .find("://")
        .map(|i| i + 3)
        .and_then(|host| url[host..].find(['/', '?']).map(|p| host + p))
        .unwrap_or(url.len());
    let mut out = String::from(&url[..path_at]);
    for b in url[path_at..].bytes() {
        if keep(b) {
            out.push(char::from(b));
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out.into()
}

/// Where a redirect from `from` to `location` goes: read against `from`
/// as a browser reads it (`../` above the root stays at the root, letters
/// beyond ASCII escaped), and only to another web address.
fn redirected(from: &str, location: &str) -> Result<String, Reason> {
    let next = url::Url::parse(from)
        .and_then(|base| base.join(location.trim()))
        .map_err(|_| Reason::RedirectFailed)?;
    if !matches!(next.scheme(), "http" | "https") {
        return Err(Reason::RedirectRefused(next.scheme().to_string()));
    }
    Ok(encoded(next.as_str()).into_owned())
}

/// `url` with a host written in letters beyond ASCII (مثال.إختبار) in the
/// ASCII form DNS knows (IDNA); any other as it is.
fn with_ascii_host(url: &str) -> String {
    let host = url.split_once("://").map_or("", |(_, rest)| {
        rest.split(['/', '?', '#']).next().unwrap_or("")
    });
    if host.is_ascii() {
        return url.to_string();
    }
    url::Url::parse(url).map_or_else(|_| url.to_string(), |u| u.to_string())
}

/// What went wrong, as a reader would say it.
fn reason(error: &ureq::Error, cap: u64) -> Reason {
    use ureq::Error as E;
    match error {
        E::HostNotFound => Reason::NoSuchHost,
        E::ConnectionFailed => Reason::CouldNotConnect,
        E::Timeout(_) | E::BodyStalled => Reason::TimedOut,
        E::TooManyRedirects => Reason::TooManyRedirects(MAX_REDIRECTS),
        E::RedirectFailed => Reason::RedirectFailed,
        E::BodyExceedsLimit(_) => Reason::TooLarge(cap >> 20),
        E::BadUri(uri) => Reason::BadAddress(uri.clone()),
        E::Http(e) => Reason::BadAddress(e.to_string()),
        E::Tls(what) => Reason::Tls((*what).to_string()),
        E::Rustls(e) => Reason::Tls(e.to_string()),
        E::Io(e) => match e.kind() {
            std::io::ErrorKind::ConnectionRefused => Reason::ConnectionRefused,
            std::io::ErrorKind::TimedOut => Reason::TimedOut,
            _ => Reason::Network(e.to_string()),
        },
        E::Decompress(_, e) => Reason::BrokenCompression(e.to_string()),
        other => Reason::Other(other.to_string()),
    }
}

/// "fetching URL…" on standard error while a request runs, when a person
/// sees it, with the keys that stop it when there are; erased afterwards so
/// the reader's screen starts clean. (A named pipe waited on says so the
/// same way, `store/input/fifo.rs`.)
pub(crate) struct Progress {
    shown: bool,
}

impl Progress {
    fn start(url: &str, stoppable: bool) -> Self {
        Self::saying(&format!("fetching {url}…"), stoppable)
    }

    /// `what` after "qari: ", with the keys that stop it when `stoppable`.
    pub(crate) fn saying(what: &str, stoppable: bool) -> Self {
        let mut err = std::io::stderr();
        let keys = if stoppable {
            " (q, Esc or Ctrl-C to stop)"
        } else {
            ""
        };
        let shown = err.is_terminal() && write!(err, "qari: {what}{keys}").is_ok();
        let _ = err.flush();
        Self { shown }
    }
}

impl Drop for Progress {
    fn drop(&mut self) {
        if self.shown {
            let _ = write!(std::io::stderr(), "\r\x1b[2K");
        }
    }
}

#[cfg(test)]
mod tests;
