//! The session side of the app: edits and undo, new/open/save, autosave and recovery, the
//! window title, closing with unsaved changes, and export.

use crate::gui::i18n::{self, tr};
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::{Duration, Instant};

use super::IsnadApp;
use super::dialogs::{Ask, Modal, Then};
use crate::corpus::{Article, ArticleId, Corpus};
use crate::export::{self, Format};
use crate::gui::commands::View;
use crate::gui::panels::{QuotesView, SearchPanel};
use crate::gui::workspace_job::WorkspaceJob;
use crate::session::{
    CentreView, Document, Edit, EditError, MetadataEdit, Session, Source, Target, ViewState,
    apply_metadata_edits, place_quote,
};

/// How long after an edit the recovery file is written.
const AUTOSAVE_AFTER: Duration = Duration::from_secs(2);

/// The message for an edit (or an undo or redo) that could not be made.
fn edit_failed(label: &str, error: &EditError) -> String {
    tr!(
        "message-edit-failed",
        what = i18n::edit_label(label),
        error = error.to_string()
    )
}

impl IsnadApp {
    /// Applies an edit to the session (an undo step) and updates what shows it.
    pub(super) fn edit(&mut self, ctx: &egui::Context, edit: Edit) {
        let touches_quotes = edit.touches_quotes();
        let metadata = edit.touches_metadata();
        let label = edit.label();
        match self.doc.edit(edit) {
            Ok(true) => {}
            Ok(false) => return,
            Err(e) => {
                self.message = Some((edit_failed(&label, &e), true));
                return;
            }
        }
        if metadata {
            self.refresh_metadata();
        }
        if touches_quotes {
            self.relayer_quotes();
        }
        self.edited(ctx);
    }

    /// After any change of the session: schedule the recovery file.
    fn edited(&mut self, ctx: &egui::Context) {
        self.autosave_due = Some(Instant::now() + AUTOSAVE_AFTER);
        ctx.request_repaint_after(AUTOSAVE_AFTER);
    }

    pub(super) fn undo(&mut self, ctx: &egui::Context, undo: bool) {
        // Only what the step changed is shown again: laying the corrections over 50,000
        // quotations again for an undone note would make the window stall.
        let step = if undo {
            self.doc.next_undo()
        } else {
            self.doc.next_redo()
        };
        let Some(step) = step else {
            return;
        };
        let (quotes, metadata) = (step.touches_quotes(), step.touches_metadata());
        let named = if undo {
            self.doc.undo_label()
        } else {
            self.doc.redo_label()
        };
        let named = named.unwrap_or_default().to_owned();
        let done = if undo {
            self.doc.undo()
        } else {
            self.doc.redo()
        };
        let label = match done {
            Ok(Some(label)) => label,
            Ok(None) => return,
            Err(e) => {
                self.message = Some((edit_failed(&named, &e), true));
                return;
            }
        };
        if metadata {
            self.refresh_metadata();
        }
        if quotes {
            self.relayer_quotes();
        }
        let label = i18n::edit_label(&label);
        let message = if undo {
            tr!("message-undone", what = label)
        } else {
            tr!("message-redone", what = label)
        };
        self.message = Some((message, false));
        self.edited(ctx);
    }

    fn relayer_quotes(&mut self) {
        if let Some(q) = self.quotes.as_mut() {
            q.relayer(&self.doc.session().corrections, self.corpus.articles());
        }
    }

    /// The shown corpus: the loaded articles with the session's metadata edits.
    fn refresh_metadata(&mut self) {
        if self.doc.session().metadata_edits.is_empty() {
            self.show_corpus(Arc::clone(&self.loaded));
            if let Some(search) = self.search.as_mut() {
                search.refresh_metadata(Arc::clone(&self.corpus));
            }
            return;
        }
        let mut articles = self.loaded.articles().to_vec();
        let problems = apply_metadata_edits(self.doc.session(), &mut articles);
        let mut corpus = Corpus::new();
        corpus.extend(articles);
        for f in self.loaded.failures() {
            corpus.push_failure(f.clone());
        }
        self.show_corpus(Arc::new(corpus));
        // The search index keeps its own copy of the articles: it takes the edited metadata.
        if let Some(search) = self.search.as_mut() {
            search.refresh_metadata(Arc::clone(&self.corpus));
        }
        if let Some(p) = problems.first() {
            self.message = Some((p.to_string(), true));
        }
    }

