//! Replacing a target file atomically and safely: a symbolic link is followed to the file it
//! names (the link stays), a target that exists and is not a regular file (a device, a FIFO, a
//! socket, a folder) is refused before anything is written, and the new file takes the
//! permissions of the one it replaces.

use std::fs::{self, Permissions};
use std::io;
use std::path::{Path, PathBuf};

use tempfile::NamedTempFile;

use super::read::FileKind;

/// Why a file cannot be written at a path.
#[derive(Debug, thiserror::Error)]
pub enum TargetError {
    /// Something other than a regular file stands at the path: it is left alone.
    #[error("{} is {kind}; only a regular file is replaced", path.display())]
    NotRegular {
        /// The path (after following links).
        path: PathBuf,
        /// What stands there.
        kind: FileKind,
    },
    /// Links lead to links more times than the system allows, or in a circle.
    #[error("{}: too many levels of symbolic links", path.display())]
    LinkLoop {
        /// The path given.
        path: PathBuf,
    },
    /// A link could not be read.
    #[error("{}: {source}", path.display())]
    Io {
        /// The path.
        path: PathBuf,
        /// The reason.
        source: io::Error,
    },
}

/// How many links are followed before giving up (Linux's own limit).
const MAX_LINKS: usize = 40;

/// The path a write to `path` must replace: `path` itself, or through symbolic links the file
/// they lead to (which need not exist yet). Refuses a path where something other than a regular
/// file stands.
pub fn resolve_target(path: &Path) -> Result<PathBuf, TargetError> {
    let mut at = path.to_path_buf();
    for _ in 0..MAX_LINKS {
        // Nothing there yet (or a folder on the way is missing or a file): the write's own
        // checks of the folder say what is wrong.
        let Ok(meta) = fs::symlink_metadata(&at) else {
            return Ok(at);
        };
        if meta.file_type().is_symlink() {
            let to = fs::read_link(&at).map_err(|source| TargetError::Io {
                path: at.clone(),
                source,
            })?;
            at = match at.parent() {
                Some(folder) if to.is_relative() => folder.join(to),
                _ => to,
            };
            continue;
        }
        return match FileKind::of(&meta) {
            None => Ok(at),
            Some(kind) => Err(TargetError::NotRegular { path: at, kind }),
        };
    }
    Err(TargetError::LinkLoop {
        path: path.to_path_buf(),
    })
}

/// The folder a file at `path` goes in (`.` for a bare file name).
pub fn folder_of(path: &Path) -> &Path {
    match path.parent() {
        Some(p) if !p.as_os_str().is_empty() => p,
        _ => Path::new("."),
    }
}

/// A new temporary file in `folder` (named `prefix…suffix`) for a file that is to replace
/// `target`: with the permissions of the file at `target` when there is one, else those of any
/// new file (the umask applies), not the owner-only mode of temporary files.
pub fn temp_for(
    target: &Path,
    folder: &Path,
    prefix: &str,
    suffix: &str,
) -> io::Result<NamedTempFile> {
    let existing: Option<Permissions> = fs::metadata(target)
        .ok()
        .filter(fs::Metadata::is_file)
        .map(|m| m.permissions());
    let mut builder = tempfile::Builder::new();
    builder.prefix(prefix).suffix(suffix);
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt as _;
        builder.permissions(Permissions::from_mode(0o666));
    }
    let temp = builder.tempfile_in(folder)?;
    if let Some(permissions) = existing {
        // Set on the open file, exactly (the umask applied at creation would narrow it).
        temp.as_file().set_permissions(permissions)?;
    }
    Ok(temp)
}

/// Writes a file at `path` atomically with `write`: into a temporary file beside the real target
/// (links followed), flushed to disk, then renamed over it. The caller checks the folder first.
pub fn replace_atomically<E: From<io::Error>>(
    target: &Path,
    write: impl FnOnce(&mut fs::File) -> Result<(), E>,
) -> Result<(), ReplaceError<E>> {
    let name = target.file_name().unwrap_or_default().to_string_lossy();
    let mut temp = temp_for(target, folder_of(target), &format!(".{name}."), ".tmp")
        .map_err(ReplaceError::Create)?;
    write(temp.as_file_mut()).map_err(ReplaceError::Write)?;
    temp.as_file()
        .sync_all()
        .map_err(|e| ReplaceError::Write(E::from(e)))?;
    temp.persist(target)
        .map_err(|e| ReplaceError::Replace(e.error))?;
    Ok(())
}

/// Which step of [`replace_atomically`] failed.
#[derive(Debug)]
pub enum ReplaceError<E> {
    /// No temporary file could be made beside the target.
    Create(io::Error),
    /// Writing or flushing it failed.
    Write(E),
    /// It could not be renamed over the target.
    Replace(io::Error),
}

#[cfg(all(test, unix))]
mod tests {
    use super::*;
    use std::os::unix::fs::{PermissionsExt as _, symlink};

    #[test]
    fn a_link_resolves_to_the_file_it_names_even_before_it_exists() {
        let dir = tempfile::tempdir().expect("dir");
        let link = dir.path().join("out.csv");
        symlink("real.csv", &link).expect("link");
        assert_eq!(
            resolve_target(&link).expect("target"),
            dir.path().join("real.csv")
        );
    }

    #[test]
    fn a_link_loop_is_an_error() {
        let dir = tempfile::tempdir().expect("dir");
        symlink("b", dir.path().join("a")).expect("a");
        symlink("a", dir.path().join("b")).expect("b");
        assert!(matches!(
            resolve_target(&dir.path().join("a")),
            Err(TargetError::LinkLoop { .. })
        ));
    }

    #[test]
    fn a_replaced_file_keeps_its_mode() {
        let dir = tempfile::tempdir().expect("dir");
        let path = dir.path().join("keep.csv");
        fs::write(&path, "old").expect("write");
        fs::set_permissions(&path, Permissions::from_mode(0o600)).expect("chmod");
        replace_atomically::<io::Error>(&path, |f| io::Write::write_all(f, b"new"))
            .map_err(|_| ())
            .expect("replace");
        assert_eq!(fs::read_to_string(&path).expect("read"), "new");
        let mode = fs::metadata(&path).expect("meta").permissions().mode() & 0o777;
        assert_eq!(mode, 0o600);
    }
}
