//! Window and interface preferences, kept in eframe's storage (not in research sessions).

use serde::{Deserialize, Serialize};

/// Light, dark, or as the system says.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
pub enum ThemeChoice {
    /// Follow the system.
    #[default]
    System,
    /// Always light.
    Light,
    /// Always dark.
    Dark,
}

impl ThemeChoice {
    /// egui's preference for this choice.
    pub fn preference(self) -> egui::ThemePreference {
        match self {
            Self::System => egui::ThemePreference::System,
            Self::Light => egui::ThemePreference::Light,
            Self::Dark => egui::ThemePreference::Dark,
        }
    }
}

/// The user's interface preferences.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Prefs {
    /// Reader font size in points.
    pub font_size: f32,
    /// Theme.
    pub theme: ThemeChoice,
    /// Sessions opened or saved, newest first.
    pub recent_sessions: Vec<std::path::PathBuf>,
    /// The article list is shown.
    pub show_articles: bool,
    /// The search and notes panel is shown beside the reader.
    pub show_search: bool,
    /// The interface language the analyst chose; `None` until they choose (the system's then).
    pub language: Option<crate::gui::i18n::Language>,
}

impl Default for Prefs {
    fn default() -> Self {
        Self {
            font_size: 20.0,
            theme: ThemeChoice::System,
            recent_sessions: Vec::new(),
            show_articles: true,
            show_search: true,
            language: None,
        }
    }
}

impl Prefs {
    /// Smallest and largest reader font sizes.
    pub const FONT_RANGE: std::ops::RangeInclusive<f32> = 12.0..=40.0;
    /// Key in eframe's storage.
    pub const KEY: &'static str = "isnad-prefs";
    /// Most sessions listed under Open recent.
    const RECENT: usize = 8;

    /// Puts a session at the top of the recent list.
    pub fn remember(&mut self, path: &std::path::Path) {
        let path = std::path::absolute(path).unwrap_or_else(|_| path.to_path_buf());
        self.recent_sessions.retain(|p| p != &path);
        self.recent_sessions.insert(0, path);
        self.recent_sessions.truncate(Self::RECENT);
    }
}
