//! What `qari render` prints: widths, colour and shaping resolved from the
//! arguments, the terminal and the configuration; right-aligned right-to-left
//! lines, justification, and the errors of bad input and failed writes.

use super::*;
use crate::core::document::INVALID_UTF8_WARNING;
use crate::core::terminal::Shaping;
use crate::reader::config::DirectionSetting;
use crate::shell::cli::{BidiOption, EncodingOption};
use qari_layout::Direction;

fn opts(width: Option<usize>) -> RenderOptions {
    RenderOptions {
        width,
        shape: false,
        color: false,
        tab_width: 8,
        direction: None,
        base: qari_layout::BaseDirection::FirstLetter,
        justify: false,
        strategy: Strategy::Qari,
    }
}

#[test]
fn justify_fills_wrapped_lines_but_not_a_paragraph_s_last() {
    let justified = RenderOptions {
        justify: true,
        ..opts(Some(9))
    };
    let (out, _) = rendered(b"aa bb cc dd ee\n", &justified);
    assert_eq!(out, "aa  bb cc\ndd ee\n");
    let (plain, _) = rendered(b"aa bb cc dd ee\n", &opts(Some(9)));
    assert_eq!(plain, "aa bb cc\ndd ee\n");
    // Right-to-left lines fill to both edges too: the first line spans
    // the width, the last is right-aligned.
    let arabic = "\u{628}\u{628} \u{62A}\u{62A} \u{62B}\u{62B} \u{62C}\u{62C}\n";
    let (out, _) = rendered(arabic.as_bytes(), &justified);
    let lines: Vec<&str> = out.lines().collect();
    assert_eq!(lines.len(), 2, "{out:?}");
    assert_eq!(lines[0].chars().count(), 9, "{out:?}");
    assert!(lines[0].contains("  "), "{out:?}");
    assert_eq!(lines[1].chars().count(), 9, "{out:?}");
    assert!(lines[1].starts_with(' '), "{out:?}");
}

fn rendered(bytes: &[u8], opts: &RenderOptions) -> (String, Vec<String>) {
    let mut out = Vec::new();
    let mut warnings = Vec::new();
    render(bytes, &mut out, opts, |w| warnings.push(w.to_string())).expect("renders");
    (String::from_utf8(out).expect("utf-8"), warnings)
}

fn args(width: Option<usize>, no_wrap: bool, color: ColorArg) -> RenderArgs {
    RenderArgs {
        file: None,
        width,
        no_wrap,
        shape: Some(Shaping::Off),
        paragraph_direction: None,
        color,
        from: None,
        input: EncodingOption::default(),
        terminal: BidiOption::default(),
    }
}

const PIPE: OutputFacts = OutputFacts {
    is_terminal: false,
    terminal_width: Some(120),
    no_color: false,
    strategy: Strategy::Qari,
    terminal_shapes: true,
};
const TTY: OutputFacts = OutputFacts {
    is_terminal: true,
    terminal_width: Some(120),
    no_color: false,
    strategy: Strategy::Qari,
    terminal_shapes: false,
};

#[test]
fn a_reordering_terminal_gets_each_line_in_the_order_it_turns_into_the_layout() {
    // "مرحبا بالعالم." in a right-to-left paragraph, at width 20.
    let text =
        "\u{645}\u{631}\u{62d}\u{628}\u{627} \u{628}\u{627}\u{644}\u{639}\u{627}\u{644}\u{645}.\n";
    let (visual, _) = rendered(text.as_bytes(), &opts(Some(20)));
    let reorders = RenderOptions {
        strategy: Strategy::Reorders,
        ..opts(Some(20))
    };
    let (sent, _) = rendered(text.as_bytes(), &reorders);
    // Padding and the period stay where the layout put them (left); the
    // letters go in logical order for the terminal to reverse.
    let padding = " ".repeat(6);
    assert_eq!(visual, format!("{padding}.\u{645}\u{644}\u{627}\u{639}\u{644}\u{627}\u{628} \u{627}\u{628}\u{62d}\u{631}\u{645}\n"));
    assert_eq!(sent, format!("{padding}.{}\n", &text[..text.len() - 2]));
    // mlterm's printed lines: logical, unpadded, after a right-to-left mark.
    let logical = RenderOptions {
        strategy: Strategy::Logical,
        ..opts(Some(20))
    };
    let (sent, _) = rendered(text.as_bytes(), &logical);
    assert_eq!(sent, format!("\u{200f}{text}"));
    // Brackets go out as written: mlterm mirrors them itself.
    let said = "\u{642}\u{627}\u{644} (Tokayev) \u{00ab}\u{646}\u{639}\u{645}\u{00bb}\n";
    let (sent, _) = rendered(said.as_bytes(), &logical);
    assert_eq!(sent, format!("\u{200f}{said}"));
    // Latin lines are the same in every strategy.
    let (latin, _) = rendered(b"plain text\n", &reorders);
    assert_eq!(latin, "plain text\n");
}

