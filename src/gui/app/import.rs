//! Importing articles from the window: file dialogs, drag and drop, the background job with its
//! progress bar and cancel button, articles appearing as they load, and the import report.

use crate::gui::i18n::tr;
use std::path::PathBuf;
use std::sync::Arc;
use std::time::{Duration, Instant};

use egui::{self, Ui};

use super::IsnadApp;
use super::cached::{Probe, Probed};
use super::dialogs::{Ask, Modal};
use crate::corpus::{Article, Corpus};
use crate::gui::commands::Command;
use crate::gui::panels::AppContext;
use crate::gui::text;
use crate::gui::workspace_job::{Keep, WorkspaceJob};
use crate::import::{ImportEvent, ImportJob, ImportReport, Progress};
use crate::session::Source;
use crate::workspace::cache::Key;

/// How often articles that arrived are shown while an import runs.
const SHOW_EVERY: Duration = Duration::from_millis(400);

/// Why an import runs.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Purpose {
    /// The analyst added articles to the session.
    Add,
    /// The window opened on paths given on the command line: they replace the bundled set.
    Startup,
    /// A session's files are loading.
    Session,
}

/// A running import and what it has sent so far.
struct Running {
    job: ImportJob,
    purpose: Purpose,
    /// The paths imported and the key they had before (when there is a cache).
    paths: Vec<PathBuf>,
    expected: Option<Key>,
    arrived: Vec<Arc<Article>>,
    shown_at: Instant,
    progress: Progress,
    started: Instant,
}

/// An import that ended: why it ran, the articles it sent, its report.
struct Finished {
    purpose: Purpose,
    paths: Vec<PathBuf>,
    expected: Option<Key>,
    articles: Vec<Arc<Article>>,
    report: ImportReport,
}

/// The import side of the app.
#[derive(Default)]
pub struct ImportState {
    /// A look in the cache before an import starts.
    probe: Option<Probe>,
    running: Option<Running>,
    /// What finished, waiting for the app to take it.
    finished: Option<Finished>,
    /// Articles that arrived and should be shown now.
    partial: Option<Vec<Arc<Article>>>,
    /// An import ended and its near-duplicates are not yet reported.
    pub(super) awaiting_stories: bool,
    /// An import into the shown corpus was cancelled: it is not what its sources hold, and is
    /// not cached.
    pub(super) incomplete: bool,
    /// Where the workspace of the corpus an import just set is to be cached.
    pub(super) keep: Option<Keep>,
}

impl ImportState {
    /// True while an import runs.
    pub fn running(&self) -> bool {
        self.running.is_some() || self.probe.is_some()
    }

    /// Asks the running import to stop.
    pub fn cancel(&self) {
        if let Some(r) = &self.running {
            r.job.cancel();
        }
    }

    /// Takes what the import thread sent.
    pub fn poll(&mut self, ctx: &egui::Context) {
        let Some(r) = self.running.as_mut() else {
            return;
        };
        for event in r.job.try_events() {
            match event {
                ImportEvent::Progress(p) => r.progress = p,
                ImportEvent::Articles(batch) => r.arrived.extend(batch),
                ImportEvent::Finished(report) => {
                    let r = self.running.take();
                    if let Some(r) = r {
                        self.finished = Some(Finished {
                            purpose: r.purpose,
                            paths: r.paths,
                            expected: r.expected,
                            articles: r.arrived,
                            report,
                        });
                    }
                    ctx.request_repaint();
                    return;
                }
            }
        }
        if r.shown_at.elapsed() >= SHOW_EVERY && !r.arrived.is_empty() {
            r.shown_at = Instant::now();
            self.partial = Some(r.arrived.clone());
        }
        ctx.request_repaint_after(Duration::from_millis(100));
    }

    /// The progress bar and its cancel button, while an import runs.
    pub fn progress_ui(&self, app: &AppContext<'_>, ui: &mut Ui, commands: &mut Vec<Command>) {
        let Some(r) = &self.running else {
            return;
        };
        let p = r.progress;
        let fraction = p.fraction();
        ui.horizontal(|ui| {
            if ui
                .button(text::widget_text(ui, tr!("import-cancel")))
                .clicked()
            {
                commands.push(Command::CancelImport);
            }
            let label = tr!(
                "import-progress",
                done = p.files_done,
                total = p.files_total,
                articles = r.arrived.len(),
                mb_done = format!("{:.1}", p.bytes_done as f64 / 1e6),
                mb_total = format!("{:.1}", p.bytes_total as f64 / 1e6),
                seconds = format!("{:.0}", r.started.elapsed().as_secs_f32())
            );
            ui.add(
                egui::ProgressBar::new(fraction)
                    .desired_width(ui.available_width().min(520.0))
                    .show_percentage(),
            );
            text::line(ui, &label, &app.ui_face(14.0));
        });
    }
}

