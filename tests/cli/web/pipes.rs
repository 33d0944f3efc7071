//! Standard input and named pipes: a page or feed piped in, a path that is a
//! pipe read once by every command, and a feed that arrives slowly.

use std::io::Write;

use super::{fixture, text_of, FIXTURES};
use crate::support::cli::{home, isolated, run};

#[test]
fn text_reads_a_page_or_feed_from_standard_input() {
    let home = home("web-stdin");
    let mut command = isolated(&home);
    command.args(["text", "-"]);
    let page = run(command, &fixture("article.html"));
    assert_eq!(page.code, Some(0), "{}", page.stderr);
    assert!(
        page.stdout
            .starts_with("الأمطار تعود إلى عمّان بعد صيف طويل\n\n"),
        "{}",
        page.stdout
    );
    let mut command = isolated(&home);
    command.arg("text");
    let feed = run(command, &fixture("atom.xml"));
    assert!(
        feed.stdout
            .starts_with("مدونة الحي\n\nحديقة جديدة في الحي\n"),
        "{}",
        feed.stdout
    );
    let mut command = isolated(&home);
    command.arg("text");
    let plain = run(command, "سطر أول\nسطر ثان\n".as_bytes());
    assert_eq!(plain.stdout, "سطر أول\nسطر ثان\n");
}

/// `args` with `path` last, run while a thread writes `bytes` into the FIFO
/// `path` once.
fn through_fifo(args: &[&str], bytes: &[u8], path: &std::path::Path) -> crate::support::cli::Run {
    crate::support::errors::mkfifo(path);
    let (fifo, bytes) = (path.to_path_buf(), bytes.to_vec());
    let writer = std::thread::spawn(move || {
        // Opening blocks until qari opens the other end, once.
        let mut end = std::fs::OpenOptions::new()
            .write(true)
            .open(&fifo)
            .expect("open the fifo");
        let _ = end.write_all(&bytes);
    });
    let mut command = isolated(&home("web-fifo"));
    command.args(args).arg(path);
    let run = crate::support::cli::run(command, b"");
    writer.join().expect("the writer ends");
    run
}

#[test]
fn a_path_that_is_a_pipe_is_read_once_by_every_command() {
    // `qari entities <(curl …)`: the path names a pipe. It was opened once to
    // look at its first bytes and again to read it, which found it empty.
    let dir = home("web-fifo");
    std::fs::create_dir_all(&dir).expect("dir");
    let fifo = dir.join("article");
    let text = "وذكرت وكالة الأناضول أن الأسعار ارتفعت في أنقرة.\n";
    let plain = |args: &[&str]| {
        let run = through_fifo(args, text.as_bytes(), &fifo);
        assert_eq!((run.code, run.stderr.as_str()), (Some(0), ""), "{args:?}");
        run.stdout
    };
    assert_eq!(plain(&["text"]), text);
    assert!(plain(&["entities"]).contains("وكالة الأناضول"));
    assert_eq!(plain(&["search", "--count", "الأسعار"]).trim(), "1");
    assert!(!plain(&["render", "--width", "60"]).trim().is_empty());
    // A page and text in another encoding are told by their first bytes, as
    // on standard input.
    let run = through_fifo(&["text"], &fixture("article.html"), &fifo);
    assert_eq!(
        run.stdout,
        text_of(&["text", &format!("{FIXTURES}article.html")])
    );
    let run = through_fifo(&["text"], &fixture("cp1256.txt"), &fifo);
    assert_eq!(
        run.stdout,
        text_of(&["text", &format!("{FIXTURES}cp1256.txt")])
    );
    let _ = std::fs::remove_file(&fifo);
    // /dev/stdin names the pipe the test writes.
    let mut command = isolated(&home("web-fifo"));
    command.args(["search", "--count", "الأسعار", "/dev/stdin"]);
    let run = crate::support::cli::run(command, text.as_bytes());
    assert_eq!(
        (run.code, run.stdout.trim()),
        (Some(0), "1"),
        "{}",
        run.stderr
    );
}

#[test]
fn a_feed_piped_in_slowly_is_still_told_from_text() {
    // The XML declaration comes alone, the rest later: read alone it looks
    // like text, and the feed came out as its raw XML.
    let feed = fixture("rss2.xml");
    let cut = feed.iter().position(|&b| b == b'\n').expect("a line") + 1;
    let mut child = isolated(&home("web-slow-feed"))
        .arg("text")
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .expect("qari starts");
    let mut stdin = child.stdin.take().expect("stdin");
    stdin.write_all(&feed[..cut]).expect("the declaration");
    stdin.flush().expect("flush");
    std::thread::sleep(std::time::Duration::from_millis(300));
    stdin.write_all(&feed[cut..]).expect("the rest");
    drop(stdin);
    let out = child.wait_with_output().expect("qari ends");
    let text = String::from_utf8(out.stdout).expect("utf-8");
    assert!(!text.contains("<rss") && !text.contains("<?xml"), "{text}");
    assert!(text.contains("الأمطار تعود إلى عمّان"), "{text}");
}
