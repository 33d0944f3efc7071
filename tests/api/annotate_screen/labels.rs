//! Labelling on the screen: labels over the recogniser in the highlights and
//! the panel, `l` in the article and in the panel and its menu, and what is
//! said when a label goes or nothing is selected.

use super::*;

#[test]
fn labels_override_the_recogniser_in_highlights_and_panel() {
    let (text, mut a) = bob_and_paris(12);
    keys(&mut a, "v l");
    assert!(matches!(a.modal(), Some(Modal::Label(_))));
    assert!(text_of(draw(&a).backend().buffer()).contains("not an entity"));
    keys(&mut a, "1");
    assert_eq!(a.annotations()[0].annotation.label, Some(Label::Person));
    assert_eq!(a.flash(), Some("labelled: person"));
    // Paris is not a place: select it with the mouse, label it "not an entity".
    let paris = span_of(text, "Paris");
    let cells = drawn_cells(&a);
    let cell = |o: usize| {
        cells
            .iter()
            .find(|c| c.2.start == o)
            .map(|c| (c.0, c.1))
            .expect("cell")
    };
    let (x0, y0) = cell(paris.start);
    let (x1, y1) = cell(paris.end - 1);
    a.drag_start(x0, y0);
    a.drag_to(x1, y1);
    keys(&mut a, "l j j j j j Enter");
    assert_eq!(a.annotations()[1].annotation.label, Some(Label::NotEntity));
    let names: Vec<String> = a
        .entities()
        .expect("entities")
        .rows()
        .iter()
        .map(|r| r.label.clone())
        .collect();
    assert_eq!(names, vec!["People (2)", "Alice", "Bob"]);
    // Alice and Bob are drawn as people (bold); Paris has no highlight left.
    let terminal = draw(&a);
    let buf = terminal.backend().buffer();
    let bold = theme::cue(Kind::Person);
    for (x, y, c) in drawn_cells(&a) {
        let person = c.start < 5 || span_of(text, "Bob").contains(&c.start);
        assert_eq!(
            buf[(x, y)].modifier.contains(bold),
            person,
            "({x},{y}) {c:?}"
        );
    }
    let marks = &a.screen().marks[0];
    for (cell, mark) in a.screen().lines[0].line.cells.iter().zip(marks) {
        let o = cell.offset as usize;
        let kind = mark.map(|m| m.kind);
        if paris.contains(&o) {
            assert_eq!(kind, None, "Paris at {o}");
        } else if o < 5 {
            assert_eq!(kind, Some(Kind::Person), "Alice at {o}");
        }
    }
}

#[test]
fn the_entity_selected_in_the_panel_stays_selected_when_labels_change() {
    let (_, mut a) = bob_and_paris(12);
    keys(&mut a, "e Tab j");
    let selected = |a: &App| {
        let rows = a.entities().expect("entities");
        rows.recognition().entities[rows.selected_entity().expect("selected")]
            .name
            .clone()
    };
    assert_eq!(selected(&a), "Paris");
    keys(&mut a, "v l 1");
    assert_eq!(a.entities().expect("rows").rows()[1].label, "Alice");
    assert_eq!(selected(&a), "Paris");
}

#[test]
fn after_a_jump_l_in_the_article_keeps_the_panel_on_the_entity_jumped_to() {
    let (_, mut a) = bob_and_paris(14);
    keys(&mut a, "e Tab");
    choose_in_panel(&mut a, "Paris");
    // Enter jumps to Paris; Tab gives the article the keys; `l` labels the
    // name at the cursor, and the panel's row stays where it was chosen
    // (it went to Bob, the first entity on the screen, and `]` then walked
    // Bob's mentions).
    keys(&mut a, "Enter Tab l");
    let chosen = |screen: &str| {
        screen
            .lines()
            .find(|l| l.contains('\u{25b6}'))
            .is_some_and(|l| l.contains("Paris"))
    };
    let screen = text_of(draw(&a).backend().buffer());
    assert!(screen.contains("label: Paris"), "{screen}");
    assert!(chosen(&screen), "{screen}");
    keys(&mut a, "Esc");
    let screen = text_of(draw(&a).backend().buffer());
    assert!(chosen(&screen), "{screen}");
}

#[test]
fn l_in_the_panel_labels_the_selected_row_and_the_menu_names_it() {
    let (text, mut a) = bob_and_paris(14);
    // The reading cursor on Bob, then the panel's selection moved to Paris.
    type_text(&mut a, "/Bob\n");
    keys(&mut a, "e Tab");
    choose_in_panel(&mut a, "Paris");
    keys(&mut a, "l");
    assert!(matches!(a.modal(), Some(Modal::Label(_))));
    assert!(text_of(draw(&a).backend().buffer()).contains("label: Paris"));
    keys(&mut a, "6");
    let labelled = &a.annotations()[0];
    assert_eq!(labelled.annotation.label, Some(Label::NotEntity));
    assert_eq!(labelled.span, Some(span_of(text, "Paris")));
}

#[test]
fn l_in_a_panel_over_the_article_labels_its_row_not_the_name_at_the_cursor() {
    // 30 columns leave no room beside the article: the panel covers it and
    // takes the keys without having the focus.
    let text = "Alice met Bob in Paris.\n";
    let mut a = monochrome().app(text, 30, 14);
    a.set_recognition(recognition(
        text,
        &[
            (Kind::Person, "Bob", &[("Bob", 0)], None),
            (Kind::Location, "Paris", &[("Paris", 0)], None),
        ],
    ));
    type_text(&mut a, "/Bob\n");
    keys(&mut a, "e G");
    keys(&mut a, "l");
    assert!(matches!(a.modal(), Some(Modal::Label(_))));
    let screen = text_of(draw(&a).backend().buffer());
    assert!(screen.contains("label: Paris"), "{screen}");
}

