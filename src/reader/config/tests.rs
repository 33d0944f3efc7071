//! The shipped configuration is exactly the defaults and lists every action;
//! settings and key tables are read over the defaults.

use super::*;

fn parse(text: &str) -> Result<Config, ConfigError> {
    Config::parse(text, "config.toml")
}

#[test]
fn the_shipped_file_is_exactly_the_defaults() {
    assert_eq!(
        parse(DEFAULT_CONFIG).expect("default parses"),
        Config::default()
    );
}

#[test]
fn the_shipped_file_lists_every_action_and_default_binding() {
    for action in Action::ALL {
        let line = format!("#   {:<21} {}", action.name(), action.description());
        assert!(DEFAULT_CONFIG.lines().any(|l| l == line), "missing: {line}");
    }
    // Each default binding, commented out under its mode's table.
    for (mode, keys, action) in crate::reader::keymap::DEFAULT_KEYS {
        let header = format!("[{}]", mode.table());
        let section = DEFAULT_CONFIG
            .split_once(&format!("\n{header}\n"))
            .map(|(_, rest)| rest.split("\n[").next().unwrap_or(""))
            .expect("section");
        let line = format!("# {keys:?} = \"{}\"", action.name());
        assert!(section.lines().any(|l| l == line), "{header} {line}");
    }
    // The commented-out bindings parse as they are written.
    let uncommented: String = DEFAULT_CONFIG
        .lines()
        .map(|l| match l.strip_prefix("# \"") {
            Some(rest) if l.contains("\" = \"") => format!("\"{rest}\n"),
            _ => format!("{l}\n"),
        })
        .collect();
    let config = parse(&uncommented).expect("uncommented defaults parse");
    assert_eq!(
        config.keys.bindings.len(),
        crate::reader::keymap::DEFAULT_KEYS.len()
    );
}

/// The end of the shipped file as the action table makes it: the actions
/// with their descriptions, then each mode's default bindings, commented out.
fn key_sections_from_the_table() -> String {
    let mut out = String::from("# The actions:\n");
    for action in Action::ALL {
        out += &format!("#   {:<21} {}\n", action.name(), action.description());
    }
    out += "#\n# The default bindings:\n";
    for (i, mode) in Mode::ALL.into_iter().enumerate() {
        let header = format!("[{}]", mode.table());
        if i > 0 {
            out.push('\n');
        }
        out += &format!("{header}\n");
        for (m, keys, action) in crate::reader::keymap::DEFAULT_KEYS {
            if m == mode {
                out += &format!("# {keys:?} = \"{}\"\n", action.name());
            }
        }
    }
    out
}

#[test]
fn the_shipped_key_sections_are_the_action_table() {
    let expected = key_sections_from_the_table();
    let start = DEFAULT_CONFIG.find("# The actions:\n").expect("actions");
    // Compared line by line so a failure names the first line that differs.
    for (n, (file, table)) in DEFAULT_CONFIG[start..]
        .lines()
        .zip(expected.lines())
        .enumerate()
    {
        assert_eq!(file, table, "assets/config.toml, line {n} of the actions");
    }
    assert_eq!(&DEFAULT_CONFIG[start..], expected);
}

#[test]
fn an_empty_file_is_the_defaults() {
    assert_eq!(parse("").expect("empty"), Config::default());
}

