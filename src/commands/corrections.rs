//! `qari corrections`: the reader's corrections of the recogniser, which apply
//! to every article (`l` on a mention in the reader makes them), listed as a
//! table or as JSON Lines, or removed by name (`--remove NAME`, any spelling
//! that folds to the same name), with the labels `l` gave those names in
//! the articles it was pressed in.
//!
//! A name asked to be removed that has no correction is an error (exit
//! status 2), so a typo does not pass for a removal; the others are removed.

use std::fmt::Write as _;

use anyhow::bail;

use crate::reader::annotate::corrections::Correction;
use crate::shell::cli::CorrectionsArgs;
use crate::store::Store;

/// The table: label, when, name; one line per correction.
pub fn table<'a>(corrections: impl Iterator<Item = &'a Correction>) -> String {
    let mut out = String::new();
    let mut n = 0;
    for c in corrections {
        n += 1;
        let _ = writeln!(out, "{:<14} {:<20} {}", c.label.name(), c.modified, c.name);
    }
    if n == 0 {
        out.push_str("no corrections (label a mention with l in the reader)\n");
    }
    out
}

pub fn run(args: &CorrectionsArgs) -> anyhow::Result<()> {
    let _config = super::config();
    let store = Store::open()?;
    if args.remove.is_empty() {
        let stored = store.load_corrections()?;
        report_moved(&stored.moved_aside);
        for why in &stored.unreadable {
            super::annotations::warn(why);
        }
        let out = if args.json {
            stored
                .lexicon
                .corrections()
                .map(|c| serde_json::to_string(c).unwrap_or_default() + "\n")
                .collect()
        } else {
            table(stored.lexicon.corrections())
        };
        return super::print(&out);
    }
    let stored = store.remove_corrections(&args.remove)?;
    report_moved(&stored.moved_aside);
    for why in &stored.unreadable {
        super::annotations::warn(why);
    }
    let mut out = String::new();
    for c in &stored.removed {
        let _ = writeln!(out, "removed: {} ({})", c.name, c.label.name());
    }
    // The labels the corrections left in the articles they were made in.
    let labels: Vec<_> = stored
        .removed
        .iter()
        .map(|c| (c.name.clone(), c.label))
        .collect();
    let (count, moved) = store.remove_correction_labels(&labels)?;
    super::annotations::report_moved(&moved);
    match count {
        0 => {}
        1 => out.push_str("removed: 1 label it gave in an article\n"),
        n => {
            let _ = writeln!(out, "removed: {n} labels they gave in articles");
        }
    }
    super::print(&out)?;
    let missing: Vec<&str> = args
        .remove
        .iter()
        .filter(|name| {
            let folded = qari_recognize::fold_name(name);
            stored
                .removed
                .iter()
                .all(|c| qari_recognize::fold_name(&c.name) != folded)
        })
        .map(String::as_str)
        .collect();
    if !missing.is_empty() {
        let named: Vec<String> = missing.iter().map(|n| format!("\"{n}\"")).collect();
        bail!("no correction for {}", named.join(", "));
    }
    Ok(())
}

fn report_moved(moved: &[std::path::PathBuf]) {
    for aside in moved {
        super::annotations::warn(&format!(
            "{}: corrections that did not parse were moved aside",
            aside.display()
        ));
    }
}
