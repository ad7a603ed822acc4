//! The window's flows as a user drives them, through the accessibility tree (no display needed).
#![cfg(feature = "gui")]

use std::sync::Arc;

use egui::{self, Key, Modifiers};
use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT, Queryable, by};
use isnad::corpus::{self, Corpus};
use isnad::gui::{IsnadApp, QuotesView, SearchPanel, View};

mod window;
use window::{drag, harness, harness_sized};

/// Quote extraction runs on its own thread: lets frames pass until its result is in.
fn wait_for_quotes(h: &mut Harness<'static, IsnadApp>) {
    for _ in 0..400 {
        h.run_steps(1);
        if h.state().quotes().is_some_and(|q| !q.stories_loading()) {
            return;
        }
        std::thread::sleep(std::time::Duration::from_millis(5));
    }
}

/// Waits for the extraction and switches the centre to the quotes table, as the toolbar does.
fn open_quotes_view(h: &mut Harness<'static, IsnadApp>) {
    wait_for_quotes(h);
    h.get(by().role(egui::Role::Button).label_contains("Quotes ("))
        .click();
    h.run();
}

/// Scrolls the speaker list down with the mouse wheel until a speaker's row is in view.
fn scroll_speakers_until(h: &mut Harness<'static, IsnadApp>, label: &str) {
    let heading = h.get_by_label_contains("Speakers (").rect();
    let over_list = egui::pos2(heading.center().x, heading.bottom() + 80.0);
    for _ in 0..40 {
        if h.query(by().role(egui::Role::Button).label_contains(label))
            .is_some()
        {
            return;
        }
        h.hover_at(over_list);
        h.event(egui::Event::MouseWheel {
            unit: egui::MouseWheelUnit::Point,
            delta: egui::vec2(0.0, -120.0),
            phase: egui::TouchPhase::Move,
            source: egui::MouseWheelSource::Wheel,
            modifiers: Modifiers::NONE,
        });
        h.run();
    }
}

fn titles() -> Vec<String> {
    corpus::bundled()
        .articles()
        .iter()
        .map(|a| a.display_title())
        .collect()
}

#[test]
fn the_list_shows_the_five_bundled_articles_and_opens_the_first() {
    let h = harness(corpus::bundled());
    for title in titles() {
        h.get_by_role_and_label(egui::Role::Button, &title);
    }
    assert_eq!(
        h.state()
            .selected()
            .map(|id| id.as_str().to_owned())
            .as_deref(),
        Some("000_feadbcb8254112b2")
    );
    // The reader shows the first article's headline and a heading inside it.
    assert!(
        h.query_all_by_label("«صداقة أبدية».. شراكة بوتين وكيم تتحدى «عقوبات الغرب»")
            .count()
            >= 2
    );
    h.get_by_label("دعم ثابت");
}

#[test]
fn clicking_an_article_opens_it_in_the_reader() {
    let mut h = harness(corpus::bundled());
    let title = "خلال زيارة تاريخية.. بوتين وكيم يوقعان اتفاقية جديدة للدفاع المشترك";
    h.get_by_role_and_label(egui::Role::Button, title).click();
    h.run();
    assert_eq!(
        h.state()
            .selected()
            .map(|id| id.as_str().to_owned())
            .as_deref(),
        Some("004_fd56def298acf30f")
    );
    h.get_by_label_contains("وقال وزير الخارجية أنتوني بلينكن");
    assert!(
        h.query_by_label("دعم ثابت").is_none(),
        "the previous article is gone"
    );
}

#[test]
fn typing_arabic_in_the_filter_keeps_matching_titles() {
    let mut h = harness(corpus::bundled());
    h.get_by_role_and_label(egui::Role::TextInput, "Filter articles")
        .click();
    h.run();
    h.get_by_role_and_label(egui::Role::TextInput, "Filter articles")
        .type_text("زياره");
    h.run();
    let input = h.get_by_role_and_label(egui::Role::TextInput, "Filter articles");
    assert_eq!(input.value().as_deref(), Some("زياره"));
    // Folding forgives ة/ه: "زيارة تاريخية" matches, the others do not.
    h.get_by_role_and_label(
        egui::Role::Button,
        "خلال زيارة تاريخية.. بوتين وكيم يوقعان اتفاقية جديدة للدفاع المشترك",
    );
    assert!(
        h.query_by_role_and_label(
            egui::Role::Button,
            "في حاجة إلى الذخائر، بوتين يزور كوريا الشمالية"
        )
        .is_none()
    );
    // Backspace edits at the logical end of the Arabic text.
    h.key_press(Key::Backspace);
    h.run();
    let input = h.get_by_role_and_label(egui::Role::TextInput, "Filter articles");
    assert_eq!(input.value().as_deref(), Some("زيار"));
}

