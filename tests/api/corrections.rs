//! Corrections that stick, in process: `l` on a mention relabels every
//! mention of its entity and goes into the lexicon, which then corrects
//! another document; and the store that keeps the lexicon.

use std::fs;

use qari::reader::annotate::corrections::{Correction, Lexicon};
use qari::reader::annotate::Label;
use qari::reader::app::{App, Effect, Modal};
use qari::store::Store;
use qari_recognize::{Kind, Recognition};

use crate::support::annotate_screen::{keys, type_text};
use crate::support::recognition::recognition;
use crate::support::Setup;

/// "An archive photo" twice, a person named twice, a place.
const FIRST: &str =
    "صورة أرشيفية للرئيس نيكول باشينيان في يريفان.\nوقال باشينيان إن صورة أرشيفية نشرت.\n";
/// Another article: the same word spelt without hamza or ta marbuta.
const SECOND: &str = "صورة ارشيفيه من موسكو.\n";

fn first() -> Recognition {
    recognition(
        FIRST,
        &[
            (
                Kind::Person,
                "أرشيفية",
                &[("أرشيفية", 0), ("أرشيفية", 1)],
                None,
            ),
            (
                Kind::Person,
                "نيكول باشينيان",
                &[("نيكول باشينيان", 0), ("باشينيان", 1)],
                None,
            ),
            (Kind::Location, "يريفان", &[("يريفان", 0)], None),
        ],
    )
}

fn second() -> Recognition {
    recognition(
        SECOND,
        &[
            (Kind::Person, "ارشيفيه", &[("ارشيفيه", 0)], None),
            (Kind::Location, "موسكو", &[("موسكو", 0)], None),
        ],
    )
}

fn shown(app: &App) -> Vec<(Kind, String)> {
    let rows = app.entities().expect("recognised");
    let rec = rows.recognition();
    rec.mentions
        .iter()
        .map(|m| (m.kind, rec.entities[m.entity].name.clone()))
        .collect()
}

fn saved_corrections(app: &mut App) -> Vec<Correction> {
    app.take_effects()
        .into_iter()
        .filter_map(|e| match e {
            Effect::SaveCorrections(c) => Some(c),
            _ => None,
        })
        .flatten()
        .collect()
}

#[test]
fn l_on_a_mention_relabels_every_mention_and_the_next_document_too() {
    let mut a = Setup::default().recognition(first()).app(FIRST, 60, 10);
    // The panel's first entity is the archive photo: jump to it, then `l`.
    keys(&mut a, "e Tab Enter");
    keys(&mut a, "l");
    match a.modal() {
        Some(Modal::Label(picker)) => {
            let start = crate::support::recognition::find(FIRST, "أرشيفية", 0);
            assert_eq!(picker.span, start..start + 7);
        }
        other => panic!("the label menu on the mention: {other:?}"),
    }
    keys(&mut a, "6");
    // Both mentions are gone, the others stay.
    let now = shown(&a);
    assert!(now.iter().all(|(_, name)| name != "أرشيفية"), "{now:?}");
    assert_eq!(now.len(), 3);
    let saved = saved_corrections(&mut a);
    assert_eq!(saved.len(), 1);
    assert_eq!(saved[0].label, Label::NotEntity);
    assert_eq!(a.lexicon().label("ارشيفيه"), Some(Label::NotEntity));
    // Selected again and called a person: the correction changes, and the
    // recogniser's mentions are back.
    keys(&mut a, "v l 1");
    assert_eq!(a.lexicon().label("أرشيفية"), Some(Label::Person));
    assert_eq!(shown(&a).len(), 5);
    assert_eq!(saved_corrections(&mut a).len(), 1);
    keys(&mut a, "v l 6");
    assert_eq!(shown(&a).len(), 3);

    // The person is a place, every mention of it, both spellings remembered.
    let mut b = Setup::default().recognition(first()).app(FIRST, 60, 10);
    keys(&mut b, "e Tab j Enter");
    assert!(b.modal().is_none());
    keys(&mut b, "l 2");
    let places: Vec<_> = shown(&b)
        .into_iter()
        .filter(|(k, _)| *k == Kind::Location)
        .collect();
    assert_eq!(places.len(), 3, "{places:?}");
    let names: Vec<String> = saved_corrections(&mut b)
        .into_iter()
        .map(|c| c.name)
        .collect();
    assert_eq!(names, ["نيكول باشينيان", "باشينيان"]);

    // Another document, read with the lexicon the first one made.
    let mut c = Setup::default().recognition(second()).app(SECOND, 60, 10);
    assert_eq!(shown(&c).len(), 2);
    c.set_lexicon(a.lexicon().clone());
    assert_eq!(shown(&c), [(Kind::Location, "موسكو".to_string())]);
}

