//! The interface language: every string the window shows has a translation in both locale
//! files, Arabic shows no stray English, the toolbar switches the language live, and Arabic
//! lays the window out from the right.
#![cfg(feature = "gui")]

mod window;

use std::collections::BTreeSet;
use std::path::Path;

use egui::accesskit::Role;
use egui_kittest::kittest::{NodeT, Queryable};
use isnad::corpus;
use isnad::gui::Language;
use isnad::gui::i18n;
use window::{UI_STEPS, harness_in};

const LOCALES: [(&str, Language); 2] = [("en", Language::English), ("ar", Language::Arabic)];

/// Every argument name a message takes somewhere.
const ARGS: &[&str] = &[
    "count",
    "what",
    "format",
    "session",
    "kept",
    "path",
    "error",
    "first",
    "article",
    "done",
    "total",
    "articles",
    "mb_done",
    "mb_total",
    "seconds",
    "stories",
    "copies",
    "largest",
    "passage",
    "title",
    "quote",
    "bookmarks",
    "notes",
    "outlet",
    "text",
    "hits",
    "shown",
    "kind",
    "percent",
    "name",
    "into",
    "from",
    "dir",
];

/// The keys the window's source asks for: `tr!("…")` and `key!("…")`.
fn keys_in_source() -> BTreeSet<String> {
    let call = regex::Regex::new(r#"\b(?:tr|key)!\(\s*"([^"]+)""#).expect("regex");
    let mut keys = BTreeSet::new();
    for entry in walkdir::WalkDir::new(Path::new(env!("CARGO_MANIFEST_DIR")).join("src/gui")) {
        let entry = entry.expect("src/gui readable");
        if entry.path().extension().is_some_and(|e| e == "rs") {
            let text = std::fs::read_to_string(entry.path()).expect("source readable");
            keys.extend(call.captures_iter(&text).map(|c| c[1].to_owned()));
        }
    }
    keys
}

/// The message ids of a locale file.
fn keys_in_locale(code: &str) -> BTreeSet<String> {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join(format!("locales/{code}/isnad.ftl"));
    let text = std::fs::read_to_string(&path).expect("locale file");
    let id = regex::Regex::new(r"^([a-z][a-z0-9-]*) =").expect("regex");
    text.lines()
        .filter_map(|l| id.captures(l).map(|c| c[1].to_owned()))
        .collect()
}

#[test]
fn every_key_the_window_uses_is_translated_in_every_locale_and_no_other() {
    let used = keys_in_source();
    assert!(
        used.len() > 200,
        "only {} keys found in src/gui",
        used.len()
    );
    for (code, language) in LOCALES {
        let listed = keys_in_locale(code);
        let missing: Vec<_> = used.difference(&listed).collect();
        assert!(missing.is_empty(), "{code}: no translation for {missing:?}");
        let unused: Vec<_> = listed.difference(&used).collect();
        assert!(unused.is_empty(), "{code}: keys no code uses: {unused:?}");
        for key in &used {
            assert!(
                i18n::lookup_in(language, key, ARGS)
                    .is_some_and(|t| !t.trim().is_empty() && !t.contains('{')),
                "{code}: {key} does not resolve"
            );
        }
    }
}

#[test]
fn arabic_translations_are_arabic() {
    // A key copied into ar.ftl untranslated is caught here; these stay Latin on purpose.
    let latin_by_design = ["format-json", "format-csv"];
    for key in keys_in_locale("ar") {
        let text = i18n::lookup_in(Language::Arabic, &key, ARGS).expect("resolves");
        let shortcut = key.starts_with("keys-") && !key.starts_with("keys-does-");
        if shortcut || latin_by_design.contains(&key.as_str()) {
            continue;
        }
        assert!(
            text.chars().any(|c| ('\u{0600}'..='\u{06FF}').contains(&c))
                || !text.chars().any(|c| c.is_ascii_alphabetic()),
            "{key} = {text}"
        );
    }
}

/// Words with Latin letters that Arabic may show: the name, file formats and key names.
const LATIN_ALLOWED: &[&str] = &[
    "Isnad", "CSV", "UTF", "Excel", "Markdown", "JSON", "XLSX", "QDPX", "Ctrl", "Shift", "Esc",
    "Tab", "Enter", "Page", "Up", "Down", "F1", "F3", "YYYY", "MM", "DD", "A", "English",
];

/// The visible labels and values of the window with Latin words outside the allowlist and the
/// articles' own data (ids, titles, outlets).
fn stray_latin(h: &egui_kittest::Harness<'static, isnad::gui::IsnadApp>) -> Vec<String> {
    let corpus = h.state().corpus().clone();
    let data: Vec<String> = corpus
        .articles()
        .iter()
        .flat_map(|a| {
            [
                a.id.to_string(),
                a.display_title(),
                a.meta.outlet.clone().unwrap_or_default(),
            ]
        })
        .filter(|s| !s.is_empty())
        .collect();
    // One letter is a key name (Ctrl+S); egui names its own window and panel handles.
    let word = regex::Regex::new(r"[A-Za-z][A-Za-z0-9]+").expect("regex");
    let egui_own = ["Close window", "Resize panel"];
    let mut stray = Vec::new();
    for node in h.query_all_by(|_| true) {
        let node = node.accesskit_node();
        for text in [node.label(), node.value()].into_iter().flatten() {
            if egui_own.contains(&text.as_str()) {
                continue;
            }
            let mut rest = text.clone();
            for d in &data {
                rest = rest.replace(d.as_str(), "");
            }
            if word
                .find_iter(&rest)
                .any(|w| !LATIN_ALLOWED.contains(&w.as_str()))
            {
                stray.push(text);
            }
        }
    }
    stray
}

#[test]
fn in_arabic_no_label_of_the_window_its_menus_or_its_keyboard_help_is_in_english() {
    let mut h = harness_in(
        corpus::bundled(),
        egui::vec2(1280.0, 860.0),
        Language::Arabic,
    );
    let mut stray = stray_latin(&h);
    for menu in ["ملف", "تحرير", "عرض", "مساعدة"] {
        h.get_by_label(menu).click();
        h.run();
        stray.extend(stray_latin(&h));
        h.key_press(egui::Key::Escape);
        h.run();
    }
    h.get_by_label("مساعدة").click();
    h.run();
    h.get_by_label_contains("لوحة المفاتيح").click();
    h.run();
    assert!(
        h.query_by_label("Ctrl+O").is_some(),
        "the keyboard window is open"
    );
    stray.extend(stray_latin(&h));
    h.key_press(egui::Key::Escape);
    h.run();
    // The quotes view, its table and the speakers × outlets matrix.
    h.get_by_label_contains("الاقتباسات (").click();
    for _ in 0..UI_STEPS {
        h.run();
    }
    stray.extend(stray_latin(&h));
    h.get_by_label("المتحدثون × المصادر").click();
    h.run();
    stray.extend(stray_latin(&h));
    stray.sort();
    stray.dedup();
    assert!(stray.is_empty(), "English shown in Arabic: {stray:#?}");
}

#[test]
fn choosing_arabic_in_the_toolbar_turns_the_menus_and_tabs_and_english_turns_them_back() {
    let mut h = window::harness(corpus::bundled());
    for label in ["File", "Edit", "Reader", "Theme"] {
        assert!(h.query_by_label(label).is_some(), "{label} in English");
    }
    h.get_by_label("العربية").click();
    h.run();
    assert_eq!(h.state().language(), Language::Arabic);
    for (english, arabic) in [
        ("File", "ملف"),
        ("Edit", "تحرير"),
        ("Reader", "القارئ"),
        ("Theme", "السمة"),
    ] {
        assert!(h.query_by_label(english).is_none(), "{english} still shown");
        assert!(h.query_by_label(arabic).is_some(), "{arabic} not shown");
    }
    h.get_by_label("English").click();
    h.run();
    assert_eq!(h.state().language(), Language::English);
    assert!(h.query_by_label("File").is_some());
    assert!(h.query_by_label("ملف").is_none());
}

#[test]
fn the_layout_reads_from_the_right_in_arabic_and_from_the_left_in_english() {
    let mut h = harness_in(
        corpus::bundled(),
        egui::vec2(1280.0, 860.0),
        Language::Arabic,
    );
    h.run();
    let list = h.get_by_label_contains("المقالات (").rect();
    let search = h.get_by_role_and_label(Role::Button, "بحث").rect();
    assert!(
        search.right() < list.left(),
        "search {search:?}, list {list:?}"
    );
    let file = h.get_by_label("ملف").rect();
    let edit = h.get_by_label("تحرير").rect();
    let help = h.get_by_label("مساعدة").rect();
    assert!(
        file.left() > edit.right() && edit.left() > help.right(),
        "{file:?} {edit:?} {help:?}"
    );
    assert!(
        file.right() > 1200.0,
        "File starts at the right edge: {file:?}"
    );
    // The toolbar too reads from the right: the view tabs before the preferences.
    let reader = h.get_by_label("القارئ").rect();
    let theme = h.get_by_label("السمة").rect();
    assert!(reader.left() > theme.right(), "{reader:?} {theme:?}");

    // English is the mirror: the menus from the left, the article list at the left and the
    // search panel at the right, the speaker column first in the quotes table.
    let mut h = window::harness(corpus::bundled());
    let file = h.get_by_label("File").rect();
    let edit = h.get_by_label("Edit").rect();
    assert!(file.right() < edit.left(), "English reads from the left");
    let list = h.get_by_label_contains("Articles (").rect();
    let search = h.get_by_role_and_label(Role::Button, "Search").rect();
    assert!(
        list.right() < search.left(),
        "search {search:?}, list {list:?}"
    );
    h.get_by_label_contains("Quotes (").click();
    h.run();
    let speaker = h.get_by_role_and_label(Role::Button, "Speaker").rect();
    let quote = h.get_by_role_and_label(Role::Button, "Quote").rect();
    assert!(
        speaker.right() < quote.left(),
        "speaker {speaker:?}, quote {quote:?}"
    );
}
