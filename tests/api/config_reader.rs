//! Each setting of `config.toml` changes what the reader shows: the reader is
//! built from a parsed configuration as the shell builds it, and drawn on
//! ratatui's TestBackend.

use crate::support::recognition::{find, recognition, TEXT};
use crate::support::{app, Setup};
use qari::reader::action::Action;
use qari::reader::app::App;
use qari::reader::config::Config;
use qari::reader::keymap::Key;
use qari::reader::theme::Theme;
use qari_recognize::Kind;
use ratatui::backend::TestBackend;
use ratatui::buffer::Buffer;
use ratatui::style::{Color, Modifier};
use ratatui::Terminal;

/// A reader of `text` set up from the configuration `toml`, as `tui` does it.
fn reader(text: &str, toml: &str, width: u16, height: u16) -> App {
    let config = Config::parse(toml, "test.toml").expect("valid configuration");
    Setup::default().config(config).app(text, width, height)
}

fn draw(app: &App) -> Buffer {
    let (width, height) = app.size();
    let mut terminal = Terminal::new(TestBackend::new(width, height)).expect("terminal");
    terminal
        .draw(|frame| qari::ui::draw(app, frame))
        .expect("draw");
    terminal.backend().buffer().clone()
}

fn row(buf: &Buffer, y: u16) -> String {
    (0..buf.area.width).map(|x| buf[(x, y)].symbol()).collect()
}

/// First and last column holding a visible character in row `y`.
fn extent(buf: &Buffer, y: u16) -> (u16, u16) {
    let drawn: Vec<u16> = (0..buf.area.width)
        .filter(|&x| !buf[(x, y)].symbol().trim().is_empty())
        .collect();
    (drawn[0], drawn[drawn.len() - 1])
}

const LONG: &str = "qari shows one paragraph per line of the file and wraps it at word boundaries inside a column of readable width, which this sentence is long enough to need several lines for.\n";

#[test]
fn the_column_width_is_the_configured_measure() {
    let narrow = reader(LONG, "[text]\nwidth = 40\n", 100, 10);
    let screen = narrow.screen();
    assert_eq!((screen.column_x, screen.column_width), (30, 40));
    let buf = draw(&narrow);
    for y in 0..4 {
        let (left, right) = extent(&buf, y);
        assert!(left >= 30 && right < 70, "row {y}: {left}..{right}");
    }
    let default = reader(LONG, "", 100, 10);
    assert_eq!(default.screen().column_width, 80);
}

#[test]
fn margins_keep_blank_columns_each_side() {
    let app = reader(LONG, "[text]\nmargin = 6\n", 80, 10);
    assert_eq!((app.screen().column_x, app.screen().column_width), (6, 68));
    let buf = draw(&app);
    let (left, _) = extent(&buf, 0);
    assert_eq!(left, 6);
    for y in 0..3 {
        assert!(extent(&buf, y).1 < 74, "{}", row(&buf, y));
    }
    let flush = draw(&reader(LONG, "", 80, 10));
    assert_eq!(extent(&flush, 0).0, 0);
}

#[test]
fn justified_lines_reach_both_edges_except_the_last() {
    let app = reader(LONG, "[text]\nwidth = 40\njustify = true\n", 40, 10);
    let lines = app.screen().lines.len();
    let buf = draw(&app);
    let wrapped = (0..10u16)
        .take_while(|&y| !row(&buf, y).trim().is_empty())
        .count();
    assert!(wrapped >= 4, "{wrapped} lines");
    for y in 0..u16::try_from(wrapped - 1).expect("few") {
        assert_eq!(extent(&buf, y), (0, 39), "{}", row(&buf, y));
        // Words keep their letters together; only the gaps grew.
        assert!(!row(&buf, y).contains("  ".repeat(6).as_str()));
    }
    let last = u16::try_from(wrapped - 1).expect("few");
    assert!(extent(&buf, last).1 < 39, "the last line stays ragged");
    assert!(lines >= wrapped);

    let ragged = draw(&reader(LONG, "[text]\nwidth = 40\n", 40, 10));
    assert!((0..3).any(|y| extent(&ragged, y).1 < 39));
}

#[test]
fn justified_arabic_lines_reach_both_edges() {
    let arabic = "قال المتحدث باسم الحكومة إن الاجتماع سيعقد في العاصمة يوم الأحد المقبل لبحث الأوضاع الاقتصادية\n";
    let app = reader(arabic, "[text]\nwidth = 30\njustify = true\n", 30, 10);
    let buf = draw(&app);
    let wrapped = (0..10u16)
        .take_while(|&y| !row(&buf, y).trim().is_empty())
        .count();
    assert!(wrapped >= 3, "{wrapped} lines");
    for y in 0..u16::try_from(wrapped - 1).expect("few") {
        assert_eq!(extent(&buf, y), (0, 29), "row {y}");
    }
    // The last line is right-aligned, as without justification.
    let last = u16::try_from(wrapped - 1).expect("few");
    let (left, right) = extent(&buf, last);
    assert_eq!(right, 29);
    assert!(left > 0);
}

