//! Importing in the window as an analyst does it: a file republishing a bundled article joins
//! the corpus, is listed under its story, and the reader names the other outlet. No display.
#![cfg(feature = "gui")]

use std::sync::Arc;
use std::time::Duration;

use egui_kittest::Harness;
use egui_kittest::kittest::{Queryable, by};
use isnad::corpus::{self, BlockKind};
use isnad::gui::{Command, IsnadApp};

/// The search and workspace threads ask for a repaint when they answer, so a run may take a
/// few more frames than the harness's default of 4 to settle.
const UI_STEPS: u64 = 16;

type H = Harness<'static, IsnadApp>;

const ORIGINAL: &str = "001_cee41d8d25e69044";

/// The bundled article 001 as another site carries it: its own headline and agency line, one
/// paragraph left out, hamza written without its seat, and its own footer.
fn republished_text() -> String {
    let corpus = corpus::bundled();
    let original = corpus
        .article(&corpus::ArticleId::new(ORIGINAL))
        .expect("article 001")
        .clone();
    let mut lines = vec![
        "بوتين في بيونغ يانغ لأول مرة منذ ربع قرن".to_owned(),
        "موسكو - وكالات".to_owned(),
    ];
    lines.extend(
        original
            .blocks
            .iter()
            .filter(|b| b.kind == BlockKind::Paragraph)
            .enumerate()
            .filter(|(i, _)| *i != 2)
            .map(|(_, b)| original.block_text(b).replace(['أ', 'إ'], "ا")),
    );
    lines.push("جميع الحقوق محفوظة للصحيفة، ويمنع إعادة النشر دون إذن مكتوب.".to_owned());
    lines.join("\n\n")
}

fn until(h: &mut H, what: &str, mut done: impl FnMut(&H) -> bool) {
    for _ in 0..1000 {
        if done(h) {
            return;
        }
        std::thread::sleep(Duration::from_millis(5));
        h.run_steps(1);
    }
    panic!("{what} did not happen");
}

#[test]
fn a_republished_copy_is_listed_under_its_story_and_the_reader_names_the_other_outlet() {
    let dir = tempfile::tempdir().expect("temp dir");
    let copy = dir.path().join("wire-copy.txt");
    std::fs::write(&copy, republished_text()).expect("write");
    let app = IsnadApp::new(None, Arc::new(corpus::bundled()))
        .with_default_language(isnad::gui::Language::English);
    let mut h = Harness::builder()
        .with_size(egui::vec2(1400.0, 900.0))
        .with_max_steps(UI_STEPS)
        .build_ui_state(|ui, app: &mut IsnadApp| app.ui(ui), app);
    h.run_steps(3);
    let ctx = h.ctx.clone();
    h.state_mut()
        .request(&ctx, Command::Import(Some(vec![copy]), false));
    until(&mut h, "the import", |h| h.state().corpus().len() == 6);
    until(&mut h, "the quotes and stories", |h| {
        h.state().quotes().is_some_and(|q| !q.stories_loading())
    });
    h.run_steps(3);
    let (message, _) = h.state().message().cloned().expect("the import's message");
    assert!(
        message.contains("near-duplicates: texts published more than once 1, extra copies 1"),
        "{message}"
    );
    // Six articles, five rows: the copy is listed under the original, with a button for it.
    assert!(
        h.query_by_label("بوتين في بيونغ يانغ لأول مرة منذ ربع قرن")
            .is_none(),
        "the copy is folded into its story"
    );
    h.get_by_role_and_label(egui::Role::Button, "2 copies")
        .click();
    h.run_steps(3);
    h.get_by_role_and_label(
        egui::Role::Button,
        "بوتين في بيونغ يانغ لأول مرة منذ ربع قرن",
    )
    .click();
    h.run_steps(3);
    assert_eq!(
        h.state()
            .selected()
            .map(|id| id.as_str().to_owned())
            .as_deref(),
        Some("wire-copy")
    );
    // The reader of the copy offers the original's outlet as another carrier of the story.
    h.get_by_label("The same story in:");
    h.get(by().role(egui::Role::Button).label_contains("%)"))
        .click();
    h.run_steps(3);
    assert_eq!(
        h.state()
            .selected()
            .map(|id| id.as_str().to_owned())
            .as_deref(),
        Some(ORIGINAL)
    );
    // Quotations found in both copies are marked as one quotation.
    let quotes = h.state().quotes().expect("quotes");
    let shared = quotes
        .all()
        .iter()
        .filter(|q| q.article.as_str() == "wire-copy" && quotes.copies_of(&q.id()) == 2)
        .count();
    assert!(shared > 0, "some quotations of the copy are the original's");
}

