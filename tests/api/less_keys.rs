//! The keys a less user presses by reflex do what less does in the reading
//! mode (Enter, C-n, C-j, C-p, C-k a line; z, w a window; a count before a
//! page key is lines, and before z, w, d, u the size of later ones; h help; r, C-l repaint; R reads the file again, or
//! repaints what cannot be; ZZ quits; =, C-g where; F says qari does not
//! follow; `-N` is less's option, taken whole, and a `-` before any other
//! key drops), while Enter still opens the row in the panel, and `g`/`G`
//! there go to the list's ends.

use qari::reader::action::Action;
use qari::reader::app::{App, Effect, Focus, Modal};
use qari::reader::keymap::Key;

use crate::support::app;
use crate::support::reading::{numbered, top_line};
use crate::support::recognition::{recognition, SAMPLE, TEXT};

fn press(a: &mut App, keys: &str) {
    for k in keys.split_whitespace() {
        a.press(k.parse::<Key>().expect("key"));
    }
}

#[test]
fn less_s_line_keys_scroll_a_line() {
    let mut a = app(numbered(300), 60, 12);
    for (keys, line) in [
        ("Enter", 2),
        ("C-n", 3),
        ("C-j", 4),
        ("C-e", 5),
        ("C-p", 4),
        ("C-k", 3),
        ("C-y", 2),
        ("3 Enter", 5),
    ] {
        press(&mut a, keys);
        assert_eq!(top_line(&a), line, "{keys}");
        assert!(!a.panel_open(), "{keys} opened the panel");
    }
}

#[test]
fn z_and_w_go_a_window_and_h_is_the_help() {
    let mut a = app(numbered(300), 60, 12);
    press(&mut a, "z");
    let page = top_line(&a);
    assert!(page > 5, "{page}");
    press(&mut a, "w");
    assert_eq!(top_line(&a), 1);
    press(&mut a, "h");
    assert!(a.screen().help.is_some(), "h opens the help");
    press(&mut a, "h");
    assert!(a.screen().help.is_none(), "and closes it");
}

#[test]
fn repaint_where_and_follow_are_keys_not_unknown_letters() {
    // The app is standard input's: `R` has nothing to read again and
    // repaints, as less's `R` does on a pipe.
    let mut a = app(numbered(300), 80, 12);
    for keys in ["r", "C-l", "R"] {
        press(&mut a, keys);
        assert_eq!(a.take_effects(), [Effect::Repaint], "{keys}");
        assert_eq!(a.flash(), None, "{keys}");
        assert!(!a.should_quit(), "{keys}");
    }
    press(&mut a, "5 j =");
    let said = a.flash().expect("= says where").to_string();
    assert!(
        said.starts_with("numbered: lines 6-") && said.contains("/300"),
        "{said}"
    );
    press(&mut a, "C-g");
    assert_eq!(a.flash(), Some(said.as_str()));
    press(&mut a, "F");
    let said = a.flash().expect("F says").to_string();
    assert!(said.contains("does not follow"), "{said}");
    assert_eq!(top_line(&a), 6, "none of them moved");
}

fn with_entities() -> App {
    // The sample, and room below it to scroll.
    let text = format!("{TEXT}{}", "more text\n".repeat(40));
    let mut a = app(&text, 100, 8);
    a.set_recognition(recognition(&text, SAMPLE));
    a
}

#[test]
fn enter_opens_the_row_only_where_the_panel_has_the_keys() {
    let mut a = with_entities();
    press(&mut a, "e");
    assert!(a.panel_open());
    // The panel beside the article, the article's keys: Enter reads on.
    press(&mut a, "Enter");
    assert_eq!(top_line(&a), 2);
    assert_eq!(a.flash(), None);
    press(&mut a, "g Tab");
    assert_eq!(a.focus(), Focus::Panel);
    press(&mut a, "j Enter");
    let said = a.flash().expect("jumped").to_string();
    assert!(said.starts_with("mention 1/"), "{said}");
}

#[test]
fn g_and_shift_g_in_the_panel_go_to_the_ends_of_its_list() {
    let mut a = with_entities();
    press(&mut a, "e Tab");
    let rows = |a: &App| {
        let e = a.entities().expect("rows");
        (e.selected_row(), e.rows().len())
    };
    let (first, count) = rows(&a);
    let top = a.position();
    press(&mut a, "G");
    assert_eq!(rows(&a).0, Some(count - 1), "the last row is an entity");
    assert_eq!(a.position(), top, "the article stays");
    press(&mut a, "g");
    assert_eq!(rows(&a).0, first);
    assert_eq!(a.position(), top);
    // In the article they are the article's again.
    a.apply(Action::SwitchFocus);
    press(&mut a, "G");
    assert_ne!(a.position(), top);
}