#[test]
fn a_second_l_on_another_mention_relabels_the_first_mention_too() {
    let mut a = Setup::default().recognition(first()).app(FIRST, 60, 10);
    // The person as a place from its first mention (the panel's row) ...
    keys(&mut a, "e Tab j Enter");
    keys(&mut a, "l 2");
    let kinds = |a: &App| -> Vec<Kind> {
        shown(a)
            .into_iter()
            .filter(|(_, name)| name.contains("باشينيان"))
            .map(|(k, _)| k)
            .collect()
    };
    assert_eq!(kinds(&a), [Kind::Location, Kind::Location]);
    // ... then back to a person from the second, selected: both mentions
    // are persons, and no label of the first `l` is left on its mention.
    keys(&mut a, "Tab");
    type_text(&mut a, "/باشينيان إن\n");
    keys(&mut a, "v l 1");
    assert_eq!(kinds(&a), [Kind::Person, Kind::Person]);
    assert!(a
        .annotations()
        .iter()
        .all(|p| p.annotation.label.is_none() || p.annotation.label == Some(Label::Person)));
}

#[test]
fn l_away_from_any_name_says_so_and_a_selection_still_labels_one_passage() {
    let mut a = Setup::default().recognition(first()).app(FIRST, 60, 10);
    keys(&mut a, "l");
    assert!(a.modal().is_none());
    // "صورة" (a plain word) selected and labelled: one annotation, no correction.
    keys(&mut a, "v l 3");
    assert_eq!(a.annotations().len(), 1);
    assert!(saved_corrections(&mut a).is_empty());
    assert!(a.lexicon().is_empty());
}

fn temp_store(name: &str) -> (Store, std::path::PathBuf) {
    let root = std::env::temp_dir().join(format!("qari-corrections-{name}-{}", std::process::id()));
    let _ = fs::remove_dir_all(&root);
    (Store::at(&root), root)
}

fn correction(name: &str, label: Label, modified: &str) -> Correction {
    Correction {
        name: name.into(),
        label,
        modified: modified.into(),
    }
}

#[test]
fn two_readers_correcting_at_once_keep_both_corrections() {
    let (one, root) = temp_store("merge");
    let two = Store::at(&root);
    assert!(one.load_corrections().expect("load").lexicon.is_empty());
    one.add_corrections(&[correction(
        "أرشيفية",
        Label::NotEntity,
        "2026-01-01T00:00:00Z",
    )])
    .expect("save");
    let both = two
        .add_corrections(&[correction(
            "العريش",
            Label::Location,
            "2026-01-01T00:00:01Z",
        )])
        .expect("save");
    assert_eq!(both.lexicon.len(), 2);
    let loaded = one.load_corrections().expect("load").lexicon;
    assert_eq!(loaded.label("ارشيفيه"), Some(Label::NotEntity));
    assert_eq!(loaded.label("العريش"), Some(Label::Location));
    // Removal by any spelling; what was removed is said.
    let after = one
        .remove_corrections(&["ارشيفيه".to_string(), "nothing".to_string()])
        .expect("remove");
    assert_eq!(after.removed.len(), 1);
    assert_eq!(after.lexicon.len(), 1);
    assert_eq!(two.load_corrections().expect("load").lexicon, after.lexicon);
    let leftovers = fs::read_dir(&root)
        .expect("dir")
        .filter_map(Result::ok)
        .filter(|e| e.file_name().to_string_lossy().ends_with(".tmp"))
        .count();
    assert_eq!(leftovers, 0);
    let _ = fs::remove_dir_all(&root);
}

