//! The application: owns the corpus, the research session, the panels and the preferences, and
//! applies commands at the end of each frame.

mod cached;
mod dialogs;
mod import;
mod modals;
mod navigate;
mod session;
mod workspace;

use std::path::PathBuf;
use std::sync::Arc;
use std::time::Instant;

use super::commands::{Command, View};
use super::i18n::reading_ui;
use super::panels::{
    AppContext, ArticleList, Marks, MenuState, QuotesView, Reader, SearchPanel, menu_ui, status_ui,
    toolbar_ui,
};
use super::prefs::Prefs;
use super::{fonts, theme::Theme};
use crate::corpus::{ArticleId, Corpus};
use crate::quotes::{Correction, QuoteAnchor, QuoteId, QuoteKind};
use crate::session::{Anchor, Bookmark, Document, Edit, Recovery, Session, Target};
use crate::stories::Stories;
use dialogs::{FileDialogs, Modal};
use import::{ImportState, Purpose};

/// What the left panel shows beside the reader.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum LeftTab {
    /// The search panel.
    #[default]
    Search,
    /// Bookmarks and notes.
    Notes,
}

/// The Isnad window.
pub struct IsnadApp {
    set_up: bool,
    window_title: String,
    /// The articles as loaded, before the session's metadata edits.
    loaded: Arc<Corpus>,
    /// The articles as shown: `loaded` with the session's metadata edits.
    corpus: Arc<Corpus>,
    /// Counts the corpora shown, so panels know when to compute what they cache again.
    corpus_generation: u64,
    selected: Option<ArticleId>,
    prefs: Prefs,
    doc: Document,
    recovery: Option<Recovery>,
    autosave_due: Option<Instant>,
    close_confirmed: bool,
    list: ArticleList,
    reader: Reader,
    search: Option<SearchPanel>,
    quotes: Option<QuotesView>,
    left: LeftTab,
    view: View,
    scroll_to: Option<usize>,
    files: FileDialogs,
    modal: Option<Modal>,
    import: ImportState,
    message: Option<(String, bool)>,
    /// Paths given on the command line, imported on the first frame.
    startup_paths: Vec<PathBuf>,
    /// A session file given on the command line, opened on the first frame.
    startup_session: Option<PathBuf>,
    /// The export being written, with its message when done.
    exporting: Option<std::sync::mpsc::Receiver<(String, bool)>>,
    /// Copies of one story among the articles (from the quotes view's thread).
    stories: Arc<Stories>,
    /// The paths this machine opened (in memory unless [`IsnadApp::with_opened_paths`]).
    opened: crate::session::OpenedPaths,
    /// The cache of processed corpora that "Clear cache" empties.
    cache: Option<crate::workspace::cache::Cache>,
    /// The workspace being computed for the shown corpus, until its snapshot is shown.
    workspace: Option<crate::gui::workspace_job::WorkspaceJob>,
    /// Which side panels fit, and the keyboard list.
    panes: navigate::Panes,
    /// The interface language when the preferences name none (the system's).
    default_language: crate::gui::i18n::Language,
}

impl IsnadApp {
    /// Builds the app on a loaded corpus; reads preferences from eframe's storage.
    pub fn new(storage: Option<&dyn eframe::Storage>, corpus: Arc<Corpus>) -> Self {
        let prefs: Prefs = storage
            .and_then(|s| eframe::get_value(s, Prefs::KEY))
            .unwrap_or_default();
        let selected = corpus.articles().first().map(|a| a.id.clone());
        Self {
            set_up: false,
            window_title: String::new(),
            loaded: Arc::clone(&corpus),
            corpus,
            corpus_generation: 0,
            selected,
            prefs,
            doc: Document::new(Session::default()),
            recovery: None,
            autosave_due: None,
            close_confirmed: false,
            list: ArticleList::default(),
            reader: Reader::default(),
            search: None,
            quotes: None,
            left: LeftTab::Search,
            view: View::Reader,
            scroll_to: None,
            files: FileDialogs::default(),
            modal: None,
            import: ImportState::default(),
            message: None,
            startup_paths: Vec::new(),
            startup_session: None,
            exporting: None,
            stories: Arc::new(Stories::default()),
            opened: crate::session::OpenedPaths::default(),
            cache: None,
            workspace: None,
            panes: navigate::Panes::default(),
            default_language: crate::gui::i18n::Language::of_system(),
        }
    }

