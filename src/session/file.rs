//! The session file: pretty RON with a `version` field, read through a chain of upgrades from
//! older formats, and written atomically (temporary file, flush, previous file kept as `.bak`,
//! rename, flush of the folder) so that a crash or a second save never leaves half a file.

use std::borrow::Cow;
use std::fs::{self, File};
use std::io::{self, Read, Write};
use std::path::{Path, PathBuf};
use std::sync::LazyLock;
use std::time::{Duration, SystemTime};

use regex::Regex;
use serde::Deserialize;

use super::error::{FormatError, SessionError, WriteStep};
use super::{SESSION_VERSION, Session};

/// One upgrade step: rewrites the text of a file of format `from` as format `from + 1`.
///
/// When the format changes, bump [`SESSION_VERSION`], freeze the old shape of what changed in a
/// private module, and add one step here that reads the old text and writes the new one. Fields
/// added with a default need no step: a missing field takes its default (`#[serde(default)]`).
#[derive(Debug, Clone, Copy)]
pub struct Migration {
    /// The format this step upgrades from.
    pub from: u32,
    /// The rewrite; an error says what in the old file could not be carried over.
    pub upgrade: fn(&str) -> Result<String, String>,
}

/// The upgrade chain, oldest first.
pub const MIGRATIONS: &[Migration] = &[
    Migration {
        from: 1,
        upgrade: ids_given_when_read,
    },
    Migration {
        from: 2,
        upgrade: codebook_starts_empty,
    },
];

/// Format 2 to 3: format 3 added the codebook, the codings and the project memo, all missing
/// from an older file and read as empty, so the text stays as it is.
#[allow(clippy::unnecessary_wraps)]
fn codebook_starts_empty(text: &str) -> Result<String, String> {
    Ok(text.to_owned())
}

/// Format 1 to 2: format 2 added ids to notes, bookmarks and kept searches, and the `next_id`
/// counter. Both read as missing (`0` and the default), and every session read gets the ids it
/// lacks after parsing ([`Session::assign_ids`]), so the text stays as it is.
// Every upgrade step has this signature, including one that cannot fail.
#[allow(clippy::unnecessary_wraps)]
fn ids_given_when_read(text: &str) -> Result<String, String> {
    Ok(text.to_owned())
}

/// The first thing read from a file: its format version, ignoring everything else.
#[derive(Deserialize)]
#[serde(rename = "Session")]
struct Header {
    // Format 1 is the first; a file without a version predates nothing and reads as format 1.
    #[serde(default = "first_format")]
    version: u32,
}

fn first_format() -> u32 {
    1
}

fn pretty(escape_strings: bool) -> ron::ser::PrettyConfig {
    ron::ser::PrettyConfig::new()
        .new_line("\n")
        .depth_limit(3)
        .compact_ranges(true)
        .escape_strings(escape_strings)
}

/// True for bytes that make a file binary rather than text: ASCII control characters other
/// than line breaks and tabs (NUL above all). Checked byte by byte: a session file is megabytes.
fn is_binary_byte(b: u8) -> bool {
    (b < 0x20 && !matches!(b, b'\n' | b'\r' | b'\t')) || b == 0x7f
}

/// The session as pretty RON, as it is written to a file (always with this build's version).
///
/// Strings are written as they are (Arabic stays readable, line breaks stay line breaks, and it
/// is five times faster than escaping every character); a session whose text holds other control
/// characters is written with escapes so that the file stays text.
pub fn to_ron(session: &Session) -> String {
    let write = |escape: bool| {
        let config = pretty(escape);
        // Serializing plain data to a String cannot fail: no I/O, no map keys RON refuses.
        if session.version == SESSION_VERSION {
            ron::ser::to_string_pretty(session, config).unwrap_or_default()
        } else {
            let current = Session {
                version: SESSION_VERSION,
                ..session.clone()
            };
            ron::ser::to_string_pretty(&current, config).unwrap_or_default()
        }
    };
    let text = write(false);
    if text.bytes().any(is_binary_byte) {
        write(true)
    } else {
        text
    }
}

/// Reads a session from RON text, upgrading older formats.
pub fn from_ron(text: &str) -> Result<Session, FormatError> {
    parse_with(text, SESSION_VERSION, MIGRATIONS)
}

/// Reads a session from the bytes of a file: refuses empty and binary files before parsing.
pub fn from_bytes(bytes: &[u8]) -> Result<Session, FormatError> {
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    if bytes.iter().all(u8::is_ascii_whitespace) {
        return Err(FormatError::Empty);
    }
    let text = std::str::from_utf8(bytes).map_err(|e| FormatError::NotText {
        offset_bytes: e.valid_up_to(),
    })?;
    from_ron(text)
}

