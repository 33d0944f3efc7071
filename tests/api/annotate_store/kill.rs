//! A process killed while it saves: the store on disk is always the state
//! before or after a save, never half of one, and the next save tidies up.

use std::collections::BTreeSet;
use std::fs;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, SystemTime};

use qari::store::{AnnotationFile, Store};

use super::{ann, files_in, ids, temp_dir, HASH};

const KILL_DIR: &str = "QARI_TEST_KILL_CHILD_DIR";
/// The child's test, by its full name in the `api` binary.
const KILL_CHILD: &str = "annotate_store::kill::kill_child_saves_in_a_loop";

/// Run as a child by `a_kill_during_save_leaves_a_whole_store`: adds one
/// annotation after another, saving each time, until it is killed.
#[test]
fn kill_child_saves_in_a_loop() {
    let Some(dir) = std::env::var_os(KILL_DIR) else {
        return;
    };
    let store = Store::at(PathBuf::from(dir));
    let mut have = store
        .load_annotations(HASH, None)
        .expect("load")
        .annotations;
    loop {
        let n = have.len();
        let mut a = ann(&format!("k{n:05}"), n % 40..n % 40 + 3, "t");
        a.note = "x".repeat(2000); // a bigger file takes longer to write
        have.push(a);
        have = store
            .save_annotations(HASH, None, &have, &[])
            .expect("save")
            .annotations;
    }
}

/// Length and modification time of `path`, to notice a save.
fn stamp(path: &Path) -> Option<(u64, SystemTime)> {
    let meta = fs::metadata(path).ok()?;
    Some((meta.len(), meta.modified().ok()?))
}

#[test]
fn a_kill_during_save_leaves_a_whole_store() {
    let root = temp_dir("kill");
    let exe = std::env::current_exe().expect("test binary");
    let file = root.join("annotations").join(format!("{HASH}.json"));
    let mut last = 0;
    let mut torn = 0;
    for round in 0..30u64 {
        let before = stamp(&file);
        let mut child = Command::new(&exe)
            .args([KILL_CHILD, "--exact", "--test-threads=1"])
            .env(KILL_DIR, &root)
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .expect("spawn child");
        // Wait for the child's first save this round (however slow the
        // machine), then kill it at a random moment of the saves that follow.
        let started = std::time::Instant::now();
        while stamp(&file) == before && started.elapsed() < Duration::from_secs(20) {
            std::thread::sleep(Duration::from_micros(200));
        }
        let jitter = SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map_or(0, |d| u64::from(d.subsec_micros()))
            % 8_000;
        std::thread::sleep(Duration::from_micros(jitter));
        child.kill().expect("SIGKILL"); // Child::kill sends SIGKILL on Unix
        let _ = child.wait();
        let bytes = fs::read(&file).expect("saved at least once");
        if files_in(&root.join("annotations"))
            .iter()
            .any(|n| n.ends_with(".tmp"))
        {
            torn += 1;
        }
        let stored: AnnotationFile = serde_json::from_slice(&bytes)
            .unwrap_or_else(|e| panic!("round {round}: store does not parse: {e}"));
        let n = stored.annotations.len();
        // The previous state or a later one, and always a whole prefix k0..kn.
        assert!(n > last, "round {round}: {n} annotations after {last}");
        let expected: BTreeSet<String> = (0..n).map(|i| format!("k{i:05}")).collect();
        assert_eq!(ids(&stored.annotations), expected, "round {round}");
        last = n;
    }
    assert!(last > 0, "the child never saved");
    println!("{torn} of 30 kills cut a save short (a temporary file was left)");
    // The next save tidies temporary files the killed processes left.
    let store = Store::at(&root);
    let have = store
        .load_annotations(HASH, None)
        .expect("load")
        .annotations;
    store
        .save_annotations(HASH, None, &have, &[])
        .expect("save");
    assert!(
        files_in(&root.join("annotations"))
            .iter()
            .all(|n| !n.ends_with(".tmp")),
        "{:?}",
        files_in(&root.join("annotations"))
    );
    println!("{last} annotations saved across 30 kills");
    let dir = root.join("annotations");
    assert!(
        files_in(&dir).iter().all(|n| !n.contains(".corrupt-")),
        "{:?}",
        files_in(&dir)
    );
    let _ = fs::remove_dir_all(&root);
}
