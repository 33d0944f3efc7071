//! The arguments parsed: less's options taken off, widths checked, each
//! command's arguments, and the reader's files.

use super::*;

fn less(args: &[&str]) -> (Vec<String>, Option<String>) {
    let args = args.iter().map(std::ffi::OsString::from).collect();
    let (kept, command) = less_arguments(args);
    let kept = kept
        .into_iter()
        .map(|a| a.to_string_lossy().into_owned())
        .collect();
    (kept, command)
}

#[test]
fn less_s_flags_and_plus_commands_are_taken_off_a_pager_s_arguments() {
    assert_eq!(
        less(&["qari", "-R", "+G", "a.txt", "-FRX"]),
        (
            vec!["qari".to_string(), "a.txt".to_string()],
            Some("G".to_string())
        )
    );
    assert_eq!(less(&["qari", "+/مجلس", "-"]).1.as_deref(), Some("/مجلس"));
    // qari's own flags stay, and a subcommand's arguments are its own.
    assert_eq!(less(&["qari", "--shape", "on", "a.txt"]).0.len(), 4);
    let after_option = less(&["qari", "--encoding", "utf-8", "search", "+963", "a.txt"]);
    assert_eq!((after_option.0.len(), after_option.1), (6, None));
    let search = less(&["qari", "search", "-c", "+x", "a.txt"]);
    assert_eq!(
        search,
        (
            ["qari", "search", "-c", "+x", "a.txt"]
                .iter()
                .map(|s| s.to_string())
                .collect(),
            None
        )
    );
    // The parse takes what is left.
    let (kept, _) = less_arguments(
        ["qari", "-R", "+G", "a.txt"]
            .iter()
            .map(std::ffi::OsString::from)
            .collect(),
    );
    let cli = Cli::try_parse_from(kept).expect("parses");
    assert_eq!(cli.files, [PathBuf::from("a.txt")]);
}

fn render_args(args: &[&str]) -> Result<RenderArgs, clap::Error> {
    let cli = Cli::try_parse_from(["qari", "render"].iter().chain(args))?;
    match cli.command {
        Some(Command::Render(r)) => Ok(r),
        other => panic!("not a render command: {other:?}"),
    }
}

#[test]
fn width_must_be_a_positive_number() {
    assert_eq!(parse_width("1"), Ok(1));
    assert_eq!(parse_width("120"), Ok(120));
    assert!(parse_width("0").is_err_and(|e| e.contains("at least 1")));
    assert!(parse_width("-3").is_err_and(|e| e.contains("not a number")));
    assert!(parse_width("wide").is_err());
    assert_eq!(parse_width("1000"), Ok(1000));
    for wide in ["1001", "4294967295", "99999999999999999999999"] {
        assert!(
            parse_width(wide).is_err_and(|e| e.contains("at most 1000")),
            "{wide}"
        );
    }
}

#[test]
fn render_arguments_parse() {
    let r = render_args(&["a.txt", "--width", "40", "--shape", "off"]).expect("valid");
    assert_eq!(r.file.as_deref(), Some(std::path::Path::new("a.txt")));
    assert_eq!(r.width, Some(40));
    assert_eq!(r.shape, Some(Shaping::Off));
    assert_eq!(render_args(&[]).expect("valid").shape, None);
    assert_eq!(r.color, ColorArg::Auto);
    assert!(render_args(&["--width", "0"]).is_err());
    assert!(render_args(&["--width", "5", "--no-wrap"]).is_err());
    assert!(render_args(&["--no-wrap"]).expect("valid").no_wrap);
}

#[test]
fn annotations_arguments_parse() {
    let cli =
        Cli::try_parse_from(["qari", "annotations", "a.txt", "--export", "w3c"]).expect("valid");
    let Some(Command::Annotations(a)) = cli.command else {
        panic!("not annotations");
    };
    assert_eq!(a.export, ExportFormat::W3c);
    let cli = Cli::try_parse_from(["qari", "annotations", "a.txt", "--import", "brat", "a.ann"])
        .expect("valid");
    let Some(Command::Annotations(a)) = cli.command else {
        panic!("not annotations");
    };
    assert_eq!(a.export, ExportFormat::Jsonl);
    assert_eq!(
        a.import,
        Some(vec![PathBuf::from("brat"), PathBuf::from("a.ann")])
    );
    assert!(Cli::try_parse_from(["qari", "annotations", "--import", "brat"]).is_err());
    let cli = Cli::try_parse_from(["qari", "annotations", "--all", "--export", "markdown"])
        .expect("valid");
    let Some(Command::Annotations(a)) = cli.command else {
        panic!("not annotations");
    };
    assert!(a.all && a.file.is_none());
    assert!(Cli::try_parse_from(["qari", "annotations", "a.txt", "--all"]).is_err());
    assert!(Cli::try_parse_from(["qari", "annotations", "--export", "csv"]).is_err());
}

#[test]
fn reader_takes_files_or_nothing() {
    let cli = Cli::try_parse_from(["qari", "-"]).expect("valid");
    assert_eq!(cli.files, [PathBuf::from("-")]);
    assert!(cli.command.is_none());
    let cli = Cli::try_parse_from(["qari", "file:///tmp/a%20b.txt"]).expect("valid");
    assert_eq!(cli.files, [PathBuf::from("/tmp/a b.txt")]);
    let cli =
        Cli::try_parse_from(["qari", "text", "FILE://localhost/tmp/%D9%82.txt"]).expect("valid");
    let Some(Command::Text(args)) = cli.command else {
        panic!("not text: {cli:?}")
    };
    assert_eq!(args.file, Some(PathBuf::from("/tmp/ق.txt")));
    let cli = Cli::try_parse_from(["qari", "file:/tmp/a.txt"]).expect("valid");
    assert_eq!(cli.files, [PathBuf::from("/tmp/a.txt")]);
    // Another machine's file, or a broken escape, is left as written, for
    // opening it to refuse in one line.
    for bad in [
        "file://server/tmp/a.txt",
        "file:///tmp/a%2.txt",
        "file:///a%zz",
    ] {
        let cli = Cli::try_parse_from(["qari", bad]).expect(bad);
        assert_eq!(cli.files, [PathBuf::from(bad)]);
    }
    // Links of other schemes are left to `pages`, which fetches or refuses them.
    let cli = Cli::try_parse_from(["qari", "https://example.org/a"]).expect("valid");
    assert_eq!(cli.files, [PathBuf::from("https://example.org/a")]);
    let cli = Cli::try_parse_from(["qari", "a.txt", "b.txt"]).expect("valid");
    assert_eq!(cli.files, [PathBuf::from("a.txt"), PathBuf::from("b.txt")]);
    assert!(Cli::try_parse_from(["qari"])
        .expect("valid")
        .files
        .is_empty());
    assert!(Cli::try_parse_from(["qari", "--bogus"]).is_err());
    assert!(
        Cli::try_parse_from(["qari", "--print-config"])
            .expect("valid")
            .print_config
    );
}
