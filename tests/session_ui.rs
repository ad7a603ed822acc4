//! Research sessions in the window, as an analyst uses them: notes, bookmarks, corrections,
//! tags and article details; undo and redo; save, close and reopen; recovery after a crash;
//! export of the table as filtered; import with the progress bar. No display needed.
#![cfg(feature = "gui")]

use std::path::Path;
use std::sync::Arc;
use std::time::Duration;

use egui::{self, Key, Modifiers};
use egui_kittest::Harness;
use egui_kittest::kittest::{Queryable, by};
use isnad::corpus;
use isnad::export::Format;
use isnad::gui::{Command, IsnadApp, View};
use isnad::session::load;

/// The search and workspace threads ask for a repaint when they answer, so a run may take a
/// few more frames than the harness's default of 4 to settle.
const UI_STEPS: u64 = 16;

type H = Harness<'static, IsnadApp>;

fn harness_with(app: IsnadApp) -> H {
    let mut h = Harness::builder()
        .with_size(egui::vec2(1400.0, 900.0))
        .with_max_steps(UI_STEPS)
        .build_ui_state(|ui, app: &mut IsnadApp| app.ui(ui), app);
    h.run_steps(4);
    wait_for_quotes(&mut h);
    h
}

fn harness() -> H {
    harness_with(
        IsnadApp::new(None, Arc::new(corpus::bundled()))
            .with_default_language(isnad::gui::Language::English),
    )
}

fn wait_for_quotes(h: &mut H) {
    for _ in 0..600 {
        h.run_steps(1);
        if h.state().quotes().is_some_and(|q| !q.stories_loading()) {
            return;
        }
        std::thread::sleep(Duration::from_millis(5));
    }
    panic!("quote extraction did not finish");
}

/// Sends a command as the menus and dialogs do.
fn request(h: &mut H, command: Command) {
    let ctx = h.ctx.clone();
    h.state_mut().request(&ctx, command);
    h.run_steps(4);
}

/// Writes a note on the open article through the reader's button and the note editor.
fn note_on_open_article(h: &mut H, text: &str) {
    h.get_by_role_and_label(egui::Role::Button, "Note on article…")
        .click();
    h.run_steps(4);
    h.get_by_role_and_label(egui::Role::MultilineTextInput, "Note text")
        .click();
    h.run_steps(1);
    h.get_by_role_and_label(egui::Role::MultilineTextInput, "Note text")
        .type_text(text);
    h.run_steps(1);
    h.get_by_role_and_label(egui::Role::Button, "Save note")
        .click();
    h.run_steps(4);
}

#[test]
fn a_note_written_in_the_reader_is_listed_undone_and_redone() {
    let mut h = harness();
    note_on_open_article(&mut h, "مصدر أمريكي");
    assert_eq!(h.state().session().notes.len(), 1);
    assert!(h.state().document().is_dirty());
    // The note shows under the article's title bar and in the notes tab.
    h.get_by_label("Note: مصدر أمريكي");
    h.get_by_role_and_label(egui::Role::Button, "Notes (1)")
        .click();
    h.run_steps(4);
    h.get(
        by().role(egui::Role::Button)
            .label_contains("مصدر أمريكي — "),
    );
    h.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    h.run_steps(4);
    assert!(h.state().session().notes.is_empty());
    assert!(
        !h.state().document().is_dirty(),
        "undone back to the opened state"
    );
    h.key_press_modifiers(Modifiers::COMMAND | Modifiers::SHIFT, Key::Z);
    h.run_steps(4);
    assert_eq!(h.state().session().notes.len(), 1);
}

