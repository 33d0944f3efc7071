//! Whole reader screens drawn on ratatui's TestBackend.
//!
//! Snapshots (tests/snapshots) show symbols only; styles are checked on the
//! buffer. Arabic is also dumped as code points, since editors reorder Arabic
//! text when a snapshot is reviewed.

use qari::core::document::Document;
use qari::reader::action::Action;
use qari::reader::app::App;
use qari::reader::keymap::Keymap;
use ratatui::backend::TestBackend;
use ratatui::buffer::Buffer;
use ratatui::style::Modifier;
use ratatui::Terminal;

use crate::support::app;

fn doc(name: &str, bytes: &[u8]) -> Document {
    Document::from_bytes(name, bytes).expect("a text document")
}

/// Draw at the size the app was last told about.
fn draw(app: &App) -> Terminal<TestBackend> {
    let (width, height) = app.size();
    draw_at(app, width, height)
}

fn draw_at(app: &App, width: u16, height: u16) -> Terminal<TestBackend> {
    let mut terminal = Terminal::new(TestBackend::new(width, height)).expect("test terminal");
    terminal
        .draw(|frame| qari::ui::draw(app, frame))
        .expect("draw");
    terminal
}

fn row(buf: &Buffer, y: u16) -> String {
    (0..buf.area.width)
        .map(|x| buf[(x, y)].symbol())
        .collect::<String>()
}

/// The non-blank cells of a row, left to right, as code points.
fn code_points(buf: &Buffer, y: u16) -> String {
    (0..buf.area.width)
        .map(|x| buf[(x, y)].symbol())
        .filter(|s| !s.trim().is_empty())
        .map(|s| {
            s.chars()
                .map(|c| format!("U+{:04X}", c as u32))
                .collect::<Vec<_>>()
                .join("+")
        })
        .collect::<Vec<_>>()
        .join(" ")
}

const ENGLISH: &str = "The reader\n\nqari shows one paragraph per line of the file, wrapped at word or cluster boundaries inside a column.\nSecond paragraph.\nThird.\nFourth.\nFifth.\nSixth.\nSeventh.\nEighth.\nNinth.\n";

#[test]
fn first_screen_shows_text_and_status_bar() {
    let a = app(doc("notes.txt", ENGLISH.as_bytes()), 40, 8);
    let terminal = draw(&a);
    insta::assert_snapshot!(terminal.backend());
    let buf = terminal.backend().buffer();
    assert!(row(buf, 0).starts_with("The reader"));
    let status = row(buf, 7);
    assert!(status.contains("notes.txt"), "{status}");
    assert!(status.contains("line 1/11"), "{status}");
    assert!(status.contains("0%"), "{status}");
    assert!(buf[(0, 7)].modifier.contains(Modifier::REVERSED));
    assert!(!buf[(0, 0)].modifier.contains(Modifier::REVERSED));
}

#[test]
fn scrolled_to_the_end_the_status_says_100_percent() {
    let mut a = app(doc("notes.txt", ENGLISH.as_bytes()), 40, 8);
    a.apply(Action::Bottom);
    let terminal = draw(&a);
    insta::assert_snapshot!(terminal.backend());
    let buf = terminal.backend().buffer();
    assert!(row(buf, 6).starts_with("Ninth."));
    assert!(row(buf, 7).contains("100%"));
}

#[test]
fn the_column_is_centred_on_a_wide_terminal() {
    let a = app(doc("notes.txt", ENGLISH.as_bytes()), 120, 6);
    let terminal = draw(&a);
    let buf = terminal.backend().buffer();
    assert_eq!(row(buf, 0).find("The reader"), Some(20));
    assert!(row(buf, 2)[..20].trim().is_empty());
}

const ARABIC: &str = "قارئ\nكازاخستان: اجتماع مجلس الأمن\n2022 - 08:13\n";

#[test]
fn arabic_paragraphs_are_right_aligned() {
    let a = app(doc("arabic.txt", ARABIC.as_bytes()), 40, 5);
    let terminal = draw(&a);
    insta::assert_snapshot!(terminal.backend());
    let buf = terminal.backend().buffer();
    let dump: String = (0..3)
        .map(|y| format!("row {y}: {}\n", code_points(buf, y)))
        .collect();
    insta::assert_snapshot!("arabic_code_points", dump);
    // Every paragraph, the number-only one included (it takes the document's
    // direction), ends at the column's right edge.
    for y in 0..3 {
        assert!(
            !buf[(39, y)].symbol().trim().is_empty(),
            "row {y} is right-aligned"
        );
        assert!(
            buf[(0, y)].symbol().trim().is_empty(),
            "row {y} starts padded"
        );
    }
}

