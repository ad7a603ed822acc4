//! The import pipeline (walk, read, decode, parse, clean on every core, unique ids) and the
//! background job that runs it on its own thread, sending progress and articles as they load.

use std::collections::HashSet;
use std::fs::File;
use std::io::{Read as _, Seek as _};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::mpsc::{self, Receiver, Sender};
use std::sync::{Arc, Mutex};
use std::thread::JoinHandle;
use std::time::{Duration, Instant};

use rayon::prelude::*;

use super::encoding::{FileText, NotText, SNIFF_BYTES, check_head, decode, utf8_head};
use super::html::read_page;
use super::records::{
    MAX_ARTICLE_BYTES, RawArticle, RecordError, RecordProblem, json_lines, json_record, table_rows,
};
use super::report::{FileEncoding, ImportReport};
use super::walk::{Format, FoundFile, walk};
use crate::corpus::{Article, ArticleId, LoadError, RenamedId, unique_id};
use crate::files::{ReadError, open_regular, read_head, read_limited};

/// How far an import has come.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Progress {
    /// Files finished.
    pub files_done: usize,
    /// Article files found.
    pub files_total: usize,
    /// Bytes of those files read and imported.
    pub bytes_done: u64,
    /// Total bytes of the files found.
    pub bytes_total: u64,
}

impl Progress {
    /// The share done, 0.0 to 1.0, by bytes.
    pub fn fraction(&self) -> f32 {
        if self.bytes_total == 0 {
            return if self.files_total == 0 { 1.0 } else { 0.0 };
        }
        (self.bytes_done as f64 / self.bytes_total as f64).clamp(0.0, 1.0) as f32
    }
}

/// What an import sends as it goes.
#[derive(Debug)]
pub enum ImportEvent {
    /// How far it has come.
    Progress(Progress),
    /// Articles loaded and cleaned since the last batch, in import order, ids unique.
    Articles(Vec<Arc<Article>>),
    /// The import ended (done or cancelled); no event follows.
    Finished(ImportReport),
}

/// Articles cleaned together on all cores before a batch is sent.
const BATCH_ARTICLES: usize = 256;
/// Raw bytes cleaned together at most before a batch is sent.
const BATCH_BYTES: usize = 2 << 20;
/// JSON Lines files bigger than this are read line by line (when they are UTF-8), so the whole
/// file is never held in memory next to its articles.
const STREAM_ABOVE_BYTES: u64 = 4 << 20;
/// The largest table (CSV, TSV) or non-UTF-8 JSON Lines file read, which is read whole; UTF-8
/// JSON Lines above [`STREAM_ABOVE_BYTES`] are streamed and have no limit.
pub const MAX_RECORD_FILE_BYTES: u64 = 1 << 30;
/// The longest line of a streamed JSON Lines file read: room for an article of
/// [`MAX_ARTICLE_BYTES`] with its JSON escapes and other fields.
const MAX_LINE_BYTES: u64 = MAX_ARTICLE_BYTES as u64 * 2 + 1;
/// What is read of a streamed file at a time; its start decides the encoding.
const STREAM_BUFFER_BYTES: usize = 1 << 20;
/// Least time between two progress events.
const PROGRESS_EVERY: Duration = Duration::from_millis(50);

/// An article left without text by cleaning: its file and, for a record, its line.
type NoText = (Option<PathBuf>, Option<usize>);

/// One article waiting to be cleaned.
struct Pending {
    raw: RawArticle,
    /// A web page still to be read from its markup.
    html: bool,
}

struct Pipeline<'a> {
    report: ImportReport,
    taken: HashSet<ArticleId>,
    pending: Vec<Pending>,
    pending_bytes: usize,
    progress: Progress,
    last_progress: Instant,
    cancel: &'a AtomicBool,
    sink: &'a mut dyn FnMut(ImportEvent),
}

