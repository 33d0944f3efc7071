//! `qari render`: the visual lines the reader would show, printed.

use crate::cli::RenderArgs;

pub fn run(_args: &RenderArgs) -> anyhow::Result<()> {
    anyhow::bail!("render: not written yet")
}
