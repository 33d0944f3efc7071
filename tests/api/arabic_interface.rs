//! The Arabic interface on TestBackend screens: the status bar, the help and
//! the panel speak Arabic, drawn right to left, and the panel sits on the
//! left of the article.
//!
//! Expected words are written in logical order and reversed here (the
//! layout is unshaped in these tests, and none of the words has a mark or a
//! digit), so what is checked is the order of the cells on screen, not the
//! engine's own answer.

use qari::reader::action::Action;
use qari::reader::app::App;
use qari::reader::config::{Config, Side};
use qari::reader::messages::Lang;
use ratatui::buffer::Buffer;

use crate::support::annotate_screen::{draw, row};
use crate::support::recognition::{recognition, SAMPLE, TEXT};
use crate::support::Setup;

fn reader(lang: Lang, config: &str, width: u16, height: u16) -> App {
    Setup::default()
        .lang(lang)
        .config(Config::parse(config, "config.toml").expect("config"))
        .recognition(recognition(TEXT, SAMPLE))
        .app(TEXT, width, height)
}

fn drawn(app: &App) -> Buffer {
    draw(app).backend().buffer().clone()
}

/// A right-to-left word as the cells show it, left to right.
fn shown(logical: &str) -> String {
    logical.chars().rev().collect()
}

/// The column where `text` starts in `row`, counted in cells.
fn column(row: &str, text: &str) -> Option<usize> {
    row.find(text).map(|byte| row[..byte].chars().count())
}

#[test]
fn the_status_bar_reads_right_to_left_in_arabic() {
    let a = reader(Lang::Ar, "", 80, 12);
    let buf = drawn(&a);
    let bar = row(&buf, 11);
    // The position at the left: "سطر 1/3" reads from the right, then the
    // help key, "h مساعدة", the key on the right of its word.
    let line = column(&bar, &format!("1/3 {}", shown("سطر"))).expect(&bar);
    let help = column(&bar, &format!("{} h", shown("مساعدة"))).expect(&bar);
    assert!(help < line, "the help key is read after the line: {bar:?}");
    assert!(help < 4, "at the bar's left edge: {bar:?}");
    // The document's name at the right edge.
    assert!(bar.trim_end().ends_with("t.txt"), "{bar:?}");
    // English keeps its bar.
    let en = row(&drawn(&reader(Lang::En, "", 80, 12)), 11);
    assert!(en.starts_with(" t.txt"), "{en:?}");
    assert!(en.trim_end().ends_with("h help"), "{en:?}");
}

#[test]
fn the_panel_sits_on_the_left_with_arabic_headings() {
    let mut a = reader(Lang::Ar, "", 120, 16);
    a.apply(Action::TogglePanel);
    let panel = a.screen().panel.as_ref().expect("panel shown");
    assert_eq!((panel.x, panel.side), (0, Side::Left));
    assert!(
        a.screen().column_x >= panel.width,
        "the article is right of the panel"
    );
    let buf = drawn(&a);
    let border = usize::from(panel.width - 1);
    let top = row(&buf, 0);
    // "أشخاص (3)", its brackets mirrored by the engine, ends by the border.
    let heading = format!("(3) {}", shown("أشخاص"));
    let at = column(&top, &heading).expect(&top);
    assert!(at + heading.chars().count() <= border, "{top:?}");
    assert!(
        at + heading.chars().count() + 3 > border,
        "right-aligned: {top:?}"
    );
    // The row mirrored: the selection's marker at the right, the count
    // left of it in a column of its own, apart from the name.
    let first = row(&buf, 1);
    assert_eq!(first.chars().nth(border - 2), Some('\u{25C0}'), "{first:?}");
    assert_eq!(column(&first, "2 \u{25C0}"), Some(border - 4), "{first:?}");
    assert!(first.contains("Alice   "), "{first:?}");
    // The legend's words from the right: person, place, organisation.
    let legend = row(&buf, 13);
    let person = column(&legend, &shown("شخص")).expect(&legend);
    let place = column(&legend, &shown("مكان")).expect(&legend);
    assert!(place < person && person < border, "{legend:?}");
    // A setting that names the side wins over the interface's.
    let mut right = reader(Lang::Ar, "[panel]\nside = \"right\"\n", 120, 16);
    right.apply(Action::TogglePanel);
    assert_eq!(
        right.screen().panel.as_ref().expect("panel").side,
        Side::Right
    );
    // English: on the right, in English.
    let mut en = reader(Lang::En, "", 120, 16);
    en.apply(Action::TogglePanel);
    assert_eq!(en.screen().panel.as_ref().expect("panel").side, Side::Right);
    assert!(row(&drawn(&en), 0).contains("People (3)"));
}

#[test]
fn arabic_indic_digits_follow_the_setting() {
    let mut a = reader(Lang::Ar, "digits = \"arabic-indic\"\n", 120, 16);
    a.apply(Action::TogglePanel);
    let buf = drawn(&a);
    let top = row(&buf, 0);
    assert!(
        top.contains(&format!("(\u{663}) {}", shown("أشخاص"))),
        "{top:?}"
    );
    assert!(!top.contains("(3)"), "{top:?}");
    // The entities' counts and the status bar's position too.
    let counts: String = (1..4).map(|y| row(&buf, y)).collect();
    assert!(counts.contains('\u{662}'), "Bob's 2 mentions: {counts:?}");
    let bar = row(&buf, 15);
    assert!(bar.contains("\u{661}/\u{663}"), "{bar:?}");
    // In English the setting changes nothing.
    let mut en = reader(Lang::En, "digits = \"arabic-indic\"\n", 120, 16);
    en.apply(Action::TogglePanel);
    assert!(row(&drawn(&en), 0).contains("People (3)"));
}

