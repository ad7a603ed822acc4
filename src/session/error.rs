//! What can go wrong reading or writing a session file, in words the analyst understands.

use std::fmt;
use std::path::{Path, PathBuf};

/// Why the text of a session could not be read as a session (the file itself was readable).
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum FormatError {
    /// The file holds nothing (or only blanks).
    #[error("the file is empty")]
    Empty,
    /// The file is not text: invalid UTF-8 or control bytes such as NUL.
    #[error("this is not a session file: it is not text (binary data at byte {offset_bytes})")]
    NotText {
        /// Where the first byte that is not text is.
        offset_bytes: usize,
    },
    /// The text is not valid session RON.
    #[error("line {line}, column {column}: {message}")]
    Syntax {
        /// Line of the problem, from 1.
        line: usize,
        /// Column of the problem, from 1.
        column: usize,
        /// What the reader expected or found, with a hint when the file ends early.
        message: String,
    },
    /// Written by a newer Isnad: refused rather than misread or overwritten.
    #[error(
        "the session was written by a newer version of Isnad (session format {found}; this \
         version reads formats up to {supported}); update Isnad to open it"
    )]
    NewerVersion {
        /// The file's format version.
        found: u32,
        /// The newest format this build reads.
        supported: u32,
    },
    /// A version number no Isnad ever wrote (below the first format).
    #[error("unknown session format version {found} (formats start at 1)")]
    UnknownVersion {
        /// The file's format version.
        found: u32,
    },
    /// Upgrading an older format failed.
    #[error("cannot upgrade the session from format {from}: {message}")]
    Migration {
        /// The format the failing step upgrades from.
        from: u32,
        /// What went wrong.
        message: String,
    },
}

/// The step of a save that failed; the file that was there before is left as it was.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum WriteStep {
    /// Creating the temporary file next to the session.
    CreateTemp,
    /// Writing the temporary file.
    WriteTemp,
    /// Flushing the temporary file to disk.
    SyncTemp,
    /// Keeping the previous file as `.bak`.
    Backup,
    /// Putting the new file in place of the old.
    Replace,
    /// Flushing the folder so the new name is on disk.
    SyncFolder,
    /// Creating the folder the file goes in.
    CreateFolder,
    /// Removing the file.
    Remove,
}

impl fmt::Display for WriteStep {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Self::CreateTemp => "could not create a temporary file in its folder",
            Self::WriteTemp => "could not write the temporary file",
            Self::SyncTemp => "could not flush the temporary file to disk",
            Self::Backup => "could not keep the previous version as .bak",
            Self::Replace => "could not put the new file in place",
            Self::SyncFolder => "could not flush the folder to disk",
            Self::CreateFolder => "could not create its folder",
            Self::Remove => "could not remove the file",
        })
    }
}

/// A session file could not be opened or saved.
#[derive(Debug, thiserror::Error)]
pub enum SessionError {
    /// There is no file at the path.
    #[error("{}: no such session file", path.display())]
    NotFound {
        /// The path.
        path: PathBuf,
    },
    /// The file exists but could not be read.
    #[error("{}: cannot read the session file: {source}", path.display())]
    Read {
        /// The path.
        path: PathBuf,
        /// The system's reason.
        source: std::io::Error,
    },
    /// The file was read but is not a session this version can use.
    #[error("{}: {problem}", path.display())]
    Format {
        /// The path.
        path: PathBuf,
        /// What is wrong with its content.
        problem: FormatError,
    },
    /// The folder to save into does not exist.
    #[error("{}: cannot save: the folder {} does not exist", path.display(), folder.display())]
    FolderMissing {
        /// The session path.
        path: PathBuf,
        /// The missing folder.
        folder: PathBuf,
    },
    /// What should be the folder to save into is a file.
    #[error("{}: cannot save: {} is a file, not a folder", path.display(), folder.display())]
    NotAFolder {
        /// The session path.
        path: PathBuf,
        /// The file standing where the folder should be.
        folder: PathBuf,
    },
    /// The file at the path was written by a newer Isnad; saving would destroy it.
    #[error(
        "{}: not saved: the file there was written by a newer version of Isnad (format {found}, \
         this version writes {supported}); save under another name",
        path.display()
    )]
    WouldOverwriteNewer {
        /// The path.
        path: PathBuf,
        /// The format version of the file there.
        found: u32,
        /// The format this build writes.
        supported: u32,
    },
    /// A step of the save failed; the previous file is untouched.
    #[error("{}: cannot save: {step}: {source}", path.display())]
    Write {
        /// The path.
        path: PathBuf,
        /// Which step failed.
        step: WriteStep,
        /// The system's reason.
        source: std::io::Error,
    },
    /// Something other than a regular file stands where the session is to be saved.
    #[error("{}: cannot save: {problem}", path.display())]
    Target {
        /// The path given.
        path: PathBuf,
        /// What stands there.
        problem: String,
    },
    /// The document has never been saved, so there is no file to save to.
    #[error("the session has no file yet; choose where to save it")]
    NoPath,
}

impl SessionError {
    /// The session path the error concerns, if any.
    pub fn path(&self) -> Option<&Path> {
        match self {
            Self::NotFound { path }
            | Self::Read { path, .. }
            | Self::Format { path, .. }
            | Self::FolderMissing { path, .. }
            | Self::NotAFolder { path, .. }
            | Self::WouldOverwriteNewer { path, .. }
            | Self::Write { path, .. }
            | Self::Target { path, .. } => Some(path),
            Self::NoPath => None,
        }
    }
}
