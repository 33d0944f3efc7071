//! Recognising a text a chunk at a time: cuts at paragraph ends, offsets and
//! entity ids that run on across chunks, and bad input that must stay linear.

use qari_recognize::stream::{chunk_end, recognize_chunked, StreamRecognizer};
use qari_recognize::{fold_name, Kind, Recognition, Recognizer};

fn recognizer() -> Recognizer {
    Recognizer::builtin().expect("shipped weights load")
}

fn mention_texts(text: &str, rec: &Recognition) -> Vec<(Kind, String, String)> {
    rec.mentions
        .iter()
        .map(|m| {
            let t: String = text.chars().skip(m.span.start).take(m.span.len()).collect();
            (m.kind, t, rec.entities[m.entity].name.clone())
        })
        .collect()
}

#[test]
fn chunks_end_at_line_ends_then_sentences_then_spaces() {
    assert_eq!(chunk_end("ab\ncd\nef", 100), 8, "a short text is one chunk");
    assert_eq!(chunk_end("ab\ncd\nefgh", 14), 6);
    // At most three fifths as many characters as bytes: Latin letters make more words.
    assert_eq!(chunk_end("ab\ncd\nefgh", 7), 3);
    assert_eq!(chunk_end("قال. ثم ذهب", 12), "قال.".len());
    assert_eq!(chunk_end("abc def ghi", 18), "abc def ".len());
    // One long word: whole characters (two bytes each) within the limit.
    assert_eq!(chunk_end("بببب", 5), 4);
    // A character longer than the limit is a chunk of its own.
    assert_eq!(chunk_end("بب", 1), 2);
    assert_eq!(chunk_end("", 4), 0);
}

#[test]
fn chunks_end_at_blank_lines_and_never_after_a_colon() {
    // A blank line in the second half is where a paragraph ends.
    let text = "aaaa\nbbbb aaaa\n\nbbb\ncc dddd eeee ffff";
    assert_eq!(chunk_end(text, 40), "aaaa\nbbbb aaaa\n\n".len());
    // Without one, a line that ends with a colon (a speech's introduction)
    // stays with the line after it; a colon mid-line is no introduction.
    let text = "aaaa aaaa\nbb: cc\nqala:\nspeech goes on here";
    assert_eq!(chunk_end(text, 40), "aaaa aaaa\nbb: cc\n".len());
    // A blank line in the first half is too early: the last line end wins.
    let text = "a\n\nbbbbbbbbbbbbbbbb\ncccccccccccccccc";
    assert_eq!(chunk_end(text, 50), "a\n\nbbbbbbbbbbbbbbbb\n".len());
}

#[test]
fn a_speech_introduced_at_a_chunks_edge_keeps_its_quote_and_speaker() {
    let r = recognizer();
    let filler = "وذكرت الصحيفة أن الاجتماع عقد في العاصمة بحضور عدد من المسؤولين.\n".repeat(30);
    let speech = "وقال وزير الخارجية أحمد عطاف في مؤتمر صحفي:\n\
                  \"إن بلادنا لن تقبل بأي تدخل في شؤونها الداخلية مهما كانت الظروف\".\n";
    let text = format!("{filler}\n{filler}{speech}{filler}");
    let alone = r.recognize(&text);
    let quotes = |rec: &Recognition| {
        rec.mentions
            .iter()
            .filter(|m| m.kind == Kind::Quote)
            .map(|m| {
                (
                    m.span.clone(),
                    m.speaker.map(|s| rec.entities[s].name.clone()),
                )
            })
            .collect::<Vec<_>>()
    };
    assert_eq!(quotes(&alone).len(), 1, "{:?}", quotes(&alone));
    assert!(quotes(&alone)[0].1.is_some());
    // Every chunk size that would end a chunk inside the speech's two lines.
    let start = text.find("وقال وزير").expect("speech");
    for max in (start + 10..start + speech.len()).step_by(7) {
        let chunked = recognize_chunked(&r, &text, max);
        assert_eq!(quotes(&chunked), quotes(&alone), "max {max}");
    }
}

#[test]
fn a_chunk_holds_at_most_a_sixth_as_many_tokens_as_bytes() {
    let max = 60_000;
    // A run of dots is a token, and a sentence, a byte: memory follows them.
    let dots = ".".repeat(200_000);
    assert_eq!(chunk_end(&dots, max), max / 6);
    let commas = "،".repeat(100_000);
    assert_eq!(chunk_end(&commas, max), 2 * (max / 6));
    let digits = "1 ".repeat(100_000);
    assert!(
        chunk_end(&digits, max) <= 2 * (max / 6),
        "{}",
        chunk_end(&digits, max)
    );
    // News stays under the bound: its chunks end where the bytes and
    // characters say, at a line's end.
    let news = "قال الوزير إن الاجتماع المقبل سيعقد في العاصمة الأسبوع المقبل.\n".repeat(2_000);
    let end = chunk_end(&news, max);
    assert!(end > max - 200 && news[..end].ends_with('\n'), "{end}");
}

#[test]
fn folded_names_ignore_spelling_variants() {
    assert_eq!(fold_name("أرشيفيّة"), fold_name("ارشيفيه"));
    assert_eq!(fold_name("مصطفى  علي"), "مصطفي علي");
    assert_ne!(fold_name("حلب"), fold_name("حلبة"));
}