#[test]
fn one_correction_with_an_unknown_label_costs_no_other_and_is_kept() {
    let (store, root) = temp_store("unknown-label");
    fs::create_dir_all(&root).expect("dir");
    // A hand edit, or a later qari's label.
    let written = r#"{"version":1,"corrections":[
        {"name":"نيكول باشينيان","label":"location","modified":"2026-01-01T00:00:00Z"},
        {"name":"قمة","label":"event","modified":"2026-01-02T00:00:00Z"}]}"#;
    fs::write(root.join("corrections.json"), written).expect("write");
    let loaded = store.load_corrections().expect("load");
    assert!(loaded.moved_aside.is_empty());
    assert_eq!(loaded.lexicon.len(), 1);
    assert_eq!(
        loaded.lexicon.label("نيكول باشينيان"),
        Some(Label::Location)
    );
    assert_eq!(loaded.unreadable.len(), 1);
    assert!(
        loaded.unreadable[0].contains("قمة"),
        "{:?}",
        loaded.unreadable
    );
    assert!(
        loaded.unreadable[0].contains("event"),
        "{:?}",
        loaded.unreadable
    );
    // A change keeps it in the file, as written, for the qari that knows it.
    store
        .add_corrections(&[correction("حلب", Label::Location, "t")])
        .expect("save");
    let again = fs::read_to_string(root.join("corrections.json")).expect("read");
    assert!(again.contains(r#""label": "event""#), "{again}");
    let reloaded = store.load_corrections().expect("load");
    assert_eq!(reloaded.lexicon.len(), 2);
    assert_eq!(reloaded.unreadable.len(), 1);
    // Mended by hand where the file keeps it, it applies again.
    let mended = again.replace(r#""label": "event""#, r#""label": "organization""#);
    fs::write(root.join("corrections.json"), mended).expect("mend");
    let mended = store.load_corrections().expect("load");
    assert!(mended.unreadable.is_empty(), "{:?}", mended.unreadable);
    assert_eq!(mended.lexicon.label("قمة"), Some(Label::Organization));
    let _ = fs::remove_dir_all(&root);
}

#[test]
fn a_corrupt_lexicon_is_moved_aside_and_nothing_else_is_touched() {
    let (store, root) = temp_store("corrupt");
    store
        .save_position("ab12", None, qari::store::SavedPosition::at(7))
        .expect("position");
    fs::create_dir_all(&root).expect("dir");
    fs::write(root.join("corrections.json"), b"{not json").expect("write");
    let loaded = store
        .load_corrections()
        .expect("a corrupt file is not an error");
    assert!(loaded.lexicon.is_empty());
    assert_eq!(loaded.moved_aside.len(), 1);
    let aside = &loaded.moved_aside[0];
    assert_eq!(fs::read(aside).expect("kept aside"), b"{not json");
    // A save after it starts from none, and the other files are as they were.
    let saved = store
        .add_corrections(&[correction("حلب", Label::Location, "t")])
        .expect("save");
    assert_eq!(saved.lexicon.len(), 1);
    assert_eq!(
        store.load_position("ab12", None).expect("load"),
        Some(qari::store::SavedPosition::at(7))
    );
    assert!(aside.exists());
    // A newer qari's file is refused, not rewritten.
    fs::write(
        root.join("corrections.json"),
        br#"{"version": 99, "corrections": []}"#,
    )
    .expect("write");
    assert!(store.load_corrections().is_err());
    assert!(store.add_corrections(&[]).is_err());
    let kept = fs::read_to_string(root.join("corrections.json")).expect("read");
    assert!(kept.contains("99"));
    let _ = fs::remove_dir_all(&root);
}

#[test]
fn a_lexicon_round_trips_through_its_file_format() {
    let (store, root) = temp_store("format");
    let lexicon = Lexicon::of([correction("نور سلطان", Label::Location, "t")]);
    store
        .add_corrections(&lexicon.corrections().cloned().collect::<Vec<_>>())
        .expect("save");
    let json = fs::read_to_string(root.join("corrections.json")).expect("read");
    assert!(json.contains("\"label\": \"location\""), "{json}");
    assert_eq!(store.load_corrections().expect("load").lexicon, lexicon);
    let _ = fs::remove_dir_all(&root);
}

#[test]
fn the_panel_grows_as_batches_arrive_and_keeps_its_selection() {
    use qari_recognize::stream::Found;
    let all = first();
    // The recogniser's first batch: the mentions on the first line.
    let line = FIRST.find('\n').map_or(0, |b| FIRST[..b].chars().count());
    let (early, late): (Vec<_>, Vec<_>) = all
        .mentions
        .iter()
        .cloned()
        .partition(|m| m.span.end <= line);
    let seen: Vec<usize> = {
        let mut ids: Vec<usize> = early.iter().map(|m| m.entity).collect();
        ids.sort_unstable();
        ids.dedup();
        ids
    };
    assert_eq!(
        seen,
        [0, 1, 2],
        "the fixture names everyone on its first line"
    );
    let entities = all
        .entities
        .iter()
        .map(|e| qari_recognize::Entity {
            mentions: Vec::new(),
            ..e.clone()
        })
        .collect();
    let mut a = Setup::default().app(FIRST, 60, 10);
    a.set_recognizing(true);
    a.extend_recognition(Found {
        mentions: early,
        entities,
    });
    assert!(a.recognizing(), "more is coming");
    assert_eq!(shown(&a).len(), 3);
    keys(&mut a, "e Tab j");
    let selected = |a: &App| {
        let rows = a.entities().expect("rows");
        rows.selected_entity()
            .map(|e| rows.recognition().entities[e].name.clone())
    };
    let before = selected(&a);
    assert!(before.is_some());
    a.extend_recognition(Found {
        mentions: late,
        entities: Vec::new(),
    });
    assert_eq!(shown(&a).len(), all.mentions.len());
    assert_eq!(selected(&a), before, "the selection stays on its entity");
    let counts: Vec<usize> = a
        .entities()
        .expect("rows")
        .recognition()
        .entities
        .iter()
        .map(|e| e.mentions.len())
        .collect();
    assert_eq!(counts, [2, 2, 1]);
}

/// `all` as the recogniser's worker sends it, a mention at a time, each
/// entity with the batch that first names it.
fn one_by_one(all: &Recognition) -> Vec<qari_recognize::stream::Found> {
    let mut sent = 0;
    all.mentions
        .iter()
        .map(|m| {
            let upto = (m.entity + 1).max(sent);
            let entities = all.entities[sent..upto]
                .iter()
                .map(|e| qari_recognize::Entity {
                    mentions: Vec::new(),
                    ..e.clone()
                })
                .collect();
            sent = upto;
            qari_recognize::stream::Found {
                mentions: vec![m.clone()],
                entities,
            }
        })
        .collect()
}

#[test]
fn batches_show_what_the_whole_result_shows_with_corrections_or_without() {
    let all = first();
    // A lexicon that says the archive photo is no entity.
    let mut a = Setup::default().recognition(first()).app(FIRST, 60, 10);
    keys(&mut a, "e Tab Enter l 6");
    let corrected = a.lexicon().clone();
    assert!(!corrected.is_empty());
    for lexicon in [Lexicon::default(), corrected] {
        let mut whole = Setup::default().app(FIRST, 60, 10);
        whole.set_lexicon(lexicon.clone());
        whole.set_recognition(all.clone());
        let mut batched = Setup::default().app(FIRST, 60, 10);
        batched.set_lexicon(lexicon.clone());
        for found in one_by_one(&all) {
            batched.extend_recognition(found);
        }
        let rows = |app: &App| app.entities().expect("rows").recognition().clone();
        assert_eq!(rows(&batched), rows(&whole));
        assert_eq!(
            shown(&batched).len(),
            if lexicon.is_empty() { 5 } else { 3 }
        );
    }
}
