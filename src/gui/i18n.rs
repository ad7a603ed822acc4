//! The interface language: every string the window shows comes from the Fluent files in
//! `locales/` through [`tr!`], in the language of the thread that draws the frame (the app sets
//! it from the preferences at the start of each frame, so tests on parallel threads can show
//! different languages).

use std::borrow::Cow;
use std::cell::Cell;
use std::collections::HashMap;

use fluent_templates::fluent_bundle::FluentValue;
use fluent_templates::{LanguageIdentifier, Loader, langid};
use serde::{Deserialize, Serialize};

fluent_templates::static_loader! {
    static LOCALES = {
        locales: "./locales",
        fallback_language: "en",
        // No bidi isolation marks around arguments: the text widget isolates what it needs.
        customise: |bundle| bundle.set_use_isolating(false),
    };
}

/// An interface language.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
pub enum Language {
    /// English, laid out left to right.
    #[default]
    English,
    /// Arabic, laid out right to left.
    Arabic,
}

impl Language {
    /// Both languages, in the order the preferences list them.
    pub const ALL: [Self; 2] = [Self::Arabic, Self::English];

    /// The language's own name for itself (the same in either interface).
    pub fn name(self) -> &'static str {
        match self {
            Self::English => "English",
            Self::Arabic => "العربية",
        }
    }

    /// True for a right-to-left language.
    pub fn rtl(self) -> bool {
        self == Self::Arabic
    }

    /// The language of a locale name such as `ar-EG` or `en_US.UTF-8`: Arabic for `ar…`, else
    /// English.
    pub fn of_locale(locale: &str) -> Self {
        if locale
            .get(..2)
            .is_some_and(|p| p.eq_ignore_ascii_case("ar"))
        {
            Self::Arabic
        } else {
            Self::English
        }
    }

    /// The system's language, for a first start with none saved.
    pub fn of_system() -> Self {
        sys_locale::get_locale().map_or(Self::English, |l| Self::of_locale(&l))
    }
}

/// The Fluent identifier of a language (a function of its own: `langid!` expands to unsafe
/// code, which clippy does not want among the methods of a deserialized type).
fn id(language: Language) -> LanguageIdentifier {
    match language {
        Language::English => langid!("en"),
        Language::Arabic => langid!("ar"),
    }
}

thread_local! {
    static CURRENT: Cell<Language> = const { Cell::new(Language::English) };
}

/// Sets the language of this thread's interface text.
pub fn set(language: Language) {
    CURRENT.with(|c| c.set(language));
}

/// The language this thread's interface text is in.
pub fn current() -> Language {
    CURRENT.with(Cell::get)
}

/// True when this thread's interface is right to left.
pub fn rtl() -> bool {
    current().rtl()
}

/// Runs `add` in a layout that reads in the interface's direction: in Arabic lines align right
/// and rows (`ui.horizontal`) run from the right. A panel's contents go through it.
pub fn reading_ui<R>(ui: &mut egui::Ui, add: impl FnOnce(&mut egui::Ui) -> R) -> R {
    if rtl() {
        ui.with_layout(egui::Layout::top_down(egui::Align::Max), add)
            .inner
    } else {
        add(ui)
    }
}

/// A row that runs in the interface's direction: from the right in Arabic, from the left in
/// English.
pub fn row_layout(align: egui::Align) -> egui::Layout {
    if rtl() {
        egui::Layout::right_to_left(align)
    } else {
        egui::Layout::left_to_right(align)
    }
}

/// A column whose lines start at the interface's reading side.
pub fn column_layout() -> egui::Layout {
    egui::Layout::top_down(if rtl() {
        egui::Align::Max
    } else {
        egui::Align::Min
    })
}

/// The text of `key` in the current language.
pub fn text(key: &str) -> String {
    LOCALES.lookup(&id(current()), key)
}

/// The text of `key` with named arguments.
pub fn text_with(key: &str, args: &[(&'static str, FluentValue<'_>)]) -> String {
    let args: HashMap<Cow<'static, str>, FluentValue<'_>> = args
        .iter()
        .map(|(k, v)| (Cow::Borrowed(*k), v.clone()))
        .collect();
    LOCALES.lookup_with_args(&id(current()), key, &args)
}

