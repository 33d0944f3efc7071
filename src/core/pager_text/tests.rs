//! The whole clean-up on texts as the programs that pipe into qari write them.

use super::*;

fn cleaned(text: &str) -> String {
    String::from_utf8(clean_all(text.as_bytes()).1).expect("utf-8")
}

/// newsboat 2.21's pager file for a two-paragraph item, terminal 100 wide.
const NEWSBOAT: &str = include_str!("../../../tests/fixtures/pager/newsboat.txt");

#[test]
fn newsboat_file_becomes_title_and_paragraphs() {
    let (header, text) = clean_all(NEWSBOAT.as_bytes());
    let header = header.expect("a header");
    assert_eq!(header.title, "رئيس كازاخستان يتعهد باتخاذ تدابير حاسمة");
    assert_eq!(plan(NEWSBOAT.as_bytes()).rejoin, Some(80));
    let text = String::from_utf8(text).expect("utf-8");
    let lines: Vec<&str> = text.lines().collect();
    assert_eq!(lines[0], header.title);
    assert_eq!(lines[1], "أخبار تجريبية");
    assert_eq!(lines[4], "http://127.0.0.1:1/a.html");
    assert_eq!(lines[5], "");
    // Three wrapped lines, then two: one paragraph each, a blank between.
    assert!(lines[6].starts_with("قال رئيس كازاخستان"), "{}", lines[6]);
    assert!(lines[6].ends_with("مطلع الأسبوع."), "{}", lines[6]);
    assert!(lines[6].contains("دون سابق إنذار"), "{}", lines[6]);
    assert_eq!(lines[7], "");
    assert!(lines[8].ends_with("ضد المدنيين."), "{}", lines[8]);
    assert_eq!(lines[9..], [""]);
}

/// Four paragraphs of a mail wrapped at 60 cells, with a quote and a list.
const MAIL: &str = "\
On Monday the committee met for the third time this month to
discuss the budget, which has been delayed twice since the
spring because of the elections.

> The delegates of the northern provinces asked for a separate
> vote on the transport budget before the summer recess.

- first item of a list that is long enough to reach the end
- second item of the list, also long enough to reach the end

The meeting ended late in the evening, and a statement is
expected tomorrow morning from the office of the chairman.
";

#[test]
fn mail_paragraphs_are_joined_and_lists_kept() {
    assert_eq!(plan(MAIL.as_bytes()).rejoin, Some(62));
    let text = cleaned(MAIL);
    let lines: Vec<&str> = text.lines().collect();
    assert_eq!(
        lines[0],
        "On Monday the committee met for the third time this month to discuss the budget, \
         which has been delayed twice since the spring because of the elections."
    );
    assert_eq!(
        lines[2],
        "> The delegates of the northern provinces asked for a separate vote on the \
         transport budget before the summer recess."
    );
    assert!(lines[4].starts_with("- first") && lines[5].starts_with("- second"));
    assert!(lines[7].ends_with("office of the chairman."));
    assert_eq!(lines.len(), 8);
}

#[test]
fn unwrapped_texts_pass_unchanged() {
    // One paragraph per line: the built-in article.
    let article = include_str!("../../../assets/kazakhstan-2022-01-06.txt");
    assert!(plan(article.as_bytes()).is_nothing());
    assert_eq!(cleaned(article), article);
    // A log: short lines of many widths.
    let log = "commit 1a2b3c4d\nAuthor: A Writer <a@example.org>\nDate:   Wed Dec 2 2026\n\n    \
               Fix the parser\n\ncommit 5e6f7a8b\nAuthor: B Writer <b@example.org>\n\n    \
               Add a test for the parser and the printer\n";
    assert_eq!(plan(log.as_bytes()), Plan::default());
    assert_eq!(cleaned(log), log);
    // Two long lines that only happen to be alike are not evidence enough.
    let two = "a line that is about as long as the one after it here\n\
               another line that is about as long as the first one\n";
    assert_eq!(plan(two.as_bytes()).rejoin, None);
    // Sentences of about one length, one a line: they end sentences.
    let sentences: String = (1..=100)
        .map(|i| format!("Line {i} of the fixture, a paragraph of plain text.\n"))
        .collect();
    assert!(plan(sentences.as_bytes()).is_nothing());
    // A log: every line starts with a number (and a word that fills the gap).
    let log: String = (0..60)
        .map(|i| {
            format!(
                "2026-12-02T10:{i:02}:00 worker {} started a job on the queue\n",
                i % 7
            )
        })
        .collect();
    assert!(plan(log.as_bytes()).is_nothing());
    // One line repeated: every pair looks wrapped, but nothing was.
    let repeated = "قالت الحكومة إن سعر الوقود سيرتفع in Almaty 2022 - 08:13\n".repeat(50);
    assert!(plan(repeated.as_bytes()).is_nothing());
    assert_eq!(cleaned(&repeated), repeated);
}

#[test]
fn coloured_log_loses_its_escapes_only() {
    let log = "\x1b[33mcommit 1a2b\x1b[m\nAuthor: A <a@example.org>\n\n    Fix \x1b[1mit\x1b[0m\n";
    let plan = plan(log.as_bytes());
    assert!(plan.escapes && plan.rejoin.is_none() && plan.header.is_none());
    assert_eq!(
        cleaned(log),
        "commit 1a2b\nAuthor: A <a@example.org>\n\n    Fix it\n"
    );
}

