//! What a person sees in real terminals: qari's Arabic reads right in xterm
//! (no bidi of its own), sakura (VTE, as in GNOME Terminal), mlterm and Konsole
//! (each with its own bidi), and in tmux inside sakura. The tmux tests prove
//! the cells qari sends, but tmux draws cells as it gets them and does no bidi;
//! a terminal with its own bidi reorders them again, and only a screenshot
//! shows whether a line then reads backwards. So each test starts Xvfb, opens
//! the terminal on it running qari (the reader on its built-in article, or
//! `qari render` on the article's first lines), takes screenshots and reads
//! them back with tesseract, and checks that the article's title comes out as
//! words in reading order on one line. A reversed line reads as other words
//! (`ةروص` for `صورة`) or the words in the wrong order, and fails the check.
//!
//! Each test has its own display, homes and tmux socket, so they run in
//! parallel; tesseract runs on one thread so that two of them share two cores.
//! A failing test prints what the OCR read and keeps its screenshot;
//! QARI_KEEP_SCREENSHOTS=1 keeps them for passing tests too, to look at.

use qari::store::input::DEFAULT_ARTICLE;

use crate::support::xvfb::{shell_quote, Session, Terminal, QARI};

/// The file the after-the-reader script touches once the reader has ended.
const READER_ENDED: &str = "reader-ended";

/// The built-in article's title (its fifth line, after a photo caption).
const TITLE: &str = "رئيس كازاخستان يتعهد باتخاذ تدابير حاسمة ضد الإرهابيين";
/// Title words (of eight) an OCR line must have, in order: the OCR misreads
/// a word or two of a line that reads right (`الإرها بيين`), and all but one
/// of a reversed one (`نييباهرإلا دض ةمساح`).
const ENOUGH_WORDS: usize = 5;

/// What runs in the terminal.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Run {
    /// The reader on its built-in article, at the top.
    Reader,
    /// `qari render` on the first lines of the same article: all of it would
    /// scroll the title off the window. Its output goes to the terminal, so
    /// qari sees the terminal as it does in the reader.
    Render,
    /// The reader (on another text), ended by SIGTERM after two seconds, then
    /// `cat` of the article's first lines: the terminal must have its own bidi back (a VTE
    /// row left in explicit mode, or mlterm left without `use_ctl`, shows
    /// the logical text backwards).
    AfterReader,
}

/// Whether qari runs inside tmux in the terminal, and how tmux is set.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Tmux {
    No,
    /// tmux as it comes: sequences for the outer terminal do not get through.
    Default,
    /// `allow-passthrough on`: qari switches the outer terminal's bidi itself.
    Passthrough,
}

/// The built-in article's first lines: its title and the first paragraphs.
fn article_head() -> String {
    DEFAULT_ARTICLE
        .lines()
        .take(9)
        .map(|l| format!("{l}\n"))
        .collect()
}

