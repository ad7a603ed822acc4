//! Undo and redo as values: random sessions and random sequences of the window's edits (notes,
//! bookmarks, tags, corrections, metadata, kept searches, some naming items that are gone).
//! Every edit's inverse gives back the exact session before it, the redone edits the session
//! after them, the `Document` agrees with a history of whole copies, and ids survive the file.
//! Core only: runs without the `gui` feature.

use isnad::corpus::ArticleId;
use isnad::quotes::{Correction, QuoteAnchor};
use isnad::session::{
    self, Anchor, Bookmark, BookmarkId, Code, CodeId, Coding, CodingId, Document, Edit,
    MetadataEdit, Note, NoteId, QuoteTag, SavedSearch, SearchId, Session, Target,
};
use proptest::prelude::*;

const WORDS: &[&str] = &["بوتين", "كيم", "اتفاقية", "الدفاع", "موسكو", "قمة", " ", ""];

fn text() -> impl Strategy<Value = String> {
    prop::collection::vec(prop::sample::select(WORDS), 0..4).prop_map(|w| w.join(" "))
}

/// One of a few quotations, so that edits often meet the same one.
fn quote(n: usize) -> QuoteAnchor {
    let text = ["نحن ندعم روسيا", "العلاقات تزداد قوة", "أقوى معاهدة"][n % 3];
    QuoteAnchor {
        article: ArticleId::new(format!("00{}", n % 2)),
        bytes: 10 * n..10 * n + text.len(),
        text: text.to_owned(),
    }
}

fn target(n: usize) -> Target {
    match n % 3 {
        0 => Target::Article(ArticleId::new(format!("00{}", n % 4))),
        1 => Target::Quote(quote(n)),
        _ => Target::Passage(Anchor {
            article: ArticleId::new("001"),
            bytes: n..n + 8,
            text: "الاتفاقية".to_owned(),
        }),
    }
}

fn start_session() -> impl Strategy<Value = Session> {
    (
        prop::collection::vec((0..6usize, text()), 0..6),
        prop::collection::vec((0..6usize, text()), 0..4),
        prop::collection::vec((0..4usize, text()), 0..6),
        prop::collection::vec(text(), 0..3),
        prop::collection::vec(prop::option::of(text()), 0..3),
        any::<bool>(),
    )
        .prop_map(|(notes, bookmarks, tags, searches, meta, old_ids)| {
            let mut s = Session {
                notes: notes
                    .into_iter()
                    .map(|(n, t)| Note::new(target(n), t))
                    .collect(),
                bookmarks: bookmarks
                    .into_iter()
                    .map(|(n, t)| Bookmark::new(target(n), t))
                    .collect(),
                tags: tags
                    .into_iter()
                    .map(|(n, tag)| QuoteTag {
                        quote: quote(n),
                        tag,
                    })
                    .collect(),
                saved_searches: searches
                    .into_iter()
                    .map(|q| SavedSearch::new(q, ""))
                    .collect(),
                ..Session::default()
            };
            for (i, outlet) in meta.into_iter().enumerate() {
                // `None` keeps an empty edit, as a hand-written file may.
                let edit = MetadataEdit {
                    outlet,
                    ..MetadataEdit::default()
                };
                s.metadata_edits
                    .insert(ArticleId::new(format!("00{i}")), edit);
            }
            // A small codebook, nested, with a coding, as every session of coders has.
            for (i, name) in ["سياسة", "اقتصاد", "دبلوماسية"].into_iter().enumerate()
            {
                s.codes.push(Code {
                    id: CodeId(100 + i as u64),
                    parent: (i == 2).then_some(CodeId(100)),
                    ..Code::new(name)
                });
            }
            s.codings.push(Coding {
                id: CodingId(200),
                code: CodeId(102),
                target: target(2),
            });
            s.corrections.push(Correction::MergeSpeakers {
                from: "بوتين".to_owned(),
                into: "فلاديمير بوتين".to_owned(),
            });
            // Some sessions come with gaps in their ids, as after notes were removed.
            if old_ids {
                for (i, n) in s.notes.iter_mut().enumerate() {
                    n.id = NoteId(3 * i as u64 + 5);
                }
            }
            s.assign_ids();
            s
        })
}

/// An edit to make, resolved against the session it meets: `pick` chooses the item (past the
/// end: an id no item has).
#[derive(Debug, Clone)]
struct Plan {
    kind: u8,
    pick: usize,
    text: String,
    tags: Vec<String>,
}

