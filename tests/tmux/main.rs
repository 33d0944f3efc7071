//! qari in real terminals: tmux (`send-keys` in, `capture-pane` out), a
//! pseudo-terminal of util-linux `script` for the terminal queries, and
//! terminals under Xvfb whose screenshots are read back with OCR.
//!
//! These tests need programs qari does not ship, so this binary has a harness
//! of its own (libtest-mimic): each test names the tools it needs, and one
//! whose tool is missing is reported as ignored, with a `skipped:` line that
//! says what is missing, never as passed. With `QARI_REQUIRE_TOOLS=1` (CI) it
//! fails instead. Filters and flags are libtest's (`-- panel`, `--exact`,
//! `--list`, `--test-threads`).

#[path = "../support/mod.rs"]
mod support;

mod annotate;
mod arabic;
mod config;
mod copy;
mod corrections;
mod feed;
mod fifo;
mod hostile;
mod links;
mod loading;
mod marks;
mod newsboat;
mod pager;
mod panel;
mod permissions;
mod reader;
mod real_terminals;
mod search;
mod status;
mod terminal_queries;
mod wheel;

use libtest_mimic::{Arguments, Failed, Trial};
use support::tools::{self, Tool};

/// One test: its name (module and function, as libtest would name it), the
/// tools it needs, and its body, which passes unless it panics.
#[derive(Clone, Copy)]
struct Test {
    name: &'static str,
    needs: &'static [Tool],
    body: fn(),
}

/// The tests of `module` that need the tools listed.
macro_rules! tests {
    ($module:ident needs $tools:tt: $($test:ident),+ $(,)?) => {
        [$(Test {
            name: concat!(stringify!($module), "::", stringify!($test)),
            needs: &$tools,
            body: $module::$test,
        }),+]
    };
}

