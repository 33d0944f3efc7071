//! Key names parse and print back, the default table has no clashes, and
//! lookups find actions, prefixes and fall-throughs between the modes.

use super::*;

fn key(s: &str) -> Key {
    s.parse().expect("key parses")
}

#[test]
fn key_strings_parse() {
    assert_eq!(key("j"), Key::plain(KeyCode::Char('j')));
    assert_eq!(key("G"), Key::plain(KeyCode::Char('G')));
    assert_eq!(key("?"), Key::plain(KeyCode::Char('?')));
    assert_eq!(key("-"), Key::plain(KeyCode::Char('-')));
    assert_eq!(key("C-f"), Key::ctrl('f'));
    assert_eq!(key("Space"), Key::plain(KeyCode::Char(' ')));
    assert_eq!(key("PageDown"), Key::plain(KeyCode::PageDown));
    assert_eq!(key("WheelUp"), Key::plain(KeyCode::WheelUp));
    let alt_ctrl = key("C-A-x");
    assert!(alt_ctrl.ctrl && alt_ctrl.alt);
    assert_eq!(alt_ctrl.code, KeyCode::Char('x'));
}

#[test]
fn names_ignore_case_and_control_ignores_shift() {
    assert_eq!(key("space"), key("Space"));
    assert_eq!(key("ESC"), key("Esc"));
    assert_eq!(key("C-pagedown"), key("C-PageDown"));
    // What a terminal sends for Control-Shift-d is Control-d.
    assert_eq!(key("C-D"), Key::ctrl('d'));
    assert_eq!(key("C-A-X"), key("C-A-x"));
    // Without Control, case is the key: G is not g.
    assert_ne!(key("G"), key("g"));
    assert_eq!(key("A-G").code, KeyCode::Char('G'));
}

#[test]
fn bad_key_strings_are_errors() {
    assert_eq!("".parse::<Key>(), Err(KeyParseError::Empty));
    assert!(matches!(
        "PgDown".parse::<Key>(),
        Err(KeyParseError::Unknown(s)) if s == "PgDown"
    ));
    assert!("C-".parse::<Key>().is_err());
    assert!("C-Nope".parse::<Key>().is_err());
}

#[test]
fn keys_print_as_they_parse() {
    // A default may be a sequence (`Z Z`, less's quit).
    for (_, s, _) in DEFAULT_KEYS {
        let seq: KeySeq = s.parse().expect("keys parse");
        assert_eq!(seq.to_string(), s);
    }
    assert_eq!(Key::plain(KeyCode::Char(' ')).to_string(), "Space");
}

#[test]
fn default_table_parses_completely_and_has_no_duplicate_keys() {
    let map = Keymap::default();
    assert_eq!(map.bindings.len(), DEFAULT_KEYS.len());
    for (i, (m, k, _)) in map.bindings.iter().enumerate() {
        assert!(
            !map.bindings[i + 1..]
                .iter()
                .any(|(n, o, _)| n == m && o == k),
            "{k} bound twice in {m:?}"
        );
    }
}

#[test]
fn default_keys_follow_less_and_vim() {
    let map = Keymap::default();
    let cases = [
        ("j", Action::LineDown),
        ("k", Action::LineUp),
        ("Down", Action::LineDown),
        ("Up", Action::LineUp),
        ("Space", Action::PageDown),
        ("PageDown", Action::PageDown),
        ("C-f", Action::PageDown),
        ("b", Action::PageUp),
        ("PageUp", Action::PageUp),
        ("C-b", Action::PageUp),
        ("d", Action::HalfPageDown),
        ("u", Action::HalfPageUp),
        ("g", Action::Top),
        ("Home", Action::Top),
        ("G", Action::Bottom),
        ("End", Action::Bottom),
        ("?", Action::SearchBackward),
        ("h", Action::ToggleHelp),
        ("Esc", Action::CloseOverlay),
        ("q", Action::Quit),
        ("WheelDown", Action::WheelDown),
        ("C-e", Action::LineDown),
        ("y", Action::LineUp),
        ("e", Action::TogglePanel),
        ("Tab", Action::SwitchFocus),
        ("]", Action::NextMention),
        ("[", Action::PreviousMention),
        // What a less user presses by reflex does what less does.
        ("Enter", Action::LineDown),
        ("C-n", Action::LineDown),
        ("C-j", Action::LineDown),
        ("C-p", Action::LineUp),
        ("C-k", Action::LineUp),
        ("z", Action::WindowDown),
        ("w", Action::WindowUp),
        ("h", Action::ToggleHelp),
        ("H", Action::ToggleHelp),
        ("r", Action::Repaint),
        ("C-l", Action::Repaint),
        ("R", Action::Reread),
        ("=", Action::ShowPosition),
        ("C-g", Action::ShowPosition),
        ("F", Action::Follow),
        ("A-n", Action::NextItem),
        ("A-p", Action::PreviousItem),
    ];
    for (k, a) in cases {
        assert_eq!(map.action(&key(k)), Some(a), "{k}");
    }
    assert_eq!(map.action(&key("f")), None);
    assert_eq!(
        map.lookup(Mode::Reader, &[key("Z"), key("Z")]),
        Lookup::Action(Action::Quit)
    );
    // In the panel and the lists Enter opens the row.
    for mode in [Mode::Panel, Mode::List] {
        assert_eq!(
            map.lookup(mode, &[key("Enter")]),
            Lookup::Action(Action::JumpToEntity),
            "{mode:?}"
        );
        assert_eq!(
            map.lookup(mode, &[key("j")]),
            Lookup::Action(Action::LineDown)
        );
    }
}