#[test]
fn l_where_it_cannot_label_says_why() {
    let text = "Paris: Bob said \"the talks are over now\".\n";
    let mut a = monochrome().app(text, 100, 12);
    a.set_recognition(recognition(
        text,
        &[
            (Kind::Location, "Paris", &[("Paris", 0)], None),
            (Kind::Person, "Bob", &[("Bob", 0)], None),
            (Kind::Quote, "q", &[("the talks are over now", 0)], Some(1)),
        ],
    ));
    // The first row is Bob's, the next his quote's.
    keys(&mut a, "e Tab g j");
    let quote = a.entities().and_then(|e| e.selected_entity());
    assert_eq!(quote, Some(2), "the quote's row under its speaker");
    keys(&mut a, "l");
    assert!(a.modal().is_none());
    assert_eq!(
        a.flash(),
        Some("a quote is labelled as a passage: v selects it, then l")
    );
    // The Notes tab shows no entity to label.
    keys(&mut a, "t l");
    assert!(a.modal().is_none());
    assert_eq!(a.flash(), Some("l labels an entity: t shows the entities"));
    // In the menu, a key it does not take says which ones it does.
    keys(&mut a, "t");
    choose_in_panel(&mut a, "Paris");
    keys(&mut a, "l ]");
    assert!(matches!(a.modal(), Some(Modal::Label(_))));
    assert_eq!(
        a.flash(),
        Some("]: choose a label with 1-6 or j/k and Enter; Esc closes")
    );
}

#[test]
fn the_english_label_menu_draws_an_arabic_name_right_to_left() {
    let text = "التقى الوزير المبعوث هانس غروندبرغ في الرياض.\n";
    let mut a = monochrome().app(text, 100, 14);
    a.set_recognition(recognition(
        text,
        &[(Kind::Person, "هانس غروندبرغ", &[("هانس غروندبرغ", 0)], None)],
    ));
    type_text(&mut a, "/هانس\n");
    keys(&mut a, "l");
    assert!(matches!(a.modal(), Some(Modal::Label(_))));
    let screen = text_of(draw(&a).backend().buffer());
    // Its first ten characters, the ellipsis at their logical end (the left),
    // all inside the box's top border.
    assert!(screen.contains("label: \u{2026}دنورغ سناه ─"), "{screen}");
}

#[test]
fn a_described_speaker_s_row_is_no_name_to_label_and_the_word_at_the_cursor_stays() {
    // `l` on the panel's row of a source the text only describes labelled
    // the word under the reading cursor instead ("in every article").
    let text = "Paris: a source said \"the talks are over now\".\n";
    let mut a = monochrome().app(text, 100, 12);
    a.set_recognition(recognition(
        text,
        &[
            (Kind::Location, "Paris", &[("Paris", 0)], None),
            (Kind::Person, "a source", &[], None),
            (Kind::Quote, "q", &[("the talks are over now", 0)], Some(1)),
        ],
    ));
    keys(&mut a, "e Tab");
    let rows: Vec<String> = a
        .entities()
        .expect("entities")
        .rows()
        .iter()
        .map(|r| r.label.clone())
        .collect();
    let source = rows.iter().position(|r| r == "a source").expect("its row");
    for _ in 0..rows.len() {
        match a.entities().and_then(|e| e.selected_row()) {
            Some(at) if at > source => keys(&mut a, "k"),
            Some(at) if at < source => keys(&mut a, "j"),
            _ => break,
        }
    }
    assert_eq!(
        a.entities().and_then(|e| e.selected_row()),
        Some(source),
        "{rows:?}"
    );
    keys(&mut a, "l");
    assert!(a.modal().is_none(), "{:?}", a.modal());
    assert_eq!(
        a.flash(),
        Some("this speaker is described, not named: nothing to label")
    );
    // Enter on it goes to what it said.
    keys(&mut a, "Enter");
    assert_eq!(a.reading_cursor(), find(text, "the talks", 0));
}

#[test]
fn deleting_a_label_says_that_its_correction_stays_for_every_article() {
    let text = "Alice met Bob in Paris.\n";
    let mut a = monochrome().app(text, 100, 12);
    a.set_recognition(recognition(
        text,
        &[(Kind::Person, "Alice", &[("Alice", 0)], None)],
    ));
    // The mention at the reading cursor labelled a place: a correction.
    keys(&mut a, "l 2");
    assert_eq!(a.annotations()[0].annotation.label, Some(Label::Location));
    assert_eq!(a.lexicon().label("Alice"), Some(Label::Location));
    keys(&mut a, "e t Tab D");
    assert!(a.annotations().is_empty());
    let said = a.flash().expect("a message");
    assert!(
        said.contains("Alice stays corrected in every article"),
        "{said}"
    );
    assert!(said.contains("qari corrections --remove"), "{said}");
}

#[test]
fn a_with_nothing_selected_says_how_to_select() {
    let mut a = monochrome().app("Alice met Bob in Paris.\n", 100, 12);
    keys(&mut a, "a");
    assert!(a.modal().is_none());
    assert_eq!(
        a.flash(),
        Some("nothing selected: v selects a passage, then a writes its note")
    );
    keys(&mut a, "v a");
    assert!(matches!(a.modal(), Some(Modal::Note(_))));
}
