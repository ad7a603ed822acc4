//! Which files outside a session's own folder Isnad may read for it. A session names the files
//! it was built from; one received from someone else must not decide alone which of this
//! machine's files are read and shown. Files in the session's folder (or below it) are read; a
//! file elsewhere is read when this machine has opened it before, as the record of opened paths
//! in the user's data folder says, or when the analyst agrees (the window asks; the command line
//! needs `--allow-outside`).

use std::io::Write as _;
use std::path::{Path, PathBuf};

use super::{Session, Source};

/// Environment variable naming the folder for Isnad's data (the record of opened paths), in
/// place of the user's data folder (`$XDG_DATA_HOME/isnad`, `~/.local/share/isnad` …).
pub const DATA_DIR_ENV: &str = "ISNAD_DATA_DIR";

/// The record's file name in the data folder.
const RECORD_FILE: &str = "opened-paths.txt";
/// The record keeps the most recent paths, up to this many.
const RECORD_MAX_PATHS: usize = 10_000;
/// The largest record file read.
const RECORD_MAX_BYTES: u64 = 16 << 20;

/// Isnad's data folder: [`DATA_DIR_ENV`] when set, else the user's data folder.
pub fn data_dir() -> Option<PathBuf> {
    match std::env::var_os(DATA_DIR_ENV) {
        Some(dir) if !dir.is_empty() => Some(PathBuf::from(dir)),
        _ => dirs::data_dir().map(|d| d.join("isnad")),
    }
}

/// The paths this machine has opened: files and folders the analyst imported, and session
/// sources the analyst agreed to read. Paths are kept in full, links resolved.
#[derive(Debug, Clone, Default)]
pub struct OpenedPaths {
    /// The record file; `None` keeps the record in memory only.
    file: Option<PathBuf>,
    /// Oldest first.
    paths: Vec<PathBuf>,
}

/// A path in full with links resolved, or made absolute when it does not exist.
fn full_path(path: &Path) -> PathBuf {
    std::fs::canonicalize(path)
        .or_else(|_| std::path::absolute(path))
        .unwrap_or_else(|_| path.to_owned())
}

impl OpenedPaths {
    /// The record in the data folder (empty when there is none, or no data folder).
    pub fn load() -> Self {
        data_dir().map_or_else(Self::default, |d| Self::at(d.join(RECORD_FILE)))
    }

    /// The record kept in `file`; a missing or unreadable file is an empty record.
    pub fn at(file: PathBuf) -> Self {
        let text = crate::files::read_limited(&file, RECORD_MAX_BYTES)
            .map(|b| String::from_utf8_lossy(&b).into_owned())
            .unwrap_or_default();
        let paths = text
            .lines()
            .filter(|l| !l.is_empty())
            .map(PathBuf::from)
            .collect();
        Self {
            file: Some(file),
            paths,
        }
    }

    /// True when `path` (or a folder holding it) was opened before.
    pub fn contains(&self, path: &Path) -> bool {
        let full = full_path(path);
        self.paths.iter().any(|p| full.starts_with(p))
    }

    /// Adds `paths` to the record and writes it. Paths with a line break are not kept (they
    /// would read back as two).
    pub fn remember(&mut self, paths: &[PathBuf]) -> std::io::Result<()> {
        for path in paths {
            let full = full_path(path);
            if full.to_str().is_none_or(|s| s.contains('\n')) {
                continue;
            }
            self.paths.retain(|p| p != &full);
            self.paths.push(full);
        }
        let excess = self.paths.len().saturating_sub(RECORD_MAX_PATHS);
        self.paths.drain(..excess);
        let Some(file) = &self.file else {
            return Ok(());
        };
        if let Some(folder) = file.parent() {
            std::fs::create_dir_all(folder)?;
        }
        let mut text = String::new();
        for p in self.paths.iter().filter_map(|p| p.to_str()) {
            text.push_str(p);
            text.push('\n');
        }
        crate::files::replace_atomically::<std::io::Error>(file, |f| f.write_all(text.as_bytes()))
            .map_err(|e| match e {
                crate::files::ReplaceError::Create(e)
                | crate::files::ReplaceError::Write(e)
                | crate::files::ReplaceError::Replace(e) => e,
            })
    }
}

/// The file sources of `session` (saved at `session_path`) that lie outside the session's own
/// folder and that `opened` does not hold: the files to ask about before reading them.
pub fn sources_to_confirm(
    session: &Session,
    session_path: &Path,
    opened: &OpenedPaths,
) -> Vec<PathBuf> {
    let folder = full_path(crate::files::folder_of(session_path));
    session
        .sources
        .iter()
        .filter_map(|s| match s {
            Source::File { path, .. } => Some(path),
            Source::Bundled => None,
        })
        .filter(|path| !full_path(path).starts_with(&folder) && !opened.contains(path))
        .cloned()
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn session_with(paths: &[&Path]) -> Session {
        Session {
            sources: paths
                .iter()
                .map(|p| Source::File {
                    path: p.to_path_buf(),
                    sha256: String::new(),
                })
                .collect(),
            ..Session::default()
        }
    }

    #[test]
    fn a_session_from_someone_else_names_files_outside_its_folder() {
        let home = tempfile::tempdir().expect("dir");
        let shared = home.path().join("shared");
        std::fs::create_dir(&shared).expect("shared");
        let inside = shared.join("a.txt");
        let outside = home.path().join("secret.txt");
        std::fs::write(&inside, "أ").expect("a");
        std::fs::write(&outside, "ب").expect("b");
        let session = session_with(&[&inside, &outside]);
        let mut opened = OpenedPaths::at(home.path().join("record/opened-paths.txt"));
        let session_path = shared.join("s.isnad");
        assert_eq!(
            sources_to_confirm(&session, &session_path, &opened),
            std::slice::from_ref(&outside)
        );
        opened
            .remember(std::slice::from_ref(&outside))
            .expect("remember");
        let again = OpenedPaths::at(home.path().join("record/opened-paths.txt"));
        assert!(sources_to_confirm(&session, &session_path, &again).is_empty());
    }

    #[test]
    fn a_folder_opened_before_covers_its_files() {
        let home = tempfile::tempdir().expect("dir");
        let mut opened = OpenedPaths::default();
        opened
            .remember(&[home.path().to_path_buf()])
            .expect("in memory");
        assert!(opened.contains(&home.path().join("x/y.txt")));
        assert!(!opened.contains(Path::new("/elsewhere/y.txt")));
    }
}
