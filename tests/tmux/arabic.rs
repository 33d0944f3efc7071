//! The Arabic interface in a real terminal (tmux): `--lang ar`, or a locale
//! whose language is Arabic, puts the status bar, the panel and the help in
//! Arabic, right to left, with the panel on the left of the article; `--lang
//! en` wins over the locale. What the reader says about a file, a link that
//! cannot be fetched or a configuration it cannot use is Arabic too, with
//! the path or the URL in it.
//!
//! The letters are not joined (`--shape off`), so a word on screen is its
//! letters in reverse order: `shown` writes that from the logical word.

use std::sync::OnceLock;

use crate::support::http::{serve, Reply};
use crate::support::tmux::{status_line, Tmux};

/// A right-to-left word as tmux shows its cells, left to right.
fn shown(logical: &str) -> String {
    logical.chars().rev().collect()
}

/// The column (in cells) where `text` starts in `line`.
fn column(line: &str, text: &str) -> Option<usize> {
    line.find(text).map(|byte| line[..byte].chars().count())
}

pub fn the_status_bar_panel_and_help_speak_arabic() {
    let t = Tmux::new("arabic100", (100, 30));
    t.start("main", &t.qari("--lang ar --shape off"));
    let help_key = format!("{} h", shown("مساعدة"));
    let screen = t.wait_for("the Arabic status bar", |s| {
        status_line(s).contains(&help_key)
    });
    let bar = status_line(&screen);
    // The position at the left, the name at the right.
    assert!(column(bar, &help_key).expect("help") < 4, "{bar}");
    assert!(bar.contains(&format!("1/55 {}", shown("سطر"))), "{bar}");
    assert!(bar.trim_end().ends_with(".txt"), "{bar}");
    assert!(!bar.contains("line") && !bar.contains("help"), "{bar}");

    // The panel opens on the left, its Arabic headings right-aligned.
    t.keys("e");
    let people = shown("أشخاص");
    let screen = t.wait_for("the panel", |s| s.contains(&people));
    let heading = screen
        .lines()
        .find(|l| l.contains(&people))
        .expect("heading");
    let border = column(heading, "\u{2502}").expect("border");
    assert!(border < 50, "the panel is on the left: {heading}");
    assert!(column(heading, &people).expect("heading") < border);
    for word in ["شخص", "مكان"] {
        assert!(screen.contains(&shown(word)), "legend {word}: {screen}");
    }

    // The help: Arabic headings and descriptions, the keys on the right.
    t.keys("h");
    let reading = shown("القراءة");
    let screen = t.wait_for("the help", |s| s.contains(&reading));
    // A row of the first page (the help scrolls past 28 rows at 100x30).
    let focus = screen
        .lines()
        .find(|l| l.contains(" Tab "))
        .expect("the focus row");
    let word = column(focus, &shown("التركيز")).expect(focus);
    assert!(word < column(focus, " Tab ").expect("keys"), "{focus}");
    t.keys("Escape");
    t.wait_for("the help closed", |s| !s.contains(&reading));
    t.keys("q");
    t.wait_for("qari to exit", |s| s.contains("EXITED 0"));
}

pub fn on_a_small_terminal_nothing_is_cut_in_half() {
    let t = Tmux::new("arabic40", (40, 15));
    t.start("main", &t.qari("--lang ar --shape off"));
    let help_key = format!("{} h", shown("مساعدة"));
    let screen = t.wait_for("the Arabic status bar", |s| {
        status_line(s).contains(&help_key)
    });
    let bar = status_line(&screen);
    // The position whole; the name gives way, cut with an ellipsis.
    assert!(bar.contains(&format!("1/55 {}", shown("سطر"))), "{bar}");
    assert!(bar.contains('\u{2026}'), "{bar}");
    assert!(screen.lines().all(|l| l.chars().count() <= 40), "{screen}");
    // The panel covers the article here; its heading is whole.
    t.keys("e");
    let people = shown("أشخاص");
    t.wait_for("the panel", |s| s.contains(&people));
    // Esc then q at once can arrive as one Alt-q: let the panel close first.
    t.keys("Escape");
    t.wait_for("the panel closed", |s| !s.contains(&people));
    t.keys("q");
    t.wait_for("qari to exit", |s| s.contains("EXITED 0"));
}