#[test]
fn equals_lays_an_arabic_file_name_out_once_in_the_english_bar() {
    let text: String = (1..=40).map(|i| format!("line {i}\n")).collect();
    let doc =
        qari::core::document::Document::from_bytes("زلزال.txt", text.as_bytes()).expect("text");
    let mut a = app(doc, 100, 8);
    press(&mut a, "=");
    let said = a.flash().expect("= says where").to_string();
    assert!(said.starts_with("زلزال.txt: lines 1-"), "{said}");
    // Drawn, the name reads as the title beside it does: its first letter
    // on the right (the test's layout joins no letters: a cell a letter).
    let status = crate::support::search_screen::row(&crate::support::search_screen::draw(&a), 7);
    assert!(status.contains("لازلز.txt: lines 1-"), "{status:?}");
    assert!(!status.contains("زلزال.txt: lines"), "{status:?}");
}

#[test]
fn a_notice_said_again_before_a_key_is_one_notice() {
    let mut a = app(numbered(30), 80, 12);
    a.notify_once("notes changed in another qari: shown as they are now");
    a.notify_once("notes changed in another qari: shown as they are now");
    assert_eq!(a.notices().len(), 1);
    // Read (a key dismisses it), it is said again the next time.
    press(&mut a, "j");
    a.notify_once("notes changed in another qari: shown as they are now");
    assert_eq!(a.notices().len(), 2);
}

#[test]
fn a_count_before_a_page_key_is_lines_as_in_less() {
    let mut a = app(numbered(300), 60, 12);
    for (keys, line) in [
        ("3 Space", 4),
        ("2 b", 2),
        ("5 C-f", 7),
        ("4 d", 11),
        ("3 u", 8),
        ("2 PageDown", 10),
        ("1 PageUp", 9),
    ] {
        press(&mut a, keys);
        assert_eq!(top_line(&a), line, "{keys}");
    }
    // Without a count, still a page.
    press(&mut a, "g Space");
    assert!(top_line(&a) > 5, "{}", top_line(&a));
}

#[test]
fn a_count_before_z_w_d_u_is_the_size_of_later_ones_as_in_less() {
    let mut a = app(numbered(300), 60, 12);
    for (keys, line) in [
        // `4z`: pages of 4 lines, for Space and b too (less's window).
        ("4 z", 5),
        ("z", 9),
        ("Space", 13),
        ("w", 9),
        ("b", 5),
        // A count before Space or b is lines this once.
        ("2 Space", 7),
        ("Space", 11),
        // `3d`: half pages of 3 lines, for u and C-d too.
        ("3 d", 14),
        ("d", 17),
        ("u", 14),
        ("C-d", 17),
        ("5 u", 12),
        ("d", 17),
        // The page is still 4.
        ("w", 13),
    ] {
        press(&mut a, keys);
        assert_eq!(top_line(&a), line, "{keys}");
    }
}

#[test]
fn a_less_option_is_taken_whole_and_said() {
    let mut a = app(numbered(300), 80, 12);
    press(&mut a, "5 j");
    for (keys, option) in [("- N", "N"), ("- G", "G"), ("- S", "S"), ("- i", "i")] {
        press(&mut a, keys);
        assert_eq!(top_line(&a), 6, "{keys} moved the view");
        assert_eq!(
            a.flash(),
            Some(format!("-{option}: a less option qari does not have").as_str()),
            "{keys}"
        );
    }
    // The keys after it are keys again.
    press(&mut a, "j");
    assert_eq!(top_line(&a), 7);
    assert_eq!(a.flash(), None);
}

#[test]
fn a_stray_dash_eats_no_key_that_is_no_option() {
    let mut a = app(numbered(300), 80, 12);
    // Keys that are no option's letter are themselves after a `-`.
    press(&mut a, "- Down");
    assert_eq!(top_line(&a), 2, "- Down scrolls");
    assert_eq!(a.flash(), None);
    press(&mut a, "h");
    assert!(a.help_open());
    press(&mut a, "- Esc");
    assert!(!a.help_open(), "- Esc closes the help");
    press(&mut a, "- /");
    assert!(
        matches!(a.modal(), Some(Modal::Search(_))),
        "- / opens the search"
    );
    press(&mut a, "Esc - :");
    assert!(
        matches!(a.modal(), Some(Modal::Command(_))),
        "- : opens the command line"
    );
    press(&mut a, "Esc");
    // A letter, `+` or `-` is still less's option, taken whole.
    for (keys, option) in [("- i", "i"), ("- +", "+"), ("- -", "-")] {
        press(&mut a, keys);
        assert!(!a.should_quit(), "{keys}");
        assert_eq!(
            a.flash(),
            Some(format!("-{option}: a less option qari does not have").as_str()),
            "{keys}"
        );
    }
    assert_eq!(top_line(&a), 2, "no option moved the view");
    press(&mut a, "- C-c");
    assert!(a.should_quit(), "- C-c quits");
    // So does `- q`: a `-` typed by mistake keeps no one in the reader.
    let mut a = app(numbered(300), 80, 12);
    press(&mut a, "- q");
    assert!(a.should_quit(), "- q quits");
}

#[test]
fn zz_quits() {
    let mut a = app(numbered(30), 80, 12);
    press(&mut a, "Z");
    assert!(!a.should_quit());
    press(&mut a, "Z");
    assert!(a.should_quit());
    assert_eq!(a.file_step(), None);
}
