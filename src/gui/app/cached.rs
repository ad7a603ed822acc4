//! The window's side of the cache of processed corpora: before files are imported at startup or
//! for a session, their key is looked up on a background thread; a hit shows the workspace kept
//! there at once, a miss starts the import, and what it computes is kept for next time.

use std::path::PathBuf;
use std::sync::Arc;
use std::sync::mpsc::{self, Receiver};

use super::IsnadApp;
use super::dialogs::Modal;
use super::import::Purpose;
use crate::corpus::Corpus;
use crate::gui::i18n::tr;
use crate::gui::workspace_job::{Keep, WorkspaceJob};
use crate::import::ImportReport;
use crate::session::Source;
use crate::workspace::cache::{self, Cache, Key};
use crate::workspace::{Opened, lookup, problem_lines};

/// What a look in the cache found.
pub(super) enum Probed {
    /// The workspace of these sources, with the sources as a session names them (for a
    /// startup: each file with its hash).
    Hit {
        opened: Box<Opened>,
        sources: Vec<Source>,
    },
    /// Nothing usable: the sources' key (none when they cannot be hashed) and why an entry was
    /// discarded, if one was.
    Miss {
        key: Option<Key>,
        notes: Vec<String>,
    },
}

/// A look in the cache under way, before an import.
pub(super) struct Probe {
    answer: Receiver<Probed>,
    pub(super) purpose: Purpose,
    pub(super) paths: Vec<PathBuf>,
}

impl Probe {
    /// Looks up the key of `paths` (after the bundled articles when `bundled`) on its own thread.
    pub(super) fn start(
        cache: Cache,
        paths: Vec<PathBuf>,
        bundled: bool,
        purpose: Purpose,
        ctx: &egui::Context,
    ) -> Self {
        let (tx, answer) = mpsc::channel();
        let ctx = ctx.clone();
        let looked_up = paths.clone();
        let spawned = std::thread::Builder::new()
            .name("isnad-cache".into())
            .spawn(move || {
                let probed = probe(&cache, &looked_up, bundled, purpose);
                let _ = tx.send(probed);
                ctx.request_repaint();
            });
        if let Err(e) = spawned {
            eprintln!("isnad: the cache could not be read: {e}");
        }
        Self {
            answer,
            purpose,
            paths,
        }
    }

    /// The answer, once there; a thread that ended without one is a miss.
    pub(super) fn poll(&self) -> Option<Probed> {
        match self.answer.try_recv() {
            Ok(probed) => Some(probed),
            Err(mpsc::TryRecvError::Empty) => None,
            Err(mpsc::TryRecvError::Disconnected) => Some(Probed::Miss {
                key: None,
                notes: Vec::new(),
            }),
        }
    }
}

fn probe(cache: &Cache, paths: &[PathBuf], bundled: bool, purpose: Purpose) -> Probed {
    let Ok(key) = cache::key_with(paths, bundled) else {
        return Probed::Miss {
            key: None,
            notes: Vec::new(),
        };
    };
    let opened = match lookup(cache, &key) {
        Ok(Some(opened)) => opened,
        Ok(None) => {
            return Probed::Miss {
                key: Some(key),
                notes: Vec::new(),
            };
        }
        Err(why) => {
            return Probed::Miss {
                key: Some(key),
                notes: vec![why],
            };
        }
    };
    // A session names its sources already; files opened at startup are named with their hash.
    let sources = if purpose == Purpose::Startup {
        match paths.iter().map(|p| Source::file(p)).collect() {
            Ok(sources) => sources,
            Err(_) => {
                return Probed::Miss {
                    key: Some(key),
                    notes: Vec::new(),
                };
            }
        }
    } else {
        Vec::new()
    };
    Probed::Hit {
        opened: Box::new(opened),
        sources,
    }
}

impl IsnadApp {
    /// Whether `paths` are looked up in the cache before they are imported for `purpose`: files
    /// named at startup (a folder's files are named one by one in the session, so its key would
    /// not be a session's) and a session's files, when there is a cache.
    pub(super) fn probes_cache(&self, paths: &[PathBuf], purpose: Purpose) -> Option<Cache> {
        let files_only = paths.iter().all(|p| p.is_file());
        let looked_up = match purpose {
            Purpose::Startup => files_only,
            Purpose::Session => true,
            Purpose::Add => false,
        };
        self.cache
            .clone()
            .filter(|_| looked_up && !paths.is_empty())
    }

    /// Shows the workspace the cache held for the sources of `purpose`.
    pub(super) fn open_cached(
        &mut self,
        ctx: &egui::Context,
        purpose: Purpose,
        opened: Opened,
        sources: Vec<Source>,
    ) {
        let Opened {
            workspace,
            problems,
            ..
        } = opened;
        let corpus = Arc::clone(workspace.snapshot().corpus());
        let count = corpus.len();
        self.set_corpus_with(ctx, corpus, Some(WorkspaceJob::finish(workspace, ctx)));
        self.import.incomplete = false;
        self.message = Some((
            tr!("message-opened-from-cache", articles = count),
            !problems.is_empty(),
        ));
        self.import.awaiting_stories = true;
        if purpose == Purpose::Session {
            self.show_session_view();
            self.report_session_problems();
            return;
        }
        self.doc.change_as_opened(|kept| *kept = sources);
        if !problems.is_empty() {
            self.modal = Some(Modal::Report {
                title: tr!("report-import-title"),
                lines: problems,
            });
        }
    }

    /// Where the workspace of the corpus an import of `purpose` just set is to be kept: under
    /// the startup paths' key, or the session's sources' (the bundled articles, then its files),
    /// when every import since the corpus was set was whole.
    pub(super) fn keep_for(
        &self,
        purpose: Purpose,
        expected: Option<Key>,
        paths: Vec<PathBuf>,
        report: &ImportReport,
        corpus: &Corpus,
    ) -> Option<Keep> {
        let cache = self.cache.clone()?;
        if self.import.incomplete || report.cancelled {
            return None;
        }
        let sources = self.doc.session().sources.clone();
        let (paths, bundled) = match purpose {
            Purpose::Startup => (paths, false),
            Purpose::Session | Purpose::Add => {
                let files = sources.iter().filter_map(|s| match s {
                    Source::File { path, .. } => Some(path.clone()),
                    Source::Bundled => None,
                });
                (files.collect(), sources.contains(&Source::Bundled))
            }
        };
        Some(Keep {
            cache,
            paths,
            bundled,
            expected: if purpose == Purpose::Add {
                None
            } else {
                expected
            },
            sources,
            problems: problem_lines(report, corpus),
            skipped: report.has_problems(),
        })
    }
}