pub fn the_locale_chooses_arabic_and_lang_en_wins() {
    let t = Tmux::new("arabiclocale", (80, 12));
    let locale = "LC_ALL= LC_MESSAGES= LANG=ar_EG.UTF-8";
    t.start("ar", &t.qari_in(locale, "--shape off"));
    t.wait_for("Arabic from LANG", |s| {
        status_line(s).contains(&shown("مساعدة"))
    });
    t.keys("q");
    t.wait_for("qari to exit", |s| s.contains("EXITED 0"));
    let t = Tmux::new("arabiclocale-en", (80, 12));
    t.start("en", &t.qari_in(locale, "--lang en"));
    let screen = t.wait_for("English from --lang", |s| status_line(s).contains("h help"));
    assert!(status_line(&screen).contains("line 1/"), "{screen}");
    t.keys("q");
    t.wait_for("qari to exit", |s| s.contains("EXITED 0"));
}

/// What the reader says about the files and pages it reads is Arabic too:
/// a file named that is not there, a page without a story, a link that
/// cannot be followed. (Before any screen, qari's errors stay English, as
/// all its command-line errors are: `tests/cli/errors.rs`.)
pub fn notices_about_files_and_pages_speak_arabic() {
    let t = Tmux::new("arabicnotices", (200, 8));
    // Nothing to read at all: the error before any screen, in English.
    t.start("alone", &t.qari("--lang ar /nonexistent/gone.txt"));
    let alone = t.wait_for("the error", |s| s.contains("EXITED"));
    assert!(
        alone.contains("qari: /nonexistent/gone.txt: no such file") && alone.contains("EXITED 2"),
        "{alone}"
    );
    let front = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/fixtures/web/front-page.html"
    );
    t.start(
        "main",
        &t.qari(&format!(
            "--lang ar --shape off /nonexistent/gone.txt '{front}'"
        )),
    );
    t.tmux(&["kill-session", "-t", "alone"]);
    let screen = t.wait_for("the notices", |s| {
        status_line(s).contains(&shown("بهذا الاسم"))
    });
    let bar = status_line(&screen);
    // The path keeps its order; the sentences are Arabic, right to left.
    assert!(bar.contains("/nonexistent/gone.txt"), "{bar}");
    assert!(bar.contains(&shown("لا ملف بهذا الاسم")), "{bar}");
    assert!(bar.contains(&shown("في الصفحة")), "{bar}");
    assert!(bar.contains(&shown("نصها كله")), "{bar}");
    assert!(
        !bar.contains("no such file") && !bar.contains("no article"),
        "{bar}"
    );
    t.keys("q");
    t.wait_for("the exit", |s| s.contains("EXITED 0"));
    // A piped page's relative link, which has no address to go from.
    let page = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/fixtures/web/article.html"
    );
    t.start(
        "piped",
        &format!("cat '{page}' | {}", t.qari("--lang ar --shape off")),
    );
    t.tmux(&["kill-session", "-t", "main"]);
    t.wait_for("the article", |s| status_line(s).contains(&shown("سطر")));
    t.keys("L");
    t.wait_for("the links", |s| s.contains("/weather/roads"));
    t.keys("Enter");
    let said = t.wait_for("the reason", |s| {
        status_line(s).contains(&shown("رابط نسبي"))
    });
    assert!(!status_line(&said).contains("no address"), "{said}");
    t.keys("q");
    t.wait_for("the exit", |s| s.contains("EXITED 0"));
}

/// The test server's address, and one where nothing listens.
static BASE: OnceLock<String> = OnceLock::new();
static CLOSED: OnceLock<String> = OnceLock::new();

