//! A feed read in qari: the list of its items, and each item opened from it.
//!
//! Like the files named on the command line (`shell/files.rs`), each screen
//! is one reader: the list is a document of one line per item, whose reader
//! ends with a step to the item chosen (Enter); the item is then opened
//! (its content, or the page its link points to when the feed gives only a
//! summary, fetched only now) and read as any document. A relative link
//! leads where a page's does: beside the feed's file (`links::local_target`),
//! or, for a feed piped in, on the site the feed names. An item whose link
//! is another feed opens on that feed's list, as a feed's link followed
//! from a page does (`shell/links.rs`), and `q` there comes back to this
//! one. `q` in an item ends its reader, and the list comes back with that
//! item marked read; `n`/`p` (and `:n`/`:p`) end it with a step to the next
//! or previous item. Read items are stored under the feed's address as soon
//! as they are opened, so the marks survive whatever ends qari afterwards.

use std::path::Path;

use crate::core::article::feed::{Feed, Item};
use crate::core::document::Document;
use crate::core::notice::{InputError, Reason};
use crate::reader::app::{FeedRole, FileList, FileStep};
use crate::reader::messages::Msg;
use crate::shell::tui::{self, Outcome, ReaderOptions};
use crate::shell::{cli, links};
use crate::store::pages::{self, ItemLink, ReadOptions};
use crate::store::Store;

/// How a feed reached by a link from a reader ended (see [`read_reached`]).
pub(super) enum Reached {
    /// `q` (or `:n`, `:p`, which have nowhere to go from a link): back to
    /// the reader the link was followed from.
    Back,
    /// The feed has no items: what to tell that reader.
    Empty(String),
    /// qari ends, or the command line's next file is read.
    Ended(Outcome),
}

/// A feed reached by a link (a page's, an item's): the list of its items,
/// read as [`read`] reads a feed named on the command line, or, with none,
/// a notice naming the link as `shown`.
pub(super) fn read_reached(
    feed: &Feed,
    address: &str,
    shown: &str,
    name: &str,
    opts: &ReaderOptions,
    options: &ReadOptions,
) -> anyhow::Result<Reached> {
    if feed.items.is_empty() {
        let empty = InputError::new(shown, Reason::FeedEmpty);
        return Ok(Reached::Empty(opts.said(&empty.into())));
    }
    Ok(match read(feed, address, name, opts, options)? {
        Outcome::Exit(0) | Outcome::Step(_) => Reached::Back,
        ended => Reached::Ended(ended),
    })
}