#[test]
fn a_session_saved_closed_and_reopened_has_its_notes_corrections_and_bookmarks_back() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("summit.isnad");
    let mut h = harness();
    note_on_open_article(&mut h, "تغطية سعودية");
    request(&mut h, Command::BookmarkSelection);
    // A correction in the quotes table: the first row gets another speaker.
    request(&mut h, Command::ShowView(View::Quotes));
    let first = h
        .state()
        .quotes()
        .and_then(|q| q.all().first().cloned())
        .expect("a quote");
    request(&mut h, Command::SelectQuote(first.id()));
    h.get_by_role_and_label(egui::Role::TextInput, "Speaker name")
        .click();
    h.run_steps(1);
    for _ in 0..first.speaker_name().chars().count() + 2 {
        h.key_press(Key::Backspace);
    }
    h.get_by_role_and_label(egui::Role::TextInput, "Speaker name")
        .type_text("وكالة يونهاب");
    h.run_steps(1);
    h.get_by_role_and_label(egui::Role::Button, "Set speaker")
        .click();
    h.run_steps(4);
    h.get_by_role_and_label(egui::Role::TextInput, "Tags")
        .click();
    h.run_steps(1);
    h.get_by_role_and_label(egui::Role::TextInput, "Tags")
        .type_text("دفاع، قمة");
    h.run_steps(1);
    h.get_by_role_and_label(egui::Role::Button, "Set tags")
        .click();
    h.run_steps(4);
    // Back in the reader, scrolled down the article.
    request(&mut h, Command::ShowView(View::Reader));
    let reader = h.get_by_label("دعم ثابت").rect();
    for _ in 0..3 {
        h.hover_at(reader.center());
        h.event(egui::Event::MouseWheel {
            unit: egui::MouseWheelUnit::Point,
            delta: egui::vec2(0.0, -200.0),
            phase: egui::TouchPhase::Move,
            source: egui::MouseWheelSource::Wheel,
            modifiers: Modifiers::NONE,
        });
        h.run_steps(2);
    }
    request(&mut h, Command::SaveAs(Some(path.clone())));
    assert!(!h.state().document().is_dirty());
    assert!(path.exists());
    let scrolled = load(&path).expect("saved").view.reader_scroll;
    assert!(scrolled > 100.0, "the reader's scroll is kept: {scrolled}");

    // A new window opens the file: everything is back.
    let mut h = harness();
    request(&mut h, Command::OpenSession(Some(path.clone())));
    wait_for_quotes(&mut h);
    let s = h.state().session();
    assert_eq!(s.notes.len(), 1);
    assert_eq!(s.notes[0].text, "تغطية سعودية");
    assert_eq!(s.bookmarks.len(), 1);
    assert_eq!(s.all_tags(), ["دفاع", "قمة"]);
    assert_eq!(h.state().view(), View::Reader, "the view comes back too");
    h.run_steps(3);
    let heading = h.get_by_label("دعم ثابت").rect();
    assert!(
        heading.top() < reader.top() - 100.0,
        "scrolled as it was left: {heading:?}"
    );
    let corrected = h
        .state()
        .quotes()
        .and_then(|q| q.quote(&first.id()).cloned())
        .expect("the quote");
    assert_eq!(corrected.speaker_name(), "وكالة يونهاب");
    request(&mut h, Command::ShowView(View::Quotes));
    h.get(by().role(egui::Role::Label).label("وكالة يونهاب"));
}

#[test]
fn opening_another_session_with_unsaved_changes_asks_first() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("empty.isnad");
    let mut h = harness();
    request(&mut h, Command::SaveAs(Some(path.clone())));
    note_on_open_article(&mut h, "ملاحظة لم تحفظ");
    request(&mut h, Command::OpenSession(Some(path.clone())));
    h.get_by_label("Unsaved changes");
    assert_eq!(
        h.state().session().notes.len(),
        1,
        "nothing lost before answering"
    );
    h.get_by_role_and_label(egui::Role::Button, "Cancel")
        .click();
    h.run_steps(4);
    assert_eq!(h.state().session().notes.len(), 1);
    request(&mut h, Command::OpenSession(Some(path)));
    h.get_by_role_and_label(egui::Role::Button, "Don't save")
        .click();
    h.run_steps(4);
    assert!(
        h.state().session().notes.is_empty(),
        "the saved session opened"
    );
}

