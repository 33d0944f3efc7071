//! What qari decides for each terminal it may find, from the environment
//! and the answers it gets: the strategy, the switch, joining and the hints.

use super::*;

fn env<'a>(pairs: &'a [(&'a str, &'a str)]) -> impl Fn(&str) -> Option<String> + 'a {
    move |k| {
        pairs
            .iter()
            .find(|(n, _)| *n == k)
            .map(|(_, v)| (*v).to_string())
    }
}

fn auto(pairs: &[(&str, &str)], facts: &Facts) -> Profile {
    Profile::detect(env(pairs), facts, BidiSetting::Auto)
}

#[test]
fn vte_is_switched_to_explicit_and_joins_letters_itself() {
    let p = auto(
        &[("VTE_VERSION", "7006"), ("TERM", "xterm-256color")],
        &Facts::default(),
    );
    assert_eq!(p.emulator, Emulator::Vte);
    assert_eq!(
        (p.strategy, p.switch),
        (Strategy::Qari, Switch::VteExplicit)
    );
    assert!(!p.shape(Shaping::Auto));
    assert!(p.hint().is_none());
}

#[test]
fn mlterm_is_switched_off_and_qari_joins_letters() {
    for pairs in [
        &[("MLTERM", "3.9.3")][..],
        &[("TERM", "mlterm-256color")][..],
    ] {
        let p = auto(pairs, &Facts::default());
        assert_eq!((p.strategy, p.switch), (Strategy::Qari, Switch::MltermCtl));
        assert!(p.shape(Shaping::Auto));
        // Printed lines stay after the switch is undone: mlterm lays them out.
        let printing = p.for_printing();
        assert_eq!(
            (printing.strategy, printing.switch),
            (Strategy::Logical, Switch::None)
        );
        assert!(!printing.shape(Shaping::Auto));
    }
}

#[test]
fn konsole_and_apple_terminal_reorder_and_qari_says_how_to_stop_it() {
    let p = auto(
        &[("KONSOLE_VERSION", "221203"), ("TERM", "xterm-256color")],
        &Facts::default(),
    );
    // Konsole reorders but draws brackets as sent: `(لا)` came out `)لا(`.
    assert_eq!(
        (p.strategy, p.switch),
        (Strategy::ReordersUnmirrored, Switch::None)
    );
    assert!(p.strategy.reorders() && !p.strategy.mirrors());
    // Asked to let the terminal reorder, the same.
    let asked = Profile::detect(
        env(&[("KONSOLE_VERSION", "221203")]),
        &Facts::default(),
        BidiSetting::Terminal,
    );
    assert_eq!(asked.strategy, Strategy::ReordersUnmirrored);
    // qari joins the letters: Konsole splits lam-alef over two cells.
    assert!(p.shape(Shaping::Auto));
    // The status bar's hint fits a narrow bar; --print-terminal says it all.
    assert!(p
        .hint()
        .is_some_and(|h| h.contains("Bi-Directional") && h.chars().count() <= 72));
    assert!(p.describe().contains("note: Konsole reorders"));
    assert!(!p.draws_italic_arabic());
    assert!(p.describe().contains("--terminal-bidi qari"));
    let apple = auto(&[("TERM_PROGRAM", "Apple_Terminal")], &Facts::default());
    assert_eq!(apple.strategy, Strategy::Reorders);
    assert!(apple.strategy.mirrors());
}

#[test]
fn plain_terminals_draw_what_qari_sends_and_qari_joins_letters() {
    for (pairs, xtversion) in [
        (&[("TERM", "xterm-256color")][..], Some("XTerm(388)")),
        (&[("TERM_PROGRAM", "WezTerm")][..], None),
        (&[("TERM", "xterm-kitty")][..], Some("kitty(0.39.1)")),
        (&[][..], None),
    ] {
        let facts = Facts {
            xtversion: xtversion.map(str::to_string),
            ..Facts::default()
        };
        let p = auto(pairs, &facts);
        assert_eq!(
            (p.strategy, p.switch),
            (Strategy::Qari, Switch::None),
            "{pairs:?}"
        );
        assert!(p.shape(Shaping::Auto));
    }
}

