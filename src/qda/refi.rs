//! REFI-QDA 1.0 export: the whole project as QDPX (a zip of `project.qde` and the articles as
//! UTF-8 text files under `sources/`) and the codebook alone as QDC.
//!
//! GUIDs are derived from what they name (an article's id, a code's id, a coding's id), so the
//! same session exports the same GUIDs every time and a re-export is recognised by other tools.
//! Quotations are coded segments under a «Quotations ▸ speaker» branch of codes; notes are
//! `Note`s referred to from the selection, source or project they are on; a code's description
//! is its `Description`.

use std::collections::BTreeMap;
use std::io::{self, Seek, Write};
use std::sync::Arc;

use quick_xml::Writer;
use quick_xml::events::{BytesDecl, BytesEnd, BytesStart, BytesText, Event};
use sha2::{Digest, Sha256};

use crate::corpus::Article;
use crate::export::ExportRow;
use crate::session::{Code, CodeId, Session, Target};

/// The REFI-QDA project namespace.
pub const PROJECT_NS: &str = "urn:QDA-XML:project:1.0";
/// The REFI-QDA codebook namespace.
pub const CODEBOOK_NS: &str = "urn:QDA-XML:codebook:1.0";
/// The name of the code all quotations are under, by speaker.
pub const QUOTATIONS_CODE: &str = "Quotations";
/// The speaker code of quotations whose speaker is unknown.
pub const UNKNOWN_SPEAKER: &str = "(unknown speaker)";

/// What an export wrote.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct QdpxSummary {
    /// Text sources (articles).
    pub sources: usize,
    /// Codes, the quotation branch included.
    pub codes: usize,
    /// Coded selections (codings and quotations).
    pub selections: usize,
    /// Codings that could not be placed in the articles and were left out.
    pub unplaced: usize,
    /// Notes and memos.
    pub notes: usize,
}

/// A GUID derived from `key`: the first 16 bytes of its SHA-256 as a version 8 UUID.
pub fn guid(key: &str) -> String {
    let digest = Sha256::digest(format!("isnad:{key}").as_bytes());
    let mut bytes = [0u8; 16];
    bytes.copy_from_slice(&digest[..16]);
    uuid::Builder::from_custom_bytes(bytes)
        .into_uuid()
        .hyphenated()
        .to_string()
}

fn code_guid(id: CodeId) -> String {
    guid(&format!("code:{}", id.0))
}

type Xml<W> = Writer<W>;

fn start(name: &str, attrs: &[(&str, &str)]) -> Event<'static> {
    let mut el = BytesStart::new(name.to_owned());
    for (k, v) in attrs {
        el.push_attribute((*k, *v));
    }
    Event::Start(el)
}

fn empty(name: &str, attrs: &[(&str, &str)]) -> Event<'static> {
    match start(name, attrs) {
        Event::Start(el) => Event::Empty(el),
        other => other,
    }
}

fn end(name: &str) -> Event<'static> {
    Event::End(BytesEnd::new(name.to_owned()))
}

/// Writes `<name>text</name>`.
fn text_element<W: Write>(xml: &mut Xml<W>, name: &str, text: &str) -> io::Result<()> {
    xml.write_event(start(name, &[]))?;
    xml.write_event(Event::Text(BytesText::new(&xml_safe(text))))?;
    xml.write_event(end(name))
}

/// Text without the characters XML 1.0 cannot hold (most C0 controls).
fn xml_safe(text: &str) -> String {
    text.chars()
        .filter(|&c| matches!(c, '\t' | '\n' | '\r') || c >= ' ')
        .filter(|&c| !matches!(c, '\u{FFFE}' | '\u{FFFF}'))
        .collect()
}

/// The codebook with the quotation branch: every code and, per speaker, its code id.
struct Codebook<'s> {
    session: &'s Session,
    speakers: BTreeMap<String, String>,
}

impl<'s> Codebook<'s> {
    fn new(session: &'s Session, quotes: &[ExportRow]) -> Self {
        let speakers = quotes
            .iter()
            .map(|q| {
                let name = if q.speaker.trim().is_empty() {
                    UNKNOWN_SPEAKER.to_owned()
                } else {
                    xml_safe(&q.speaker)
                };
                let key = guid(&format!("speaker:{name}"));
                (name, key)
            })
            .collect();
        Self { session, speakers }
    }

