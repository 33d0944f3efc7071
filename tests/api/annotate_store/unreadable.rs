//! One annotation the store cannot read (an unknown label) costs only itself:
//! the others load, it is reported, and every save keeps it in the file.

use std::fs;

use qari::reader::annotate::Label;
use qari::store::Store;

use super::{ann, files_in, ids, temp_dir, HASH};

#[test]
fn an_unknown_label_is_reported_and_the_rest_is_kept() {
    let root = temp_dir("unreadable");
    let store = Store::at(&root);
    let mut person = ann("a1", 0..3, "t");
    person.label = Some(Label::Person);
    let mut place = ann("a2", 4..10, "t");
    place.label = Some(Label::Location);
    store
        .save_annotations(HASH, None, &[person, place], &[])
        .expect("save");
    let file = root.join("annotations").join(format!("{HASH}.json"));
    let json = fs::read_to_string(&file).expect("stored");
    fs::write(&file, json.replace("\"location\"", "\"weapon\"")).expect("edit");

    let loaded = store.load_annotations(HASH, None).expect("load");
    assert_eq!(ids(&loaded.annotations), ["a1".to_string()].into());
    assert!(loaded.moved_aside.is_empty(), "{:?}", loaded.moved_aside);
    assert_eq!(loaded.unreadable.len(), 1);
    assert!(
        loaded.unreadable[0].contains("a2"),
        "{:?}",
        loaded.unreadable
    );
    assert!(
        loaded.unreadable[0].contains("weapon"),
        "{:?}",
        loaded.unreadable
    );

    // A save (a new note) keeps the unreadable one as written.
    store
        .save_annotations(HASH, None, &[ann("a3", 11..15, "t")], &[])
        .expect("save");
    let loaded = store.load_annotations(HASH, None).expect("load again");
    assert_eq!(ids(&loaded.annotations).len(), 2);
    assert_eq!(loaded.unreadable.len(), 1);
    assert!(fs::read_to_string(&file)
        .expect("stored")
        .contains("\"weapon\""));
    let corrupt = files_in(&root.join("annotations"))
        .into_iter()
        .filter(|n| n.contains(".corrupt-"))
        .count();
    assert_eq!(corrupt, 0);
    let _ = fs::remove_dir_all(&root);
}