#[test]
fn files_named_on_the_command_line_open_as_no_unsaved_change() {
    let dir = tempfile::tempdir().expect("temp dir");
    let file = dir.path().join("article.txt");
    std::fs::write(&file, republished_text()).expect("write");
    let app = IsnadApp::new(None, Arc::new(corpus::Corpus::default()))
        .with_default_language(isnad::gui::Language::English)
        .importing(vec![file]);
    let mut h = Harness::builder()
        .with_size(egui::vec2(1280.0, 800.0))
        .with_max_steps(UI_STEPS)
        .build_ui_state(|ui, app: &mut IsnadApp| app.ui(ui), app);
    h.run_steps(3);
    until(&mut h, "the import", |h| {
        h.state().corpus().articles().len() == 1
    });
    h.run();
    assert!(
        !h.state().document().is_dirty(),
        "quitting would ask about nothing"
    );
    assert_eq!(h.state().session().sources.len(), 1);
}

/// Who said what in a window, and in how many articles each quotation is.
fn who_said_what(h: &H) -> Vec<(String, String, usize)> {
    let quotes = h.state().quotes().expect("quotes");
    quotes
        .all()
        .iter()
        .map(|q| {
            let id = q.id();
            let copies = quotes.copies_of(&id);
            (id.to_string(), q.speaker_name().to_owned(), copies)
        })
        .collect()
}

#[test]
fn articles_added_to_a_computed_workspace_give_what_a_fresh_window_gives() {
    let dir = tempfile::tempdir().expect("temp dir");
    let copy = dir.path().join("wire-copy.txt");
    std::fs::write(&copy, republished_text()).expect("write");
    let window = |app: IsnadApp| {
        let app = app.with_default_language(isnad::gui::Language::English);
        Harness::builder()
            .with_size(egui::vec2(1280.0, 800.0))
            .with_max_steps(UI_STEPS)
            .build_ui_state(|ui, app: &mut IsnadApp| app.ui(ui), app)
    };
    let ready = |h: &H| h.state().quotes().is_some_and(|q| !q.stories_loading());
    // The bundled articles' workspace is computed before the copy is added to it.
    let mut added = window(IsnadApp::new(None, Arc::new(corpus::bundled())));
    until(&mut added, "the bundled workspace", ready);
    added.run_steps(3);
    let ctx = added.ctx.clone();
    added
        .state_mut()
        .request(&ctx, Command::Import(Some(vec![copy.clone()]), false));
    until(&mut added, "the import", |h| h.state().corpus().len() == 6);
    until(&mut added, "the quotes of six articles", |h| {
        ready(h)
            && h.state()
                .quotes()
                .is_some_and(|q| q.all().iter().any(|q| q.article.as_str() == "wire-copy"))
    });
    // A window that opens the six articles at once.
    let mut six = corpus::bundled();
    let (imported, _) = isnad::import::import_corpus(std::slice::from_ref(&copy));
    six.extend(imported.articles().iter().cloned());
    let mut fresh = window(IsnadApp::new(None, Arc::new(six)));
    until(&mut fresh, "the fresh workspace", ready);
    assert_eq!(who_said_what(&added), who_said_what(&fresh));
    assert!(
        who_said_what(&added).iter().any(|q| q.2 == 2),
        "the copy's quotations are shared"
    );
}
