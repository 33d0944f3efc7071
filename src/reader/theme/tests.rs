//! The themes held to what they promise: configured colours over them, cues
//! without colour, and contrast on the backgrounds they are made for.

use super::*;
use crate::core::color::contrast;

/// Terminals' default backgrounds: black, VS Code's, Tango's, Ubuntu's
/// aubergine, One Dark's; white, Solarized light, light greys.
const DARK_BACKGROUNDS: [(u8, u8, u8); 5] = [
    (0, 0, 0),
    (0x1e, 0x1e, 0x1e),
    (0x2e, 0x34, 0x36),
    (0x30, 0x0a, 0x24),
    (0x28, 0x2c, 0x34),
];
const LIGHT_BACKGROUNDS: [(u8, u8, u8); 4] = [
    (0xff, 0xff, 0xff),
    (0xfd, 0xf6, 0xe3),
    (0xf0, 0xf0, 0xf0),
    (0xee, 0xee, 0xec),
];

#[test]
fn every_entity_colour_reads_on_its_themes_backgrounds() {
    for (theme, backgrounds) in [
        (Theme::dark(), &DARK_BACKGROUNDS[..]),
        (Theme::light(), &LIGHT_BACKGROUNDS[..]),
    ] {
        for color in Kind::ALL
            .map(|k| theme.color(k))
            .into_iter()
            .chain([theme.warning])
        {
            let Color::Rgb(r, g, b) = color else {
                panic!("{color:?} depends on the terminal's palette");
            };
            for &bg in backgrounds {
                let ratio = contrast((r, g, b), bg);
                assert!(ratio >= 4.5, "{color:?} on {bg:?}: {ratio:.2}");
            }
        }
    }
    assert!((contrast((0, 0, 0), (255, 255, 255)) - 21.0).abs() < 1e-9);
}

#[test]
fn quotes_are_not_italic_where_the_terminal_cannot_draw_it() {
    let konsole = Theme {
        italic: false,
        ..Theme::dark()
    };
    let quote = konsole.kind_style(Kind::Quote);
    assert!(!quote.add_modifier.contains(Modifier::ITALIC));
    assert_eq!(quote.fg, Some(Theme::dark().quote));
    let plain = Theme {
        colors: false,
        ..konsole
    };
    assert!(plain
        .kind_style(Kind::Quote)
        .add_modifier
        .contains(Modifier::DIM));
    assert!(Theme::dark()
        .kind_style(Kind::Quote)
        .add_modifier
        .contains(Modifier::ITALIC));
}

#[test]
fn coloured_dates_are_not_dimmed() {
    let style = Theme::light().kind_style(Kind::Date);
    assert!(!style.add_modifier.contains(Modifier::DIM));
    assert!(style.add_modifier.contains(Modifier::UNDERLINED));
    let plain = Theme::from_config(&Config::default(), false).kind_style(Kind::Date);
    assert!(plain.add_modifier.contains(Modifier::DIM));
}

#[test]
fn configured_colours_go_over_the_theme() {
    let mut config = Config {
        theme: ThemeName::Light,
        ..Config::default()
    };
    config.colors.person = Some(ColorSpec::Rgb(1, 2, 3));
    config.colors.status_bar = Some(ColorSpec::Named(4));
    let theme = Theme::from_config(&config, true);
    assert_eq!(theme.person, Color::Rgb(1, 2, 3));
    assert_eq!(theme.location, Theme::light().location);
    assert_eq!(
        theme.status_bar(),
        Style::default().bg(Color::Blue).fg(Color::Reset)
    );
}

#[test]
fn without_colours_only_the_cues_remain() {
    let theme = Theme::from_config(&Config::default(), false);
    for kind in Kind::ALL {
        let style = theme.kind_style(kind);
        assert_eq!(style.fg, None);
        assert!(style.add_modifier.contains(cue(kind)));
    }
    let hit = Decor {
        hit: true,
        ..Decor::default()
    };
    assert_eq!(theme.decor_style(&hit, true).bg, None);
    assert!(theme
        .decor_style(&hit, true)
        .add_modifier
        .contains(Modifier::REVERSED));
    assert!(theme.status_bar().add_modifier.contains(Modifier::REVERSED));
}

#[test]
fn the_colours_the_default_file_shows_are_the_dark_themes() {
    // Uncomment the example lines of [colors] and read them.
    let colors = crate::reader::config::DEFAULT_CONFIG
        .split_once("\n[colors]\n")
        .and_then(|(_, rest)| rest.split("\n[").next())
        .expect("a [colors] section");
    let text: String = std::iter::once("[colors]\n".to_string())
        .chain(colors.lines().filter_map(|l| {
            let line = l.strip_prefix("# ")?;
            let key = line.split(" = ").next()?;
            let is_key = !key.is_empty()
                && key.bytes().all(|b| b.is_ascii_lowercase() || b == b'_')
                && !key.starts_with("status_")
                && key != "panel_border";
            is_key.then(|| format!("{line}\n"))
        }))
        .collect();
    let config = Config::parse(&text, "colors").expect("example colours parse");
    assert_eq!(config.colors.person, Some(ColorSpec::Rgb(0x5f, 0xd7, 0xff)));
    assert_eq!(Theme::from_config(&config, true), Theme::dark());
}

#[test]
fn an_annotated_cell_without_colour_has_no_kind_cue() {
    let theme = Theme::from_config(&Config::default(), false);
    let noted = Decor {
        annotated: true,
        ..Decor::default()
    };
    // With the gutter bar the cells carry nothing; without it they are
    // struck through, which no kind, hit or selection uses.
    assert_eq!(theme.decor_style(&noted, true), Style::default());
    let struck = theme.decor_style(&noted, false).add_modifier;
    assert_eq!(struck, Modifier::CROSSED_OUT);
    for kind in Kind::ALL {
        assert!(!cue(kind).intersects(struck), "{kind:?}");
    }
    let coloured = Theme::dark().decor_style(&noted, true);
    assert_eq!(coloured.underline_color, Some(Theme::dark().note));
}

#[test]
fn the_two_themes_differ_for_every_kind() {
    let (dark, light) = (Theme::dark(), Theme::light());
    for kind in Kind::ALL {
        assert_ne!(dark.color(kind), light.color(kind), "{kind:?}");
    }
}
