//! PURE: bytes in some character encoding to UTF-8 text.
//!
//! Arabic news still comes in windows-1256 and ISO-8859-6, and text saved on
//! Windows in UTF-16. The encoding is taken from the first of these that
//! speaks: a byte order mark, the reader's `--encoding`, the HTTP header, a
//! `<meta charset>` (HTML only), valid UTF-8, a UTF-16 pattern of zero bytes,
//! and last a guess from the bytes (chardetng, as browsers do). A label
//! the bytes belie is not taken at its word: pages are saved as UTF-8 by
//! editors and CMSs that leave an old `windows-1256` or `iso-8859-1` in
//! the template or the server's header, and the reverse happens too. Bytes
//! declared in a legacy single-byte encoding that are valid UTF-8 with
//! letters beyond ASCII are UTF-8 (no legacy Arabic text is: nearly every
//! letter of windows-1256 makes invalid UTF-8); bytes declared UTF-8 that
//! are mostly not ([`mostly_utf8`]) and read as Arabic in windows-1256 are
//! that. Either way the document says so ([`Decoded::misdeclared`]).
//! Decoding goes
//! through encoding_rs, the WHATWG decoders: a wrong byte becomes U+FFFD and
//! is counted, never an error. Zero bytes outside UTF-16, or controls no text
//! holds as densely ([`binary_at`]), mean binary data.

use encoding_rs::{Encoding, UTF_16BE, UTF_16LE, UTF_8, WINDOWS_1256};

use crate::core::document::binary_at;
use crate::core::notice::Warning;

/// Text decoded from bytes, and how.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Decoded {
    pub text: String,
    /// The encoding used (`UTF-8`, `windows-1256`, ...).
    pub encoding: &'static str,
    /// True when some bytes were not valid in it and became U+FFFD.
    pub replaced: bool,
    /// The encoding the input declared, when its bytes are another.
    pub misdeclared: Option<&'static str>,
    /// The encoding used is the one the input declared (a `<meta charset>`,
    /// the server's `charset`): nothing to tell the reader.
    pub as_declared: bool,
}

/// Why bytes are not text.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum DecodeError {
    #[error("looks like binary data (NUL or control byte at offset {0}), not text")]
    Binary(usize),
}

/// An encoding by any of its WHATWG labels (`cp1256`, `arabic`, `utf-16le`).
pub fn encoding_for_label(label: &str) -> Option<&'static Encoding> {
    Encoding::for_label(label.trim().as_bytes())
}

/// Decode `bytes`. `forced` wins over everything but a byte order mark; `declared` is the
/// transport's word (an HTTP `charset`); `html` lets a `<meta charset>` in
/// the first KiB speak.
pub fn decode(
    bytes: &[u8],
    forced: Option<&'static Encoding>,
    declared: Option<&str>,
    html: bool,
) -> Result<Decoded, DecodeError> {
    // A byte order mark wins even over `forced`, as the WHATWG decoders
    // (and so the streaming commands) let it.
    let mut misdeclared = None;
    let mut as_declared = false;
    let encoding = match Encoding::for_bom(bytes) {
        Some((e, _)) => e,
        None => match forced {
            Some(e) => e,
            None => {
                let told = declared
                    .and_then(encoding_for_label)
                    .or_else(|| html.then(|| meta_charset(bytes)).flatten());
                match told {
                    Some(e) => match belied(e, bytes) {
                        Some(actual) => {
                            misdeclared = Some(e.name());
                            actual
                        }
                        None => {
                            as_declared = true;
                            e
                        }
                    },
                    None => sniff(bytes)?,
                }
            }
        },
    };
    if !is_utf16(encoding) {
        if let Some(pos) = binary_at(bytes) {
            return Err(DecodeError::Binary(pos));
        }
    }
    // A BOM is dropped whatever the encoding; `decode` does so for its own.
    let (text, used, replaced) = encoding.decode(bytes);
    Ok(Decoded {
        text: text.into_owned(),
        encoding: used.name(),
        replaced,
        misdeclared,
        as_declared,
    })
}

