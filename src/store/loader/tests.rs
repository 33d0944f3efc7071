//! Progressive loading: the first piece of a document must be a true prefix of
//! the whole (same paragraphs, offsets and direction), trouble after the first
//! piece must leave the reader with what it has, and small inputs load at once.

use std::io::{self, BufReader, Read};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;
use std::time::{Duration, Instant};

use crate::core::document::{Document, DocumentError};
use crate::store::loader::{self, LoadError, LoadUpdate, Loading, FIRST_CHUNK};
use qari_layout::Direction;

/// A stream like a pipe: reads return at most `step` bytes, then maybe an error.
struct Trickle {
    data: Vec<u8>,
    at: usize,
    step: usize,
    /// Fail with this error once the data is used up, instead of ending.
    fail_at_end: Option<io::ErrorKind>,
    /// Never end: start the data over when it is used up.
    endless: bool,
    /// Set when the stream is dropped (the loader let go of it).
    dropped: Arc<AtomicBool>,
}

impl Trickle {
    fn new(data: Vec<u8>, step: usize) -> Self {
        Self {
            data,
            at: 0,
            step,
            fail_at_end: None,
            endless: false,
            dropped: Arc::new(AtomicBool::new(false)),
        }
    }
}

impl Read for Trickle {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        if self.endless && self.at == self.data.len() {
            self.at = 0;
        }
        let rest = &self.data[self.at..];
        if rest.is_empty() {
            if let Some(kind) = self.fail_at_end {
                return Err(io::Error::from(kind));
            }
        }
        let n = rest.len().min(buf.len()).min(self.step);
        buf[..n].copy_from_slice(&rest[..n]);
        self.at += n;
        Ok(n)
    }
}

impl Drop for Trickle {
    fn drop(&mut self) {
        self.dropped.store(true, Ordering::SeqCst);
    }
}

fn start(bytes: &[u8]) -> Result<Loading, LoadError> {
    loader::start(
        "t",
        Box::new(io::Cursor::new(bytes.to_vec())),
        Some(bytes.len() as u64),
    )
}

fn complete(update: LoadUpdate) -> Document {
    match update {
        LoadUpdate::Complete(doc) => doc,
        LoadUpdate::Stopped { at, reason, .. } => panic!("stopped at {at}: {reason}"),
        LoadUpdate::Capped { cap, .. } => panic!("capped at {cap:?}"),
    }
}

/// The first piece agrees with the whole on everything it covers.
fn assert_prefix(first: &Document, whole: &Document) {
    assert!(first.paragraph_count() > 0);
    assert!(first.paragraph_count() < whole.paragraph_count());
    assert_eq!(first.direction, whole.direction);
    assert!(whole.text().starts_with(first.text()));
    for i in 0..first.paragraph_count() {
        assert_eq!(first.span(i), whole.span(i), "paragraph {i}");
        assert_eq!(first.paragraph(i), whole.paragraph(i), "paragraph {i}");
        assert_eq!(first.paragraph_range(i), whole.paragraph_range(i));
    }
}

/// Mixed lines: Arabic (2-byte), euro signs (3), emoji (4), CR LF line ends.
fn mixed_text(bytes: usize) -> Vec<u8> {
    let lines = [
        "سلام عليكم، هذا سطر عربي\r\n",
        "price: 12€ 😀 ok\n",
        "\n",
        "2022 - 08:13\r\n",
        "ب\n",
    ];
    let mut out = Vec::with_capacity(bytes + 64);
    let mut i = 0;
    while out.len() < bytes {
        out.extend_from_slice(lines[i % lines.len()].as_bytes());
        i += 1;
    }
    out
}

#[test]
fn the_first_piece_is_a_prefix_of_the_whole() {
    // An emoji (4 bytes) starting 1, 2 or 3 bytes before the first piece's
    // cut, so the cut falls inside it; the mixed lines follow.
    for before in 1..4 {
        let mut bytes = "a".repeat(FIRST_CHUNK - before).into_bytes();
        bytes.extend_from_slice("😀 سلام\r\n".as_bytes());
        assert_eq!(bytes[FIRST_CHUNK] & 0xC0, 0x80, "inside a sequence");
        bytes.extend(mixed_text(FIRST_CHUNK / 2));
        let loading = start(&bytes).expect("text");
        assert_eq!(loading.document.paragraph_count(), 1);
        let whole = complete(loading.pending.expect("more to read").wait());
        assert_prefix(&loading.document, &whole);
        let direct = Document::from_bytes("t", &bytes).expect("text");
        assert_eq!(whole.hash, direct.hash);
        assert_eq!(whole.len(), direct.len());
        assert_eq!(whole.paragraph_count(), direct.paragraph_count());
    }
    // Many short lines of every width: the piece ends on some line end.
    let bytes = mixed_text(2 * FIRST_CHUNK);
    let loading = start(&bytes).expect("text");
    let whole = complete(loading.pending.expect("more to read").wait());
    assert_prefix(&loading.document, &whole);
    assert!(loading.document.text().len() >= FIRST_CHUNK - FIRST_CHUNK / 4);
}

