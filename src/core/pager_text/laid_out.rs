//! PURE: whether text piped in was laid out by the program that wrote it
//! (`man ls | qari`, `ps aux | qari`, `ls -l | qari`), so that the reader
//! shows it at the terminal's width as less would, instead of wrapping it
//! again at its reading column, which breaks man's header and every
//! column. man and git say so themselves when they run their pager
//! (`MAN_PN`, `GIT_EXEC_PATH`); piped by hand, only the text can.
//!
//! The rule, on the first [`LINES`] lines that are not blank:
//! - the text is not right-to-left prose: fewer than one letter in
//!   [`RTL_SHARE`] is Arabic or Hebrew (Arabic prose keeps the column
//!   whatever its layout);
//! - and either the first of those lines is a man page's header, a name
//!   and section at both ends (`LS(1)   User Commands   LS(1)`), or at
//!   least half of them (and three or more) are set out in columns: a tab
//!   or a run of two or more spaces between words (an indent alone is
//!   prose's: lists, code, poems) that is not the double space some writers
//!   put after a sentence,
//!   closing quotes and brackets included (`."  `, `)  `), nor a long
//!   line's one double space (a column, or man's justified lines, have
//!   several runs or short lines).
//!
//! Prose with one paragraph per line, or cut at a width, has neither and
//! keeps the reading column.

use qari_layout::LetterCount;

/// How many non-blank lines are looked at.
pub const LINES: usize = 200;
/// A line longer than this with a single double space is prose's.
const PROSE_LINE: usize = 80;
/// One letter in this many, or more, right to left: not laid out.
const RTL_SHARE: usize = 10;

/// Whether `text` (the start of an input) looks laid out for a terminal.
pub fn laid_out(text: &str) -> bool {
    let lines: Vec<&str> = text
        .lines()
        .map(str::trim_end)
        .filter(|l| !l.is_empty())
        .take(LINES)
        .collect();
    let mut letters = LetterCount::default();
    for line in &lines {
        letters.add(line);
    }
    if letters.all() == 0 || letters.rtl * RTL_SHARE >= letters.all() {
        return false;
    }
    if lines.first().is_some_and(|l| is_man_header(l)) {
        return true;
    }
    let set_out = lines.iter().filter(|l| is_set_out(l)).count();
    set_out >= 3 && set_out * 2 >= lines.len()
}

/// `NAME(SECTION) … NAME(SECTION)`, as man-db and mandoc begin a page.
fn is_man_header(line: &str) -> bool {
    let words: Vec<&str> = line.split_whitespace().collect();
    let (Some(first), Some(last)) = (words.first(), words.last()) else {
        return false;
    };
    words.len() >= 2 && first == last && is_page_name(first)
}

/// `ls(1)`, `LS(1)`, `printf(3p)`: a name, then a section in brackets.
fn is_page_name(word: &str) -> bool {
    let Some((name, section)) = word.strip_suffix(')').and_then(|w| w.split_once('(')) else {
        return false;
    };
    !name.is_empty()
        && !section.is_empty()
        && section.chars().all(|c| c.is_ascii_alphanumeric())
        && section.starts_with(|c: char| c.is_ascii_digit() || c == 'n' || c == 'l')
}

/// Holding a tab or a run of two or more spaces between words, other than
/// after a sentence's end: a run after `.`, `?`, `!` or `:` (closing quotes
/// and brackets looked past, `."  `, `)  `, `»  `) is a two-space typist's.
/// A long line with one double space and no other run is prose too: a
/// table's rows are short or have several. An indent alone says nothing:
/// prose has lists, quoted code and poems indented.
fn is_set_out(line: &str) -> bool {
    let line = line.trim_start();
    if line.contains('\t') {
        return true;
    }
    let mut runs = 0;
    let mut column = false;
    let mut double_only = true;
    let mut rest = line;
    while let Some(start) = rest.find("  ") {
        let run = rest[start..].len() - rest[start..].trim_start_matches(' ').len();
        runs += 1;
        double_only &= run == 2;
        column |= !after_sentence(&rest[..start]);
        rest = &rest[start + run..];
    }
    column && !(runs == 1 && double_only && line.chars().count() > PROSE_LINE)
}

