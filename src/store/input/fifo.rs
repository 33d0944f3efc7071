//! A named pipe (FIFO) opened without hanging.
//!
//! Opening a FIFO for reading blocks in the kernel until something opens it
//! for writing: `qari FIFO` with no writer sat on a blank screen, and
//! neither `q`, Ctrl-C nor SIGTERM ended it (the reader's signals only raise
//! a flag, which nothing read while `open` slept). So a FIFO is opened with
//! `O_NONBLOCK`, which returns at once, and then waited on with `poll`,
//! 50 ms at a time, asking the shell's [`Waiter`] in between whether to give
//! up, as a link being fetched is (`store/fetch.rs`): after a second,
//! "waiting for a writer on NAME…" is said on standard error when it is a
//! terminal, `q`, Esc, Ctrl-C and the signals
//! that end qari give up. Linux reports a FIFO readable once a writer has
//! written, or has come and gone (an empty input), never before the first
//! writer; a read that does not wait tells a writer who has written
//! nothing yet (`qari <(slow command)`), which is not waited for. Once it
//! is readable the descriptor is made blocking again and
//! read as any pipe is. Without a waiter (a command) `poll` simply waits,
//! and a signal ends qari as it would have.
//!
//! `std` has neither `poll` nor a way to take `O_NONBLOCK` off, so this uses
//! rustix's file and event calls (never its terminal ones).

use std::fs::File;
use std::io::{self, Read};
use std::os::unix::fs::{FileTypeExt, OpenOptionsExt};
use std::path::Path;
use std::time::{Duration, Instant};

use rustix::event::{poll, PollFd, PollFlags, Timespec};
use rustix::fs::{fcntl_getfl, fcntl_setfl, OFlags};

use crate::core::notice::{InputError, Reason};
use crate::store::fetch::{Progress, Waiter, Watching, ASKED_EVERY};

/// How long a FIFO is waited on before the wait is said.
const SAID_AFTER: Duration = Duration::from_secs(1);

/// Whether `path` names a FIFO (a path that cannot be looked at is left to
/// the opening to report).
pub fn is_fifo(path: &Path) -> bool {
    std::fs::metadata(path).is_ok_and(|m| m.file_type().is_fifo())
}

/// The FIFO at `path`, open for reading once a writer has come (or has come
/// and gone), with the bytes read to find out; given up when `waiter` says
/// so ([`Reason::NoWriter`]). Errors name the input as `label`.
pub fn open(
    path: &Path,
    label: &str,
    waiter: Option<&dyn Waiter>,
) -> Result<(File, Vec<u8>), InputError> {
    let fail = |err: &io::Error| InputError::io(label, err);
    let nonblocking = i32::try_from(OFlags::NONBLOCK.bits()).unwrap_or_default();
    let file = std::fs::OpenOptions::new()
        .read(true)
        .custom_flags(nonblocking)
        .open(path)
        .map_err(|e| fail(&e))?;
    let mut first = wait(&file, label, waiter)?;
    let flags = fcntl_getfl(&file).map_err(|e| fail(&e.into()))?;
    fcntl_setfl(&file, flags - OFlags::NONBLOCK).map_err(|e| fail(&e.into()))?;
    if !first.is_empty() {
        with_what_follows(&file, &mut first).map_err(|e| fail(&e))?;
    }
    Ok((file, first))
}

/// The most bytes read with the one that told a writer had written.
const HEAD: usize = 64 * 1024;

/// `first`, the byte read to tell that the writer has written, with what
/// the writer has written beside it: one byte is no head to tell a page
/// from text by (`piped_page` reads what one read gives, and "<" alone was
/// text: a page came out as its markup).
fn with_what_follows(file: &File, first: &mut Vec<u8>) -> io::Result<()> {
    let mut more = vec![0; HEAD];
    loop {
        match (&*file).read(&mut more) {
            Ok(n) => {
                first.extend_from_slice(&more[..n]);
                return Ok(());
            }
            Err(err) if err.kind() == io::ErrorKind::Interrupted => {}
            Err(err) => return Err(err),
        }
    }
}

/// What a read that does not wait finds in a FIFO.
enum Found {
    /// Something written (a byte of it).
    Bytes(Vec<u8>),
    /// A writer, who has written nothing yet: the pipe is read as any
    /// slow pipe is from here on.
    Writer,
    /// No writer (none yet, or one came and went: `poll` tells those apart).
    Nobody,
}

fn probe(file: &File) -> io::Result<Found> {
    let mut byte = [0_u8; 1];
    loop {
        match (&*file).read(&mut byte) {
            Ok(0) => return Ok(Found::Nobody),
            Ok(n) => return Ok(Found::Bytes(byte[..n].to_vec())),
            Err(err) if err.kind() == io::ErrorKind::WouldBlock => return Ok(Found::Writer),
            Err(err) if err.kind() == io::ErrorKind::Interrupted => {}
            Err(err) => return Err(err),
        }
    }
}