    /// Puts a newly loaded corpus in place: search and quotes start again on it.
    pub(super) fn set_corpus(&mut self, ctx: &egui::Context, corpus: Arc<Corpus>) {
        self.set_corpus_with(ctx, corpus, None);
    }

    /// As [`Self::set_corpus`], with the job that finishes its workspace when one was read
    /// (from the cache) instead of computed.
    pub(super) fn set_corpus_with(
        &mut self,
        ctx: &egui::Context,
        corpus: Arc<Corpus>,
        job: Option<WorkspaceJob>,
    ) {
        self.loaded = corpus;
        self.refresh_metadata();
        let query = self
            .search
            .as_ref()
            .map(|s| s.query().to_owned())
            .unwrap_or_default();
        let mut search = SearchPanel::new(ctx);
        search.set_query(&query);
        self.search = Some(search);
        let filters = self.quotes.as_ref().map(QuotesView::filter_state);
        let mut quotes = QuotesView::new();
        if let Some(f) = filters {
            quotes.set_filter_state(&f);
        }
        self.quotes = Some(quotes);
        match job {
            Some(job) => self.workspace = Some(job),
            None => self.start_workspace(ctx),
        }
        self.keep_selection();
    }

    /// Shows a session's view state: selected article, centre view, filters, search.
    fn restore_view(&mut self, view: &ViewState) {
        if let Some(id) = view
            .selected
            .as_ref()
            .filter(|id| self.corpus.article(id).is_some())
        {
            self.selected = Some(id.clone());
            self.reader.open_new_article();
            self.reader.restore_scroll(view.reader_scroll);
        }
        self.view = match view.centre {
            CentreView::Reader => View::Reader,
            CentreView::Quotes => View::Quotes,
        };
        self.list.set_filter(view.article_filter.clone());
        if let Some(s) = self.search.as_mut() {
            s.set_query(&view.search_query);
        }
        if let Some(q) = self.quotes.as_mut() {
            q.set_filter_state(&view.quote_filter);
        }
    }

    /// The view as it is now, for the session file.
    fn current_view(&self) -> ViewState {
        ViewState {
            selected: self.selected.clone(),
            centre: match self.view {
                View::Reader => CentreView::Reader,
                View::Quotes => CentreView::Quotes,
            },
            reader_scroll: self.reader.scroll(),
            article_filter: self.list.filter().to_owned(),
            search_query: self
                .search
                .as_ref()
                .map(|s| s.query().to_owned())
                .unwrap_or_default(),
            quote_filter: self
                .quotes
                .as_ref()
                .map(QuotesView::filter_state)
                .unwrap_or_default(),
        }
    }

    pub(super) fn new_session(&mut self, ctx: &egui::Context, ask_unsaved: bool) {
        if ask_unsaved && self.doc.is_dirty() {
            self.modal = Some(Modal::Unsaved(Then::New));
            return;
        }
        self.install(ctx, Document::new(Session::default()));
        self.message = Some((tr!("message-new-session"), false));
    }

    pub(super) fn open_session(
        &mut self,
        ctx: &egui::Context,
        path: Option<PathBuf>,
        ask_unsaved: bool,
    ) {
        // Which file first, then what to do with unsaved changes.
        let Some(path) = path else {
            self.files.ask(Ask::OpenSession, ctx);
            return;
        };
        if ask_unsaved && self.doc.is_dirty() {
            self.modal = Some(Modal::Unsaved(Then::Open(Some(path))));
            return;
        }
        match Document::open(&path) {
            Ok(doc) => {
                let files = crate::session::sources_to_confirm(doc.session(), &path, &self.opened);
                if files.is_empty() {
                    self.opened_session(ctx, doc, &path);
                } else {
                    self.modal = Some(Modal::Outside {
                        doc: Box::new(doc),
                        path,
                        files,
                    });
                }
            }
            // The current session stays as it was.
            Err(e) => self.message = Some((e.to_string(), true)),
        }
    }

    /// Adds `paths` to the record of opened paths; says so when it cannot be written.
    pub(super) fn remember_opened(&mut self, paths: &[PathBuf]) {
        if let Err(e) = self.opened.remember(paths) {
            self.message = Some((
                tr!("message-opened-record-failed", error = e.to_string()),
                true,
            ));
        }
    }

    /// Installs a session read from `path` (its files outside its folder agreed to).
    pub(super) fn opened_session(&mut self, ctx: &egui::Context, doc: Document, path: &Path) {
        self.prefs.remember(path);
        self.install(ctx, doc);
        self.message = Some((
            tr!("message-opened", path = path.display().to_string()),
            false,
        ));
    }

