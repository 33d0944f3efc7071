//! The block of `Title:`, `Feed:`, `Link:`, `Author:` and `Date:` lines that
//! newsboat writes before an article it hands to its pager.
//!
//! Only a block made of nothing but such lines, with a title among them and a
//! blank line after it, is taken: a text that merely starts with
//! "Date: Monday" is left alone. Newsboat writes no `Title:` for an item
//! without one: a block that opens with `Feed:` as newsboat's do, and has a
//! `Link:` or a `Date:` with a time of day, is taken too, and the feed's name
//! names the article.

/// What the header block says about the article.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Header {
    /// Empty when newsboat wrote none (an untitled item).
    pub title: String,
    /// The feed (the news source) the article came from.
    pub feed: Option<String>,
    pub author: Option<String>,
    pub date: Option<String>,
    pub link: Option<String>,
}

/// The keys of newsboat's fields (Podcast Download URL and Flags are known,
/// not shown apart).
const KEYS: &[&str] = &[
    "Title",
    "Feed",
    "Author",
    "Date",
    "Link",
    "Podcast Download URL",
    "Flags",
];

/// The longest header block looked for, in lines.
const MAX_LINES: usize = 12;

impl Header {
    /// The header block at the start of `text`, and the bytes it takes with
    /// the blank line ending it.
    ///
    /// Newsboat wraps a title or a feed's name longer than the screen onto
    /// the lines after it, with no key: such a line, right after one of
    /// those two, goes on with it.
    pub fn parse(text: &[u8]) -> Option<(Self, usize)> {
        let mut header = Header::default();
        let mut title = false;
        let mut fields = 0;
        let mut opens_on_feed = None;
        // The field a line without a key would go on with.
        let mut wrapping: Option<&'static str> = None;
        let mut at = 0;
        for _ in 0..=MAX_LINES {
            let nl = memchr::memchr(b'\n', &text[at..])?;
            let line = String::from_utf8_lossy(&text[at..at + nl]);
            at += nl + 1;
            let line = line.trim_end();
            if line.trim_start().is_empty() {
                // Without a title, what says this is newsboat's block and
                // not a text that starts "Feed: …" is its order and a field
                // no prose starts with.
                let untitled = opens_on_feed == Some(true)
                    && (header.link.is_some() || header.date.as_deref().is_some_and(has_time));
                if !(title || untitled) || fields < 2 {
                    return None;
                }
                // Newsboat writes a title or a feed's name as the feed gave
                // it, markup included (`<b>` in a CDATA title): read as
                // qari reads the feed itself.
                if header.title.contains('<') {
                    header.title = crate::core::article::inline_words(&header.title);
                }
                if let Some(feed) = header.feed.as_mut().filter(|f| f.contains('<')) {
                    *feed = crate::core::article::inline_words(feed);
                }
                return Some((header, at));
            }
            let keyed = line.split_once(": ").filter(|(key, _)| KEYS.contains(key));
            let Some((key, value)) = keyed else {
                let goes_on = match wrapping? {
                    "Title" => &mut header.title,
                    _ => header.feed.get_or_insert_with(String::new),
                };
                goes_on.push(' ');
                goes_on.push_str(line.trim());
                continue;
            };
            fields += 1;
            opens_on_feed.get_or_insert(key == "Feed");
            wrapping = match key {
                "Title" => Some("Title"),
                "Feed" => Some("Feed"),
                _ => None,
            };
            let value = Some(value.trim().to_string()).filter(|v| !v.is_empty());
            match key {
                "Title" => {
                    header.title = value.unwrap_or_default();
                    title = true;
                }
                "Feed" => header.feed = value,
                "Author" => header.author = value,
                "Date" => header.date = value,
                "Link" => header.link = value,
                // Newsboat's other fields: known, not shown apart.
                _ => {}
            }
        }
        None
    }

    /// What names the article: its title, else its feed's name.
    pub fn name(&self) -> Option<&str> {
        Some(self.title.as_str())
            .filter(|t| !t.is_empty())
            .or(self.feed.as_deref())
    }

    /// The block as the article's first paragraphs: the title, then the
    /// source, date, author and link each on a line, then a blank line.
    /// Without a title the source comes first.
    pub fn as_text(&self) -> String {
        let mut text = String::new();
        if !self.title.is_empty() {
            text.push_str(&self.title);
            text.push('\n');
        }
        for field in [&self.feed, &self.date, &self.author, &self.link]
            .into_iter()
            .flatten()
        {
            text.push_str(field);
            text.push('\n');
        }
        text.push('\n');
        text
    }
}