#[test]
fn a_line_longer_than_two_pieces_is_shown_before_it_ends() {
    // One line of 5 MiB without a line end, with CR, invalid bytes and
    // Arabic in it: the first piece is the beginning of its only paragraph.
    let unit = "كازاخستان \r\r\u{651} Tokayev \u{1F600}";
    let mut bytes = unit.repeat(5 * FIRST_CHUNK / unit.len()).into_bytes();
    for at in (1000..bytes.len()).step_by(77_777) {
        bytes[at] = 0xFF;
    }
    let loading = start(&bytes).expect("text");
    let first = &loading.document;
    assert_eq!(first.paragraph_count(), 1);
    assert!(first.text().len() < whole_len(&bytes) / 2);
    let whole = complete(loading.pending.expect("more to read").wait());
    let direct = Document::from_bytes("t", &bytes).expect("text");
    assert_eq!(whole.hash, direct.hash);
    assert_eq!(first.direction, whole.direction);
    assert!(whole.text().starts_with(first.text()));
    assert_eq!(first.span(0).offset, 0);
    assert!(!first.text().ends_with('\r'));
}

/// Bytes of text `bytes` decode to.
fn whole_len(bytes: &[u8]) -> usize {
    Document::from_bytes("t", bytes).expect("text").text().len()
}

#[test]
fn a_nul_in_what_the_first_piece_read_is_refused_before_the_screen() {
    // The long line's piece is cut after its last ASCII byte: the NUL itself.
    let mut bytes = "ب".repeat(FIRST_CHUNK).into_bytes();
    let nul = 2 * FIRST_CHUNK - 6;
    bytes[nul] = 0;
    let err = start(&bytes).expect_err("binary");
    assert!(
        matches!(err, LoadError::Document(DocumentError::Binary(at)) if at == nul),
        "{err:?}"
    );
}

#[test]
fn a_crlf_pair_across_the_cut_stays_whole() {
    let mut bytes = vec![b'a'; FIRST_CHUNK - 1];
    bytes.extend_from_slice(b"\r\nsecond\r\nthird\n");
    assert_eq!(&bytes[FIRST_CHUNK - 1..=FIRST_CHUNK], b"\r\n");
    let loading = start(&bytes).expect("text");
    assert_eq!(loading.document.paragraph_count(), 1);
    assert_eq!(loading.document.paragraph(0).len(), FIRST_CHUNK - 1);
    let whole = complete(loading.pending.expect("more").wait());
    assert_prefix(&loading.document, &whole);
    assert_eq!(whole.paragraph(1), "second");
}

#[test]
fn the_piece_is_extended_until_the_direction_is_decided() {
    // A MiB of neutral CR LF lines decodes to less than the direction window,
    // so the Arabic line after it still decides the whole document's direction.
    let mut bytes = "12\r\n".repeat(FIRST_CHUNK / 4).into_bytes();
    bytes.extend_from_slice("سلام\n".as_bytes());
    let long_line = format!("{}\n", "m".repeat(999));
    bytes.extend(long_line.repeat(1200).bytes());
    let loading = start(&bytes).expect("text");
    assert_eq!(loading.document.direction, Direction::Rtl);
    assert!(loading.document.direction_is_final());
    let whole = complete(loading.pending.expect("more").wait());
    assert_eq!(whole.direction, Direction::Rtl);
    assert_prefix(&loading.document, &whole);

    // Past the window nothing decides: both stay left-to-right.
    let mut bytes = "12\n".repeat(FIRST_CHUNK / 2).into_bytes();
    bytes.extend("سلام\n".repeat(1000).bytes());
    let loading = start(&bytes).expect("text");
    let whole = complete(loading.pending.expect("more").wait());
    assert_eq!(loading.document.direction, Direction::Ltr);
    assert_prefix(&loading.document, &whole);
}