/// Runs an import, sending `Progress` and `Articles` events to `sink`; returns the report.
/// Stops between batches when `cancel` is set.
pub fn run_import(
    paths: &[PathBuf],
    cancel: &AtomicBool,
    sink: &mut dyn FnMut(ImportEvent),
) -> ImportReport {
    let started = Instant::now();
    let found = walk(paths, cancel);
    let mut p = Pipeline {
        report: ImportReport {
            skipped: found.problems,
            hidden: found.hidden,
            ..ImportReport::default()
        },
        taken: HashSet::new(),
        pending: Vec::new(),
        pending_bytes: 0,
        progress: Progress {
            files_total: found.files.len(),
            bytes_total: found.files.iter().map(|f| f.size_bytes).sum(),
            ..Progress::default()
        },
        last_progress: started,
        cancel,
        sink,
    };
    (p.sink)(ImportEvent::Progress(p.progress));
    for file in &found.files {
        if p.cancelled() {
            break;
        }
        let bytes_before = p.progress.bytes_done;
        p.read_file(file, bytes_before);
        p.progress.files_done += 1;
        p.progress.bytes_done = bytes_before + file.size_bytes;
        p.maybe_progress();
    }
    if !p.cancelled() {
        p.flush();
    }
    (p.sink)(ImportEvent::Progress(p.progress));
    p.report.cancelled = p.cancelled();
    p.report.elapsed = started.elapsed();
    p.report
}