    /// Shows the interface in `language` unless the preferences name another (the tests pin
    /// one; the window follows the system's).
    #[must_use]
    pub fn with_default_language(mut self, language: crate::gui::i18n::Language) -> Self {
        self.default_language = language;
        self
    }

    /// The interface language.
    pub fn language(&self) -> crate::gui::i18n::Language {
        self.prefs.language.unwrap_or(self.default_language)
    }

    /// Keeps the paths the analyst opens in `record` (the window uses the record in the user's
    /// data folder, [`crate::session::OpenedPaths::load`]).
    #[must_use]
    pub fn with_opened_paths(mut self, record: crate::session::OpenedPaths) -> Self {
        self.opened = record;
        self
    }

    /// Opens the window empty and imports these paths in the background on the first frame.
    #[must_use]
    pub fn importing(mut self, paths: Vec<PathBuf>) -> Self {
        self.startup_paths = paths;
        self
    }

    /// Opens this session file on the first frame.
    #[must_use]
    pub fn opening(mut self, session: PathBuf) -> Self {
        self.startup_session = Some(session);
        self
    }

    /// Autosaves edits to a recovery file in `dir`, and offers to recover one left there by a
    /// session that did not close cleanly.
    #[must_use]
    pub fn with_recovery_dir(mut self, dir: &std::path::Path) -> Self {
        let recovery = Recovery::claim(dir);
        match recovery.find() {
            Ok(Some(found)) => self.modal = Some(Modal::Recovery(Box::new(found))),
            Ok(None) => {}
            Err(e) => {
                self.message = Some((
                    crate::gui::i18n::tr!("message-recovery-unreadable", error = e.to_string()),
                    true,
                ));
            }
        }
        self.recovery = Some(recovery);
        self
    }

    /// The article open in the reader.
    pub fn selected(&self) -> Option<&ArticleId> {
        self.selected.as_ref()
    }

    /// The passage the reader lights for a moment after it was opened, if one is.
    pub fn flashing(&self) -> Option<std::ops::Range<usize>> {
        self.reader.flashing()
    }

    /// How far the reader is scrolled, in points.
    pub fn reader_scroll(&self) -> f32 {
        self.reader.scroll()
    }

    /// Reader font size in points.
    pub fn font_size(&self) -> f32 {
        self.prefs.font_size
    }

    /// The reader's selected text, if any.
    pub fn selected_text(&self) -> Option<String> {
        let article = self
            .selected
            .as_ref()
            .and_then(|id| self.corpus.article(id))?;
        self.reader.selected_text(article)
    }

    /// What the centre shows.
    pub fn view(&self) -> View {
        self.view
    }

    /// The quotes view (after the first frame).
    pub fn quotes(&self) -> Option<&QuotesView> {
        self.quotes.as_ref()
    }

    /// The search panel's query and results.
    pub fn search(&self) -> Option<&SearchPanel> {
        self.search.as_ref()
    }

    /// The research session.
    pub fn session(&self) -> &Session {
        self.doc.session()
    }

    /// The session document (its file, undo history, unsaved changes).
    pub fn document(&self) -> &Document {
        &self.doc
    }

    /// The articles shown.
    pub fn corpus(&self) -> &Arc<Corpus> {
        &self.corpus
    }

    /// True while an export is being written.
    pub fn exporting(&self) -> bool {
        self.exporting.is_some()
    }

    /// The status line's message, and whether it is an error.
    pub fn message(&self) -> Option<&(String, bool)> {
        self.message.as_ref()
    }