/// Whether a date says a time of day (`05:47:03`), as newsboat's do.
fn has_time(date: &str) -> bool {
    date.as_bytes().windows(5).any(|w| {
        w[0].is_ascii_digit()
            && w[1].is_ascii_digit()
            && w[2] == b':'
            && w[3].is_ascii_digit()
            && w[4].is_ascii_digit()
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    const NEWSBOAT: &str = "Feed: أخبار\nTitle: رئيس كازاخستان يتعهد\nAuthor: مراسل\n\
        Date: Thu, 06 Jan 2022 08:13:00 +0000\nLink: http://127.0.0.1/a.html\n \nقال رئيس\n";

    #[test]
    fn newsboat_block_is_read() {
        let (header, len) = Header::parse(NEWSBOAT.as_bytes()).expect("a header");
        assert_eq!(header.title, "رئيس كازاخستان يتعهد");
        assert_eq!(header.feed.as_deref(), Some("أخبار"));
        assert_eq!(header.author.as_deref(), Some("مراسل"));
        assert_eq!(header.link.as_deref(), Some("http://127.0.0.1/a.html"));
        assert_eq!(&NEWSBOAT[len..], "قال رئيس\n");
        assert_eq!(
            header.as_text(),
            "رئيس كازاخستان يتعهد\nأخبار\nThu, 06 Jan 2022 08:13:00 +0000\nمراسل\n\
             http://127.0.0.1/a.html\n\n"
        );
    }

    #[test]
    fn other_starts_are_not_headers() {
        // No title, one field, an unknown key, no blank line after it.
        assert_eq!(Header::parse(b"Date: Monday\nFeed: x\n\nbody\n"), None);
        assert_eq!(Header::parse(b"Title: x\n\nbody\n"), None);
        assert_eq!(Header::parse(b"Title: x\nFrom: y\n\nbody\n"), None);
        assert_eq!(Header::parse(b"Title: x\nFeed: y\nbody\n"), None);
        assert_eq!(Header::parse(b"commit 1a2b\nAuthor: a\nDate: b\n\n"), None);
        // A line with no key after a title is its wrapped rest, not a field.
        assert_eq!(Header::parse(b"Title: x\nmore: y\n\nbody\n"), None);
    }

    #[test]
    fn an_untitled_item_s_block_is_read_and_its_feed_names_it() {
        // As newsboat writes an item with no title: no `Title:` line.
        let text = "Feed: جريدة الأخبار - آخر الأخبار\nDate: Mon, 07 Dec 2026 05:47:03 +0000\n\
                    \nأعلنت وزارة الصحة\n";
        let (header, len) = Header::parse(text.as_bytes()).expect("a header");
        assert_eq!(header.title, "");
        assert_eq!(header.name(), Some("جريدة الأخبار - آخر الأخبار"));
        assert_eq!(&text[len..], "أعلنت وزارة الصحة\n");
        assert_eq!(
            header.as_text(),
            "جريدة الأخبار - آخر الأخبار\nMon, 07 Dec 2026 05:47:03 +0000\n\n"
        );
        let linked = "Feed: أخبار\nLink: http://127.0.0.1/a.html\n\nنص\n";
        assert!(Header::parse(linked.as_bytes()).is_some());
        // Prose that starts so is not a block: a date without a time, or
        // a block that does not open on the feed.
        assert_eq!(Header::parse(b"Feed: x\nDate: Monday\n\nbody\n"), None);
        assert_eq!(
            Header::parse(b"Date: Mon, 07 Dec 2026 05:47:03 +0000\nFeed: x\n\nbody\n"),
            None
        );
        assert_eq!(Header::parse(b"Feed: x\n\nbody\n"), None);
    }

    #[test]
    fn markup_in_a_title_is_read_as_the_words_it_shows() {
        let text = "Feed: بي بي سي <i>عربي</i>\nTitle: عاجل: زلزال يضرب <b>جنوب تركيا</b>\n\
                    Link: http://127.0.0.1/q.html\n \nنص\n";
        let (header, _) = Header::parse(text.as_bytes()).expect("a header");
        assert_eq!(header.title, "عاجل: زلزال يضرب جنوب تركيا");
        assert_eq!(header.feed.as_deref(), Some("بي بي سي عربي"));
        // A title with a bare `<` that opens no tag keeps it.
        let text = "Feed: أخبار\nTitle: 3 < 5 في الرياضيات\nLink: http://127.0.0.1/a\n\nنص\n";
        let (header, _) = Header::parse(text.as_bytes()).expect("a header");
        assert_eq!(header.title, "3 < 5 في الرياضيات");
    }

    #[test]
    fn a_title_newsboat_wrapped_goes_on_over_its_lines() {
        let text = "Feed: أخبار تجريبية\nTitle: الحوثيون يعلنون استهداف سفينة تجارية في البحر\n\
                    الأحمر قبالة سواحل اليمن\nDate: Tue, 02 Dec 2025 10:00:00 +0000\n\
                    Link: http://127.0.0.1/b.html\n \nنص الخبر\n";
        let (header, len) = Header::parse(text.as_bytes()).expect("a header");
        assert_eq!(
            header.title,
            "الحوثيون يعلنون استهداف سفينة تجارية في البحر الأحمر قبالة سواحل اليمن"
        );
        assert_eq!(header.feed.as_deref(), Some("أخبار تجريبية"));
        assert_eq!(header.link.as_deref(), Some("http://127.0.0.1/b.html"));
        assert_eq!(&text[len..], "نص الخبر\n");
    }
}
