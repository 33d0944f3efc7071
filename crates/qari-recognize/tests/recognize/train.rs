//! Training a tiny tagger on synthetic sentences, saving and loading it.

use qari_recognize::gazetteer::Gazetteer;
use qari_recognize::tagger::Tagger;
use qari_recognize::train::{
    evaluate, label_of, parse_conll, spans, train, LabeledSentence, TrainOptions,
};
use qari_recognize::Recognizer;

/// Invented sentences: "X visited Y" with made-up names, so the model must learn
/// from context and word forms, not from any list.
fn synthetic() -> Vec<LabeledSentence> {
    let people = ["زورب", "كمندار", "فليسو", "درغام", "شنتير", "بلوكس"];
    let places = ["قرطالة", "منسوريا", "دلفيتا", "زنبارة", "كورلاند", "تيمارا"];
    let mut out = Vec::new();
    // Every name in every third of the data, as the folds of training need.
    for k in 0..36 {
        let (i, j) = (k % 6, (k / 6 + k) % 6);
        let (p, l) = (people[i], places[j]);
        {
            let words = if (i + j) % 2 == 0 {
                vec!["زار", "السيد", p, "مدينة", l, "امس", "."]
            } else {
                vec!["وصل", "السيد", p, "الى", l, "اليوم", "."]
            };
            let labels = words
                .iter()
                .map(|w| {
                    label_of(if *w == p {
                        "B-PERS"
                    } else if *w == l {
                        "B-LOC"
                    } else {
                        "O"
                    })
                })
                .collect();
            out.push(LabeledSentence {
                words: words.iter().map(|w| (*w).to_string()).collect(),
                labels,
            });
        }
    }
    out
}

fn opts() -> TrainOptions {
    TrainOptions {
        epochs: 5,
        two_pass: true,
        folds: 3,
        seed: 3,
        prune: 0.0,
    }
}

#[test]
fn conll_parsing_and_spans() {
    let s = parse_conll("زار O\nالسيد O\nعلي B-PERS\nحسن I-PERS\n\nفي O\nمصر B-LOC\n");
    assert_eq!(s.len(), 2);
    assert_eq!(s[0].words, ["زار", "السيد", "علي", "حسن"]);
    assert_eq!(spans(&s[0].labels), [(2, 4, 0)]);
    assert_eq!(spans(&s[1].labels), [(1, 2, 1)]);
    // An I- after O starts a span; a change of type ends one.
    assert_eq!(spans(&[2, 2, 4]), [(0, 2, 0), (2, 3, 1)]);
}

#[test]
fn a_tiny_model_learns_and_survives_a_round_trip() {
    let data = synthetic();
    let gazetteer = Gazetteer::default();
    let tagger = train(&data, &gazetteer, &opts());
    let counts = evaluate(&tagger, &gazetteer, &data);
    let (_, _, f1) = counts.prf(&[0, 1]);
    let single = train(
        &data,
        &gazetteer,
        &TrainOptions {
            two_pass: false,
            ..opts()
        },
    );
    let (_, _, f1s) = evaluate(&single, &gazetteer, &data).prf(&[0, 1]);
    assert!(
        f1 > 0.95,
        "training data should be learnt, F1 {f1} (single pass {f1s})"
    );

    let bytes = tagger.to_bytes();
    let loaded = Tagger::from_bytes(&bytes).expect("loads");
    assert_eq!(loaded.to_bytes(), bytes);
    let words: Vec<Vec<&str>> = vec![vec!["زار", "السيد", "زورب", "مدينة", "تيمارا", "امس", "."]];
    let a = tagger.tag(&gazetteer, &words);
    let b = loaded.tag(&gazetteer, &words);
    assert_eq!(a[0].labels, b[0].labels);
    assert_eq!(spans(&a[0].labels), [(2, 3, 0), (4, 5, 1)]);
}

#[test]
fn training_is_reproducible() {
    let data = synthetic();
    let g = Gazetteer::default();
    assert_eq!(
        train(&data, &g, &opts()).to_bytes(),
        train(&data, &g, &opts()).to_bytes()
    );
}

#[test]
fn a_saved_model_drives_the_recognizer() {
    let tagger = train(&synthetic(), &Gazetteer::default(), &opts());
    let r = Recognizer::from_weights(&tagger.to_bytes()).expect("loads");
    let text = "وصل السيد درغام الى منسوريا اليوم.";
    let rec = r.recognize(text);
    let kinds: Vec<_> = rec
        .mentions
        .iter()
        .map(|m| (m.kind.name(), m.span.clone()))
        .collect();
    assert!(kinds.contains(&("person", 10..15)), "{kinds:?}");
    assert!(kinds.contains(&("location", 20..27)), "{kinds:?}");
}

#[test]
fn damaged_weights_are_an_error() {
    let bytes = train(&synthetic(), &Gazetteer::default(), &opts()).to_bytes();
    assert!(Tagger::from_bytes(&bytes[..bytes.len() - 3]).is_err());
    assert!(Tagger::from_bytes(b"not a model").is_err());
    assert!(Recognizer::from_weights(&[]).is_err());
}
