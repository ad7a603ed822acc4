//! The processed corpus on disk: the cleaned articles, each article's items as extraction found
//! them and the search index, for the sources opened together, so that opening them again
//! reads one file instead of importing, cleaning, indexing and extracting.
//!
//! An entry is named by a key hashed from the Isnad version, this build of it (the executable's
//! size and time, so a rebuilt binary with other rules never reads an older entry), and the
//! content of every source (each file of a folder, with its path). Its `layout` is a header and
//! `postcard` sections, each with a checksum; the first repeats the version and key, and the
//! items are read only when quotations are asked for (a search needs the articles and index).
//! Nothing in it is trusted: an entry that is larger than the cap, truncated, fails a checksum,
//! does not decode, belongs to another version or key, or whose parts do not fit together is
//! deleted and said, and the sources are read again. Entries beyond the size cap go, least
//! recently used first (a hit touches its entry's modification time).

mod layout;

use std::fmt;
use std::fs;
use std::io::{self, Read, Write};
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::SystemTime;

use xxhash_rust::xxh3::Xxh3;

use crate::corpus::Article;
use crate::files::read::open_regular;
use crate::quotes::Quote;
use crate::search::SearchIndex;

/// File name ending of an entry.
const ENDING: &str = "isnad-cache";
/// The cap when none is given: 2 GiB.
pub const DEFAULT_CAP_BYTES: u64 = 2 << 30;
/// How deep a folder source is walked to hash it.
const MAX_DEPTH: usize = 64;

/// The key of one set of sources: a hex hash.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Key(String);

impl fmt::Display for Key {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

/// What an entry is written from.
#[derive(Debug, Clone, Copy)]
pub struct Parts<'a> {
    /// The cleaned articles as imported, in order.
    pub articles: &'a [Arc<Article>],
    /// The search index of the articles.
    pub index: &'a SearchIndex,
    /// Each article's items as extraction found them, in the same order.
    pub extracted: &'a [Arc<[Quote]>],
    /// What the import said about the sources (skipped files and records, renamed ids), a line
    /// each, to say again when the entry is read.
    pub problems: &'a [String],
    /// True when the import skipped some input.
    pub skipped: bool,
}

/// An entry read back. Its items stay on disk until [`Entry::read_items`].
#[derive(Debug)]
pub struct Entry {
    /// The cleaned articles as imported, in order.
    pub articles: Vec<Article>,
    /// The search index of the articles (without them: see [`SearchIndex::with_articles`]).
    pub index: SearchIndex,
    /// What the import said, a line each.
    pub problems: Vec<String>,
    /// True when the import skipped some input.
    pub skipped: bool,
    path: PathBuf,
    sections: layout::Sections,
}

impl Entry {
    /// Each article's items, read from the entry now; `None` when it is gone or changed since
    /// it was opened (the caller extracts them again).
    pub fn read_items(&self) -> Option<Vec<Vec<Quote>>> {
        layout::read_items(&self.path, &self.sections)
    }

    /// A reader of the items for later, which owns what it needs.
    pub fn items_reader(&self) -> impl Fn() -> Option<Vec<Vec<Quote>>> + Send + Sync + 'static {
        let (path, sections) = (self.path.clone(), self.sections.clone());
        move || layout::read_items(&path, &sections)
    }
}

/// The outcome of reading an entry.
#[derive(Debug)]
pub enum Lookup {
    /// A sound entry of this key.
    Hit(Box<Entry>),
    /// No entry of this key.
    Miss,
    /// An entry that could not be used, now deleted; the text says why.
    Discarded(String),
}

/// The cache folder and its size cap.
#[derive(Debug, Clone)]
pub struct Cache {
    dir: PathBuf,
    cap_bytes: u64,
}

impl Cache {
    /// The cache at `$ISNAD_CACHE_DIR`, else in the user's cache folder (`~/.cache/isnad`),
    /// with the default cap; `None` when the system has no cache folder.
    pub fn from_env() -> Option<Self> {
        let dir = std::env::var_os("ISNAD_CACHE_DIR")
            .filter(|d| !d.is_empty())
            .map(PathBuf::from)
            .or_else(|| dirs::cache_dir().map(|d| d.join("isnad")))?;
        Some(Self::at(dir, DEFAULT_CAP_BYTES))
    }

    /// A cache in `dir` holding at most `cap_bytes` of entries.
    pub fn at(dir: impl Into<PathBuf>, cap_bytes: u64) -> Self {
        Self {
            dir: dir.into(),
            cap_bytes,
        }
    }

    /// The cache folder.
    pub fn dir(&self) -> &Path {
        &self.dir
    }