impl Pipeline<'_> {
    fn cancelled(&self) -> bool {
        self.cancel.load(Ordering::Relaxed)
    }

    fn maybe_progress(&mut self) {
        if self.last_progress.elapsed() >= PROGRESS_EVERY {
            self.last_progress = Instant::now();
            (self.sink)(ImportEvent::Progress(self.progress));
        }
    }

    fn read_file(&mut self, file: &FoundFile, bytes_before: u64) {
        let path = &file.path;
        let Some(bytes) = self.read_bytes(file, bytes_before) else {
            return;
        };
        let FileText {
            text,
            encoding,
            detection,
        } = match decode(bytes) {
            Ok(d) => d,
            Err(NotText::Empty) => {
                self.report
                    .skipped
                    .push(LoadError::Empty { path: path.clone() });
                return;
            }
            Err(NotText::Binary(detail)) => {
                self.report.skipped.push(LoadError::NotText {
                    path: path.clone(),
                    detail,
                });
                return;
            }
        };
        self.report.files_read += 1;
        self.report.encodings.push(FileEncoding {
            path: path.clone(),
            encoding,
            detection,
        });
        let stem = path
            .file_stem()
            .map_or_else(|| path.to_string_lossy(), |s| s.to_string_lossy())
            .into_owned();
        let one = |text: String| RawArticle {
            id: ArticleId::new(stem.clone()),
            path: Some(path.clone()),
            text,
            meta: crate::corpus::Metadata::default(),
            line: None,
        };
        match file.format {
            Format::Text => self.push(Pending {
                raw: one(text),
                html: false,
            }),
            Format::Html => self.push(Pending {
                raw: one(text),
                html: true,
            }),
            Format::JsonLines => {
                self.records(json_lines(path, &text), bytes_before);
            }
            Format::Table { delimiter } => match table_rows(path, &text, delimiter) {
                Ok(rows) => self.records(rows, bytes_before),
                Err(e) => self.report.skipped.push(e),
            },
        }
    }

    /// The bytes of an article or record file, read within its limit; `None` when the file was
    /// skipped (and reported) or streamed. Only a regular file is opened, without blocking; its
    /// size is the opened file's; a record file is refused by its first bytes when they are
    /// binary, before the rest is read.
    fn read_bytes(&mut self, file: &FoundFile, bytes_before: u64) -> Option<Vec<u8>> {
        let path = &file.path;
        let records = file.format.is_records();
        let skip = |report: &mut ImportReport, e: ReadError| {
            report.skipped.push(LoadError::from_read(path, e, records));
        };
        if !records {
            return read_limited(path, MAX_ARTICLE_BYTES as u64)
                .map_err(|e| skip(&mut self.report, e))
                .ok();
        }
        let (mut opened, meta) = open_regular(path)
            .map_err(|e| skip(&mut self.report, e))
            .ok()?;
        if matches!(file.format, Format::JsonLines) && meta.len() > STREAM_ABOVE_BYTES {
            match self.stream_json_lines(path, &mut opened, bytes_before) {
                Ok(true) => return None,
                Ok(false) => {}
                Err(e) => {
                    skip(&mut self.report, e.into());
                    return None;
                }
            }
        }
        let too_large = |size_bytes| ReadError::TooLarge {
            size_bytes,
            limit_bytes: MAX_RECORD_FILE_BYTES,
        };
        if meta.len() > MAX_RECORD_FILE_BYTES {
            skip(&mut self.report, too_large(meta.len()));
            return None;
        }
        // Outer error: the file could not be read; inner: its head is binary data.
        let read = || -> Result<Result<Vec<u8>, String>, ReadError> {
            opened.rewind()?;
            let mut bytes = read_head(&mut opened, SNIFF_BYTES)?;
            if let Err(NotText::Binary(detail)) = check_head(&bytes) {
                return Ok(Err(detail));
            }
            opened
                .take(MAX_RECORD_FILE_BYTES + 1 - bytes.len() as u64)
                .read_to_end(&mut bytes)?;
            if bytes.len() as u64 > MAX_RECORD_FILE_BYTES {
                return Err(too_large(bytes.len() as u64));
            }
            Ok(Ok(bytes))
        };
        match read() {
            Ok(Ok(bytes)) => Some(bytes),
            Ok(Err(detail)) => {
                self.report.skipped.push(LoadError::NotText {
                    path: path.clone(),
                    detail,
                });
                None
            }
            Err(e) => {
                skip(&mut self.report, e);
                None
            }
        }
    }

    /// Reads a big JSON Lines file line by line, each record's text dropped once its article is
    /// built. False when its start is not UTF-8 text: then nothing was taken and the file is to
    /// be decoded whole. A line that is not valid UTF-8 further on is read with U+FFFD for its
    /// bad bytes (and then usually reported as a bad record) rather than failing the file.
    fn stream_json_lines(
        &mut self,
        path: &Path,
        file: &mut File,
        bytes_before: u64,
    ) -> std::io::Result<bool> {
        use std::io::BufRead as _;
        let mut reader = std::io::BufReader::with_capacity(STREAM_BUFFER_BYTES, file);
        let Some((detection, mark)) = utf8_head(reader.fill_buf()?) else {
            return Ok(false);
        };
        reader.consume(mark);
        self.report.files_read += 1;
        self.report.encodings.push(FileEncoding {
            path: path.to_owned(),
            encoding: encoding_rs::UTF_8,
            detection,
        });
        let mut line = Vec::new();
        let (mut number, mut end) = (0, mark);
        loop {
            if self.cancelled() {
                return Ok(true);
            }
            line.clear();
            // A line is read through a limit: a file without line breaks cannot make one line
            // fill the memory. A longer line is skipped to its end, unread.
            match reader
                .by_ref()
                .take(MAX_LINE_BYTES)
                .read_until(b'\n', &mut line)
            {
                Ok(0) => return Ok(true),
                Ok(n) => {
                    number += 1;
                    end += n;
                }
                Err(e) => {
                    self.report.skipped.push(LoadError::read(path, e));
                    return Ok(true);
                }
            }
            if line.len() as u64 == MAX_LINE_BYTES && !line.ends_with(b"\n") {
                let rest = reader.skip_until(b'\n')?;
                end += rest;
                self.report.record_errors.push(RecordError {
                    path: path.to_owned(),
                    line: number,
                    problem: RecordProblem::TooLarge {
                        size_bytes: line.len() + rest,
                        limit_bytes: MAX_ARTICLE_BYTES,
                    },
                });
                continue;
            }
            match json_record(path, number, &String::from_utf8_lossy(&line)) {
                Some(Ok(raw)) => {
                    self.push(Pending { raw, html: false });
                    self.progress.bytes_done = bytes_before + end as u64;
                }
                Some(Err(e)) => self.report.record_errors.push(e),
                None => {}
            }
        }
    }

    fn records(
        &mut self,
        records: impl Iterator<Item = (usize, Result<RawArticle, RecordError>)>,
        bytes_before: u64,
    ) {
        for (end, record) in records {
            if self.cancelled() {
                return;
            }
            match record {
                Ok(raw) => {
                    self.push(Pending { raw, html: false });
                    self.progress.bytes_done = bytes_before + end as u64;
                }
                Err(e) => self.report.record_errors.push(e),
            }
        }
    }

    fn push(&mut self, pending: Pending) {
        self.pending_bytes += pending.raw.text.len();
        self.pending.push(pending);
        if self.pending.len() >= BATCH_ARTICLES || self.pending_bytes >= BATCH_BYTES {
            self.flush();
        }
    }

    /// Cleans the pending articles on all cores (order kept), gives them unique ids and sends
    /// them.
    fn flush(&mut self) {
        if self.pending.is_empty() {
            return;
        }
        let pending = std::mem::take(&mut self.pending);
        self.pending_bytes = 0;
        // Each record's raw text is dropped as soon as its article is built from it.
        let cleaned: Vec<Result<Article, NoText>> = pending
            .into_par_iter()
            .map(|p| {
                let Pending { raw, html } = p;
                let RawArticle {
                    id,
                    path,
                    text,
                    meta,
                    line,
                } = raw;
                let (text, meta) = if html {
                    let page = read_page(&text);
                    (page.text, page.meta)
                } else {
                    (text, meta)
                };
                let article = Article::from_raw(id, path, &text, meta);
                drop(text);
                if article.blocks.is_empty() {
                    Err((article.path, line))
                } else {
                    Ok(article)
                }
            })
            .collect();
        let mut batch = Vec::with_capacity(cleaned.len());
        for result in cleaned {
            match result {
                Ok(mut article) => {
                    if self.taken.contains(&article.id) {
                        let to = unique_id(&article.id, |id| self.taken.contains(id));
                        let from = std::mem::replace(&mut article.id, to.clone());
                        self.report.renamed.push(RenamedId {
                            from,
                            to,
                            path: article.path.clone(),
                        });
                    }
                    self.taken.insert(article.id.clone());
                    batch.push(Arc::new(article));
                }
                Err((path, line)) => {
                    let path = path.unwrap_or_default();
                    match line {
                        Some(line) => self.report.record_errors.push(RecordError {
                            path,
                            line,
                            problem: RecordProblem::NoArticleText,
                        }),
                        None => self.report.skipped.push(LoadError::NoArticleText { path }),
                    }
                }
            }
        }
        self.report.articles += batch.len();
        if !batch.is_empty() {
            (self.sink)(ImportEvent::Articles(batch));
        }
        self.last_progress = Instant::now();
        (self.sink)(ImportEvent::Progress(self.progress));
    }
}

