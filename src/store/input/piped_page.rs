//! A web page or a feed piped into `qari render` or `qari search`, told by its
//! first bytes when they are first read: the command has set the terminal up
//! by then, and a pipe that is slow to start is not waited on before it.

use std::io::{self, BufRead, Cursor, Read};

use encoding_rs::Encoding;

use crate::core::article::{self, Hint, Kind};
use crate::store::pages::Tell;

/// The most of a piped page read whole.
const LIMIT: u64 = crate::store::pages::MAX_PAGE;

/// `input`, read as its article's text when it starts like a page or a feed,
/// else as text, decoded from `encoding` or the one its first bytes show.
pub fn piped_page(
    input: Box<dyn BufRead + Send>,
    encoding: Option<&'static Encoding>,
    tell: Option<Tell>,
) -> PipedPage {
    PipedPage {
        input: Some(input),
        reading: Box::new(io::empty()),
        encoding,
        tell,
    }
}

pub struct PipedPage {
    /// The input until it is told what it is; then `reading` reads it.
    input: Option<Box<dyn BufRead + Send>>,
    reading: Box<dyn BufRead + Send>,
    encoding: Option<&'static Encoding>,
    /// Told what reading it found to say (its encoding, a page's story
    /// not found).
    tell: Option<Tell>,
}

impl PipedPage {
    fn decide(&mut self) -> io::Result<()> {
        let Some(mut input) = self.input.take() else {
            return Ok(());
        };
        let head = input.fill_buf()?;
        if article::kind_of(head, &Hint::default()) == Kind::Text {
            self.reading = super::decoded::decoded(input, self.encoding, self.tell.take())?;
            return Ok(());
        }
        let mut bytes = Vec::new();
        input.take(LIMIT + 1).read_to_end(&mut bytes)?;
        if bytes.len() as u64 > LIMIT {
            return Err(io::Error::other(format!("a page over {} MB", LIMIT >> 20)));
        }
        let hint = Hint {
            name: "standard input",
            encoding: self.encoding,
            ..Hint::default()
        };
        let found = article::from_bytes(&bytes, &hint).map_err(io::Error::other)?;
        if let Some(tell) = self.tell.take() {
            found.warnings.iter().for_each(|w| tell.say(w));
        }
        self.reading = Box::new(Cursor::new(found.text().into_bytes()));
        Ok(())
    }
}

impl BufRead for PipedPage {
    fn fill_buf(&mut self) -> io::Result<&[u8]> {
        self.decide()?;
        self.reading.fill_buf()
    }

    fn consume(&mut self, amount: usize) {
        self.reading.consume(amount);
    }
}

impl Read for PipedPage {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        super::read_buffered(self, buf)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn through(input: &str) -> String {
        let mut out = String::new();
        piped_page(Box::new(Cursor::new(input.as_bytes().to_vec())), None, None)
            .read_to_string(&mut out)
            .expect("read");
        out
    }

    #[test]
    fn a_page_becomes_its_text_and_text_stays_as_it_is() {
        let page = "<!DOCTYPE html><html><head><title>عنوان</title></head><body>\
                    <article><p>قال الوزير إن الاجتماع انتهى بعد ساعات من النقاش الطويل.</p></article></body></html>";
        let text = through(page);
        assert!(text.starts_with("عنوان\n\n"), "{text}");
        assert!(text.contains("قال الوزير") && !text.contains('<'), "{text}");
        assert_eq!(through("<b>ليس صفحة</b>\n"), "<b>ليس صفحة</b>\n");
        assert_eq!(through(""), "");
    }
}