    fn path_of(&self, key: &Key) -> PathBuf {
        self.dir.join(format!("{key}.{ENDING}"))
    }

    /// Reads the entry of `key` (but not its items); an unusable one is deleted and said.
    pub fn load(&self, key: &Key) -> Lookup {
        let path = self.path_of(key);
        let (mut file, meta) = match open_regular(&path) {
            Ok(opened) => opened,
            Err(e) if e.is_not_found() => return Lookup::Miss,
            Err(e) => return Self::discard(&path, &e.to_string()),
        };
        if meta.len() > self.cap_bytes {
            return Self::discard(&path, "larger than the cache's cap");
        }
        match read_entry(&mut file, meta.len(), key, &path) {
            Ok(entry) => {
                // Least recently used goes first: a hit is a use.
                if let Ok(file) = fs::File::options().append(true).open(&path) {
                    let _ = file.set_modified(SystemTime::now());
                }
                Lookup::Hit(Box::new(entry))
            }
            Err(why) => Self::discard(&path, why),
        }
    }

    fn discard(path: &Path, why: &str) -> Lookup {
        let _ = fs::remove_file(path);
        Lookup::Discarded(format!(
            "the cached corpus {} was discarded ({why}); the sources are read again",
            path.display()
        ))
    }

    /// Writes the entry of `key` (atomically: a reader sees the old entry or the new one), then
    /// removes the least recently used entries while the cache holds more than its cap. An
    /// entry larger than the cap is not kept.
    pub fn store(&self, key: &Key, parts: &Parts<'_>) -> io::Result<()> {
        let bytes = layout::encode(&version(), &key.0, parts).map_err(io::Error::other)?;
        if bytes.len() as u64 > self.cap_bytes {
            return Ok(());
        }
        fs::create_dir_all(&self.dir)?;
        let mut file = tempfile::NamedTempFile::new_in(&self.dir)?;
        file.write_all(&bytes)?;
        file.as_file().sync_all()?;
        let path = self.path_of(key);
        file.persist(&path).map_err(|e| e.error)?;
        self.evict(&path)
    }

    /// Removes the least recently used entries, never `keep`, until the cap is met.
    fn evict(&self, keep: &Path) -> io::Result<()> {
        let mut entries = self.entries()?;
        let mut total: u64 = entries.iter().map(|e| e.1).sum();
        entries.sort_by_key(|e| e.2);
        for (path, len, _) in entries {
            if total <= self.cap_bytes {
                break;
            }
            if path != keep && fs::remove_file(&path).is_ok() {
                total = total.saturating_sub(len);
            }
        }
        Ok(())
    }

    /// The entries: path, size, last use.
    fn entries(&self) -> io::Result<Vec<(PathBuf, u64, SystemTime)>> {
        let read = match fs::read_dir(&self.dir) {
            Ok(read) => read,
            Err(e) if e.kind() == io::ErrorKind::NotFound => return Ok(Vec::new()),
            Err(e) => return Err(e),
        };
        Ok(read
            .filter_map(Result::ok)
            .filter(|e| e.path().extension().is_some_and(|x| x == ENDING))
            .filter_map(|e| {
                let meta = e.metadata().ok().filter(fs::Metadata::is_file)?;
                let used = meta.modified().unwrap_or(SystemTime::UNIX_EPOCH);
                Some((e.path(), meta.len(), used))
            })
            .collect())
    }

    /// The entries' total size in bytes.
    pub fn size_bytes(&self) -> io::Result<u64> {
        Ok(self.entries()?.iter().map(|e| e.1).sum())
    }

    /// Whether an entry of `key` is on disk (read or not).
    pub fn contains(&self, key: &Key) -> bool {
        self.path_of(key).is_file()
    }

    /// Deletes every entry; returns how many there were. Other files in the folder stay.
    pub fn clear(&self) -> io::Result<usize> {
        let entries = self.entries()?;
        for (path, _, _) in &entries {
            fs::remove_file(path)?;
        }
        Ok(entries.len())
    }
}

