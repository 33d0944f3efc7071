//! `:w FILE` end to end: the app renders, the store writes, and the file
//! holds exactly what `qari render --width W` prints for the same input at the
//! reader's column width. Also the status bar while a mark letter is awaited.

use std::path::{Path, PathBuf};
use std::process::Command;

use qari::core::document::Document;
use qari::reader::app::{App, Effect};
use qari::reader::keymap::{Key, KeyCode};
use qari::store::{self, StoreError};
use qari_layout::LayoutOptions;
use ratatui::backend::TestBackend;
use ratatui::Terminal;

use crate::support::{app, Setup};

/// An article with what decoding and layout care about: a BOM, CRLF, a
/// leading line without a strong character (direction comes from later),
/// Arabic with Latin and digits inside, a tab, empty lines, long paragraphs.
fn article() -> Vec<u8> {
    let mut bytes = b"\xEF\xBB\xBF".to_vec();
    let long_ar =
        "\u{627}\u{644}\u{645}\u{62F}\u{64A}\u{646}\u{629} \u{643}\u{628}\u{64A}\u{631}\u{629} "
            .repeat(14);
    let long_en = "the quick brown fox jumps over the lazy dog ".repeat(4);
    let text = format!(
        "2024-05-01\r\n\r\n{long_ar}\r\n\u{642}\u{627}\u{644} Ahmed \u{625}\u{646} 42 \u{634}\u{62E}\u{635}\u{627}\u{64B}\t\u{62D}\u{636}\u{631}\u{648}\u{627}.\r\n{long_en}\r\n\r\n\u{646}\u{647}\u{627}\u{64A}\u{629}\r\n"
    );
    bytes.extend_from_slice(text.as_bytes());
    bytes
}

fn temp_dir(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("qari-marks-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).expect("temp dir");
    dir
}

fn qari_render(file: &Path, width: u16, dir: &Path) -> String {
    let out = Command::new(env!("CARGO_BIN_EXE_qari"))
        .args(["render", "--width", &width.to_string()])
        .arg(file)
        .env("XDG_CONFIG_HOME", dir.join("config"))
        .env("XDG_STATE_HOME", dir.join("state"))
        .env("XDG_DATA_HOME", dir.join("data"))
        .env_remove("NO_COLOR")
        .output()
        .expect("qari runs");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).expect("utf-8")
}

fn press_str(a: &mut App, keys: &str) {
    for c in keys.chars() {
        a.press(Key::plain(KeyCode::Char(c)));
    }
}

/// Run `:w --visual path` in a reader of `bytes` on a terminal `width` wide
/// and perform the effect as the shell does; the file's text.
fn write_from_reader(bytes: &[u8], width: u16, path: &Path) -> String {
    write_with(bytes, width, path, "--visual ")
}

/// Run `:w {flags}path` as above.
fn write_with(bytes: &[u8], width: u16, path: &Path, flags: &str) -> String {
    let doc = Document::from_bytes("article.txt", bytes).expect("text");
    let mut a = Setup::default()
        .layout(LayoutOptions::default())
        .app(doc, width, 20);
    press_str(&mut a, &format!(":w {flags}{}", path.display()));
    a.press(Key::plain(KeyCode::Enter));
    let effects = a.take_effects();
    let [Effect::WriteFile {
        path: target,
        text,
        overwrite,
    }] = effects.as_slice()
    else {
        panic!("one WriteFile expected: {effects:?}");
    };
    let written = store::write_text_file(target, text, *overwrite).expect("written");
    assert_eq!(written, path);
    a.file_written(target, Ok(text.lines().count()));
    assert_eq!(
        a.flash(),
        Some(format!("wrote {} lines to {}", text.lines().count(), path.display()).as_str())
    );
    std::fs::read_to_string(path).expect("read back")
}