/// A reader of the panel tests' sample with its entities recognised.
fn with_entities(toml: &str, width: u16, height: u16) -> App {
    let mut app = reader(TEXT, toml, width, height);
    app.set_recognition(recognition(
        TEXT,
        &[
            (Kind::Person, "Alice", &[("Alice", 0), ("Alice", 1)], None),
            (Kind::Location, "Paris", &[("Paris", 0)], None),
        ],
    ));
    app
}

#[test]
fn the_panel_goes_on_the_configured_side_at_the_configured_width() {
    let mut right = with_entities("", 100, 12);
    right.apply(Action::TogglePanel);
    let panel = right.screen().panel.clone().expect("panel");
    assert_eq!((panel.x, panel.width), (70, 30));
    assert_eq!(draw(&right)[(70, 0)].symbol(), "\u{2502}");

    let mut left = with_entities("[panel]\nside = \"left\"\nwidth = 36\n", 120, 12);
    left.apply(Action::TogglePanel);
    let panel = left.screen().panel.clone().expect("panel");
    assert_eq!((panel.x, panel.width), (0, 36));
    let buf = draw(&left);
    // The border faces the article, which is centred in what is left.
    assert_eq!(buf[(35, 0)].symbol(), "\u{2502}");
    assert_ne!(buf[(0, 0)].symbol(), "\u{2502}");
    let screen = left.screen();
    assert_eq!(screen.column_x, 36 + (84 - 80) / 2);
    let panel_part: String = row(&buf, 0).chars().take(35).collect();
    assert!(panel_part.contains("People"), "{panel_part}");
    let article_part: String = row(&buf, 0).chars().skip(36).collect();
    assert!(article_part.contains("Alice met Bob"), "{article_part}");
    // A click on the article's text is not taken for the panel's.
    let x = screen.column_x;
    assert_eq!(left.offset_at(x, 0), Some(0));
    left.click(x, 0);
    assert_eq!(left.flash(), Some("person: Alice"));
    // And a click on a panel row selects its entity.
    left.click(5, 1);
    assert!(left.flash().is_some_and(|f| f.starts_with("mention")));
}

#[test]
fn themes_and_configured_colours_colour_the_entities() {
    let alice = find(TEXT, "Alice", 0);
    assert_eq!(alice, 0);
    let fg = |toml: &str| {
        let app = with_entities(toml, 80, 8);
        draw(&app)[(0, 0)].fg
    };
    assert_eq!(fg(""), Theme::dark().person);
    assert_eq!(fg("theme = \"light\"\n"), Theme::light().person);
    assert_ne!(Theme::dark().person, Theme::light().person);
    assert_eq!(
        fg("theme = \"light\"\n[colors]\nperson = \"#102030\"\n"),
        Color::Rgb(0x10, 0x20, 0x30)
    );
    // NO_COLOR: the cue only, whatever the theme.
    let mut plain = with_entities("theme = \"light\"\n", 80, 8);
    plain.set_colors(false);
    let cell = draw(&plain)[(0, 0)].clone();
    assert_eq!(cell.fg, Color::Reset);
    assert!(cell.modifier.contains(Modifier::BOLD));
}

#[test]
fn the_status_bar_takes_its_configured_colours() {
    let app = reader(
        LONG,
        "[colors]\nstatus_bar = \"blue\"\nstatus_text = \"white\"\n",
        80,
        6,
    );
    let cell = draw(&app)[(1, 5)].clone();
    assert_eq!((cell.bg, cell.fg), (Color::Blue, Color::White));
    assert!(!cell.modifier.contains(Modifier::REVERSED));
    let default = draw(&reader(LONG, "", 80, 6))[(1, 5)].clone();
    assert!(default.modifier.contains(Modifier::REVERSED));
}

#[test]
fn the_direction_setting_places_neutral_paragraphs() {
    let text = "abc\n12\n";
    let auto = draw(&reader(text, "", 40, 5));
    assert_eq!(extent(&auto, 1).0, 0);
    let rtl = draw(&reader(text, "[text]\ndirection = \"rtl\"\n", 40, 5));
    assert_eq!(extent(&rtl, 1), (38, 39), "right-aligned");
    assert_eq!(
        extent(&rtl, 0).0,
        0,
        "a Latin paragraph keeps its own direction"
    );
    // The configured direction wins over layout options made with the
    // document's direction.
    let app = app(text, 40, 5);
    assert_eq!(extent(&draw(&app), 1).0, 0);
    let document_direction = qari_layout::LayoutOptions {
        fallback_direction: app.document().direction,
        ..qari_layout::LayoutOptions::default()
    };
    let app = Setup::default()
        .layout(document_direction)
        .config(Config::parse("[text]\ndirection = \"rtl\"\n", "t").expect("valid"))
        .app(text, 40, 5);
    assert_eq!(extent(&draw(&app), 1), (38, 39));
}

