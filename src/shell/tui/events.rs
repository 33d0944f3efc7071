//! Terminal events to the app: keys through the keymap, the mouse to the
//! pointer's place, resizes to a re-wrap, a paste to where text is typed.
//!
//! Only key presses count (a release or repeat report would act twice), and
//! mouse moves are dropped, so a flood of them costs nothing. Crossterm's key
//! codes become the keymap's own [`Key`] here, the one place the core's key
//! type meets the terminal library.

use crossterm::event::{Event, KeyEvent, KeyEventKind, KeyModifiers, MouseButton, MouseEventKind};

use crate::reader::app::App;
use crate::reader::keymap::{Key, KeyCode};

pub(super) fn handle(app: &mut App, ev: &Event) {
    // The pointer's place is looked up on the screen, which typing may have
    // left behind.
    if !matches!(ev, Event::Key(_)) {
        app.settle();
    }
    let key = match ev {
        Event::Key(k) if k.kind == KeyEventKind::Press => key_of(k),
        Event::Mouse(m) => match m.kind {
            // The pointer's place decides what scrolls (the panel or the article).
            MouseEventKind::ScrollDown => {
                app.wheel(m.column, m.row, true);
                None
            }
            MouseEventKind::ScrollUp => {
                app.wheel(m.column, m.row, false);
                None
            }
            MouseEventKind::Down(MouseButton::Left) => {
                app.click(m.column, m.row);
                app.drag_start(m.column, m.row);
                None
            }
            MouseEventKind::Drag(MouseButton::Left) => {
                app.drag_to(m.column, m.row);
                None
            }
            MouseEventKind::Up(MouseButton::Left) => {
                app.drag_end(m.column, m.row);
                None
            }
            _ => None,
        },
        Event::Resize(w, h) => {
            app.resize(*w, *h);
            None
        }
        // Bracketed paste: the whole paste as text, never as keys.
        Event::Paste(text) => {
            app.paste(text);
            None
        }
        _ => None,
    };
    if let Some(key) = key {
        app.press(key);
    }
}

