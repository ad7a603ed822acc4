//! Finding the article files among the paths given: files as they are, folders walked in name
//! order (following symbolic links, with loop detection), hidden files and folders left out;
//! FIFOs, devices and sockets reported and never opened.

use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, Ordering};

use walkdir::WalkDir;

use crate::corpus::LoadError;

/// The kinds of file imported, by extension.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    /// Plain text or Markdown (`.txt`, `.text`, `.md`, `.markdown`): one article.
    Text,
    /// A web page (`.html`, `.htm`, `.xhtml`): one article, its body taken from the markup.
    Html,
    /// JSON Lines (`.jsonl`, `.ndjson`): one article a line.
    JsonLines,
    /// A table (`.csv`, or `.tsv` with tabs): one article a row.
    Table {
        /// The field separator.
        delimiter: u8,
    },
}

impl Format {
    /// The format of a file, by its extension (any case); `None` for other files.
    pub fn of(path: &Path) -> Option<Self> {
        let ext = path.extension()?.to_str()?.to_ascii_lowercase();
        Some(match ext.as_str() {
            "txt" | "text" | "md" | "markdown" => Self::Text,
            "html" | "htm" | "xhtml" => Self::Html,
            "jsonl" | "ndjson" => Self::JsonLines,
            "csv" => Self::Table { delimiter: b',' },
            "tsv" => Self::Table { delimiter: b'\t' },
            _ => return None,
        })
    }

    /// True for formats holding many articles (the article size limit does not apply to the
    /// file; see [`crate::import::job::MAX_RECORD_FILE_BYTES`]).
    pub fn is_records(self) -> bool {
        matches!(self, Self::JsonLines | Self::Table { .. })
    }
}

/// One article file found.
#[derive(Debug, Clone)]
pub struct FoundFile {
    /// Its path (as found, links not resolved).
    pub path: PathBuf,
    /// Its format.
    pub format: Format,
    /// Its size when found.
    pub size_bytes: u64,
}

/// What the walk found: the files in order, and the problems met.
#[derive(Debug, Default)]
pub struct Walk {
    /// Article files, in the order given, folders in name order.
    pub files: Vec<FoundFile>,
    /// Paths that could not be walked or are not article files.
    pub problems: Vec<LoadError>,
    /// Hidden files and folders left out.
    pub hidden: usize,
}

fn is_hidden(name: &std::ffi::OsStr) -> bool {
    name.to_str().is_some_and(|n| n.starts_with('.'))
}

/// Walks the given files and folders. Stops early (with what it has) when `cancel` is set.
pub fn walk(paths: &[PathBuf], cancel: &AtomicBool) -> Walk {
    let mut out = Walk::default();
    for root in paths {
        if cancel.load(Ordering::Relaxed) {
            break;
        }
        match std::fs::metadata(root) {
            Err(e) => out.problems.push(LoadError::read(root, e)),
            Ok(meta) if meta.is_dir() => walk_folder(root, cancel, &mut out),
            Ok(meta) => match Format::of(root) {
                Some(_) if !meta.is_file() => out.problems.push(not_regular(root, &meta)),
                Some(format) => out.files.push(FoundFile {
                    path: root.clone(),
                    format,
                    size_bytes: meta.len(),
                }),
                None => out
                    .problems
                    .push(LoadError::NotArticleFormat { path: root.clone() }),
            },
        }
    }
    out
}

/// A FIFO, device or socket found where an article file was expected: reported, never opened.
fn not_regular(path: &Path, meta: &std::fs::Metadata) -> LoadError {
    LoadError::NotRegular {
        path: path.to_owned(),
        kind: crate::files::FileKind::of(meta).unwrap_or(crate::files::FileKind::Other),
    }
}

fn walk_folder(root: &Path, cancel: &AtomicBool, out: &mut Walk) {
    let before = out.files.len();
    let mut failed = false;
    let mut hidden = 0;
    let entries = WalkDir::new(root)
        .follow_links(true)
        .sort_by_file_name()
        .into_iter()
        .filter_entry(|e| {
            let keep = e.depth() == 0 || !is_hidden(e.file_name());
            hidden += usize::from(!keep);
            keep
        });
    for entry in entries {
        if cancel.load(Ordering::Relaxed) {
            return;
        }
        let entry = match entry {
            Ok(entry) => entry,
            Err(e) => {
                failed = true;
                let path = e.path().unwrap_or(root).to_owned();
                out.problems
                    .push(if let Some(ancestor) = e.loop_ancestor() {
                        LoadError::SymlinkLoop {
                            path,
                            ancestor: ancestor.to_owned(),
                        }
                    } else {
                        let source = e.into_io_error().unwrap_or_else(|| {
                            std::io::Error::other("the folder could not be walked")
                        });
                        LoadError::read(&path, source)
                    });
                continue;
            }
        };
        if entry.file_type().is_dir() {
            continue;
        }
        let path = entry.path();
        let Some(format) = Format::of(path) else {
            out.problems.push(LoadError::NotArticleFormat {
                path: path.to_owned(),
            });
            continue;
        };
        // A file that vanished since the folder was listed is reported when it is read.
        let meta = entry.metadata().ok();
        if let Some(meta) = meta.as_ref().filter(|m| !m.is_file()) {
            out.problems.push(not_regular(path, meta));
            continue;
        }
        let size_bytes = meta.map_or(0, |m| m.len());
        out.files.push(FoundFile {
            path: path.to_owned(),
            format,
            size_bytes,
        });
    }
    out.hidden += hidden;
    if out.files.len() == before && !failed {
        out.problems.push(LoadError::EmptyFolder {
            path: root.to_owned(),
        });
    }
}
