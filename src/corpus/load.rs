//! Loading articles from files and folders, and the bundled sample corpus. A file that cannot
//! be read is reported with its reason; the others still load.

use std::path::{Path, PathBuf};
use std::sync::Arc;

use super::{Article, ArticleId, Corpus, Metadata};

/// Why an article file could not be loaded.
#[derive(Debug, thiserror::Error)]
pub enum LoadError {
    /// The file or folder could not be read.
    #[error("{path}: cannot read: {source}")]
    Read {
        /// The path.
        path: PathBuf,
        /// The system's reason.
        source: std::io::Error,
    },
    /// The file holds no text.
    #[error("{path}: the file is empty")]
    Empty {
        /// The path.
        path: PathBuf,
    },
    /// The file is not valid UTF-8 text.
    #[error("{path}: not UTF-8 text (invalid byte at offset {offset_bytes})")]
    NotUtf8 {
        /// The path.
        path: PathBuf,
        /// Where the first invalid byte is.
        offset_bytes: usize,
    },
    /// A folder held no article files.
    #[error("{path}: no .txt or .md files in this folder")]
    EmptyFolder {
        /// The folder.
        path: PathBuf,
    },
}

impl LoadError {
    /// The path the error concerns.
    pub fn path(&self) -> &Path {
        match self {
            Self::Read { path, .. }
            | Self::Empty { path }
            | Self::NotUtf8 { path, .. }
            | Self::EmptyFolder { path } => path,
        }
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
    let articles = BUNDLED
        .iter()
        .map(|(name, raw)| {
            let id = ArticleId(name.trim_end_matches(".txt").to_owned());
            Arc::new(Article::from_raw(
                id,
                Some(PathBuf::from("assets").join(name)),
                raw,
                Metadata::default(),
            ))
        })
        .collect();
    Corpus {
        articles,
        failures: Vec::new(),
    }
}

/// Loads article files and folders of them (`.txt`, `.md`, read in name order). Failures are
/// collected in [`Corpus::failures`]; everything readable loads.
pub fn load_files<P: AsRef<Path>>(paths: &[P]) -> Corpus {
    let mut corpus = Corpus::default();
    for path in paths {
        let path = path.as_ref();
        if path.is_dir() {
            load_folder(path, &mut corpus);
        } else {
            push_file(path, &mut corpus);
        }
    }
    corpus
}

fn load_folder(dir: &Path, corpus: &mut Corpus) {
    let entries = match std::fs::read_dir(dir) {
        Ok(e) => e,
        Err(source) => {
            corpus.failures.push(LoadError::Read {
                path: dir.to_owned(),
                source,
            });
            return;
        }
    };
    let mut files: Vec<PathBuf> = entries
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| p.is_file() && p.extension().is_some_and(|e| e == "txt" || e == "md"))
        .collect();
    files.sort();
    if files.is_empty() {
        corpus.failures.push(LoadError::EmptyFolder {
            path: dir.to_owned(),
        });
    }
    for f in files {
        push_file(&f, corpus);
    }
}

fn push_file(path: &Path, corpus: &mut Corpus) {
    match load_text(path) {
        Ok(raw) => {
            let stem = path
                .file_stem()
                .map_or_else(|| path.to_string_lossy(), |s| s.to_string_lossy());
            let id = ArticleId(stem.into_owned());
            corpus.articles.push(Arc::new(Article::from_raw(
                id,
                Some(path.to_owned()),
                &raw,
                Metadata::default(),
            )));
        }
        Err(e) => corpus.failures.push(e),
    }
}

/// Reads one text file: UTF-8, with or without a byte-order mark.
pub fn load_text(path: &Path) -> Result<String, LoadError> {
    let bytes = std::fs::read(path).map_err(|source| LoadError::Read {
        path: path.to_owned(),
        source,
    })?;
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(&bytes);
    if bytes.iter().all(u8::is_ascii_whitespace) {
        return Err(LoadError::Empty {
            path: path.to_owned(),
        });
    }
    String::from_utf8(bytes.to_vec()).map_err(|e| LoadError::NotUtf8 {
        path: path.to_owned(),
        offset_bytes: e.utf8_error().valid_up_to(),
    })
}