/// The text of `key` in `language` if that language has it, with each of `args` set to 3 (for
/// the locale tests).
pub fn lookup_in(language: Language, key: &str, args: &[&'static str]) -> Option<String> {
    let args: HashMap<&str, FluentValue<'_>> = args.iter().map(|a| (*a, 3.into())).collect();
    LOCALES.lookup_no_default_fallback(&id(language), key, Some(&args))
}

/// An argument value: numbers stay numbers (for plural forms), the rest become text.
pub fn arg<'a>(value: impl Into<FluentValue<'a>>) -> FluentValue<'a> {
    value.into()
}

/// The name of an export format, for menus and the save dialog's file types.
pub fn format_label(format: crate::export::Format) -> String {
    use crate::export::Format;
    match format {
        Format::Csv => tr!("format-csv"),
        Format::Xlsx => tr!("format-xlsx"),
        Format::Markdown => tr!("format-markdown"),
        Format::Json => tr!("format-json"),
        Format::Html => tr!("format-html"),
    }
}

/// The name of an edit for the Undo and Redo items and messages. The session keeps the core's
/// English label of each edit; this reads it back into the interface language (a label it does
/// not know is shown as it is).
pub fn edit_label(label: &str) -> String {
    const FIXED: &[(&str, &str)] = &[
        ("delete quotation", key!("edit-delete-quotation")),
        ("add quotation", key!("edit-add-quotation")),
        ("add note", key!("edit-add-note")),
        ("edit note", key!("edit-edit-note")),
        ("remove note", key!("edit-remove-note")),
        ("add bookmark", key!("edit-add-bookmark")),
        ("remove bookmark", key!("edit-remove-bookmark")),
        ("tag quotation", key!("edit-tag-quotation")),
        ("edit article details", key!("edit-article-details")),
        ("save search", key!("edit-save-search")),
        ("forget saved search", key!("edit-forget-saved-search")),
    ];
    if let Some((_, key)) = FIXED.iter().find(|(l, _)| *l == label) {
        return text(key);
    }
    let quoted = |s: &str| s.trim_start_matches('“').trim_end_matches('”').to_owned();
    if let Some(name) = label.strip_prefix("set speaker ") {
        return tr!("edit-set-speaker", name = quoted(name));
    }
    if let Some((from, into)) = label
        .strip_prefix("merge ")
        .and_then(|r| r.split_once("” into “"))
    {
        return tr!(
            "edit-merge-speakers",
            from = quoted(from),
            into = quoted(into)
        );
    }
    if let Some((name, from)) = label
        .strip_prefix("split ")
        .and_then(|r| r.split_once("” from “"))
    {
        return tr!(
            "edit-split-speaker",
            name = quoted(name),
            from = quoted(from)
        );
    }
    label.to_owned()
}

/// The name of a kind of quotation, for the table, its filter and the detail pane.
pub fn kind_label(kind: crate::quotes::QuoteKind) -> String {
    use crate::quotes::QuoteKind;
    match kind {
        QuoteKind::Direct => tr!("kind-direct"),
        QuoteKind::Partial => tr!("kind-partial"),
        QuoteKind::Reported => tr!("kind-reported"),
        QuoteKind::NotSpeech => tr!("kind-not-speech"),
    }
}

/// Marks a string as a translation key looked up later with [`text`] (a table of keys).
macro_rules! key {
    ($key:literal) => {
        $key
    };
}

/// The interface text of a key, with named arguments: `tr!(KEY, count = n)`.
macro_rules! tr {
    ($key:literal) => {
        $crate::gui::i18n::text($key)
    };
    ($key:literal, $($name:ident = $value:expr),+ $(,)?) => {
        $crate::gui::i18n::text_with(
            $key,
            &[$((stringify!($name), $crate::gui::i18n::arg($value))),+],
        )
    };
}

pub(crate) use {key, tr};

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_locale_starting_with_ar_is_arabic() {
        assert_eq!(Language::of_locale("ar-EG"), Language::Arabic);
        assert_eq!(Language::of_locale("ar"), Language::Arabic);
        assert_eq!(Language::of_locale("AR_sa.UTF-8"), Language::Arabic);
        assert_eq!(Language::of_locale("en-GB"), Language::English);
        assert_eq!(Language::of_locale("fr_FR"), Language::English);
        assert_eq!(Language::of_locale(""), Language::English);
    }

    #[test]
    fn arabic_counts_take_their_plural_forms() {
        set(Language::Arabic);
        let files = |n: usize| tr!("status-articles", count = n);
        assert_ne!(files(1), files(3));
        assert_ne!(files(3), files(11));
        set(Language::English);
        assert_eq!(tr!("status-articles", count = 1), "1 article");
        assert_eq!(tr!("status-articles", count = 12), "12 articles");
    }
}
