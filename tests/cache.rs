//! The cache of processed corpora: a second open reads it; a corrupt, truncated or foreign
//! entry is discarded with a message and the sources are read again; the least recently used
//! entries go when the cache is over its cap; clearing removes every entry.

use std::fs;
use std::path::{Path, PathBuf};
use std::time::{Duration, SystemTime};

use isnad::search::SearchOptions;
use isnad::workspace::cache::{self, Cache, DEFAULT_CAP_BYTES, Lookup};
use isnad::workspace::{Opened, open};

/// A folder with the bundled articles as text files, `n` of them from `skip` on.
fn sources(dir: &Path, name: &str, skip: usize, n: usize) -> PathBuf {
    let folder = dir.join(name);
    fs::create_dir_all(&folder).expect("a folder");
    for (file, raw) in isnad::corpus::BUNDLED.iter().skip(skip).take(n) {
        fs::write(folder.join(file), raw).expect("an article file");
    }
    folder
}

fn entry_path(cache: &Cache, paths: &[PathBuf]) -> PathBuf {
    let key = cache::key(paths).expect("a key");
    cache.dir().join(format!("{key}.isnad-cache"))
}

fn hits(opened: &Opened) -> Vec<(String, std::ops::Range<usize>)> {
    opened
        .workspace
        .snapshot()
        .index()
        .search_text("الرئيس", &SearchOptions::default())
        .hits
        .iter()
        .map(|h| (h.article.id.to_string(), h.sentence_bytes.clone()))
        .collect()
}

#[test]
fn a_second_open_reads_the_cache_and_finds_the_same() {
    let dir = tempfile::tempdir().expect("a temp dir");
    let cache = Cache::at(dir.path().join("cache"), DEFAULT_CAP_BYTES);
    let paths = vec![sources(dir.path(), "a", 0, 100)];
    let first = open(&paths, Some(&cache));
    assert!(!first.from_cache);
    assert!(first.cache_notes.is_empty(), "{:?}", first.cache_notes);
    let second = open(&paths, Some(&cache));
    assert!(second.from_cache);
    assert!(!hits(&second).is_empty());
    assert_eq!(hits(&first), hits(&second));
    assert_eq!(
        first.workspace.snapshot().quotes(),
        second.workspace.snapshot().quotes()
    );
    // Without the cache, the sources are read again.
    assert!(!open(&paths, None).from_cache);
}

#[test]
fn changed_sources_are_another_entry() {
    let dir = tempfile::tempdir().expect("a temp dir");
    let cache = Cache::at(dir.path().join("cache"), DEFAULT_CAP_BYTES);
    let paths = vec![sources(dir.path(), "a", 0, 3)];
    let before = cache::key(&paths).expect("a key");
    open(&paths, Some(&cache));
    let (file, _) = isnad::corpus::BUNDLED[0];
    fs::write(paths[0].join(file), "نص آخر تماما").expect("a changed file");
    assert_ne!(cache::key(&paths).expect("a key"), before);
    assert!(!open(&paths, Some(&cache)).from_cache);
}

/// Opens once to write the entry, spoils it with `spoil`, and checks that the next open says
/// so, reads the sources and finds what they hold.
fn spoiled_entry_is_discarded(spoil: impl Fn(&Path), says: &str) {
    let dir = tempfile::tempdir().expect("a temp dir");
    let cache = Cache::at(dir.path().join("cache"), DEFAULT_CAP_BYTES);
    let paths = vec![sources(dir.path(), "a", 0, 5)];
    let fresh = open(&paths, Some(&cache));
    let entry = entry_path(&cache, &paths);
    assert!(entry.is_file());
    spoil(&entry);
    let reopened = open(&paths, Some(&cache));
    assert!(!reopened.from_cache);
    let note = reopened.cache_notes.join("\n");
    assert!(note.contains("discarded") && note.contains(says), "{note}");
    assert_eq!(hits(&fresh), hits(&reopened));
    // The entry was written again, sound.
    assert!(open(&paths, Some(&cache)).from_cache);
}

#[test]
fn a_corrupt_entry_is_discarded_with_a_message() {
    spoiled_entry_is_discarded(
        |entry| {
            let mut bytes = fs::read(entry).expect("the entry");
            let middle = bytes.len() / 2;
            bytes[middle] ^= 0x55;
            fs::write(entry, bytes).expect("spoiled");
        },
        "checksum",
    );
}

#[test]
fn a_truncated_entry_is_discarded_with_a_message() {
    spoiled_entry_is_discarded(
        |entry| {
            let bytes = fs::read(entry).expect("the entry");
            fs::write(entry, &bytes[..bytes.len() - 7]).expect("cut");
        },
        "truncated",
    );
}

