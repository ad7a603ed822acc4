//! The app's side of the workspace: the shown corpus, starting its computation and handing
//! what arrives to the panels that read it (the index to search, the snapshot to the quotes
//! view).

use std::sync::Arc;

use super::IsnadApp;
use crate::corpus::Corpus;
use crate::gui::workspace_job::{Ready, WorkspaceJob};

impl IsnadApp {
    /// Shows another corpus (imported, or with edited details).
    pub(super) fn show_corpus(&mut self, corpus: Arc<Corpus>) {
        self.corpus = corpus;
        self.corpus_generation += 1;
    }

    /// The open article stays open if it is still in the corpus; otherwise the first one opens.
    pub(super) fn keep_selection(&mut self) {
        if self
            .selected
            .as_ref()
            .is_none_or(|id| self.corpus.article(id).is_none())
        {
            self.selected = self.corpus.articles().first().map(|a| a.id.clone());
            self.reader.open_new_article();
        }
    }

    /// Computes the workspace of the shown corpus on its own thread; a job for an earlier
    /// corpus is dropped.
    /// The workspace goes to the cache afterwards when an import asked for it and it is of the
    /// articles as loaded (an entry never holds edited details).
    pub(super) fn start_workspace(&mut self, ctx: &egui::Context) {
        let keep = self
            .import
            .keep
            .take()
            .filter(|_| Arc::ptr_eq(&self.corpus, &self.loaded));
        self.workspace = Some(WorkspaceJob::start(Arc::clone(&self.corpus), ctx, keep));
    }

    /// Gives the panels what the workspace thread sent.
    pub(super) fn take_workspace(&mut self) {
        let Some(job) = self.workspace.as_mut() else {
            return;
        };
        let ready = job.poll();
        // Details edited since the job started are laid over its index.
        let edited = !Arc::ptr_eq(job.corpus(), &self.corpus);
        for part in ready {
            match part {
                Ready::Index(index) => {
                    if let Some(search) = self.search.as_mut() {
                        search.set_index(index);
                        if edited {
                            search.refresh_metadata(Arc::clone(&self.corpus));
                        }
                    }
                }
                Ready::Quotes(snapshot) => {
                    if let Some(quotes) = self.quotes.as_mut() {
                        quotes.show_quotes(
                            Arc::clone(snapshot.quotes()),
                            &self.doc.session().corrections,
                            self.corpus.articles(),
                        );
                    }
                }
                Ready::Done(_) => {}
                Ready::Snapshot(snapshot) => {
                    let stories = snapshot.stories();
                    if let Some(quotes) = self.quotes.as_mut() {
                        quotes.show_stories(
                            Arc::clone(&stories.stories),
                            Arc::clone(&stories.groups),
                        );
                    }
                }
            }
        }
    }
}