#[test]
fn the_paragraph_direction_setting_lays_out_an_arabic_paragraph_that_opens_in_latin() {
    let text = "CNN: قال الرئيس إن الوضع مستقر\nThe word قال means said\n";
    let under = |rule: &str, height: u16| {
        reader(
            text,
            &format!("[text]\nparagraph_direction = \"{rule}\"\n"),
            40,
            height,
        )
    };
    let first = draw(&reader(text, "", 40, 5));
    assert_eq!(extent(&first, 0).0, 0, "by its first letter, left to right");
    let most = draw(&under("most-letters", 5));
    assert_eq!(extent(&most, 0).1, 39, "most of its letters are Arabic");
    assert_eq!(extent(&most, 1).0, 0, "most of its letters are Latin");
    let rtl = draw(&under("rtl", 5));
    assert_eq!(extent(&rtl, 1).1, 39, "every paragraph right to left");
    // The rule is the article's: the status bar and the help keep theirs.
    assert_eq!(row(&rtl, 4), row(&first, 4));
    let mut help_first = reader(text, "", 40, 12);
    let mut help_rtl = under("rtl", 12);
    help_first.apply(Action::ToggleHelp);
    help_rtl.apply(Action::ToggleHelp);
    let (a, b) = (draw(&help_first), draw(&help_rtl));
    for y in 0..12 {
        assert_eq!(row(&b, y), row(&a, y), "help row {y}");
    }
}

#[test]
fn configured_keys_work_and_the_help_lists_them() {
    let mut app = reader(
        LONG,
        "[keys]\nx = \"quit\"\nq = \"none\"\n\"g g\" = \"top\"\ng = \"none\"\n",
        40,
        4,
    );
    let key = |s: &str| s.parse::<Key>().expect("key");
    app.press(key("j"));
    assert_ne!(app.anchor().offset, 0);
    app.press(key("g"));
    assert_ne!(app.anchor().offset, 0, "g alone waits for the second g");
    app.press(key("g"));
    assert_eq!(app.anchor().offset, 0);
    app.resize(80, 30);
    app.press(key("q"));
    assert!(!app.should_quit(), "q is unbound");
    app.apply(Action::ToggleHelp);
    app.apply(Action::Bottom);
    let help: String = (0..30).map(|y| row(&draw(&app), y)).collect();
    assert!(help.contains("C-c Q Z Z x "), "{help}");
    assert!(!help.contains(" q C-c"));
    app.apply(Action::CloseOverlay);
    app.press(key("x"));
    assert!(app.should_quit());
}

#[test]
fn the_help_fits_small_terminals_and_scrolls_to_its_last_line() {
    for (w, h) in [(20, 4), (40, 8), (60, 15)] {
        let mut app = reader(LONG, "", w, h);
        app.apply(Action::ToggleHelp);
        let first = draw(&app);
        assert!(
            row(&first, 0).contains("keys"),
            "{w}x{h}: the border's title"
        );
        app.apply(Action::Bottom);
        let buf = draw(&app);
        // The last row of the help is in view: the footer's window ends
        // where the help does ("58-60/60").
        let footer = row(&buf, h - 1);
        let numbers: Vec<&str> = footer
            .split(|c: char| !c.is_ascii_digit())
            .filter(|n| !n.is_empty())
            .collect();
        assert!(
            numbers.len() >= 3 && numbers[numbers.len() - 1] == numbers[numbers.len() - 2],
            "{w}x{h}: {footer:?}"
        );
        let bottom = app.help_top();
        assert!(bottom > 0, "{w}x{h}");
        app.apply(Action::PageUp);
        assert!(app.help_top() < bottom);
        // A resize keeps the window inside the help.
        app.resize(w, 400);
        assert_eq!(app.help_top(), 0, "everything fits at {w}x400");
    }
}

#[test]
fn on_a_narrow_terminal_descriptions_wrap_and_nothing_is_cut() {
    let mut app = reader(LONG, "", 40, 12);
    app.apply(Action::ToggleHelp);
    let buf = draw(&app);
    let rows: Vec<String> = (1..11).map(|y| row(&buf, y)).collect();
    assert!(rows.iter().all(|r| !r.contains('\u{2026}')), "{rows:#?}");
    let words = rows.join(" ").replace('\u{2502}', " ");
    let words: Vec<&str> = words.split_whitespace().collect();
    // "Scroll down one line (panel: next entity)" does not fit on one row.
    assert!(
        words
            .join(" ")
            .contains("Scroll down one line (panel: next entity)"),
        "{rows:#?}"
    );
    let footer = row(&buf, 11);
    assert!(footer.contains("Esc closes \u{2500}"), "{footer:?}");
}