/// Parses `text` for a build whose format is `current`, upgrading through `chain`.
pub(crate) fn parse_with(
    text: &str,
    current: u32,
    chain: &[Migration],
) -> Result<Session, FormatError> {
    if text.trim().is_empty() {
        return Err(FormatError::Empty);
    }
    if let Some(at) = text.bytes().position(is_binary_byte) {
        return Err(FormatError::NotText { offset_bytes: at });
    }
    let found = version_of(text)?;
    let text = upgrade(Cow::Borrowed(text), found, current, chain)?;
    let mut session: Session = ron::from_str(&text).map_err(|e| syntax(&text, &e))?;
    session.version = current;
    session.assign_ids();
    Ok(session)
}

/// The format version of session text: where Isnad writes it (first), else by reading the
/// whole text for it (a hand-edited file may have moved it).
fn version_of(text: &str) -> Result<u32, FormatError> {
    let cut = (0..=HEAD_BYTES.min(text.len()))
        .rev()
        .find(|&i| text.is_char_boundary(i))
        .unwrap_or(0);
    let head = text.get(..cut).unwrap_or(text);
    if let Some(v) = LEADING_VERSION
        .captures(head)
        .and_then(|c| c.get(1)?.as_str().parse().ok())
    {
        return Ok(v);
    }
    let header: Header = ron::from_str(text).map_err(|e| syntax(text, &e))?;
    Ok(header.version)
}

/// Runs the upgrade steps from format `found` to `current`.
fn upgrade<'a>(
    mut text: Cow<'a, str>,
    found: u32,
    current: u32,
    chain: &[Migration],
) -> Result<Cow<'a, str>, FormatError> {
    if found == 0 {
        return Err(FormatError::UnknownVersion { found });
    }
    if found > current {
        return Err(FormatError::NewerVersion {
            found,
            supported: current,
        });
    }
    for from in found..current {
        let step = chain
            .iter()
            .find(|m| m.from == from)
            .ok_or_else(|| FormatError::Migration {
                from,
                message: "this version has no upgrade for it".to_owned(),
            })?;
        text = Cow::Owned(
            (step.upgrade)(&text).map_err(|message| FormatError::Migration { from, message })?,
        );
    }
    Ok(text)
}

fn syntax(text: &str, e: &ron::error::SpannedError) -> FormatError {
    // A session ends with the `)` of its outermost value; a file that does not, or whose reader
    // ran out of text, was most likely cut short.
    let cut = matches!(e.code, ron::Error::Eof | ron::Error::ExpectedStringEnd)
        || !text.trim_end().ends_with(')');
    let mut message = match e.code {
        // The parser's own words are a hint to developers (raise `recursion_limit`).
        ron::Error::ExceededRecursionLimit => {
            "values are nested too deeply (a session file is never nested this deep)".to_owned()
        }
        ref code => code.to_string(),
    };
    if cut && e.code != ron::Error::ExceededRecursionLimit {
        message.push_str(" (the file ends too early: it may have been cut short)");
    }
    FormatError::Syntax {
        line: e.span.start.line,
        column: e.span.start.col,
        message,
    }
}

/// Reads a session file. Sources named relative to the file's folder are given in full; labels,
/// notes, tags and kept searches lose any invisible bidi or joiner characters.
pub fn load(path: &Path) -> Result<Session, SessionError> {
    let bytes = read_bytes(path)?;
    let mut session = from_bytes(&bytes).map_err(|problem| SessionError::Format {
        path: path.to_owned(),
        problem,
    })?;
    session.resolve_sources(folder_of(path));
    session.clean_shown_fields();
    Ok(session)
}

/// The largest session file read: far beyond any analyst's work (notes and corrections, not
/// article text), small enough to hold in memory.
pub const MAX_SESSION_BYTES: u64 = 256 << 20;

/// The bytes of the file at `path`, or why they cannot be read: only a regular file, opened
/// without blocking, read through [`MAX_SESSION_BYTES`].
pub(crate) fn read_bytes(path: &Path) -> Result<Vec<u8>, SessionError> {
    crate::files::read_limited(path, MAX_SESSION_BYTES).map_err(|e| match e {
        e if e.is_not_found() => SessionError::NotFound {
            path: path.to_owned(),
        },
        crate::files::ReadError::Io(source) => SessionError::Read {
            path: path.to_owned(),
            source,
        },
        other => SessionError::Read {
            path: path.to_owned(),
            source: io::Error::other(other.to_string()),
        },
    })
}