#[test]
fn ctrl_plus_and_minus_change_the_reader_font_size() {
    let mut h = harness(corpus::bundled());
    let start = h.state().font_size();
    h.key_press_modifiers(Modifiers::COMMAND, Key::Plus);
    h.run();
    assert!((h.state().font_size() - (start + 2.0)).abs() < 0.01);
    h.key_press_modifiers(Modifiers::COMMAND, Key::Minus);
    h.key_press_modifiers(Modifiers::COMMAND, Key::Minus);
    h.run();
    assert!((h.state().font_size() - (start - 2.0)).abs() < 0.01);
    h.get_by_role_and_label(egui::Role::Button, "A+").click();
    h.run();
    assert!((h.state().font_size() - start).abs() < 0.01);
}

#[test]
fn dragging_over_the_reader_selects_text_that_can_be_copied() {
    let mut h = harness(corpus::bundled());
    let heading = h
        .get_by_label("بوتين يحدد شراكة طويلة مع كوريا الشمالية")
        .rect();
    // From just inside the right edge (the start of the line) to the middle of it.
    let from = egui::pos2(heading.right() - 2.0, heading.center().y);
    let to = egui::pos2(heading.center().x, heading.center().y);
    drag(&mut h, from, to);
    let selected = h.state().selected_text().expect("a selection");
    assert!(selected.starts_with("بوتين يحدد"), "{selected:?}");
    assert!(selected.chars().count() < "بوتين يحدد شراكة طويلة مع كوريا الشمالية".chars().count());
}

#[test]
fn files_that_fail_to_load_are_named_and_the_rest_still_open() {
    let dir = tempfile::tempdir().expect("temp dir");
    let good = dir.path().join("good.txt");
    std::fs::write(&good, "عنوان المقال\n\nقال المتحدث إن الاجتماع كان مثمرا وإن المحادثات ستستمر الأسبوع المقبل في العاصمة.").expect("write");
    let empty = dir.path().join("empty.txt");
    std::fs::write(&empty, "  \n").expect("write");
    // Binary data under a text name: no encoding turns it into text.
    let latin1 = dir.path().join("broken.txt");
    let binary: Vec<u8> = (0u32..256)
        .map(|i| (i.wrapping_mul(2_654_435_761) >> 13) as u8)
        .collect();
    std::fs::write(&latin1, binary).expect("write");
    let missing = dir.path().join("missing.txt");
    let (corpus, _) = isnad::import::import_corpus(&[good, empty, latin1, missing]);
    assert_eq!(corpus.articles().len(), 1);
    assert_eq!(corpus.failures().len(), 3);
    let h = harness(corpus);
    h.get_by_role_and_label(egui::Role::Button, "عنوان المقال");
    assert!(
        h.query_all_by_label_contains("empty.txt: the file is empty")
            .next()
            .is_some()
    );
    assert!(
        h.query_all_by_label_contains("broken.txt: not text")
            .next()
            .is_some()
    );
    assert!(
        h.query_all_by_label_contains("missing.txt: cannot read")
            .next()
            .is_some()
    );
    h.get_by_label_contains("3 files not loaded");
}

#[test]
fn ctrl_f_then_typing_lists_hits_in_context_and_opens_them() {
    // Tall enough to show the seventh hit under the lines of spellings.
    let mut h = harness_sized(corpus::bundled(), egui::vec2(1280.0, 1100.0));
    h.key_press_modifiers(Modifiers::COMMAND, Key::F);
    h.run();
    h.get_by_role_and_label(egui::Role::TextInput, "Search")
        .type_text("بيونج يانج");
    // The search runs on its own thread; let frames pass until its answer is shown.
    for _ in 0..200 {
        h.run_steps(1);
        if h.query_by_label_contains("hits in 5 articles").is_some()
            && h.query_by_label_contains("searching").is_none()
        {
            break;
        }
        std::thread::sleep(std::time::Duration::from_millis(5));
    }
    // Both spellings (بيونج يانج in 000, بيونغ يانغ in the others) are found.
    h.get_by_label_contains("hits in 5 articles");
    let rows = h
        .query_all(by().role(egui::Role::Button).label_contains("بيونغ يانغ"))
        .count();
    assert!(rows > 0, "variant spelling listed");
    // Clicking a hit of article 001 opens it; F3 moves on to the next hit.
    h.get(
        by().role(egui::Role::Button)
            .label_contains("مطار في بيونغ يانغ"),
    )
    .click();
    h.run();
    assert_eq!(
        h.state()
            .selected()
            .map(|id| id.as_str().to_owned())
            .as_deref(),
        Some("001_cee41d8d25e69044")
    );
    let first = h
        .state()
        .search()
        .and_then(SearchPanel::current)
        .expect("a current hit");
    h.key_press(Key::F3);
    h.run();
    assert_eq!(
        h.state().search().and_then(SearchPanel::current),
        Some(first + 1)
    );
    h.key_press_modifiers(Modifiers::SHIFT, Key::F3);
    h.run();
    assert_eq!(
        h.state().search().and_then(SearchPanel::current),
        Some(first)
    );
}

