//! What one import did: files read, files skipped and why, the encoding of each file, records
//! skipped, ids renamed to stay unique, and duplicates found.

use std::collections::BTreeMap;
use std::fmt;
use std::path::PathBuf;
use std::time::Duration;

use encoding_rs::{Encoding, UTF_8};

use super::encoding::Detection;
use super::records::RecordError;
use crate::corpus::{ArticleId, LoadError, RenamedId};

/// The encoding one file was read in.
#[derive(Debug, Clone)]
pub struct FileEncoding {
    /// The file.
    pub path: PathBuf,
    /// The encoding used.
    pub encoding: &'static Encoding,
    /// How it was decided.
    pub detection: Detection,
}

/// The report of one import.
#[derive(Debug, Clone, Default)]
pub struct ImportReport {
    /// Article files read (a record file counts once).
    pub files_read: usize,
    /// Files and folders not imported, with the reason (see [`LoadError::is_failure`]).
    pub skipped: Vec<LoadError>,
    /// Hidden files and folders (names starting with `.`) passed over in folders.
    pub hidden: usize,
    /// The encoding of each file read, in import order.
    pub encodings: Vec<FileEncoding>,
    /// Records of JSON Lines and table files that were skipped.
    pub record_errors: Vec<RecordError>,
    /// Articles whose id was taken by an earlier one, with the id they were given.
    pub renamed: Vec<RenamedId>,
    /// Articles imported.
    pub articles: usize,
    /// Groups of near-duplicate articles, each in import order. Filled by the near-duplicate
    /// grouping, which runs after loading; empty until then.
    pub duplicates: Vec<Vec<ArticleId>>,
    /// Wall time of the import.
    pub elapsed: Duration,
    /// True when the import was cancelled before the end; the articles sent so far stand.
    pub cancelled: bool,
}

impl ImportReport {
    /// What the import could not take, a line each: files of other formats, skipped records,
    /// renamed ids, a cancelled import (failures to read are the corpus's, listed with it).
    pub fn problem_lines(&self) -> Vec<String> {
        let mut lines: Vec<String> = self
            .skipped
            .iter()
            .filter(|s| !s.is_failure())
            .map(ToString::to_string)
            .collect();
        lines.extend(self.record_errors.iter().map(ToString::to_string));
        for r in &self.renamed {
            let path = r
                .path
                .as_ref()
                .map(|p| format!("{}: ", p.display()))
                .unwrap_or_default();
            lines.push(format!(
                "{path}id `{}` was taken; imported as `{}`",
                r.from, r.to
            ));
        }
        if self.cancelled {
            lines.push("the import was cancelled".to_owned());
        }
        lines
    }

    /// The skipped paths that are failures (not files of other formats).
    pub fn failures(&self) -> impl Iterator<Item = &LoadError> {
        self.skipped.iter().filter(|e| e.is_failure())
    }

    /// True when something went wrong: a failure or a skipped record.
    pub fn has_problems(&self) -> bool {
        self.failures().next().is_some() || !self.record_errors.is_empty()
    }

    /// How many files were read in each encoding, by encoding name.
    pub fn encoding_counts(&self) -> BTreeMap<&'static str, usize> {
        let mut counts = BTreeMap::new();
        for e in &self.encodings {
            *counts.entry(e.encoding.name()).or_insert(0) += 1;
        }
        counts
    }

    /// The encoding a file was read in.
    pub fn encoding_of(&self, path: &std::path::Path) -> Option<&'static Encoding> {
        self.encodings
            .iter()
            .find(|e| e.path == path)
            .map(|e| e.encoding)
    }
}

/// How many lines of each list the summary shows before "and N more".
const SHOWN: usize = 20;

fn list<T: fmt::Display>(f: &mut fmt::Formatter<'_>, title: &str, items: &[T]) -> fmt::Result {
    if items.is_empty() {
        return Ok(());
    }
    writeln!(f, "{title} ({}):", items.len())?;
    for item in items.iter().take(SHOWN) {
        writeln!(f, "  {item}")?;
    }
    if items.len() > SHOWN {
        writeln!(f, "  … and {} more", items.len() - SHOWN)?;
    }
    Ok(())
}

impl fmt::Display for ImportReport {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let files = if self.files_read == 1 {
            "file"
        } else {
            "files"
        };
        write!(
            f,
            "{} {} articles from {} {files} in {:.1} s",
            if self.cancelled {
                "Cancelled after importing"
            } else {
                "Imported"
            },
            self.articles,
            self.files_read,
            self.elapsed.as_secs_f64()
        )?;
        let counts: Vec<String> = self
            .encoding_counts()
            .into_iter()
            .map(|(name, n)| format!("{name}: {n}"))
            .collect();
        if counts.is_empty() {
            writeln!(f, ".")?;
        } else {
            writeln!(f, " ({}).", counts.join(", "))?;
        }
        let legacy: Vec<String> = self
            .encodings
            .iter()
            .filter(|e| e.encoding != UTF_8)
            .map(|e| {
                format!(
                    "{}: {} ({})",
                    e.path.display(),
                    e.encoding.name(),
                    e.detection
                )
            })
            .collect();
        list(f, "Read in other encodings than UTF-8", &legacy)?;
        let failures: Vec<&LoadError> = self.failures().collect();
        list(f, "Not imported", &failures)?;
        let other: Vec<&LoadError> = self.skipped.iter().filter(|e| !e.is_failure()).collect();
        list(f, "Skipped", &other)?;
        if self.hidden > 0 {
            writeln!(f, "Hidden files and folders passed over: {}.", self.hidden)?;
        }
        list(f, "Records skipped", &self.record_errors)?;
        let renamed: Vec<String> = self
            .renamed
            .iter()
            .map(|r| {
                let from = r
                    .path
                    .as_ref()
                    .map(|p| format!(" ({})", p.display()))
                    .unwrap_or_default();
                format!("{} → {}{from}: the id was taken", r.from, r.to)
            })
            .collect();
        list(f, "Ids renamed", &renamed)?;
        let groups: Vec<String> = self
            .duplicates
            .iter()
            .map(|g| {
                g.iter()
                    .map(ArticleId::as_str)
                    .collect::<Vec<_>>()
                    .join(" = ")
            })
            .collect();
        list(f, "Near-duplicate groups", &groups)
    }
}