/// Saves a session atomically, keeping the previous file as `NAME.bak`. On any error the file
/// that was at `path` is left as it was.
/// Sources in the session's folder (or below it) are written relative to it, so that the folder
/// can be moved or shared whole; others in full.
pub fn save(path: &Path, session: &Session) -> Result<(), SessionError> {
    let folder = folder_of(path);
    if session
        .sources
        .iter()
        .any(|s| s.as_saved_in(folder).is_some())
    {
        let saved = Session {
            sources: session
                .sources
                .iter()
                .map(|s| s.as_saved_in(folder).unwrap_or_else(|| s.clone()))
                .collect(),
            ..session.clone()
        };
        write_atomic(path, &to_ron(&saved), true)
    } else {
        write_atomic(path, &to_ron(session), true)
    }
}

/// The path of the previous version kept by [`save`]: the file name with `.bak` appended.
pub fn backup_path(path: &Path) -> PathBuf {
    let mut name = path.file_name().unwrap_or_default().to_os_string();
    name.push(".bak");
    path.with_file_name(name)
}

/// How much of a file is read for its version.
const HEAD_BYTES: usize = 4096;

/// Where the version is in the files Isnad writes: first, after any comment lines.
static LEADING_VERSION: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^\s*(?:(?://[^\n]*\n|#!\[[^\]]*\])\s*)*(?:Session\s*)?\(\s*version\s*:\s*(\d+)")
        .expect("static regex")
});

/// The format version of the file at `path`, read from its first bytes, if it is a session.
fn existing_version(path: &Path) -> Option<u32> {
    let mut head = Vec::with_capacity(HEAD_BYTES);
    File::open(path)
        .ok()?
        .take(HEAD_BYTES as u64)
        .read_to_end(&mut head)
        .ok()?;
    let head = String::from_utf8_lossy(&head);
    LEADING_VERSION
        .captures(&head)?
        .get(1)?
        .as_str()
        .parse()
        .ok()
}

fn folder_of(path: &Path) -> &Path {
    match path.parent() {
        Some(p) if !p.as_os_str().is_empty() => p,
        _ => Path::new("."),
    }
}

fn check_folder(path: &Path, folder: &Path) -> Result<(), SessionError> {
    match fs::metadata(folder) {
        Ok(m) if m.is_dir() => Ok(()),
        Ok(_) => Err(SessionError::NotAFolder {
            path: path.to_owned(),
            folder: folder.to_owned(),
        }),
        Err(e) if e.kind() == io::ErrorKind::NotFound => Err(SessionError::FolderMissing {
            path: path.to_owned(),
            folder: folder.to_owned(),
        }),
        Err(_) => {
            // Some part of the folder path is a file: name it.
            let file = folder
                .ancestors()
                .find(|a| a.is_file())
                .unwrap_or(folder)
                .to_owned();
            Err(SessionError::NotAFolder {
                path: path.to_owned(),
                folder: file,
            })
        }
    }
}

/// Writes `text` to `path` atomically; with `keep_backup`, the file that was there becomes
/// `NAME.bak`. Shared by [`save`] and the recovery file.
pub(crate) fn write_atomic(path: &Path, text: &str, keep_backup: bool) -> Result<(), SessionError> {
    // Write through a symbolic link to the file it names, not over the link; never in place
    // of a device, FIFO or socket.
    let path = crate::files::resolve_target(path).map_err(|e| SessionError::Target {
        path: path.to_owned(),
        problem: e.to_string(),
    })?;
    let path = path.as_path();
    let folder = folder_of(path);
    check_folder(path, folder)?;
    if let Some(found) = existing_version(path).filter(|v| *v > SESSION_VERSION) {
        return Err(SessionError::WouldOverwriteNewer {
            path: path.to_owned(),
            found,
            supported: SESSION_VERSION,
        });
    }
    let fail = |step: WriteStep| {
        move |source: io::Error| SessionError::Write {
            path: path.to_owned(),
            step,
            source,
        }
    };
    let name = path.file_name().unwrap_or_default().to_string_lossy();
    let prefix = format!(".{name}.");
    let mut temp = crate::files::temp_for(path, folder, &prefix, ".tmp")
        .map_err(fail(WriteStep::CreateTemp))?;
    temp.write_all(text.as_bytes())
        .and_then(|()| temp.flush())
        .map_err(fail(WriteStep::WriteTemp))?;
    temp.as_file()
        .sync_all()
        .map_err(fail(WriteStep::SyncTemp))?;
    if keep_backup && path.is_file() {
        keep_previous(path, folder, &prefix).map_err(fail(WriteStep::Backup))?;
    }
    temp.persist(path)
        .map_err(|e| fail(WriteStep::Replace)(e.error))?;
    sync_folder(folder).map_err(fail(WriteStep::SyncFolder))?;
    remove_stale_temporaries(folder, &prefix);
    Ok(())
}

/// How old a temporary file of a save must be before a later save takes it for what a killed
/// save left behind (no save runs for minutes).
const STALE_TEMPORARY: Duration = Duration::from_mins(10);