fn routes(path: &str) -> Option<Reply> {
    let (base, closed) = (BASE.get()?, CLOSED.get()?);
    (path == "/links.html").then(|| {
        Reply::ok(
            "text/html; charset=utf-8",
            format!(
                "<html lang=\"ar\" dir=\"rtl\"><head><title>روابط معطلة</title></head><body>\
                 <article><h1>روابط معطلة</h1><p>تجمع هذه الصفحة روابط لا تُقرأ: \
                 <a href=\"{closed}/a.html\">خادم مغلق</a> و<a href=\"{base}/missing\">صفحة مفقودة</a> \
                 و<a href=\"{base}/slow\">خادم بطيء</a> و<a href=\"{base}/huge\">صفحة كبيرة</a>.</p>\
                 </article></body></html>"
            )
            .as_bytes(),
        )
    })
}

/// Under `--lang ar`, a link refused, one answered 404, one that times out
/// and one too large are said in Arabic in the status bar, each with its
/// URL; so is a configuration file that cannot be used, with its name and
/// the place in it. They were English (the server's words, a status's
/// "Not Found", stay as they came).
pub fn network_and_configuration_errors_speak_arabic() {
    let closed = CLOSED.get_or_init(|| {
        let listener = std::net::TcpListener::bind("127.0.0.1:0").expect("a port");
        format!("http://{}", listener.local_addr().expect("address"))
    });
    let base = BASE.get_or_init(|| serve(routes));
    let t = Tmux::new("arabicnetwork", (200, 12));
    let config = t.config_dir().join("qari");
    std::fs::create_dir_all(&config).expect("mkdir");
    std::fs::write(
        config.join("config.toml"),
        "[text]\nwidth = 60\ncolour = \"red\"\n",
    )
    .expect("config");
    let command = t.qari_in(
        "LC_ALL=C.UTF-8 QARI_HTTP_TIMEOUT_MS=300",
        &format!("--lang ar --shape off '{base}/links.html'"),
    );
    t.start("config", &command);
    let screen = t.wait_for("the configuration's notice", |s| {
        status_line(s).contains("config.toml:3:1")
    });
    let bar = status_line(&screen);
    assert!(bar.contains(&shown("مفتاح غير معروف")), "{bar}");
    assert!(bar.contains("\"colour\""), "{bar}");
    // The file's other setting (width = 60) is kept.
    assert!(bar.contains(&shown("هذا الإعداد وحده")), "{bar}");
    assert!(!bar.contains("unknown key"), "{bar}");
    t.keys("q");
    t.wait_for("the exit", |s| s.contains("EXITED 0"));
    // Without it (every reader a link comes back to says it first again).
    std::fs::remove_file(config.join("config.toml")).expect("remove the config");
    t.start("main", &command);
    t.tmux(&["kill-session", "-t", "config"]);
    t.wait_for("the page", |s| status_line(s).contains(&shown("سطر")));
    let cases = [
        (0, format!("{closed}/a.html"), "الاتصال", "connect"),
        (
            1,
            format!("{base}/missing"),
            "أجاب الخادم بالرمز",
            "answered",
        ),
        (2, format!("{base}/slow"), "انتهت مهلة الانتظار", "timed out"),
        (3, format!("{base}/huge"), "أكبر من اللازم", "too large"),
    ];
    for (down, url, arabic, english) in cases {
        t.keys("L");
        t.wait_for("the page's links", |s| s.contains(&format!("{base}/huge")));
        for _ in 0..down {
            t.keys("j");
        }
        t.keys("Enter");
        let said = t.wait_for(english, |s| status_line(s).contains(&shown(arabic)));
        let bar = status_line(&said);
        assert!(bar.contains(&url), "{url}: {bar}");
        assert!(!bar.contains(english), "{bar}");
        if url.ends_with("/missing") {
            assert!(bar.contains("404") && bar.contains("Not Found"), "{bar}");
        }
    }
    t.keys("q");
    t.wait_for("the exit", |s| s.contains("EXITED 0"));
}
