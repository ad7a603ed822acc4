//! Search on a named background thread: it is given the workspace's index, answers queries
//! there, and the latest answer comes back over a channel, so typing never waits for a search.

use std::sync::Arc;
use std::sync::mpsc::{self, Receiver, Sender};

use crate::corpus::Corpus;
use crate::search::{SearchIndex, SearchOptions, SearchResults};

/// A query for the worker, numbered so that stale answers can be dropped.
struct Query {
    seq: u64,
    text: String,
    options: SearchOptions,
}

/// What the worker is asked to do.
enum Request {
    /// Answer a query.
    Query(Query),
    /// Take the metadata of this corpus's articles (an analyst's "Edit details"): hits show it
    /// and the outlet filter compares with it.
    Metadata(Arc<Corpus>),
    /// Search this index from now on.
    Index(Arc<SearchIndex>),
}

/// What the thread holds: the index once given, and edited metadata that came before it.
#[derive(Default)]
struct State {
    index: Option<Arc<SearchIndex>>,
    metadata: Option<Arc<Corpus>>,
}

impl State {
    fn take(&mut self, request: Request, query: &mut Option<Query>) {
        match request {
            Request::Query(q) => *query = Some(q),
            Request::Metadata(corpus) => self.metadata = Some(corpus),
            Request::Index(index) => self.index = Some(index),
        }
        if let Some(index) = self.index.as_mut()
            && let Some(corpus) = self.metadata.take()
        {
            // The window's snapshot may share the index: it is copied once, not changed.
            Arc::make_mut(index).refresh_metadata(&corpus);
        }
    }
}

/// The worker's answer to one request.
pub struct Answer {
    /// The request's number.
    pub seq: u64,
    /// The query text it answers.
    pub text: String,
    /// What was found.
    pub results: SearchResults,
}

/// Waits for the next query that can be answered, applying the index and metadata refreshes as
/// they come, and skips to the newest query when several arrived while the worker was busy;
/// `None` when the panel is gone.
fn next_query(inbox: &Receiver<Request>, state: &mut State) -> Option<(Query, Arc<SearchIndex>)> {
    let mut query = None;
    loop {
        state.take(inbox.recv().ok()?, &mut query);
        while let Ok(newer) = inbox.try_recv() {
            state.take(newer, &mut query);
        }
        if let Some(index) = &state.index
            && let Some(q) = query.take()
        {
            return Some((q, Arc::clone(index)));
        }
    }
}

/// Handle to the search thread.
pub struct SearchWorker {
    requests: Sender<Request>,
    answers: Receiver<Answer>,
    next_seq: u64,
    latest_sent: u64,
}

impl SearchWorker {
    /// Starts the thread; it waits for its index ([`SearchWorker::set_index`]) and queries.
    /// `ctx` is asked to repaint when an answer is ready.
    pub fn start(ctx: egui::Context) -> Self {
        let (requests, inbox) = mpsc::channel::<Request>();
        let (outbox, answers) = mpsc::channel::<Answer>();
        let spawned = std::thread::Builder::new()
            .name("isnad-search".into())
            .spawn(move || {
                let mut state = State::default();
                while let Some((request, index)) = next_query(&inbox, &mut state) {
                    let results = index.search_text(&request.text, &request.options);
                    if outbox
                        .send(Answer {
                            seq: request.seq,
                            text: request.text,
                            results,
                        })
                        .is_err()
                    {
                        break;
                    }
                    ctx.request_repaint();
                }
            });
        if let Err(e) = spawned {
            eprintln!("isnad: search thread could not start: {e}");
        }
        Self {
            requests,
            answers,
            next_seq: 1,
            latest_sent: 0,
        }
    }

    /// Searches `index` from now on (the workspace's, once built).
    pub fn set_index(&mut self, index: Arc<SearchIndex>) {
        let _ = self.requests.send(Request::Index(index));
    }

    /// Gives the index the metadata of `corpus` (the same articles, edited); the next query is
    /// answered with it.
    pub fn refresh_metadata(&mut self, corpus: Arc<Corpus>) {
        let _ = self.requests.send(Request::Metadata(corpus));
    }

    /// Sends a query; earlier unanswered queries are superseded.
    pub fn send(&mut self, text: &str, options: SearchOptions) {
        let seq = self.next_seq;
        self.next_seq += 1;
        self.latest_sent = seq;
        let _ = self.requests.send(Request::Query(Query {
            seq,
            text: text.to_owned(),
            options,
        }));
    }

    /// The newest answer that arrived since the last call, if it answers the latest query.
    pub fn poll(&mut self) -> Option<Answer> {
        let mut newest = None;
        while let Ok(answer) = self.answers.try_recv() {
            newest = Some(answer);
        }
        newest.filter(|a| a.seq == self.latest_sent)
    }
}