#[test]
fn a_help_box_narrower_than_the_bar_leaves_nothing_beside_its_corner() {
    // At 100 columns the box is 99 wide and as tall as the terminal: the
    // bar's last letter ("h help") showed right of its bottom corner.
    let mut a = app(doc("notes.txt", ENGLISH.as_bytes()), 100, 30);
    a.apply(Action::ToggleHelp);
    let buf = draw(&a).backend().buffer().clone();
    let bottom = row(&buf, 29);
    let corner = bottom.rfind('\u{2518}').expect("the box's corner");
    assert_eq!(bottom[corner..].trim_end(), "\u{2518}", "{bottom:?}");
    // Closed, the bar is back whole.
    a.apply(Action::ToggleHelp);
    assert!(row(draw(&a).backend().buffer(), 29)
        .trim_end()
        .ends_with("h help"));
}

#[test]
fn help_overlay_lists_the_key_table_and_esc_closes_it() {
    // 80x24: the help does not fit, so it scrolls; page through all of it.
    let mut a = app(doc("notes.txt", ENGLISH.as_bytes()), 80, 24);
    a.apply(Action::ToggleHelp);
    let terminal = draw(&a);
    insta::assert_snapshot!(terminal.backend());
    let first = terminal.backend().to_string();
    assert!(first.contains("1-22 of "), "the footer says what is shown");
    let mut text = first.clone();
    let mut pages = 1;
    loop {
        let top = a.help_top();
        a.apply(Action::PageDown);
        if a.help_top() == top {
            break;
        }
        pages += 1;
        text.push_str(&draw(&a).backend().to_string());
    }
    assert!(pages >= 2, "{pages} pages");
    // The article did not move while the help scrolled.
    assert_eq!(a.anchor().paragraph, 0);
    // A long description wraps under its column: compared word by word.
    let words = |t: &str| {
        t.split(|c: char| c.is_whitespace() || matches!(c, '\u{2502}' | '"'))
            .filter(|w| !w.is_empty())
            .collect::<Vec<_>>()
            .join(" ")
    };
    let flowing = words(&text);
    for (keys, description) in Keymap::default().help_rows() {
        assert!(text.contains(&keys), "help lists {keys}");
        assert!(
            flowing.contains(&words(description)),
            "help says {description}"
        );
    }
    for heading in [
        "Reading",
        "In the panel",
        "In a list",
        "Selecting a passage",
    ] {
        assert!(text.contains(heading), "help has {heading}");
    }
    a.apply(Action::Top);
    assert_eq!(a.help_top(), 0);
    a.apply(Action::LineDown);
    assert_eq!(a.help_top(), 1);
    a.apply(Action::CloseOverlay);
    let closed = draw(&a).backend().to_string();
    assert!(!closed.contains("Scroll down one line"));
}

#[test]
fn tiny_terminals_show_a_message() {
    for (w, h) in [(1, 1), (10, 3)] {
        let a = app(doc("notes.txt", ENGLISH.as_bytes()), w, h);
        let terminal = draw(&a);
        insta::assert_snapshot!(format!("too_small_{w}x{h}"), terminal.backend());
        assert!(!terminal.backend().to_string().contains("reader"));
    }
}

#[test]
fn an_empty_document_says_so() {
    let a = app(doc("empty.txt", b"\n\n"), 40, 5);
    let terminal = draw(&a);
    insta::assert_snapshot!(terminal.backend());
    assert!(terminal.backend().to_string().contains("empty document"));
}

#[test]
fn warnings_and_notices_are_in_the_status_bar() {
    let mut a = app(doc("bad.txt", b"caf\xE9 au lait\n"), 110, 4);
    a.notify("reading position: disk full");
    let terminal = draw(&a);
    let buf = terminal.backend().buffer();
    let status = row(buf, 3);
    assert!(status.contains("invalid UTF-8"), "{status}");
    assert!(status.contains("disk full"), "{status}");
    assert!(status.contains("line 1/1"), "{status}");
    let x = (0..buf.area.width)
        .find(|&x| buf[(x, 3)].symbol() == "\u{26A0}")
        .expect("warning sign");
    assert_eq!(buf[(x, 3)].fg, qari::reader::theme::Theme::dark().warning);
    assert!(row(buf, 0).contains('\u{FFFD}'));
}