#[test]
fn the_quotes_table_lists_who_said_what_and_opens_a_quote_in_the_reader() {
    let mut h = harness(corpus::bundled());
    open_quotes_view(&mut h);
    assert_eq!(h.state().view(), View::Quotes);
    // The speaker list counts Putin's quotations across articles under one name.
    h.get(
        by().role(egui::Role::Button)
            .label_contains("فلاديمير بوتين ("),
    );
    // Filter by a speaker, then open one of his quotations.
    h.get(
        by().role(egui::Role::Button)
            .label_contains("تشانغ هو جين ("),
    )
    .click();
    h.run();
    h.get_by_label_contains("حقيقة أن الرئيس بوتين يقوم بهذه الرحلة")
        .click();
    h.run();
    // A click selects the row for correction: give the quotation another speaker.
    assert_eq!(h.state().view(), View::Quotes);
    let field = h.get_by_role_and_label(egui::Role::TextInput, "Speaker name");
    assert_eq!(field.value().as_deref(), Some("تشانغ هو جين"));
    field.click();
    h.run();
    h.key_press_modifiers(Modifiers::COMMAND, Key::A);
    h.get_by_role_and_label(egui::Role::TextInput, "Speaker name")
        .type_text("مستشار الأمن القومي");
    h.run();
    h.get_by_role_and_label(egui::Role::Button, "Set speaker")
        .click();
    h.run();
    // The speaker list shows only the rows in view: scroll it, as a user would, to the new name.
    scroll_speakers_until(&mut h, "مستشار الأمن القومي (1)");
    h.get(
        by().role(egui::Role::Button)
            .label_contains("مستشار الأمن القومي (1)"),
    );
    assert_eq!(Some(h.state().session().corrections.edits.len()), Some(1));
    let open = h.get_by_role_and_label(egui::Role::Button, "Open in reader");
    open.click();
    h.run();
    assert_eq!(h.state().view(), View::Reader);
    assert_eq!(
        h.state()
            .selected()
            .map(|id| id.as_str().to_owned())
            .as_deref(),
        Some("003_b177c4576b117e61")
    );
}

#[test]
fn selected_text_in_the_reader_becomes_a_quote_to_attribute() {
    let mut h = harness(corpus::bundled());
    let heading = h
        .get_by_label("بوتين يحدد شراكة طويلة مع كوريا الشمالية")
        .rect();
    let end = egui::pos2(heading.left() + 2.0, heading.center().y);
    h.drag_at(egui::pos2(heading.right() - 2.0, heading.center().y));
    h.run();
    h.hover_at(end);
    h.run();
    h.drop_at(end);
    h.run();
    h.get_by_role_and_label(egui::Role::Button, "Make a quote of the selection")
        .click();
    h.run();
    assert_eq!(h.state().view(), View::Quotes);
    let quote = h
        .state()
        .quotes()
        .and_then(QuotesView::selected)
        .expect("the new quote is selected");
    let article = h
        .state()
        .corpus()
        .article(&quote.article)
        .expect("its article");
    assert_eq!(
        quote.text(article),
        "بوتين يحدد شراكة طويلة مع كوريا الشمالية"
    );
    assert_eq!(quote.article.as_str(), "000_feadbcb8254112b2");
    // It is a correction, kept apart from the extraction.
    assert_eq!(Some(h.state().session().corrections.edits.len()), Some(1));
}

