//! The Arabic text module against the references: Chromium's line breaks for the bundled
//! articles, and `unicode-bidi`'s visual order for every line at several widths. Runs without a
//! display (egui's fonts work headless).
#![cfg(feature = "gui")]

#[path = "common/text.rs"]
mod text_common;

use isnad::gui::text::{Dir, Face, paragraph_layout};
use text_common::{chromium_lines, line_texts, reader_face, visual_chars, with_ctx};
use unicode_bidi::BidiInfo;

#[test]
fn paragraphs_break_into_the_same_lines_as_chromium() {
    let fixture = chromium_lines();
    let corpus = isnad::corpus::bundled();
    let mismatches = with_ctx(|ctx| {
        let mut bad = Vec::new();
        for case in &fixture {
            let article = corpus
                .articles()
                .iter()
                .find(|a| a.id.as_str() == case.article)
                .expect("article");
            let text = article.block_text(&article.blocks[case.block]);
            let layout = paragraph_layout(ctx, text, &[], &reader_face(20.0), case.width);
            let ours = line_texts(text, &layout);
            if ours != case.lines.iter().map(String::as_str).collect::<Vec<_>>() {
                bad.push(format!(
                    "{} block {} width {}:\n  ours:     {:?}\n  chromium: {:?}",
                    case.article, case.block, case.width, ours, case.lines
                ));
            }
        }
        bad
    });
    assert!(
        fixture.len() > 200,
        "the fixture covers every paragraph at three widths"
    );
    assert!(
        mismatches.is_empty(),
        "{} of {} layouts differ:\n{}",
        mismatches.len(),
        fixture.len(),
        mismatches.join("\n")
    );
}

#[test]
fn every_line_of_the_seeds_is_in_unicode_bidi_visual_order() {
    let corpus = isnad::corpus::bundled();
    let checked = with_ctx(|ctx| {
        let mut checked = 0;
        for article in corpus.articles() {
            for block in &article.blocks {
                let text = article.block_text(block);
                let bidi = BidiInfo::new(text, Some(unicode_bidi::Level::rtl()));
                let para = &bidi.paragraphs[0];
                for width in [180.0, 300.0, 520.0, 900.0] {
                    let layout = paragraph_layout(ctx, text, &[], &reader_face(20.0), width);
                    for (i, line) in layout.lines.iter().enumerate() {
                        let visible = line.logical.start
                            ..line.logical.start + text[line.logical.clone()].trim_end().len();
                        // unicode-bidi gives the visual order with reversed runs; the widget's
                        // right-to-left pieces hold logical order that the shaper reverses.
                        let expected: String = bidi
                            .reorder_line(para, visible)
                            .chars()
                            .filter(|c| !matches!(c, '\u{2066}'..='\u{2069}'))
                            .collect();
                        assert_eq!(
                            visual_chars(text, &layout, i),
                            expected,
                            "{} width {width} line {i}",
                            article.id
                        );
                        checked += 1;
                    }
                }
            }
        }
        checked
    });
    assert!(checked > 500, "checked {checked} lines");
}

#[test]
fn numbers_and_latin_keep_their_order_inside_arabic() {
    let text = "حسب ما نشرته وول ستريت جورنال الأمريكية، اليوم 19 يونيو 2024 عن AUKUS و MLRS.";
    let layout = with_ctx(|ctx| paragraph_layout(ctx, text, &[], &reader_face(20.0), 2000.0));
    let visual = visual_chars(text, &layout, 0);
    assert!(visual.contains("2024"), "{visual}");
    assert!(visual.contains(" 19 "), "{visual}");
    assert!(
        visual.contains("AUKUS") && visual.contains("MLRS"),
        "{visual}"
    );
    // Right to left: the first words of the sentence are at the right end.
    assert!(
        visual.ends_with(&"حسب".chars().rev().collect::<String>()),
        "{visual}"
    );
}

#[test]
fn wrapped_rows_start_with_the_first_words_at_the_top_right() {
    let text = "تعهد الرئيس الروسي فلاديمير بوتين بإبرام اتفاق مع الزعيم الكوري الشمالي كيم جونج أون لشراكة طويلة الأمد بين بلديهما";
    let layout = with_ctx(|ctx| paragraph_layout(ctx, text, &[], &reader_face(20.0), 250.0));
    assert!(layout.rtl);
    assert!(layout.lines.len() > 2);
    assert!(text[layout.lines[0].logical.clone()].starts_with("تعهد"));
    let rightmost = layout.lines[0].pieces.last().expect("pieces");
    assert_eq!(&text[rightmost.logical.clone()], "تعهد");
}

