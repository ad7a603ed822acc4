//! The session's articles: where they came from (with a content hash to notice changes), loading
//! them again, and laying the analyst's metadata edits over them. A missing or changed file is a
//! problem to report; the rest of the session still opens.

use std::fs;
use std::io::{self, Read as _};
use std::path::{Path, PathBuf};
use std::sync::Arc;

use sha2::{Digest, Sha256};

use super::{MetadataEdit, Session, Source};
use crate::corpus::{self, Article, ArticleId, Corpus, Date};
use crate::files::{ReadError, hash_into, open_regular};
use crate::import::ImportReport;

/// A problem with one of the session's article sources.
#[derive(Debug, thiserror::Error)]
pub enum SourceProblem {
    /// The file is gone; its articles are not loaded.
    #[error("{}: the file is missing; its articles are not loaded", path.display())]
    Missing {
        /// The path.
        path: PathBuf,
    },
    /// The file is there but cannot be read; its articles are not loaded.
    #[error("{}: cannot read the file ({source}); its articles are not loaded", path.display())]
    Unreadable {
        /// The path.
        path: PathBuf,
        /// The system's reason.
        source: io::Error,
    },
    /// The file changed since the session was saved: anchors into it may have moved.
    #[error("{}: the file changed since the session was saved; notes on it are placed again by their text", path.display())]
    Changed {
        /// The path.
        path: PathBuf,
    },
}

impl SourceProblem {
    /// The path concerned.
    pub fn path(&self) -> &Path {
        match self {
            Self::Missing { path } | Self::Unreadable { path, .. } | Self::Changed { path } => path,
        }
    }
}

/// Hex SHA-256 of a file, or of a folder's article files (names and contents, in name order),
/// read a block at a time. Only regular files are read: a FIFO, device or socket named by the
/// session is an error, and one inside the folder is left out.
fn content_hash(path: &Path) -> io::Result<String> {
    let to_io = |e: ReadError| match e {
        ReadError::Io(e) => e,
        other => io::Error::other(other.to_string()),
    };
    let mut hasher = Sha256::new();
    if fs::metadata(path)?.is_dir() {
        let mut files: Vec<PathBuf> = fs::read_dir(path)?
            .filter_map(Result::ok)
            .map(|e| e.path())
            .filter(|p| p.is_file() && p.extension().is_some_and(|e| e == "txt" || e == "md"))
            .collect();
        files.sort();
        for f in files {
            let (mut file, meta) = open_regular(&f).map_err(to_io)?;
            hasher.update(f.file_name().unwrap_or_default().as_encoded_bytes());
            hasher.update(meta.len().to_le_bytes());
            io::copy(&mut (&mut file).take(meta.len()), &mut hasher)?;
        }
    } else {
        hash_into(path, &mut hasher).map_err(to_io)?;
    }
    Ok(format!("{:x}", hasher.finalize()))
}

fn problem(path: &Path, source: io::Error) -> SourceProblem {
    if source.kind() == io::ErrorKind::NotFound {
        SourceProblem::Missing {
            path: path.to_owned(),
        }
    } else {
        SourceProblem::Unreadable {
            path: path.to_owned(),
            source,
        }
    }
}

impl Source {
    /// A source for an imported file (or folder of article files), with the hash of its content
    /// now.
    pub fn file(path: &Path) -> Result<Self, SourceProblem> {
        let sha256 = content_hash(path).map_err(|e| problem(path, e))?;
        Ok(Self::File {
            path: path.to_owned(),
            sha256,
        })
    }
}

impl Source {
    /// This source as a session file in `folder` names it, when that differs from how it is
    /// held: relative to `folder` when it is a file inside it (or below), else in full (a path
    /// relative to the working folder would be read against the session's folder).
    pub(crate) fn as_saved_in(&self, folder: &Path) -> Option<Self> {
        let Self::File { path, sha256 } = self else {
            return None;
        };
        let folder = std::path::absolute(folder).ok()?;
        let full = std::path::absolute(path).ok()?;
        let saved = match full.strip_prefix(&folder) {
            Ok(relative) if !relative.as_os_str().is_empty() => relative.to_owned(),
            _ => full,
        };
        (saved != *path).then(|| Self::File {
            path: saved,
            sha256: sha256.clone(),
        })
    }
}

impl Session {
    /// Removes invisible bidi and joiner characters from the analyst's text a session file
    /// brings (bookmark labels, notes, tags, kept searches), which the window shows: a session
    /// from someone else cannot make them show in another order than they read.
    pub(crate) fn clean_shown_fields(&mut self) {
        let clean = |s: &mut String| {
            if let std::borrow::Cow::Owned(c) = corpus::clean_field(s) {
                *s = c;
            }
        };
        self.bookmarks.iter_mut().for_each(|b| clean(&mut b.label));
        self.notes.iter_mut().for_each(|n| clean(&mut n.text));
        self.tags.iter_mut().for_each(|t| clean(&mut t.tag));
        for search in &mut self.saved_searches {
            clean(&mut search.query);
            clean(&mut search.label);
        }
    }