#[test]
fn speakers_by_outlet_counts_who_was_quoted_where() {
    let mut h = harness(corpus::bundled());
    open_quotes_view(&mut h);
    h.get_by_label("Speakers × outlets").click();
    h.run();
    // Outlets are columns; Putin is the most quoted speaker, so his row comes first.
    h.get_by_label("وول ستريت جورنال");
    h.get_by_label("The Hill");
    // Article 001 gives no outlet: its items are under «بلا مصدر», not under its headline.
    h.get_by_label("no outlet");
    // (The speaker list beside the matrix shows the same names as buttons.)
    let putin = h
        .get(
            by().role(egui::Role::Label)
                .label_contains("فلاديمير بوتين ("),
        )
        .rect();
    let kim = h
        .get(
            by().role(egui::Role::Label)
                .label_contains("كيم جونغ أون ("),
        )
        .rect();
    assert!(putin.top() < kim.top());
}

#[test]
fn a_json_lines_record_opens_with_its_headline_and_metadata() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("records.jsonl");
    let record = serde_json::json!({
        "id": "rec-1", "title": "الرياض تستضيف مؤتمرا للطاقة", "outlet": "alriyadh", "date": "2015-07-21",
        "body": "أعلنت الوزارة أن المؤتمر يعقد الأسبوع المقبل بمشاركة خمسين دولة.\nوقال المتحدث إن التحضيرات اكتملت."
    });
    std::fs::write(&path, format!("{record}\n{{not json\n")).expect("write");
    let h = harness(isnad::cli::load_corpus(&[path]).corpus);
    // The headline shows in the list and above the text in the reader.
    assert!(h.query_all_by_label("الرياض تستضيف مؤتمرا للطاقة").count() >= 2);
    assert!(
        h.query_all_by_label_contains("alriyadh").count() >= 2,
        "outlet in the list and under the headline"
    );
}

#[test]
fn unnamed_sources_are_one_speaker_entry_that_filters_the_table_and_shows_its_articles() {
    let mut h = harness(corpus::bundled());
    open_quotes_view(&mut h);
    // مسؤولون في سيول وواشنطن، المراقبون …: six items of three articles, one entry of the list.
    scroll_speakers_until(&mut h, "مصادر غير مسماة (6)");
    assert!(
        h.query(by().label_contains("مسؤولون في سيول وواشنطن ("))
            .is_none()
    );
    h.get(
        by().role(egui::Role::Button)
            .label_contains("مصادر غير مسماة (6)"),
    )
    .click();
    h.run();
    h.get_by_label_contains("6 of ");
    h.get_by_label_contains("In articles (3):");
    let view = h.state().quotes().expect("quotes view");
    let shown = view.filter_state();
    assert_eq!(shown.speaker.as_deref(), Some("مصادر غير مسماة"));
}

#[test]
fn the_confidence_column_sorts_the_weakest_attributions_first() {
    let mut h = harness(corpus::bundled());
    open_quotes_view(&mut h);
    // The confidence cells of the rows in view, top to bottom.
    let shown = |h: &Harness<'static, IsnadApp>| -> Vec<u32> {
        let mut cells: Vec<(f32, u32)> = h
            .query_all(by().role(egui::Role::Label).label_contains("%"))
            .filter_map(|n| {
                let text = n.accesskit_node().value()?;
                let percent = text.strip_suffix('%')?.parse().ok()?;
                Some((n.rect().top(), percent))
            })
            .collect();
        cells.sort_by(|a, b| a.0.total_cmp(&b.0));
        cells.into_iter().map(|(_, p)| p).collect()
    };
    h.get_by_role_and_label(egui::Role::Button, "Conf.").click();
    h.run();
    let up = shown(&h);
    assert!(up.len() >= 5, "{up:?}");
    assert!(up.windows(2).all(|w| w[0] <= w[1]), "{up:?}");
    h.get_by_role_and_label(egui::Role::Button, "Conf. ^")
        .click();
    h.run();
    let down = shown(&h);
    assert!(down.windows(2).all(|w| w[0] >= w[1]), "{down:?}");
    assert!(down.first() > up.first(), "{up:?} {down:?}");
}

#[test]
fn the_speaker_and_quote_columns_fit_in_the_table_pane_at_common_window_sizes() {
    for (w, h_) in [
        (800.0, 600.0),
        (1024.0, 700.0),
        (1280.0, 800.0),
        (1920.0, 1080.0),
    ] {
        let mut h = harness_sized(corpus::bundled(), egui::vec2(w, h_));
        open_quotes_view(&mut h);
        // In English the speaker list is at the left and the table after it.
        let list = h.get_by_label_contains("Speakers (").rect();
        for name in ["Speaker", "Quote"] {
            let header = h.get_by_role_and_label(egui::Role::Button, name).rect();
            assert!(
                header.left() >= list.right() - 1.0 && header.right() <= w,
                "{name} at {w}×{h_}: {header:?}, speaker list to {}",
                list.right()
            );
        }
    }
}

