//! The multi-line editor's text against the references and its caret against its layout: the
//! lines of a text of several paragraphs are the paragraph layout's (so Chromium's), in
//! `unicode-bidi`'s visual order with each paragraph's own direction; Up and Down keep the x on
//! wrapped lines and across paragraphs; Home and End stay on the visual line; words, double
//! clicks and the undo history. Runs without a display.
#![cfg(feature = "gui")]

#[path = "common/text.rs"]
mod text_common;

use isnad::gui::text::edit::{self, Caret, EditKind, EditState};
use isnad::gui::text::{Dir, Face, TextLayout, paragraph_layout, text_layout};
use text_common::{chromium_lines, line_texts, reader_face, visual_chars, with_ctx};
use unicode_bidi::BidiInfo;

fn memo_face() -> Face {
    Face {
        dir: Dir::Auto,
        ..reader_face(20.0)
    }
}

#[test]
fn a_memo_of_article_paragraphs_breaks_each_where_chromium_does() {
    let fixture = chromium_lines();
    let corpus = isnad::corpus::bundled();
    let width = fixture[0].width;
    // The first paragraphs Chromium drew at one width, in one memo, a line break apart.
    let cases: Vec<_> = fixture
        .iter()
        .filter(|c| c.width.to_bits() == width.to_bits())
        .take(8)
        .collect();
    let blocks: Vec<&str> = cases
        .iter()
        .map(|c| {
            let a = corpus
                .articles()
                .iter()
                .find(|a| a.id.as_str() == c.article)
                .expect("article");
            a.block_text(&a.blocks[c.block])
        })
        .collect();
    let memo = blocks.join("\n");
    with_ctx(|ctx| {
        let layout = text_layout(ctx, &memo, &[], &memo_face(), width);
        assert_eq!(layout.paragraphs.len(), cases.len());
        let mut lines = 0;
        for ((p, case), block) in layout.paragraphs.iter().zip(&cases).zip(&blocks) {
            let text = &memo[p.range.clone()];
            assert_eq!(text, *block);
            assert_eq!(line_texts(text, &p.layout), case.lines, "{}", case.article);
            // The same lines as the paragraph laid out alone.
            let alone = paragraph_layout(ctx, text, &[], &reader_face(20.0), width);
            assert_eq!(line_texts(text, &alone), line_texts(text, &p.layout));
            assert!(p.layout.rtl);
            assert_eq!(p.first_line, lines);
            lines += p.layout.lines.len();
        }
        assert_eq!(layout.line_count(), lines);
        assert!(lines > cases.len(), "the paragraphs wrap");
    });
}

#[test]
fn each_paragraph_of_a_mixed_memo_is_in_unicode_bidi_order_with_its_own_direction() {
    let memo = "قال الرئيس فلاديمير بوتين في 19 يونيو 2024 إن الشراكة مع كوريا الشمالية طويلة الأمد\n\
                The summit in Pyongyang ended with a treaty (AUKUS was not named) signed by both\n\
                ردت واشنطن عبر NATO ومجلس الأمن، وقالت «إن الاتفاق خطر»";
    let bidi = BidiInfo::new(memo, None);
    assert_eq!(bidi.paragraphs.len(), 3);
    with_ctx(|ctx| {
        for width in [220.0, 360.0, 700.0] {
            let layout = text_layout(ctx, memo, &[], &memo_face(), width);
            assert_eq!(
                layout
                    .paragraphs
                    .iter()
                    .map(|p| p.layout.rtl)
                    .collect::<Vec<_>>(),
                [true, false, true],
                "each paragraph takes the direction of its first strong letter"
            );
            for (p, para) in layout.paragraphs.iter().zip(&bidi.paragraphs) {
                let text = &memo[p.range.clone()];
                for (i, line) in p.layout.lines.iter().enumerate() {
                    let start = p.range.start + line.logical.start;
                    let visible = start..start + text[line.logical.clone()].trim_end().len();
                    let expected = bidi.reorder_line(para, visible);
                    assert_eq!(visual_chars(text, &p.layout, i), expected, "width {width}");
                }
            }
        }
    });
}

