//! The recovery file: the window writes the session there shortly after each edit and removes it
//! on a clean exit, so one that is still there at start-up is work a crash would have lost.
//!
//! It is an ordinary session file (it opens like any other) whose first line is a comment
//! naming the session file it belongs to: `// origin: "/home/…/work.ron"`.

use std::fs;
use std::io;
use std::path::{Path, PathBuf};
use std::time::SystemTime;

use super::Session;
use super::error::{SessionError, WriteStep};
use super::file;

/// The recovery file's name in its folder.
pub const RECOVERY_FILE: &str = "recovery.ron";

const ORIGIN: &str = "// origin: ";

/// A session found in the recovery file.
#[derive(Debug, Clone, PartialEq)]
pub struct Recovered {
    /// The session as it was at the last autosave.
    pub session: Session,
    /// The session file it belongs to; `None` for a session never saved.
    pub origin: Option<PathBuf>,
    /// When it was written.
    pub modified: Option<SystemTime>,
}

/// The recovery file in a folder (the app's data folder).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Recovery {
    path: PathBuf,
}

impl Recovery {
    /// The recovery file in `dir` (created on first write if missing).
    pub fn in_dir(dir: &Path) -> Self {
        Self {
            path: dir.join(RECOVERY_FILE),
        }
    }

    /// The recovery file's path.
    pub fn path(&self) -> &Path {
        &self.path
    }

    /// Writes `session` atomically, naming the file it belongs to.
    pub fn write(&self, session: &Session, origin: Option<&Path>) -> Result<(), SessionError> {
        if let Some(dir) = self.path.parent() {
            fs::create_dir_all(dir).map_err(|source| SessionError::Write {
                path: self.path.clone(),
                step: WriteStep::CreateFolder,
                source,
            })?;
        }
        let origin_line = origin.map_or_else(String::new, |p| {
            // A JSON string: quotes, backslashes and line breaks in the path stay on one line.
            let quoted = serde_json::to_string(&p.to_string_lossy()).unwrap_or_default();
            format!("{ORIGIN}{quoted}\n")
        });
        let text = origin_line + &file::to_ron(session);
        file::write_atomic(&self.path, &text, false)
    }

    /// The recovered session, if there is one. A recovery file that cannot be read is an error
    /// to show (the file is left in place for the analyst to rescue by hand).
    pub fn find(&self) -> Result<Option<Recovered>, SessionError> {
        let bytes = match file::read_bytes(&self.path) {
            Ok(b) => b,
            Err(SessionError::NotFound { .. }) => return Ok(None),
            Err(e) => return Err(e),
        };
        let session = file::from_bytes(&bytes).map_err(|problem| SessionError::Format {
            path: self.path.clone(),
            problem,
        })?;
        let origin = String::from_utf8_lossy(&bytes)
            .lines()
            .next()
            .and_then(|l| l.strip_prefix(ORIGIN))
            .and_then(|q| serde_json::from_str::<String>(q).ok())
            .map(PathBuf::from);
        let modified = fs::metadata(&self.path).and_then(|m| m.modified()).ok();
        Ok(Some(Recovered {
            session,
            origin,
            modified,
        }))
    }

    /// Removes the recovery file (after a save or a clean exit); no file is not an error.
    pub fn clear(&self) -> Result<(), SessionError> {
        match fs::remove_file(&self.path) {
            Err(e) if e.kind() != io::ErrorKind::NotFound => Err(SessionError::Write {
                path: self.path.clone(),
                step: WriteStep::Remove,
                source: e,
            }),
            _ => Ok(()),
        }
    }
}
