//! W3C Web Annotation Data Model, as JSON-LD: an AnnotationCollection whose
//! first (and last, and only) AnnotationPage holds every annotation.
//!
//! Each annotation targets the document (`source`: a `file:` IRI, or a
//! `urn:qari:document:<hash>` for standard input) with two alternative
//! selectors, as the model allows: a TextPositionSelector (code points, which
//! is what the model means by characters) and a TextQuoteSelector. An orphan
//! has only its quote selector: its old position says nothing about the
//! current text. The note is a TextualBody with purpose `commenting`, the
//! label one with purpose `tagging`.

use serde_json::{json, Map, Value};

use super::passage;
use crate::reader::annotate::textindex::TextIndex;
use crate::reader::annotate::{selectors, Placed};

/// The JSON-LD context every W3C annotation names.
pub const CONTEXT: &str = "http://www.w3.org/ns/anno.jsonld";

/// A `file:` IRI for an absolute path: characters that may not appear in an
/// IRI path are percent-encoded; Arabic letters stay as they are (IRIs allow them).
pub fn file_iri(path: &str) -> String {
    let mut out = String::from("file://");
    for c in path.chars() {
        let keep = c.is_ascii_alphanumeric() || "/-._~!$&'()*+,;=:@".contains(c) || !c.is_ascii();
        if keep && !c.is_control() {
            out.push(c);
        } else {
            let mut buf = [0; 4];
            for b in c.encode_utf8(&mut buf).bytes() {
                out.push_str(&format!("%{b:02X}"));
            }
        }
    }
    out
}

fn annotation(index: &TextIndex<'_>, source: &str, p: &Placed) -> Value {
    let a = &p.annotation;
    let mut bodies = Vec::new();
    if !a.note.is_empty() {
        bodies.push(json!({
            "type": "TextualBody",
            "value": a.note,
            "format": "text/plain",
            "purpose": "commenting",
        }));
    }
    if let Some(label) = a.label {
        bodies.push(json!({
            "type": "TextualBody",
            "value": label.tag(),
            "purpose": "tagging",
        }));
    }
    let mut selector = Vec::new();
    let quote = match &p.span {
        Some(span) => {
            selector.push(json!({
                "type": "TextPositionSelector",
                "start": span.start,
                "end": span.end,
            }));
            selectors(index.text(), span.clone()).1
        }
        None => a.quote.clone(),
    };
    selector.push(json!({
        "type": "TextQuoteSelector",
        "exact": passage(index, p),
        "prefix": quote.prefix,
        "suffix": quote.suffix,
    }));
    let mut out = Map::new();
    out.insert("@context".into(), json!(CONTEXT));
    out.insert("id".into(), json!(format!("urn:qari:annotation:{}", a.id)));
    out.insert("type".into(), json!("Annotation"));
    let motivation: Vec<&str> = bodies
        .iter()
        .filter_map(|b| b["purpose"].as_str())
        .collect();
    match motivation.as_slice() {
        [] => {}
        [one] => {
            out.insert("motivation".into(), json!(one));
        }
        many => {
            out.insert("motivation".into(), json!(many));
        }
    }
    out.insert("created".into(), json!(a.created));
    out.insert("modified".into(), json!(a.modified));
    match bodies.len() {
        0 => {}
        1 => {
            out.insert("body".into(), bodies.remove(0));
        }
        _ => {
            out.insert("body".into(), Value::Array(bodies));
        }
    }
    out.insert(
        "target".into(),
        json!({ "source": source, "selector": selector }),
    );
    Value::Object(out)
}

/// The collection of annotations of the document at `source` (an IRI) with
/// content hash `hash`, titled `label`.
pub fn to_w3c(text: &str, source: &str, hash: &str, label: &str, placed: &[Placed]) -> String {
    let index = TextIndex::new(text);
    let items: Vec<Value> = placed
        .iter()
        .map(|p| annotation(&index, source, p))
        .collect();
    let id = format!("urn:qari:annotations:{hash}");
    let mut collection = json!({
        "@context": CONTEXT,
        "id": id,
        "type": "AnnotationCollection",
        "label": format!("Annotations: {label}"),
        "total": items.len(),
    });
    // The model: a collection with annotations has a first page (and should
    // name its last); a page should say which collection it is part of. An
    // empty collection has no pages.
    if !items.is_empty() {
        let page = format!("{id}:page1");
        collection["first"] = json!({
            "id": page,
            "type": "AnnotationPage",
            "partOf": id,
            "startIndex": 0,
            "items": items,
        });
        collection["last"] = json!(page);
    }
    let mut out = serde_json::to_string_pretty(&collection).unwrap_or_default();
    out.push('\n');
    out
}
