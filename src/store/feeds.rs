//! Which items of a feed have been read, one small file per feed.
//!
//! A feed changes under its reader (new items come, old ones go), so its
//! read items cannot be kept under its content's hash as a position is:
//! they are kept under the feed's address (a file's absolute path, or its
//! URL), hashed into the file name, `feeds/<hash>.json` in the state
//! directory. Each item is known by its key (`core::article::feed::Item::key`).
//! The file is rewritten whole, atomically, each time an item is read; only
//! the last [`KEPT`] items are kept, so a feed read for years stays small.

use std::collections::BTreeSet;
use std::path::PathBuf;

use serde::{Deserialize, Serialize};

use super::{write_atomically, Store, StoreError};

/// The most items remembered per feed (the oldest read are forgotten first).
const KEPT: usize = 2000;

#[derive(Debug, Default, Serialize, Deserialize)]
struct ReadItems {
    /// The address the file is for, so a person can tell.
    feed: String,
    /// Item keys, the oldest read first.
    read: Vec<String>,
}

impl Store {
    fn feed_path(&self, feed: &str) -> PathBuf {
        let hash = xxhash_rust::xxh3::xxh3_128(feed.as_bytes());
        self.root.join("feeds").join(format!("{hash:032x}.json"))
    }

    fn load_read(&self, feed: &str) -> Result<ReadItems, StoreError> {
        let path = self.feed_path(feed);
        let bytes = match super::read_bounded(&path) {
            Ok(b) => b,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
                return Ok(ReadItems {
                    feed: feed.to_string(),
                    read: Vec::new(),
                })
            }
            Err(cause) => return Err(StoreError::Io { path, cause }),
        };
        serde_json::from_slice(&bytes).map_err(|cause| StoreError::Corrupt { path, cause })
    }

    /// The keys of the items of `feed` (its path or URL) read so far.
    pub fn read_items(&self, feed: &str) -> Result<BTreeSet<String>, StoreError> {
        Ok(self.load_read(feed)?.read.into_iter().collect())
    }

    /// Remember that the item `key` of `feed` has been read.
    pub fn mark_read(&self, feed: &str, key: &str) -> Result<(), StoreError> {
        // A file that cannot be read is started afresh rather than never written again.
        let mut items = self.load_read(feed).unwrap_or_default();
        items.feed = feed.to_string();
        items.read.retain(|k| k != key);
        items.read.push(key.to_string());
        let over = items.read.len().saturating_sub(KEPT);
        items.read.drain(..over);
        let path = self.feed_path(feed);
        let json = serde_json::to_vec(&items).map_err(|cause| StoreError::Corrupt {
            path: path.clone(),
            cause,
        })?;
        write_atomically(&path, &json)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::fs;

    #[test]
    fn read_items_are_kept_per_feed_and_survive_a_new_store() {
        let dir = std::env::temp_dir().join(format!("qari-feeds-{}", std::process::id()));
        let _ = fs::remove_dir_all(&dir);
        let store = Store::at(&dir);
        assert!(store.read_items("/a.xml").expect("none yet").is_empty());
        store.mark_read("/a.xml", "item-2").expect("stored");
        store.mark_read("/a.xml", "item-2").expect("twice is once");
        store.mark_read("/b.xml", "item-1").expect("stored");
        let again = Store::at(&dir);
        let read = again.read_items("/a.xml").expect("read back");
        assert_eq!(read.into_iter().collect::<Vec<_>>(), ["item-2"]);
        assert!(again.read_items("/b.xml").expect("b").contains("item-1"));
        fs::write(again.feed_path("/a.xml"), b"{not json").expect("spoil");
        assert!(again.read_items("/a.xml").is_err());
        again.mark_read("/a.xml", "item-3").expect("started afresh");
        assert_eq!(again.read_items("/a.xml").expect("fresh").len(), 1);
        let _ = fs::remove_dir_all(&dir);
    }
}
