//! The entities panel in a real terminal: tmux runs `qari` on the default
//! article, the recogniser finishes in the background, `e` opens the panel, and
//! the keys of the panel move the view; `capture-pane` reads the screen back.
//!

use crate::support::tmux::{status_line, status_position, Tmux};

fn open_panel_and_jump(size: (u16, u16), name: &str) {
    let t = Tmux::new(name, size);
    t.start("main", &t.qari(""));
    t.wait_for("the first screen", |s| {
        s.contains("kazakhstan-2022-01-06.txt")
    });
    // From the bottom, the first person's first mention (in the article's first
    // lines) is above the view.
    t.keys("G");
    let bottom = t.wait_for("G", |s| status_line(s).contains("100%"));
    let bottom_at = status_position(&bottom);
    t.keys("e");
    let panel = t.wait_for("the entities", |s| {
        s.contains("People (") || s.contains("Places (")
    });
    assert!(panel.contains("\u{2502}"), "the panel's border: {panel}");
    assert!(panel.contains("person place"), "the legend: {panel}");
    t.keys("Tab");
    for _ in 0..30 {
        t.keys("k");
    }
    t.keys("Enter");
    let jumped = t.wait_for("the jump", |s| status_line(s).contains("mention 1/"));
    let jumped_at = status_position(&jumped);
    assert_ne!(jumped_at, bottom_at, "the view moved: {jumped}");
    assert!(!status_line(&jumped).contains("100%"), "{jumped}");
    t.keys("]");
    t.wait_for("the next mention", |s| {
        let status = status_line(s);
        status.contains("mention 2/") || status.contains("wrapped to first mention")
    });
    t.keys("q");
    let after = t.wait_for("a clean exit", |s| s.contains("EXITED"));
    assert!(after.contains("EXITED 0"), "{after}");
}

pub fn the_panel_opens_and_jumps_at_100x30() {
    open_panel_and_jump((100, 30), "p100");
}

pub fn the_panel_opens_and_jumps_at_140x40() {
    open_panel_and_jump((140, 40), "p140");
}

/// At 40x15 there is no room beside the article: `e` shows the panel over it,
/// its keys move the selection, `Esc` goes back, Enter jumps and shows the text.
pub fn at_40x15_the_panel_is_a_full_screen_view() {
    let t = Tmux::new("p40", (40, 15));
    t.start("main", &t.qari(""));
    let article = t.wait_for("the first screen", |s| status_line(s).contains("line 1/"));
    t.keys("e");
    let panel = t.wait_for("the entities", |s| {
        s.contains("People (") || s.contains("Places (")
    });
    assert!(!panel.contains("too narrow"), "{panel}");
    assert!(
        !panel.contains('\u{2502}'),
        "no border over the article: {panel}"
    );
    assert!(panel.contains("person place"), "the legend: {panel}");
    let first = panel.lines().next().unwrap_or("");
    assert!(first.starts_with(' '), "a cell of padding: {first:?}");
    t.keys("Escape");
    let back = t.wait_for("the article again", |s| !s.contains("People ("));
    assert_eq!(
        back.lines().next(),
        article.lines().next(),
        "Esc shows the article where it was"
    );
    t.keys("e");
    t.wait_for("the entities", |s| {
        s.contains("People (") || s.contains("Places (")
    });
    t.keys("j");
    t.keys("Enter");
    let jumped = t.wait_for("the jump", |s| status_line(s).contains("mention 1/"));
    assert!(
        !jumped.contains("People ("),
        "the article is shown: {jumped}"
    );
    t.keys("q");
    t.wait_for("a clean exit", |s| s.contains("EXITED 0"));
}

