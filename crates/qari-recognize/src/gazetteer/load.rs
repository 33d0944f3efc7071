//! Loading the lists: the tables the build script froze into the binary
//! (`crates/qari-recognize/build.rs`, by `gazetteer/fill.rs`), read where
//! they lie. Its own file because loading is done once at start-up and read
//! nowhere else.

use super::*;

/// The shipped lists' tables, as `Lists::freeze` (`gazetteer/fill.rs`) wrote
/// them at build time.
pub(super) static FROZEN: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/gazetteer.bin"));

impl Gazetteer {
    /// The lists embedded in qari.
    pub fn builtin() -> Self {
        Self::thaw(FROZEN)
    }

    /// The tables of `bytes`, in the order `Lists::freeze` writes them.
    fn thaw(bytes: &'static [u8]) -> Self {
        debug_assert!(
            bytes.starts_with(lists::MAGIC),
            "frozen lists of another layout"
        );
        let mut rest = &bytes[lists::MAGIC.len() + 8..];
        let longest = frozen::u32_at(bytes, lists::MAGIC.len()) as usize;
        let known_longest = frozen::u32_at(bytes, lists::MAGIC.len() + 4) as usize;
        Self {
            phrases: Keyed::Frozen(Frozen::read(&mut rest)),
            triggers: Keyed::Frozen(Frozen::read(&mut rest)),
            given: Keyed::Frozen(Frozen::read(&mut rest)),
            common: Keyed::Frozen(Frozen::read(&mut rest)),
            known: Keyed::Frozen(Frozen::read(&mut rest)),
            country_words: Keyed::Frozen(Frozen::read(&mut rest)),
            longest,
            known_names: Keyed::Frozen(Frozen::read(&mut rest)),
            known_longest,
        }
    }
}

#[cfg(test)]
use fill::{EntrySpace, Source};

#[cfg(test)]
impl Gazetteer {
    /// Add one entry of the derived lists' kind; unknown classes are ignored.
    pub(crate) fn add(&mut self, class: &str, phrase: &str) {
        self.add_in(class, phrase, Source::Derived, &mut EntrySpace::default());
    }

    /// [`Lists::add_in`] on lists built in memory (a test's own).
    pub(crate) fn add_in(
        &mut self,
        class: &str,
        phrase: &str,
        source: Source,
        space: &mut EntrySpace,
    ) {
        fn built<V: Copy>(t: &Keyed<V>) -> HashKeyed<V> {
            match t {
                Keyed::Built(t) => t.clone(),
                Keyed::Frozen(_) => panic!("the shipped lists take no entry"),
            }
        }
        let mut lists = Lists {
            phrases: built(&self.phrases),
            triggers: built(&self.triggers),
            given: built(&self.given),
            common: built(&self.common),
            known: built(&self.known),
            country_words: built(&self.country_words),
            longest: self.longest,
            known_names: built(&self.known_names),
            known_longest: self.known_longest,
        };
        lists.add_in(class, phrase, source, space);
        *self = Self::from(lists);
    }

    /// The lists read from their files, as the build script reads them.
    pub(crate) fn from_files() -> Lists {
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("assets");
        Lists::load(|file| {
            std::fs::read_to_string(dir.join(file)).unwrap_or_else(|e| panic!("{file}: {e}"))
        })
    }
}
