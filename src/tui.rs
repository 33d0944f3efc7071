//! The interactive reader's event loop.

use crate::cli::{Cli, ShapeArg};
use crate::document::Document;

#[derive(Debug, Clone)]
pub struct ReaderOptions {
    pub shape: ShapeArg,
}

impl ReaderOptions {
    pub fn from_cli(cli: &Cli) -> Self {
        Self { shape: cli.shape }
    }
}

pub fn run(_doc: Document, _opts: &ReaderOptions) -> anyhow::Result<()> {
    anyhow::bail!("reader: not written yet")
}