/// At 40x20 the panel over the article steps aside for a jump, and `Tab`
/// brings it back, as beside the article `Tab` gives it the keys again:
/// never "no panel" right after using it.
pub fn at_40x20_tab_brings_back_the_panel_a_jump_put_aside() {
    let t = Tmux::new("ptab40", (40, 20));
    t.start("main", &t.qari(""));
    t.wait_for("the first screen", |s| status_line(s).contains("line 1/"));
    t.keys("e");
    let entities = |s: &str| s.contains("People (") || s.contains("Places (");
    t.wait_for("the entities", entities);
    t.keys("j");
    t.keys("Enter");
    let jumped = t.wait_for("the jump", |s| status_line(s).contains("mention 1/"));
    assert!(!entities(&jumped), "the article is shown: {jumped}");
    t.keys("Tab");
    let back = t.wait_for("the panel again", entities);
    assert!(!status_line(&back).contains("no panel"), "{back}");
    t.keys("j");
    t.keys("Enter");
    t.wait_for("a jump from the panel brought back", |s| {
        !entities(s) && status_line(s).contains("mention ")
    });
    t.keys("Tab");
    let again = t.wait_for("the panel once more", entities);
    assert!(!status_line(&again).contains("no panel"), "{again}");
    t.keys("q");
    t.wait_for("a clean exit", |s| s.contains("EXITED 0"));
}

/// At 80x24 the article and the panel's rows keep a blank cell each side of
/// the border, and counts stay in their four cells, clear of the marker.
pub fn at_80x24_the_panel_rows_keep_off_the_border() {
    let t = Tmux::new("p80", (80, 24));
    t.start("main", &t.qari(""));
    t.wait_for("the first screen", |s| status_line(s).contains("line 1/"));
    t.keys("e");
    let panel = t.wait_for("the entities", |s| s.contains("People ("));
    for line in panel.lines().take(20) {
        let Some((article, rows)) = line.split_once('\u{2502}') else {
            panic!("every row has the border: {line:?}\n{panel}");
        };
        assert!(
            article.ends_with(' '),
            "the article keeps off the border: {line:?}"
        );
        assert!(
            rows.is_empty() || rows.starts_with(' '),
            "a blank cell after the border: {line:?}"
        );
        assert!(
            !rows.contains("\u{25B6}9"),
            "a count runs into the marker: {line:?}"
        );
    }
    t.keys("q");
    t.wait_for("a clean exit", |s| s.contains("EXITED 0"));
}

/// `s` as `--shape off` shows it: one paragraph of right-to-left letters, its
/// code points in visual order.
fn visual(s: &str) -> String {
    s.chars().rev().collect()
}

/// In the panel each quote is a row under its speaker, the one relaying it
/// (the news agency) has none, and a quote's row is selected and jumped to
/// like any other.
pub fn quotes_sit_under_their_speaker() {
    let t = Tmux::new("pquotes", (100, 30));
    let article = t.config_dir().join("quotes.txt");
    std::fs::create_dir_all(t.config_dir()).expect("config dir");
    std::fs::write(
        &article,
        "وقال وزير الخارجية الأمريكي أنتوني بلينكن في مؤتمر صحفي: \"نعمل مع شركائنا في المنطقة للتوصل إلى وقف دائم لإطلاق النار\".\n\
         وأضاف: \"سنواصل الضغط على جميع الأطراف\".\n\
         ونقلت وكالة رويترز عن مصدر أمني قوله: \"المسلحون هاجموا نقطة التفتيش فجرا\".\n",
    )
    .expect("write the article");
    t.start(
        "main",
        &t.qari(&format!("--shape off '{}'", article.display())),
    );
    t.wait_for("the first screen", |s| status_line(s).contains("line 1/"));
    t.keys("e");
    // The panel is what is right of its border; the article says the same words.
    let panel_rows = |s: &str| -> Vec<String> {
        s.lines()
            .map(|l| l.split('\u{2502}').nth(1).unwrap_or("").to_string())
            .collect()
    };
    let screen = t.wait_for("the speakers", |s| {
        panel_rows(s)
            .iter()
            .any(|r| r.contains(&visual("المسلحون")))
    });
    let rows = panel_rows(&screen);
    let row_of = |name: &str| {
        rows.iter()
            .position(|r| r.contains(&visual(name)))
            .unwrap_or_else(|| panic!("no row for {name}: {screen}"))
    };
    let quote_under = |row: usize, words: &str| {
        let r = rows.get(row).map_or("", String::as_str);
        assert!(
            r.contains('\u{2013}') && r.contains(&visual(words)),
            "row {row} should be the quote {words}: {screen}"
        );
    };
    let blinken = row_of("أنتوني بلينكن");
    quote_under(blinken + 1, "نعمل مع");
    // وأضاف with no subject continues the last speaker.
    quote_under(blinken + 2, "سنواصل");
    quote_under(row_of("مصدر أمني") + 1, "المسلحون");
    // (The agency's head stays outside its well-known name.)
    let agency = row_of("رويترز");
    assert!(
        !rows.get(agency + 1).is_some_and(|r| r.contains('\u{2013}')),
        "the agency relays, it did not speak: {screen}"
    );
    // The first row is the speaker; the next, their first quote.
    t.keys("Tab");
    t.keys("j");
    t.wait_for("the quote selected", |s| {
        panel_rows(s)
            .iter()
            .any(|r| r.contains('\u{25B6}') && r.contains(&visual("نعمل مع")))
    });
    t.keys("Enter");
    t.wait_for("the jump to the quote", |s| {
        status_line(s).contains("mention 1/1")
    });
    t.keys("q");
    let after = t.wait_for("a clean exit", |s| s.contains("EXITED"));
    assert!(after.contains("EXITED 0"), "{after}");
}

