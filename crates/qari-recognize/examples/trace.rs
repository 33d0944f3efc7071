//! Which rule made or cut each name: the text on stdin (or the file named),
//! recognised sentence by sentence with the tagger's labels and every chain
//! rule's changes on stderr, then the mentions found.
//!
//!     cargo run --release -p qari-recognize --features trace --example trace -- FILE
//!
//! `QARI_NER_WEIGHTS` names other weights, as for `qari entities`.

use std::io::Read;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let mut text = String::new();
    match std::env::args().nth(1) {
        Some(path) => text = std::fs::read_to_string(path)?,
        None => {
            std::io::stdin().read_to_string(&mut text)?;
        }
    }
    // Weights written by qari-train, as `qari entities` reads them.
    let recognizer = match std::env::var_os("QARI_NER_WEIGHTS") {
        Some(path) => qari_recognize::Recognizer::from_weights(&std::fs::read(path)?)?,
        None => qari_recognize::Recognizer::builtin()?,
    };
    let found = recognizer.recognize(&text);
    let chars: Vec<char> = text.chars().collect();
    for m in &found.mentions {
        let span: String = chars[m.span.clone()].iter().collect();
        println!("{:?}\t{span}", m.kind);
    }
    Ok(())
}
