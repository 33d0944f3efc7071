//! Reading a store of which some annotations cannot be read.
//!
//! One annotation a newer or a hand-edited file wrote in a shape qari does not
//! know (an unknown `label`, a missing field) must not cost the others: the
//! file would otherwise not parse and be moved aside whole. So the file's
//! annotations are parsed one by one; those that fail are kept as they were
//! written (`unreadable`), written back by every save, reported, and tried
//! again at every load.

use std::path::PathBuf;

use serde::de::DeserializeOwned;
use serde::Deserialize;
use serde_json::Value;

use super::AnnotationFile;
use crate::reader::annotate::merge::Tombstone;
use crate::reader::annotate::Annotation;

/// The file as stored, its annotations not parsed yet.
#[derive(Deserialize)]
pub(super) struct StoredFile {
    version: u32,
    hash: String,
    #[serde(default)]
    path: Option<PathBuf>,
    #[serde(default)]
    name: Option<String>,
    #[serde(default)]
    annotations: Vec<Value>,
    #[serde(default)]
    deleted: Vec<Tombstone>,
    #[serde(default)]
    unreadable: Vec<Value>,
}

/// Each of `values` read as a `T`, and those that cannot be, as written:
/// a file's entries, and those it kept unread before, tried again (a hand
/// edit may have mended one, or this qari may know its shape).
pub(in crate::store) fn read_each<T: DeserializeOwned>(
    values: Vec<Value>,
    unread: Vec<Value>,
) -> (Vec<T>, Vec<Value>) {
    let mut read = Vec::with_capacity(values.len());
    let mut unreadable = Vec::new();
    for value in values.into_iter().chain(unread) {
        match T::deserialize(&value) {
            Ok(entry) => read.push(entry),
            Err(_) => unreadable.push(value),
        }
    }
    (read, unreadable)
}

impl From<StoredFile> for AnnotationFile {
    fn from(stored: StoredFile) -> Self {
        let (annotations, unreadable) = read_each(stored.annotations, stored.unreadable);
        Self {
            version: stored.version,
            hash: stored.hash,
            path: stored.path,
            name: stored.name,
            annotations,
            deleted: stored.deleted,
            unreadable,
        }
    }
}

/// Why an annotation of the store could not be read, for the reader.
pub(super) fn why_unreadable(value: &Value) -> String {
    let id = value
        .get("id")
        .and_then(Value::as_str)
        .map_or_else(String::new, |id| format!(" {id}"));
    let why = Annotation::deserialize(value)
        .err()
        .map_or_else(|| "kept for a later qari".to_string(), |e| e.to_string());
    format!("annotation{id} in the store cannot be read ({why}); kept in the file, the others are loaded")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn one_bad_annotation_leaves_the_others_readable() {
        let good = r#"{"id":"a1","position":{"start":0,"end":3},"quote":{"exact":"abc","prefix":"","suffix":""},"label":"person","created":"2026-01-01T00:00:00Z","modified":"2026-01-01T00:00:00Z"}"#;
        let bad = good.replace("a1", "a2").replace("person", "weapon");
        let json = format!(r#"{{"version":1,"hash":"h","annotations":[{good},{bad}]}}"#);
        let file: AnnotationFile = serde_json::from_str(&json).expect("the file parses");
        assert_eq!(file.annotations.len(), 1);
        assert_eq!(file.annotations[0].id, "a1");
        assert_eq!(file.unreadable.len(), 1);
        let why = why_unreadable(&file.unreadable[0]);
        assert!(why.starts_with("annotation a2 in the store"), "{why}");
        assert!(why.contains("weapon"), "{why}");
        // Written back as it was, under `unreadable`.
        let again = serde_json::to_string(&file).expect("serialise");
        let back: AnnotationFile = serde_json::from_str(&again).expect("parses again");
        assert_eq!(back.unreadable, file.unreadable);
        // Mended where it is kept, it is read at the next load.
        let mended: AnnotationFile =
            serde_json::from_str(&again.replace("weapon", "person")).expect("parses");
        assert_eq!(mended.annotations.len(), 2);
        assert!(mended.unreadable.is_empty());
    }
}