/// A person quoted and a place named once, for `l` and `]` from the panel.
fn one_place_article(t: &Tmux) -> std::path::PathBuf {
    let article = t.dir.join("place.txt");
    std::fs::write(
        &article,
        "قال الرئيس قاسم جومارت توكاييف إن كازاخستان مستقرة.\n\
         وأكد توكاييف أن \"الحكومة ماضية في الإصلاح الشامل\".\n",
    )
    .expect("write the article");
    article
}

/// `l` on a panel row labels that row's entity, beside the article and over
/// it (where the panel has the keys without the focus), and says why where
/// it cannot: on a quote's row, on the Notes tab, in the menu.
pub fn l_in_the_panel_labels_its_row_or_says_why_not() {
    for (size, name) in [((100, 24), "plabel100"), ((40, 24), "plabel40")] {
        let t = Tmux::new(name, size);
        let article = one_place_article(&t);
        t.start(
            "main",
            &t.qari(&format!("--shape off '{}'", article.display())),
        );
        t.wait_for("the first screen", |s| status_line(s).contains("line 1/"));
        t.keys("e");
        t.wait_for("the entities", |s| s.contains("Places ("));
        if size.0 > 60 {
            t.keys("Tab");
        }
        // The last row: the place, while the reading cursor is on the person.
        t.keys("G");
        t.keys("l");
        let menu = t.wait_for("the label menu", |s| s.contains("not an entity"));
        assert!(
            menu.contains(&format!("label: {}", visual("كازاخستان"))),
            "{menu}"
        );
        if size.0 < 60 {
            // (The bar has no room for the messages below.)
            t.keys("Escape");
            t.keys("q");
            t.wait_for("a clean exit", |s| s.contains("EXITED 0"));
            continue;
        }
        t.keys("]");
        t.wait_for("what the menu takes", |s| {
            status_line(s).contains("]: choose a label")
        });
        t.keys("Escape");
        // Up to the quote's row, under its speaker.
        t.keys("k");
        t.keys("l");
        t.wait_for("why a quote is not labelled here", |s| {
            status_line(s).contains("a quote is labelled as a passage")
        });
        t.keys("t");
        t.keys("l");
        t.wait_for("why the notes have nothing to label", |s| {
            status_line(s).contains("t shows the entities")
        });
        t.keys("q");
        t.wait_for("a clean exit", |s| s.contains("EXITED 0"));
    }
}

/// `]` back in the article on an entity named once says where it landed.
pub fn a_jump_to_the_only_mention_says_so() {
    let t = Tmux::new("ponly", (100, 24));
    let article = one_place_article(&t);
    t.start(
        "main",
        &t.qari(&format!("--shape off '{}'", article.display())),
    );
    t.wait_for("the first screen", |s| status_line(s).contains("line 1/"));
    t.keys("e");
    t.wait_for("the entities", |s| s.contains("Places ("));
    t.keys("Tab");
    t.keys("G");
    t.keys("Enter");
    t.wait_for("the jump", |s| status_line(s).contains("mention 1/1"));
    t.keys("Tab");
    t.wait_for("the article's focus", |s| {
        !status_line(s).contains("mention")
    });
    t.keys("]");
    t.wait_for("where ] landed", |s| {
        status_line(s).contains("mention 1/1  the only one")
    });
    t.keys("[");
    t.wait_for("where [ landed", |s| {
        status_line(s).contains("mention 1/1  the only one")
    });
    t.keys("q");
    t.wait_for("a clean exit", |s| s.contains("EXITED 0"));
}
