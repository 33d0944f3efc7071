//! Unit tests of the token analysis: the article, a future's س and a reporting
//! verb after و, as [`analyze_word`] reads them.

use super::*;

fn definite(word: &str) -> bool {
    let known = |_: u64| 0;
    let stats = |_: u64| StemStats::default();
    analyze_word(
        word,
        &Gazetteer::default(),
        &known,
        &stats,
        &mut String::new(),
    )
    .definite
}

#[test]
fn a_future_is_s_before_a_present_the_training_never_saw_in_a_name() {
    // The training text knows يلتقي and تعلن, never in a name, and يدي.
    let seen = |h: u64| {
        let known = ["يلتقي", "تعلن", "يدي"].iter().any(|w| hash_word(w) == h);
        let count = if known { 9 } else { 0 };
        StemStats {
            count,
            shares: [0; 4],
        }
    };
    let future = |word: &str| {
        analyze_word(
            word,
            &Gazetteer::default(),
            &|_| 0,
            &seen,
            &mut String::new(),
        )
        .future
    };
    assert!(future("سيلتقي"));
    assert!(future("ستعلن"));
    // A name the training never saw after س, and سيدي, too short to tell.
    assert!(!future("ستيوارت"));
    assert!(!future("سيدي"));
    assert!(!future("يلتقي"));
}

#[test]
fn a_reporting_verb_after_waw_reports_though_the_lists_know_it_as_a_name() {
    let mut g = Gazetteer::default();
    g.add("speech", "أكد");
    g.add("family", "وأكد");
    let stats = |_: u64| StemStats::default();
    let info = |w: &str| analyze_word(w, &g, &|_| 0, &stats, &mut String::new());
    let waw = info("وأكد");
    assert!(waw.reports);
    // The tagger's features keep what the lists say of the whole word.
    assert_eq!(waw.triggers & TRIGGER_SPEECH, 0);
    assert!(info("أكد").reports);
    assert!(!info("وأكل").reports);
}

#[test]
fn the_article_is_written_with_a_bare_alef() {
    for word in ["الدولة", "والحكومة", "بالقاهرة", "للمنظمة"] {
        assert!(definite(word), "{word}");
    }
    // ال read after folding a hamza's alef begins the word itself.
    for word in ["ألتمان", "ألمانيا", "وألمانيا", "بألمانيا", "إلغاء", "آلاف"]
    {
        assert!(!definite(word), "{word}");
    }
}
