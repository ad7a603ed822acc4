//! Search on a named background thread: the index is built there once, queries are answered
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

/// Waits for the next query, applying metadata refreshes as they come, and skips to the newest
/// query when several arrived while the worker was busy; `None` when the panel is gone.
fn next_query(inbox: &Receiver<Request>, index: &mut SearchIndex) -> Option<Query> {
    let mut query = None;
    let mut take = |request: Request, query: &mut Option<Query>| match request {
        Request::Query(q) => *query = Some(q),
        Request::Metadata(corpus) => {
            index.refresh_metadata(&corpus);
        }
    };
    loop {
        take(inbox.recv().ok()?, &mut query);
        while let Ok(newer) = inbox.try_recv() {
            take(newer, &mut query);
        }
        if query.is_some() {
            return query;
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
    /// Starts the thread; it builds the index of `corpus` and then waits for queries. `ctx` is
    /// asked to repaint when an answer is ready.
    pub fn start(corpus: Arc<Corpus>, ctx: egui::Context) -> Self {
        let (requests, inbox) = mpsc::channel::<Request>();
        let (outbox, answers) = mpsc::channel::<Answer>();
        let spawned = std::thread::Builder::new()
            .name("isnad-search".into())
            .spawn(move || {
                let mut index = SearchIndex::build(&corpus);
                drop(corpus);
                while let Some(request) = next_query(&inbox, &mut index) {
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