#[test]
fn settings_are_read() {
    let config = parse(
        "theme = \"light\"\nmouse = false\n[text]\nwidth = 60\nmargin = 3\njustify = true\n\
             shape = \"off\"\ndirection = \"rtl\"\nparagraph_direction = \"most-letters\"\n[panel]\nside = \"left\"\nwidth = 50\n\
             [colors]\nperson = \"#FF8800\"\nstatus_bar = \"blue\"\n",
    )
    .expect("valid");
    assert_eq!(config.theme, ThemeName::Light);
    assert!(!config.mouse);
    assert_eq!(
        config.text,
        TextSettings {
            width: 60,
            margin: 3,
            justify: true,
            shape: Shaping::Off,
            direction: DirectionSetting::Rtl,
            paragraph_direction: ParagraphDirection::MostLetters,
        }
    );
    assert_eq!(config.panel.side, SideSetting::Left);
    assert_eq!(config.panel.width, 50);
    assert_eq!(config.colors.person, Some(ColorSpec::Rgb(0xff, 0x88, 0)));
    assert_eq!(config.colors.status_bar, Some(ColorSpec::Named(4)));
    assert_eq!(config.colors.date, None);
}

#[test]
fn key_tables_bind_and_unbind_over_the_defaults() {
    use crate::reader::keymap::Lookup;
    let config = parse(
        "[keys]\n\"g g\" = \"top\"\ng = \"none\"\n\"C-j\" = \"line-down\"\n\
             [keys.panel]\nx = \"delete-note\"\n[keys.select]\n\"A-w\" = \"select-word-forward\"\n",
    )
    .expect("valid");
    assert_eq!(config.keys.bindings.len(), 5);
    let map = config.keymap();
    let key = |s: &str| s.parse::<crate::reader::keymap::Key>().expect("key");
    assert_eq!(map.lookup(Mode::Reader, &[key("g")]), Lookup::Prefix);
    assert_eq!(
        map.lookup(Mode::Reader, &[key("g"), key("g")]),
        Lookup::Action(Action::Top)
    );
    assert_eq!(map.action(&key("C-j")), Some(Action::LineDown));
    assert_eq!(
        map.lookup(Mode::Panel, &[key("x")]),
        Lookup::Action(Action::DeleteNote)
    );
    assert_eq!(map.lookup(Mode::Reader, &[key("x")]), Lookup::Unbound);
    assert_eq!(
        map.lookup(Mode::Select, &[key("A-w")]),
        Lookup::Action(Action::SelectWordForward)
    );
    // Keys not mentioned keep their default meaning.
    assert_eq!(map.action(&key("j")), Some(Action::LineDown));
}

#[test]
fn a_sequence_takes_its_first_key_from_the_defaults() {
    use crate::reader::keymap::Lookup;
    let key = |s: &str| s.parse::<crate::reader::keymap::Key>().expect("key");
    // `g` is "top" by default; `"g g"` alone is enough to rebind it.
    let config = parse("[keys]\n\"g g\" = \"top\"\n\"d d\" = \"quit\"\n")
        .expect("a sequence over a default key is valid");
    let map = config.keymap();
    assert_eq!(map.lookup(Mode::Reader, &[key("g")]), Lookup::Prefix);
    assert_eq!(
        map.lookup(Mode::Reader, &[key("g"), key("g")]),
        Lookup::Action(Action::Top)
    );
    assert_eq!(
        map.lookup(Mode::Reader, &[key("d"), key("d")]),
        Lookup::Action(Action::Quit)
    );
    // Other default keys of the same actions stay.
    assert_eq!(map.action(&key("Home")), Some(Action::Top));
    assert_eq!(map.action(&key("C-d")), Some(Action::HalfPageDown));
    // A first key the file binds itself still makes the sequence an error.
    let err = parse("[keys]\ng = \"bottom\"\n\"g g\" = \"top\"\n").expect_err("shadowed");
    assert_eq!((err.line, err.column), (3, 1));
}

#[test]
fn direction_setting_overrides_only_when_set() {
    assert_eq!(
        DirectionSetting::Auto.resolve(Direction::Rtl),
        Direction::Rtl
    );
    assert_eq!(
        DirectionSetting::Ltr.resolve(Direction::Rtl),
        Direction::Ltr
    );
    assert_eq!(
        DirectionSetting::Rtl.resolve(Direction::Ltr),
        Direction::Rtl
    );
}