#[test]
fn a_broken_session_file_is_refused_with_a_message_and_the_current_work_stays() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("broken.isnad");
    std::fs::write(
        &path,
        "(version: 1, notes: [(target: Article(\"000\"), text: ",
    )
    .expect("write");
    let mut h = harness();
    note_on_open_article(&mut h, "عمل جار");
    request(&mut h, Command::Save);
    request(&mut h, Command::OpenSession(Some(path)));
    // Unsaved work → the prompt; discard is not offered a chance to lose it: the file is bad.
    if h.query_by_label("Unsaved changes").is_some() {
        h.get_by_role_and_label(egui::Role::Button, "Don't save")
            .click();
        h.run_steps(4);
    }
    let (message, error) = h.state().message().cloned().expect("a message");
    assert!(error, "{message}");
    assert!(message.contains("broken.isnad"), "{message}");
    assert_eq!(
        h.state().session().notes.len(),
        1,
        "the work in the window stays"
    );
}

#[test]
fn edits_are_autosaved_and_offered_back_after_a_crash() {
    let dir = tempfile::tempdir().expect("temp dir");
    let mut h = harness_with(
        IsnadApp::new(None, Arc::new(corpus::bundled()))
            .with_default_language(isnad::gui::Language::English)
            .with_recovery_dir(dir.path()),
    );
    note_on_open_article(&mut h, "قبل الانهيار");
    std::thread::sleep(Duration::from_millis(2100));
    h.run_steps(4);
    // The window is gone without saving (no clean exit): the next start offers the work back.
    drop(h);
    let mut h = harness_with(
        IsnadApp::new(None, Arc::new(corpus::bundled()))
            .with_default_language(isnad::gui::Language::English)
            .with_recovery_dir(dir.path()),
    );
    h.get_by_label("Recover unsaved work?");
    h.get_by_role_and_label(egui::Role::Button, "Recover")
        .click();
    h.run_steps(4);
    wait_for_quotes(&mut h);
    let notes = &h.state().session().notes;
    assert_eq!(notes.len(), 1);
    assert_eq!(notes[0].text, "قبل الانهيار");
    assert!(
        h.state().document().is_dirty(),
        "recovered work is not saved yet"
    );
}

#[test]
fn edited_article_details_show_in_the_list_and_undo_restores_them() {
    let mut h = harness();
    let id = h.state().selected().cloned().expect("an article");
    request(&mut h, Command::EditDetails(id.clone()));
    h.get_by_label("Article details");
    h.get_by_role_and_label(egui::Role::TextInput, "Outlet")
        .click();
    h.run_steps(1);
    for _ in 0..40 {
        h.key_press(Key::Backspace);
    }
    h.get_by_role_and_label(egui::Role::TextInput, "Outlet")
        .type_text("صحيفة الشرق الأوسط");
    h.run_steps(1);
    h.get_by_role_and_label(egui::Role::Button, "Save details")
        .click();
    h.run_steps(4);
    let outlet = |h: &H| {
        h.state()
            .corpus()
            .article(&id)
            .and_then(|a| a.meta.outlet.clone())
    };
    assert_eq!(outlet(&h).as_deref(), Some("صحيفة الشرق الأوسط"));
    // The search panel's outlet filter offers the new name.
    h.get_by_role_and_label(egui::Role::Button, "صحيفة الشرق الأوسط");
    // The list row and the reader's byline both show the new outlet.
    assert_eq!(
        h.query_all(by().label_contains("صحيفة الشرق الأوسط ·"))
            .count(),
        2
    );
    request(&mut h, Command::Undo);
    assert_ne!(outlet(&h).as_deref(), Some("صحيفة الشرق الأوسط"));
}