/// Offsets inside the words of a layout (between two letters of a piece of three or more).
fn inside_words(text: &str, layout: &TextLayout) -> Vec<usize> {
    let mut out = Vec::new();
    for p in &layout.paragraphs {
        for piece in p.layout.lines.iter().flat_map(|l| &l.pieces) {
            let start = p.range.start + piece.logical.start;
            let word = &text[start..p.range.start + piece.logical.end];
            if word.chars().count() >= 3 {
                out.extend(word.char_indices().skip(1).map(|(i, _)| start + i));
            }
        }
    }
    out
}

/// Down then Up from inside every word of a layout's lines but the last: the caret goes to the
/// next visual line near its x, and back to its line near the same x.
fn check_up_and_down(text: &str, layout: &TextLayout) -> usize {
    let mut checked = 0;
    for offset in inside_words(text, layout) {
        let (line, x) = layout.caret(text, offset);
        if line + 1 >= layout.line_count() {
            continue;
        }
        let down = layout
            .vertical(text, offset, x, true)
            .expect("a line below");
        let (below, _) = layout.caret(text, down);
        assert_eq!(below, line + 1, "Down from {offset} ({x})");
        let up = layout.vertical(text, down, x, false).expect("a line above");
        let (back, back_x) = layout.caret(text, up);
        assert_eq!(back, line, "Up from {down}");
        assert!((back_x - x).abs() < 12.0, "x {x} came back as {back_x}");
        checked += 1;
    }
    checked
}

#[test]
fn up_and_down_keep_the_x_on_a_wrapped_right_to_left_paragraph() {
    let text = "تعهد الرئيس الروسي فلاديمير بوتين بإبرام اتفاق مع الزعيم الكوري الشمالي كيم جونج أون لشراكة طويلة الأمد بين بلديهما";
    with_ctx(|ctx| {
        let layout = text_layout(ctx, text, &[], &memo_face(), 250.0);
        assert!(layout.line_count() >= 3);
        assert!(check_up_and_down(text, &layout) > 40);
        // The start of the text is at the right edge; Up from the first line and Down from the
        // last have nowhere to go (the editor then goes to the text's start or end).
        let (line, x) = layout.caret(text, 0);
        assert_eq!(line, 0);
        assert!((x - 250.0).abs() < 1.0, "{x}");
        assert_eq!(layout.vertical(text, 4, x, false), None);
        assert_eq!(layout.vertical(text, text.len(), 0.0, true), None);
        // Down from the start of a line lands at the start of the next one (its right edge).
        let second = layout.paragraphs[0].layout.lines[1].logical.start;
        assert_eq!(layout.vertical(text, 0, x, true), Some(second));
    });
}

#[test]
fn home_and_end_stay_on_the_visual_line_of_a_mixed_arabic_and_latin_text() {
    let text = "قال جو بايدن Joe Biden في مؤتمر صحفي مع NATO إن الاتفاق الموقع في 2024 خطر على الأمن";
    with_ctx(|ctx| {
        let layout = text_layout(ctx, text, &[], &memo_face(), 260.0);
        assert!(layout.line_count() >= 2);
        assert!(check_up_and_down(text, &layout) > 20);
        let biden = text.find("Biden").expect("word") + 2;
        let (line, x) = layout.caret(text, biden);
        // Inside a left-to-right word, the caret moves right as the offset grows.
        let (_, next_x) = layout.caret(text, biden + 1);
        assert!(next_x > x, "{x} {next_x}");
        let bounds = layout.line_bounds(text, biden);
        assert!(bounds.contains(&biden));
        assert_eq!(layout.caret(text, bounds.start).0, line);
        assert_eq!(
            layout.caret(text, bounds.end).0,
            line,
            "End stays on the line"
        );
        assert!(!text[bounds.clone()].ends_with(' '));
        // A click on the caret's place gives its offset back.
        assert_eq!(layout.offset_at(text, line, x), biden);
    });
}