    fn speaker_guid(&self, speaker: &str) -> Option<&String> {
        let name = if speaker.trim().is_empty() {
            UNKNOWN_SPEAKER
        } else {
            speaker
        };
        self.speakers.get(&xml_safe(name))
    }

    fn len(&self) -> usize {
        self.session.codes.len() + usize::from(!self.speakers.is_empty()) + self.speakers.len()
    }

    fn write<W: Write>(&self, xml: &mut Xml<W>) -> io::Result<()> {
        xml.write_event(start("CodeBook", &[]))?;
        xml.write_event(start("Codes", &[]))?;
        let mut path = Vec::new();
        for code in self.session.code_children(None) {
            self.write_code(xml, code, &mut path)?;
        }
        if !self.speakers.is_empty() {
            let branch = guid("quotations");
            let attrs = [
                ("guid", branch.as_str()),
                ("name", QUOTATIONS_CODE),
                ("isCodable", "false"),
            ];
            xml.write_event(start("Code", &attrs))?;
            for (name, key) in &self.speakers {
                let attrs = [
                    ("guid", key.as_str()),
                    ("name", name),
                    ("isCodable", "true"),
                ];
                xml.write_event(empty("Code", &attrs))?;
            }
            xml.write_event(end("Code"))?;
        }
        xml.write_event(end("Codes"))?;
        xml.write_event(end("CodeBook"))
    }

    /// A code and, inside it, the codes under it (`path` guards against a cycle in a
    /// hand-edited file).
    fn write_code<W: Write>(
        &self,
        xml: &mut Xml<W>,
        code: &Code,
        path: &mut Vec<CodeId>,
    ) -> io::Result<()> {
        if path.contains(&code.id) {
            return Ok(());
        }
        path.push(code.id);
        let key = code_guid(code.id);
        let colour = code.colour_hex();
        let name = xml_safe(&code.name);
        let attrs = [
            ("guid", key.as_str()),
            ("name", name.as_str()),
            ("isCodable", "true"),
            ("color", colour.as_str()),
        ];
        xml.write_event(start("Code", &attrs))?;
        if !code.description.trim().is_empty() {
            text_element(xml, "Description", &code.description)?;
        }
        for child in self.session.code_children(Some(code.id)) {
            self.write_code(xml, child, path)?;
        }
        path.pop();
        xml.write_event(end("Code"))
    }
}

/// Writes the codebook as a QDC file (`CodeBook` in the codebook namespace), the quotation
/// branch left out.
pub fn write_qdc(session: &Session, out: impl Write) -> io::Result<()> {
    let mut xml = Writer::new_with_indent(out, b' ', 2);
    xml.write_event(Event::Decl(BytesDecl::new("1.0", Some("utf-8"), None)))?;
    let book = Codebook {
        session,
        speakers: BTreeMap::new(),
    };
    let mut body = Vec::new();
    book.write(&mut Writer::new_with_indent(&mut body, b' ', 2))?;
    // The codebook element of a QDC file carries the namespace itself.
    let body = String::from_utf8_lossy(&body).replacen(
        "<CodeBook>",
        &format!("<CodeBook xmlns=\"{CODEBOOK_NS}\" origin=\"Isnad\">"),
        1,
    );
    xml.get_mut().write_all(b"\n")?;
    xml.get_mut().write_all(body.as_bytes())?;
    xml.get_mut().write_all(b"\n")
}

/// What the project holds, gathered before it is written.
struct Project<'a> {
    session: &'a Session,
    articles: &'a [Arc<Article>],
    quotes: &'a [ExportRow],
    user: String,
    user_guid: String,
}