/// Read `feed` (found at `address`, the key of its read items) from its
/// list; what ends the list ends this: `q`, a signal, or `:n`/`:p` to the
/// next or previous file named.
pub fn read(
    feed: &Feed,
    address: &str,
    name: &str,
    opts: &ReaderOptions,
    options: &ReadOptions,
) -> anyhow::Result<Outcome> {
    let store = Store::open().ok().filter(|_| opts.remember);
    let ui = crate::reader::messages::Interface::new(opts.lang, opts.config.digits);
    let read_items = |err: &dyn std::fmt::Display| ui.failed(Msg::ReadItems, err);
    let mut notice = opts.notice.clone();
    // Where its XML broke, said when its list first opens.
    let mut broken = feed.broken.clone();
    let mut selected = 0;
    let count = feed.items.len();
    if count == 0 {
        return Err(InputError::new(address, Reason::FeedEmpty).into());
    }
    loop {
        let read = match store.as_ref().map(|s| s.read_items(address)) {
            Some(Ok(read)) => read,
            Some(Err(err)) => {
                notice.get_or_insert_with(|| read_items(&err));
                Default::default()
            }
            None => Default::default(),
        };
        let text = feed.list_text(|item| read.contains(&item.key()));
        let mut list = Document::from_vec(name.to_string(), text.into_bytes())?;
        list.warnings.extend(broken.take());
        // The list opens on the item last read, and its text changes with
        // every item read: no position of its own to keep.
        let list_opts = ReaderOptions {
            feed: FeedRole::List { selected },
            notice: notice.take(),
            path: None,
            remember: false,
            start: None,
            ..opts.clone()
        };
        let mut at = match tui::run(pages::into_loading(list), &list_opts)? {
            Outcome::Step(FileStep::Open(index)) => index.min(count - 1),
            ended => return Ok(ended),
        };
        loop {
            let item = &feed.items[at];
            if let Some(Err(err)) = store.as_ref().map(|s| s.mark_read(address, &item.key())) {
                notice = Some(read_items(&err));
            }
            let link = item_link(item, feed, opts.path.as_deref());
            let opened = match pages::open_item(item, link.as_ref(), options) {
                Ok(opened) => opened,
                Err(err) => {
                    notice = Some(opts.said(&err));
                    break;
                }
            };
            if let Some((linked, linked_address)) = &opened.feed {
                let linked_opts = ReaderOptions {
                    files: FileList::default(),
                    notice: notice.take(),
                    ..opts.clone()
                };
                let name = &opened.loading.document.name;
                match read_reached(
                    linked,
                    linked_address,
                    linked_address,
                    name,
                    &linked_opts,
                    options,
                )? {
                    Reached::Empty(said) => notice = Some(said),
                    Reached::Back => {}
                    Reached::Ended(ended) => return Ok(ended),
                }
                // Back to this list.
                break;
            }
            let item_opts = ReaderOptions {
                feed: FeedRole::Item,
                files: FileList {
                    index: at,
                    count,
                    file: false,
                },
                notice: opened
                    .failed
                    .map(|err| opts.said(&err))
                    .or_else(|| notice.take()),
                path: opened.path,
                start: opened.start,
                ..opts.clone()
            };
            at = match links::read(opened.loading, &opened.links, &item_opts, options)?.0 {
                // `q`: back to the list.
                Outcome::Exit(0) => break,
                Outcome::Exit(status) => return Ok(Outcome::Exit(status)),
                Outcome::Step(FileStep::Next) => (at + 1).min(count - 1),
                Outcome::Step(FileStep::Previous) => at.saturating_sub(1),
                Outcome::Step(FileStep::Open(index)) => index.min(count - 1),
                Outcome::Step(FileStep::Link(_) | FileStep::Reread(_)) => at,
            };
        }
        selected = at;
    }
}

/// Where an item's link leads: a web address as it is; a relative link
/// (`story.html`) to the file beside the feed's, when the feed was read
/// from a file (`feed_file`), as a page's relative links do; else against
/// the site the feed names (a feed piped in), or nowhere, which is said.
fn item_link(item: &Item, feed: &Feed, feed_file: Option<&Path>) -> Option<ItemLink> {
    let href = item.link.as_deref()?;
    if pages::is_url(href) {
        return Some(ItemLink::Web(href.to_string()));
    }
    if let Some(path) = links::local_target(href, feed_file) {
        return Some(ItemLink::File(cli::with_fragment(path, href)));
    }
    Some(match feed.on_site(href) {
        Some(address) => ItemLink::Web(address),
        None => ItemLink::Relative(href.to_string()),
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::path::PathBuf;

    #[test]
    fn an_item_s_relative_link_leads_beside_the_feed_s_file_or_to_its_site() {
        let item = |link: &str| Item {
            title: "خبر".into(),
            date: None,
            link: Some(link.into()),
            body: None,
            summary_only: true,
            source: None,
            id: String::new(),
            direction: None,
        };
        let feed = Feed::default();
        let file = Some(Path::new("/srv/news/feed.xml"));
        assert_eq!(
            item_link(&item("story.html"), &feed, file),
            Some(ItemLink::File(PathBuf::from("/srv/news/story.html")))
        );
        assert_eq!(
            item_link(&item("a/b.html#p2"), &feed, file),
            Some(ItemLink::File(PathBuf::from("/srv/news/a/b.html#p2")))
        );
        assert_eq!(
            item_link(&item("http://127.0.0.1/x"), &feed, file),
            Some(ItemLink::Web("http://127.0.0.1/x".into()))
        );
        // Piped in: the feed's site, else nowhere to go from.
        assert_eq!(
            item_link(&item("story.html"), &feed, None),
            Some(ItemLink::Relative("story.html".into()))
        );
        let sited = Feed {
            site: Some("http://127.0.0.1/news/".into()),
            ..Feed::default()
        };
        assert_eq!(
            item_link(&item("story.html"), &sited, None),
            Some(ItemLink::Web("http://127.0.0.1/news/story.html".into()))
        );
    }
}
