//! Which files an orphan belongs to.
//!
//! Annotations are kept by the hash of the text, so every copy of a text
//! shows them. A note carried by a file's path from its earlier text, whose
//! passage is not in the text it is now stored with, is that file's: another
//! file holding the same text (a copy never edited) never had the passage,
//! and showing it there as "not found" would be wrong. Such a note carries
//! the paths whose earlier text had it ([`Annotation::orphan_of`]), a set,
//! since two copies of a text edited the same way each had it; readers of
//! other paths, and of standard input, do not show it. Once none of those
//! paths is on disk (the file was moved or renamed), every reader shows it:
//! the note's own file may be the one now read under another name. Nothing
//! is deleted for it: every save keeps it, `qari annotations --all` lists it.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

use crate::reader::annotate::Annotation;

/// Mark, in annotations a reader of `path` saves, which are that path's
/// orphans: one not found in the text (`not_found`) is kept for `path`,
/// beside the other paths it is already kept for, unless it is stored with
/// this text as nobody's (`stored_here`: an orphan there from before this
/// field, which every copy showed, stays as it was); one found in the text
/// is a note on the text again, for every copy.
pub(super) fn bind(
    annotations: &mut [Annotation],
    not_found: &[String],
    stored_here: &[String],
    path: &Path,
) {
    for annotation in annotations {
        if !not_found.contains(&annotation.id) {
            annotation.orphan_of.clear();
        } else if !annotation.orphan_of.is_empty() || !stored_here.contains(&annotation.id) {
            annotation.orphan_of.insert(path.to_path_buf());
        }
    }
}

/// After a merge of `mine` with `theirs` into `merged`, whichever copy won:
/// an orphan in `mine` is kept for the paths both copies name (and `also`,
/// when `theirs` has it: a path whose earlier text had the note), so no
/// path that had the note loses it; a note `mine` holds for every reader
/// (found in this text) stays so.
pub(super) fn join_owners(
    merged: &mut [Annotation],
    mine: &[Annotation],
    theirs: &[Annotation],
    also: Option<&Path>,
) {
    let copy = |list: &[Annotation], id: &str| -> Option<BTreeSet<PathBuf>> {
        list.iter()
            .find(|a| a.id == id)
            .map(|a| a.orphan_of.clone())
    };
    for annotation in merged {
        let Some(mine) = copy(mine, &annotation.id) else {
            continue;
        };
        let mut owners = mine;
        if !owners.is_empty() {
            if let Some(theirs) = copy(theirs, &annotation.id) {
                owners.extend(theirs);
                owners.extend(also.map(Path::to_path_buf));
            }
        }
        annotation.orphan_of = owners;
    }
}

/// The annotations a reader of `path` (absolute; `None` for standard
/// input) shows: all but the orphans kept for other paths, of which one
/// at least is still on disk.
pub(super) fn shown_at(annotations: Vec<Annotation>, path: Option<&Path>) -> Vec<Annotation> {
    shown_where(annotations, path, Path::exists)
}

/// [`shown_at`], told by `exists` whether a path is on disk.
fn shown_where(
    annotations: Vec<Annotation>,
    path: Option<&Path>,
    exists: impl Fn(&Path) -> bool,
) -> Vec<Annotation> {
    annotations
        .into_iter()
        .filter(|a| {
            a.orphan_of.is_empty()
                || path.is_some_and(|path| a.orphan_of.contains(path))
                || !a.orphan_of.iter().any(|owner| exists(owner))
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ann(id: &str, owners: &[&str]) -> Annotation {
        let mut a = Annotation::new(id.to_string(), "some text here", 0..4, "t");
        a.orphan_of = owners.iter().map(PathBuf::from).collect();
        a
    }

    fn ids(annotations: &[Annotation]) -> Vec<&str> {
        annotations.iter().map(|a| a.id.as_str()).collect()
    }

    fn owners(a: &Annotation) -> Vec<&str> {
        a.orphan_of
            .iter()
            .map(|p| p.to_str().expect("utf-8"))
            .collect()
    }

    #[test]
    fn an_orphan_carried_by_a_path_is_that_paths_and_found_again_is_everyones() {
        let mut saved = vec![
            ann("carried", &[]),
            ann("old", &[]),
            ann("found", &["/a"]),
            ann("also b's", &["/b"]),
        ];
        let not_found = ["carried", "old", "also b's"].map(String::from);
        bind(
            &mut saved,
            &not_found,
            &["old".to_string(), "also b's".to_string()],
            Path::new("/a"),
        );
        let owners: Vec<Vec<&str>> = saved.iter().map(owners).collect();
        assert_eq!(owners, [vec!["/a"], vec![], vec![], vec!["/a", "/b"]]);
    }

    #[test]
    fn another_path_and_standard_input_do_not_show_a_paths_orphan() {
        let all = vec![
            ann("text", &[]),
            ann("a's", &["/a"]),
            ann("b's", &["/b"]),
            ann("both", &["/a", "/b"]),
        ];
        let on_disk = |_: &Path| true;
        let at = |path: Option<&str>| shown_where(all.clone(), path.map(Path::new), on_disk);
        assert_eq!(ids(&at(Some("/a"))), ["text", "a's", "both"]);
        assert_eq!(ids(&at(Some("/b"))), ["text", "b's", "both"]);
        assert_eq!(ids(&at(Some("/c"))), ["text"]);
        assert_eq!(ids(&at(None)), ["text"]);
    }

    #[test]
    fn an_orphan_whose_files_are_all_gone_is_everyones() {
        let all = vec![ann("a's", &["/a"]), ann("both", &["/a", "/b"])];
        let only_b = |path: &Path| path == Path::new("/b");
        assert_eq!(
            ids(&shown_where(all.clone(), Some(Path::new("/moved")), only_b)),
            ["a's"]
        );
        assert_eq!(
            ids(&shown_where(all, None, |_: &Path| false)),
            ["a's", "both"]
        );
    }

    #[test]
    fn merged_copies_keep_every_path_that_had_the_note() {
        let mine = vec![ann("n", &["/a"]), ann("found", &[])];
        let theirs = vec![ann("n", &["/b"]), ann("found", &["/b"]), ann("x", &["/b"])];
        let mut merged = vec![ann("n", &["/b"]), ann("found", &["/b"]), ann("x", &["/b"])];
        join_owners(&mut merged, &mine, &theirs, Some(Path::new("/c")));
        let owners: Vec<Vec<&str>> = merged.iter().map(owners).collect();
        assert_eq!(owners, [vec!["/a", "/b", "/c"], vec![], vec!["/b"]]);
    }

    #[test]
    fn one_path_as_stores_wrote_it_before_reads_as_a_set_of_one() {
        let json = serde_json::to_value(ann("n", &["/a", "/b"])).expect("json");
        assert_eq!(json["orphan_of"], serde_json::json!(["/a", "/b"]));
        let mut before = json.clone();
        before["orphan_of"] = serde_json::json!("/a");
        let read: Annotation = serde_json::from_value(before).expect("one path");
        assert_eq!(owners(&read), ["/a"]);
        let mut on_the_text = serde_json::to_value(ann("n", &[])).expect("json");
        assert!(on_the_text.get("orphan_of").is_none());
        on_the_text["note"] = serde_json::json!("kept");
        let read: Annotation = serde_json::from_value(on_the_text).expect("no path");
        assert!(read.orphan_of.is_empty());
    }
}