/// Writes the session and its articles as a QDPX archive to `out`: `project.qde` and one UTF-8
/// text file per article. `quotes` is the quote table of the same articles (speakers and
/// character offsets); `user` names who coded.
pub fn write_qdpx<W: Write + Seek>(
    session: &Session,
    articles: &[Arc<Article>],
    quotes: &[ExportRow],
    user: &str,
    out: W,
) -> io::Result<QdpxSummary> {
    let project = Project {
        session,
        articles,
        quotes,
        user: xml_safe(user),
        user_guid: guid(&format!("user:{user}")),
    };
    let mut zip = zip::ZipWriter::new(out);
    let options = zip::write::SimpleFileOptions::default()
        .compression_method(zip::CompressionMethod::Deflated);
    let mut qde = Vec::new();
    let summary = project.write_qde(&mut qde)?;
    zip.start_file("project.qde", options)
        .map_err(io::Error::other)?;
    zip.write_all(&qde)?;
    for article in articles {
        zip.start_file(format!("sources/{}", source_file(article)), options)
            .map_err(io::Error::other)?;
        zip.write_all(article.text.as_bytes())?;
    }
    zip.finish().map_err(io::Error::other)?;
    Ok(summary)
}

/// The file name of an article's text in the archive.
fn source_file(article: &Article) -> String {
    format!("{}.txt", guid(&format!("article:{}", article.id.as_str())))
}

/// A selection of a source to write: its character range, the codes it has and the notes on it.
struct Selection {
    key: String,
    start: usize,
    end: usize,
    codes: Vec<(String, String)>,
    notes: Vec<String>,
}