/// The encoding `bytes` are in when it is not `declared`, as far as the
/// bytes tell: UTF-8 for a legacy single-byte label over valid UTF-8 with
/// letters beyond ASCII, windows-1256 for a UTF-8 label over bytes mostly
/// invalid in it that read as Arabic there.
fn belied(declared: &'static Encoding, bytes: &[u8]) -> Option<&'static Encoding> {
    if declared.is_single_byte() {
        let utf8 = simdutf8::basic::from_utf8(bytes).is_ok_and(|text| !text.is_ascii());
        return utf8.then_some(UTF_8);
    }
    if declared != UTF_8 || mostly_utf8(bytes) || binary_at(bytes).is_some() {
        return None;
    }
    let (text, _) = WINDOWS_1256.decode_without_bom_handling(bytes);
    let (beyond, arabic) =
        text.chars()
            .filter(|c| !c.is_ascii())
            .fold((0usize, 0usize), |(beyond, arabic), c| {
                let letter = ('\u{0621}'..='\u{064A}').contains(&c);
                (beyond + 1, arabic + usize::from(letter))
            });
    // Most of what is not ASCII is Arabic letters (the rest: marks,
    // punctuation, the odd Latin letter with an accent).
    (arabic * 3 >= beyond * 2 && arabic > 0).then_some(WINDOWS_1256)
}

/// What the reader is told of the encoding an input was read in, decided
/// here for a whole input and a stream alike: nothing for UTF-8 or for the
/// encoding the input declared; else the encoding `used` (guessed, or
/// `forced` by `--encoding`), and, when it was forced over bytes (`head`)
/// that are UTF-8 with Arabic letters, that they are: obeyed, the choice
/// makes mojibake of every letter.
pub fn said_of(used: &str, as_declared: bool, forced: bool, head: &[u8]) -> Option<Warning> {
    if used == UTF_8.name() || as_declared {
        return None;
    }
    if forced && arabic_utf8(head) {
        return Some(Warning::AskedOverUtf8(used.to_string()));
    }
    Some(Warning::ReadAs(used.to_string()))
}

/// Whether `head` is UTF-8 (its last character may be cut) holding an
/// Arabic letter.
fn arabic_utf8(head: &[u8]) -> bool {
    let valid = match std::str::from_utf8(head) {
        Ok(text) => text,
        Err(e) if e.error_len().is_none() => {
            std::str::from_utf8(&head[..e.valid_up_to()]).unwrap_or_default()
        }
        Err(_) => return false,
    };
    valid
        .chars()
        .any(|c| ('\u{0621}'..='\u{064A}').contains(&c))
}

/// The encoding of plain text that starts with `head` and is read as a
/// stream (a large file, a pipe): a byte order mark, else `forced`, else
/// what [`decode`] would guess from these bytes. Binary data is UTF-8 here:
/// the stream's reader reports it.
pub fn text_encoding(head: &[u8], forced: Option<&'static Encoding>) -> &'static Encoding {
    Encoding::for_bom(head)
        .map(|(e, _)| e)
        .or(forced)
        .unwrap_or_else(|| sniff(head).unwrap_or(UTF_8))
}

fn is_utf16(e: &'static Encoding) -> bool {
    e == UTF_16LE || e == UTF_16BE
}

/// No label anywhere: UTF-8 if it is, UTF-16 by its zero bytes, else a guess.
fn sniff(bytes: &[u8]) -> Result<&'static Encoding, DecodeError> {
    // First: UTF-16 of Arabic and Latin text is all bytes below 0x80, valid UTF-8.
    if let Some(e) = utf16_by_zeros(bytes) {
        return Ok(e);
    }
    if simdutf8::basic::from_utf8(bytes).is_ok() || mostly_utf8(bytes) {
        return Ok(UTF_8);
    }
    if let Some(pos) = binary_at(bytes) {
        return Err(DecodeError::Binary(pos));
    }
    let mut detector = chardetng::EncodingDetector::new(chardetng::Iso2022JpDetection::Deny);
    detector.feed(bytes, true);
    Ok(detector.guess(None, chardetng::Utf8Detection::Deny))
}

/// UTF-8 with a few bad bytes (a file cut or patched by hand, a quotation
/// mark pasted from windows-1252), not another encoding: its valid
/// multi-byte characters are at least as many as the bad bytes. Text in
/// windows-1256 makes a valid UTF-8 sequence only where a letter meets a
/// comma, and a bad byte at nearly every other letter.
pub fn mostly_utf8(bytes: &[u8]) -> bool {
    let (mut good, mut bad) = (0usize, 0usize);
    let mut rest = bytes;
    loop {
        let (valid, error) = match std::str::from_utf8(rest) {
            Ok(all) => (all, None),
            Err(e) => (
                // The prefix up to the error is valid by definition.
                std::str::from_utf8(&rest[..e.valid_up_to()]).unwrap_or(""),
                Some(e),
            ),
        };
        good += valid.chars().filter(|c| !c.is_ascii()).count();
        let Some(error) = error else { break };
        // A sequence cut by the end of the bytes is not a bad byte.
        let Some(len) = error.error_len() else { break };
        bad += 1;
        rest = &rest[error.valid_up_to() + len..];
    }
    good >= bad
}

/// UTF-16 without a BOM: in the first KiB, most code units of Latin text
/// and spaces have one zero byte, always on the same side, and Arabic
/// (U+06xx) puts 0x06 there instead. Either pattern on one side only.
fn utf16_by_zeros(bytes: &[u8]) -> Option<&'static Encoding> {
    let head = &bytes[..bytes.len().min(1024) & !1];
    let units = head.len() / 2;
    if units < 2 {
        return None;
    }
    let high = |b: u8| b == 0 || b == 6;
    let even = head.chunks_exact(2).filter(|u| high(u[0])).count();
    let odd = head.chunks_exact(2).filter(|u| high(u[1])).count();
    let zeros = head.iter().filter(|&&b| b == 0).count();
    if zeros == 0 {
        return None;
    }
    if even * 10 >= units * 8 && odd * 10 < units * 2 {
        Some(UTF_16BE)
    } else if odd * 10 >= units * 8 && even * 10 < units * 2 {
        Some(UTF_16LE)
    } else {
        None
    }
}

