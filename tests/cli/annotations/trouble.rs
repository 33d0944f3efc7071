//! `qari annotations` when things go wrong: a corrupt store, two processes
//! importing at once, bad requests, and standard input past the limit.

use super::*;

#[test]
fn a_corrupt_store_is_reported_and_kept() {
    let fx = Fixture::new("corrupt");
    let doc = fx.write("a.txt", P1);
    let hash = Document::from_bytes("a", P1.as_bytes()).expect("doc").hash;
    fs::create_dir_all(fx.annotations_dir()).expect("mkdir");
    let file = fx.annotations_dir().join(format!("{hash}.json"));
    fs::write(&file, "{ not json").expect("write");
    let out = fx.qari(&["annotations", path_str(&doc)]);
    assert_eq!(ok(&out), "");
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains("moved aside"), "{stderr}");
    let aside: Vec<PathBuf> = fs::read_dir(fx.annotations_dir())
        .expect("dir")
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| p.to_string_lossy().contains(".json.corrupt-"))
        .collect();
    assert_eq!(aside.len(), 1);
    assert_eq!(fs::read_to_string(&aside[0]).expect("kept"), "{ not json");
}

#[test]
fn two_processes_importing_at_once_keep_both_sets() {
    let fx = Fixture::new("concurrent");
    let text = format!("{P1}\n{P2}");
    let doc = fx.write("a.txt", &text);
    let words: Vec<&str> = text
        .split([' ', '\n', '.'])
        .filter(|w| w.chars().count() > 2)
        .collect();
    let mut expected = 0;
    for round in 0..4 {
        let a = fx.write("a.ann", &t_line(1, "Person", &text, words[2 * round]));
        let b = fx.write("b.ann", &t_line(1, "Location", &text, words[2 * round + 1]));
        let spawn = |ann: &Path| {
            fx.command(&[
                "annotations",
                path_str(&doc),
                "--import",
                "brat",
                path_str(ann),
            ])
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .expect("spawn")
        };
        let (ca, cb) = (spawn(&a), spawn(&b));
        ok(&ca.wait_with_output().expect("a"));
        ok(&cb.wait_with_output().expect("b"));
        expected += 2;
        let listed = rows(&ok(&fx.qari(&["annotations", path_str(&doc)])));
        assert_eq!(listed.len(), expected, "round {round}: {listed:?}");
    }
}

#[test]
fn bad_import_requests_fail_with_a_message() {
    let fx = Fixture::new("bad");
    let doc = fx.write("a.txt", P1);
    let out = fx.qari(&["annotations", path_str(&doc), "--import", "csv", "x.csv"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("the only import format is brat"));
    let missing = fx.dir.join("missing.ann");
    let out = fx.qari(&[
        "annotations",
        path_str(&doc),
        "--import",
        "brat",
        path_str(&missing),
    ]);
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("missing.ann: no such file"));
}

#[test]
fn standard_input_is_read_up_to_the_input_limit() {
    let fx = Fixture::new("cap");
    let limit: usize = 64 * 1024;
    let line = format!("{P1}\n");
    let stream = line.repeat((2 * limit).div_ceil(line.len()));
    let ann_path = fx.write("a.ann", &t_line(1, "Location", P1, "باريس"));
    let run = |args: &[&str]| {
        let mut child = fx
            .command(args)
            .env("QARI_MAX_INPUT_BYTES", limit.to_string())
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .expect("spawn");
        let mut stdin = child.stdin.take().expect("stdin");
        let stream = stream.clone();
        // qari stops reading at the limit: the rest of the write may fail.
        let writer = std::thread::spawn(move || {
            let _ = stdin.write_all(stream.as_bytes());
        });
        let out = child.wait_with_output().expect("wait");
        let _ = writer.join();
        out
    };
    let warned = |out: &Output| {
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert!(
            stderr.contains(
                "qari: standard input: warning: stopped reading standard input at 64 KiB"
            ),
            "{stderr}"
        );
    };
    let imported = run(&["annotations", "-", "--import", "brat", path_str(&ann_path)]);
    warned(&imported);
    ok(&imported);
    // The same cut document both times: found again by its hash.
    let listed = run(&["annotations", "-"]);
    warned(&listed);
    let listed = rows(&ok(&listed));
    assert_eq!(listed.len(), 1);
    assert_eq!(listed[0]["exact"], "باريس");
    let kept = line.repeat(limit / line.len());
    let hash = Document::from_bytes("-", kept.as_bytes())
        .expect("doc")
        .hash;
    assert!(fx.annotations_dir().join(format!("{hash}.json")).exists());
}

#[test]
fn a_store_that_cannot_be_reached_is_said_once() {
    // The data home is a file: every path under it is "not a directory".
    // The reason was printed twice, once from the message and once from
    // the error's source.
    let fx = Fixture::new("notadir");
    let doc = fx.write("a.txt", P1);
    let _ = fs::remove_dir_all(fx.dir.join("data"));
    fs::write(fx.dir.join("data"), "a file").expect("write");
    let out = fx.qari(&["annotations", path_str(&doc)]);
    assert_eq!(out.status.code(), Some(2));
    let stderr = String::from_utf8_lossy(&out.stderr);
    let said = stderr.to_lowercase();
    assert_eq!(said.matches("not a directory").count(), 1, "{stderr}");
}
