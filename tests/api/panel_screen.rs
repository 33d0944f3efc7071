//! The entities panel and the highlights on TestBackend screens.
//!
//! Snapshots show symbols; styles are checked cell by cell on the buffer: a
//! highlighted cell carries its kind's cue (a modifier), and its colour only
//! when colours are on. Which cells must be highlighted is computed from the
//! layout's offsets, independently of the code under test.

// Lists of spans with one span are meant: a highlight's spans, not a range's items.
#![allow(clippy::single_range_in_vec_init)]

use qari::reader::action::Action;
use qari::reader::app::{App, Focus};
use qari::reader::theme;
use qari_recognize::{Entity, Kind, Mention, Recognition};
use ratatui::backend::TestBackend;
use ratatui::buffer::Buffer;
use ratatui::style::{Color, Modifier};
use ratatui::Terminal;

use crate::support::cells::drawn_cells;
use crate::support::recognition::{find, recognition, Group, SAMPLE, TEXT};
use crate::support::{app, Setup};

fn app_with(text: &str, groups: &[Group<'_>], width: u16, height: u16) -> App {
    Setup::default()
        .recognition(recognition(text, groups))
        .app(text, width, height)
}

fn sample(width: u16, height: u16) -> App {
    app_with(TEXT, SAMPLE, width, height)
}

fn draw(app: &App) -> Terminal<TestBackend> {
    let (width, height) = app.size();
    let mut terminal = Terminal::new(TestBackend::new(width, height)).expect("terminal");
    terminal
        .draw(|frame| qari::ui::draw(app, frame))
        .expect("draw");
    terminal
}

fn row(buf: &Buffer, y: u16) -> String {
    (0..buf.area.width).map(|x| buf[(x, y)].symbol()).collect()
}

/// Assert that exactly the cells meeting one of `spans` (all the mentions of
/// `kind`) are in `kind`'s style; return the cells meeting the first span.
fn assert_highlight(
    app: &App,
    buf: &Buffer,
    spans: &[std::ops::Range<usize>],
    kind: Kind,
) -> Vec<(u16, u16)> {
    let cue = theme::cue(kind);
    let meets = |cells: &std::ops::Range<usize>, span: &std::ops::Range<usize>| {
        cells.start < span.end && span.start < cells.end
    };
    let mut hit = Vec::new();
    for (x, y, cells) in drawn_cells(app) {
        let any = spans.iter().any(|s| meets(&cells, s));
        let styled = buf[(x, y)].modifier == cue;
        assert_eq!(
            styled, any,
            "cell at ({x},{y}) code points {cells:?}, spans {spans:?}"
        );
        if meets(&cells, &spans[0]) {
            hit.push((x, y));
        }
    }
    hit
}

/// The spans of the `n` first occurrences of `what`.
fn spans(text: &str, what: &str, n: usize) -> Vec<std::ops::Range<usize>> {
    let len = what.chars().count();
    (0..n)
        .map(|i| find(text, what, i))
        .map(|s| s..s + len)
        .collect()
}

#[test]
fn the_panel_lists_entities_beside_a_centred_column() {
    let mut a = sample(140, 16);
    a.apply(Action::TogglePanel);
    let screen = a.screen();
    let panel = screen.panel.as_ref().expect("panel shown");
    assert_eq!((panel.x, panel.width), (100, 40));
    assert_eq!((screen.column_x, screen.column_width), (9, 80));
    let terminal = draw(&a);
    insta::assert_snapshot!(terminal.backend());
    let buf = terminal.backend().buffer();
    assert!(row(buf, 0).contains("People (3)"));
    assert!(
        row(buf, 1).contains("\u{25B6}   2 Alice"),
        "{}",
        row(buf, 1)
    );
    assert!(
        row(buf, 4).contains("\u{2013} \"hello there"),
        "what Carol said is under her: {}",
        row(buf, 4)
    );
    // The title of a kind is in its style, like the legend at the foot.
    assert_eq!(buf[(102, 0)].fg, theme::Theme::dark().person);
    assert!(buf[(102, 0)].modifier.contains(Modifier::BOLD));
    assert!(row(buf, 13).contains("person place organization"));
    assert!(row(buf, 14).contains("date quote current"));
    let place = row(buf, 13).find("place").expect("legend");
    assert!(buf[(u16::try_from(place).expect("x"), 13)]
        .modifier
        .contains(theme::cue(Kind::Location)));
}

#[test]
fn enter_jumps_and_marks_the_current_mention_and_brackets_wrap() {
    let text: String = (0..40)
        .map(|i| {
            if i % 15 == 5 {
                format!("Line {i} names Paris.\n")
            } else {
                format!("Line {i}.\n")
            }
        })
        .collect();
    let mut a = app_with(
        &text,
        &[(
            Kind::Location,
            "Paris",
            &[("Paris", 0), ("Paris", 1), ("Paris", 2)],
            None,
        )],
        100,
        10,
    );
    // With the panel closed, Enter opens it and jumps to nothing unseen.
    a.apply(Action::JumpToEntity);
    assert!(a.panel_open());
    assert_eq!(a.anchor().paragraph, 0);
    a.apply(Action::SwitchFocus);
    assert_eq!(a.focus(), Focus::Panel);
    a.apply(Action::JumpToEntity);
    // The mention's line a third of the way down the 9 rows.
    assert_eq!(a.anchor().paragraph, 2);
    let terminal = draw(&a);
    let buf = terminal.backend().buffer();
    assert!(row(buf, 3).starts_with("Line 5 names Paris."));
    let current = &buf[(13, 3)];
    assert_eq!(current.symbol(), "P");
    assert!(current
        .modifier
        .contains(theme::CURRENT | Modifier::UNDERLINED));
    assert!(row(buf, 9).contains("mention 1/3"), "{}", row(buf, 9));
    a.apply(Action::NextMention);
    assert_eq!(a.anchor().paragraph, 17);
    a.apply(Action::NextMention);
    assert_eq!(a.anchor().paragraph, 31, "the last full screen");
    a.apply(Action::NextMention);
    assert_eq!(a.anchor().paragraph, 2);
    let status = row(draw(&a).backend().buffer(), 9);
    assert!(status.contains("wrapped to first mention"), "{status}");
    a.apply(Action::PreviousMention);
    let status = row(draw(&a).backend().buffer(), 9);
    assert!(
        status.contains("mention 3/3  wrapped to last mention"),
        "{status}"
    );
}

#[test]
fn with_the_focus_in_the_panel_j_and_k_move_the_selection_not_the_article() {
    let mut a = sample(100, 12);
    a.apply(Action::TogglePanel);
    let selected = |a: &App| a.entities().and_then(|e| e.selected_row());
    a.apply(Action::LineDown);
    assert_eq!(selected(&a), Some(1), "the article had the focus");
    a.apply(Action::SwitchFocus);
    a.apply(Action::LineDown);
    a.apply(Action::LineDown);
    assert_eq!(selected(&a), Some(3));
    a.apply(Action::LineUp);
    assert_eq!(selected(&a), Some(2));
    a.apply(Action::CloseOverlay);
    assert_eq!(a.focus(), Focus::Article);
}

#[test]
fn the_panel_follows_the_reading_position_unless_focused() {
    let text: String = (0..30)
        .map(|i| match i {
            2 => "Bob came.\n".to_string(),
            12 => "Carol came.\n".to_string(),
            _ => format!("Line {i}.\n"),
        })
        .collect();
    let mut a = app_with(
        &text,
        &[
            (Kind::Person, "Bob", &[("Bob", 0)], None),
            (Kind::Person, "Carol", &[("Carol", 0)], None),
        ],
        100,
        8,
    );
    a.apply(Action::TogglePanel);
    let name = |a: &App| {
        let e = a.entities().expect("entities");
        e.recognition().entities[e.selected_entity().expect("selected")]
            .name
            .clone()
    };
    assert_eq!(name(&a), "Bob");
    for _ in 0..5 {
        a.apply(Action::LineDown);
    }
    assert_eq!(name(&a), "Carol", "Bob scrolled out of sight");
    a.apply(Action::SwitchFocus);
    a.apply(Action::LineUp);
    a.apply(Action::PageUp);
    assert_eq!(name(&a), "Bob");
}

#[test]
fn clicks_on_panel_rows_and_on_highlighted_words() {
    let mut a = sample(100, 12);
    a.apply(Action::TogglePanel);
    let panel_x = a.screen().panel.as_ref().expect("panel").x;
    // Row 6 is Paris: selected, focused and jumped to.
    a.click(panel_x + 6, 6);
    let e = a.entities().expect("entities");
    assert_eq!(e.selected_row(), Some(6));
    assert_eq!(a.focus(), Focus::Panel);
    assert_eq!(a.flash(), Some("mention 1/3"));
    // "Bob" at column 10 of the first line selects Bob.
    a.click(11, 0);
    let e = a.entities().expect("entities");
    assert_eq!(
        e.recognition().entities[e.selected_entity().expect("sel")].name,
        "Bob"
    );
    assert_eq!(a.flash(), Some("person: Bob"));
    // A plain word selects nothing new.
    let before = e.selected_row();
    a.click(7, 0);
    assert_eq!(a.entities().expect("entities").selected_row(), before);
    assert_eq!(a.flash(), None);
}

#[test]
fn a_narrow_terminal_shows_the_panel_over_the_article_until_esc() {
    let mut a = sample(50, 8);
    let article = row(draw(&a).backend().buffer(), 0);
    a.apply(Action::TogglePanel);
    let panel = a.screen().panel.as_ref().expect("the panel, full screen");
    assert!(panel.full);
    assert_eq!((panel.x, panel.width), (0, 50));
    let shown = draw(&a);
    let top = row(shown.backend().buffer(), 0);
    assert!(top.starts_with("  People ("), "{top:?}");
    assert!(!shown
        .backend()
        .buffer()
        .content
        .iter()
        .any(|c| c.symbol() == "\u{2502}"));
    assert_ne!(top, article);
    // The panel has the keys: j moves its selection, not the article.
    assert_eq!(a.focus(), Focus::Article);
    let before = a.entities().expect("entities").selected_row();
    a.apply(Action::LineDown);
    assert_ne!(a.entities().expect("entities").selected_row(), before);
    a.apply(Action::CloseOverlay);
    assert!(!a.panel_open());
    assert_eq!(row(draw(&a).backend().buffer(), 0), article);
    a.apply(Action::TogglePanel);
    a.resize(100, 8);
    let panel = a.screen().panel.as_ref().expect("the panel, beside");
    assert!(!panel.full);
    assert_eq!(
        a.screen().column_width,
        69,
        "a blank cell before the border"
    );
}

#[test]
fn while_recognising_the_status_bar_and_the_panel_say_so() {
    let mut a = app(TEXT, 100, 8);
    a.set_recognizing(true);
    a.apply(Action::TogglePanel);
    let terminal = draw(&a);
    let buf = terminal.backend().buffer();
    assert!(row(buf, 7).contains("entities\u{2026}"), "{}", row(buf, 7));
    assert!(
        row(buf, 0).contains("recognising entities"),
        "{}",
        row(buf, 0)
    );
    a.apply(Action::JumpToEntity);
    assert_eq!(a.flash(), Some("entities are still being recognised"));
}

#[test]
fn a_long_list_scrolls_to_keep_the_selection_in_view() {
    let names: Vec<String> = (0..30).map(|i| format!("Name{i:02}")).collect();
    let text: String = names.iter().map(|n| format!("{n} spoke.\n")).collect();
    let spans: Vec<[(&str, usize); 1]> = names.iter().map(|n| [(n.as_str(), 0)]).collect();
    let groups: Vec<Group<'_>> = names
        .iter()
        .zip(&spans)
        .map(|(n, s)| (Kind::Person, n.as_str(), &s[..], None))
        .collect();
    let mut a = app_with(&text, &groups, 100, 12);
    a.apply(Action::TogglePanel);
    a.apply(Action::SwitchFocus);
    for _ in 0..20 {
        a.apply(Action::LineDown);
    }
    let panel = a.screen().panel.clone().expect("panel");
    assert!(panel.top > 0, "scrolled");
    let shown = panel
        .rows
        .iter()
        .position(|r| r.selected)
        .expect("selection shown");
    assert!(shown < usize::from(panel.list_height));
    let buf = draw(&a).backend().buffer().clone();
    let y = u16::try_from(shown).expect("row");
    assert!(
        row(&buf, y).contains("\u{25B6}     Name20"),
        "{}",
        row(&buf, y)
    );
    // Clicking a shown row selects that row, counted from the panel's top.
    a.click(panel.x + 6, 0);
    let e = a.entities().expect("entities");
    assert_eq!(e.selected_row(), Some(panel.top));
}

mod highlights;
