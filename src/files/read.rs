//! Opening and reading regular files only. A path is opened without blocking (a FIFO with no
//! writer would otherwise hang the open), the type of what was opened is checked on the open
//! handle (not on the path, which a link or a race could change), size limits are taken from the
//! opened file, and the bytes are read through a limit, so a file that grows, or a link to an
//! endless device, cannot fill the memory.

use std::fmt;
use std::fs::{File, Metadata, OpenOptions};
use std::io::{self, Read};
use std::path::Path;

use sha2::{Digest, Sha256};

/// What a path names when it is not a regular file.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FileKind {
    /// A folder.
    Folder,
    /// A named pipe (FIFO).
    Fifo,
    /// A character device (a terminal, `/dev/zero`).
    CharDevice,
    /// A block device (a disk).
    BlockDevice,
    /// A Unix domain socket.
    Socket,
    /// Anything else the system has.
    Other,
}

impl FileKind {
    /// The kind of a file that is not regular, from its metadata; `None` for a regular file.
    pub fn of(meta: &Metadata) -> Option<Self> {
        let t = meta.file_type();
        if t.is_file() {
            return None;
        }
        if t.is_dir() {
            return Some(Self::Folder);
        }
        #[cfg(unix)]
        {
            use std::os::unix::fs::FileTypeExt as _;
            if t.is_fifo() {
                return Some(Self::Fifo);
            }
            if t.is_char_device() {
                return Some(Self::CharDevice);
            }
            if t.is_block_device() {
                return Some(Self::BlockDevice);
            }
            if t.is_socket() {
                return Some(Self::Socket);
            }
        }
        Some(Self::Other)
    }
}

impl fmt::Display for FileKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Self::Folder => "a folder",
            Self::Fifo => "a named pipe (FIFO)",
            Self::CharDevice => "a character device",
            Self::BlockDevice => "a block device",
            Self::Socket => "a socket",
            Self::Other => "not a regular file",
        })
    }
}

/// Why a file was not read.
#[derive(Debug, thiserror::Error)]
pub enum ReadError {
    /// The path names a FIFO, device, socket or folder: only regular files are read.
    #[error("{kind}, not a regular file; not read")]
    NotRegular {
        /// What it is.
        kind: FileKind,
    },
    /// The file is larger than the limit for what it holds.
    #[error("{size_bytes} bytes is more than the limit of {limit_bytes} bytes")]
    TooLarge {
        /// Its size (at least; a growing file is not read to its end).
        size_bytes: u64,
        /// The limit.
        limit_bytes: u64,
    },
    /// The system could not open or read it.
    #[error(transparent)]
    Io(#[from] io::Error),
}

impl ReadError {
    /// True when the file does not exist.
    pub fn is_not_found(&self) -> bool {
        matches!(self, Self::Io(e) if e.kind() == io::ErrorKind::NotFound)
    }
}

/// Opens `path` for reading when it is a regular file (links followed), without blocking:
/// returns the open file and the metadata of what was opened.
pub fn open_regular(path: &Path) -> Result<(File, Metadata), ReadError> {
    // A socket cannot be opened at all and a FIFO would block without O_NONBLOCK: look first.
    if let Some(kind) = FileKind::of(&std::fs::metadata(path)?) {
        return Err(ReadError::NotRegular { kind });
    }
    let mut options = OpenOptions::new();
    options.read(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt as _;
        // On a regular file O_NONBLOCK changes nothing; on a FIFO put in the path's place since
        // the look above, it makes the open return at once instead of waiting for a writer.
        options.custom_flags(libc::O_NONBLOCK);
    }
    let file = options.open(path)?;
    let meta = file.metadata()?;
    if let Some(kind) = FileKind::of(&meta) {
        return Err(ReadError::NotRegular { kind });
    }
    Ok((file, meta))
}

/// The whole of the regular file at `path`, refused when it is larger than `limit_bytes` (by
/// the opened file's size, and again by what is read, for a file that grows meanwhile).
pub fn read_limited(path: &Path, limit_bytes: u64) -> Result<Vec<u8>, ReadError> {
    let (file, meta) = open_regular(path)?;
    if meta.len() > limit_bytes {
        return Err(ReadError::TooLarge {
            size_bytes: meta.len(),
            limit_bytes,
        });
    }
    let mut bytes = Vec::with_capacity(usize::try_from(meta.len()).unwrap_or(0));
    file.take(limit_bytes.saturating_add(1))
        .read_to_end(&mut bytes)?;
    if bytes.len() as u64 > limit_bytes {
        return Err(ReadError::TooLarge {
            size_bytes: bytes.len() as u64,
            limit_bytes,
        });
    }
    Ok(bytes)
}

/// The first `limit_bytes` of an open file (fewer when it is shorter).
pub fn read_head(file: &mut File, limit_bytes: usize) -> io::Result<Vec<u8>> {
    let mut head = Vec::with_capacity(limit_bytes.min(1 << 20));
    file.by_ref()
        .take(limit_bytes as u64)
        .read_to_end(&mut head)?;
    Ok(head)
}

/// Hex SHA-256 of the regular file at `path`, read a block at a time.
pub fn hash_file(path: &Path) -> Result<String, ReadError> {
    let (mut file, _) = open_regular(path)?;
    let mut hasher = Sha256::new();
    io::copy(&mut file, &mut hasher)?;
    Ok(format!("{:x}", hasher.finalize()))
}

/// Feeds the regular file at `path` to `hasher`, a block at a time; returns its length.
pub fn hash_into(path: &Path, hasher: &mut Sha256) -> Result<u64, ReadError> {
    let (mut file, _) = open_regular(path)?;
    Ok(io::copy(&mut file, hasher)?)
}

#[cfg(all(test, unix))]
mod tests {
    use super::*;