#[test]
fn a_quotation_cut_at_its_column_shows_whole_on_hover() {
    let mut h = harness(corpus::bundled());
    open_quotes_view(&mut h);
    // The first row's quotation, longer than its column at this size.
    let part = "لشراكة طويلة الأمد";
    let shown = |h: &Harness<'static, IsnadApp>| -> Vec<egui::Rect> {
        h.query_all(by().role(egui::Role::Label))
            .filter(|n| n.accesskit_node().value().is_some_and(|v| v.contains(part)))
            .map(|n| n.rect())
            .collect()
    };
    let cells = shown(&h);
    assert_eq!(cells.len(), 1, "the cell alone");
    h.hover_at(cells[0].center());
    // egui shows a tooltip after the pointer rests a moment: let a second of frames pass.
    h.run_steps(60);
    assert_eq!(shown(&h).len(), 2, "the cell and its tooltip");
}

#[test]
fn the_analyst_splits_a_merged_name_from_the_correction_bar() {
    let dir = tempfile::tempdir().expect("dir");
    std::fs::write(
        dir.path().join("a.txt"),
        "قال الرئيس الروسي فلاديمير بوتين إن “الغرب يخطئ في حساباته”.",
    )
    .expect("write");
    std::fs::write(
        dir.path().join("b.txt"),
        "وقال بوتين إن “العلاقات جيدة جدا”.",
    )
    .expect("write");
    let corpus = isnad::cli::load_corpus(&[dir.path().to_owned()]).corpus;
    let mut h = harness(corpus);
    open_quotes_view(&mut h);
    h.get(
        by().role(egui::Role::Button)
            .label_contains("فلاديمير بوتين (2)"),
    );
    // The row's quotation cell: the label with these words under the Quote header (the
    // article list and the status line show them too, as the article's title).
    let column = h.get_by_role_and_label(egui::Role::Button, "Quote").rect();
    h.query_all(
        by().role(egui::Role::Label)
            .label_contains("العلاقات جيدة جدا"),
    )
    .find(|n| {
        let x = n.rect().center().x;
        (column.bottom()..700.0).contains(&n.rect().top())
            && x > column.left() - 200.0
            && x < column.right() + 200.0
    })
    .expect("the row")
    .click();
    h.run();
    h.get_by_label_contains("«بوتين» within «فلاديمير بوتين»");
    h.get_by_role_and_label(egui::Role::Button, "Split name out")
        .click();
    h.run();
    h.get_by_role_and_label(egui::Role::Button, "بوتين (1)");
    h.get_by_role_and_label(egui::Role::Button, "فلاديمير بوتين (1)");
    let field = h.get_by_role_and_label(egui::Role::TextInput, "Speaker name");
    assert_eq!(
        field.value().as_deref(),
        Some("بوتين"),
        "the field shows the speaker now"
    );
    assert_eq!(h.state().session().corrections.edits.len(), 1);
}

#[test]
fn a_selected_row_is_read_in_full_below_the_table_with_its_sentence_and_speaker() {
    let mut h = harness_sized(corpus::bundled(), egui::vec2(1024.0, 700.0));
    open_quotes_view(&mut h);
    h.get_by_label("Select a row to read the quotation in full, with its sentence and speaker.");
    h.query_all(
        by().role(egui::Role::Label)
            .label_contains("لشراكة طويلة الأمد"),
    )
    .min_by(|a, b| a.rect().top().total_cmp(&b.rect().top()))
    .expect("the row's quotation")
    .click();
    h.run();
    let heading = h.get_by_label("Selected quotation").rect();
    let q = h
        .state()
        .quotes()
        .and_then(|v| v.selected().cloned())
        .expect("a selected row");
    let article = h
        .state()
        .corpus()
        .article(&q.article)
        .cloned()
        .expect("its article");
    // The whole sentence, not the cut cell, inside the window below the pane's heading.
    let sentence = h.get_by_label(q.sentence(&article)).rect();
    assert!(sentence.top() > heading.top(), "{sentence:?} {heading:?}");
    assert!(
        sentence.left() >= 0.0 && sentence.right() <= 1024.0,
        "{sentence:?}"
    );
    let below = |label: &str| {
        h.query_all(by().role(egui::Role::Label).label(label))
            .any(|n| n.rect().top() > heading.top())
    };
    assert!(below(q.speaker_name()), "the speaker in the pane");
    assert!(below("How found:"), "how the speaker was found");
}

