//! Training a tiny tagger on synthetic sentences, saving and loading it.

use qari_recognize::gazetteer::Gazetteer;
use qari_recognize::tagger::Tagger;
use qari_recognize::train::{
    evaluate, label_of, parse_conll, parse_marked, parse_wikifane, spans, train, train_with,
    LabeledSentence, TrainOptions,
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
        orders: 1,
        uncounted_extra: 0,
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
fn orders_averaged_are_reproducible_and_still_learn() {
    let data = synthetic();
    let g = Gazetteer::default();
    let three = TrainOptions {
        orders: 3,
        ..opts()
    };
    let bytes = train(&data, &g, &three).to_bytes();
    assert_eq!(bytes, train(&data, &g, &three).to_bytes());
    // Another model than one order's, which still reads the names.
    assert_ne!(bytes, train(&data, &g, &opts()).to_bytes());
    let tagger = Tagger::from_bytes(&bytes).expect("loads");
    let words = vec![vec!["زار", "السيد", "بلوكس", "مدينة", "قرطالة", "امس", "."]];
    assert_eq!(
        spans(&tagger.tag(&g, &words)[0].labels),
        [(2, 3, 0), (4, 5, 1)]
    );
}

#[test]
fn marked_news_is_tokenised_as_recognition_reads_it() {
    let marked = "[L الرياض] - [O واس]: قال و[P أحمد عطاف]: \"{Q أحمد عطاف|إن [O الجيش السوري الحر] باق}\".\nوزار [L غزة].";
    let s = parse_marked(marked).expect("well marked");
    let words: Vec<Vec<&str>> = s
        .iter()
        .map(|s| s.words.iter().map(String::as_str).collect())
        .collect();
    assert_eq!(
        words,
        [
            vec![
                "الرياض",
                "-",
                "واس",
                ":",
                "قال",
                "وأحمد",
                "عطاف",
                ":",
                "\"",
                "إن",
                "الجيش",
                "السوري",
                "الحر",
                "باق",
                "\"",
                "."
            ],
            vec!["وزار", "غزة", "."],
        ]
    );
    let tags: Vec<&str> = s[0]
        .labels
        .iter()
        .map(|&l| ["O", "B-PERS", "I-PERS", "B-LOC", "I-LOC", "B-ORG", "I-ORG"][usize::from(l)])
        .collect();
    assert_eq!(
        tags,
        [
            "B-LOC", "O", "B-ORG", "O", "O", "B-PERS", "I-PERS", "O", "O", "O", "B-ORG", "I-ORG",
            "I-ORG", "O", "O", "O"
        ]
    );
    assert_eq!(spans(&s[1].labels), [(1, 2, 1)]);
    for bad in [
        "[P علي",
        "علي]",
        "{Q x|نعم",
        "نعم}",
        "[X علي]",
        "{Q بلا فاصل}",
    ] {
        assert!(parse_marked(bad).is_err(), "{bad}");
    }
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

#[test]
fn wikifane_is_tokenised_as_anercorp() {
    let classes = "# comment\nPolitician\tperson\nNation\tplace\nGovernment\torg\n";
    let text = "\u{feff}\u{200e}و\tO\r\n\u{200e}زار\tO\r\nعلي\tB-Politician\r\n\
                حسن\tI-Politician\r\nل\tO\r\nالعاصمة\tO\r\nمدينة\tO\r\nها\tO\r\n\
                ب\tO\r\nمصر\tB-Nation\r\nكتاب\tB-Book\r\nالوزارة\tI-Government\r\n\r\n\
                في\tO\r\n";
    let s = parse_wikifane(text, classes);
    assert_eq!(s.len(), 2);
    // Proclitics go back on their word (ل + ال → لل), a suffix on its noun (ة → ت).
    assert_eq!(
        s[0].words,
        [
            "وزار",
            "علي",
            "حسن",
            "للعاصمة",
            "مدينتها",
            "بمصر",
            "كتاب",
            "الوزارة"
        ]
    );
    // Classes become types; one the table leaves out is O, and an I- after it begins.
    assert_eq!(spans(&s[0].labels), [(1, 3, 0), (5, 6, 1), (7, 8, 2)]);
    assert_eq!(s[1].words, ["في"]);
}

/// Sentences naming a person after a title, labelled as one corpus's annotators
/// do: the title inside the name or outside it.
fn titled(names: &[&str], title_inside: bool) -> Vec<LabeledSentence> {
    let mut out = Vec::new();
    for (k, p) in names.iter().cycle().take(30).enumerate() {
        let verb = if k % 2 == 0 { "زار" } else { "قصد" };
        let words = [verb, "الدكتور", p, "المدينة", "امس", "."];
        let labels = if title_inside {
            ["O", "B-PERS", "I-PERS", "O", "O", "O"]
        } else {
            ["O", "O", "B-PERS", "O", "O", "O"]
        };
        out.push(LabeledSentence {
            words: words.iter().map(|w| (*w).to_string()).collect(),
            labels: labels.iter().map(|t| label_of(t)).collect(),
        });
    }
    out
}

#[test]
fn the_main_corpus_decides_where_two_corpora_disagree() {
    // One corpus leaves the title out of a person's name, the other keeps it in and
    // has three times the text. The tagger follows the corpus it is trained for.
    let people = ["زورب", "كمندار", "فليسو"];
    let outside = titled(&people, false);
    let inside = [
        titled(&people, true),
        titled(&people, true),
        titled(&people, true),
    ]
    .concat();
    let g = Gazetteer::default();
    let test = titled(&["درغام"], false);
    let score = |main: &[LabeledSentence], extra: &[LabeledSentence]| {
        evaluate(&train_with(main, extra, &g, &opts()), &g, &test)
            .prf(&[0])
            .2
    };
    let (f_main, f_other) = (score(&outside, &inside), score(&inside, &outside));
    assert!(f_main > 0.95, "trained for titles outside: F1 {f_main}");
    assert!(
        f_other < 0.05,
        "trained for titles inside: F1 {f_other} on titles outside"
    );
}