/// Wait until `file` has a writer, or something to read: asking `waiter`
/// every [`ASKED_EVERY`] (and saying so), else for as long as it takes.
/// What was read to find out comes back.
fn wait(file: &File, label: &str, waiter: Option<&dyn Waiter>) -> Result<Vec<u8>, InputError> {
    let fail = |err: &io::Error| InputError::io(label, err);
    // Declared before the watch, so dropped after it: the watch ends
    // before the line is erased (on a terminal given back), as for a link.
    let mut said = None;
    let mut watched: Option<(Watching<'_>, bool)> = None;
    let since = Instant::now();
    loop {
        let timeout = if watched.is_some() {
            ASKED_EVERY
        } else {
            Duration::ZERO
        };
        if readable(file, Some(timeout)).map_err(|e| fail(&e))? {
            return Ok(Vec::new());
        }
        match probe(file).map_err(|e| fail(&e))? {
            Found::Bytes(bytes) => return Ok(bytes),
            Found::Writer => return Ok(Vec::new()),
            Found::Nobody => {}
        }
        let Some(waiter) = waiter else {
            // A command: `poll` waits, and a signal ends qari.
            readable(file, None).map_err(|e| fail(&e))?;
            continue;
        };
        match &watched {
            None => watched = Some((Watching(waiter), waiter.start())),
            Some(_) if waiter.given_up() => {
                return Err(InputError::new(label, Reason::NoWriter));
            }
            // Said once the wait is a wait: a writer that comes at once
            // (a script's `mkfifo`, then its writer) flashes no line.
            Some((_, stoppable)) if said.is_none() && since.elapsed() >= SAID_AFTER => {
                said = Some(Progress::saying(
                    &format!("waiting for a writer on {label}…"),
                    *stoppable,
                ));
            }
            Some(_) => {}
        }
    }
}

/// Whether `file` has something to read or its writer has gone, waiting at
/// most `timeout` (`None`: as long as it takes); a signal's interruption is
/// a wait that found nothing.
fn readable(file: &File, timeout: Option<Duration>) -> io::Result<bool> {
    let timeout = timeout.map(|t| Timespec {
        tv_sec: i64::try_from(t.as_secs()).unwrap_or(i64::MAX),
        tv_nsec: i64::from(t.subsec_nanos()),
    });
    let mut fds = [PollFd::new(file, PollFlags::IN)];
    match poll(&mut fds, timeout.as_ref()) {
        Ok(_) => Ok(!fds[0].revents().is_empty()),
        Err(rustix::io::Errno::INTR) => Ok(false),
        Err(err) => Err(err.into()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::io::Write;
    use std::sync::atomic::{AtomicBool, Ordering};

    /// A waiter that gives up once `stop` is raised.
    #[derive(Debug, Default)]
    struct Flag(AtomicBool);

    impl Waiter for Flag {
        fn start(&self) -> bool {
            false
        }
        fn given_up(&self) -> bool {
            self.0.load(Ordering::SeqCst)
        }
        fn end(&self) {}
    }

    fn fifo(name: &str) -> std::path::PathBuf {
        let dir = std::env::temp_dir().join(format!("qari-fifo-{}-{name}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).expect("dir");
        let path = dir.join("fifo");
        rustix::fs::mkfifoat(
            rustix::fs::CWD,
            &path,
            rustix::fs::Mode::RUSR | rustix::fs::Mode::WUSR,
        )
        .expect("mkfifo");
        path
    }

    #[test]
    fn a_fifo_without_a_writer_is_given_up_when_the_waiter_says_so() {
        let path = fifo("none");
        let waiter = Flag::default();
        waiter.0.store(true, Ordering::SeqCst);
        let err = open(&path, "fifo", Some(&waiter)).expect_err("no writer");
        assert_eq!(err.reason, Reason::NoWriter);
        assert_eq!(
            err.to_string(),
            "fifo: stopped waiting for a writer (interrupted)"
        );
    }

    #[test]
    fn a_writer_that_comes_later_is_read_to_its_end() {
        let path = fifo("later");
        let writer_path = path.clone();
        let writer = std::thread::spawn(move || {
            std::thread::sleep(std::time::Duration::from_millis(200));
            let mut w = std::fs::OpenOptions::new()
                .write(true)
                .open(writer_path)
                .expect("w");
            w.write_all("نص\n".as_bytes()).expect("write");
        });
        let (file, first) = open(&path, "fifo", Some(&Flag::default())).expect("a writer came");
        let mut text = String::new();
        first.chain(file).read_to_string(&mut text).expect("read");
        assert_eq!(text, "نص\n");
        writer.join().expect("writer");
    }

    #[test]
    fn the_byte_that_told_of_a_writer_comes_with_what_follows_it() {
        let path = fifo("head");
        let writer_path = path.clone();
        let page = b"<!DOCTYPE html><html><body><p>x</p></body></html>\n".to_vec();
        let written = page.clone();
        let writer = std::thread::spawn(move || {
            let mut w = std::fs::OpenOptions::new()
                .write(true)
                .open(writer_path)
                .expect("w");
            w.write_all(&written).expect("write");
        });
        let file = File::open(&path).expect("open");
        let mut first = vec![0];
        (&file).read_exact(&mut first).expect("a byte");
        with_what_follows(&file, &mut first).expect("the rest");
        writer.join().expect("writer");
        // What one read then gives is the page's head, not "<" alone.
        assert_eq!(first, page);
    }

    #[test]
    fn a_writer_with_nothing_written_yet_is_not_waited_for() {
        let path = fifo("quiet");
        let writer_path = path.clone();
        // Opening to write waits for a reader: the writer is there first.
        let writer = std::thread::spawn(move || {
            let mut w = std::fs::OpenOptions::new()
                .write(true)
                .open(writer_path)
                .expect("w");
            std::thread::sleep(std::time::Duration::from_millis(600));
            w.write_all(b"late\n").expect("write");
        });
        std::thread::sleep(std::time::Duration::from_millis(100));
        let started = std::time::Instant::now();
        let (file, first) = open(&path, "fifo", Some(&Flag::default())).expect("a writer");
        assert!(started.elapsed() < std::time::Duration::from_millis(400));
        let mut text = String::new();
        first.chain(file).read_to_string(&mut text).expect("read");
        assert_eq!(text, "late\n");
        writer.join().expect("writer");
    }
}