    /// Gives in full the file sources named relative to `folder` (the session file's).
    pub(crate) fn resolve_sources(&mut self, folder: &Path) {
        let folder = std::path::absolute(folder).unwrap_or_else(|_| folder.to_owned());
        for source in &mut self.sources {
            if let Source::File { path, .. } = source
                && path.is_relative()
            {
                *path = folder.join(&*path);
            }
        }
    }
}

/// Checks each imported file of the session: missing, unreadable, or changed since it was saved.
pub fn check_sources(session: &Session) -> Vec<SourceProblem> {
    session
        .sources
        .iter()
        .filter_map(|s| match s {
            Source::Bundled => None,
            Source::File { path, sha256 } => check_one(path, sha256),
        })
        .collect()
}

fn check_one(path: &Path, sha256: &str) -> Option<SourceProblem> {
    match content_hash(path) {
        Err(e) => Some(problem(path, e)),
        Ok(now) if !now.eq_ignore_ascii_case(sha256) => Some(SourceProblem::Changed {
            path: path.to_owned(),
        }),
        Ok(_) => None,
    }
}

/// Loads the session's articles with the usual loaders: the bundled set, then each imported file.
/// Missing and unreadable files are reported and skipped; changed files are reported and loaded.
/// Files that load with errors of their own add to [`Corpus::failures`].
pub fn load_session_corpus(session: &Session) -> (Corpus, Vec<SourceProblem>) {
    let (corpus, problems, _) = load_session_corpus_with_report(session);
    (corpus, problems)
}

/// [`load_session_corpus`], with the report of the import of the session's files (files of
/// other formats, skipped records, renamed ids), for a caller that shows it.
pub fn load_session_corpus_with_report(
    session: &Session,
) -> (Corpus, Vec<SourceProblem>, ImportReport) {
    let mut corpus = Corpus::new();
    let mut problems = Vec::new();
    let mut files = Vec::new();
    for source in &session.sources {
        match source {
            Source::Bundled => {
                corpus.extend(corpus::bundled().into_articles());
            }
            Source::File { path, sha256 } => {
                match check_one(path, sha256) {
                    Some(p @ SourceProblem::Changed { .. }) => problems.push(p),
                    Some(p) => {
                        problems.push(p);
                        continue;
                    }
                    None => {}
                }
                files.push(path.clone());
            }
        }
    }
    let mut report = ImportReport::default();
    if !files.is_empty() {
        let (imported, import_report) = crate::import::import_corpus(&files);
        for f in imported.failures() {
            corpus.push_failure(f.clone());
        }
        corpus.extend(imported.into_articles());
        report = import_report;
    }
    (corpus, problems, report)
}

/// A metadata edit that could not be applied (in full).
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum MetadataProblem {
    /// The edited article is not loaded.
    #[error("{article}: metadata edit kept, but the article is not loaded")]
    ArticleNotLoaded {
        /// The article.
        article: ArticleId,
    },
    /// The edited date is not a `YYYY-MM-DD` date; the other fields were applied.
    #[error("{article}: the date “{date}” is not a date (YYYY-MM-DD); the inferred date is kept")]
    BadDate {
        /// The article.
        article: ArticleId,
        /// The date as edited.
        date: String,
    },
}

/// Replaces each edited article of `articles` by a copy carrying the edited metadata; reports
/// edits whose article is not loaded and dates that do not parse.
pub fn apply_metadata_edits(
    session: &Session,
    articles: &mut [Arc<Article>],
) -> Vec<MetadataProblem> {
    let mut problems = Vec::new();
    for (id, edit) in &session.metadata_edits {
        let Some(slot) = articles.iter_mut().find(|a| &a.id == id) else {
            problems.push(MetadataProblem::ArticleNotLoaded {
                article: id.clone(),
            });
            continue;
        };
        let mut article = Article::clone(slot);
        if let Some(p) = apply_edit(&mut article, edit) {
            problems.push(p);
        }
        *slot = Arc::new(article);
    }
    problems
}

fn apply_edit(article: &mut Article, edit: &MetadataEdit) -> Option<MetadataProblem> {
    let meta = &mut article.meta;
    let clean = |v: &String| Some(corpus::clean_field(v).into_owned());
    if let Some(t) = &edit.title {
        meta.title = clean(t);
    }
    if let Some(o) = &edit.outlet {
        meta.outlet = clean(o);
    }
    if let Some(a) = &edit.author {
        meta.author = clean(a);
    }
    let date = edit.date.as_ref()?;
    match Date::parse_iso(date) {
        Some(d) => {
            meta.date = Some(d);
            None
        }
        None => Some(MetadataProblem::BadDate {
            article: article.id.clone(),
            date: date.clone(),
        }),
    }
}
