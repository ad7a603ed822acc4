//! The window and the cache of processed corpora, as an analyst meets them: files opened at
//! startup and a session's files are kept once computed, and a new window opens them from the
//! cache with the same articles, quotations and sources; a spoiled entry is read again from the
//! files. No display.
#![cfg(feature = "gui")]

use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::Duration;

use egui_kittest::Harness;
use isnad::corpus::{self, Corpus};
use isnad::gui::{Command, IsnadApp, Language};
use isnad::workspace::cache::{self, Cache, DEFAULT_CAP_BYTES, Key, Lookup};

type H = Harness<'static, IsnadApp>;

fn window(app: IsnadApp, cache: &Cache) -> H {
    let app = app
        .with_default_language(Language::English)
        .with_cache(Some(cache.clone()));
    let mut h = Harness::builder()
        .with_size(egui::vec2(1280.0, 860.0))
        .with_max_steps(16)
        .build_ui_state(|ui, app: &mut IsnadApp| app.ui(ui), app);
    h.run_steps(2);
    h
}

fn until(h: &mut H, what: &str, mut done: impl FnMut(&H) -> bool) {
    for _ in 0..2000 {
        if done(h) {
            return;
        }
        std::thread::sleep(Duration::from_millis(5));
        h.run_steps(1);
    }
    panic!("{what} did not happen");
}

/// Steps until the import, the quotations and the stories are all shown.
fn ready(h: &mut H) {
    until(h, "everything shown", |h| {
        !h.state().import_running()
            && !h.state().corpus().is_empty()
            && h.state().quotes().is_some_and(|q| !q.stories_loading())
    });
}

/// The entry is written after the window shows the workspace: wait for it.
fn written(cache: &Cache, key: &Key) {
    for _ in 0..2000 {
        if cache.contains(key) {
            return;
        }
        std::thread::sleep(Duration::from_millis(5));
    }
    panic!("no cache entry was written");
}

/// What a user sees of a window: its articles, and who said what.
fn shown(h: &H) -> (Vec<String>, Vec<(String, String)>) {
    let ids = h
        .state()
        .corpus()
        .articles()
        .iter()
        .map(|a| a.id.to_string())
        .collect();
    let quotes = h
        .state()
        .quotes()
        .map(|q| {
            q.all()
                .iter()
                .map(|q| (q.id().to_string(), q.speaker_name().to_owned()))
                .collect()
        })
        .unwrap_or_default();
    (ids, quotes)
}

fn message(h: &H) -> String {
    h.state().message().map(|m| m.0.clone()).unwrap_or_default()
}

/// Three bundled articles as files of their own.
fn files(dir: &Path) -> Vec<PathBuf> {
    corpus::BUNDLED
        .iter()
        .take(3)
        .map(|(name, raw)| {
            let path = dir.join(format!("{name}.txt"));
            std::fs::write(&path, raw).expect("an article file");
            path
        })
        .collect()
}

#[test]
fn files_opened_at_startup_open_from_the_cache_in_a_new_window() {
    let dir = tempfile::tempdir().expect("a temp dir");
    let paths = files(dir.path());
    let cache = Cache::at(dir.path().join("cache"), DEFAULT_CAP_BYTES);
    let startup = || IsnadApp::new(None, Arc::new(Corpus::new())).importing(paths.clone());
    let mut first = window(startup(), &cache);
    ready(&mut first);
    assert!(!message(&first).contains("cache"), "{}", message(&first));
    let key = cache::key(&paths).expect("a key");
    written(&cache, &key);
    let before = shown(&first);
    assert_eq!(before.0.len(), 3);
    assert!(!before.1.is_empty(), "the articles have quotations");

    let mut second = window(startup(), &cache);
    ready(&mut second);
    assert!(
        message(&second).starts_with("3 articles opened from the cache"),
        "{}",
        message(&second)
    );
    assert_eq!(shown(&second), before);
    // The session names the files as the first window's did, and nothing is unsaved.
    assert_eq!(
        second.state().session().sources,
        first.state().session().sources
    );
    assert!(!second.state().document().is_dirty());
}

#[test]
fn a_spoiled_entry_is_read_again_from_the_files_and_written_anew() {
    let dir = tempfile::tempdir().expect("a temp dir");
    let paths = files(dir.path());
    let cache = Cache::at(dir.path().join("cache"), DEFAULT_CAP_BYTES);
    let startup = || IsnadApp::new(None, Arc::new(Corpus::new())).importing(paths.clone());
    let mut first = window(startup(), &cache);
    ready(&mut first);
    let key = cache::key(&paths).expect("a key");
    written(&cache, &key);
    let before = shown(&first);
    let entry = cache.dir().join(format!("{key}.isnad-cache"));
    let mut bytes = std::fs::read(&entry).expect("the entry");
    let middle = bytes.len() / 2;
    bytes.truncate(middle);
    std::fs::write(&entry, bytes).expect("spoil the entry");

    let mut second = window(startup(), &cache);
    ready(&mut second);
    assert!(!message(&second).contains("cache"), "{}", message(&second));
    assert_eq!(shown(&second), before);
    written(&cache, &key);
    assert!(
        matches!(cache.load(&key), Lookup::Hit(_)),
        "a sound entry again"
    );
}

#[test]
fn a_session_of_the_bundled_articles_and_a_file_reopens_from_the_cache() {
    let dir = tempfile::tempdir().expect("a temp dir");
    let file = files(dir.path()).remove(0);
    let cache = Cache::at(dir.path().join("cache"), DEFAULT_CAP_BYTES);
    let mut first = window(IsnadApp::new(None, Arc::new(corpus::bundled())), &cache);
    let ctx = first.ctx.clone();
    first
        .state_mut()
        .request(&ctx, Command::Import(Some(vec![file.clone()]), false));
    until(&mut first, "the import", |h| h.state().corpus().len() == 6);
    ready(&mut first);
    let key = cache::key_with(std::slice::from_ref(&file), true).expect("a key");
    written(&cache, &key);
    let before = shown(&first);
    let session = dir.path().join("research.isnad");
    isnad::session::file::save(&session, first.state().session()).expect("the session saved");

    let reopened = IsnadApp::new(None, Arc::new(corpus::bundled())).opening(session);
    let mut second = window(reopened, &cache);
    until(&mut second, "the session's files", |h| {
        h.state().corpus().len() == 6
    });
    ready(&mut second);
    assert!(
        message(&second).starts_with("6 articles opened from the cache"),
        "{}",
        message(&second)
    );
    assert_eq!(shown(&second), before);
}
