//! Every document's annotations, read for `qari annotations --all`: the
//! only way back to the notes of a text piped in that has since changed.
//!
//! Reading only: no lock is taken and nothing is moved aside or written (a
//! file that does not parse, or that a newer qari wrote, is reported and
//! left for its own load), so a listing can run beside readers saving.

use super::files::{read_parsed, Read};
use super::index::Index;
use super::lenient::why_unreadable;
use super::{AnnotationFile, FORMAT_VERSION};
use crate::reader::annotate::export::every::{in_order, StoredDocument};
use crate::store::Store;

/// What [`Store::every_document`] found.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct EveryDocument {
    /// Documents with annotations, the latest annotated first.
    pub documents: Vec<StoredDocument>,
    /// One sentence per file or annotation that could not be read (each
    /// left as it is): tell the reader.
    pub problems: Vec<String>,
}

impl Store {
    /// The annotations of every document in the store.
    pub fn every_document(&self) -> EveryDocument {
        let mut found = EveryDocument::default();
        let index = match read_parsed::<Index>(&self.annotations_dir().join("index.json")) {
            Ok(Read::Parsed(index)) => index,
            _ => self.index_from_files(),
        };
        let mut documents = Vec::new();
        for (hash, entry) in self.document_files() {
            let path = entry.path();
            let file = match read_parsed::<AnnotationFile>(&path) {
                Ok(Read::Parsed(file)) => file,
                Ok(Read::Missing) => continue,
                Ok(Read::Unparsable) => {
                    found.problems.push(format!(
                        "{}: does not parse; left as it is (opening its document moves it aside)",
                        path.display()
                    ));
                    continue;
                }
                Err(err) => {
                    found.problems.push(err.to_string());
                    continue;
                }
            };
            if file.version > FORMAT_VERSION {
                found.problems.push(format!(
                    "{}: written by a newer qari (format {}); not listed",
                    path.display(),
                    file.version
                ));
                continue;
            }
            for value in &file.unreadable {
                found
                    .problems
                    .push(format!("{}: {}", path.display(), why_unreadable(value)));
            }
            let earlier_text = file
                .path
                .as_ref()
                .and_then(|p| index.paths.get(p))
                .is_some_and(|latest| *latest != hash);
            let also_at = index
                .paths
                .iter()
                .filter(|(p, h)| **h == hash && Some(*p) != file.path.as_ref())
                .map(|(p, _)| p.clone())
                .collect();
            documents.push(StoredDocument {
                also_at,
                hash,
                path: file.path,
                name: file.name,
                earlier_text,
                annotations: file.annotations,
            });
        }
        found.documents = in_order(documents);
        found
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::reader::annotate::Annotation;
    use crate::store::Changes;

    #[test]
    fn every_document_is_found_with_its_name_and_nothing_is_written() {
        let dir = std::env::temp_dir().join(format!("qari-every-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        let store = Store::at(&dir);
        let mut note = Annotation::new(
            "a1".into(),
            "yesterday's page",
            0..11,
            "2026-01-01T00:00:00.000Z",
        );
        note.note = "piped".into();
        let changes = Changes {
            annotations: std::slice::from_ref(&note),
            deleted_ids: &[],
            bases: &[],
            name: Some("A page's title"),
            not_found: &[],
        };
        store.save_changes("aa11", None, &changes).expect("save");
        let notes = dir.join("annotations");
        std::fs::write(notes.join("bb22.json"), b"{ not json").expect("write");
        let listed = store.every_document();
        assert_eq!(listed.documents.len(), 1);
        let d = &listed.documents[0];
        assert_eq!(
            (d.hash.as_str(), d.title().as_str()),
            ("aa11", "A page's title")
        );
        assert_eq!(d.annotations[0].note, "piped");
        assert_eq!(listed.problems.len(), 1, "{:?}", listed.problems);
        assert!(listed.problems[0].contains("bb22.json: does not parse"));
        assert_eq!(
            std::fs::read(notes.join("bb22.json")).expect("left in place"),
            b"{ not json"
        );
        let _ = std::fs::remove_dir_all(&dir);
    }

    #[test]
    fn two_paths_with_one_text_are_both_named() {
        let dir = std::env::temp_dir().join(format!("qari-every-two-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        let store = Store::at(&dir);
        let mut note = Annotation::new("a1".into(), "same text", 0..4, "2026-01-01T00:00:00.000Z");
        note.note = "shared".into();
        let changes = Changes {
            annotations: std::slice::from_ref(&note),
            deleted_ids: &[],
            bases: &[],
            name: None,
            not_found: &[],
        };
        let (first, second) = (dir.join("kaz.txt"), dir.join("copy.txt"));
        store
            .save_changes("cc33", Some(&first), &changes)
            .expect("save");
        store
            .save_changes("cc33", Some(&second), &changes)
            .expect("save");
        let listed = store.every_document();
        assert_eq!(listed.documents.len(), 1);
        let d = &listed.documents[0];
        // Listed under the path saved last, the other named beside it (it
        // was left out, though its notes are the same).
        assert_eq!(d.path.as_deref(), Some(second.as_path()));
        assert_eq!(d.also_at, [first]);
        let _ = std::fs::remove_dir_all(&dir);
    }
}
