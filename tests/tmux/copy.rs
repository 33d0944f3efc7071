//! Getting text out in a real terminal: `y` while selecting sends the passage
//! as OSC 52, which tmux (with `set-clipboard on`) puts in its paste buffer.

use crate::support::tmux::{status_line, Tmux};

pub fn y_copies_the_selection_in_logical_order() {
    let t = Tmux::new("copy", (80, 12));
    let path = t.dir.join("mixed.txt");
    std::fs::write(&path, "قال الرئيس: hello world اليوم\n").expect("write");
    t.start("main", &t.qari(&format!("'{}'", path.display())));
    t.tmux(&["set-option", "-g", "set-clipboard", "on"]);
    t.wait_for("the first screen", |s| status_line(s).contains("line 1/"));
    t.keys("v");
    t.keys("w");
    t.keys("w");
    t.wait_for("SELECT", |s| status_line(s).contains("SELECT"));
    t.keys("y");
    let copied = t.wait_for("the message", |s| status_line(s).contains("copied"));
    let buffer = t.tmux(&["show-buffer"]);
    assert!(
        "قال الرئيس: hello world اليوم".starts_with(buffer.as_str()) && buffer.len() > 4,
        "logical order, as in the file: {buffer:?}"
    );
    let n = buffer.chars().count();
    assert!(
        status_line(&copied).contains(&format!("copied {n} characters")),
        "{copied}"
    );
    assert!(!status_line(&copied).contains("SELECT"), "{copied}");
    t.keys("q");
    t.wait_for("a clean exit", |s| s.contains("EXITED 0"));
}

/// `:w FILE` writes the text as the file has it; `:w --visual FILE` the
/// laid-out lines, which for Arabic are not the same.
pub fn w_writes_logical_text_and_w_visual_the_laid_out_lines() {
    let t = Tmux::new("write", (60, 12));
    let source = "قال الرئيس إن الاجتماع انتهى\nAlice met Bob.\n";
    let path = t.dir.join("article.txt");
    std::fs::write(&path, source).expect("write");
    t.start("main", &t.qari(&format!("'{}'", path.display())));
    t.wait_for("the first screen", |s| status_line(s).contains("line 1/"));
    let logical = t.dir.join("logical.txt");
    t.keys(&format!(":w {}", logical.display()));
    t.keys("Enter");
    t.wait_for("written", |s| status_line(s).contains("wrote 2 lines"));
    assert_eq!(std::fs::read_to_string(&logical).expect("read"), source);
    let visual = t.dir.join("visual.txt");
    t.keys(&format!(":w --visual {}", visual.display()));
    t.keys("Enter");
    t.wait_for("written", |_| visual.exists());
    std::thread::sleep(std::time::Duration::from_millis(200));
    let laid = std::fs::read_to_string(&visual).expect("read");
    assert_ne!(laid, source, "laid out: {laid:?}");
    assert!(laid.contains("Alice met Bob."), "{laid:?}");
    assert!(
        !laid.contains("قال الرئيس"),
        "not in logical order: {laid:?}"
    );
    t.keys("q");
    t.wait_for("a clean exit", |s| s.contains("EXITED 0"));
}

/// `qari search` lays its paragraphs out on a terminal and writes them in
/// logical order into a pipe, as grep would.
pub fn search_lays_out_on_a_terminal_and_not_into_a_pipe() {
    let t = Tmux::new("search-cmd", (80, 10));
    let path = t.dir.join("article.txt");
    std::fs::write(&path, "قال الرئيس إن الاجتماع انتهى\n").expect("write");
    let file = path.display();
    let script = format!(
        "{q} search --shape off انتهى '{file}'; echo PIPE; {q} search انتهى '{file}' | cat",
        q = t.qari("")
    );
    t.start("main", &script);
    let screen = t.wait_for("both runs", |s| s.contains("EXITED"));
    let (terminal, piped) = screen.split_once("PIPE").expect("the marker");
    assert!(
        terminal.contains("ىهتنا"),
        "laid out on the terminal: {screen}"
    );
    assert!(
        piped.contains("1:قال الرئيس إن الاجتماع انتهى"),
        "logical into the pipe: {screen}"
    );
}
