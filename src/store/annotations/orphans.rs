//! Which file an orphan belongs to.
//!
//! Annotations are kept by the hash of the text, so every copy of a text
//! shows them. A note carried by a file's path from its earlier text, whose
//! passage is not in the text it is now stored with, is that file's alone:
//! another file holding the same text (a copy never edited) never had the
//! passage, and showing it there as "not found" would be wrong. Such a note
//! carries the path ([`Annotation::orphan_of`]); readers of other paths, and
//! of standard input, do not show it. Nothing is deleted for it: the file
//! keeps it, every save keeps it, `qari annotations --all` lists it.

use std::path::Path;

use crate::reader::annotate::Annotation;

/// Mark, in annotations a reader of `path` saves, which are that path's
/// own orphans: one not found in the text (`not_found`) and not already
/// stored with this text (`stored_here`: an orphan there from before this
/// field, which every copy showed, stays as it was) is kept for `path`; one
/// found in the text is a note on the text again, for every copy.
pub(super) fn bind(
    annotations: &mut [Annotation],
    not_found: &[String],
    stored_here: &[String],
    path: &Path,
) {
    for annotation in annotations {
        if !not_found.contains(&annotation.id) {
            annotation.orphan_of = None;
        } else if annotation.orphan_of.is_none() && !stored_here.contains(&annotation.id) {
            annotation.orphan_of = Some(path.to_path_buf());
        }
    }
}

/// The annotations a reader of `path` (absolute; `None` for standard
/// input) shows: all but the orphans kept for another path.
pub(super) fn shown_at(annotations: Vec<Annotation>, path: Option<&Path>) -> Vec<Annotation> {
    annotations
        .into_iter()
        .filter(|a| {
            a.orphan_of
                .as_deref()
                .is_none_or(|owner| Some(owner) == path)
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::path::PathBuf;

    fn ann(id: &str, owner: Option<&str>) -> Annotation {
        let mut a = Annotation::new(id.to_string(), "some text here", 0..4, "t");
        a.orphan_of = owner.map(PathBuf::from);
        a
    }

    fn ids(annotations: &[Annotation]) -> Vec<&str> {
        annotations.iter().map(|a| a.id.as_str()).collect()
    }

    #[test]
    fn an_orphan_carried_by_a_path_is_that_paths_and_found_again_is_everyones() {
        let mut saved = vec![
            ann("carried", None),
            ann("old", None),
            ann("found", Some("/a")),
        ];
        let not_found = ["carried".to_string(), "old".to_string()];
        bind(
            &mut saved,
            &not_found,
            &["old".to_string()],
            Path::new("/a"),
        );
        let owners: Vec<Option<PathBuf>> = saved.iter().map(|a| a.orphan_of.clone()).collect();
        assert_eq!(owners, [Some(PathBuf::from("/a")), None, None]);
    }

    #[test]
    fn another_path_and_standard_input_do_not_show_a_paths_orphan() {
        let all = vec![
            ann("text", None),
            ann("a's", Some("/a")),
            ann("b's", Some("/b")),
        ];
        assert_eq!(
            ids(&shown_at(all.clone(), Some(Path::new("/a")))),
            ["text", "a's"]
        );
        assert_eq!(ids(&shown_at(all.clone(), Some(Path::new("/c")))), ["text"]);
        assert_eq!(ids(&shown_at(all, None)), ["text"]);
    }
}