#[test]
fn control_characters_never_reach_the_terminal() {
    let a = app(
        doc("esc\u{1b}]0;pwned\u{7}.txt", b"a\x1b[2Jb\xc2\x9b\n"),
        40,
        4,
    );
    let terminal = draw(&a);
    let buf = terminal.backend().buffer();
    for cell in &buf.content {
        assert!(
            !cell.symbol().chars().any(char::is_control),
            "raw control character in {:?}",
            cell.symbol()
        );
    }
    assert!(row(buf, 0).contains('\u{241B}'), "ESC is shown as a symbol");
    assert!(row(buf, 3).contains('\u{241B}'), "also in the name");
}

#[test]
fn resizing_keeps_the_top_paragraph() {
    let long: String = (0..40)
        .map(|i| format!("paragraph {i} has a few words in it\n"))
        .collect();
    let mut a = app(doc("long.txt", long.as_bytes()), 40, 10);
    for _ in 0..25 {
        a.apply(Action::LineDown);
    }
    let before = row(draw(&a).backend().buffer(), 0);
    assert!(before.starts_with("paragraph 25 "), "{before}");
    a.resize(20, 10);
    let after = row(draw(&a).backend().buffer(), 0);
    assert!(after.starts_with("paragraph 25 "), "{after}");
}

#[test]
fn while_loading_the_status_bar_says_so_instead_of_the_total() {
    let text: String = (1..=50).map(|i| format!("line {i}\n")).collect();
    let mut a = app(doc("big.txt", text.as_bytes()), 40, 6);
    a.set_loading(true);
    a.apply(Action::LineDown);
    let terminal = draw(&a);
    let status = row(terminal.backend().buffer(), 5);
    assert!(status.contains("line 2  loading\u{2026}"), "{status:?}");
    assert!(!status.contains('%'), "{status:?}");
    a.set_loading(false);
    let terminal = draw(&a);
    let status = row(terminal.backend().buffer(), 5);
    assert!(status.contains("line 2/50"), "{status:?}");

    // A first piece with nothing but blank lines is not called empty yet.
    let mut blank = app(doc("big.txt", b"\n\n\n"), 40, 6);
    blank.set_loading(true);
    let terminal = draw(&blank);
    let screen: String = (0..6)
        .map(|y| row(terminal.backend().buffer(), y))
        .collect();
    assert!(screen.contains("loading\u{2026}"), "{screen:?}");
    assert!(!screen.contains("empty"), "{screen:?}");
}

#[test]
fn a_configuration_error_is_read_before_the_name_on_80_columns() {
    let mut a = app(doc("kazakhstan-2022-01-06.txt", ENGLISH.as_bytes()), 80, 4);
    a.notify(
        "config.toml:2:1: unknown key \"colour\" in [text] \
         (expected one of: width, margin, justify, shape, direction); using the default settings",
    );
    let terminal = draw(&a);
    let status = row(terminal.backend().buffer(), 3);
    assert!(
        status.contains("config.toml:2:1: unknown key \"colour\""),
        "{status}"
    );
    assert!(status.contains("line 1/"), "{status}");
}

#[test]
fn a_screen_laid_out_for_a_wider_terminal_is_clipped_to_the_frame() {
    // The terminal shrank after the app was last told its size (a key came
    // before the resize event): the frame is narrower and taller than the
    // screen model. Drawing wrote past the frame's edge and panicked.
    let text = "word ".repeat(4000);
    // Tall enough that the help leaves the first row to the article.
    let mut app = app(&text, 143, 80);
    app.apply(Action::ToggleHelp);
    let terminal = draw_at(&app, 61, 90);
    let buf = terminal.backend().buffer();
    assert_eq!(buf.area, ratatui::layout::Rect::new(0, 0, 61, 90));
    // The part that fits is drawn: the article's first row has words.
    assert!(row(buf, 0).contains("word"), "{}", row(buf, 0));
    // And a screen made for a smaller terminal leaves the rest blank.
    let small = draw_at(&app, 150, 83);
    assert_eq!(row(small.backend().buffer(), 82).trim(), "");
}