fn title_reads_right(test: &str, terminal: Terminal, tmux: Tmux, run: Run) {
    let in_tmux = tmux != Tmux::No;
    let mut session = Session::new(test);
    let head = article_head();
    // The title has a no-break space: compare words, not strings.
    assert_eq!(title_words_in_order(&head), 8, "the title in {head}");
    let article = session.write("article.txt", &head);
    let article = article.to_str().expect("UTF-8 path");
    let qari = match run {
        Run::Reader => shell_quote(QARI),
        Run::Render => format!("{} render {}", shell_quote(QARI), shell_quote(article)),
        Run::AfterReader => {
            // The reader shows another text, so the title is on screen only
            // once the reader has gone.
            // A marker says when the reader has gone, so the screen is not
            // read (and taken as settled) while the reader is still on it.
            let other = session.write("other.txt", "Another article, in English.\n");
            let ended = session.dir.join(READER_ENDED);
            format!(
                "timeout --foreground -s TERM 2 {} {}; touch {}; cat {}",
                shell_quote(QARI),
                shell_quote(other.to_str().expect("UTF-8 path")),
                shell_quote(ended.to_str().expect("UTF-8 path")),
                shell_quote(article)
            )
        }
    };
    let inner = session.script("qari.sh", &qari);
    let inner = inner.to_str().expect("UTF-8 path");
    let script = if in_tmux {
        // The tmux server starts inside sakura and inherits its environment
        // (VTE_VERSION), as when someone runs tmux in GNOME Terminal.
        let socket = session.tmux_socket();
        let socket = socket.to_str().expect("UTF-8 path");
        // qari starts once tmux's client (in the terminal) is attached, as
        // from a shell in it: sequences passed through before that are lost,
        // and qari sets VTE's rows again only a second later.
        let window = format!(
            "until [ -n \"$(tmux -S {socket} list-clients 2>/dev/null)\" ]; do sleep 0.1; done; sh {}",
            shell_quote(inner),
            socket = shell_quote(socket),
        );
        // No status line: until qari draws, the window is blank, and a blank
        // screen is not read as a settled one.
        let options = if tmux == Tmux::Passthrough {
            "set -g status off\nset -g allow-passthrough on\n"
        } else {
            "set -g status off\n"
        };
        let conf = session.write("tmux.conf", options);
        let conf = conf.to_str().expect("UTF-8 path");
        let tmux = ["tmux", "-S", socket, "-f", conf, "new-session", &window];
        let tmux: Vec<String> = tmux.iter().map(|a| shell_quote(a)).collect();
        session.write("tmux.sh", &format!("exec {}\n", tmux.join(" ")))
    } else {
        inner.into()
    };
    session.launch(terminal, &script);
    if run == Run::AfterReader {
        let ended = session.dir.join(READER_ENDED);
        let deadline = std::time::Instant::now() + std::time::Duration::from_secs(30);
        while !ended.exists() {
            assert!(
                std::time::Instant::now() < deadline,
                "{test}: the reader did not end within 30 s of its SIGTERM"
            );
            std::thread::sleep(std::time::Duration::from_millis(100));
        }
    }

    let reading = session.read_screen(|text| title_words_in_order(text) >= ENOUGH_WORDS);
    if !reading.accepted {
        eprintln!("OCR of {}:\n{}", reading.png.display(), reading.text);
    }
    assert!(
        reading.accepted,
        "{test}: the title reads wrong in {}{} ({} of {} words in order, {ENOUGH_WORDS} needed); \
         screenshot: {}",
        if in_tmux { "tmux in " } else { "" },
        terminal.program(),
        title_words_in_order(&reading.text),
        words(TITLE).len(),
        reading.png.display()
    );
}

/// The most words of the title that one line of `ocr` has in order, whole.
fn title_words_in_order(ocr: &str) -> usize {
    let title = words(TITLE);
    ocr.lines()
        .map(|line| longest_common_subsequence(&title, &words(line)))
        .max()
        .unwrap_or(0)
}

/// Words of `text` with the differences the OCR (or the spelling) makes and a
/// reader does not see folded away: tatweel and harakat dropped, أ إ آ ٱ as ا,
/// ى as ي, ة as ه; split at anything that is neither letter nor digit
/// (punctuation, and the direction marks tesseract puts around Latin).
fn words(text: &str) -> Vec<String> {
    let folded: String = text
        .chars()
        .filter_map(|c| match c {
            '\u{0640}' | '\u{064B}'..='\u{065F}' | '\u{0670}' => None,
            'أ' | 'إ' | 'آ' | 'ٱ' => Some('ا'),
            'ى' => Some('ي'),
            'ة' => Some('ه'),
            c => Some(c),
        })
        .collect();
    folded
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_string)
        .collect()
}

fn longest_common_subsequence(a: &[String], b: &[String]) -> usize {
    let mut row = vec![0; b.len() + 1];
    for x in a {
        let mut diagonal = 0;
        for (j, y) in b.iter().enumerate() {
            let above = row[j + 1];
            row[j + 1] = if x == y {
                diagonal + 1
            } else {
                above.max(row[j])
            };
            diagonal = above;
        }
    }
    row[b.len()]
}

/// The check itself, on what tesseract read in xterm (right) and in mlterm
/// before qari knew about its bidi (every word reversed).
pub fn title_check_takes_reading_order_and_rejects_reversed_lines() {
    let xterm = "صورة أرشيفية\n\nرئيس كازاخستان يتعهد باتخاذ تدابير حاسمة ضد الإرها بيين\n";
    assert_eq!(title_words_in_order(xterm), 7);
    let mlterm = "نييباهرإلا دض ةمساح ريبادت ذاختاب .هعتي\n\nمويلا ‎Luly,‏ ةياوب\n";
    assert_eq!(title_words_in_order(mlterm), 0);
    // Words in reversed order, each one right: one in order.
    let backwards: Vec<&str> = TITLE.split(' ').rev().collect();
    assert_eq!(title_words_in_order(&backwards.join(" ")), 1);
    // Harakat, tatweel and the letters the OCR confuses do not count.
    let variant = "رَئيس كازاخـستان يتعهد بإتخاذ تدابير حاسمه ضد الارهابيين.";
    assert_eq!(title_words_in_order(variant), 8);
    // The words must be on one line.
    assert_eq!(title_words_in_order(&TITLE.replace("حاسمة", "\nحاسمة")), 5);
}