    /// Makes `doc` the session: loads its articles (in the background when it names files),
    /// lays its corrections over the quotes and shows its view.
    pub(super) fn install(&mut self, ctx: &egui::Context, doc: Document) {
        let session = doc.session().clone();
        self.doc = doc;
        self.import.incomplete = false;
        let files: Vec<PathBuf> = session
            .sources
            .iter()
            .filter_map(|s| match s {
                Source::File { path, .. } => Some(path.clone()),
                Source::Bundled => None,
            })
            .collect();
        let bundled = session.sources.contains(&Source::Bundled);
        let base = if bundled {
            crate::corpus::bundled()
        } else {
            Corpus::new()
        };
        self.set_corpus(ctx, Arc::new(base));
        self.restore_view(&session.view);
        if files.is_empty() {
            self.report_session_problems();
        } else {
            self.start_import(ctx, files, super::import::Purpose::Session);
        }
    }

    /// Once a session's articles are loaded: which files are missing or changed, which notes,
    /// bookmarks and corrections could not be placed.
    pub(super) fn report_session_problems(&mut self) {
        let session = self.doc.session();
        let mut lines: Vec<String> = crate::session::check_sources(session)
            .iter()
            .map(ToString::to_string)
            .collect();
        let placement = session.place_anchors(self.corpus.articles());
        lines.extend(placement.unplaced.iter().map(ToString::to_string));
        if let Some(first) = lines.first() {
            self.message = Some((
                tr!(
                    "message-session-problems",
                    count = lines.len(),
                    first = first.as_str()
                ),
                true,
            ));
            self.modal = Some(Modal::Report {
                title: tr!("report-session-title"),
                lines,
            });
        }
    }

    pub(super) fn save(&mut self, ctx: &egui::Context) {
        match self.doc.path().map(Path::to_path_buf) {
            Some(path) => self.save_as(ctx, Some(path)),
            None => self.save_as(ctx, None),
        }
    }

    pub(super) fn save_as(&mut self, ctx: &egui::Context, path: Option<PathBuf>) {
        let Some(path) = path else {
            let name = self.doc.path().and_then(Path::file_name).map_or_else(
                || tr!("dialog-default-session-name"),
                |n| n.to_string_lossy().into(),
            );
            self.files.ask(Ask::SaveSession(name), ctx);
            return;
        };
        self.doc.set_view(self.current_view());
        match self.doc.save_as(&path) {
            Ok(()) => {
                self.prefs.remember(&path);
                self.clear_recovery();
                self.message = Some((
                    tr!("message-saved", path = path.display().to_string()),
                    false,
                ));
            }
            Err(e) => self.message = Some((e.to_string(), true)),
        }
    }

    pub(super) fn export(&mut self, ctx: &egui::Context, path: &Path, format: Format) {
        let Some(mut quotes) = self.quotes.take() else {
            return;
        };
        let visible = quotes.visible(&self.context(ctx));
        self.quotes = Some(quotes);
        let rows = export::rows(self.corpus.articles(), &visible, self.doc.session());
        // A workbook of 50,000 rows takes seconds: it is written on its own thread.
        let (tx, rx) = std::sync::mpsc::channel();
        let path = path.to_path_buf();
        let waker = ctx.clone();
        let n = rows.len();
        let language = i18n::current();
        let spawned = std::thread::Builder::new()
            .name("isnad-export".into())
            .spawn(move || {
                i18n::set(language);
                let done = match export::write(&rows, format, &path) {
                    Ok(()) => (
                        tr!(
                            "message-exported",
                            count = n,
                            path = path.display().to_string()
                        ),
                        false,
                    ),
                    Err(e) => (tr!("message-export-failed", error = e.to_string()), true),
                };
                let _ = tx.send(done);
                waker.request_repaint();
            });
        self.message = Some(match spawned {
            Ok(_) => {
                self.exporting = Some(rx);
                (tr!("message-exporting", count = n), false)
            }
            Err(e) => (
                tr!("message-export-not-started", error = e.to_string()),
                true,
            ),
        });
    }

    pub(super) fn write_note(&mut self, target: Target) {
        self.modal = Some(Modal::Note {
            target,
            text: String::new(),
            id: None,
        });
    }