    /// What the panels read, for the parts of the app outside the frame's panels.
    fn context(&self, ctx: &egui::Context) -> AppContext<'_> {
        AppContext {
            corpus: &self.corpus,
            corpus_generation: self.corpus_generation,
            selected: self.selected.as_ref(),
            prefs: &self.prefs,
            theme: Theme::of(ctx),
            view: self.view,
            quote_count: None,
            stories: &self.stories,
            session: self.doc.session(),
            message: None,
        }
    }

    /// Applies a command as if a panel had sent it (for tests and the file dialogs' answers).
    pub fn request(&mut self, ctx: &egui::Context, command: Command) {
        self.apply(ctx, command);
    }

    /// The reader's selection as an anchor, trimmed of spaces and quote marks.
    fn selection_anchor(&self) -> Option<Anchor> {
        let article = self
            .selected
            .as_ref()
            .and_then(|id| self.corpus.article(id))?;
        let bytes = self.reader.selection_range(article)?;
        let text = article.text.get(bytes.clone())?;
        let trimmed = text.trim_matches(|c: char| c.is_whitespace() || "\"“”«»„‘’".contains(c));
        let start = bytes.start + text.find(trimmed).unwrap_or(0);
        (!trimmed.is_empty()).then(|| Anchor {
            article: article.id.clone(),
            bytes: start..start + trimmed.len(),
            text: trimmed.to_owned(),
        })
    }

    /// What a bookmark or note made now is on: the selection, else the open article.
    fn selection_target(&self) -> Option<Target> {
        self.selection_anchor()
            .map(Target::Passage)
            .or_else(|| self.selected.clone().map(Target::Article))
    }

    /// Adds the reader's selection as a quotation and selects it in the quotes table.
    fn quote_selection(&mut self, ctx: &egui::Context) {
        let Some(a) = self.selection_anchor() else {
            return;
        };
        let id = QuoteId::new(&a.article, &a.bytes);
        let anchor = QuoteAnchor {
            article: a.article,
            bytes: a.bytes,
            text: a.text,
        };
        self.edit(
            ctx,
            Edit::Correct(Correction::AddQuote {
                quote: anchor,
                kind: QuoteKind::Direct,
                speaker: None,
            }),
        );
        if let Some(q) = self.quotes.as_mut() {
            q.select(&id);
        }
        self.view = View::Quotes;
    }

    fn open_article(&mut self, id: ArticleId, at: Option<usize>) {
        if self.selected.as_ref() != Some(&id) {
            self.reader.open_new_article();
        }
        self.selected = Some(id);
        self.scroll_to = at;
    }

    fn open_hit(&mut self, n: usize) {
        let Some(hit) = self.search.as_mut().and_then(|s| s.select(n)) else {
            return;
        };
        let id = hit.article.id.clone();
        // A hit in the headline opens the article at its top.
        let at = if hit.in_title {
            Some(0)
        } else {
            hit.spans.first().map(|s| s.bytes.start)
        };
        self.open_article(id, at);
    }

    fn apply(&mut self, ctx: &egui::Context, command: Command) {
        match command {
            Command::FocusSearch => {
                self.show_search_panel();
                if let Some(s) = self.search.as_mut() {
                    s.focus();
                }
            }
            Command::RunSearch(query) => {
                if let Some(s) = self.search.as_mut() {
                    s.set_query(&query);
                }
            }
            Command::OpenHit(n) => {
                self.view = View::Reader;
                self.open_hit(n);
            }
            Command::ShowView(view) => self.view = view,
            Command::SelectQuote(id) => {
                if let Some(q) = self.quotes.as_mut() {
                    q.select(&id);
                }
            }
            Command::Edit(edit) => self.edit(ctx, edit),
            Command::QuoteSelection => self.quote_selection(ctx),
            Command::BookmarkSelection => {
                if let Some(target) = self.selection_target() {
                    let edit = Edit::AddBookmark(Bookmark::new(target, ""));
                    self.edit(ctx, edit);
                    self.message = Some((crate::gui::i18n::tr!("message-bookmarked"), false));
                }
            }
            Command::NoteOnSelection => {
                if let Some(target) = self.selection_target() {
                    self.write_note(target);
                }
            }
            Command::WriteNote(target) => self.write_note(target),
            Command::EditDetails(article) => self.edit_details(article),
            Command::OpenTarget(target) => self.open_target(&target),
            Command::OpenQuote(id) => {
                if let Some((article, at)) = self.quotes.as_mut().and_then(|q| q.select(&id)) {
                    self.open_article(article, Some(at));
                    self.view = View::Reader;
                }
            }
            Command::StepHit(forward) => {
                if let Some(n) = self.search.as_ref().map(|s| s.step(forward)) {
                    self.open_hit(n);
                }
            }
            Command::OpenArticle(id) => self.open_article(id, None),
            Command::ChangeFontSize(delta) => {
                let (lo, hi) = (*Prefs::FONT_RANGE.start(), *Prefs::FONT_RANGE.end());
                self.prefs.font_size = (self.prefs.font_size + delta).clamp(lo, hi);
            }
            Command::SetTheme(choice) => {
                self.prefs.theme = choice;
                ctx.set_theme(choice.preference());
            }
            Command::SetLanguage(language) => {
                self.prefs.language = Some(language);
                crate::gui::i18n::set(language);
            }
            Command::Undo => self.undo(ctx, true),
            Command::Redo => self.undo(ctx, false),
            Command::NewSession => self.new_session(ctx, true),
            Command::OpenSession(path) => self.open_session(ctx, path, true),
            Command::Save => self.save(ctx),
            Command::SaveAs(path) => self.save_as(ctx, path),
            Command::Import(paths, folder) => self.import(ctx, paths, folder),
            Command::CancelImport => self.import.cancel(),
            Command::ExportAs(format) => self.files.ask(dialogs::Ask::Export(format), ctx),
            Command::ExportTo(path, format) => self.export(ctx, &path, format),
            Command::ClearCache => self.clear_cache(),
            Command::Quit => ctx.send_viewport_cmd(egui::ViewportCommand::Close),
            c @ (Command::Step(_)
            | Command::OpenSelected
            | Command::PageReader(_)
            | Command::TogglePanel(_)
            | Command::ShowKeyboard) => self.navigate(ctx, &c),
        }
    }

    fn set_up(&mut self, ctx: &egui::Context) {
        fonts::install(ctx);
        // Ctrl +/- change the reader's font size, not the whole interface's zoom.
        ctx.options_mut(|o| o.zoom_with_keyboard = false);
        ctx.set_theme(self.prefs.theme.preference());
        self.search = Some(SearchPanel::new(ctx));
        self.quotes = Some(QuotesView::new());
        self.start_workspace(ctx);
        let paths = std::mem::take(&mut self.startup_paths);
        if !paths.is_empty() {
            self.start_import(ctx, paths, Purpose::Startup);
        }
        if let Some(path) = self.startup_session.take() {
            self.open_session(ctx, Some(path), false);
        }
        self.set_up = true;
    }

    /// What the background threads sent: a file dialog's answer, imported articles, dropped
    /// files, the quote extraction and its stories.
    fn take_background(&mut self, ctx: &egui::Context, commands: &mut Vec<Command>) {
        commands.extend(self.files.poll());
        if let Some(done) = self.exporting.as_ref().and_then(|rx| rx.try_recv().ok()) {
            self.message = Some(done);
            self.exporting = None;
        }
        self.import.poll(ctx);
        self.take_import(ctx);
        self.handle_dropped_files(ctx, commands);
        self.take_workspace();
        if let Some(q) = self.quotes.as_mut() {
            if !Arc::ptr_eq(q.stories(), &self.stories) {
                self.stories = Arc::clone(q.stories());
            }
            if !q.stories_loading() {
                self.report_stories();
            }
        }
    }

    /// One frame of the interface (also used by tests driving the app without a window). In
    /// Arabic every panel lays out from the right: rows run right to left and lines align right.
    pub fn ui(&mut self, ui: &mut egui::Ui) {
        crate::gui::i18n::set(self.language());
        if crate::gui::i18n::rtl() {
            let rtl = egui::Layout::top_down(egui::Align::Max);
            ui.with_layout(rtl, |ui| self.frame_ui(ui));
        } else {
            self.frame_ui(ui);
        }
    }

    fn frame_ui(&mut self, ui: &mut egui::Ui) {
        let ctx = ui.ctx().clone();
        if !self.set_up {
            self.set_up(&ctx);
        }
        let mut commands = Vec::new();
        if self.modal.is_none() {
            crate::gui::keys::commands(&ctx, &mut commands);
        }
        self.take_background(&ctx, &mut commands);
        let theme = Theme::of(&ctx);
        let app = AppContext {
            corpus: &self.corpus,
            corpus_generation: self.corpus_generation,
            selected: self.selected.as_ref(),
            prefs: &self.prefs,
            theme,
            view: self.view,
            quote_count: self
                .quotes
                .as_ref()
                .filter(|q| !q.loading())
                .map(QuotesView::count),
            stories: &self.stories,
            session: self.doc.session(),
            message: self.message.as_ref(),
        };
        let article = self
            .selected
            .as_ref()
            .and_then(|id| self.corpus.article(id))
            .cloned();

        let menu = MenuState {
            shown: (self.prefs.show_articles, self.prefs.show_search),
            undo: self.doc.undo_label().map(str::to_owned),
            redo: self.doc.redo_label().map(str::to_owned),
            recent: &self.prefs.recent_sessions,
            importing: self.import.running(),
        };
        egui::Panel::top("toolbar").show(ui, |ui| {
            reading_ui(ui, |ui| {
                menu_ui(&menu, ui, &mut commands);
                toolbar_ui(&app, ui, &mut commands);
            });
        });
        let selection_chars = self.reader.selection_chars(article.as_deref());
        egui::Panel::bottom("status").show(ui, |ui| {
            reading_ui(ui, |ui| {
                self.import.progress_ui(&app, ui, &mut commands);
                status_ui(&app, ui, selection_chars, &mut commands);
            });
        });
        navigate::side_panels(
            &mut self.panes,
            (&mut self.list, &mut self.left, self.search.as_mut()),
            &app,
            ui,
            &mut commands,
        );
        let mut highlights = Vec::new();
        // Only the reader shows them.
        if let (View::Reader, Some(id)) = (self.view, &self.selected) {
            if let Some(q) = &self.quotes {
                highlights.extend(q.highlights_in(id));
            }
            if let Some(s) = &self.search {
                highlights.extend(s.highlights_in(id));
            }
        }
        let marks = Marks {
            highlights,
            scroll_to: self.scroll_to.take(),
            notes: article
                .as_deref()
                .map(|a| self.doc.session().marked_in(a))
                .unwrap_or_default(),
        };
        egui::CentralPanel::default().show(ui, |ui| {
            reading_ui(ui, |ui| match (self.view, self.quotes.as_mut()) {
                (View::Quotes, Some(quotes)) => quotes.ui(&app, ui, &mut commands),
                _ => self
                    .reader
                    .ui(&app, article.as_deref(), &marks, ui, &mut commands),
            });
        });
        if self.panes.keyboard_open {
            crate::gui::keys::keyboard_window(&ctx, &mut self.panes.keyboard_open);
        }
        if let Some(modal) = self.modal.take() {
            self.modal = self.modal_ui(&ctx, modal, &mut commands);
        }
        self.update_title(&ctx, article.as_deref());
        self.handle_close(&ctx);
        for c in commands {
            self.apply(&ctx, c);
        }
        self.autosave(&ctx);
    }
}

impl eframe::App for IsnadApp {
    fn ui(&mut self, ui: &mut egui::Ui, _frame: &mut eframe::Frame) {
        IsnadApp::ui(self, ui);
    }

    fn save(&mut self, storage: &mut dyn eframe::Storage) {
        eframe::set_value(storage, Prefs::KEY, &self.prefs);
    }

    fn on_exit(&mut self) {
        self.exit_cleanly();
    }
}
