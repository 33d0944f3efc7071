//! `qari text` and `qari FILE --links`: what the reader would show, as plain
//! text for pipes, scripts and tests.
//!
//! The text is the document's, exactly: for a web page or feed the
//! extracted article (the title, a blank line, one paragraph per line), for
//! plain text the text itself, all in logical order, unwrapped and
//! unshaped. A terminal lays it out as it likes; `qari render` is the
//! visual form.

use std::path::Path;

use crate::core::document::Document;
use crate::store::{input, pages};

/// `qari text [FILE|URL|-]`.
pub fn run(path: Option<&Path>, options: &pages::ReadOptions) -> anyhow::Result<()> {
    let (document, _) = read(path, options)?;
    // Written as it is held, not copied to add the line end: a copy of a
    // 100 MB text would be 100 MB more at the peak.
    let text = document.text();
    write_out(text)?;
    if !text.is_empty() && !text.ends_with('\n') {
        write_out("\n")?;
    }
    Ok(())
}

/// `qari FILE --links`: one line per link, `N. URL  text`.
pub fn links(path: Option<&Path>, options: &pages::ReadOptions) -> anyhow::Result<()> {
    let path = path.unwrap_or(Path::new("-"));
    let (document, mut links) = read(Some(path), options)?;
    // The addresses the text writes out are links too, as the reader's `L`
    // lists them.
    crate::core::article::add_written_links(&mut links, document.text());
    if links.is_empty() {
        // Named as every other failure names its input: by the path given
        // (a page's title is no name a shell can find).
        let name = if path == Path::new("-") {
            "standard input".to_string()
        } else {
            path.display().to_string()
        };
        return Err(anyhow::anyhow!(
            "{name}: no links in its text (a page's links outside its story are not listed)"
        ));
    }
    let mut out = String::new();
    for (n, link) in links.iter().enumerate() {
        let line = format!("{}. {}  {}", n + 1, link.href, link.text);
        out.push_str(line.trim_end());
        out.push('\n');
    }
    write_out(&out)
}

/// The document and its links: `path`, or standard input when it is `-` or
/// when none is named and standard input is not a terminal, or the built-in
/// article.
fn read(
    path: Option<&Path>,
    options: &pages::ReadOptions,
) -> anyhow::Result<(Document, Vec<crate::core::article::Link>)> {
    let source = input::source_for(path)?;
    // Plain UTF-8 text piped in streams as a file does (`big | qari | grep`
    // held four copies of it); a page, a feed or another encoding is read
    // whole to be converted.
    let streams = source == input::Source::Stdin && pages::stdin_streams(options)?;
    let (document, links) = if source == input::Source::Stdin && !streams {
        let (document, article) = pages::read_stdin(options)?;
        (document, article.links)
    } else {
        input::load_with_links(source, options)?
    };
    // Invalid UTF-8 replaced, the input cut at a limit: said as every
    // command says it.
    for warning in &document.warnings {
        super::warn_of(&source.label(), &warning.to_string());
    }
    Ok((document, links))
}

/// To a terminal, controls shown and never obeyed ([`super::shown`]).
fn write_out(text: &str) -> anyhow::Result<()> {
    super::print(text)
}
