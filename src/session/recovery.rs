//! The recovery file: the window writes the session there shortly after each edit and removes it
//! on a clean exit, so one that is still there at start-up is work a crash would have lost.
//!
//! It is an ordinary session file (it opens like any other) whose first line is a comment
//! naming the session file it belongs to: `// origin: "/home/…/work.ron"`.
//!
//! Each running window has its own: it claims the first of `recovery.ron`, `recovery-2.ron`, …
//! whose lock file (`recovery.lock`, …) it can lock, and holds the lock while it runs. A second
//! window never writes over the first one's autosave nor offers it back while the first still
//! runs; once a window is gone (closed or crashed) the system releases its lock, and the next
//! window to start takes that file, and the work in it, over.

use std::fs::{self, File, TryLockError};
use std::io;
use std::path::{Path, PathBuf};
use std::time::SystemTime;

use super::Session;
use super::error::{SessionError, WriteStep};
use super::file;

/// The first recovery file's name in its folder.
pub const RECOVERY_FILE: &str = "recovery.ron";

/// How many windows may run at once each with its own recovery file; more share the last one.
const SLOTS: usize = 32;

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

/// This window's recovery file in a folder (the app's data folder), claimed while it lives.
#[derive(Debug)]
pub struct Recovery {
    path: PathBuf,
    /// The locked lock file that keeps other windows off `path`; `None` when the folder cannot
    /// hold one (then the first file is used as it is).
    _lock: Option<File>,
}

impl Recovery {
    /// Claims the first recovery file in `dir` that no running window holds (the folder is
    /// created if missing). When no lock can be taken there (a read-only folder, a file system
    /// without locks) the first file is used unlocked: autosave then fails or shares as before,
    /// and says so when it writes.
    pub fn claim(dir: &Path) -> Self {
        // A folder that cannot be made is reported by the first write.
        let _ = fs::create_dir_all(dir);
        for slot in 0..SLOTS {
            let (file, lock) = slot_names(slot);
            let Ok(handle) = File::options()
                .create(true)
                .truncate(false)
                .write(true)
                .open(dir.join(&lock))
            else {
                break;
            };
            match handle.try_lock() {
                Ok(()) => {
                    return Self {
                        path: dir.join(file),
                        _lock: Some(handle),
                    };
                }
                Err(TryLockError::WouldBlock) => {}
                Err(TryLockError::Error(_)) => break,
            }
        }
        Self {
            path: dir.join(RECOVERY_FILE),
            _lock: None,
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

/// The recovery and lock file names of a slot: `recovery.ron` and `recovery.lock` for the first,
/// then `recovery-2.ron`, `recovery-2.lock`, ….
fn slot_names(slot: usize) -> (String, String) {
    if slot == 0 {
        (RECOVERY_FILE.to_owned(), "recovery.lock".to_owned())
    } else {
        let n = slot + 1;
        (format!("recovery-{n}.ron"), format!("recovery-{n}.lock"))
    }
}