impl IsnadApp {
    /// Once the stories of an imported corpus are known, the status line says how many texts
    /// were published more than once.
    pub(super) fn report_stories(&mut self) {
        if !std::mem::take(&mut self.import.awaiting_stories) {
            return;
        }
        let s = self.stories.summary();
        let line = tr!(
            "message-near-duplicates",
            stories = s.stories,
            copies = s.duplicates,
            largest = s.largest
        );
        let message = match self.message.take() {
            Some((m, error)) => (format!("{m} · {line}"), error),
            None => (line, false),
        };
        self.message = Some(message);
    }

    /// File menu, Ctrl+I or a drop: import these paths, or ask for them.
    pub(super) fn import(
        &mut self,
        ctx: &egui::Context,
        paths: Option<Vec<PathBuf>>,
        folder: bool,
    ) {
        if self.import.running() {
            self.message = Some((tr!("message-import-running"), true));
            return;
        }
        match paths {
            Some(paths) if !paths.is_empty() => self.start_import(ctx, paths, Purpose::Add),
            _ => self.files.ask(
                if folder {
                    Ask::ImportFolder
                } else {
                    Ask::ImportFiles
                },
                ctx,
            ),
        }
    }

    /// Imports `paths` in the background for `purpose`.
    pub(super) fn start_import(
        &mut self,
        ctx: &egui::Context,
        paths: Vec<PathBuf>,
        purpose: Purpose,
    ) {
        if purpose != Purpose::Session {
            // The analyst chose these: a session naming them later reads them without asking.
            self.remember_opened(&paths);
        }
        if let Some(cache) = self.probes_cache(&paths, purpose) {
            let bundled = purpose == Purpose::Session
                && self.doc.session().sources.contains(&Source::Bundled);
            self.import.probe = Some(Probe::start(cache, paths, bundled, purpose, ctx));
            return;
        }
        self.start_job(ctx, paths, purpose, None);
    }

    /// Starts the import job; `expected` is the key the paths had when looked up in the cache.
    fn start_job(
        &mut self,
        ctx: &egui::Context,
        paths: Vec<PathBuf>,
        purpose: Purpose,
        expected: Option<Key>,
    ) {
        let waker = ctx.clone();
        let job = match ImportJob::start_with_waker(
            paths.clone(),
            Some(Box::new(move || waker.request_repaint())),
        ) {
            Ok(job) => job,
            Err(e) => {
                self.message = Some((
                    tr!("message-import-not-started", error = e.to_string()),
                    true,
                ));
                return;
            }
        };
        self.import.running = Some(Running {
            job,
            purpose,
            paths,
            expected,
            arrived: Vec::new(),
            shown_at: Instant::now(),
            progress: Progress::default(),
            started: Instant::now(),
        });
        ctx.request_repaint();
    }

    /// What the look in the cache found: the workspace kept there, or an import to start.
    fn take_probe(&mut self, ctx: &egui::Context) {
        let Some(probed) = self.import.probe.as_ref().and_then(Probe::poll) else {
            return;
        };
        let Some(probe) = self.import.probe.take() else {
            return;
        };
        match probed {
            Probed::Hit { opened, sources } => {
                self.open_cached(ctx, probe.purpose, *opened, sources);
            }
            Probed::Miss { key, notes } => {
                for note in notes {
                    eprintln!("isnad: {note}");
                }
                self.start_job(ctx, probe.paths, probe.purpose, key);
            }
        }
    }

    /// Files dropped on the window are imported.
    pub(super) fn handle_dropped_files(
        &mut self,
        ctx: &egui::Context,
        commands: &mut Vec<Command>,
    ) {
        let dropped: Vec<PathBuf> = ctx.input(|i| {
            i.raw
                .dropped_files
                .iter()
                .map(|f| f.path().to_path_buf())
                .filter(|p| !p.as_os_str().is_empty())
                .collect()
        });
        if !dropped.is_empty() {
            commands.push(Command::Import(Some(dropped), false));
        }
        // While files hover over the window, say what a drop will do.
        if ctx.input(|i| !i.raw.hovered_files.is_empty()) {
            self.message = Some((tr!("message-drop-to-import"), false));
        }
    }