/// Whether `before` ends a sentence: `.`, `?`, `!` or `:`, with any
/// closing quotes or brackets after it.
fn after_sentence(before: &str) -> bool {
    before
        .trim_end_matches([
            '"', '\'', '\u{201D}', '\u{2019}', ')', ']', '\u{BB}', '\u{203A}',
        ])
        .ends_with(['.', '?', '!', ':'])
}

#[cfg(test)]
mod tests {
    use super::*;

    const MAN: &str =
        "LS(1)                          User Commands                          LS(1)\n\n\
        NAME\n       ls - list directory contents\n\nSYNOPSIS\n       ls [OPTION]... [FILE]...\n";

    const PS: &str = "USER         PID %CPU %MEM    VSZ   RSS TTY      STAT START   TIME COMMAND\n\
        root           1  0.0  0.1 167900 11520 ?        Ss   Dec06   0:03 /sbin/init\n\
        root           2  0.0  0.0      0     0 ?        S    Dec06   0:00 [kthreadd]\n\
        root           3  0.0  0.0      0     0 ?        I<   Dec06   0:00 [rcu_gp]\n";

    #[test]
    fn a_man_page_and_a_table_are_laid_out() {
        assert!(laid_out(MAN));
        assert!(laid_out(PS));
        // A header alone says it, whatever follows.
        assert!(laid_out(
            "printf(3p)  POSIX Programmer's Manual  printf(3p)\ntext\n"
        ));
        let ls = "total 8\n-rw-r--r--  1 root root  120 Dec  7 09:00 a.txt\n\
                  -rw-r--r--  1 root root 4096 Dec  7 09:01 b.txt\n\
                  drwxr-xr-x  2 root root 4096 Dec  7 09:02 c\n";
        assert!(laid_out(ls));
        // A long row with several runs is a table's, however wide.
        let wide = format!(
            "{}\n",
            [
                "web-deployment-0-abcdef-very-long-name",
                "1/1",
                "Running",
                "0",
                "0d",
                "10.0.0.0",
                "node-pool-a-0-xyz-long",
                "<none>"
            ]
            .join("   ")
        );
        assert!(laid_out(&wide.repeat(4)));
    }

    #[test]
    fn prose_keeps_the_reading_column() {
        let english = "The minister said on Monday that the talks would go on.  They did.\n\
                       A second paragraph, written on one line as editors write them, goes on.\n\
                       A third one follows it, and nothing in it is set out in columns.\n";
        assert!(!laid_out(english));
        // Two spaces after a quote's or a bracket's close are a sentence's
        // end too, and a long line with one double space is prose.
        let quoted = "The minister told reporters \"we will not negotiate.\"  The talks went on.\n\
                      Asked why, he said \u{201C}because.\u{201D}  Then he left the room.\n\
                      The figures (the ministry's own.)  They were not published.\n\
                      Il a dit \u{AB}non\u{A0}!\u{BB}  Puis il est parti sans un mot de plus.\n";
        assert!(!laid_out(quoted));
        let long = "Paragraph 0: the minister told reporters (in Geneva)  that the talks, \
                    which began on Monday, were expected to last for several more days.\n";
        assert!(!laid_out(&long.repeat(6)));
        // Arabic prose, even indented or set out: its letters decide.
        let arabic = "    قال الوزير  إن المحادثات ستستمر يوم الاثنين في العاصمة.\n\
                      \u{20}   وأضاف  أن الوفد سيصل غدًا.\n    وختم  بالقول إن الأمل قائم.\n";
        assert!(!laid_out(arabic));
        assert!(!laid_out(""));
        assert!(!laid_out("1\n2\n3\n"));
        // A title that only looks like a name and section is not a header.
        assert!(!laid_out("ls(1) is a command\nand so on\n"));
        // Indents alone are prose's: a list, a code block, a poem.
        let listed = "Steps to follow:\n  - open the file and read it\n  - mark the passage\n\
                      \u{20} 1. write the note\n\tA paragraph opened with a tab.\n    let x = 1;\n";
        assert!(!laid_out(&listed.repeat(3)));
    }
}