    pub(super) fn edit_details(&mut self, article: ArticleId) {
        let Some(a) = self.corpus.article(&article) else {
            return;
        };
        let m = &a.meta;
        let fields = [
            m.title.clone().unwrap_or_default(),
            m.outlet.clone().unwrap_or_default(),
            m.date.map(|d| d.to_string()).unwrap_or_default(),
            m.author.clone().unwrap_or_default(),
        ];
        self.modal = Some(Modal::Details { article, fields });
    }

    /// The metadata edit for the fields typed: only what differs from the loaded values.
    pub(super) fn details_edit(&self, article: &ArticleId, fields: &[String; 4]) -> MetadataEdit {
        let loaded = self.loaded.article(article).map(|a| a.meta.clone());
        let loaded = loaded.unwrap_or_default();
        let differs = |typed: &str, was: Option<String>| {
            let typed = typed.trim();
            (Some(typed) != was.as_deref() && !typed.is_empty()).then(|| typed.to_owned())
        };
        MetadataEdit {
            title: differs(&fields[0], loaded.title),
            outlet: differs(&fields[1], loaded.outlet),
            date: differs(&fields[2], loaded.date.map(|d| d.to_string())),
            author: differs(&fields[3], loaded.author),
        }
    }

    pub(super) fn open_target(&mut self, target: &Target) {
        let Some(article) = self.corpus.article(target.article()).cloned() else {
            self.message = Some((
                tr!(
                    "message-article-not-loaded",
                    article = target.article().to_string()
                ),
                true,
            ));
            return;
        };
        let placed = match target {
            Target::Article(_) => None,
            Target::Passage(a) => a.place(&article),
            Target::Quote(q) => place_quote(q, &article),
        };
        self.view = View::Reader;
        self.open_article(article.id.clone(), placed.as_ref().map(|r| r.start));
        // The passage lights up for a moment where the reader scrolled to it.
        if let Some(range) = placed {
            self.reader.flash(range);
        }
    }

    pub(super) fn update_title(&mut self, ctx: &egui::Context, article: Option<&Article>) {
        let name = self.doc.path().and_then(Path::file_name).map_or_else(
            || tr!("title-untitled-session"),
            |n| n.to_string_lossy().into(),
        );
        let dirty = if self.doc.is_dirty() { "• " } else { "" };
        let title = match article {
            Some(a) => format!("{dirty}{name} — {} — Isnad", a.display_title()),
            None => format!("{dirty}{name} — Isnad — إسناد"),
        };
        // The window manager draws the title (with its own bidi); send it only when it changes.
        if self.window_title != title {
            ctx.send_viewport_cmd(egui::ViewportCommand::Title(title.clone()));
            self.window_title = title;
        }
    }

    /// The window's close button (or Quit): ask first when there are unsaved changes.
    pub(super) fn handle_close(&mut self, ctx: &egui::Context) {
        if ctx.input(|i| i.viewport().close_requested())
            && self.doc.is_dirty()
            && !self.close_confirmed
        {
            ctx.send_viewport_cmd(egui::ViewportCommand::CancelClose);
            self.modal = Some(Modal::Unsaved(Then::Quit));
        }
    }

    /// Continues what waited for unsaved changes to be saved or discarded.
    pub(super) fn then(&mut self, ctx: &egui::Context, then: Then) {
        match then {
            Then::Quit => {
                self.close_confirmed = true;
                self.clear_recovery();
                ctx.send_viewport_cmd(egui::ViewportCommand::Close);
            }
            Then::Open(path) => self.open_session(ctx, path, false),
            Then::New => self.new_session(ctx, false),
        }
    }

    /// Writes the recovery file when an edit is older than the autosave delay.
    pub(super) fn autosave(&mut self, ctx: &egui::Context) {
        let Some(due) = self.autosave_due else {
            return;
        };
        let now = Instant::now();
        if now < due {
            ctx.request_repaint_after(due - now);
            return;
        }
        self.autosave_due = None;
        if !self.doc.is_dirty() {
            return;
        }
        if let Some(r) = &self.recovery {
            let mut session = self.doc.session().clone();
            session.view = self.current_view();
            if let Err(e) = r.write(&session, self.doc.path()) {
                self.message = Some((tr!("message-autosave-failed", error = e.to_string()), true));
            }
        }
    }

    fn clear_recovery(&mut self) {
        if let Some(r) = &self.recovery {
            let _ = r.clear();
        }
        self.autosave_due = None;
    }

    /// On a clean exit the recovery file goes; unsaved work was either saved or discarded.
    pub(super) fn exit_cleanly(&mut self) {
        if !self.doc.is_dirty() || self.close_confirmed {
            self.clear_recovery();
        }
    }
}