fn all() -> Vec<Test> {
    use Tool::{Program, Screenshots, Script, Terminal, Tmux, Unprivileged};
    [
        &tests!(annotate needs [Tmux]:
            a_note_is_written_saved_and_found_again_after_reopening,
            a_note_saved_in_one_reader_shows_in_another_on_the_same_document,
            the_gutter_is_on_the_right_of_arabic_text,
            a_relabelled_word_changes_style_at_once,
        )[..],
        &tests!(arabic needs [Tmux]:
            the_status_bar_panel_and_help_speak_arabic,
            on_a_small_terminal_nothing_is_cut_in_half,
            the_locale_chooses_arabic_and_lang_en_wins,
            notices_about_files_and_pages_speak_arabic,
            network_and_configuration_errors_speak_arabic,
        ),
        &tests!(config needs [Tmux]:
            a_bad_config_is_a_status_bar_notice_and_the_reader_goes_on,
            on_80_columns_the_notice_still_names_the_key_and_line,
            mouse_capture_follows_the_mouse_setting,
        ),
        &tests!(copy needs [Tmux]:
            y_copies_the_selection_in_logical_order,
            w_writes_logical_text_and_w_visual_the_laid_out_lines,
            search_lays_out_on_a_terminal_and_not_into_a_pipe,
        ),
        &tests!(hostile needs [Tmux]:
            a_key_racing_a_shrink_never_draws_past_the_edge,
            every_ending_signal_restores_the_terminal_and_sets_the_status,
            a_burst_of_typing_is_read_whole,
            a_paste_is_text_never_keys,
            a_monkey_with_keys_resizes_and_pastes_does_not_break_the_reader,
            a_write_that_does_not_fit_leaves_no_partial_file,
            notes_that_could_not_be_stored_end_with_a_failing_status,
            a_note_being_written_at_a_hang_up_is_kept_and_told_next_time,
            an_emptied_article_s_notes_do_not_go_to_every_empty_file,
        ),
        &tests!(corrections needs [Tmux]:
            l_on_a_mention_relabels_all_of_them_and_the_next_document,
            the_entities_table_reads_right_to_left_on_a_terminal,
            entities_rows_fit_a_narrow_terminal,
            a_correction_takes_its_words_off_a_longer_mention,
        ),
        &tests!(loading needs [Tmux]:
            endless_standard_input_stops_at_the_limit_in_the_reader,
            bottom_while_standard_input_is_still_coming,
            a_single_line_of_megabytes_shows_its_first_screen,
            an_endless_line_on_standard_input_shows_a_screen_and_stops_at_the_limit,
            a_file_that_grew_is_said_at_its_end,
        ),
        &tests!(marks needs [Tmux]: marks_persist_across_runs_and_goto_moves),
        &tests!(panel needs [Tmux]:
            the_panel_opens_and_jumps_at_100x30,
            the_panel_opens_and_jumps_at_140x40,
            at_40x15_the_panel_is_a_full_screen_view,
            at_40x20_tab_brings_back_the_panel_a_jump_put_aside,
            at_80x24_the_panel_rows_keep_off_the_border,
            l_in_the_panel_labels_its_row_or_says_why_not,
            a_jump_to_the_only_mention_says_so,
            quotes_sit_under_their_speaker,
        ),
        &tests!(reader needs [Tmux]:
            reads_scrolls_helps_quits_and_remembers,
            at_40_columns_the_help_wraps_and_cuts_nothing,
            standard_input_article_with_keys_from_the_terminal,
            sigterm_restores_the_terminal,
            an_unusable_state_directory_is_reported_not_fatal,
            a_large_file_shows_its_first_screen_then_its_total,
            a_terminal_that_goes_away_ends_the_reader_and_keeps_the_position,
            a_terminal_that_reorders_is_sent_each_line_in_logical_runs,
            print_terminal_says_what_qari_found_behind_tmux,
            a_line_the_terminal_cannot_show_exactly_is_told_once,
            a_count_before_z_or_d_sets_the_size_of_later_ones,
        ),
        &tests!(feed needs [Tmux]:
            a_feed_lists_its_items_opens_them_and_remembers_what_was_read,
            an_item_with_only_a_summary_opens_the_page_its_link_points_to,
            a_feed_with_no_items_is_one_line_and_status_2,
            a_feed_followed_from_a_page_s_links_opens_on_its_items,
            a_feed_served_as_plain_text_opens_on_its_items,
            an_item_whose_link_is_a_feed_opens_that_feed_s_items,
            a_linked_feed_with_no_items_is_said_where_it_was_followed,
            a_feed_piped_in_opens_on_its_items,
            a_broken_feed_opens_on_its_items_saying_where_it_broke,
        ),
        &tests!(links needs [Tmux]:
            l_lists_a_page_s_links_and_enter_reads_one_then_q_comes_back,
            a_piped_page_lists_its_links_and_says_which_cannot_be_read,
            a_piped_page_read_in_another_encoding_says_so,
            a_local_page_s_relative_links_open_the_files_beside_it,
            a_markdown_file_s_links_open_the_markdown_and_text_beside_it,
            a_fragment_opens_the_page_at_the_element_it_names,
            a_page_that_never_comes_is_given_up_with_q_or_esc,
        ),
        &tests!(fifo needs [Tmux, Program("mkfifo")]:
            a_fifo_without_a_writer_says_so_and_q_gives_up,
            sigterm_on_a_fifo_without_a_writer_exits_143,
            a_writer_that_comes_later_is_read,
            colon_n_onto_a_fifo_without_a_writer_is_given_up_with_esc,
            a_command_says_its_wait_on_a_fifo_after_a_second,
        ),
        &tests!(permissions needs [Unprivileged]: unreadable_file),
        &tests!(pager needs [Tmux]:
            dash_on_a_terminal_is_an_error_with_a_hint,
            several_files_and_colon_n_and_p,
            colon_n_and_p_keep_standard_input_and_a_file_gone,
            a_missing_first_file_opens_the_next,
            a_slow_pipe_shows_its_first_lines_at_once,
            a_slow_pipe_shows_a_short_arabic_first_line_at_once,
            a_slow_pipe_without_a_letter_first_shows_at_once,
            a_table_piped_in_keeps_the_terminal_s_width_and_prose_the_column,
            a_table_after_a_slow_title_gets_the_terminal_s_width_once_it_comes,
        ),
        &tests!(pager needs [Tmux]:
            term_dumb_prints_the_text,
            less_s_arguments_are_taken,
            a_search_given_on_the_command_line_starts_at_the_top,
        ),
        &tests!(pager needs [Tmux, Program("bash")]: ctrl_z_suspends_and_fg_resumes),
        &tests!(pager needs [Tmux, Program("git")]:
            git_log_in_colour_reads_as_text,
            git_s_diff_lines_read_left_to_right,
        ),
        &tests!(pager needs [Tmux, Program("man")]:
            man_with_qari_as_its_pager,
            man_s_lines_keep_the_terminal_s_width,
            man_piped_by_hand_keeps_the_terminal_s_width,
        ),
        &tests!(newsboat needs [Tmux, Program("newsboat")]:
            qari_as_newsboat_s_pager,
            qari_as_newsboat_s_pager_with_a_title_it_wrapped,
            qari_as_newsboat_s_html_renderer,
            qari_as_newsboat_s_browser,
        ),
        &tests!(search needs [Tmux]:
            slash_an_arabic_word_enter_and_n,
            esc_and_noh_clear_the_hits_and_n_shows_them,
            a_hit_goes_a_third_of_the_way_down,
            a_joiner_in_a_word_leaves_its_row_whole_after_a_search,
            a_backward_search_on_a_big_file_searches_between_keys,
        ),
        &tests!(status needs [Tmux]:
            a_notice_fits_the_bar_and_stays_until_a_key,
            the_mode_is_shown_and_a_message_goes_after_a_few_seconds,
            the_note_editor_and_the_prompts_name_their_mode,
            the_percentage_is_the_same_after_a_reopen,
            at_40_columns_a_long_message_still_says_its_point,
        ),
        &tests!(wheel needs [Tmux]: the_wheel_over_the_panel_does_not_scroll_the_article),
        &tests!(terminal_queries needs [Script]:
            a_terminal_that_answers_nothing_costs_at_most_the_timeout,
            garbage_answers_are_neither_shown_nor_kept,
            vte_s_bidi_is_off_around_printed_lines_and_back_after,
            a_signal_while_printing_still_gives_vte_its_bidi_back,
            a_dumb_terminal_and_a_file_get_no_sequences,
            a_pipe_gets_lines_for_a_reordering_terminal_only_when_asked,
            a_late_answer_is_not_taken_for_keys_by_the_reader,
            a_signal_while_waiting_for_answers_leaves_the_terminal_as_it_was,
        ),
        &tests!(real_terminals needs []: title_check_takes_reading_order_and_rejects_reversed_lines),
        &tests!(real_terminals needs [Screenshots, Terminal("xterm")]:
            xterm_reader,
            xterm_render,
            xterm_arabic_interface,
        ),
        &tests!(real_terminals needs [Screenshots, Terminal("sakura")]:
            sakura_reader,
            sakura_render,
            sakura_after_the_reader,
        ),
        &tests!(real_terminals needs [Screenshots, Terminal("mlterm")]:
            mlterm_reader,
            mlterm_render,
            mlterm_after_the_reader,
        ),
        &tests!(real_terminals needs [Screenshots, Terminal("konsole")]:
            konsole_reader,
            konsole_render,
            konsole_arabic_interface,
        ),
        &tests!(real_terminals needs [Screenshots, Terminal("sakura"), Tmux]:
            tmux_in_sakura_reader,
            tmux_in_sakura_render,
            tmux_with_passthrough_in_sakura_reader,
        ),
    ]
    .concat()
}

fn main() {
    let args = Arguments::from_args();
    let mut skipped = Vec::new();
    let trials: Vec<Trial> = all()
        .into_iter()
        .map(|test| {
            let Some(missing) = tools::missing(test.needs) else {
                return Trial::test(test.name, move || {
                    (test.body)();
                    Ok(())
                });
            };
            if tools::required() {
                let why = format!("{missing}; QARI_REQUIRE_TOOLS=1 requires it");
                return Trial::test(test.name, move || Err(Failed::from(why)));
            }
            // Run anyway (`--include-ignored`), it fails with the reason.
            let why = missing.clone();
            let trial =
                Trial::test(test.name, move || Err(Failed::from(why))).with_ignored_flag(true);
            if !args.is_filtered_out(&trial) {
                skipped.push(format!("skipped: {}: {missing}", test.name));
            }
            trial
        })
        .collect();
    let conclusion = libtest_mimic::run(&args, trials);
    if !args.list && !args.ignored && !args.include_ignored {
        for line in &skipped {
            println!("{line}");
        }
    }
    conclusion.exit();
}