impl Project<'_> {
    fn write_qde(&self, out: &mut Vec<u8>) -> io::Result<QdpxSummary> {
        let book = Codebook::new(self.session, self.quotes);
        let mut xml = Writer::new_with_indent(out, b' ', 2);
        xml.write_event(Event::Decl(BytesDecl::new("1.0", Some("utf-8"), None)))?;
        let attrs = [
            ("xmlns", PROJECT_NS),
            ("name", "Isnad"),
            ("origin", "Isnad"),
            ("creatingUserGUID", self.user_guid.as_str()),
        ];
        xml.write_event(start("Project", &attrs))?;
        xml.write_event(start("Users", &[]))?;
        let user = [
            ("guid", self.user_guid.as_str()),
            ("name", self.user.as_str()),
        ];
        xml.write_event(empty("User", &user))?;
        xml.write_event(end("Users"))?;
        book.write(&mut xml)?;
        let (selections, unplaced) = self.selections(&book);
        let mut summary = QdpxSummary {
            sources: self.articles.len(),
            codes: book.len(),
            unplaced,
            ..QdpxSummary::default()
        };
        if !self.articles.is_empty() {
            xml.write_event(start("Sources", &[]))?;
            for article in self.articles {
                let of_article = selections
                    .get(article.id.as_str())
                    .map_or(&[][..], Vec::as_slice);
                summary.selections += of_article.iter().map(|s| s.codes.len()).sum::<usize>();
                self.write_source(&mut xml, article, of_article)?;
            }
            xml.write_event(end("Sources"))?;
        }
        summary.notes = self.write_notes(&mut xml)?;
        if !self.session.project_memo.trim().is_empty() {
            let memo = guid("project-memo");
            xml.write_event(empty("NoteRef", &[("targetGUID", memo.as_str())]))?;
        }
        xml.write_event(end("Project"))?;
        Ok(summary)
    }

    /// The selections of each article (by id): codings, quotations and notes on passages.
    fn selections(&self, book: &Codebook<'_>) -> (BTreeMap<String, Vec<Selection>>, usize) {
        let mut out: BTreeMap<String, Vec<Selection>> = BTreeMap::new();
        let (placed, unplaced) = super::placed_codings(self.session, self.articles);
        for (coding, article, range) in placed {
            let start = super::char_offset(&article.text, range.start);
            let end = super::char_offset(&article.text, range.end);
            out.entry(article.id.as_str().to_owned())
                .or_default()
                .push(Selection {
                    key: guid(&format!("coding:{}", coding.id.0)),
                    start,
                    end,
                    codes: vec![(
                        guid(&format!("coding-of:{}", coding.id.0)),
                        code_guid(coding.code),
                    )],
                    notes: Vec::new(),
                });
        }
        for q in self.quotes {
            let Some(code) = book.speaker_guid(&q.speaker) else {
                continue;
            };
            let key = format!("quote:{}:{}:{}", q.article_id, q.start_byte, q.end_byte);
            out.entry(q.article_id.clone())
                .or_default()
                .push(Selection {
                    key: guid(&key),
                    start: q.start_char,
                    end: q.end_char,
                    codes: vec![(guid(&format!("coding-of:{key}")), code.clone())],
                    notes: Vec::new(),
                });
        }
        let by_id = crate::corpus::by_id(self.articles);
        for note in &self.session.notes {
            if matches!(note.target, Target::Article(_)) {
                continue;
            }
            let Some((article, range)) = super::place_target(&note.target, &by_id) else {
                continue;
            };
            out.entry(article.id.as_str().to_owned())
                .or_default()
                .push(Selection {
                    key: guid(&format!("note-on:{}", note.id.0)),
                    start: super::char_offset(&article.text, range.start),
                    end: super::char_offset(&article.text, range.end),
                    codes: Vec::new(),
                    notes: vec![guid(&format!("note:{}", note.id.0))],
                });
        }
        (out, unplaced)
    }

    fn write_source<W: Write>(
        &self,
        xml: &mut Xml<W>,
        article: &Article,
        selections: &[Selection],
    ) -> io::Result<()> {
        let key = guid(&format!("article:{}", article.id.as_str()));
        let path = format!("internal://{}", source_file(article));
        let name = xml_safe(article.id.as_str());
        let attrs = [
            ("guid", key.as_str()),
            ("name", name.as_str()),
            ("plainTextPath", path.as_str()),
            ("creatingUser", self.user_guid.as_str()),
        ];
        xml.write_event(start("TextSource", &attrs))?;
        let mut about = vec![article.display_title()];
        about.extend(article.meta.outlet.clone());
        about.extend(article.meta.date.map(|d| d.to_string()));
        text_element(xml, "Description", &about.join(" · "))?;
        for s in selections {
            let (from, to) = (s.start.to_string(), s.end.to_string());
            let attrs = [
                ("guid", s.key.as_str()),
                ("startPosition", from.as_str()),
                ("endPosition", to.as_str()),
                ("creatingUser", self.user_guid.as_str()),
            ];
            xml.write_event(start("PlainTextSelection", &attrs))?;
            for (coding, code) in &s.codes {
                let attrs = [
                    ("guid", coding.as_str()),
                    ("creatingUser", self.user_guid.as_str()),
                ];
                xml.write_event(start("Coding", &attrs))?;
                xml.write_event(empty("CodeRef", &[("targetGUID", code.as_str())]))?;
                xml.write_event(end("Coding"))?;
            }
            for note in &s.notes {
                xml.write_event(empty("NoteRef", &[("targetGUID", note.as_str())]))?;
            }
            xml.write_event(end("PlainTextSelection"))?;
        }
        let article_target = Target::Article(article.id.clone());
        for note in self.session.notes_on(&article_target) {
            let key = guid(&format!("note:{}", note.id.0));
            xml.write_event(empty("NoteRef", &[("targetGUID", key.as_str())]))?;
        }
        xml.write_event(end("TextSource"))
    }

    /// The notes and the project memo as `Note`s; returns how many.
    fn write_notes<W: Write>(&self, xml: &mut Xml<W>) -> io::Result<usize> {
        let mut notes: Vec<(String, String, &str)> = self
            .session
            .notes
            .iter()
            .map(|n| {
                (
                    guid(&format!("note:{}", n.id.0)),
                    format!("Note {}", n.id.0),
                    n.text.as_str(),
                )
            })
            .collect();
        if !self.session.project_memo.trim().is_empty() {
            let memo = (
                guid("project-memo"),
                "Project memo".to_owned(),
                self.session.project_memo.as_str(),
            );
            notes.push(memo);
        }
        if notes.is_empty() {
            return Ok(0);
        }
        xml.write_event(start("Notes", &[]))?;
        for (key, name, text) in &notes {
            let attrs = [
                ("guid", key.as_str()),
                ("name", name.as_str()),
                ("creatingUser", self.user_guid.as_str()),
            ];
            xml.write_event(start("Note", &attrs))?;
            text_element(xml, "PlainTextContent", text)?;
            xml.write_event(end("Note"))?;
        }
        xml.write_event(end("Notes"))?;
        Ok(notes.len())
    }
}