    /// Shows articles as they arrive, and the report when the import ends.
    pub(super) fn take_import(&mut self, ctx: &egui::Context) {
        self.take_probe(ctx);
        if let Some(partial) = self.import.partial.take() {
            let base = self.base_for_import();
            let mut corpus = Corpus::new();
            corpus.extend(base.into_iter().chain(partial));
            // Only the list and the reader show partial imports; search and quotes start when it
            // ends.
            self.show_corpus(Arc::new(corpus));
            self.keep_selection();
        }
        let Some(Finished {
            purpose,
            paths,
            expected,
            articles,
            report,
        }) = self.import.finished.take()
        else {
            return;
        };
        let base = self.base_for_import_of(purpose);
        let mut corpus = Corpus::new();
        if purpose != Purpose::Startup {
            for f in self.loaded.failures() {
                corpus.push_failure(f.clone());
            }
        }
        // Articles added to a corpus whose workspace is computed are imported into it: only
        // they are extracted.
        let previous = (purpose == Purpose::Add)
            .then(|| self.workspace.as_mut()?.take_done(&self.loaded))
            .flatten();
        let added = previous.as_ref().map(|_| articles.clone());
        corpus.extend(base.into_iter().chain(articles));
        for f in report.failures() {
            corpus.push_failure(f.clone());
        }
        if purpose != Purpose::Session {
            self.record_sources(&report, purpose == Purpose::Startup);
        }
        if purpose != Purpose::Add {
            self.import.incomplete = false;
        }
        self.import.keep = self.keep_for(purpose, expected, paths, &report, &corpus);
        self.import.incomplete |= report.cancelled;
        let corpus = Arc::new(corpus);
        let job = previous.zip(added).map(|(workspace, added)| {
            let keep = self.import.keep.take();
            WorkspaceJob::import(workspace, added, Arc::clone(&corpus), ctx, keep)
        });
        self.set_corpus_with(ctx, corpus, job);
        if purpose == Purpose::Session {
            self.show_session_view();
        }
        let text = report.to_string();
        let summary = text.lines().next().unwrap_or_default().to_owned();
        self.message = Some((summary, report.cancelled || report.has_problems()));
        // Near-duplicates are found with the quotes, over the whole corpus; said when known.
        self.import.awaiting_stories = true;
        let lines: Vec<String> = text.lines().map(str::to_owned).collect();
        if purpose == Purpose::Session {
            self.report_session_problems();
        } else if lines.len() > 1 {
            self.modal = Some(Modal::Report {
                title: tr!("report-import-title"),
                lines,
            });
        }
    }

    /// The session names each file the import read, with its hash (a folder by its files); at
    /// startup they replace the bundled set.
    fn record_sources(&mut self, report: &ImportReport, startup: bool) {
        let sources: Vec<Source> = report
            .encodings
            .iter()
            .filter_map(|e| Source::file(&e.path).ok())
            .collect();
        let add = |kept: &mut Vec<Source>| {
            if startup {
                kept.clear();
            }
            for source in sources {
                if !kept.contains(&source) {
                    kept.push(source);
                }
            }
        };
        // Files named on the command line are what the window opened, not an unsaved change.
        if startup {
            self.doc.change_as_opened(add);
        } else {
            self.doc.change_without_undo(add);
        }
    }

    pub(super) fn show_session_view(&mut self) {
        let view = self.doc.session().view.clone();
        if let Some(id) = view.selected.filter(|id| self.corpus.article(id).is_some()) {
            self.selected = Some(id);
            self.reader.open_new_article();
            self.reader.restore_scroll(view.reader_scroll);
        }
    }

    /// The articles an import adds to: none when it replaces the startup set.
    fn base_for_import(&self) -> Vec<Arc<Article>> {
        let purpose = self.import.running.as_ref().map(|r| r.purpose);
        purpose.map_or_else(Vec::new, |p| self.base_for_import_of(p))
    }

    fn base_for_import_of(&self, purpose: Purpose) -> Vec<Arc<Article>> {
        match purpose {
            Purpose::Startup => Vec::new(),
            Purpose::Add | Purpose::Session => self.loaded.articles().to_vec(),
        }
    }
}

impl IsnadApp {
    /// Lets "Clear cache" empty this cache of processed corpora (the window uses the one of
    /// [`crate::workspace::cache::Cache::from_env`]; without one the action says there is none).
    #[must_use]
    pub fn with_cache(mut self, cache: Option<crate::workspace::cache::Cache>) -> Self {
        self.cache = cache;
        self
    }

    /// True while an import runs.
    pub fn import_running(&self) -> bool {
        self.import.running()
    }

    /// Deletes the cached corpora and says how many went.
    pub(super) fn clear_cache(&mut self) {
        self.message = Some(match &self.cache {
            None => (tr!("message-no-cache"), true),
            Some(cache) => match cache.clear() {
                Ok(n) => (tr!("message-cache-cleared", count = n), false),
                Err(e) => (
                    tr!(
                        "message-cache-not-cleared",
                        dir = cache.dir().display().to_string(),
                        error = e.to_string()
                    ),
                    true,
                ),
            },
        });
    }
}