#[test]
fn a_headline_longer_than_its_row_ends_at_a_word_and_shows_whole_on_hover() {
    let mut h = harness(corpus::bundled());
    let title = "«صداقة أبدية».. شراكة بوتين وكيم تتحدى «عقوبات الغرب»";
    let cut: Vec<(String, egui::Rect)> = h
        .query_all(by().role(egui::Role::Label))
        .filter_map(|n| {
            let v = n.accesskit_node().value()?.clone();
            let kept = v.strip_suffix('…')?.to_owned();
            (title.starts_with(&kept) && title.get(kept.len()..)?.starts_with(' '))
                .then(|| (v, n.rect()))
        })
        .collect();
    assert_eq!(
        cut.len(),
        1,
        "the row shows the headline cut at a word: {cut:?}"
    );
    let whole = |h: &Harness<'static, IsnadApp>| {
        h.query_all(by().role(egui::Role::Label))
            .filter(|n| {
                n.accesskit_node()
                    .value()
                    .is_some_and(|v| v.starts_with(title))
            })
            .count()
    };
    let before = whole(&h);
    h.hover_at(cut[0].1.center());
    h.run_steps(60);
    assert_eq!(
        whole(&h),
        before + 1,
        "the whole headline under the pointer"
    );
}

#[test]
fn many_spellings_of_a_name_do_not_widen_the_search_panel() {
    // An article that writes كيم with every clitic: typed in Latin, the name matches them all,
    // and the lines of spellings under the box list them as toggles, for each of the words.
    let forms = [
        "كيم",
        "وكيم",
        "بكيم",
        "لكيم",
        "فكيم",
        "ككيم",
        "وبكيم",
        "ولكيم",
        "فبكيم",
        "فلكيم",
        "الكيم",
        "والكيم",
        "بالكيم",
        "وبالكيم",
        "فبالكيم",
        "كالكيم",
        "وكالكيم",
        "فكالكيم",
        "للكيم",
    ];
    let text = forms
        .iter()
        .map(|f| format!("التقى {f} الوفد أمس في العاصمة."))
        .collect::<Vec<_>>()
        .join("\n\n");
    let mut corpus = Corpus::new();
    corpus.push(Arc::new(isnad::corpus::Article::from_raw(
        isnad::corpus::ArticleId::new("kim"),
        None,
        &text,
        isnad::corpus::Metadata::default(),
    )));
    let mut h = harness(corpus);
    let before = h
        .get_by_role_and_label(egui::Role::TextInput, "Search")
        .rect()
        .width();
    h.key_press_modifiers(Modifiers::COMMAND, Key::F);
    h.run();
    h.get_by_role_and_label(egui::Role::TextInput, "Search")
        .type_text("Kim Kim Kim");
    for _ in 0..200 {
        h.run_steps(1);
        if h.query_by_label_contains("hits in").is_some()
            && h.query_by_label_contains("searching").is_none()
        {
            break;
        }
        std::thread::sleep(std::time::Duration::from_millis(5));
    }
    assert_eq!(
        h.query_all(by().label("kim:")).count(),
        3,
        "a line per word"
    );
    // Some spellings are shown as toggles, the rest counted, and the panel keeps its width.
    assert!(
        h.query_all(by().role(egui::Role::Button).label("كيم"))
            .count()
            > 0
    );
    assert!(
        (1..=20).any(|n| h.query_all(by().label(&format!("+{n}"))).count() > 0),
        "the spellings that do not fit are counted"
    );
    let search_box = h
        .get_by_role_and_label(egui::Role::TextInput, "Search")
        .rect();
    assert!(
        search_box.width() <= before + 1.0,
        "search box {before} → {}",
        search_box.width()
    );
    // Every toggle shown stands inside the panel, under the box.
    for form in forms {
        for pill in h.query_all(by().role(egui::Role::Button).label(form)) {
            let r = pill.rect();
            assert!(
                r.left() >= search_box.left() - 1.0 && r.right() <= search_box.right() + 1.0,
                "{form} at {r:?}, the box at {search_box:?}"
            );
        }
    }
}
