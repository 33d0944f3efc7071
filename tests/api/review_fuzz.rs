//! Fuzzing the pure parsers and editors with random input: none may panic.

use proptest::prelude::*;
use qari::core::textinput::TextInput;
use qari::reader::annotate::{reanchor, Annotation};

fn texty() -> impl Strategy<Value = String> {
    proptest::collection::vec(
        prop_oneof![
            Just("a".to_string()),
            Just("Z".to_string()),
            Just(" ".to_string()),
            Just("\n".to_string()),
            Just("=".to_string()),
            Just("\"".to_string()),
            Just("[".to_string()),
            Just("]".to_string()),
            Just("[keys]".to_string()),
            Just("[theme]".to_string()),
            Just("width = ".to_string()),
            Just("ب".to_string()),
            Just("\u{064E}".to_string()),
            Just("\u{0651}".to_string()),
            Just("\u{0640}".to_string()),
            Just("أ".to_string()),
            Just("ى".to_string()),
            Just("ة".to_string()),
            Just("٣".to_string()),
            Just("\\r".to_string()),
            Just("(".to_string()),
            Just("*".to_string()),
            Just("$".to_string()),
            Just("^".to_string()),
            Just("%".to_string()),
            Just("goto ".to_string()),
            Just("w ".to_string()),
            Just("\u{200F}".to_string()),
            Just("e\u{301}".to_string()),
            Just("👍🏽".to_string()),
            "[0-9]{1,3}",
            any::<char>().prop_map(|c| c.to_string()),
        ],
        0..24,
    )
    .prop_map(|v| v.concat())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(300))]

    #[test]
    fn config_parse_never_panics(text in texty()) {
        let _ = qari::reader::config::Config::parse(&text, "c.toml");
    }

    #[test]
    fn cmdline_parse_never_panics(text in texty()) {
        let _ = qari::core::cmdline::parse(&text);
    }

    #[test]
    fn search_never_panics(q in texty(), text in texty()) {
        // Every start position of every query: fewer cases keep it quick.
        if q.len() % 3 != 0 {
            return Ok(());
        }
        if let Ok(query) = qari::core::search::Query::new(&q) {
            for r in query.find_iter(&text) {
                prop_assert!(text.is_char_boundary(r.start) && text.is_char_boundary(r.end));
                prop_assert!(r.start < r.end);
            }
            let _ = query.hits(&text);
            for at in 0..=text.len() {
                if text.is_char_boundary(at) {
                    let _ = query.find_at(&text, at);
                    let _ = query.rfind_before(&text, at);
                }
            }
            if let Ok(doc) = qari::core::document::Document::from_bytes("t", text.as_bytes()) {
                for at in 0..=doc.len() + 1 {
                    let _ = qari::core::search::next_hit(&doc, &query, at, true);
                    let _ = qari::core::search::previous_hit(&doc, &query, at);
                }
            }
        }
    }

    #[test]
    fn reanchor_never_panics(text in texty(), a in 0usize..40, b in 0usize..40,
                             edit in texty(), at in 0usize..40, cut in 0usize..10) {
        let ann = Annotation::new("x".into(), &text, a.min(b)..a.max(b), "t");
        let chars: Vec<char> = text.chars().collect();
        let at = at.min(chars.len());
        let end = (at + cut).min(chars.len());
        let mut changed: String = chars[..at].iter().collect();
        changed.push_str(&edit);
        changed.extend(&chars[end..]);
        let placed = reanchor::place_all(&changed, vec![ann]);
        if let Some(span) = &placed[0].span {
            prop_assert!(span.end <= changed.chars().count());
        }
        let _ = placed[0].refreshed(&changed);
    }

    #[test]
    fn reanchor_survives_hostile_positions(text in texty(), start in any::<usize>(), end in any::<usize>()) {
        let mut ann = Annotation::new("x".into(), &text, 0..1, "t");
        ann.position.start = start;
        ann.position.end = end;
        let _ = reanchor::place_all(&text, vec![ann]);
    }

    #[test]
    fn reanchor_survives_positions_near_the_end_of_usize(text in texty(), back in 0usize..64) {
        let mut ann = Annotation::new("x".into(), &text, 0..3, "t");
        ann.position.start = usize::MAX - back;
        ann.position.end = usize::MAX;
        let _ = reanchor::place_all(&text, vec![ann]);
    }

    #[test]
    fn textinput_never_panics(ops in proptest::collection::vec((0u8..10, any::<char>()), 0..60)) {
        let mut t = TextInput::default();
        for (op, c) in ops {
            match op {
                0 => t.insert(c),
                1 => t.insert_str(&format!("{c}\u{064E}")),
                2 => t.backspace(),
                3 => t.delete(),
                4 => t.forward(),
                5 => t.backward(),
                6 => t.line_up(),
                7 => t.line_down(),
                8 => t.insert('\n'),
                _ => { t.line_start(); t.line_end(); }
            }
            prop_assert!(t.text().is_char_boundary(t.cursor()));
            let _ = t.cursor_line_col();
        }
    }
}
