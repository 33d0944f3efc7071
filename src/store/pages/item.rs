//! A feed's item opened as a document: its own content, or what its link
//! leads to (a page fetched, a file beside the feed's, another feed). Its
//! own file because it is the one place a feed's item and a link meet.

use std::path::{Path, PathBuf};

use super::{into_document, into_loading, open_url, split_fragment, ReadOptions};
use crate::core::article::{self, feed::Item};
use crate::core::notice::{InputError, Reason};
use crate::store::input;
use crate::store::loader::Loading;

/// Where a feed's item's link leads, as the shell reads it against where
/// the feed came from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ItemLink {
    /// A web address (the item's own, or made absolute against the feed's).
    Web(String),
    /// A file beside a feed read from a file (a relative link), with the
    /// link's `#fragment`.
    File(PathBuf),
    /// A relative link with no address to go from (a piped feed that
    /// names no site).
    Relative(String),
}

/// A feed's item as a document: its own content, or, when the feed gives
/// only a summary and a link, what the link (`link`, as the shell found
/// it) points to: a page (fetched now, when the reader opens the item), a
/// file beside the feed's, or a feed, with its items for the reader's list
/// of them, as a feed reached by any link is read. A link that cannot be
/// read leaves the summary, with the reason to tell the reader.
pub fn open_item(
    item: &Item,
    link: Option<&ItemLink>,
    options: &ReadOptions,
) -> anyhow::Result<OpenedItem> {
    let mut failed = None;
    match link.filter(|_| item.summary_only) {
        Some(ItemLink::Web(link)) => {
            let (link, fragment) = split_fragment(Path::new(link));
            let address = link.to_string_lossy();
            match open_url(&address, fragment.as_deref(), options) {
                Ok(mut page) => {
                    let feed = page.article.feed.take();
                    return Ok(OpenedItem {
                        loading: into_loading(page.document),
                        links: page.article.links,
                        start: page.start,
                        failed: None,
                        // Its read items are kept under the link, as for a
                        // feed's link followed from a page.
                        feed: feed.map(|feed| (feed, address.into_owned())),
                        path: None,
                    });
                }
                Err(err) => failed = Some(err),
            }
        }
        // Read as the command line reads a file: a page, a feed, text.
        Some(ItemLink::File(path)) => {
            match input::start_reading(input::Source::File(path), options) {
                Ok(reading) => {
                    return Ok(OpenedItem {
                        loading: reading.loading,
                        links: reading.links,
                        start: reading.start,
                        failed: None,
                        feed: reading.feed,
                        path: Some(split_fragment(path).0),
                    })
                }
                Err(err) => failed = Some(err),
            }
        }
        Some(ItemLink::Relative(href)) => {
            failed = Some(InputError::new(href, Reason::Relative).into());
        }
        None => {}
    }
    let page = into_document(item.article(), &item.title)?;
    Ok(OpenedItem {
        loading: into_loading(page.document),
        links: page.article.links,
        start: None,
        failed,
        feed: None,
        path: None,
    })
}

/// A feed's item made a document.
pub struct OpenedItem {
    pub loading: Loading,
    pub links: Vec<article::Link>,
    /// Where its link's `#fragment` is, in the page it points to.
    pub start: Option<usize>,
    /// Why its link could not be read (its summary is the document then).
    pub failed: Option<anyhow::Error>,
    /// The feed its link points to, with the link: read as the list of its
    /// items, not as `loading`.
    pub feed: Option<(article::feed::Feed, String)>,
    /// The file read, when the link led to one beside the feed's: its own
    /// relative links lead on from its folder.
    pub path: Option<PathBuf>,
}
