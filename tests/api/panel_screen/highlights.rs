//! The highlights of recognised names and quotes, cell by cell: each kind's
//! cue with and without colour, across line breaks and bidi runs.

use super::*;

#[test]
fn highlights_carry_the_kind_cue_with_and_without_colour() {
    let mut a = sample(60, 8);
    let terminal = draw(&a);
    let buf = terminal.backend().buffer();
    let paris = spans(TEXT, "Paris", 3);
    let cells = assert_highlight(&a, buf, &paris, Kind::Location);
    assert_eq!(cells.len(), 5);
    let (x, y) = cells[0];
    assert_eq!(buf[(x, y)].fg, theme::Theme::dark().location);
    // Bob is a person: bold, not underlined.
    let bob = &buf[(10, 0)];
    assert_eq!(bob.symbol(), "B");
    assert!(bob.modifier.contains(Modifier::BOLD) && !bob.modifier.contains(Modifier::UNDERLINED));
    a.set_colors(false);
    let terminal = draw(&a);
    let buf = terminal.backend().buffer();
    assert_highlight(&a, buf, &paris, Kind::Location);
    for x in 0..60 {
        for y in 0..8 {
            assert_eq!(buf[(x, y)].fg, Color::Reset, "no colour at ({x},{y})");
        }
    }
}

#[test]
fn a_highlight_follows_a_name_across_a_line_break() {
    let text = "The talks with Nursultan Nazarbayev ended late.\n";
    let a = app_with(
        text,
        &[(
            Kind::Person,
            "Nursultan Nazarbayev",
            &[("Nursultan Nazarbayev", 0)],
            None,
        )],
        30,
        5,
    );
    let terminal = draw(&a);
    let buf = terminal.backend().buffer();
    assert_eq!(row(buf, 0).trim_end(), "The talks with Nursultan");
    let start = find(text, "Nursultan", 0);
    let cells = assert_highlight(&a, buf, &[start..start + 20], Kind::Person);
    let rows: Vec<u16> = cells.iter().map(|&(_, y)| y).collect();
    assert_eq!(rows.iter().filter(|&&y| y == 0).count(), 9, "Nursultan");
    assert_eq!(rows.iter().filter(|&&y| y == 1).count(), 10, "Nazarbayev");
    assert_eq!(cells[9], (0, 1), "continues at the next line's start");
}

#[test]
fn highlights_in_a_right_to_left_line_with_latin_digits_and_harakat() {
    // "Muhammad (with harakat) told the BBC in 2022 that Joe Biden will visit."
    let text = "قالَ مُحَمَّدٌ لـ BBC في 2022 إنَّ Joe Biden سيزور\n";
    let name = "مُحَمَّدٌ";
    let mut a = app_with(
        text,
        &[
            (Kind::Person, name, &[(name, 0)], None),
            (Kind::Organization, "BBC", &[("BBC", 0)], None),
            (Kind::Date, "2022", &[("2022", 0)], None),
            (Kind::Person, "Joe Biden", &[("Joe Biden", 0)], None),
        ],
        80,
        4,
    );
    let terminal = draw(&a);
    let buf = terminal.backend().buffer();
    let at = find(text, name, 0);
    let span = at..at + name.chars().count();
    let joe = find(text, "Joe Biden", 0);
    let cells = assert_highlight(&a, buf, &[span, joe..joe + 9], Kind::Person);
    // Four letters, each with its harakat in the same cell.
    assert_eq!(cells.len(), 4);
    let symbols: Vec<&str> = cells.iter().map(|&(x, y)| buf[(x, y)].symbol()).collect();
    assert!(
        symbols.contains(&"\u{645}\u{64F}"),
        "meem with damma: {symbols:?}"
    );
    assert!(
        symbols.contains(&"\u{645}\u{64E}\u{651}"),
        "meem with fatha and shadda: {symbols:?}"
    );
    // Joe Biden is a person too: the span is found by offsets, not columns.
    let latin: Vec<(u16, u16)> = drawn_cells(&a)
        .into_iter()
        .filter(|(_, _, c)| c.start >= joe && c.end <= joe + 9)
        .map(|(x, y, _)| (x, y))
        .collect();
    assert_eq!(latin.len(), 9);
    assert!(latin
        .iter()
        .all(|&p| buf[p].modifier.contains(Modifier::BOLD)));
    let text_at = |p: &[(u16, u16)]| p.iter().map(|&q| buf[q].symbol()).collect::<String>();
    assert_eq!(text_at(&latin), "Joe Biden", "Latin stays left to right");
    let digits = find(text, "2022", 0);
    let date: Vec<(u16, u16)> = drawn_cells(&a)
        .into_iter()
        .filter(|(_, _, c)| c.start >= digits && c.end <= digits + 4)
        .map(|(x, y, _)| (x, y))
        .collect();
    assert_eq!(text_at(&date), "2022");
    assert!(date.iter().all(|&p| buf[p]
        .modifier
        .contains(a.theme().kind_style(Kind::Date).add_modifier)));

    // A span starting on a haraka still styles the whole letter's cell.
    let mark_only = Recognition {
        mentions: vec![Mention {
            kind: Kind::Location,
            span: at + 1..at + 2,
            entity: 0,
            speaker: None,
        }],
        entities: vec![Entity {
            kind: Kind::Location,
            name: "x".into(),
            mentions: vec![0],
        }],
    };
    a.set_recognition(mark_only);
    let terminal = draw(&a);
    let buf = terminal.backend().buffer();
    let styled = assert_highlight(&a, buf, &[at..at + 2], Kind::Location);
    assert_eq!(styled.len(), 1);
    assert_eq!(buf[styled[0]].symbol(), "\u{645}\u{64F}");
}
