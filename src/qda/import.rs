//! REFI-QDA import: a QDPX project made by another tool read as articles (its text sources)
//! and a session (its codebook and codings), and a QDC codebook joined to a session's.
//!
//! The archive is someone else's file: it is read from a regular file through a size limit,
//! each entry is read through [`MAX_ENTRY_BYTES`] and all of them through [`MAX_TOTAL_BYTES`]
//! whatever their headers claim, an entry path that leaves the archive is refused, codes nest
//! at most [`MAX_DEPTH`] deep, and malformed XML or text not in UTF-8 is an error that says
//! where, never a panic.

use std::collections::HashMap;
use std::io::{Cursor, Read};
use std::path::Path;
use std::sync::Arc;

use quick_xml::Reader;
use quick_xml::events::{BytesStart, Event};

use crate::corpus::{Article, ArticleId, Metadata};
use crate::session::{Anchor, Code, CodeId, Coding, Session, Target, parse_colour};

/// The largest QDPX archive read.
pub const MAX_ARCHIVE_BYTES: u64 = 1 << 30;
/// The most one entry of it may hold once inflated.
pub const MAX_ENTRY_BYTES: u64 = 64 << 20;
/// The most all the entries read may hold once inflated.
pub const MAX_TOTAL_BYTES: u64 = 1 << 30;
/// How deep codes may nest.
pub const MAX_DEPTH: usize = 64;

