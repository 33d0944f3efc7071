//! The mouse wheel scrolls what is under the pointer: the panel's list over
//! the panel (leaving its selection and the article alone), the article
//! elsewhere.

use qari::core::document::Document;
use qari::reader::app::App;
use qari::reader::keymap::{Key, KeyCode};
use qari_recognize::{Entity, Kind, Mention, Recognition};

use crate::support::Setup;

/// Forty paragraphs, each naming a person of its own: forty panel rows and
/// more, more than a screen of article.
fn forty_names() -> App {
    let text: String = (0..40).map(|i| format!("name{i:02} was here\n")).collect();
    let doc = Document::from_bytes("t.txt", text.as_bytes()).expect("text");
    let mut mentions = Vec::new();
    let mut entities = Vec::new();
    for i in 0..40 {
        let start = doc.span(i).offset;
        mentions.push(Mention {
            kind: Kind::Person,
            span: start..start + 6,
            entity: i,
            speaker: None,
        });
        entities.push(Entity {
            kind: Kind::Person,
            name: format!("name{i:02}"),
            mentions: vec![i],
        });
    }
    let mut app = Setup::default()
        .recognition(Recognition { mentions, entities })
        .app(doc, 100, 12);
    app.press(Key::plain(KeyCode::Char('e')));
    assert!(app.panel_open());
    app
}

fn panel_x(app: &App) -> u16 {
    app.screen().panel.as_ref().expect("panel shown").x + 3
}

fn panel_top(app: &App) -> usize {
    app.screen().panel.as_ref().expect("panel shown").top
}

fn selected(app: &App) -> Option<usize> {
    app.entities().and_then(|e| e.selected_row())
}

#[test]
fn the_wheel_over_the_panel_scrolls_its_list_not_the_article() {
    let mut app = forty_names();
    let anchor = app.anchor();
    let sel = selected(&app);
    assert_eq!(panel_top(&app), 0);
    let x = panel_x(&app);
    app.wheel(x, 2, true);
    assert_eq!(panel_top(&app), 3, "one notch scrolls the list three rows");
    app.wheel(x, 2, true);
    assert_eq!(panel_top(&app), 6);
    assert_eq!(app.anchor(), anchor, "the article stays");
    assert!(!app.moved());
    assert_eq!(selected(&app), sel, "the selection stays");
    // The first shown row is the one drawn at the top of the list.
    let shown = &app.screen().panel.as_ref().expect("panel").rows;
    assert!(
        !shown.iter().any(|r| r.selected),
        "the selection scrolled away"
    );
    app.wheel(x, 2, false);
    assert_eq!(panel_top(&app), 3);
}

#[test]
fn the_list_scrolls_no_further_than_its_last_full_screen() {
    let mut app = forty_names();
    let x = panel_x(&app);
    for _ in 0..100 {
        app.wheel(x, 0, true);
    }
    let panel = app.screen().panel.clone().expect("panel");
    let rows = app.entities().expect("entities").rows().len();
    assert_eq!(panel.top, rows - usize::from(panel.list_height));
    assert_eq!(panel.rows.len(), usize::from(panel.list_height));
    for _ in 0..100 {
        app.wheel(x, 0, false);
    }
    assert_eq!(panel_top(&app), 0);
}

#[test]
fn the_wheel_over_the_article_scrolls_the_article() {
    let mut app = forty_names();
    app.wheel(5, 2, true);
    assert_eq!(app.anchor().paragraph, 3);
    assert!(app.moved());
    app.wheel(5, 2, false);
    assert_eq!(app.anchor().paragraph, 0);
}

#[test]
fn a_new_selection_is_scrolled_into_view_again() {
    let mut app = forty_names();
    let x = panel_x(&app);
    for _ in 0..5 {
        app.wheel(x, 0, true);
    }
    assert_eq!(panel_top(&app), 15);
    // Tab to the panel, then down: the selection moves and comes into view.
    app.press(Key::plain(KeyCode::Tab));
    app.press(Key::plain(KeyCode::Char('j')));
    let sel = selected(&app).expect("a selection");
    let top = panel_top(&app);
    let height = usize::from(app.screen().panel.as_ref().expect("panel").list_height);
    assert!((top..top + height).contains(&sel), "row {sel} in {top}..");
}

#[test]
fn a_click_after_scrolling_picks_the_row_drawn_there() {
    let mut app = forty_names();
    let x = panel_x(&app);
    app.wheel(x, 0, true);
    app.wheel(x, 0, true);
    let top = panel_top(&app);
    app.click(x, 1);
    assert_eq!(selected(&app), Some(top + 1));
}

#[test]
fn the_wheel_over_the_notes_tab_scrolls_the_notes() {
    use qari::reader::annotate::{Annotation, Placed};
    use qari::reader::app::PanelTab;
    let mut app = forty_names();
    let text = app.document().text().to_string();
    let placed = (0..20)
        .map(|i| {
            let start = app.document().span(i).offset;
            let mut annotation = Annotation::new(format!("n{i}"), &text, start..start + 6, "t");
            annotation.note = format!("note {i}");
            Placed {
                annotation,
                span: Some(start..start + 6),
            }
        })
        .collect();
    app.set_annotations(placed);
    app.press(Key::plain(KeyCode::Char('t')));
    assert_eq!(app.panel_tab(), PanelTab::Notes);
    let anchor = app.anchor();
    let x = panel_x(&app);
    app.wheel(x, 3, true);
    assert_eq!(panel_top(&app), 1, "one note (two rows) a notch");
    assert_eq!(app.selected_note(), Some(0), "the selection stays");
    assert_eq!(app.anchor(), anchor, "the article stays");
    for _ in 0..100 {
        app.wheel(x, 3, true);
    }
    let panel = app.screen().panel.clone().expect("panel");
    let fits = (usize::from(panel.list_height) - 1) / 2;
    assert_eq!(panel.top, 20 - fits, "no further than the last full list");
    app.wheel(x, 3, false);
    assert_eq!(panel_top(&app), 19 - fits);
}