/// Removes the temporary files that saves of this file (`prefix` = `.NAME.`) left when they were
/// killed: `.NAME.XXXXXX.tmp` and `.NAME.XXXXXX.bak.tmp` older than [`STALE_TEMPORARY`]. Fresher
/// ones may belong to a save running now and are left alone; failures are ignored (the stray
/// stays, nothing else is touched).
fn remove_stale_temporaries(folder: &Path, prefix: &str) {
    let Ok(entries) = fs::read_dir(folder) else {
        return;
    };
    let now = SystemTime::now();
    for entry in entries.flatten() {
        let name = entry.file_name();
        let Some(rest) = name.to_str().and_then(|n| n.strip_prefix(prefix)) else {
            continue;
        };
        let random = rest
            .strip_suffix(".bak.tmp")
            .or_else(|| rest.strip_suffix(".tmp"))
            .unwrap_or_default();
        if random.len() != 6 || !random.chars().all(|c| c.is_ascii_alphanumeric()) {
            continue;
        }
        let stale = entry
            .metadata()
            .and_then(|m| m.modified())
            .ok()
            .and_then(|modified| now.duration_since(modified).ok())
            .is_some_and(|age| age > STALE_TEMPORARY);
        if stale {
            let _ = fs::remove_file(entry.path());
        }
    }
}

/// Makes `NAME.bak` the file now at `path`, complete: a hard link (or a copy where links are not
/// supported) under a temporary name, renamed over the old `.bak` in one step.
fn keep_previous(path: &Path, folder: &Path, prefix: &str) -> io::Result<()> {
    let mut builder = tempfile::Builder::new();
    builder.prefix(prefix).suffix(".bak.tmp");
    let linked = builder.make_in(folder, |p| fs::hard_link(path, p));
    let temp = match linked {
        Ok(t) => t,
        Err(_) => builder.make_in(folder, |p| {
            fs::copy(path, p)?;
            File::open(p)?.sync_all()
        })?,
    };
    let temp = temp.into_temp_path();
    let temp_name = temp.to_path_buf();
    temp.persist(backup_path(path)).map_err(|e| e.error)?;
    // Renaming a link onto another link of the same file does nothing (POSIX), which happens
    // when two saves keep the same previous file: the temporary name is then still there.
    match fs::remove_file(&temp_name) {
        Err(e) if e.kind() != io::ErrorKind::NotFound => Err(e),
        _ => Ok(()),
    }
}

#[cfg(unix)]
fn sync_folder(folder: &Path) -> io::Result<()> {
    match File::open(folder).and_then(|f| f.sync_all()) {
        // Some file systems cannot flush a folder; the rename is done all the same.
        Err(e) if e.kind() == io::ErrorKind::InvalidInput || e.raw_os_error() == Some(22) => Ok(()),
        r => r,
    }
}

#[cfg(not(unix))]
fn sync_folder(_folder: &Path) -> io::Result<()> {
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A made-up format history: format 1 called notes `comments`, format 2 renamed them.
    fn rename_comments(text: &str) -> Result<String, String> {
        if text.contains("comments:") {
            Ok(text
                .replacen("comments:", "notes:", 1)
                .replacen("version: 1", "version: 2", 1))
        } else {
            Err("no comments field".to_owned())
        }
    }

    const CHAIN: &[Migration] = &[Migration {
        from: 1,
        upgrade: rename_comments,
    }];

    const V1: &str = r#"(
    version: 1,
    comments: [
        (target: Article("004_fd56def298acf30f"), text: "تصريح وزير الخارجية بحاجة إلى مصدر ثانٍ"),
    ],
)"#;

    #[test]
    fn an_older_format_runs_through_the_upgrade_chain() {
        let s = parse_with(V1, 2, CHAIN).expect("upgraded");
        assert_eq!(s.version, 2);
        assert_eq!(s.notes.len(), 1);
        assert_eq!(s.notes[0].text, "تصريح وزير الخارجية بحاجة إلى مصدر ثانٍ");
    }

    #[test]
    fn a_missing_upgrade_step_is_reported_with_its_format() {
        let err = parse_with(V1, 3, CHAIN).expect_err("no step from 2");
        assert_eq!(
            err,
            FormatError::Migration {
                from: 2,
                message: "this version has no upgrade for it".to_owned()
            }
        );
    }

    #[test]
    fn a_failing_upgrade_step_says_why() {
        let err = parse_with("(version: 1)", 2, CHAIN).expect_err("step fails");
        assert!(err.to_string().contains("no comments field"), "{err}");
    }

    #[test]
    fn the_leading_version_is_found_after_comment_lines() {
        let head = "// origin: \"/home/x.ron\"\n(\n    version: 7,\n";
        let v = LEADING_VERSION.captures(head).map(|c| c[1].to_owned());
        assert_eq!(v.as_deref(), Some("7"));
    }
}