#[test]
fn the_help_is_arabic_with_the_keys_on_the_right() {
    let mut a = reader(Lang::Ar, "", 100, 40);
    a.apply(Action::ToggleHelp);
    let buf = drawn(&a);
    let rows: Vec<String> = (0..40).map(|y| row(&buf, y)).collect();
    let title = rows
        .iter()
        .find(|r| r.contains(&shown("المفاتيح")))
        .expect("the help's title");
    assert!(title.contains(&shown("قارئ")), "{title:?}");
    let reading = rows
        .iter()
        .find(|r| r.contains(&shown("القراءة")))
        .expect("the first heading");
    // The heading right-aligned: a blank, then the box's right border.
    let end = column(reading, &shown("القراءة")).expect("heading") + "القراءة".chars().count();
    let after: String = reading.chars().skip(end).take(2).collect();
    assert_eq!(after, " \u{2502}", "{reading:?}");
    // "q C-c Q" at the right, "خروج" (quit) on its left.
    let quit = rows
        .iter()
        .find(|r| r.contains("q C-c Q"))
        .expect("the quit row");
    let word = column(quit, &shown("خروج")).expect(quit);
    assert!(word < column(quit, "q C-c Q").expect("keys"), "{quit:?}");
}

#[test]
fn the_label_menu_and_the_note_editor_speak_arabic() {
    let mut a = reader(Lang::Ar, "", 80, 20);
    a.apply(Action::StartSelection);
    a.apply(Action::Label);
    let buf = drawn(&a);
    let rows: Vec<String> = (0..20).map(|y| row(&buf, y)).collect();
    let screen = rows.join("\n");
    assert!(screen.contains(&shown("تصنيف")), "{screen}");
    // "1 شخص": the number key on the right of the name, against the box.
    let person = rows
        .iter()
        .find(|r| r.contains(&shown("شخص")))
        .expect("the person row");
    let at = column(person, &format!("{} 1", shown("شخص"))).expect(person);
    let after: String = person.chars().skip(at + 5).take(2).collect();
    assert_eq!(after, " \u{2502}", "right-aligned: {person:?}");
    assert!(screen.contains(&shown("مكان")), "{screen}");
    a.apply(Action::CloseOverlay);
    let mut a = reader(Lang::Ar, "", 80, 20);
    a.apply(Action::StartSelection);
    a.apply(Action::Annotate);
    let buf = drawn(&a);
    let screen: String = (0..20).map(|y| row(&buf, y) + "\n").collect();
    // The title against the top border's right corner, "C-s حفظ" likewise.
    let top = screen
        .lines()
        .find(|l| l.contains('\u{250C}'))
        .expect("the box");
    let title = format!(" {} \u{2500}\u{2510}", shown("ملاحظة"));
    assert!(top.contains(&title), "{top:?}");
    let bottom = screen
        .lines()
        .find(|l| l.contains('\u{2514}'))
        .expect("the box");
    assert!(
        bottom.contains(&format!("{} C-s \u{2500}\u{2518}", shown("حفظ"))),
        "{bottom:?}"
    );
}

#[test]
fn a_terminal_too_small_is_said_in_arabic_on_one_row() {
    let a = reader(Lang::Ar, "", 15, 3);
    let buf = drawn(&a);
    let top = row(&buf, 0);
    // "الطرفية أصغر…": the first words whole, the first one on the right.
    let terminal = column(&top, &shown("الطرفية")).expect(&top);
    let smaller = column(&top, &shown("أصغر")).expect(&top);
    assert!(smaller < terminal, "{top:?}");
    assert!(top.contains('\u{2026}'), "{top:?}");
    assert_eq!(row(&buf, 1).trim(), "", "one row");
    let en = drawn(&reader(Lang::En, "", 15, 3));
    assert!(row(&en, 0).starts_with("Terminal too"), "{}", row(&en, 0));
}

/// A command, a path or a file name keeps its own direction inside an
/// Arabic message: `:goto` keeps its colon in front, `/tmp/x` its slash.
#[test]
fn latin_inside_an_arabic_message_keeps_its_order() {
    let mut app = reader(Lang::Ar, "", 100, 12);
    for key in [":", "f", "o", "o", "Enter"] {
        app.press(key.parse().expect("key"));
    }
    let bar = row(&drawn(&app), 11);
    assert!(bar.contains("(:goto، :w، :q"), "{bar}");
    app.file_written(
        std::path::Path::new("/tmp/x.txt"),
        Err(app.interface().say(
            qari::reader::messages::Msg::FileExists,
            &[("path", &"/tmp/x.txt")],
        )),
    );
    let bar = row(&drawn(&app), 11);
    assert!(bar.contains("/tmp/x.txt"), "{bar}");
    assert!(bar.contains("(") && bar.contains(":w!"), "{bar}");
}
