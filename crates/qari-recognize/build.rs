//! Freezes the name lists into the binary: every entry of
//! `crates/qari-recognize/assets/`'s lists folded, hashed and filed once here,
//! by the same code the crate's tests load lists with
//! (`src/gazetteer/fill.rs`), so that start-up builds no table (see
//! `src/gazetteer/frozen.rs`).

#[allow(dead_code)]
#[path = "src/normalize.rs"]
mod normalize;

#[allow(dead_code)]
#[path = "src/gazetteer/frozen.rs"]
mod frozen;

#[allow(dead_code)]
#[path = "src/gazetteer/lists.rs"]
mod lists;

#[path = "src/gazetteer/fill.rs"]
mod fill;

use std::path::PathBuf;

fn main() {
    for file in [
        "src/normalize.rs",
        "src/gazetteer/frozen.rs",
        "src/gazetteer/lists.rs",
        "src/gazetteer/fill.rs",
    ] {
        println!("cargo:rerun-if-changed={file}");
    }
    let assets = PathBuf::from("assets");
    let files = fill::LISTS
        .iter()
        .map(|(file, _)| *file)
        .chain([fill::MAJOR, fill::COMMON]);
    for file in files {
        println!("cargo:rerun-if-changed=assets/{file}");
    }
    let lists = fill::Lists::load(|file| {
        std::fs::read_to_string(assets.join(file)).unwrap_or_else(|e| panic!("assets/{file}: {e}"))
    });
    let out = PathBuf::from(std::env::var_os("OUT_DIR").unwrap_or_default()).join("gazetteer.bin");
    if let Err(e) = std::fs::write(&out, lists.freeze()) {
        panic!("{}: {e}", out.display());
    }
}
