//! Export of the quote table: one table ([`ExportRow`], [`COLUMNS`]) and a writer per format —
//! CSV, XLSX, Markdown, JSON and HTML — written atomically next to the target file.
//!
//! - [`rows`] turns the quotations as the analyst sees them (filtered and sorted) into rows, with
//!   the session's tags and notes; [`corpus_rows`] does it for a whole corpus with the session's
//!   corrections laid over a fresh extraction.
//! - [`write`] writes rows to a file in a [`Format`]; [`write_to`] writes them to any writer.
//!
//! Layout: `rows` (the table), `text` (CSV, Markdown, JSON, HTML), `xlsx`.

mod rows;
mod text;
mod xlsx;

use std::io::{self, Write};
use std::path::{Path, PathBuf};

pub use rows::{
    COLUMNS, CONTEXT_CHARS, Cell, Column, Content, ExportRow, NOTE_SEPARATOR, QUOTE_CHARS,
    TAG_SEPARATOR, context, corpus_rows, kind_words, quote_cell, rows,
};
pub use text::{neutralize_formula, write_csv};

use crate::files::TargetError;

/// A file format of the export.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, clap::ValueEnum)]
pub enum Format {
    /// Comma-separated values, UTF-8 with a byte order mark (so that Excel reads Arabic).
    Csv,
    /// An Excel workbook with a right-to-left sheet.
    Xlsx,
    /// A Markdown pipe table.
    #[value(name = "md", alias = "markdown")]
    Markdown,
    /// A pretty-printed JSON array of objects.
    Json,
    /// A right-to-left HTML page.
    Html,
}

impl Format {
    /// Every format, in the order a save dialog offers them.
    pub const ALL: [Self; 5] = [
        Self::Xlsx,
        Self::Csv,
        Self::Html,
        Self::Markdown,
        Self::Json,
    ];

    /// The format a file name's extension names (`csv`, `xlsx`, `md`/`markdown`, `json`,
    /// `html`/`htm`; any case).
    pub fn from_extension(path: &Path) -> Option<Self> {
        let ext = path.extension()?.to_str()?.to_ascii_lowercase();
        match ext.as_str() {
            "csv" => Some(Self::Csv),
            "xlsx" => Some(Self::Xlsx),
            "md" | "markdown" => Some(Self::Markdown),
            "json" => Some(Self::Json),
            "html" | "htm" => Some(Self::Html),
            _ => None,
        }
    }

    /// The usual file extension, without the dot.
    pub fn extension(self) -> &'static str {
        match self {
            Self::Csv => "csv",
            Self::Xlsx => "xlsx",
            Self::Markdown => "md",
            Self::Json => "json",
            Self::Html => "html",
        }
    }

    /// A name for a save dialog's file type list.
    pub fn label(self) -> &'static str {
        match self {
            Self::Csv => "CSV (UTF-8)",
            Self::Xlsx => "Excel workbook",
            Self::Markdown => "Markdown table",
            Self::Json => "JSON",
            Self::Html => "Web page",
        }
    }
}