/// A terminal key as a keymap key; shift is part of the character already.
fn key_of(k: &KeyEvent) -> Option<Key> {
    use crossterm::event::KeyCode as C;
    let code = match k.code {
        C::Char(c) => KeyCode::Char(c),
        C::Up => KeyCode::Up,
        C::Down => KeyCode::Down,
        C::Left => KeyCode::Left,
        C::Right => KeyCode::Right,
        C::PageUp => KeyCode::PageUp,
        C::PageDown => KeyCode::PageDown,
        C::Home => KeyCode::Home,
        C::End => KeyCode::End,
        C::Esc => KeyCode::Esc,
        C::Enter => KeyCode::Enter,
        C::Tab => KeyCode::Tab,
        C::Backspace => KeyCode::Backspace,
        C::Delete => KeyCode::Delete,
        _ => return None,
    };
    Some(Key {
        code,
        ctrl: k.modifiers.contains(KeyModifiers::CONTROL),
        alt: k.modifiers.contains(KeyModifiers::ALT),
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::document::Document;
    use crate::reader::app::AppOptions;
    use crate::reader::keymap::Keymap;
    use crossterm::event::{KeyEventState, MouseEvent};
    use qari_layout::LayoutOptions;

    fn press(code: crossterm::event::KeyCode, modifiers: KeyModifiers) -> Event {
        Event::Key(KeyEvent {
            code,
            modifiers,
            kind: KeyEventKind::Press,
            state: KeyEventState::NONE,
        })
    }

    fn app() -> App {
        let text: String = (0..100).map(|i| format!("p{i}\n")).collect();
        let doc = Document::from_bytes("t", text.as_bytes()).expect("text");
        App::new(
            doc,
            AppOptions::new(LayoutOptions::default(), Keymap::default(), 80, 11),
        )
    }

    #[test]
    fn shifted_letters_and_control_keys_map_to_their_actions() {
        use crossterm::event::KeyCode as C;
        let mut a = app();
        handle(&mut a, &press(C::Char('G'), KeyModifiers::SHIFT));
        assert_eq!(a.anchor().paragraph, 90);
        handle(&mut a, &press(C::Char('b'), KeyModifiers::CONTROL));
        assert_eq!(a.anchor().paragraph, 80);
        handle(&mut a, &press(C::Char('H'), KeyModifiers::SHIFT));
        assert!(a.help_open());
        handle(&mut a, &press(C::Esc, KeyModifiers::NONE));
        assert!(!a.help_open());
    }

    #[test]
    fn only_presses_count_and_mouse_moves_are_ignored() {
        use crossterm::event::KeyCode as C;
        let mut a = app();
        let release = Event::Key(KeyEvent {
            code: C::Char('j'),
            modifiers: KeyModifiers::NONE,
            kind: KeyEventKind::Release,
            state: KeyEventState::NONE,
        });
        handle(&mut a, &release);
        assert_eq!(a.anchor().paragraph, 0);
        let mouse = |kind| {
            Event::Mouse(MouseEvent {
                kind,
                column: 3,
                row: 3,
                modifiers: KeyModifiers::NONE,
            })
        };
        handle(&mut a, &mouse(MouseEventKind::Moved));
        assert_eq!(a.anchor().paragraph, 0);
        handle(&mut a, &mouse(MouseEventKind::ScrollDown));
        assert_eq!(a.anchor().paragraph, crate::reader::action::WHEEL_LINES);
        handle(&mut a, &mouse(MouseEventKind::ScrollUp));
        assert_eq!(a.anchor().paragraph, 0);
    }

    #[test]
    fn a_left_click_goes_to_the_app_and_e_opens_the_panel() {
        use crossterm::event::KeyCode as C;
        use qari_recognize::{Entity, Kind, Mention, Recognition};
        let mut a = app();
        // "p3" is paragraph 3: a place, mentioned once.
        let start = a.document().span(3).offset;
        a.set_recognition(Recognition {
            mentions: vec![Mention {
                kind: Kind::Location,
                span: start..start + 2,
                entity: 0,
                speaker: None,
            }],
            entities: vec![Entity {
                kind: Kind::Location,
                name: "p3".into(),
                mentions: vec![0],
            }],
        });
        handle(&mut a, &press(C::Char('e'), KeyModifiers::NONE));
        assert!(a.panel_open());
        let click = Event::Mouse(MouseEvent {
            kind: MouseEventKind::Down(MouseButton::Left),
            column: 1,
            row: 3,
            modifiers: KeyModifiers::NONE,
        });
        handle(&mut a, &click);
        assert_eq!(a.flash(), Some("location: p3"));
    }

    #[test]
    fn a_left_drag_selects_and_a_plain_click_does_not() {
        let mut a = app();
        let mouse = |kind, column| {
            Event::Mouse(MouseEvent {
                kind,
                column,
                row: 0,
                modifiers: KeyModifiers::NONE,
            })
        };
        handle(&mut a, &mouse(MouseEventKind::Down(MouseButton::Left), 0));
        handle(&mut a, &mouse(MouseEventKind::Up(MouseButton::Left), 0));
        assert!(a.selection().is_none());
        // "p0" on the first row: from its first cell to its second.
        handle(&mut a, &mouse(MouseEventKind::Down(MouseButton::Left), 0));
        handle(&mut a, &mouse(MouseEventKind::Drag(MouseButton::Left), 1));
        handle(&mut a, &mouse(MouseEventKind::Up(MouseButton::Left), 1));
        assert_eq!(a.selection().map(|s| s.range()), Some(0..2));
    }

    #[test]
    fn the_wheel_scrolls_what_is_under_the_pointer() {
        use crossterm::event::KeyCode as C;
        use qari_recognize::{Entity, Kind, Mention, Recognition};
        let mut a = app();
        // Each paragraph "pN" is a place of its own: a hundred panel rows.
        let (mentions, entities) = (0..100)
            .map(|i| {
                let start = a.document().span(i).offset;
                let mention = Mention {
                    kind: Kind::Location,
                    span: start..start + 2,
                    entity: i,
                    speaker: None,
                };
                let entity = Entity {
                    kind: Kind::Location,
                    name: format!("p{i}"),
                    mentions: vec![i],
                };
                (mention, entity)
            })
            .unzip();
        a.set_recognition(Recognition { mentions, entities });
        handle(&mut a, &press(C::Char('e'), KeyModifiers::NONE));
        let x = a.screen().panel.as_ref().expect("panel").x + 2;
        let wheel = |column| {
            Event::Mouse(MouseEvent {
                kind: MouseEventKind::ScrollDown,
                column,
                row: 1,
                modifiers: KeyModifiers::NONE,
            })
        };
        handle(&mut a, &wheel(x));
        assert_eq!(a.anchor().paragraph, 0, "the article stays");
        assert_eq!(a.screen().panel.as_ref().expect("panel").top, 3);
        handle(&mut a, &wheel(1));
        assert_eq!(a.anchor().paragraph, 3);
    }

    #[test]
    fn resize_events_re_wrap() {
        let mut a = app();
        handle(&mut a, &Event::Resize(10, 3));
        assert!(a.screen().too_small);
        handle(&mut a, &Event::Resize(100, 30));
        assert_eq!(a.screen().column_width, 80);
    }
}
