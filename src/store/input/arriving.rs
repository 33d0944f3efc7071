//! A pipe the reader waits for a bounded time: `(echo line; sleep 5; echo
//! more) | qari` shows its first line at once, not after five seconds.
//!
//! Reading a pipe blocks until it has something or ends, and nothing can
//! interrupt a blocked read; so a thread of its own reads the pipe and hands
//! what it reads over a channel of a few chunks (memory stays bounded: the
//! thread waits while they are not taken). Reading from the channel can
//! wait with a deadline: once [`WAIT`] has passed since the pipe was opened,
//! a read that finds nothing yet fails with `TimedOut` instead of waiting,
//! so the one who reads decides from what has come: the window that
//! `cleaned` looks at, then the loader's first piece. That happens at most
//! as many times as [`Arrival::allow_timeouts`] allows (each reader asks for
//! one), and only while less than [`BOUNDED`] bytes have been read: the
//! loader's background half, which reads on after its first piece, waits
//! for the pipe as for any input and never sees one.

use std::io::{self, BufRead, Read};
use std::sync::atomic::{AtomicU8, Ordering};
use std::sync::mpsc::{self, Receiver, RecvTimeoutError};
use std::sync::Arc;
use std::time::{Duration, Instant};

/// How long the first screen waits for a pipe.
pub const WAIT: Duration = Duration::from_millis(100);
/// Past this much input, reads wait as for any input (the loader's first
/// piece is twice this: a piece read whole never leaves a timeout behind).
const BOUNDED: usize = crate::store::loader::FIRST_CHUNK / 2;
/// The most read at once, and how many such chunks may wait in the channel.
const CHUNK: usize = 64 << 10;
const QUEUED: usize = 4;

/// How many more reads may time out (shared with the one who decides).
#[derive(Debug, Clone, Default)]
pub struct Arrival(Arc<AtomicU8>);

impl Arrival {
    /// Let the next `n` reads that find nothing past the deadline time out.
    pub fn allow_timeouts(&self, n: u8) {
        self.0.store(n, Ordering::SeqCst);
    }

    /// Use up one timeout, if one is left.
    fn take(&self) -> bool {
        self.0
            .fetch_update(Ordering::SeqCst, Ordering::SeqCst, |n| n.checked_sub(1))
            .is_ok()
    }
}

/// The input, read on a thread.
pub struct Arriving {
    chunks: Receiver<io::Result<Vec<u8>>>,
    chunk: Vec<u8>,
    pos: usize,
    ended: bool,
    deadline: Instant,
    delivered: usize,
    arrival: Arrival,
}

/// Start reading `input` on a thread; reads may time out once `WAIT` has passed.
pub fn arriving(mut input: Box<dyn BufRead + Send>) -> (Arriving, Arrival) {
    let (sender, chunks) = mpsc::sync_channel(QUEUED);
    let spawned = std::thread::Builder::new()
        .name("qari-pipe".to_string())
        .spawn(move || loop {
            let read = input.fill_buf().map(|b| b[..b.len().min(CHUNK)].to_vec());
            let (stop, message) = match read {
                Ok(chunk) if chunk.is_empty() => (true, None),
                Ok(chunk) => {
                    input.consume(chunk.len());
                    (false, Some(Ok(chunk)))
                }
                Err(err) if err.kind() == io::ErrorKind::Interrupted => (false, None),
                Err(err) => (true, Some(Err(err))),
            };
            // The reader may have gone: nobody to hand it to.
            if let Some(message) = message {
                if sender.send(message).is_err() {
                    return;
                }
            }
            if stop {
                return;
            }
        });
    let arrival = Arrival::default();
    let mut reader = Arriving {
        chunks,
        chunk: Vec::new(),
        pos: 0,
        ended: false,
        deadline: Instant::now() + WAIT,
        delivered: 0,
        arrival: arrival.clone(),
    };
    if let Err(err) = spawned {
        // No thread: one read says why, then the input ends.
        let (sender, chunks) = mpsc::sync_channel(1);
        let _ = sender.send(Err(err));
        reader.chunks = chunks;
    }
    (reader, arrival)
}

impl BufRead for Arriving {
    fn fill_buf(&mut self) -> io::Result<&[u8]> {
        while self.pos >= self.chunk.len() && !self.ended {
            let bounded = self.delivered < BOUNDED;
            let next = if bounded {
                let left = self.deadline.saturating_duration_since(Instant::now());
                match self.chunks.recv_timeout(left) {
                    Ok(next) => Some(next),
                    Err(RecvTimeoutError::Timeout) if self.arrival.take() => {
                        return Err(io::Error::new(
                            io::ErrorKind::TimedOut,
                            "nothing more has come yet",
                        ));
                    }
                    Err(RecvTimeoutError::Timeout) => self.chunks.recv().ok(),
                    Err(RecvTimeoutError::Disconnected) => None,
                }
            } else {
                self.chunks.recv().ok()
            };
            match next {
                Some(Ok(chunk)) => {
                    self.chunk = chunk;
                    self.pos = 0;
                }
                Some(Err(err)) => {
                    self.ended = true;
                    return Err(err);
                }
                None => self.ended = true,
            }
        }
        Ok(&self.chunk[self.pos.min(self.chunk.len())..])
    }

    fn consume(&mut self, amount: usize) {
        let amount = amount.min(self.chunk.len().saturating_sub(self.pos));
        self.pos += amount;
        self.delivered += amount;
    }
}

impl Read for Arriving {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        super::read_buffered(self, buf)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::io::Write;

    /// A pipe written by a thread: `first`, a pause, `rest`.
    fn slow_pipe(
        first: &'static [u8],
        pause: Duration,
        rest: &'static [u8],
    ) -> Box<dyn BufRead + Send> {
        let (reader, mut writer) = io::pipe().expect("pipe");
        std::thread::spawn(move || {
            writer.write_all(first).expect("write");
            std::thread::sleep(pause);
            let _ = writer.write_all(rest);
        });
        Box::new(io::BufReader::new(reader))
    }

    #[test]
    fn a_slow_pipe_times_out_as_often_as_allowed_then_waits() {
        let (mut input, arrival) =
            arriving(slow_pipe(b"line\n", Duration::from_millis(600), b"more\n"));
        arrival.allow_timeouts(1);
        let started = Instant::now();
        let mut got = Vec::new();
        let err = input.read_to_end(&mut got).expect_err("times out");
        assert_eq!(err.kind(), io::ErrorKind::TimedOut);
        assert_eq!(got, b"line\n");
        assert!(started.elapsed() < Duration::from_millis(500));
        // No timeout left: the rest is waited for, to the end.
        input.read_to_end(&mut got).expect("the rest");
        assert_eq!(got, b"line\nmore\n");
    }

    #[test]
    fn a_fast_input_never_times_out() {
        let (mut input, arrival) = arriving(Box::new(io::Cursor::new(b"all at once\n".to_vec())));
        arrival.allow_timeouts(2);
        std::thread::sleep(WAIT * 2);
        let mut got = String::new();
        input.read_to_string(&mut got).expect("read");
        assert_eq!(got, "all at once\n");
    }
}
