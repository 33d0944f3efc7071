//! A feed whose tags do not nest mended, so that what can be read is: a
//! stray `<b>` left open in a description, an end tag that closes nothing,
//! a file cut short. XML parsers refuse the whole document at the first
//! such tag, and a feed reader that did would lose every item for one typo
//! (browsers and feed readers read on). The mending is the least that
//! makes the tags nest: a start tag left open inside an element that ends
//! is written as text (a description's HTML written bare: `<b>` becomes
//! `&lt;b&gt;`, which the description's HTML then reads as it was meant),
//! an end tag that closes nothing is dropped, and what is
//! open at the end is closed there. What does not parse at all (a tag cut
//! in the middle) ends the document at that point: the items before it are
//! kept. Everything else is copied byte for byte, so the parser still reads
//! the feed's own encoding, entities and CDATA.

use quick_xml::events::Event;
use quick_xml::Reader;

/// A feed's bytes mended, and where and how it first broke.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) struct Mended {
    pub bytes: Vec<u8>,
    /// The line (from 1) where the tags first stopped nesting.
    pub line: usize,
    /// What was wrong there, in a few words.
    pub what: String,
}

/// `bytes` with its tags made to nest; `None` when they did already (the
/// feed is broken some other way, or is no feed).
pub(super) fn mended(bytes: &[u8]) -> Option<Mended> {
    let mut reader = Reader::from_reader(bytes);
    reader.config_mut().check_end_names = false;
    let mut out = Vec::with_capacity(bytes.len() + 64);
    // Each open element's name, and where its start tag begins and ends in `out`.
    let mut open: Vec<(Vec<u8>, usize, usize)> = Vec::new();
    let mut first: Option<(usize, String)> = None;
    let mut broke = |at: usize, what: String| {
        first.get_or_insert((at, what));
    };
    let close = |out: &mut Vec<u8>, name: &[u8]| {
        out.extend_from_slice(b"</");
        out.extend_from_slice(name);
        out.push(b'>');
    };
    loop {
        let start = position(reader.buffer_position());
        match reader.read_event() {
            Ok(Event::Eof) => break,
            Ok(Event::Start(tag)) => {
                let end = position(reader.buffer_position()) - start;
                open.push((tag.name().0.as_bytes().to_vec(), out.len(), out.len() + end));
            }
            Ok(Event::End(tag)) => {
                let name = tag.name().0.as_bytes().to_vec();
                match open.iter().rposition(|(n, ..)| *n == name) {
                    Some(depth) if depth + 1 == open.len() => {
                        open.pop();
                    }
                    Some(depth) => {
                        let inner = shown(&open[depth + 1].0);
                        broke(
                            start,
                            format!("<{inner}> is not closed before </{}>", shown(&name)),
                        );
                        // A start tag never closed is a letter of the text
                        // it stands in (a description's HTML written bare):
                        // the innermost first, so the others stay where they are.
                        for (_, before, after) in open.drain(depth + 1..).rev() {
                            let tag = escaped(&out[before..after]);
                            out.splice(before..after, tag);
                        }
                        open.pop();
                    }
                    None => {
                        broke(start, format!("</{}> closes nothing", shown(&name)));
                        continue;
                    }
                }
            }
            Ok(_) => {}
            Err(err) => {
                let at = position(reader.error_position());
                broke(at, err.to_string());
                // Elements opened with nothing in them yet (the item whose
                // tag was cut) are no part of what is read.
                while let Some(&(_, before, after)) = open.last() {
                    if after < out.len() {
                        break;
                    }
                    out.truncate(before);
                    open.pop();
                }
                break;
            }
        }
        let end = position(reader.buffer_position()).min(bytes.len());
        out.extend_from_slice(&bytes[start.min(end)..end]);
    }
    if let Some((innermost, ..)) = open.last() {
        let innermost = shown(innermost);
        broke(bytes.len(), format!("it ends before </{innermost}>"));
    }
    for (unclosed, ..) in open.drain(..).rev() {
        close(&mut out, &unclosed);
    }
    let (at, what) = first?;
    let at = at.min(bytes.len());
    Some(Mended {
        line: bytes[..at].iter().filter(|&&b| b == b'\n').count() + 1,
        bytes: out,
        what,
    })
}

/// A tag written as the text it shows.
fn escaped(tag: &[u8]) -> Vec<u8> {
    let mut out = Vec::with_capacity(tag.len() + 8);
    for &b in tag {
        match b {
            b'<' => out.extend_from_slice(b"&lt;"),
            b'>' => out.extend_from_slice(b"&gt;"),
            _ => out.push(b),
        }
    }
    out
}

fn position(at: u64) -> usize {
    usize::try_from(at).unwrap_or(usize::MAX)
}

fn shown(name: &[u8]) -> String {
    String::from_utf8_lossy(name).into_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn mend(xml: &str) -> Option<(String, usize, String)> {
        mended(xml.as_bytes()).map(|m| (String::from_utf8(m.bytes).expect("utf-8"), m.line, m.what))
    }

    #[test]
    fn tags_that_nest_need_no_mending() {
        assert_eq!(
            mend("<rss><channel><title>x &amp; y</title></channel></rss>"),
            None
        );
    }

    #[test]
    fn a_tag_left_open_inside_an_element_that_ends_is_text() {
        let (xml, line, what) =
            mend("<rss>\n<d>قال <b x=\"1\">الرئيس</d>\n<i>ثان</i></rss>").expect("mended");
        assert_eq!(
            xml,
            "<rss>\n<d>قال &lt;b x=\"1\"&gt;الرئيس</d>\n<i>ثان</i></rss>"
        );
        assert_eq!((line, what.as_str()), (2, "<b> is not closed before </d>"));
    }

    #[test]
    fn a_stray_end_tag_is_dropped_and_a_cut_file_closed() {
        let (xml, _, what) = mend("<rss><t>a</b></t><item><t>ثاني").expect("mended");
        assert_eq!(xml, "<rss><t>a</t><item><t>ثاني</t></item></rss>");
        assert_eq!(what, "</b> closes nothing");
        let (xml, _, what) = mend("<rss><item><t>a</t></item><item><t").expect("mended");
        assert_eq!(xml, "<rss><item><t>a</t></item></rss>");
        assert!(!what.is_empty());
    }
}