/// A callback the job calls after sending events, e.g. to ask the window for a repaint.
pub type Waker = Box<dyn Fn() + Send>;

/// An import running on its own thread (`isnad-import`). Dropping the job cancels it.
pub struct ImportJob {
    events: Receiver<ImportEvent>,
    cancel: Arc<AtomicBool>,
    thread: Mutex<Option<JoinHandle<()>>>,
}

impl ImportJob {
    /// Starts importing the given files and folders.
    pub fn start(paths: Vec<PathBuf>) -> std::io::Result<Self> {
        Self::start_with_waker(paths, None)
    }

    /// Starts importing; `waker` is called after every event sent.
    pub fn start_with_waker(paths: Vec<PathBuf>, waker: Option<Waker>) -> std::io::Result<Self> {
        let (sender, events) = mpsc::channel();
        let cancel = Arc::new(AtomicBool::new(false));
        let flag = Arc::clone(&cancel);
        let thread = std::thread::Builder::new()
            .name("isnad-import".to_owned())
            .spawn(move || import_thread(&paths, &flag, &sender, waker.as_deref()))?;
        Ok(Self {
            events,
            cancel,
            thread: Mutex::new(Some(thread)),
        })
    }

    /// Asks the import to stop; it stops after the batch at hand and sends
    /// [`ImportEvent::Finished`] with `cancelled` set.
    pub fn cancel(&self) {
        self.cancel.store(true, Ordering::Relaxed);
    }

    /// True once [`ImportJob::cancel`] was called.
    pub fn is_cancelled(&self) -> bool {
        self.cancel.load(Ordering::Relaxed)
    }

    /// The events that arrived since the last call, without waiting.
    pub fn try_events(&self) -> Vec<ImportEvent> {
        self.events.try_iter().collect()
    }

    /// The channel the events arrive on, to wait on them.
    pub fn receiver(&self) -> &Receiver<ImportEvent> {
        &self.events
    }

    /// Waits for the thread to end (after [`ImportEvent::Finished`]); events stay readable.
    pub fn join(&self) {
        let handle = self.thread.lock().ok().and_then(|mut t| t.take());
        if let Some(handle) = handle {
            // The thread catches nothing; a panic in it has already ended it.
            let _ = handle.join();
        }
    }
}

impl Drop for ImportJob {
    fn drop(&mut self) {
        self.cancel();
    }
}

impl std::fmt::Debug for ImportJob {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("ImportJob")
            .field("cancelled", &self.is_cancelled())
            .finish_non_exhaustive()
    }
}

fn import_thread(
    paths: &[PathBuf],
    cancel: &AtomicBool,
    sender: &Sender<ImportEvent>,
    waker: Option<&(dyn Fn() + Send)>,
) {
    let wake = || {
        if let Some(w) = waker {
            w();
        }
    };
    let mut send = |event: ImportEvent| {
        // The receiver gone means the job was dropped: stop sending, finish quietly.
        if sender.send(event).is_err() {
            cancel.store(true, Ordering::Relaxed);
        }
        wake();
    };
    let report = run_import(paths, cancel, &mut send);
    send(ImportEvent::Finished(report));
}
