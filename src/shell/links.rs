//! Following a document's links: `L` lists them, Enter on one ends the
//! reader with a step to it, and the link is read here as the command line
//! reads it (`qari URL`, `qari other.md`): a page in a reader of its own
//! (with its own links), a feed on the list of its items (`shell/feed.rs`).
//! `q` there comes back to the document left, which the reader kept
//! (`tui::run_keeping`): nothing is read again, and its position, saved as
//! the reader ended, is restored as for any document. A link that cannot be
//! read is said in the status bar of the document, which stays.

use std::path::{Path, PathBuf};

use crate::core::article::Link;
use crate::core::document::Document;
use crate::reader::app::{FeedRole, FileList, FileStep};
use crate::reader::messages::{Interface, Msg};
use crate::shell::cli;
use crate::shell::feed::{self, Reached};
use crate::shell::tui::{self, Outcome, ReaderOptions};
use crate::store::input::{self, Source};
use crate::store::loader::Loading;
use crate::store::pages::{self, ReadOptions};

/// Read `loading`, whose links are `links`, following them as asked; what
/// ends it otherwise ends this, with the document when the reader handed it
/// back (`tui::run_keeping`).
pub fn read(
    mut loading: Loading,
    links: &[Link],
    opts: &ReaderOptions,
    options: &ReadOptions,
) -> anyhow::Result<(Outcome, Option<Document>)> {
    let mut notice = opts.notice.clone();
    // A `#fragment` is where the page opens; back from a link, the reader
    // finds it where they left it.
    let mut start = opts.start;
    loop {
        let run_opts = ReaderOptions {
            links: links.to_vec(),
            notice: notice.take(),
            start: start.take(),
            ..opts.clone()
        };
        let (index, document) = match tui::run_keeping(loading, &run_opts)? {
            (Outcome::Step(FileStep::Link(index)), Some(document)) => (index, document),
            ended => return Ok(ended),
        };
        loading = pages::into_loading(document);
        let Some(href) = links.get(index).map(|l| l.href.as_str()) else {
            continue;
        };
        let local = local_target(href, opts.path.as_deref());
        if local.is_none() && !pages::is_url(href) {
            let ui = Interface::new(opts.lang, opts.config.digits);
            notice = Some(if opts.path.is_none() && !href.contains(':') {
                ui.say(Msg::RelativeLink, &[("href", &href)])
            } else {
                ui.say(Msg::NotAWebLink, &[("href", &href)])
            });
            continue;
        }
        // A local file keeps the link's `#fragment`, as a path may have one.
        let target = local.clone().map_or_else(
            || PathBuf::from(href),
            |path| cli::with_fragment(path, href),
        );
        // Read as the command line reads it (`qari URL`, `qari other.md`):
        // a page, a feed with its items, text or Markdown.
        match input::start_reading(Source::File(&target), options) {
            Ok(reading) => {
                let page_opts = ReaderOptions {
                    feed: FeedRole::None,
                    files: FileList::default(),
                    // A local page's own links lead on from its folder.
                    path: local,
                    notice: None,
                    start: reading.start,
                    ..opts.clone()
                };
                let ended = match reading.feed {
                    // A feed: the list of its items, each read as its own
                    // document, as a feed named on the command line is.
                    Some((feed, address)) => {
                        let name = reading.loading.document.name.clone();
                        match feed::read_reached(&feed, &address, href, &name, &page_opts, options)?
                        {
                            Reached::Empty(said) => notice = Some(said),
                            Reached::Back => {}
                            Reached::Ended(ended) => return Ok((ended, None)),
                        }
                        continue;
                    }
                    None => read(reading.loading, &reading.links, &page_opts, options)?.0,
                };
                match ended {
                    // `q` (or `:n`, `:p`, which have nowhere to go from a link): back.
                    Outcome::Exit(0) | Outcome::Step(_) => {}
                    ended => return Ok((ended, None)),
                }
            }
            Err(err) => notice = Some(opts.said(&err)),
        }
    }
}

/// The file on this machine a link of the local page `page` leads to: a
/// `file:` link, or a path relative to the page's folder (`other.html`,
/// `../b/c.html#part`, `/srv/d.html`); `None` for a link with a scheme
/// (web links are read as such) or when the page is no local file.
pub(super) fn local_target(href: &str, page: Option<&Path>) -> Option<PathBuf> {
    if let Some(path) = cli::local_file(href) {
        return Some(path);
    }
    // (`/a.html` of a page piped in is its site's, which it does not know.)
    let page = page.filter(|p| !pages::is_url(&p.to_string_lossy()))?;
    let scheme = href.find(':').is_some_and(|at| {
        href[..at]
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || "+.-".contains(c))
    });
    if scheme || href.starts_with("//") {
        return None;
    }
    let path = cli::link_path(href).filter(|p| !p.as_os_str().is_empty())?;
    Some(if path.is_absolute() {
        path
    } else {
        page.parent().unwrap_or(Path::new("")).join(path)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_local_page_s_links_lead_to_files_beside_it() {
        let page = Some(Path::new("/tmp/site/news/a.html"));
        let at = |href| local_target(href, page);
        assert_eq!(at("b.html"), Some(PathBuf::from("/tmp/site/news/b.html")));
        assert_eq!(
            at("../about/%D9%85.html#top"),
            Some(PathBuf::from("/tmp/site/news/../about/م.html"))
        );
        assert_eq!(at("/srv/c.html?x=1"), Some(PathBuf::from("/srv/c.html")));
        assert_eq!(at("file:///srv/d.html"), Some(PathBuf::from("/srv/d.html")));
        // Links with a scheme are the web's, or nobody's here.
        for href in [
            "https://example.org/x",
            "mailto:a@b.c",
            "//cdn.example/x",
            "#top",
            "%zz",
        ] {
            assert_eq!(at(href), None, "{href}");
        }
        // A web page's or standard input's relative links lead nowhere local
        // (`/e.html` is a site's, not this machine's).
        assert_eq!(local_target("b.html", None), None);
        assert_eq!(local_target("/srv/e.html", None), None);
        assert_eq!(
            local_target("b.html", Some(Path::new("https://example.org/a.html"))),
            None
        );
    }
}
