//! The bundled sample corpus, and why a file can fail to load (files and folders are read by
//! [`crate::import`]).

use std::path::{Path, PathBuf};
use std::sync::Arc;

use super::{Article, ArticleId, Corpus, Metadata};

/// Why a file, folder or part of one was not imported. All but
/// [`LoadError::NotArticleFormat`] are failures the analyst should see.
#[derive(Debug, Clone, thiserror::Error)]
pub enum LoadError {
    /// The file or folder could not be read (missing, no permission, vanished).
    #[error("{path}: cannot read: {source}")]
    Read {
        /// The path.
        path: PathBuf,
        /// The system's reason.
        source: Arc<std::io::Error>,
    },
    /// A symbolic link points back to a folder that contains it.
    #[error("{path}: symbolic link loop back to {ancestor}; not followed")]
    SymlinkLoop {
        /// The link.
        path: PathBuf,
        /// The folder it leads back to.
        ancestor: PathBuf,
    },
    /// The file holds no text.
    #[error("{path}: the file is empty")]
    Empty {
        /// The path.
        path: PathBuf,
    },
    /// The bytes do not decode to text in any supported encoding (binary data).
    #[error("{path}: not text ({detail})")]
    NotText {
        /// The path.
        path: PathBuf,
        /// What gave it away.
        detail: String,
    },
    /// An article file larger than any article; record files have no such limit.
    #[error("{path}: {size_bytes} bytes is too large for one article (limit {limit_bytes} bytes)")]
    TooLarge {
        /// The path.
        path: PathBuf,
        /// Its size.
        size_bytes: u64,
        /// The limit.
        limit_bytes: u64,
    },
    /// A record file (JSON Lines, CSV, TSV) read whole that is larger than the import reads.
    #[error(
        "{path}: {size_bytes} bytes is more than the {limit_bytes} bytes a table or a JSON Lines file in a legacy encoding may hold"
    )]
    TooLargeRecords {
        /// The path.
        path: PathBuf,
        /// Its size (at least).
        size_bytes: u64,
        /// The limit.
        limit_bytes: u64,
    },
    /// A FIFO, device, socket or anything else that is not a regular file: never read, so that
    /// the import can neither hang on it nor read it without end.
    #[error("{path}: {kind}, not a regular file; not read")]
    NotRegular {
        /// The path.
        path: PathBuf,
        /// What it is.
        kind: crate::files::FileKind,
    },
    /// Nothing was left of the file once page debris was removed.
    #[error("{path}: no article text in it")]
    NoArticleText {
        /// The path.
        path: PathBuf,
    },
    /// A table (CSV/TSV) without a column the import needs.
    #[error("{path}: no `{column}` column (columns: {found})")]
    MissingColumn {
        /// The table file.
        path: PathBuf,
        /// The column needed.
        column: &'static str,
        /// The columns the header has, comma-separated.
        found: String,
    },
    /// A folder held no article files.
    #[error("{path}: no article files in this folder")]
    EmptyFolder {
        /// The folder.
        path: PathBuf,
    },
    /// A file whose extension is not one of the imported formats (skipped, not a failure).
    #[error("{path}: skipped: not an article format")]
    NotArticleFormat {
        /// The path.
        path: PathBuf,
    },
}

impl LoadError {
    /// A read error for `path`.
    pub fn read(path: &Path, source: std::io::Error) -> Self {
        Self::Read {
            path: path.to_owned(),
            source: Arc::new(source),
        }
    }

    /// Why the file at `path` was not read, from [`crate::files::ReadError`]; a file over the
    /// limit is an article file too large ([`LoadError::TooLarge`]) unless `records`.
    pub fn from_read(path: &Path, error: crate::files::ReadError, records: bool) -> Self {
        use crate::files::ReadError;
        let path = path.to_owned();
        match error {
            ReadError::NotRegular { kind } => Self::NotRegular { path, kind },
            ReadError::TooLarge {
                size_bytes,
                limit_bytes,
            } if records => Self::TooLargeRecords {
                path,
                size_bytes,
                limit_bytes,
            },
            ReadError::TooLarge {
                size_bytes,
                limit_bytes,
            } => Self::TooLarge {
                path,
                size_bytes,
                limit_bytes,
            },
            ReadError::Io(source) => Self::Read {
                path,
                source: Arc::new(source),
            },
        }
    }

    /// The path the error concerns.
    pub fn path(&self) -> &Path {
        match self {
            Self::Read { path, .. }
            | Self::SymlinkLoop { path, .. }
            | Self::Empty { path }
            | Self::NotText { path, .. }
            | Self::TooLarge { path, .. }
            | Self::TooLargeRecords { path, .. }
            | Self::NotRegular { path, .. }
            | Self::NoArticleText { path }
            | Self::MissingColumn { path, .. }
            | Self::EmptyFolder { path }
            | Self::NotArticleFormat { path } => path,
        }
    }

    /// False for a file skipped on purpose (not an article format); true for a real failure.
    pub fn is_failure(&self) -> bool {
        !matches!(self, Self::NotArticleFormat { .. })
    }
}

/// The five sample articles shipped in `assets/`, embedded in the binary: (file name, text).
pub const BUNDLED: &[(&str, &str)] = &[
    (
        "000_feadbcb8254112b2.txt",
        include_str!("../../assets/000_feadbcb8254112b2.txt"),
    ),
    (
        "001_cee41d8d25e69044.txt",
        include_str!("../../assets/001_cee41d8d25e69044.txt"),
    ),
    (
        "002_3cb32bdeb3778f76.txt",
        include_str!("../../assets/002_3cb32bdeb3778f76.txt"),
    ),
    (
        "003_b177c4576b117e61.txt",
        include_str!("../../assets/003_b177c4576b117e61.txt"),
    ),
    (
        "004_fd56def298acf30f.txt",
        include_str!("../../assets/004_fd56def298acf30f.txt"),
    ),
];

/// The bundled sample corpus, cleaned.
pub fn bundled() -> Corpus {
    BUNDLED
        .iter()
        .map(|(name, raw)| {
            let id = ArticleId::new(name.trim_end_matches(".txt").to_owned());
            Arc::new(Article::from_raw(
                id,
                Some(PathBuf::from("assets").join(name)),
                raw,
                Metadata::default(),
            ))
        })
        .collect()
}