fn plan() -> impl Strategy<Value = Plan> {
    (
        0..21u8,
        0..8usize,
        text(),
        prop::collection::vec(text(), 0..3),
    )
        .prop_map(|(kind, pick, text, tags)| Plan {
            kind,
            pick,
            text,
            tags,
        })
}

fn pick_id<T>(items: &[T], pick: usize, id: impl Fn(&T) -> u64) -> u64 {
    items.get(pick).map_or(900 + pick as u64, id)
}

fn resolve(p: &Plan, s: &Session) -> Edit {
    let note = pick_id(&s.notes, p.pick, |n| n.id.0);
    match p.kind {
        0 => Edit::AddNote(Note::new(target(p.pick), p.text.clone())),
        1 => Edit::SetNoteText {
            id: NoteId(note),
            text: p.text.clone(),
        },
        2 => Edit::RemoveNote(NoteId(note)),
        3 => Edit::AddBookmark(Bookmark::new(target(p.pick), p.text.clone())),
        4 => Edit::RemoveBookmark(BookmarkId(pick_id(&s.bookmarks, p.pick, |b| b.id.0))),
        5 => Edit::SetQuoteTags {
            quote: quote(p.pick),
            tags: p.tags.clone(),
        },
        6 => Edit::EditMetadata {
            article: ArticleId::new(format!("00{}", p.pick % 4)),
            edit: MetadataEdit {
                title: (!p.text.is_empty()).then(|| p.text.clone()),
                ..MetadataEdit::default()
            },
        },
        7 => Edit::SaveSearch(SavedSearch::new(p.text.clone(), "")),
        8 => Edit::RemoveSavedSearch(SearchId(pick_id(&s.saved_searches, p.pick, |x| x.id.0))),
        9 => Edit::Correct(Correction::DeleteQuote {
            quote: quote(p.pick),
        }),
        11..=20 => resolve_code(p, s),
        _ => Edit::Correct(Correction::SetSpeaker {
            quote: quote(p.pick),
            speaker: p.text.clone(),
        }),
    }
}

