//! Following a document's links: `L` lists them, Enter on one ends the
//! reader with a step to it, and the page is read here as `qari URL` reads
//! it, in a reader of its own (with its own links). `q` there comes back to
//! the document left, which the reader kept (`tui::run_keeping`): nothing is
//! read again, and its position, saved as the reader ended, is restored as
//! for any document. A link that cannot be read
//! is said in the status bar of the document, which stays.

use std::path::Path;

use crate::core::article::Link;
use crate::core::document::Document;
use crate::reader::app::{FeedRole, FileList, FileStep};
use crate::shell::tui::{self, Outcome, ReaderOptions};
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
    loop {
        let run_opts = ReaderOptions {
            links: links.to_vec(),
            notice: notice.take(),
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
        if !pages::is_url(href) {
            notice = Some(format!("{href}: not a web link"));
            continue;
        }
        match pages::open(Some(Path::new(href)), options) {
            Ok(Some((page, article))) => {
                let page_opts = ReaderOptions {
                    feed: FeedRole::None,
                    files: FileList::default(),
                    path: None,
                    notice: None,
                    ..opts.clone()
                };
                match read(
                    pages::into_loading(page),
                    &article.links,
                    &page_opts,
                    options,
                )? {
                    // `q` (or `:n`, `:p`, which have nowhere to go from a link): back.
                    (Outcome::Exit(0) | Outcome::Step(_), _) => {}
                    (ended, _) => return Ok((ended, None)),
                }
            }
            Ok(None) => notice = Some(format!("{href}: not a web page")),
            Err(err) => notice = Some(format!("{err:#}")),
        }
    }
}
