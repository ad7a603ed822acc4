//! Reading and writing the analyst's files safely: only regular files are read, never without a
//! limit and never blocking on a FIFO or a device; files are replaced atomically, through
//! symbolic links, keeping their permissions, and never in place of a device, FIFO or socket.
//!
//! - [`read`]: opening a regular file without blocking, bounded reads, streamed hashes.
//! - [`write`]: atomic replacement of a target file.

pub mod read;
pub mod write;

pub use read::{FileKind, ReadError, hash_file, hash_into, open_regular, read_head, read_limited};
pub use write::{
    ReplaceError, TargetError, folder_of, replace_atomically, resolve_target, temp_for,
};