/// The HTML prescan, simplified: `charset=` inside a `<meta` tag in the
/// first KiB (`<meta charset="x">` and `content="text/html; charset=x"`).
fn meta_charset(bytes: &[u8]) -> Option<&'static Encoding> {
    let head = &bytes[..bytes.len().min(1024)];
    let lower: Vec<u8> = head.iter().map(u8::to_ascii_lowercase).collect();
    let mut from = 0;
    while let Some(at) = memchr::memmem::find(&lower[from..], b"<meta") {
        let start = from + at;
        let end = memchr::memchr(b'>', &lower[start..]).map_or(lower.len(), |e| start + e);
        let tag = &lower[start..end];
        if let Some(c) = memchr::memmem::find(tag, b"charset") {
            let rest = &tag[c + 7..];
            let rest = rest
                .trim_ascii_start()
                .strip_prefix(b"=")?
                .trim_ascii_start();
            let rest = rest
                .strip_prefix(b"\"")
                .or_else(|| rest.strip_prefix(b"'"))
                .unwrap_or(rest);
            let len = rest
                .iter()
                .position(|b| matches!(b, b'"' | b'\'' | b';' | b'/') || b.is_ascii_whitespace())
                .unwrap_or(rest.len());
            let found = Encoding::for_label(&rest[..len]);
            // A page that says UTF-16 in ASCII bytes is not UTF-16 (the spec's rule).
            return found.map(|e| if is_utf16(e) { UTF_8 } else { e });
        }
        from = end;
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    const SALAM_1256: &[u8] = &[0xC7, 0xE1, 0xD3, 0xE1, 0xC7, 0xE3]; // "السلام"

    #[test]
    fn windows_1256_is_taken_from_meta_header_or_guess() {
        let mut page = b"<html><head><meta charset=\"windows-1256\"></head><body>".to_vec();
        page.extend_from_slice(SALAM_1256);
        let d = decode(&page, None, None, true).expect("text");
        assert!(d.text.ends_with("السلام"), "{}", d.text);
        assert_eq!(d.encoding, "windows-1256");
        let d = decode(SALAM_1256, None, Some("cp1256"), false).expect("text");
        assert_eq!(d.text, "السلام");
        let long: Vec<u8> = SALAM_1256
            .iter()
            .chain(b" ")
            .copied()
            .cycle()
            .take(700)
            .collect();
        let d = decode(&long, None, None, false).expect("text");
        assert!(d.text.starts_with("السلام "), "guessed {}", d.encoding);
    }

    #[test]
    fn utf16_with_and_without_bom() {
        let units: Vec<u16> = "مرحبا بالعالم hello".encode_utf16().collect();
        let le: Vec<u8> = units.iter().flat_map(|u| u.to_le_bytes()).collect();
        let be: Vec<u8> = units.iter().flat_map(|u| u.to_be_bytes()).collect();
        let mut bom = vec![0xFF, 0xFE];
        bom.extend_from_slice(&le);
        for (bytes, name) in [(&bom, "UTF-16LE"), (&le, "UTF-16LE"), (&be, "UTF-16BE")] {
            let d = decode(bytes, None, None, false).expect("text");
            assert_eq!((d.text.as_str(), d.encoding), ("مرحبا بالعالم hello", name));
        }
    }

    #[test]
    fn forced_encoding_wins_and_binary_is_refused() {
        let d = decode(
            "سلام".as_bytes(),
            encoding_for_label("iso-8859-6"),
            None,
            false,
        )
        .expect("text");
        assert_eq!(d.encoding, "ISO-8859-6");
        assert_ne!(d.text, "سلام");
        assert_eq!(
            decode(b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR", None, None, false),
            Err(DecodeError::Binary(8))
        );
        assert!(encoding_for_label("no-such-thing").is_none());
    }

    #[test]
    fn utf8_with_a_stray_bad_byte_stays_utf8() {
        let mut bytes = "قالت الحكومة إن سعر الوقود سيرتفع".as_bytes().to_vec();
        bytes.push(0xFF);
        let d = decode(&bytes, None, None, false).expect("text");
        assert_eq!((d.encoding, d.replaced), ("UTF-8", true));
        assert!(!mostly_utf8(SALAM_1256));
        assert!(mostly_utf8(&"نص".as_bytes()[..3]));
    }

    #[test]
    fn a_label_the_bytes_belie_gives_way_to_what_they_are() {
        let utf8 = "<p>قالت الحكومة إن سعر الوقود سيرتفع</p>".as_bytes();
        // UTF-8 declared windows-1256 (a meta) or iso-8859-1 (a header).
        let mut page = b"<meta charset=\"windows-1256\">".to_vec();
        page.extend_from_slice(utf8);
        let d = decode(&page, None, None, true).expect("text");
        assert!(
            d.text.ends_with("<p>قالت الحكومة إن سعر الوقود سيرتفع</p>"),
            "{}",
            d.text
        );
        assert_eq!((d.encoding, d.misdeclared), ("UTF-8", Some("windows-1256")));
        let d = decode(utf8, None, Some("iso-8859-1"), true).expect("text");
        assert_eq!((d.encoding, d.misdeclared), ("UTF-8", Some("windows-1252")));
        // windows-1256 declared UTF-8.
        let mut legacy = b"<meta charset=\"utf-8\"><p>".to_vec();
        for _ in 0..5 {
            legacy.extend_from_slice(SALAM_1256);
            legacy.push(b' ');
        }
        let d = decode(&legacy, None, None, true).expect("text");
        assert!(d.text.contains("السلام السلام"), "{}", d.text);
        assert_eq!((d.encoding, d.misdeclared), ("windows-1256", Some("UTF-8")));
        assert!(!d.replaced);
        // Labels the bytes bear out stay: legacy bytes as declared, ASCII
        // under any label, UTF-8 with a stray bad byte, Latin-1 bytes that
        // are no Arabic declared UTF-8.
        let mut declared = b"<meta charset=\"windows-1256\">".to_vec();
        declared.extend_from_slice(SALAM_1256);
        let d = decode(&declared, None, None, true).expect("text");
        assert_eq!((d.encoding, d.misdeclared), ("windows-1256", None));
        assert!(d.as_declared);
        assert!(
            !decode(SALAM_1256, None, None, true)
                .expect("text")
                .as_declared
        );
        let d = decode(b"<p>plain</p>", None, Some("windows-1256"), true).expect("text");
        assert_eq!((d.encoding, d.misdeclared), ("windows-1256", None));
        let mut stray = utf8.to_vec();
        stray.push(0xFF);
        let d = decode(&stray, None, Some("utf-8"), true).expect("text");
        assert_eq!(
            (d.encoding, d.misdeclared, d.replaced),
            ("UTF-8", None, true)
        );
        let latin = b"<p>caf\xe9 cr\xe8me br\xfbl\xe9e</p>";
        let d = decode(latin, None, Some("utf-8"), true).expect("text");
        assert_eq!((d.encoding, d.misdeclared), ("UTF-8", None));
        // `--encoding` is the reader's word, and wins.
        let d = decode(utf8, encoding_for_label("windows-1256"), None, true).expect("text");
        assert_eq!((d.encoding, d.misdeclared), ("windows-1256", None));
    }

    #[test]
    fn meta_in_http_equiv_and_utf8_default() {
        let page = b"<meta http-equiv='Content-Type' content='text/html; charset=ISO-8859-6'>";
        assert_eq!(meta_charset(page).map(Encoding::name), Some("ISO-8859-6"));
        let d = decode("<p>نص</p>".as_bytes(), None, None, true).expect("text");
        assert_eq!(
            (d.text.as_str(), d.encoding, d.replaced),
            ("<p>نص</p>", "UTF-8", false)
        );
    }
}
