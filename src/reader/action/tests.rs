//! The action table holds what the macro cannot check by itself: every name
//! is kebab-case and parses back, every description is one distinct line,
//! and every default key parses, belongs to one action in its mode, and is
//! listed in the order of the actions.

use super::*;
use crate::reader::keymap::KeySeq;

#[test]
fn every_action_is_listed_once_with_a_description() {
    for (i, a) in Action::ALL.iter().enumerate() {
        assert!(!a.description().is_empty());
        assert!(!Action::ALL[i + 1..].contains(a), "{a:?} listed twice");
    }
}

#[test]
fn names_are_kebab_case_unique_and_parse_back() {
    for a in Action::ALL {
        let name = a.name();
        assert!(
            name.bytes().all(|b| b.is_ascii_lowercase() || b == b'-'),
            "{name}"
        );
        assert_eq!(name.parse::<Action>(), Ok(a));
        assert_eq!(a.to_string(), name);
    }
    assert_eq!(Action::LineDown.name(), "line-down");
    assert_eq!(Action::HalfPageUp.name(), "half-page-up");
    assert_eq!(
        "line_down".parse::<Action>(),
        Err(UnknownAction("line_down".into()))
    );
    assert!("".parse::<Action>().is_err());
}

#[test]
fn descriptions_are_single_distinct_lines() {
    for (i, a) in Action::ALL.iter().enumerate() {
        let d = a.description();
        assert!(!d.contains('\n') && d.trim() == d, "{a:?}: {d:?}");
        assert!(
            Action::ALL[i + 1..].iter().all(|b| b.description() != d),
            "{a:?} shares its description"
        );
    }
}

#[test]
fn every_action_has_a_default_key_and_every_key_parses() {
    for action in Action::ALL {
        assert!(
            DEFAULT_KEYS.iter().any(|&(_, _, a)| a == action),
            "{action:?} has no default key"
        );
    }
    for (mode, keys, action) in DEFAULT_KEYS {
        let seq: KeySeq = keys
            .parse()
            .unwrap_or_else(|e| panic!("{mode:?} {keys:?} for {action:?}: {e}"));
        // Printed as written, so the help and `--print-config` show the table.
        assert_eq!(seq.to_string(), keys);
    }
}

#[test]
fn no_default_key_is_bound_twice_in_a_mode() {
    for (i, (mode, keys, action)) in DEFAULT_KEYS.iter().enumerate() {
        let seq: Result<KeySeq, _> = keys.parse();
        let clash = DEFAULT_KEYS[i + 1..]
            .iter()
            .find(|(m, k, _)| m == mode && k.parse() == seq);
        assert!(
            clash.is_none(),
            "{keys:?} in {mode:?}: {action:?} and {clash:?}"
        );
    }
}

#[test]
fn default_keys_follow_the_order_of_the_actions() {
    let order = |a: Action| Action::ALL.iter().position(|&b| b == a);
    let positions: Vec<_> = DEFAULT_KEYS.iter().map(|&(_, _, a)| order(a)).collect();
    assert!(positions.windows(2).all(|w| w[0] <= w[1]), "{positions:?}");
}