/// The bug of issue 11 in the window: "Edit details" changed the corpus the list shows, while
/// the search index kept its own copy of the articles, so hits kept the old outlet and the
/// outlet filter compared with it.
#[test]
fn search_hits_show_edited_article_details() {
    let mut h = harness();
    let id = h.state().selected().cloned().expect("an article");
    let outlet_of_hits = |h: &H| {
        h.state().search().map(|s| {
            s.results()
                .hits
                .iter()
                .filter(|hit| hit.article.id == id)
                .map(|hit| hit.article.meta.outlet.clone().unwrap_or_default())
                .collect::<Vec<_>>()
        })
    };
    let word = h
        .state()
        .corpus()
        .article(&id)
        .and_then(|a| {
            a.text
                .split_whitespace()
                .find(|w| w.chars().count() > 4)
                .map(str::to_owned)
        })
        .expect("a word of the open article");
    h.key_press_modifiers(Modifiers::COMMAND, Key::F);
    h.run();
    h.get_by_role_and_label(egui::Role::TextInput, "Search")
        .type_text(&word);
    let wait_for = |h: &mut H, outlet: &str| {
        for _ in 0..400 {
            h.run_steps(1);
            if outlet_of_hits(h).is_some_and(|o| !o.is_empty() && o.iter().all(|x| x == outlet)) {
                return true;
            }
            std::thread::sleep(Duration::from_millis(5));
        }
        false
    };
    let old = h
        .state()
        .corpus()
        .article(&id)
        .and_then(|a| a.meta.outlet.clone())
        .unwrap_or_default();
    assert!(wait_for(&mut h, &old), "hits of the open article");
    let edit = isnad::session::MetadataEdit {
        outlet: Some("صحيفة الشرق الأوسط".into()),
        ..isnad::session::MetadataEdit::default()
    };
    request(
        &mut h,
        Command::Edit(isnad::session::Edit::EditMetadata {
            article: id.clone(),
            edit,
        }),
    );
    assert!(
        wait_for(&mut h, "صحيفة الشرق الأوسط"),
        "hits show the edited outlet: {:?}",
        outlet_of_hits(&h)
    );
    request(&mut h, Command::Undo);
    assert!(
        wait_for(&mut h, &old),
        "undo brings the old outlet back to the hits"
    );
}

/// Exports as the File menu does, and lets frames pass until the file is written.
fn export(h: &mut H, path: &Path, format: Format) {
    request(h, Command::ExportTo(path.to_path_buf(), format));
    for _ in 0..1000 {
        if !h.state().exporting() {
            return;
        }
        std::thread::sleep(Duration::from_millis(5));
        h.run_steps(1);
    }
    panic!("the export did not finish");
}

fn read_csv_rows(path: &Path) -> usize {
    let bytes = std::fs::read(path).expect("export written");
    assert!(
        bytes.starts_with(b"\xEF\xBB\xBF"),
        "UTF-8 BOM for spreadsheets"
    );
    csv::Reader::from_reader(&bytes[3..]).records().count()
}

#[test]
fn export_writes_the_table_as_it_is_filtered() {
    let dir = tempfile::tempdir().expect("temp dir");
    let mut h = harness();
    request(&mut h, Command::ShowView(View::Quotes));
    let all = dir.path().join("all.csv");
    export(&mut h, &all, Format::Csv);
    let total = h
        .state()
        .quotes()
        .map(isnad::gui::QuotesView::count)
        .expect("quotes");
    assert_eq!(read_csv_rows(&all), total);
    h.get_by_role_and_label(egui::Role::TextInput, "Filter quotes")
        .click();
    h.run_steps(1);
    h.get_by_role_and_label(egui::Role::TextInput, "Filter quotes")
        .type_text("بوتين");
    h.run_steps(4);
    let some = dir.path().join("putin.csv");
    export(&mut h, &some, Format::Csv);
    let n = read_csv_rows(&some);
    assert!(n > 0 && n < total, "{n} of {total}");
    let (message, error) = h.state().message().cloned().expect("a message");
    assert!(
        !error && message.contains(&format!("{n} quotations")),
        "{message}"
    );
    // A folder that does not exist: a clear error, nothing written.
    let bad = dir.path().join("no such folder").join("q.xlsx");
    export(&mut h, &bad, Format::Xlsx);
    let (message, error) = h.state().message().cloned().expect("a message");
    assert!(error, "{message}");
    assert!(!bad.exists());
}