#[test]
fn small_inputs_load_in_one_go() {
    for bytes in [
        &b""[..],
        b"\n",
        b"one line without an end",
        "\u{FEFF}سلام\r\nab\n".as_bytes(),
    ] {
        let loading = start(bytes).expect("text");
        assert!(loading.pending.is_none(), "{bytes:?}");
        let direct = Document::from_bytes("t", bytes).expect("text");
        assert_eq!(loading.document.hash, direct.hash);
        assert_eq!(loading.document.text(), direct.text());
    }
    // Exactly a piece, ending with a line end: nothing left for the thread.
    let bytes = "abc\n".repeat(FIRST_CHUNK / 4);
    assert!(start(bytes.as_bytes()).expect("text").pending.is_none());
}

#[test]
fn a_nul_in_the_first_piece_is_refused() {
    let mut bytes = b"text\n".repeat(100);
    bytes[123] = 0;
    let err = start(&bytes).expect_err("binary");
    assert!(
        matches!(err, LoadError::Document(DocumentError::Binary(123))),
        "{err:?}"
    );
}

#[test]
fn a_nul_later_keeps_the_text_before_it() {
    let mut bytes = mixed_text(3 * FIRST_CHUNK);
    let nul = 2 * FIRST_CHUNK + 7;
    bytes[nul] = 0;
    let loading = start(&bytes).expect("text");
    let update = loading.pending.expect("more").wait();
    assert_eq!(
        update.message().as_deref(),
        Some(format!("stopped loading at byte {nul}: binary data").as_str())
    );
    let LoadUpdate::Stopped {
        document: Some(kept),
        ..
    } = update
    else {
        panic!("the text before the NUL is kept");
    };
    assert_prefix(&loading.document, &kept);
    let line_end = bytes[..nul]
        .iter()
        .rposition(|&b| b == b'\n')
        .expect("a line");
    let expected = Document::from_bytes("t", &bytes[..=line_end]).expect("text");
    assert_eq!(kept.hash, expected.hash);
}

#[test]
fn standard_input_in_short_reads_loads_the_same_document() {
    let bytes = mixed_text(2 * FIRST_CHUNK + 12_345);
    let pipe = Trickle::new(bytes.clone(), 4093);
    let loading = loader::start("t", Box::new(BufReader::new(pipe)), None).expect("text");
    let whole = complete(loading.pending.expect("more").wait());
    assert_prefix(&loading.document, &whole);
    assert_eq!(
        whole.hash,
        Document::from_bytes("t", &bytes).expect("text").hash
    );
}

#[test]
fn a_read_error_later_is_reported_with_its_place() {
    let bytes = mixed_text(2 * FIRST_CHUNK);
    let mut pipe = Trickle::new(bytes.clone(), 1 << 16);
    pipe.fail_at_end = Some(io::ErrorKind::ConnectionReset);
    let loading = loader::start("t", Box::new(BufReader::new(pipe)), None).expect("text");
    let update = loading.pending.expect("more").wait();
    let message = update.message().expect("stopped");
    assert!(
        message.starts_with(&format!("stopped loading at byte {}: ", bytes.len())),
        "{message}"
    );
    assert!(matches!(
        update,
        LoadUpdate::Stopped {
            document: Some(_),
            ..
        }
    ));
}

#[test]
fn dropping_the_pending_load_stops_the_thread() {
    // A stream that never ends, like `yes | qari -`.
    let mut pipe = Trickle::new("line\n".repeat(1000).into_bytes(), 1 << 16);
    pipe.endless = true;
    let dropped = Arc::clone(&pipe.dropped);
    let loading = loader::start("t", Box::new(BufReader::new(pipe)), None).expect("text");
    drop(loading);
    let deadline = Instant::now() + Duration::from_secs(20);
    while !dropped.load(Ordering::SeqCst) {
        assert!(Instant::now() < deadline, "the loader kept reading");
        std::thread::sleep(Duration::from_millis(10));
    }
}

#[test]
fn start_loading_names_the_path_in_errors() {
    let err = crate::store::input::start_loading(
        crate::store::input::Source::File(std::path::Path::new("/nonexistent/q.txt")),
        &crate::store::pages::ReadOptions::default(),
    )
    .expect_err("missing");
    assert_eq!(format!("{err:#}"), "/nonexistent/q.txt: no such file");
    let dir = std::env::temp_dir().join(format!("qari-loader-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("dir");
    let file = dir.join("binary.txt");
    std::fs::write(&file, b"ab\0cd").expect("write");
    let err = crate::store::input::start_loading(
        crate::store::input::Source::File(&file),
        &crate::store::pages::ReadOptions::default(),
    )
    .expect_err("binary");
    assert!(
        format!("{err:#}").contains("NUL or control byte at offset 2"),
        "{err:#}"
    );
    let _ = std::fs::remove_dir_all(&dir);
}
