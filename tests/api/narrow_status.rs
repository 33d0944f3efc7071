//! The status bar of a 40-column terminal (TestBackend): a message too long
//! for the bar beside the position still says its point, by its short form
//! from the catalogue, in English and in Arabic; a wide bar says it whole.

use qari::core::document::Document;
use qari::reader::app::{App, LOADED_END};
use qari::reader::keymap::{Key, KeyCode};
use qari::reader::messages::Lang;

use crate::support::annotate_screen::{draw, row};
use crate::support::Setup;

/// A reader `width` columns wide on the first 50 lines of a document still
/// loading, after `G`.
fn bottom_while_loading(lang: Lang, width: u16) -> App {
    let text: String = (0..50).map(|i| format!("line {i}\n")).collect();
    let piece = Document::from_bytes("t", text.as_bytes()).expect("text");
    let mut app = Setup::default().lang(lang).app(piece, width, 12);
    app.set_loading(true);
    app.press(Key::plain(KeyCode::Char('G')));
    app
}

fn status(app: &App) -> String {
    let buf = draw(app).backend().buffer().clone();
    row(&buf, buf.area.height - 1)
}

/// A right-to-left text as the cells show it, left to right (the test's
/// layout is unshaped).
fn shown(logical: &str) -> String {
    logical.chars().rev().collect()
}

#[test]
fn at_40_columns_the_end_of_what_is_loaded_is_said_short_not_cut() {
    let app = bottom_while_loading(Lang::En, 40);
    assert_eq!(app.flash(), Some(LOADED_END), "the app says it whole");
    let bar = status(&app);
    assert!(bar.contains("end so far; still loading"), "{bar:?}");
    assert!(!bar.contains('\u{2026}'), "nothing cut: {bar:?}");
    let wide = status(&bottom_while_loading(Lang::En, 120));
    assert!(wide.contains(LOADED_END), "{wide:?}");
}

#[test]
fn at_40_columns_the_arabic_bar_says_the_short_form_too() {
    let app = bottom_while_loading(Lang::Ar, 40);
    let bar = status(&app);
    // "النهاية حتى الآن؛ التحميل جارٍ", its words right to left.
    for word in ["النهاية", "حتى", "الآن؛", "التحميل"] {
        assert!(bar.contains(&shown(word)), "{word}: {bar:?}");
    }
    assert!(!bar.contains('\u{2026}'), "nothing cut: {bar:?}");
    let wide = status(&bottom_while_loading(Lang::Ar, 120));
    assert!(
        wide.contains(&shown("اكتمال")),
        "whole when it fits: {wide:?}"
    );
}