#[test]
fn terminal_bidi_and_the_auto_theme_are_read() {
    use crate::core::terminal::BidiSetting;
    let config = parse("theme = \"auto\"\nterminal_bidi = \"terminal\"\n").expect("valid");
    assert_eq!(config.theme, ThemeName::Auto);
    assert_eq!(config.terminal_bidi, BidiSetting::Terminal);
    assert_eq!(Config::default().terminal_bidi, BidiSetting::Auto);
    let err = parse("terminal_bidi = \"konsole\"\n").expect_err("not a setting");
    let said = err.to_string();
    assert!(
        said.contains("terminal_bidi") && said.contains("qari"),
        "{said}"
    );
}

fn skipping(text: &str) -> (Option<Config>, Vec<ConfigError>) {
    Config::parse_skipping(text, "config.toml")
}

#[test]
fn a_mistake_in_one_setting_leaves_the_others_in_force() {
    let text = "theme = \"light\"\nmous = false\n[text]\nwidth = 5000\nmargin = 4\n\
                [keys]\n\"C-Nope\" = \"top\"\n\"J\" = \"line-down\"\n";
    let (config, mistakes) = skipping(text);
    let config = config.expect("the rest is used");
    assert_eq!(config.theme, ThemeName::Light);
    assert_eq!(config.text.margin, 4);
    // The bad ones keep their defaults.
    assert_eq!(config.text.width, DEFAULT_COLUMN);
    assert!(config.mouse);
    assert_eq!(config.keys.bindings.len(), 1);
    let places: Vec<usize> = mistakes.iter().map(|m| m.line).collect();
    assert_eq!(places, [2, 4, 7], "{mistakes:?}");
    // A good file has none.
    assert_eq!(skipping("theme = \"dark\"\n").1, Vec::new());
}

#[test]
fn a_misspelt_table_is_left_out_whole_not_merged_into_the_one_before() {
    // Were only the header blanked, `width = 30` would set the text's width.
    let (config, mistakes) =
        skipping("[text]\nmargin = 2\n[panle]\nwidth = 30\n[panel]\nside = \"left\"\n");
    let config = config.expect("the rest is used");
    assert_eq!(config.text.width, DEFAULT_COLUMN);
    assert_eq!(config.text.margin, 2);
    assert_eq!(config.panel.side, SideSetting::Left);
    assert_eq!(mistakes.len(), 1, "{mistakes:?}");
    assert_eq!(mistakes[0].line, 3);
}

#[test]
fn a_value_of_the_wrong_type_is_one_setting_left_out() {
    // toml says "wanted string or table" for a number where a theme's name
    // goes: the file is TOML all the same, and only that setting is wrong.
    let (config, mistakes) = skipping("theme = 5\n[text]\nshape = \"on\"\n");
    let config = config.expect("the other settings apply");
    assert_eq!(config.text.shape, Shaping::On);
    assert_eq!(mistakes.len(), 1, "{mistakes:?}");
    assert!(
        matches!(&mistakes[0].kind, ConfigErrorKind::BadValue { key, .. } if key == "theme"),
        "{mistakes:?}"
    );
}

#[test]
fn text_that_is_not_toml_gives_the_defaults_and_its_first_mistake() {
    let (config, mistakes) = skipping("theme = \"light\"\n[text\nwidth = 60\n");
    assert_eq!(config, None);
    assert_eq!(mistakes.len(), 1);
    assert!(matches!(mistakes[0].kind, ConfigErrorKind::Syntax(_)));
    // A bad value over several lines cannot be left out alone: the
    // mistake named is the value's, not the syntax its removal leaves.
    let (config, mistakes) = skipping("[text]\nwidth = [\n1,\n2]\nmargin = 3\n");
    assert_eq!(config, None);
    assert_eq!(mistakes.len(), 1);
    assert_eq!(mistakes[0].line, 2);
    assert!(!matches!(mistakes[0].kind, ConfigErrorKind::Syntax(_)));
}