#[test]
fn w_writes_the_text_as_the_file_has_it_whatever_the_width() {
    let dir = temp_dir("logical");
    // The file's text without its byte order mark, lines ending in LF.
    let source = String::from_utf8(article()[3..].to_vec()).expect("UTF-8");
    let expected = source.replace("\r\n", "\n");
    for width in [23, 80] {
        let out = dir.join(format!("out-{width}.txt"));
        let written = write_with(&article(), width, &out, "");
        assert_eq!(written, expected, "logical order, not laid out, at {width}");
    }
}

#[test]
fn w_writes_what_qari_render_prints_at_the_column_width() {
    let dir = temp_dir("render");
    let source = dir.join("article.txt");
    std::fs::write(&source, article()).expect("fixture");
    // Narrow terminals: the column is the terminal; wide ones: 80 columns.
    for (terminal, column) in [(23, 23), (41, 41), (80, 80), (130, 80)] {
        let out = dir.join(format!("out-{terminal}.txt"));
        let written = write_from_reader(&article(), terminal, &out);
        let rendered = qari_render(&source, column, &dir);
        assert!(
            rendered.lines().count() > 8,
            "the fixture wraps: {rendered}"
        );
        assert_eq!(written, rendered, "terminal width {terminal}");
    }
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn w_refuses_to_replace_a_file_unless_forced() {
    let dir = temp_dir("exists");
    let out = dir.join("out.txt");
    std::fs::write(&out, "keep me").expect("existing");
    let err = store::write_text_file(&out, "new", false).expect_err("exists");
    assert!(matches!(err, StoreError::Exists(_)));
    assert_eq!(
        err.to_string(),
        format!("{} exists (:w! replaces it)", out.display())
    );
    assert_eq!(std::fs::read_to_string(&out).expect("read"), "keep me");
    store::write_text_file(&out, "new\n", true).expect("forced");
    assert_eq!(std::fs::read_to_string(&out).expect("read"), "new\n");
    // A directory that does not exist is an error naming it, not a panic,
    // with :w! or without: the file is to be made, the directory is missing.
    let missing = dir.join("no/such/dir/out.txt");
    for overwrite in [false, true] {
        let err = store::write_text_file(&missing, "x", overwrite).expect_err("no dir");
        assert_eq!(
            err.to_string(),
            format!("{}: no such directory", dir.join("no/such/dir").display())
        );
    }
    // A directory is one, with :w! or without, in words without an OS code.
    for overwrite in [false, true] {
        let err = store::write_text_file(&dir, "x", overwrite).expect_err("a directory");
        assert_eq!(
            err.to_string(),
            format!("{}: is a directory", dir.display())
        );
    }
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn w_bang_writes_into_what_the_name_stands_for() {
    use std::os::unix::fs::{MetadataExt, PermissionsExt};
    let dir = temp_dir("into");
    // Through a symbolic link, to its file; the link stays a link.
    let real = dir.join("real.txt");
    std::fs::write(&real, "old").expect("real");
    let link = dir.join("link.txt");
    std::os::unix::fs::symlink("real.txt", &link).expect("symlink");
    store::write_text_file(&link, "new\n", true).expect("through the link");
    assert!(std::fs::symlink_metadata(&link)
        .expect("link")
        .file_type()
        .is_symlink());
    assert_eq!(std::fs::read_to_string(&real).expect("read"), "new\n");
    // A private file stays private.
    let private = dir.join("private.txt");
    std::fs::write(&private, "old").expect("private");
    std::fs::set_permissions(&private, std::fs::Permissions::from_mode(0o600)).expect("chmod");
    store::write_text_file(&private, "new\n", true).expect("private");
    let mode = std::fs::metadata(&private)
        .expect("meta")
        .permissions()
        .mode();
    assert_eq!(mode & 0o777, 0o600);
    // Hard links keep sharing the text.
    let one = dir.join("one.txt");
    let two = dir.join("two.txt");
    std::fs::write(&one, "old old old").expect("one");
    std::fs::hard_link(&one, &two).expect("hard link");
    store::write_text_file(&one, "new\n", true).expect("linked");
    assert_eq!(std::fs::read_to_string(&two).expect("read"), "new\n");
    assert_eq!(std::fs::metadata(&two).expect("meta").nlink(), 2);
    // A device is written into, never replaced by a file.
    store::write_text_file(Path::new("/dev/null"), "x", true).expect("/dev/null");
    assert!(!std::fs::metadata("/dev/null").expect("null").is_file());
    // A pipe is refused at once: opening it would wait for a reader.
    let fifo = dir.join("fifo");
    crate::support::errors::mkfifo(&fifo);
    assert!(store::write_text_file(&fifo, "x", true).is_err());
    assert!(!std::fs::metadata(&fifo).expect("fifo").is_file());
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn home_is_expanded_only_at_the_start() {
    let home = Path::new("/home/reader");
    let e = |p: &str| store::expand_home(Path::new(p), Some(home));
    assert_eq!(e("~/a.txt"), home.join("a.txt"));
    assert_eq!(e("~"), home);
    assert_eq!(e("a/~/b"), PathBuf::from("a/~/b"));
    assert_eq!(e("~other/x"), PathBuf::from("~other/x"));
    assert_eq!(
        store::expand_home(Path::new("~/a"), None),
        PathBuf::from("~/a")
    );
}

fn status_bar(a: &App) -> String {
    let (w, h) = a.size();
    let mut terminal = Terminal::new(TestBackend::new(w, h)).expect("terminal");
    terminal
        .draw(|frame| qari::ui::draw(a, frame))
        .expect("draw");
    let buf = terminal.backend().buffer();
    (0..w).map(|x| buf[(x, h - 1)].symbol()).collect()
}

#[test]
fn the_status_bar_shows_a_mark_being_typed() {
    let doc = Document::from_bytes("doc.txt", b"one\ntwo\nthree\n").expect("text");
    let mut a = app(doc, 60, 8);
    assert!(!status_bar(&a).contains('\u{2026}'));
    press_str(&mut a, "m");
    assert!(
        status_bar(&a).starts_with(" m\u{2026}  doc.txt"),
        "{}",
        status_bar(&a)
    );
    press_str(&mut a, "a'");
    assert!(
        status_bar(&a).starts_with(" '\u{2026}  doc.txt"),
        "{}",
        status_bar(&a)
    );
    press_str(&mut a, "q");
    assert!(
        status_bar(&a).starts_with(" mark q is not set  doc.txt"),
        "{}",
        status_bar(&a)
    );
}

#[test]
fn with_justify_w_and_render_both_fill_the_lines_the_reader_fills() {
    let dir = temp_dir("justify");
    let source = dir.join("article.txt");
    std::fs::write(&source, article()).expect("fixture");
    let config_text = "[text]\njustify = true\n";
    std::fs::create_dir_all(dir.join("config/qari")).expect("mkdir");
    std::fs::write(dir.join("config/qari/config.toml"), config_text).expect("config");
    let config = qari::reader::config::Config::parse(config_text, "config.toml").expect("valid");

    let doc = Document::from_bytes("article.txt", &article()).expect("text");
    let mut a = Setup::default()
        .layout(LayoutOptions::default())
        .config(config)
        .app(doc, 41, 20);
    press_str(&mut a, ":w --visual out.txt");
    a.press(Key::plain(KeyCode::Enter));
    let effects = a.take_effects();
    let [Effect::WriteFile { text, .. }] = effects.as_slice() else {
        panic!("one WriteFile expected: {effects:?}");
    };
    let rendered = qari_render(&source, 41, &dir);
    assert_eq!(text, &rendered);
    // The long Arabic paragraph's wrapped lines fill the column, as on screen.
    let screen_lines: Vec<&str> = rendered.lines().skip(2).take(3).collect();
    for line in &screen_lines {
        assert_eq!(line.chars().count(), 41, "{rendered}");
    }
    let plain = write_from_reader(&article(), 41, &dir.join("plain.txt"));
    assert_ne!(plain, rendered, "justify changes the text");
    let _ = std::fs::remove_dir_all(&dir);
}
