//! Reading an article: a file, standard input, or the built-in sample.

use std::io::Read;
use std::path::Path;

use anyhow::Context;

use crate::document::Document;

/// The article `qari` opens when no file is given.
pub const DEFAULT_ARTICLE: &str = include_str!("../assets/kazakhstan-2022-01-06.txt");
pub const DEFAULT_NAME: &str = "kazakhstan-2022-01-06.txt";

/// Load the document at `path` (`-`: standard input; `None`: the built-in article).
pub fn load(path: Option<&Path>) -> anyhow::Result<Document> {
    let (name, bytes) = match path {
        None => (
            DEFAULT_NAME.to_string(),
            DEFAULT_ARTICLE.as_bytes().to_vec(),
        ),
        Some(p) if p.as_os_str() == "-" => {
            let mut buf = Vec::new();
            std::io::stdin()
                .read_to_end(&mut buf)
                .context("reading standard input")?;
            ("standard input".to_string(), buf)
        }
        Some(p) => {
            let bytes = std::fs::read(p).with_context(|| format!("{}", p.display()))?;
            let name = p.file_name().map_or_else(
                || p.display().to_string(),
                |n| n.to_string_lossy().into_owned(),
            );
            (name, bytes)
        }
    };
    Document::from_bytes(name.clone(), &bytes).with_context(|| name)
}