#[test]
fn pointer_positions_map_back_to_the_characters_under_them() {
    let text = "وقال كيم البالغ من العمر 40 عاما أن العلاقات تصل إلى آفاق جديدة";
    with_ctx(|ctx| {
        let layout = paragraph_layout(ctx, text, &[], &reader_face(20.0), 260.0);
        for (i, line) in layout.lines.iter().enumerate() {
            for p in line
                .pieces
                .iter()
                .filter(|p| text[p.logical.clone()].chars().count() >= 3)
            {
                // The middle of each piece maps to an offset inside that piece,
                // and the caret for that offset lies inside the piece.
                let mid = p.x + p.width / 2.0;
                let at = layout.offset_at(text, i, mid);
                assert!(
                    p.logical.start < at && at < p.logical.end,
                    "piece {:?} got {at}",
                    &text[p.logical.clone()]
                );
                let (line_of, x) = layout.caret_x(text, at);
                assert_eq!(line_of, i);
                assert!(x >= p.x - 0.5 && x <= p.x + p.width + 0.5);
            }
            // Right of the line is its logical start (right-to-left text).
            assert_eq!(
                layout.offset_at(text, i, line.width + 5.0),
                line.logical.start
            );
        }
    });
}

#[test]
fn a_highlight_inside_a_word_keeps_its_letters_joined() {
    let text = "ما نشرته الصحيفة";
    let start = text.find("نشرت").expect("word");
    let hl = [isnad::gui::text::Highlight {
        range: start..start + "نشرت".len(),
        style: isnad::gui::text::HIT,
    }];
    let layout = with_ctx(|ctx| paragraph_layout(ctx, text, &hl, &reader_face(20.0), 2000.0));
    let pieces = &layout.lines[0].pieces;
    let hit = pieces
        .iter()
        .find(|p| p.style & isnad::gui::text::HIT != 0)
        .expect("hit piece");
    assert_eq!(hit.display, "نشرت\u{200D}");
    let rest = pieces
        .iter()
        .find(|p| &text[p.logical.clone()] == "ه")
        .expect("rest of word");
    assert_eq!(rest.display, "\u{200D}ه");
}

#[test]
fn an_isolated_title_keeps_the_numbers_after_it_in_place() {
    let title = "«صداقة أبدية».. شراكة بوتين وكيم";
    let plain = format!("5 articles · {title} · 179 characters selected");
    let isolated = format!(
        "5 articles · {} · 179 characters selected",
        isnad::gui::text::isolate(title)
    );
    let face = Face {
        dir: Dir::Auto,
        ..reader_face(16.0)
    };
    let (p, i) = with_ctx(|ctx| {
        (
            paragraph_layout(ctx, &plain, &[], &face, 5000.0),
            paragraph_layout(ctx, &isolated, &[], &face, 5000.0),
        )
    });
    // Without the isolate the digits join the Arabic run (as in a browser); with it they stay
    // between the title and "characters", in reading order.
    assert!(!visual_chars(&plain, &p, 0).contains("· 179 characters"));
    assert!(
        visual_chars(&isolated, &i, 0).contains("· 179 characters"),
        "{}",
        visual_chars(&isolated, &i, 0)
    );
}

#[test]
fn an_unwrapped_line_in_a_justified_layout_takes_its_own_width() {
    let ctx = egui::Context::default();
    isnad::gui::fonts::install(&ctx);
    for _ in 0..2 {
        let mut out = ctx.run_ui(egui::RawInput::default(), |ui| {
            ui.with_layout(egui::Layout::top_down_justified(egui::Align::Max), |ui| {
                let r = isnad::gui::text::line(ui, "فلاديمير بوتين (25)", &reader_face(16.0));
                assert!(
                    r.rect.width().is_finite() && r.rect.width() > 10.0,
                    "{:?}",
                    r.rect
                );
            });
        });
        out.textures_delta.clear();
    }
}
