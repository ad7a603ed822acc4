//! The workspace of the shown corpus computed on a named background thread: the search index as
//! soon as it is built, then the snapshot with its quotations and stories, sent over a channel;
//! the window asks for a repaint as each arrives and panels read them. A workspace read from the
//! cache is only finished there; one computed from sources is kept in the cache afterwards.

use std::path::PathBuf;
use std::sync::Arc;
use std::sync::mpsc::{self, Receiver, Sender};

use crate::corpus::Corpus;
use crate::search::SearchIndex;
use crate::session::{Session, Source, check_sources};
use crate::workspace::cache::{self, Cache, Key};
use crate::workspace::{Snapshot, Workspace};

/// What the job sends, in this order.
pub enum Ready {
    /// The search index (extraction goes on).
    Index(Arc<SearchIndex>),
    /// The snapshot with its quotations finished (the stories are grouped next).
    Quotes(Arc<Snapshot>),
    /// The same snapshot with its stories grouped: everything is there.
    Snapshot(Arc<Snapshot>),
    /// The workspace itself, kept by the job for the next import into it.
    Done(Box<Workspace>),
}

/// Where a workspace computed from sources is kept, once it is shown: under the key of the
/// sources it was read from, if they still hold what was read.
pub struct Keep {
    /// The cache.
    pub cache: Cache,
    /// The files and folders read, in order.
    pub paths: Vec<PathBuf>,
    /// The bundled articles come first.
    pub bundled: bool,
    /// The key the sources had before they were read: kept only if they still have it.
    pub expected: Option<Key>,
    /// The session's sources with their hashes: kept only if none changed since it read them.
    pub sources: Vec<Source>,
    /// What the import said, a line each, to say again when the entry is read.
    pub problems: Vec<String>,
    /// True when the import skipped some input.
    pub skipped: bool,
}

impl Keep {
    /// The key to keep the workspace under, when the sources still hold what was read.
    fn key(&self) -> Option<Key> {
        let session = Session {
            sources: self.sources.clone(),
            ..Session::default()
        };
        if !check_sources(&session).is_empty() {
            return None;
        }
        let key = cache::key_with(&self.paths, self.bundled).ok()?;
        self.expected
            .as_ref()
            .is_none_or(|k| *k == key)
            .then_some(key)
    }

    fn store(&self, workspace: &Workspace) {
        let Some(key) = self.key() else {
            return;
        };
        if let Err(why) =
            crate::workspace::store(&self.cache, &key, workspace, &self.problems, self.skipped)
        {
            // Nothing is lost: the next opening reads the sources again.
            eprintln!("isnad: {why}");
        }
    }
}

/// Handle to the workspace thread of one corpus; dropping it lets the thread's answers go.
pub struct WorkspaceJob {
    ready: Receiver<Ready>,
    corpus: Arc<Corpus>,
    /// The workspace once the thread is done with it.
    done: Option<Box<Workspace>>,
}

impl WorkspaceJob {
    /// Starts computing the workspace of `corpus`; `ctx` is asked to repaint as parts arrive.
    /// With `keep`, the workspace goes to the cache once it is sent.
    pub fn start(corpus: Arc<Corpus>, ctx: &egui::Context, keep: Option<Keep>) -> Self {
        let shown = Arc::clone(&corpus);
        Self::spawn(shown, ctx, move |tx, ctx| {
            let index_tx = tx.clone();
            let index_ctx = ctx.clone();
            let workspace = Workspace::new_with(Corpus::clone(&corpus), move |index| {
                if index_tx.send(Ready::Index(Arc::clone(index))).is_ok() {
                    index_ctx.request_repaint();
                }
            });
            drop(corpus);
            send_finished(&workspace, tx, ctx);
            if let Some(keep) = keep {
                keep.store(&workspace);
            }
            let _ = tx.send(Ready::Done(Box::new(workspace)));
        })
    }

    /// Imports `articles` into `workspace`, the one computed for the corpus before them: only
    /// they are extracted. `corpus` is the corpus with them, as the window shows it.
    pub fn import(
        mut workspace: Workspace,
        articles: Vec<Arc<crate::corpus::Article>>,
        corpus: Arc<Corpus>,
        ctx: &egui::Context,
        keep: Option<Keep>,
    ) -> Self {
        Self::spawn(corpus, ctx, move |tx, ctx| {
            let index_tx = tx.clone();
            let index_ctx = ctx.clone();
            workspace.import_with(articles, move |index| {
                if index_tx.send(Ready::Index(Arc::clone(index))).is_ok() {
                    index_ctx.request_repaint();
                }
            });
            send_finished(&workspace, tx, ctx);
            if let Some(keep) = keep {
                keep.store(&workspace);
            }
            let _ = tx.send(Ready::Done(Box::new(workspace)));
        })
    }

    /// Finishes a workspace read from the cache: its index at once, then its quotations (read
    /// from the entry) and stories.
    pub fn finish(workspace: Workspace, ctx: &egui::Context) -> Self {
        let shown = Arc::clone(workspace.snapshot().corpus());
        Self::spawn(shown, ctx, move |tx, ctx| {
            if tx
                .send(Ready::Index(Arc::clone(workspace.snapshot().index())))
                .is_ok()
            {
                ctx.request_repaint();
            }
            send_finished(&workspace, tx, ctx);
            let _ = tx.send(Ready::Done(Box::new(workspace)));
        })
    }

    fn spawn(
        corpus: Arc<Corpus>,
        ctx: &egui::Context,
        work: impl FnOnce(&Sender<Ready>, &egui::Context) + Send + 'static,
    ) -> Self {
        let (tx, ready) = mpsc::channel();
        let ctx = ctx.clone();
        let spawned = std::thread::Builder::new()
            .name("isnad-workspace".into())
            .spawn(move || work(&tx, &ctx));
        if let Err(e) = spawned {
            eprintln!("isnad: the workspace thread could not start: {e}");
        }
        Self {
            ready,
            corpus,
            done: None,
        }
    }

    /// The corpus it computes.
    pub fn corpus(&self) -> &Arc<Corpus> {
        &self.corpus
    }

    /// What arrived since the last call, in order (the workspace itself is kept).
    pub fn poll(&mut self) -> Vec<Ready> {
        let mut arrived = Vec::new();
        for part in self.ready.try_iter() {
            match part {
                Ready::Done(workspace) => self.done = Some(workspace),
                part => arrived.push(part),
            }
        }
        arrived
    }

    /// The workspace the job computed, when it is done and was computed from `corpus` itself
    /// (the articles as loaded, no details edited): what an import adds to.
    pub fn take_done(&mut self, corpus: &Arc<Corpus>) -> Option<Workspace> {
        self.poll();
        if !Arc::ptr_eq(&self.corpus, corpus) {
            return None;
        }
        self.done.take().map(|w| *w)
    }
}

/// Finishes the quotations of the workspace's snapshot and sends it, then its stories.
fn send_finished(workspace: &Workspace, tx: &Sender<Ready>, ctx: &egui::Context) {
    let snapshot = workspace.snapshot();
    snapshot.quotes();
    if tx.send(Ready::Quotes(Arc::clone(&snapshot))).is_ok() {
        ctx.request_repaint();
    }
    snapshot.finish();
    if tx.send(Ready::Snapshot(snapshot)).is_ok() {
        ctx.request_repaint();
    }
}