    fn fifo(dir: &Path, name: &str) -> std::path::PathBuf {
        let path = dir.join(name);
        rustix::fs::mknodat(
            rustix::fs::CWD,
            &path,
            rustix::fs::FileType::Fifo,
            rustix::fs::Mode::from_raw_mode(0o600),
            0,
        )
        .expect("mkfifo");
        path
    }

    #[test]
    fn a_fifo_is_refused_without_blocking() {
        let dir = tempfile::tempdir().expect("dir");
        let path = fifo(dir.path(), "pipe.txt");
        let err = read_limited(&path, 10).expect_err("not regular");
        assert!(matches!(
            err,
            ReadError::NotRegular {
                kind: FileKind::Fifo
            }
        ));
    }

    #[test]
    fn a_link_to_a_fifo_is_refused() {
        let dir = tempfile::tempdir().expect("dir");
        let target = fifo(dir.path(), "pipe");
        let link = dir.path().join("z.txt");
        std::os::unix::fs::symlink(&target, &link).expect("link");
        assert!(matches!(
            hash_file(&link),
            Err(ReadError::NotRegular { .. })
        ));
    }

    #[test]
    fn a_socket_is_refused() {
        let dir = tempfile::tempdir().expect("dir");
        let path = dir.path().join("s.txt");
        let _listener = std::os::unix::net::UnixListener::bind(&path).expect("bind");
        assert!(matches!(
            read_limited(&path, 10),
            Err(ReadError::NotRegular {
                kind: FileKind::Socket
            })
        ));
    }

    #[test]
    fn a_file_over_the_limit_is_refused_by_its_opened_size() {
        let dir = tempfile::tempdir().expect("dir");
        let path = dir.path().join("big.txt");
        std::fs::write(&path, vec![b'a'; 11]).expect("write");
        let link = dir.path().join("link.txt");
        std::os::unix::fs::symlink(&path, &link).expect("link");
        assert!(matches!(
            read_limited(&link, 10),
            Err(ReadError::TooLarge {
                size_bytes: 11,
                limit_bytes: 10
            })
        ));
        assert_eq!(read_limited(&link, 11).expect("read").len(), 11);
    }

    #[test]
    fn a_streamed_hash_is_the_hash_of_the_bytes() {
        let dir = tempfile::tempdir().expect("dir");
        let path = dir.path().join("a.txt");
        std::fs::write(&path, "نص").expect("write");
        assert_eq!(
            hash_file(&path).expect("hash"),
            format!("{:x}", Sha256::digest("نص".as_bytes()))
        );
    }
}