#[test]
fn xtversion_names_a_terminal_whose_variables_did_not_come_through_ssh() {
    let facts = Facts {
        xtversion: Some("mlterm(3.9.3)".into()),
        ..Facts::default()
    };
    assert_eq!(
        auto(&[("TERM", "xterm")], &facts).emulator,
        Emulator::Mlterm
    );
    let konsole = Facts {
        xtversion: Some("Konsole 22.12.3".into()),
        ..Facts::default()
    };
    assert_eq!(
        auto(&[("TERM", "xterm")], &konsole).strategy,
        Strategy::ReordersUnmirrored
    );
}

#[test]
fn behind_tmux_passthrough_decides_between_switching_and_working_through() {
    let vte_tmux = [
        ("VTE_VERSION", "7006"),
        ("TMUX", "/tmp/tmux-0/default,9,0"),
        ("TERM", "tmux-256color"),
    ];
    let off = auto(
        &vte_tmux,
        &Facts {
            xtversion: Some("tmux 3.3a".into()),
            tmux_passthrough: Some("off".into()),
            ..Facts::default()
        },
    );
    assert_eq!(off.multiplexer, Some(Multiplexer::Tmux));
    assert_eq!(
        (off.strategy, off.switch),
        (Strategy::Reorders, Switch::None)
    );
    assert!(off.hint().is_some_and(|h| h.contains("allow-passthrough")));
    let on = auto(
        &vte_tmux,
        &Facts {
            tmux_passthrough: Some("on".into()),
            ..Facts::default()
        },
    );
    assert_eq!(
        (on.strategy, on.switch, on.passthrough),
        (Strategy::Qari, Switch::VteExplicit, Passthrough::Tmux)
    );
    assert!(
        off.hint_at_start().is_none(),
        "told only when a line comes out wrong"
    );
    let mlterm = auto(
        &[("MLTERM", "3.9"), ("TMUX", "/tmp/x,1,0")],
        &Facts::default(),
    );
    assert_eq!(mlterm.strategy, Strategy::Reorders);
    assert!(mlterm
        .hint_at_start()
        .is_some_and(|h| h.contains("allow-passthrough")));
    // tmux over xterm: nothing reorders.
    let xterm = auto(
        &[("TMUX", "/tmp/x,1,0"), ("XTERM_VERSION", "XTerm(388)")],
        &Facts::default(),
    );
    assert_eq!(
        (xterm.strategy, xterm.switch),
        (Strategy::Qari, Switch::None)
    );
    // GNU screen always passes DCS strings on.
    let screen = auto(
        &[("STY", "123.pts-0"), ("MLTERM", "3.9")],
        &Facts::default(),
    );
    assert_eq!(
        (screen.switch, screen.passthrough),
        (Switch::MltermCtl, Passthrough::Screen)
    );
}

#[test]
fn the_setting_overrides_detection() {
    let konsole = [("KONSOLE_VERSION", "221203")];
    let qari = Profile::detect(env(&konsole), &Facts::default(), BidiSetting::Qari);
    assert_eq!(qari.strategy, Strategy::Qari);
    // Konsole with its bidi turned off does not join letters either.
    assert!(qari.shape(Shaping::Auto));
    let terminal = Profile::detect(
        env(&[("TERM", "xterm")]),
        &Facts::default(),
        BidiSetting::Terminal,
    );
    assert_eq!(
        (terminal.strategy, terminal.switch),
        (Strategy::Reorders, Switch::None)
    );
    let vte = Profile::detect(
        env(&[("VTE_VERSION", "7006")]),
        &Facts::default(),
        BidiSetting::Qari,
    );
    assert_eq!(vte.switch, Switch::VteExplicit);
}

#[test]
fn output_that_is_not_a_terminal_gets_code_points_and_no_sequences() {
    let p = Profile::not_a_terminal();
    assert!(!p.shape(Shaping::Auto));
    assert!(p.shape(Shaping::On));
    assert_eq!(p.bidi_off(), "");
    // TERM=dumb: no sequences, but VTE still reorders what it is sent.
    let dumb = auto(
        &[("VTE_VERSION", "7006"), ("TERM", "dumb")],
        &Facts::default(),
    )
    .without_sequences("TERM=dumb");
    assert_eq!(
        (dumb.strategy, dumb.bidi_off()),
        (Strategy::Reorders, String::new())
    );
    let plain = auto(&[("TERM", "dumb")], &Facts::default()).without_sequences("TERM=dumb");
    assert_eq!(
        (plain.strategy, plain.bidi_off()),
        (Strategy::Qari, String::new())
    );
    assert!(plain.shape(Shaping::Auto));
}