/// A codebook or coding edit: `pick` chooses the code (past the end: a code that is gone).
fn resolve_code(p: &Plan, s: &Session) -> Edit {
    let code = |pick: usize| CodeId(pick_id(&s.codes, pick, |c| c.id.0));
    let id = code(p.pick);
    match p.kind {
        11 => Edit::AddCode(Code {
            parent: p.pick.is_multiple_of(2).then(|| code(p.pick / 2)),
            ..Code::new(p.text.clone())
        }),
        12 => Edit::RenameCode {
            id,
            name: p.text.clone(),
        },
        13 => Edit::RecolourCode {
            id,
            colour: [p.pick as u8 * 30, 0x80, p.text.len() as u8],
        },
        14 => Edit::DescribeCode {
            id,
            description: format!("{}\n\n{}", p.text, p.tags.join("\n")),
        },
        15 => Edit::MoveCode {
            id,
            parent: (!p.pick.is_multiple_of(3)).then(|| code(p.text.len() % 4)),
        },
        16 => Edit::MergeCodes {
            from: id,
            into: code(p.text.len() % 4),
        },
        17 => Edit::DeleteCode(id),
        18 => Edit::AddCoding(Coding::new(code(p.pick % 4), target(p.text.len()))),
        19 => Edit::RemoveCoding(CodingId(pick_id(&s.codings, p.pick, |c| c.id.0))),
        _ => Edit::SetProjectMemo(p.tags.join("\n")),
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    /// Each edit's inverse, applied in reverse order, gives back the exact starting session (ids
    /// and the id counter too); the edits the inverses give back redo the end state. An edit
    /// that fails leaves the session as it was.
    #[test]
    fn inverses_undo_everything_and_what_they_return_redoes_it(
        start in start_session(),
        plans in prop::collection::vec(plan(), 0..24),
    ) {
        let mut s = start.clone();
        let mut inverses = Vec::new();
        for p in &plans {
            let edit = resolve(p, &s);
            let before = s.clone();
            if let Ok(Some(inverse)) = edit.apply(&mut s) {
                inverses.push(inverse);
            } else {
                // No change and no inverse, or an error that changed nothing.
                prop_assert_eq!(&s, &before);
            }
        }
        let end = s.clone();
        let mut redos = Vec::new();
        for inverse in inverses.into_iter().rev() {
            let redo = inverse.apply(&mut s).expect("an inverse fits").expect("changes");
            redos.push(redo);
        }
        prop_assert_eq!(&s, &start);
        for redo in redos.into_iter().rev() {
            redo.apply(&mut s).expect("a redo fits").expect("changes");
        }
        prop_assert_eq!(&s, &end);
    }

    /// The document's undo and redo, in any order with new edits, agree with a history that
    /// keeps every session whole; unsaved changes follow the position in it.
    #[test]
    fn the_document_walks_its_history_like_whole_copies(
        start in start_session(),
        steps in prop::collection::vec((0..4u8, plan()), 0..40),
    ) {
        let mut doc = Document::new(start.clone());
        let (mut states, mut at) = (vec![start], 0usize);
        for (what, p) in &steps {
            match what {
                0 => {
                    let undone = doc.undo().expect("undo fits");
                    prop_assert_eq!(undone.is_some(), at > 0);
                    at = at.saturating_sub(1);
                }
                1 => {
                    let redone = doc.redo().expect("redo fits");
                    prop_assert_eq!(redone.is_some(), at + 1 < states.len());
                    at = (at + 1).min(states.len() - 1);
                }
                _ => {
                    let edit = resolve(p, doc.session());
                    if doc.edit(edit).unwrap_or(false) {
                        states.truncate(at + 1);
                        states.push(doc.session().clone());
                        at += 1;
                    }
                }
            }
            prop_assert_eq!(doc.session(), &states[at]);
            prop_assert_eq!(doc.can_undo(), at > 0);
            prop_assert_eq!(doc.can_redo(), at + 1 < states.len());
            prop_assert_eq!(doc.is_dirty(), at != 0);
        }
        while doc.undo().expect("undo fits").is_some() {}
        prop_assert_eq!(doc.session(), &states[0]);
        prop_assert!(!doc.is_dirty(), "back to what it was opened with");
        while doc.redo().expect("redo fits").is_some() {}
        prop_assert_eq!(doc.session(), states.last().expect("a state"));
    }

    /// Ids and the counter survive the file; an edit by id made after loading names the item it
    /// named before saving.
    #[test]
    fn ids_survive_save_and_load(
        start in start_session(),
        plans in prop::collection::vec(plan(), 0..16),
    ) {
        let mut doc = Document::new(start);
        for p in &plans {
            let edit = resolve(p, doc.session());
            let _ = doc.edit(edit);
        }
        let dir = tempfile::tempdir().expect("dir");
        let path = dir.path().join("work.isnad");
        doc.save_as(&path).expect("save");
        let loaded = session::load(&path).expect("load");
        prop_assert_eq!(&loaded, doc.session());
        if let Some(last) = doc.session().notes.last() {
            let mut opened = Document::open(&path).expect("open");
            opened.edit(Edit::RemoveNote(last.id)).expect("by id");
            prop_assert!(opened.session().note(last.id).is_none());
            prop_assert_eq!(opened.session().notes.len(), doc.session().notes.len() - 1);
        }
    }
}

#[test]
fn a_format_1_file_without_ids_loads_with_ids_and_takes_edits_by_them() {
    let old = r#"(
    version: 1,
    bookmarks: [
        (target: Article("004_fd56def298acf30f"), label: "الاتفاقية"),
    ],
    notes: [
        (target: Article("004_fd56def298acf30f"), text: "تصريح يحتاج إلى تحقق"),
        (target: Article("001_cee41d8d25e69044"), text: "مصدر ثانٍ"),
    ],
    saved_searches: [
        (query: "بيونغ يانغ", label: ""),
    ],
)"#;
    let s = session::from_ron(old).expect("loads");
    assert_eq!(s.version, session::SESSION_VERSION);
    let ids: Vec<NoteId> = s.notes.iter().map(|n| n.id).collect();
    assert_eq!(ids, [NoteId(1), NoteId(2)]);
    assert_eq!(s.bookmarks[0].id, BookmarkId(3));
    assert_eq!(s.saved_searches[0].id, SearchId(4));
    assert_eq!(s.next_id, 5);
    let mut doc = Document::new(s);
    assert!(!doc.is_dirty());
    doc.edit(Edit::RemoveNote(NoteId(1))).expect("removes");
    assert_eq!(doc.session().notes[0].text, "مصدر ثانٍ");
    doc.edit(Edit::AddNote(Note::new(
        Target::Article(ArticleId::new("001_cee41d8d25e69044")),
        "جديدة",
    )))
    .expect("adds");
    assert_eq!(
        doc.session().notes[1].id,
        NoteId(5),
        "past every id the file had"
    );
    let text = session::to_ron(doc.session());
    assert!(
        text.contains("id: 5,") && text.contains("next_id: 6"),
        "{text}"
    );
    let again = session::from_ron(&text).expect("reads its own");
    assert_eq!(&again, doc.session());
}