#[test]
fn chunked_recognition_keeps_offsets_and_joins_entities_across_chunks() {
    let r = recognizer();
    let para = "وقال الرئيس الكازاخستاني قاسم جومارت توكاييف في نور سلطان يوم 6 يناير 2022 إن الوضع مستقر.\n\
                وأضاف توكاييف أن منظمة معاهدة الأمن الجماعي سترسل قوات إلى كازاخستان.\n";
    let text = para.repeat(6);
    // Chunks of one paragraph pair each: every chunk finds what the pair
    // alone finds, at its place in the whole text.
    // The pair and a few bytes more, fewer than the next line's.
    let chunked = recognize_chunked(&r, &text, 2 * (para.chars().count() + 1));
    let pair = r.recognize(para);
    assert!(pair.mentions.len() >= 4, "{:?}", mention_texts(para, &pair));
    assert_eq!(chunked.mentions.len(), pair.mentions.len() * 6);
    let width = para.chars().count();
    for (k, m) in chunked.mentions.iter().enumerate() {
        let alone = &pair.mentions[k % pair.mentions.len()];
        let shift = width * (k / pair.mentions.len());
        assert_eq!(m.kind, alone.kind);
        assert_eq!(m.span, alone.span.start + shift..alone.span.end + shift);
    }
    // One entity per name however many chunks mention it.
    for kind in [Kind::Person, Kind::Location, Kind::Organization] {
        let n = |rec: &Recognition| rec.entities.iter().filter(|e| e.kind == kind).count();
        assert_eq!(n(&chunked), n(&pair), "{kind:?}");
    }
    // Every entity lists its mentions, which point back at it, under the
    // name the text gave it first.
    for (i, m) in chunked.mentions.iter().enumerate() {
        assert!(chunked.entities[m.entity].mentions.contains(&i));
        assert_eq!(chunked.entities[m.entity].kind, m.kind);
    }
    let names = mention_texts(&text, &chunked);
    let first = mention_texts(para, &pair);
    for (k, (_, _, entity)) in names.iter().enumerate() {
        assert_eq!(*entity, first[k % first.len()].2);
    }
}

#[test]
fn a_surname_in_a_later_chunk_joins_the_full_name() {
    let r = recognizer();
    let text =
        "قال الرئيس الفرنسي إيمانويل ماكرون إن الوضع خطير.\nوأكد الرئيس ماكرون أن الحوار مستمر.\n";
    let mut stream = StreamRecognizer::new(&r);
    let mut all = Recognition::default();
    let first = text.find('\n').expect("two lines") + 1;
    all.extend(stream.feed(&text[..first]));
    assert_eq!(stream.offset(), text[..first].chars().count());
    all.extend(stream.feed(&text[first..]));
    let people: Vec<_> = mention_texts(text, &all)
        .into_iter()
        .filter(|(k, _, _)| *k == Kind::Person)
        .collect();
    assert_eq!(people.len(), 2, "{people:?}");
    assert!(people.iter().all(|(_, _, e)| e == "إيمانويل ماكرون"));
    assert_eq!(stream.entity(0).map(|(k, _)| k), Some(Kind::Person));
}

#[test]
fn bad_input_is_cut_and_recognised_without_trouble() {
    let r = recognizer();
    // One long line of words, no line end; marks piled on one letter; no Arabic.
    let line = "كلمة أخرى هنا ".repeat(20_000);
    let marks = format!("ب{}", "\u{0651}".repeat(10_000));
    let latin = "The quick brown fox, said John Smith in London. ".repeat(2_000);
    for text in [line.as_str(), marks.as_str(), latin.as_str()] {
        let rec = recognize_chunked(&r, text, 64 * 1024);
        let chars = text.chars().count();
        for m in &rec.mentions {
            assert!(m.span.start < m.span.end && m.span.end <= chars);
        }
    }
    // A chunk never splits a character, even in a run of marks.
    let mut rest = marks.as_str();
    while !rest.is_empty() {
        let end = chunk_end(rest, 1001);
        assert!(end > 0 && rest.is_char_boundary(end));
        rest = &rest[end..];
    }
}

/// Articles with quotes, names and dates, written for qari's tests.
const ARTICLES: [&str; 2] = [
    include_str!("quotes-dev.txt"),
    include_str!("quotes-articles.txt"),
];

fn shared_recognizer() -> &'static Recognizer {
    static LOADED: std::sync::OnceLock<Recognizer> = std::sync::OnceLock::new();
    LOADED.get_or_init(recognizer)
}

proptest::proptest! {
    #![proptest_config(proptest::prelude::ProptestConfig::with_cases(8))]

    /// A stream keeps what it learnt of each word for the chunks after (see
    /// `StreamRecognizer::recognize`): whatever the chunks, each one's
    /// findings are those of the chunk recognised alone.
    #[test]
    fn a_stream_finds_in_each_chunk_what_the_chunk_alone_gives(max in 200usize..6_000) {
        let r = shared_recognizer();
        let text = ARTICLES.concat();
        let mut stream = StreamRecognizer::new(r);
        let mut rest = text.as_str();
        while !rest.is_empty() {
            let end = chunk_end(rest, max);
            let chunk = &rest[..end];
            proptest::prop_assert_eq!(stream.recognize(chunk), r.recognize(chunk), "{}", chunk);
            rest = &rest[end..];
        }
    }
}