#[test]
fn streaming_a_long_line_in_pieces_keeps_it_whole() {
    let plan = plan(MAIL.as_bytes());
    let mut cleaner = Cleaner::new(&plan);
    let mut out = Vec::new();
    cleaner.push_line(b"a short line held back", true, &mut out);
    cleaner.push_piece(b"\x1b[1mpiece one ", &mut out);
    cleaner.push_piece(b"piece two ", &mut out);
    cleaner.push_line(b"the end", true, &mut out);
    cleaner.push_line(b"last", false, &mut out);
    cleaner.finish(&mut out);
    assert_eq!(
        String::from_utf8(out).expect("utf-8"),
        "a short line held back\npiece one piece two the end\nlast"
    );
}

/// A wrapper that counts a character at a time (newsboat, wcwidth) gives
/// لا two cells; lines full of them are still seen to be wrapped at its width.
#[test]
fn lines_wrapped_counting_lam_alef_as_two_cells_are_joined() {
    // Some lines full of لا, some with none.
    let with = ["لا", "الإعلام", "لاجئين", "العلاقات", "للأسف", "الإدارة", "فلا"];
    let without = [
        "كازاخستان",
        "المحتجين",
        "الرئيس",
        "مدينة",
        "قاسم",
        "جومارت",
        "توقاييف",
    ];
    let paragraph: Vec<&str> = (0..90)
        .map(|i| {
            let words = if (i / 12) % 2 == 0 { &with } else { &without };
            words[i * 5 % words.len()]
        })
        .collect();
    let cells = |s: &str| s.chars().count();
    let mut lines = vec![String::new()];
    for w in paragraph {
        let last = lines.last_mut().expect("a line");
        if !last.is_empty() && cells(last) + 1 + cells(w) > 50 {
            lines.push(w.to_string());
        } else {
            if !last.is_empty() {
                last.push(' ');
            }
            last.push_str(w);
        }
    }
    assert!(lines.len() >= 6);
    let text = lines.join("\n") + ".\n";
    // Drawn, a line full of لا is narrower (each is one cell): only a count
    // per character shows the width they were all wrapped at.
    let drawn = |l: &String| unicode_width::UnicodeWidthStr::width(l.as_str());
    assert!(lines.iter().any(|l| drawn(l) + 5 < cells(l)));
    assert_eq!(cleaned(&text).lines().count(), 1, "{}", cleaned(&text));
}

/// Lines of about one length that end no sentence: each is a record of its
/// own (a verse, a headline), not a piece of a paragraph.
#[test]
fn a_poem_and_a_list_of_headlines_keep_their_lines() {
    let poem = "على قدر أهل العزم تأتي العزائم\n\
وتأتي على قدر الكرام المكارم\n\
وتعظم في عين الصغير صغارها\n\
وتصغر في عين العظيم العظائم\n\
يكلف سيف الدولة الجيش همه\n\
وقد عجزت عنه الجيوش الخضارم\n\
ويطلب عند الناس ما عند نفسه\n\
وذلك ما لا تدعيه الضراغم\n\
";
    let headlines = "توقاييف يتعهد باتخاذ تدابير حاسمة ضد المحتجين\n\
روسيا ترسل قوات حفظ سلام إلى كازاخستان الآن\n\
ارتفاع أسعار الغاز يشعل احتجاجات في ألماتي\n\
الحكومة الكازاخية تستقيل بعد أيام من الاضطرابات\n\
قطع الإنترنت في أنحاء البلاد لليوم الثالث\n\
مقتل العشرات واعتقال المئات في المدن الكبرى\n\
";
    for text in [poem, headlines] {
        assert_eq!(plan(text.as_bytes()).rejoin, None, "{text}");
        assert_eq!(cleaned(text), text);
    }
}

/// Arabic prose runs its sentences on with commas, and a paragraph may end
/// without a stop: wrapped, it is still joined.
#[test]
fn wrapped_prose_with_commas_and_no_final_stop_is_joined() {
    let paragraph = "وقال المسؤول إن الحكومة ستواصل العمل على تحسين الخدمات، \
        وأضاف أن الوزارة أعدت خطة شاملة لإصلاح قطاع الكهرباء في المحافظات الجنوبية، \
        مشيرا إلى أن المرحلة الأولى تبدأ مطلع العام المقبل بتمويل من البنك الدولي، \
        فيما طالب نواب في البرلمان بتسريع تنفيذ المشاريع المتأخرة منذ سنوات، \
        وأكد رئيس اللجنة المالية أن الموازنة الجديدة تتضمن مخصصات كافية للمشروع، \
        لافتا إلى أن الحكومة تعهدت بنشر تقارير دورية عن سير العمل";
    let words: Vec<&str> = paragraph.split_whitespace().collect();
    let mut lines = vec![String::new()];
    for w in words {
        let last = lines.last_mut().expect("a line");
        if !last.is_empty() && last.chars().count() + 1 + w.chars().count() > 60 {
            lines.push(w.to_string());
        } else {
            if !last.is_empty() {
                last.push(' ');
            }
            last.push_str(w);
        }
    }
    assert!(lines.len() >= 6, "{lines:?}");
    let text = lines.join("\n") + "\n";
    assert_eq!(cleaned(&text).lines().count(), 1, "{}", cleaned(&text));
}

#[test]
fn a_text_whose_lines_end_in_cr_alone_is_cleaned_as_lines() {
    let (_, out) = clean_all("سطر أول\rسطر ثان\r".as_bytes());
    assert_eq!(out, "سطر أول\nسطر ثان\n".as_bytes());
    // A CR LF pair cut off at the window's end is not a lone CR.
    assert!(!lines_end_in_cr(b"one\r"));
    assert!(!lines_end_in_cr(b"one\r\ntwo\rthree\n"));
    assert!(lines_end_in_cr(b"one\rtwo"));
}