/// Why rows could not be written in a format.
#[derive(Debug, thiserror::Error)]
pub enum FormatError {
    /// Writing the bytes failed.
    #[error(transparent)]
    Io(#[from] io::Error),
    /// The CSV writer failed.
    #[error(transparent)]
    Csv(#[from] csv::Error),
    /// JSON serialization failed.
    #[error(transparent)]
    Json(#[from] serde_json::Error),
    /// The workbook could not be built.
    #[error(transparent)]
    Xlsx(#[from] rust_xlsxwriter::XlsxError),
}

impl FormatError {
    /// True when the reader went away (`isnad quotes --csv | head`), which is not a failure.
    pub fn is_broken_pipe(&self) -> bool {
        let kind = match self {
            Self::Io(e) => Some(e.kind()),
            Self::Csv(e) => match e.kind() {
                csv::ErrorKind::Io(e) => Some(e.kind()),
                _ => None,
            },
            Self::Json(e) => e.io_error_kind(),
            Self::Xlsx(_) => None,
        };
        kind == Some(io::ErrorKind::BrokenPipe)
    }
}

/// Why an export file could not be written. The target is never left half-written: the rows go
/// to a temporary file in the same folder, which replaces the target only when complete.
#[derive(Debug, thiserror::Error)]
pub enum ExportError {
    /// The folder the file should go in does not exist (or is not a folder).
    #[error("{}: the folder {} does not exist", path.display(), folder.display())]
    NoFolder {
        /// The target file.
        path: PathBuf,
        /// Its folder.
        folder: PathBuf,
    },
    /// Something other than a regular file stands at the target (a device, a FIFO, a socket),
    /// or links lead nowhere: it is left alone.
    #[error("cannot export there: {problem}")]
    Target {
        /// The target given.
        path: PathBuf,
        /// What stands there.
        problem: TargetError,
    },
    /// The target is a folder, not a file.
    #[error("{}: is a folder; give a file name", path.display())]
    TargetIsFolder {
        /// The target.
        path: PathBuf,
    },
    /// No file could be created in the target's folder (permissions, full disk).
    #[error("{}: cannot create a file in its folder: {source}", path.display())]
    Create {
        /// The target file.
        path: PathBuf,
        /// The reason.
        source: io::Error,
    },
    /// Writing the rows failed.
    #[error("{}: cannot write: {source}", path.display())]
    Write {
        /// The target file.
        path: PathBuf,
        /// The reason.
        source: FormatError,
    },
    /// The finished file could not take the target's place.
    #[error("{}: cannot replace the file: {source}", path.display())]
    Replace {
        /// The target file.
        path: PathBuf,
        /// The reason.
        source: io::Error,
    },
}

/// Writes `rows` to `out` in `format`.
pub fn write_to(rows: &[ExportRow], format: Format, out: impl Write) -> Result<(), FormatError> {
    match format {
        Format::Csv => write_csv(rows, out, true),
        Format::Xlsx => xlsx::write(rows, out),
        Format::Markdown => text::write_markdown(rows, out),
        Format::Json => text::write_json(rows, out),
        Format::Html => text::write_html(rows, out),
    }
}

/// Writes `rows` to the file `path` in `format`: into a temporary file in the same folder, then
/// renamed over `path`, so a failure leaves any earlier file at `path` as it was. A symbolic link
/// at `path` is followed (the file it names is replaced, the link stays); an existing file keeps
/// its permissions; a device, FIFO, socket or folder at `path` is refused and left alone.
pub fn write(rows: &[ExportRow], format: Format, path: &Path) -> Result<(), ExportError> {
    write_file(path, |out| write_to(rows, format, out))
}

/// Writes a file at `path` with `write` the way [`write`] does: a temporary file in the target's
/// folder, flushed, synced and renamed over it; links followed, anything but a regular file
/// refused. Other exports (QDPX, QDC) write through it too.
pub fn write_file(
    path: &Path,
    write: impl FnOnce(&mut io::BufWriter<&mut std::fs::File>) -> Result<(), FormatError>,
) -> Result<(), ExportError> {
    let target = crate::files::resolve_target(path).map_err(|e| match e {
        TargetError::NotRegular {
            kind: crate::files::FileKind::Folder,
            ..
        } => ExportError::TargetIsFolder {
            path: path.to_path_buf(),
        },
        problem => ExportError::Target {
            path: path.to_path_buf(),
            problem,
        },
    })?;
    let folder = crate::files::folder_of(&target).to_path_buf();
    if !folder.is_dir() {
        return Err(ExportError::NoFolder {
            path: path.to_path_buf(),
            folder,
        });
    }
    let name = target.file_name().unwrap_or_default().to_string_lossy();
    let prefix = format!(".isnad-export-{name}.");
    let mut file = crate::files::temp_for(&target, &folder, &prefix, ".tmp").map_err(|source| {
        ExportError::Create {
            path: path.to_path_buf(),
            source,
        }
    })?;
    let written = {
        let mut out = io::BufWriter::new(file.as_file_mut());
        write(&mut out).and_then(|()| out.flush().map_err(FormatError::from))
    };
    written
        .and_then(|()| file.as_file().sync_all().map_err(FormatError::from))
        .map_err(|source| ExportError::Write {
            path: path.to_path_buf(),
            source,
        })?;
    file.persist(&target).map_err(|e| ExportError::Replace {
        path: path.to_path_buf(),
        source: e.error,
    })?;
    Ok(())
}