/// Why a project could not be read.
#[derive(Debug, thiserror::Error)]
pub enum ImportError {
    /// The file could not be read.
    #[error("{0}")]
    Read(#[from] crate::files::ReadError),
    /// It is not a zip archive, or a broken one.
    #[error("not a QDPX archive: {0}")]
    Zip(#[from] zip::result::ZipError),
    /// It has no `project.qde`.
    #[error("the archive has no project.qde")]
    NoProject,
    /// An entry is larger than the limits.
    #[error("{entry}: larger than {limit} bytes once inflated")]
    TooLarge {
        /// The entry.
        entry: String,
        /// The limit it went past.
        limit: u64,
    },
    /// The project XML is malformed.
    #[error("project.qde at byte {at}: {message}")]
    Xml {
        /// Where.
        at: u64,
        /// What.
        message: String,
    },
    /// Text that is not UTF-8.
    #[error("{entry}: not UTF-8 text (at byte {at})")]
    NotUtf8 {
        /// The entry.
        entry: String,
        /// The first byte that is not.
        at: usize,
    },
    /// Codes nest deeper than [`MAX_DEPTH`].
    #[error("codes nest deeper than {MAX_DEPTH}")]
    TooDeep,
}

/// A project read: articles, the session coding them, and what was left out.
#[derive(Debug, Default)]
pub struct Imported {
    /// One article per text source.
    pub articles: Vec<Arc<Article>>,
    /// The codebook and codings (no sources: the articles come from the archive).
    pub session: Session,
    /// Sources not read, each with the reason (PDF, pictures, rich text, paths outside).
    pub skipped: Vec<String>,
}

/// Reads an entry through the limits; `total` counts what all entries read so far hold.
fn read_entry(
    zip: &mut zip::ZipArchive<Cursor<Vec<u8>>>,
    name: &str,
    total: &mut u64,
) -> Result<Option<Vec<u8>>, ImportError> {
    let entry = match zip.by_name(name) {
        Ok(e) => e,
        Err(zip::result::ZipError::FileNotFound) => return Ok(None),
        Err(e) => return Err(e.into()),
    };
    let limit = MAX_ENTRY_BYTES.min(MAX_TOTAL_BYTES.saturating_sub(*total));
    let mut bytes = Vec::new();
    entry
        .take(limit + 1)
        .read_to_end(&mut bytes)
        .map_err(|e| ImportError::Zip(e.into()))?;
    if bytes.len() as u64 > limit {
        return Err(ImportError::TooLarge {
            entry: name.to_owned(),
            limit,
        });
    }
    *total += bytes.len() as u64;
    Ok(Some(bytes))
}

fn utf8(entry: &str, bytes: Vec<u8>) -> Result<String, ImportError> {
    let bytes = match bytes.strip_prefix(b"\xEF\xBB\xBF") {
        Some(rest) => rest.to_vec(),
        None => bytes,
    };
    String::from_utf8(bytes).map_err(|e| ImportError::NotUtf8 {
        entry: entry.to_owned(),
        at: e.utf8_error().valid_up_to(),
    })
}

/// The entry an `internal://` path (or a bare one, as some tools write) names, or `None` for a
/// path that leaves `sources/` or names another scheme (`relative://`, `absolute://`).
fn internal_entry(path: &str) -> Option<String> {
    let rest = path
        .strip_prefix("internal://")
        .or_else(|| (!path.contains("://")).then_some(path))?;
    let clean = !rest.is_empty()
        && !rest.starts_with('/')
        && !rest.contains('\\')
        && rest
            .split('/')
            .all(|p| !p.is_empty() && p != "." && p != "..");
    clean.then(|| format!("sources/{rest}"))
}

/// Reads a QDPX project file.
pub fn import_qdpx(path: &Path) -> Result<Imported, ImportError> {
    let bytes = crate::files::read_limited(path, MAX_ARCHIVE_BYTES)?;
    import_qdpx_bytes(bytes)
}

/// Reads a QDPX project from its bytes.
pub fn import_qdpx_bytes(bytes: Vec<u8>) -> Result<Imported, ImportError> {
    let mut zip = zip::ZipArchive::new(Cursor::new(bytes))?;
    let mut total = 0;
    let qde = read_entry(&mut zip, "project.qde", &mut total)?.ok_or(ImportError::NoProject)?;
    let qde = utf8("project.qde", qde)?;
    let parsed = parse(&qde)?;
    let mut out = Imported {
        session: parsed.session,
        ..Imported::default()
    };
    out.skipped = parsed.skipped;
    for source in parsed.sources {
        let text = match source_text(&source, &mut zip, &mut total)? {
            Ok(text) => text,
            Err(why) => {
                out.skipped.push(format!("{}: {why}", source.name));
                continue;
            }
        };
        let id = ArticleId::new(format!("qdpx-{}", &source.guid));
        for (start, end, code) in source.selections {
            let byte = |c: usize| text.char_indices().nth(c).map_or(text.len(), |(i, _)| i);
            let (from, to) = (byte(start), byte(end.max(start)));
            let Some(code) = parsed.codes.get(&code) else {
                continue;
            };
            let anchor = Anchor {
                article: id.clone(),
                bytes: from..to,
                text: text[from..to].to_owned(),
            };
            out.session
                .codings
                .push(Coding::new(*code, Target::Passage(anchor)));
        }
        let meta = Metadata {
            title: Some(source.name.clone()),
            ..Metadata::default()
        };
        out.articles
            .push(Arc::new(Article::from_raw(id, None, &text, meta)));
    }
    out.session.sources.clear();
    out.session.assign_ids();
    Ok(out)
}

/// The plain text of a source: inline, or its entry in the archive; `Err` says why there is none
/// to read.
fn source_text(
    source: &Source,
    zip: &mut zip::ZipArchive<Cursor<Vec<u8>>>,
    total: &mut u64,
) -> Result<Result<String, String>, ImportError> {
    if let Some(text) = &source.inline {
        return Ok(Ok(text.clone()));
    }
    let Some(path) = &source.path else {
        return Ok(Err("no plain text".to_owned()));
    };
    let Some(entry) = internal_entry(path) else {
        return Ok(Err(format!("{path} is outside the archive")));
    };
    let Some(bytes) = read_entry(zip, &entry, total)? else {
        return Ok(Err(format!("{path} is not in the archive")));
    };
    Ok(Ok(utf8(&entry, bytes)?))
}

/// A text source as the project lists it.
#[derive(Default)]
struct Source {
    guid: String,
    name: String,
    path: Option<String>,
    inline: Option<String>,
    /// Start and end in code points, and the code's GUID.
    selections: Vec<(usize, usize, String)>,
}

#[derive(Default)]
struct Parsed {
    session: Session,
    codes: HashMap<String, CodeId>,
    sources: Vec<Source>,
    skipped: Vec<String>,
}

fn attr(e: &BytesStart<'_>, name: &str) -> Option<String> {
    e.attributes()
        .flatten()
        .find(|a| a.key.local_name().as_ref() == name)
        .and_then(|a| {
            a.normalized_value(quick_xml::XmlVersion::Implicit1_0)
                .ok()
                .map(std::borrow::Cow::into_owned)
        })
}

/// A `Code` element: a code under the one it is in; `codes` is the path of open ones.
fn start_code(
    out: &mut Parsed,
    codes: &mut Vec<CodeId>,
    e: &BytesStart<'_>,
    empty: bool,
) -> Result<(), ImportError> {
    let id = CodeId(out.session.next_id);
    out.session.next_id += 1;
    let mut code = Code::new(attr(e, "name").unwrap_or_default());
    code.id = id;
    code.parent = codes.last().copied();
    if let Some(c) = attr(e, "color").and_then(|c| parse_colour(&c)) {
        code.colour = c;
    }
    out.codes.insert(attr(e, "guid").unwrap_or_default(), id);
    out.session.codes.push(code);
    if !empty {
        if codes.len() >= MAX_DEPTH {
            return Err(ImportError::TooDeep);
        }
        codes.push(id);
    }
    Ok(())
}

/// Reads the codebook, sources and selections of `project.qde` (or the codes of a QDC file).
fn parse(xml: &str) -> Result<Parsed, ImportError> {
    let mut reader = Reader::from_str(xml);
    let mut out = Parsed::default();
    let mut codes: Vec<CodeId> = Vec::new();
    let mut selection: Option<(usize, usize)> = None;
    let mut in_content = false;
    loop {
        let at = reader.buffer_position();
        let event = reader.read_event().map_err(|e| ImportError::Xml {
            at,
            message: e.to_string(),
        })?;
        let empty = matches!(event, Event::Empty(_));
        match event {
            Event::Start(e) | Event::Empty(e) => match e.local_name().as_ref() {
                "Code" => start_code(&mut out, &mut codes, &e, empty)?,
                "TextSource" => out.sources.push(Source {
                    guid: attr(&e, "guid").unwrap_or_default(),
                    name: attr(&e, "name")
                        .or_else(|| attr(&e, "plainTextPath"))
                        .unwrap_or_default(),
                    path: attr(&e, "plainTextPath"),
                    ..Source::default()
                }),
                kind @ ("PDFSource" | "PictureSource" | "AudioSource" | "VideoSource") => {
                    let name = attr(&e, "name").unwrap_or_default();
                    out.skipped
                        .push(format!("{name}: a {kind}, which Isnad does not read"));
                }
                "PlainTextSelection" => {
                    let pos = |n: &str| attr(&e, n).and_then(|v| v.trim().parse().ok());
                    selection = pos("startPosition").zip(pos("endPosition"));
                }
                "CodeRef" => {
                    if let (Some((s, t)), Some(src)) = (selection, out.sources.last_mut()) {
                        src.selections
                            .push((s, t, attr(&e, "targetGUID").unwrap_or_default()));
                    }
                }
                "PlainTextContent" => in_content = !empty && codes.is_empty(),
                _ => {}
            },
            Event::Text(t) if in_content => {
                if let Some(src) = out.sources.last_mut() {
                    let text = t.xml10_content();
                    src.inline.get_or_insert_with(String::new).push_str(&text);
                }
            }
            Event::GeneralRef(r) if in_content => {
                let c = match r.resolve_char_ref() {
                    Ok(Some(c)) => Some(c),
                    _ => match r.xml10_content().as_ref() {
                        "amp" => Some('&'),
                        "lt" => Some('<'),
                        "gt" => Some('>'),
                        "quot" => Some('"'),
                        "apos" => Some('\''),
                        _ => None,
                    },
                };
                if let (Some(src), Some(c)) = (out.sources.last_mut(), c) {
                    src.inline.get_or_insert_with(String::new).push(c);
                }
            }
            Event::End(e) => match e.local_name().as_ref() {
                "Code" => {
                    codes.pop();
                }
                "PlainTextSelection" => selection = None,
                "PlainTextContent" => in_content = false,
                _ => {}
            },
            Event::Eof => break,
            _ => {}
        }
    }
    Ok(out)
}

/// Joins the codes of a QDC codebook to `session`'s codebook: codes whose path is already there
/// are kept once. Returns how many codes were added.
pub fn join_qdc(session: &mut Session, xml: &str) -> Result<usize, ImportError> {
    let parsed = parse(xml)?;
    let mut map: HashMap<CodeId, CodeId> = HashMap::new();
    let mut added = 0;
    for code in parsed.session.codes {
        let parent = code.parent.and_then(|p| map.get(&p).copied());
        if let Some(existing) = session.code_named(parent, &code.name) {
            map.insert(code.id, existing.id);
            continue;
        }
        let id = CodeId(session.next_id.max(1));
        session.next_id = id.0 + 1;
        map.insert(code.id, id);
        session.codes.push(Code { id, parent, ..code });
        added += 1;
    }
    Ok(added)
}