#[test]
fn help_rows_come_from_the_table() {
    let rows = Keymap::default().help_rows();
    let page = rows
        .iter()
        .find(|(_, d)| *d == Action::PageDown.description())
        .expect("page down row");
    assert_eq!(page.0, "Space PageDown C-f");
    for action in Action::ALL {
        assert!(
            rows.iter().any(|(_, d)| *d == action.description()),
            "{action:?} has no key"
        );
    }
}

#[test]
fn help_lines_group_the_effective_bindings_by_mode() {
    let mut map = Keymap::default();
    map.bind(Mode::Panel, "x".parse().expect("seq"), Action::DeleteNote);
    map.unbind(Mode::Select, &"l".parse().expect("seq"));
    map.unbind(Mode::Reader, &"l".parse().expect("seq"));
    let lines = map.help_lines(crate::reader::messages::Interface::default());
    let headings: Vec<_> = lines
        .iter()
        .filter_map(|l| match l {
            HelpLine::Heading(h) => Some(*h),
            _ => None,
        })
        .collect();
    assert_eq!(
        headings,
        [
            "Reading",
            "In the panel",
            "In a list (a page's links, a feed's items)",
            "Selecting a passage"
        ]
    );
    let panel = lines
        .iter()
        .position(|l| *l == HelpLine::Heading("In the panel"))
        .expect("panel heading");
    assert!(lines[panel..].contains(&HelpLine::Row(
        "D x".into(),
        Action::DeleteNote.description()
    )));
    assert!(!lines
        .iter()
        .any(|l| matches!(l, HelpLine::Row(_, d) if *d == Action::Label.description())));
    assert_eq!(lines[panel - 1], HelpLine::Blank);
}

#[test]
fn sequences_wait_for_their_last_key() {
    let mut map = Keymap::default();
    map.bind(Mode::Reader, "g g".parse().expect("seq"), Action::Top);
    map.unbind(Mode::Reader, &"g".parse().expect("seq"));
    let g = key("g");
    assert_eq!(map.lookup(Mode::Reader, &[g]), Lookup::Prefix);
    assert_eq!(
        map.lookup(Mode::Reader, &[g, g]),
        Lookup::Action(Action::Top)
    );
    assert_eq!(map.lookup(Mode::Reader, &[g, key("x")]), Lookup::Unbound);
    assert_eq!("g  g".parse::<KeySeq>().expect("seq").to_string(), "g g");
    assert!("g C-".parse::<KeySeq>().is_err());
    assert!("".parse::<KeySeq>().is_err());
}

#[test]
fn mode_tables_override_the_reader_and_fall_through_to_it() {
    let map = Keymap::default();
    let j = [key("j")];
    assert_eq!(
        map.lookup(Mode::Select, &j),
        Lookup::Action(Action::SelectLineDown)
    );
    assert_eq!(
        map.lookup(Mode::Panel, &[key("u")]),
        Lookup::Action(Action::UndoDelete)
    );
    assert_eq!(
        map.lookup(Mode::Reader, &[key("u")]),
        Lookup::Action(Action::HalfPageUp)
    );
    assert_eq!(
        map.lookup(Mode::Select, &[key("q")]),
        Lookup::Action(Action::Quit)
    );
    assert_eq!(map.lookup(Mode::Select, &[key("f")]), Lookup::Unbound);
}