#[test]
fn width_comes_from_the_argument_the_terminal_or_80() {
    let w = |a: RenderArgs, f| RenderOptions::resolve(&a, &Config::default(), f).width;
    assert_eq!(w(args(Some(33), false, ColorArg::Auto), TTY), Some(33));
    assert_eq!(w(args(None, false, ColorArg::Auto), TTY), Some(120));
    assert_eq!(w(args(None, false, ColorArg::Auto), PIPE), Some(80));
    let silent = OutputFacts {
        terminal_width: None,
        ..TTY
    };
    assert_eq!(w(args(None, false, ColorArg::Auto), silent), Some(80));
    assert_eq!(w(args(None, true, ColorArg::Auto), TTY), None);
}

#[test]
fn colour_follows_the_argument_terminal_and_no_color() {
    let c = |a: RenderArgs, f| RenderOptions::resolve(&a, &Config::default(), f).color;
    assert!(c(args(None, false, ColorArg::Auto), TTY));
    assert!(!c(args(None, false, ColorArg::Auto), PIPE));
    let no_color = OutputFacts {
        no_color: true,
        ..TTY
    };
    assert!(!c(args(None, false, ColorArg::Auto), no_color));
    assert!(c(args(None, false, ColorArg::Always), no_color));
    assert!(!c(args(None, false, ColorArg::Never), TTY));
}

#[test]
fn the_configuration_gives_shaping_and_direction_and_the_flag_wins() {
    let mut config = Config::default();
    config.text.shape = Shaping::On;
    config.text.direction = DirectionSetting::Rtl;
    let mut a = args(None, false, ColorArg::Auto);
    a.shape = None;
    let o = RenderOptions::resolve(&a, &config, PIPE);
    assert!(o.shape);
    assert_eq!(o.direction, Some(Direction::Rtl));
    a.shape = Some(Shaping::Off);
    assert!(!RenderOptions::resolve(&a, &config, PIPE).shape);
    assert_eq!(
        RenderOptions::resolve(&a, &Config::default(), PIPE).direction,
        None
    );
    // A fixed direction right-aligns a neutral line in a Latin document.
    let fixed = RenderOptions {
        direction: Some(Direction::Rtl),
        ..opts(Some(6))
    };
    let (out, _) = rendered(b"12\nabc\n", &fixed);
    assert_eq!(out, "    12\nabc\n");
}

#[test]
fn ltr_lines_are_not_padded_and_empty_lines_stay() {
    let (out, warnings) = rendered(b"abc\n\nde  \n", &opts(Some(10)));
    assert_eq!(out, "abc\n\nde\n");
    assert!(warnings.is_empty());
    assert_eq!(rendered(b"", &opts(Some(10))).0, "");
}

#[test]
fn rtl_lines_are_right_aligned_by_their_width() {
    let (out, _) = rendered("سلام\n".as_bytes(), &opts(Some(10)));
    let pad = out.len() - out.trim_start().len();
    assert_eq!(pad, 6);
    let (out, _) = rendered("سلام\n".as_bytes(), &opts(None));
    assert!(!out.starts_with(' '));
}

#[test]
fn leading_neutral_lines_take_the_direction_found_later() {
    // Padding only: the glyph order of the Arabic line is the layout's business.
    let (out, _) = rendered("12\n\nسلام\n34\n".as_bytes(), &opts(Some(6)));
    let pads: Vec<usize> = out
        .lines()
        .map(|l| l.len() - l.trim_start().len())
        .collect();
    assert_eq!(pads, [4, 0, 2, 4]);
    let (out, _) = rendered(b"12\nabc\n34\n", &opts(Some(6)));
    assert_eq!(out, "12\nabc\n34\n");
    let (out, _) = rendered(b"12\n34\n", &opts(Some(6)));
    assert_eq!(out, "12\n34\n");
}

#[test]
fn invalid_utf8_warns_once() {
    let (out, warnings) = rendered(b"a\xFF\nb\xFE\n", &opts(None));
    assert_eq!(out, "a\u{FFFD}\nb\u{FFFD}\n");
    assert_eq!(warnings, [INVALID_UTF8_WARNING]);
}

#[test]
fn nul_stops_with_the_binary_error() {
    let mut out = Vec::new();
    let err = render(&b"ok\na\0"[..], &mut out, &opts(None), |_| {}).expect_err("binary");
    assert!(err
        .to_string()
        .contains("binary data (NUL or control byte at offset 4)"));
}

#[test]
fn colour_marks_replacement_characters() {
    let colored = RenderOptions {
        color: true,
        ..opts(None)
    };
    let (out, _) = rendered(b"a\xFFb\n", &colored);
    assert_eq!(out, "a\x1b[7m\u{FFFD}\x1b[0mb\n");
}

#[test]
fn write_errors_are_reported_as_writes() {
    struct Closed;
    impl Write for Closed {
        fn write(&mut self, _: &[u8]) -> io::Result<usize> {
            Err(io::ErrorKind::BrokenPipe.into())
        }
        fn flush(&mut self) -> io::Result<()> {
            Ok(())
        }
    }
    let err = render(&b"abc\n"[..], &mut Closed, &opts(None), |_| {}).expect_err("closed");
    assert!(matches!(err, RenderError::Write(e) if e.kind() == io::ErrorKind::BrokenPipe));
}