/// The entry in `file` (of `len` bytes, at `path`) when it is sound and of `key`; or why not.
fn read_entry(
    file: &mut fs::File,
    len: u64,
    key: &Key,
    path: &Path,
) -> Result<Entry, &'static str> {
    let sections = layout::read_header(file, len)?;
    let head: layout::Head = postcard::from_bytes(&layout::read_section(file, &sections, 0)?)
        .map_err(|_| "it does not decode")?;
    if head.version != version() {
        return Err("written by another version of Isnad");
    }
    if head.key != key.0 {
        return Err("written for other sources");
    }
    let chunks = head.article_chunks as usize;
    if sections.places.len() != chunks + 3 {
        return Err("not a cache entry of this layout");
    }
    // Each section is read and decoded by its own task, so that reading overlaps decoding.
    let (articles, index) = rayon::join(
        || layout::read_articles(path, &sections, 1..chunks + 1),
        || {
            let bytes = layout::read_section_at(path, &sections, chunks + 1)?;
            postcard::from_bytes::<SearchIndex>(&bytes).map_err(|_| "it does not decode")
        },
    );
    // The items are checked when they are read.
    let last = sections.places.len() - 1;
    let items = sections.places.get(last).ok_or("truncated")?;
    if items.0.end != len {
        return Err("truncated");
    }
    Ok(Entry {
        articles: articles?,
        index: index?,
        problems: head.problems,
        skipped: head.skipped,
        path: path.to_owned(),
        sections,
    })
}

/// The Isnad version and this build of it.
fn version() -> String {
    let build = std::env::current_exe()
        .and_then(fs::metadata)
        .map(|m| {
            let at = m
                .modified()
                .ok()
                .and_then(|t| t.duration_since(SystemTime::UNIX_EPOCH).ok())
                .unwrap_or_default();
            format!("{}.{}", m.len(), at.as_nanos())
        })
        .unwrap_or_default();
    format!("{} {build}", env!("CARGO_PKG_VERSION"))
}

/// The key of a set of sources: the version and build, then each path (made absolute, so the
/// window and a command run elsewhere name one file alike) with the content of the file it
/// names, or of every regular file in the folder it names (sorted, links followed). Fails when a
/// source cannot be read; the caller then reads the sources without the cache.
pub fn key(paths: &[PathBuf]) -> io::Result<Key> {
    key_with(paths, false)
}

/// As [`key`], for the bundled articles followed by `paths` when `bundled` (a window's session
/// that kept them).
pub fn key_with(paths: &[PathBuf], bundled: bool) -> io::Result<Key> {
    let mut h = Xxh3::new();
    h.update(version().as_bytes());
    if bundled {
        h.update(b"\0bundled\0");
    }
    for path in paths {
        let path = std::path::absolute(path)?;
        let path = path.as_path();
        h.update(path.as_os_str().as_encoded_bytes());
        h.update(&[0]);
        if fs::metadata(path)?.is_dir() {
            let walk = walkdir::WalkDir::new(path)
                .follow_links(true)
                .max_depth(MAX_DEPTH)
                .sort_by_file_name();
            for e in walk {
                let e = e.map_err(io::Error::other)?;
                if e.file_type().is_file() {
                    h.update(e.path().as_os_str().as_encoded_bytes());
                    h.update(&[0]);
                    hash_file(e.path(), &mut h)?;
                }
            }
        } else {
            hash_file(path, &mut h)?;
        }
    }
    Ok(Key(format!("{:032x}", h.digest128())))
}

/// Feeds a regular file to the hasher a block at a time, its length first.
fn hash_file(path: &Path, h: &mut Xxh3) -> io::Result<()> {
    let (mut file, meta) = open_regular(path).map_err(io::Error::other)?;
    h.update(&meta.len().to_le_bytes());
    let mut buf = vec![0u8; 1 << 16];
    loop {
        let n = file.read(&mut buf)?;
        if n == 0 {
            return Ok(());
        }
        h.update(buf.get(..n).unwrap_or_default());
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// An entry written by another version (or build) of Isnad is stale: discarded, said, and
    /// deleted.
    #[test]
    fn an_entry_of_another_version_is_discarded() {
        let dir = tempfile::tempdir().expect("a temp dir");
        let cache = Cache::at(dir.path(), DEFAULT_CAP_BYTES);
        let corpus = crate::corpus::bundled();
        let index = SearchIndex::build(&corpus);
        let parts = Parts {
            articles: corpus.articles(),
            index: &index,
            extracted: &[],
            problems: &[],
            skipped: false,
        };
        let key = Key("k".into());
        let bytes = layout::encode("0.0.0 another build", &key.0, &parts).expect("bytes");
        fs::write(cache.path_of(&key), bytes).expect("an entry");
        let Lookup::Discarded(why) = cache.load(&key) else {
            panic!("a stale entry was read");
        };
        assert!(why.contains("another version"), "{why}");
        assert!(!cache.contains(&key));
        // The same entry of this version is read.
        cache.store(&key, &parts).expect("stored");
        assert!(matches!(cache.load(&key), Lookup::Hit(_)));
    }
}