#[test]
fn an_entry_of_other_sources_or_another_layout_is_discarded() {
    let dir = tempfile::tempdir().expect("a temp dir");
    let cache = Cache::at(dir.path().join("cache"), DEFAULT_CAP_BYTES);
    let a = vec![sources(dir.path(), "a", 0, 3)];
    let b = vec![sources(dir.path(), "b", 3, 3)];
    open(&a, Some(&cache));
    // An entry put in another's place (a copy, a rename) belongs to other sources.
    fs::copy(entry_path(&cache, &a), entry_path(&cache, &b)).expect("a copy");
    let opened = open(&b, Some(&cache));
    assert!(!opened.from_cache);
    assert!(opened.cache_notes.join("\n").contains("other sources"));
    // A file of another layout (an older Isnad) is not read.
    fs::write(entry_path(&cache, &a), b"ISNADWS1 older layout").expect("an old entry");
    let opened = open(&a, Some(&cache));
    assert!(opened.cache_notes.join("\n").contains("layout"));
}

#[test]
fn an_entry_larger_than_the_cap_is_neither_kept_nor_read() {
    let dir = tempfile::tempdir().expect("a temp dir");
    let cache = Cache::at(dir.path().join("cache"), 1024);
    let paths = vec![sources(dir.path(), "a", 0, 5)];
    open(&paths, Some(&cache));
    assert!(!entry_path(&cache, &paths).exists());
    // One written by a cache with a larger cap is refused by this one.
    let big = Cache::at(dir.path().join("cache"), DEFAULT_CAP_BYTES);
    open(&paths, Some(&big));
    let key = cache::key(&paths).expect("a key");
    assert!(matches!(cache.load(&key), Lookup::Discarded(why) if why.contains("cap")));
}

#[test]
fn the_least_recently_used_entries_go_first_and_clear_removes_all() {
    let dir = tempfile::tempdir().expect("a temp dir");
    let unbounded = Cache::at(dir.path().join("cache"), DEFAULT_CAP_BYTES);
    let sets: Vec<Vec<PathBuf>> = (0..3)
        .map(|i| vec![sources(dir.path(), &format!("s{i}"), 0, 2)])
        .collect();
    for set in &sets[..2] {
        open(set, Some(&unbounded));
    }
    // Set 0 was used an hour ago, set 1 two hours ago.
    let now = SystemTime::now();
    for (set, hours) in [(&sets[0], 1), (&sets[1], 2)] {
        let file = fs::File::options()
            .append(true)
            .open(entry_path(&unbounded, set))
            .expect("an entry");
        file.set_modified(now - Duration::from_secs(3600 * hours))
            .expect("a time");
    }
    let size = |set: &[PathBuf]| fs::metadata(entry_path(&unbounded, set)).map_or(0, |m| m.len());
    // Room for two entries (all of one size, their sources differing only by folder name):
    // storing a third drops the least recently used.
    let cap = size(&sets[0]) + size(&sets[1]) + size(&sets[1]) / 2;
    let cache = Cache::at(dir.path().join("cache"), cap);
    open(&sets[2], Some(&cache));
    assert!(entry_path(&cache, &sets[2]).exists());
    assert!(!entry_path(&cache, &sets[1]).exists(), "the oldest went");
    assert!(entry_path(&cache, &sets[0]).exists());
    assert!(cache.size_bytes().expect("a size") <= cap);
    assert_eq!(cache.clear().expect("cleared"), 2);
    assert_eq!(cache.size_bytes().expect("a size"), 0);
}

#[test]
fn the_commands_read_the_cache_skip_it_with_no_cache_and_clear_it() {
    let dir = tempfile::tempdir().expect("a temp dir");
    let folder = sources(dir.path(), "a", 0, 6);
    let cache_dir = dir.path().join("cache");
    let isnad = |args: &[&str]| {
        let out = std::process::Command::new(env!("CARGO_BIN_EXE_isnad"))
            .args(args)
            .env("ISNAD_CACHE_DIR", &cache_dir)
            .output()
            .expect("isnad runs");
        (
            String::from_utf8_lossy(&out.stdout).into_owned(),
            out.status.code(),
        )
    };
    let entries = || fs::read_dir(&cache_dir).map_or(0, Iterator::count);
    let folder = folder.to_str().expect("a UTF-8 path");
    let (no_cache, _) = isnad(&["--no-cache", "search", "الرئيس", folder]);
    assert_eq!(entries(), 0);
    let (first, code) = isnad(&["search", "الرئيس", folder]);
    assert_eq!(code, Some(0));
    assert_eq!(entries(), 1);
    let (second, _) = isnad(&["search", "الرئيس", folder]);
    assert!(!first.is_empty());
    assert_eq!(first, second);
    assert_eq!(first, no_cache);
    let (quotes_cached, _) = isnad(&["quotes", folder]);
    let (quotes_fresh, _) = isnad(&["quotes", "--no-cache", folder]);
    assert_eq!(quotes_cached, quotes_fresh);
    isnad(&["cache", "clear"]);
    assert_eq!(entries(), 0);
}
