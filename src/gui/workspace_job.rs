//! The workspace of the shown corpus computed on a named background thread: the search index as
//! soon as it is built, then the snapshot with its quotations and stories, sent over a channel;
//! the window asks for a repaint as each arrives and panels read them.

use std::sync::Arc;
use std::sync::mpsc::{self, Receiver};

use crate::corpus::Corpus;
use crate::search::SearchIndex;
use crate::workspace::{Snapshot, Workspace};

/// What the job sends, in this order.
pub enum Ready {
    /// The search index (extraction goes on).
    Index(Arc<SearchIndex>),
    /// Everything: the quotations and the stories of the snapshot are finished.
    Snapshot(Arc<Snapshot>),
}

/// Handle to the workspace thread of one corpus; dropping it lets the thread's answers go.
pub struct WorkspaceJob {
    ready: Receiver<Ready>,
    corpus: Arc<Corpus>,
}

impl WorkspaceJob {
    /// Starts computing the workspace of `corpus`; `ctx` is asked to repaint as parts arrive.
    pub fn start(corpus: Arc<Corpus>, ctx: &egui::Context) -> Self {
        let (tx, ready) = mpsc::channel();
        let ctx = ctx.clone();
        let shown = Arc::clone(&corpus);
        let spawned = std::thread::Builder::new()
            .name("isnad-workspace".into())
            .spawn(move || {
                let index_tx = tx.clone();
                let index_ctx = ctx.clone();
                let workspace = Workspace::new_with(Corpus::clone(&corpus), move |index| {
                    if index_tx.send(Ready::Index(Arc::clone(index))).is_ok() {
                        index_ctx.request_repaint();
                    }
                });
                drop(corpus);
                let snapshot = workspace.snapshot();
                snapshot.finish();
                if tx.send(Ready::Snapshot(snapshot)).is_ok() {
                    ctx.request_repaint();
                }
            });
        if let Err(e) = spawned {
            eprintln!("isnad: the workspace thread could not start: {e}");
        }
        Self {
            ready,
            corpus: shown,
        }
    }

    /// The corpus it computes.
    pub fn corpus(&self) -> &Arc<Corpus> {
        &self.corpus
    }

    /// What arrived since the last call, in order.
    pub fn poll(&self) -> Vec<Ready> {
        self.ready.try_iter().collect()
    }
}
