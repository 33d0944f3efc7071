//! Links told from paths, fragments split off, a page opened at its
//! fragment, and what goes to the loader.

use super::*;

#[test]
fn urls_are_told_from_paths() {
    assert!(is_url("https://example.org/a"));
    assert!(is_url("ftp://example.org/a"));
    assert!(!is_url("article.html"));
    assert!(!is_url("/tmp/a://b"));
    assert!(!is_url("://x"));
}

#[test]
fn a_fragment_is_split_from_a_link_or_a_path_to_a_file() {
    let split = |p: &str| {
        let (path, fragment) = split_fragment(Path::new(p));
        (path.display().to_string(), fragment)
    };
    let url = "https://example.org/a.html";
    assert_eq!(split(&format!("{url}#p3")), (url.into(), Some("p3".into())));
    assert_eq!(split(&format!("{url}#")), (url.into(), None));
    assert_eq!(split(url), (url.into(), None));
    // A path: the last `#`, when what is before it is a file.
    let page = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/fixtures/web/sections.html"
    );
    assert_eq!(
        split(&format!("{page}#part")),
        (page.into(), Some("part".into()))
    );
    assert_eq!(split(page), (page.into(), None));
    let nowhere = "/nonexistent/qari/a.html#part";
    assert_eq!(split(nowhere), (nowhere.into(), None));
    // A file whose name has a `#` is that file.
    let dir = std::env::temp_dir().join(format!("qari-fragment-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("dir");
    let named = dir.join("notes#2.html");
    std::fs::write(&named, "<p>x</p>").expect("file");
    let named = named.display().to_string();
    assert_eq!(split(&named), (named.clone(), None));
    assert_eq!(
        split(&format!("{named}#top")),
        (named.clone(), Some("top".into()))
    );
    std::fs::remove_dir_all(&dir).expect("clean");
}

#[test]
fn a_page_read_with_a_fragment_starts_at_its_element() {
    let page = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/fixtures/web/sections.html"
    );
    let reading = |path: &str| {
        input::start_reading(
            input::Source::File(Path::new(path)),
            &ReadOptions::default(),
        )
        .expect("the page")
    };
    let at = reading(&format!("{page}#section2"));
    let start = at.start.expect("a start");
    let text: String = at.loading.document.text().chars().skip(start).collect();
    assert!(text.starts_with("القسم الثاني\n"), "{text}");
    // The same document, from its top, without one.
    let whole = reading(page);
    assert_eq!(whole.start, None);
    assert_eq!(whole.loading.document.hash, at.loading.document.hash);
    assert_eq!(reading(&format!("{page}#nowhere")).start, None);
}

#[test]
fn plain_utf8_goes_to_the_loader() {
    assert!(is_plain_utf8("نص".as_bytes()));
    assert!(is_plain_utf8(&"نص".as_bytes()[..3]));
    assert!(!is_plain_utf8(&[0xC7, 0xE1, 0x20, 0x41]));
    assert!(!is_plain_utf8(&[0xFF, 0xFE, 0x41, 0]));
}
