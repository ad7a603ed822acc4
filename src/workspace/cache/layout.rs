//! The bytes of a cache entry: a header, then sections, each with its length and checksum.
//!
//! ```text
//! "ISNADWS2"  section count (u32 LE)  per section: length (u64 LE), xxh3 (u64 LE)
//! section 0: what the entry belongs to and what the import said (postcard)
//! sections 1..=n: the articles, in chunks decoded side by side (postcard)
//! section n+1: the search index without its articles (postcard)
//! section n+2: each article's items (postcard), read only when quotations are asked for
//! ```
//!
//! Every section is checked against its length and checksum before it is decoded; the
//! sections' lengths must add up to the file's.

use std::fs::File;
use std::io::{Read, Seek, SeekFrom};
use std::ops::Range;
use std::path::Path;

use rayon::prelude::*;
use serde::{Deserialize, Serialize};
use xxhash_rust::xxh3::xxh3_64;

use crate::corpus::Article;
use crate::files::read::open_regular;
use crate::quotes::Quote;

/// First bytes of an entry; the digit is the layout.
pub(super) const MAGIC: &[u8; 8] = b"ISNADWS2";
/// Chunks the articles are written in, so that reading them splits over the cores.
const ARTICLE_CHUNKS: usize = 8;
/// At most this many sections (a header that says more is not one of ours).
const MAX_SECTIONS: usize = 64;

/// Section 0: what the entry belongs to and what the import said.
#[derive(Debug, Serialize, Deserialize)]
pub(super) struct Head {
    pub version: String,
    pub key: String,
    pub problems: Vec<String>,
    pub skipped: bool,
    pub article_chunks: u32,
}

/// The bytes of an entry of `parts`, for `version` and `key`.
pub(super) fn encode(
    version: &str,
    key: &str,
    parts: &super::Parts<'_>,
) -> Result<Vec<u8>, postcard::Error> {
    let chunk = parts.articles.len().div_ceil(ARTICLE_CHUNKS).max(1);
    let chunks: Vec<_> = parts.articles.chunks(chunk).collect();
    let head = Head {
        version: version.to_owned(),
        key: key.to_owned(),
        problems: parts.problems.to_vec(),
        skipped: parts.skipped,
        article_chunks: chunks.len() as u32,
    };
    let mut sections = vec![postcard::to_stdvec(&head)?];
    for part in &chunks {
        sections.push(postcard::to_stdvec(part)?);
    }
    sections.push(postcard::to_stdvec(parts.index)?);
    sections.push(postcard::to_stdvec(parts.extracted)?);
    let mut out = Vec::with_capacity(sections.iter().map(Vec::len).sum::<usize>() + 1024);
    out.extend_from_slice(MAGIC);
    out.extend_from_slice(&(sections.len() as u32).to_le_bytes());
    for s in &sections {
        out.extend_from_slice(&(s.len() as u64).to_le_bytes());
        out.extend_from_slice(&xxh3_64(s).to_le_bytes());
    }
    for s in &sections {
        out.extend_from_slice(s);
    }
    Ok(out)
}

/// Where the sections are in the file, with their checksums.
#[derive(Debug, Clone)]
pub(super) struct Sections {
    pub places: Vec<(Range<u64>, u64)>,
}

/// Reads and checks the header of an open entry of `file_len` bytes.
pub(super) fn read_header(file: &mut File, file_len: u64) -> Result<Sections, &'static str> {
    let mut fixed = [0u8; 12];
    file.read_exact(&mut fixed).map_err(|_| "truncated")?;
    if fixed.get(..8) != Some(MAGIC.as_slice()) {
        return Err("not a cache entry of this layout");
    }
    let count = fixed
        .get(8..12)
        .and_then(|b| <[u8; 4]>::try_from(b).ok())
        .map_or(0, u32::from_le_bytes) as usize;
    if !(3..=MAX_SECTIONS).contains(&count) {
        return Err("not a cache entry of this layout");
    }
    let mut table = vec![0u8; count * 16];
    file.read_exact(&mut table).map_err(|_| "truncated")?;
    let mut at = 12 + table.len() as u64;
    let mut places = Vec::with_capacity(count);
    for entry in table.chunks_exact(16) {
        let word = |r: Range<usize>| {
            entry
                .get(r)
                .and_then(|b| <[u8; 8]>::try_from(b).ok())
                .map_or(0, u64::from_le_bytes)
        };
        let len = word(0..8);
        let end = at.checked_add(len).ok_or("truncated")?;
        places.push((at..end, word(8..16)));
        at = end;
    }
    if at != file_len {
        return Err("truncated");
    }
    Ok(Sections { places })
}

/// Reads section `i` of an open entry and checks its checksum.
pub(super) fn read_section(
    file: &mut File,
    sections: &Sections,
    i: usize,
) -> Result<Vec<u8>, &'static str> {
    let (range, sum) = sections.places.get(i).ok_or("truncated")?;
    let len = usize::try_from(range.end - range.start).map_err(|_| "truncated")?;
    file.seek(SeekFrom::Start(range.start))
        .map_err(|_| "truncated")?;
    let mut bytes = vec![0u8; len];
    file.read_exact(&mut bytes).map_err(|_| "truncated")?;
    if xxh3_64(&bytes) != *sum {
        return Err("its checksum does not match");
    }
    Ok(bytes)
}

/// Opens the entry at `path` again and reads section `i` (for a task of its own).
pub(super) fn read_section_at(
    path: &Path,
    sections: &Sections,
    i: usize,
) -> Result<Vec<u8>, &'static str> {
    let (mut file, meta) = open_regular(path).map_err(|_| "truncated")?;
    if sections.places.last().map(|p| p.0.end) != Some(meta.len()) {
        return Err("truncated");
    }
    read_section(&mut file, sections, i)
}

/// Reads and decodes the article chunks in sections `range`, side by side.
pub(super) fn read_articles(
    path: &Path,
    sections: &Sections,
    range: Range<usize>,
) -> Result<Vec<Article>, &'static str> {
    let parts: Vec<Vec<Article>> = range
        .into_par_iter()
        .map(|i| {
            let bytes = read_section_at(path, sections, i)?;
            postcard::from_bytes::<Vec<Article>>(&bytes).map_err(|_| "it does not decode")
        })
        .collect::<Result<_, _>>()?;
    Ok(parts.into_iter().flatten().collect())
}

/// Reads the items section (the last) of the entry at `path` when quotations are asked for;
/// `None` when the entry is gone, changed since it was opened, or does not decode.
pub(super) fn read_items(path: &Path, sections: &Sections) -> Option<Vec<Vec<Quote>>> {
    let (mut file, meta) = open_regular(path).ok()?;
    let last = sections.places.len().checked_sub(1)?;
    if sections.places.get(last)?.0.end != meta.len() {
        return None;
    }
    let bytes = read_section(&mut file, sections, last).ok()?;
    postcard::from_bytes(&bytes).ok()
}