#[test]
fn imported_files_join_the_corpus_and_the_session_names_them() {
    let dir = tempfile::tempdir().expect("temp dir");
    let article = dir.path().join("wire.txt");
    std::fs::write(
        &article,
        "موسكو تستقبل وفدا كوريا\n\nقال المتحدث باسم الكرملين دميتري بيسكوف إن \"الزيارة ناجحة\" وإن البلدين سيواصلان التعاون.",
    )
    .expect("write");
    let mut h = harness();
    request(&mut h, Command::Import(Some(vec![article.clone()]), false));
    for _ in 0..500 {
        h.run_steps(1);
        if h.state().corpus().articles().len() == 6 {
            break;
        }
        std::thread::sleep(Duration::from_millis(10));
    }
    assert_eq!(h.state().corpus().articles().len(), 6);
    h.get_by_role_and_label(egui::Role::Button, "موسكو تستقبل وفدا كوريا");
    wait_for_quotes(&mut h);
    assert!(
        h.state()
            .quotes()
            .expect("quotes")
            .all()
            .iter()
            .any(|q| q.speaker_name().contains("بيسكوف")),
        "quotes of the imported article are listed"
    );
    let saved = dir.path().join("s.isnad");
    request(&mut h, Command::SaveAs(Some(saved.clone())));
    let session = load(&saved).expect("saved");
    assert!(
        session.sources.iter().any(
            |s| matches!(s, isnad::session::Source::File { path, .. } if path.ends_with("wire.txt"))
        ),
        "{:?}",
        session.sources
    );
}

#[test]
fn undoing_a_correction_gives_the_quotation_its_speaker_back() {
    use isnad::quotes::{Correction, QuoteAnchor};
    use isnad::session::Edit;

    let mut h = harness();
    let first = h
        .state()
        .quotes()
        .and_then(|q| q.all().first().cloned())
        .expect("a quote");
    let corpus = Arc::clone(h.state().corpus());
    let article = corpus.article(&first.article).expect("its article");
    let speaker = |h: &H| {
        h.state()
            .quotes()
            .and_then(|q| q.quote(&first.id()))
            .map(|q| q.speaker_name().to_owned())
    };
    request(
        &mut h,
        Command::Edit(Edit::Correct(Correction::SetSpeaker {
            quote: QuoteAnchor::of(&first, article),
            speaker: "وكالة يونهاب".into(),
        })),
    );
    assert_eq!(speaker(&h).as_deref(), Some("وكالة يونهاب"));
    request(&mut h, Command::Undo);
    assert_eq!(speaker(&h).as_deref(), Some(first.speaker_name()));
    request(&mut h, Command::Redo);
    assert_eq!(speaker(&h).as_deref(), Some("وكالة يونهاب"));
}

#[test]
fn clear_cache_in_the_file_menu_deletes_the_cached_corpora() {
    use isnad::workspace::cache::{Cache, DEFAULT_CAP_BYTES};
    let dir = tempfile::tempdir().expect("a temp dir");
    let folder = dir.path().join("articles");
    std::fs::create_dir_all(&folder).expect("a folder");
    let (file, raw) = corpus::BUNDLED[0];
    std::fs::write(folder.join(file), raw).expect("an article");
    let cache = Cache::at(dir.path().join("cache"), DEFAULT_CAP_BYTES);
    isnad::workspace::open(&[folder], Some(&cache));
    assert!(cache.size_bytes().expect("a size") > 0);
    let app = IsnadApp::new(None, Arc::new(corpus::bundled()))
        .with_default_language(isnad::gui::Language::English)
        .with_cache(Some(cache.clone()));
    let mut h = harness_with(app);
    // The menu opens on a pointer click, as a user opens it.
    let file = h.get_by_label("File").rect().center();
    h.hover_at(file);
    h.run_steps(1);
    h.event(egui::Event::PointerButton {
        pos: file,
        button: egui::PointerButton::Primary,
        pressed: true,
        modifiers: Modifiers::NONE,
    });
    h.event(egui::Event::PointerButton {
        pos: file,
        button: egui::PointerButton::Primary,
        pressed: false,
        modifiers: Modifiers::NONE,
    });
    h.run_steps(2);
    h.get_by_label_contains("Clear cache").click();
    h.run_steps(2);
    assert_eq!(cache.size_bytes().expect("a size"), 0);
    let message = h.state().message().map(|m| m.0.clone()).unwrap_or_default();
    assert!(message.contains("Cache cleared: 1"), "{message}");
}