#[test]
fn up_and_down_cross_from_an_arabic_paragraph_into_an_english_one_and_back() {
    let text = "تعهد الرئيس الروسي فلاديمير بوتين بإبرام اتفاق مع الزعيم الكوري الشمالي\nThe treaty was signed";
    with_ctx(|ctx| {
        let layout = text_layout(ctx, text, &[], &memo_face(), 360.0);
        assert_eq!(layout.paragraphs.len(), 2);
        let english = &layout.paragraphs[1];
        let arabic_lines = layout.paragraphs[0].layout.lines.len();
        assert_eq!(english.first_line, arabic_lines);
        // The Arabic lines end at the right edge, the English line starts at the left one.
        assert!(
            (layout.line_left(0) + layout.paragraphs[0].layout.lines[0].width - 360.0).abs() < 0.5
        );
        assert!(layout.line_left(arabic_lines).abs() < 0.01);
        assert!(check_up_and_down(text, &layout) > 30);
        // From the start of the last Arabic line (its right end), Down goes past the end of the
        // shorter English line: to the end of that line.
        let last = layout.paragraphs[0]
            .layout
            .lines
            .last()
            .expect("line")
            .logical
            .start;
        let (line, x) = layout.caret(text, last);
        assert_eq!(line, arabic_lines - 1);
        assert_eq!(layout.vertical(text, last, x, true), Some(text.len()));
        // From the English text's start (the left edge), Up goes to the Arabic line's left end,
        // which is where its last word ends.
        let up = layout
            .vertical(text, english.range.start, 0.0, false)
            .expect("up");
        assert_eq!(up, layout.paragraphs[0].range.end);
    });
}

#[test]
fn an_empty_line_takes_the_direction_of_the_paragraph_before_it() {
    let text = "ملاحظة أولى\n\nA note";
    with_ctx(|ctx| {
        let layout = text_layout(ctx, text, &[], &memo_face(), 300.0);
        let dirs: Vec<bool> = layout.paragraphs.iter().map(|p| p.layout.rtl).collect();
        assert_eq!(dirs, [true, true, false]);
        assert_eq!(layout.line_count(), 3);
        // The caret on the empty line sits at the right edge, as after Enter in Arabic.
        let empty = layout.paragraphs[1].range.start;
        let (line, x) = layout.caret(text, empty);
        assert_eq!(line, 1);
        assert!((x - 300.0).abs() < 0.5, "{x}");
    });
}

#[test]
fn words_are_found_across_arabic_marks_and_line_breaks() {
    let text = "قالَ الرئيسُ، ثم\nسكت";
    let second = text.find("الرئيسُ").expect("word");
    assert_eq!(
        edit::word_end_after(text, 0),
        text.find(' ').expect("space")
    );
    assert_eq!(
        edit::word_end_after(text, second),
        text.find('،').expect("comma")
    );
    assert_eq!(
        edit::word_start_before(text, text.find('،').expect("comma")),
        second
    );
    // A word step stops at the start of a paragraph, then goes on into it.
    let nl = text.find('\n').expect("break");
    assert_eq!(edit::word_end_after(text, nl), nl + 1);
    assert_eq!(edit::word_start_before(text, nl + 1), nl);
    assert_eq!(
        edit::word_at(text, second + 2),
        second..second + "الرئيسُ".len()
    );
    // Characters step over a letter's marks together with it.
    assert_eq!(edit::next_boundary(text, 4), "قالَ".len());
}

#[test]
fn a_typed_run_is_one_undo_step_and_a_line_break_another() {
    let mut text = String::new();
    let mut state = EditState::default();
    for c in ["م", "ذ", "ك", "ر", "ة"] {
        state.edit(&mut text, c, EditKind::Typing);
    }
    state.edit(&mut text, "\n", EditKind::Single);
    for c in ["ث", "ا", "ن"] {
        state.edit(&mut text, c, EditKind::Typing);
    }
    // The caret moved: what is typed next is a new step.
    state.caret = Caret::at(2);
    state.moved();
    state.edit(&mut text, "و", EditKind::Typing);
    assert_eq!(text, "موذكرة\nثان");
    state.undo(&mut text, false);
    assert_eq!(text, "مذكرة\nثان");
    assert_eq!(state.caret, Caret::at(2));
    state.undo(&mut text, false);
    assert_eq!(text, "مذكرة\n");
    state.undo(&mut text, false);
    assert_eq!(text, "مذكرة");
    state.undo(&mut text, true);
    assert_eq!(text, "مذكرة\n");
    // A new edit forgets what could be redone.
    state.edit(&mut text, "x", EditKind::Typing);
    state.undo(&mut text, true);
    assert_eq!(text, "مذكرة\nx");
}