pub fn xterm_reader() {
    title_reads_right("xterm_reader", Terminal::Xterm, Tmux::No, Run::Reader);
}

pub fn xterm_render() {
    title_reads_right("xterm_render", Terminal::Xterm, Tmux::No, Run::Render);
}

pub fn sakura_reader() {
    title_reads_right("sakura_reader", Terminal::Sakura, Tmux::No, Run::Reader);
}

pub fn sakura_render() {
    title_reads_right("sakura_render", Terminal::Sakura, Tmux::No, Run::Render);
}

pub fn mlterm_reader() {
    title_reads_right("mlterm_reader", Terminal::Mlterm, Tmux::No, Run::Reader);
}

pub fn mlterm_render() {
    title_reads_right("mlterm_render", Terminal::Mlterm, Tmux::No, Run::Render);
}

pub fn konsole_reader() {
    title_reads_right("konsole_reader", Terminal::Konsole, Tmux::No, Run::Reader);
}

pub fn konsole_render() {
    title_reads_right("konsole_render", Terminal::Konsole, Tmux::No, Run::Render);
}

pub fn tmux_in_sakura_reader() {
    title_reads_right(
        "tmux_in_sakura_reader",
        Terminal::Sakura,
        Tmux::Default,
        Run::Reader,
    );
}

pub fn tmux_in_sakura_render() {
    title_reads_right(
        "tmux_in_sakura_render",
        Terminal::Sakura,
        Tmux::Default,
        Run::Render,
    );
}

pub fn tmux_with_passthrough_in_sakura_reader() {
    title_reads_right(
        "tmux_with_passthrough_in_sakura_reader",
        Terminal::Sakura,
        Tmux::Passthrough,
        Run::Reader,
    );
}

pub fn sakura_after_the_reader() {
    title_reads_right(
        "sakura_after_the_reader",
        Terminal::Sakura,
        Tmux::No,
        Run::AfterReader,
    );
}

pub fn mlterm_after_the_reader() {
    title_reads_right(
        "mlterm_after_the_reader",
        Terminal::Mlterm,
        Tmux::No,
        Run::AfterReader,
    );
}

/// The Arabic interface's status bar, read in reading order: the document's
/// name (Arabic words), then "سطر" and the line, then "h مساعدة".
const ARABIC_BAR: [&str; 5] = ["تقرير", "عن", "كازاخستان", "سطر", "مساعدة"];

/// `qari --lang ar` on a file with an Arabic name: its status bar must read
/// right to left, its words whole and in order, on one line.
fn arabic_bar_reads_right(test: &str, terminal: Terminal) {
    let mut session = Session::new(test);
    let head = article_head();
    let article = session.write("تقرير عن كازاخستان", &head);
    let qari = format!(
        "{} --lang ar {}",
        shell_quote(QARI),
        shell_quote(article.to_str().expect("UTF-8 path"))
    );
    let script = session.script("qari.sh", &qari);
    session.launch(terminal, &script);
    let expected = words(&ARABIC_BAR.join(" "));
    let in_order = |ocr: &str| {
        ocr.lines()
            .map(|line| longest_common_subsequence(&expected, &words(line)))
            .max()
            .unwrap_or(0)
    };
    let reading = session.read_screen(|text| in_order(text) >= 4);
    if !reading.accepted {
        eprintln!("OCR of {}:\n{}", reading.png.display(), reading.text);
    }
    assert!(
        reading.accepted,
        "{test}: the Arabic status bar reads wrong in {} ({} of 5 words in order); screenshot: {}",
        terminal.program(),
        in_order(&reading.text),
        reading.png.display()
    );
}

pub fn xterm_arabic_interface() {
    arabic_bar_reads_right("xterm_arabic_interface", Terminal::Xterm);
}

pub fn konsole_arabic_interface() {
    arabic_bar_reads_right("konsole_arabic_interface", Terminal::Konsole);
}
