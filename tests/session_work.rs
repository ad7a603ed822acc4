//! The analyst's work around the session file: anchors placed again after an article changed or
//! went missing, imported files and their hashes, metadata edits, undo and redo with unsaved
//! changes, and the recovery file. Core only: runs without the `gui` feature.

use std::fs;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use isnad::corpus::{Article, ArticleId, Date, Metadata};
use isnad::quotes::QuoteAnchor;
use isnad::session::{
    self, Anchor, AnnotationRef, Document, Edit, EditError, MetadataEdit, MetadataProblem, Note,
    NoteId, QuoteTag, Recovery, Session, SessionError, Source, SourceProblem, Target, Unplaceable,
    ViewState,
};

const FIRST: &str = "وقع الرئيس الروسي فلاديمير بوتين والزعيم الكوري الشمالي كيم جونغ أون شراكة جديدة هذا الأسبوع، وتعهدا بتقديم المساعدة المتبادلة.";
const SECOND: &str = "ولم تتضح تفاصيل الصفقة على الفور، لكن الاتفاقية قد تمثل أقوى علاقة بين البلدين منذ نهاية الحرب الباردة.";
const THIRD: &str =
    "وقالت كوريا الشمالية إن الزيارة تظهر أن العلاقات الثنائية “تزداد قوة يوما بعد آخر”.";
const NEW_LEAD: &str = "موسكو - أعلن الكرملين صباح اليوم تفاصيل جديدة عن الزيارة.";

fn article(id: &str, text: &str) -> Arc<Article> {
    Arc::new(Article::from_raw(
        ArticleId::new(id.to_owned()),
        None,
        text,
        Metadata::default(),
    ))
}

/// An anchor on `passage` as it is in `a`.
fn anchor_on(a: &Article, passage: &str) -> Anchor {
    let start = a.text.find(passage).expect("passage in article");
    Anchor {
        article: a.id.clone(),
        bytes: start..start + passage.len(),
        text: passage.to_owned(),
    }
}

#[test]
fn an_anchor_follows_its_passage_when_text_is_added_before_it() {
    let old = article("kim", &format!("{FIRST}\n\n{SECOND}\n\n{THIRD}"));
    let anchor = anchor_on(&old, SECOND);
    assert_eq!(anchor.place(&old), Some(anchor.bytes.clone()));
    let new = article(
        "kim",
        &format!("{NEW_LEAD}\n\n{FIRST}\n\n{SECOND}\n\n{THIRD}"),
    );
    let placed = anchor.place(&new).expect("still there");
    assert_ne!(placed, anchor.bytes, "it moved");
    assert_eq!(&new.text[placed], SECOND);
}

#[test]
fn an_anchor_survives_a_change_of_spacing() {
    // Made when the cleaning kept a double space and a line break inside the passage; today's
    // cleaning gives single spaces.
    let old_text = SECOND.replace("، لكن", "،  لكن").replace(" منذ", "\nمنذ");
    let anchor = Anchor {
        article: ArticleId::new("kim"),
        bytes: 40..40 + old_text.len(),
        text: old_text,
    };
    let now = article("kim", &format!("{NEW_LEAD}\n\n{FIRST}\n\n{SECOND}"));
    let placed = anchor.place(&now).expect("found despite the spacing");
    assert_eq!(&now.text[placed], SECOND);
}

#[test]
fn anchors_that_cannot_be_placed_are_listed_with_the_reason() {
    let kim = article("kim", &format!("{FIRST}\n\n{SECOND}\n\n{THIRD}"));
    let mut s = Session::default();
    s.notes.push(Note::new(
        Target::Passage(anchor_on(&kim, FIRST)),
        "مصدر الخبر صحيفة أمريكية",
    ));
    s.notes.push(Note::new(
        Target::Passage(anchor_on(&kim, THIRD)),
        "قارن ببيان الخارجية الأمريكية",
    ));
    s.notes.push(Note::new(
        Target::Article(ArticleId::new("gone")),
        "مقال حُذف",
    ));
    s.tags.push(QuoteTag {
        quote: QuoteAnchor {
            article: kim.id.clone(),
            bytes: 0..10,
            text: "تزداد قوة يوما بعد آخر".to_owned(),
        },
        tag: "تصريح رسمي".to_owned(),
    });
    // The article was edited: the third paragraph is gone.
    let edited = article("kim", &format!("{FIRST}\n\n{SECOND}"));
    let placement = s.place_anchors(&[edited]);
    assert_eq!(placement.placed.len(), 1);
    let unplaced: Vec<_> = placement
        .unplaced
        .iter()
        .map(|u| (u.item, u.reason))
        .collect();
    assert_eq!(
        unplaced,
        vec![
            (AnnotationRef::Note(1), Unplaceable::TextGone),
            (AnnotationRef::Note(2), Unplaceable::ArticleNotLoaded),
            (AnnotationRef::Tag(0), Unplaceable::TextGone),
        ]
    );
    let summary = placement.summary().expect("something to say");
    assert!(
        summary.starts_with("2 notes and 1 tag could not be placed: note on kim “وقالت"),
        "{summary}"
    );
    assert!(summary.contains("(article not loaded)"), "{summary}");
}

#[test]
fn a_session_naming_missing_files_opens_with_the_rest() {
    let dir = tempfile::tempdir().expect("dir");
    let kept = dir.path().join("kim.txt");
    let gone = dir.path().join("حذف.txt");
    fs::write(&kept, format!("{FIRST}\n\n{SECOND}")).expect("write");
    fs::write(&gone, THIRD).expect("write");
    let mut s = Session {
        sources: vec![
            Source::file(&kept).expect("hash"),
            Source::file(&gone).expect("hash"),
        ],
        ..Session::default()
    };
    s.notes.push(Note::new(
        Target::Article(ArticleId::new("حذف")),
        "المصدر الوحيد لهذا التصريح",
    ));
    assert!(session::check_sources(&s).is_empty(), "all there");
    fs::remove_file(&gone).expect("remove");
    let path = dir.path().join("work.ron");
    session::save(&path, &s).expect("save");
    let s = session::load(&path).expect("the session still opens");
    let (corpus, problems) = session::load_session_corpus(&s);
    assert_eq!(corpus.articles().len(), 1);
    assert_eq!(corpus.articles()[0].id.as_str(), "kim");
    assert_eq!(problems.len(), 1);
    assert!(matches!(&problems[0], SourceProblem::Missing { path } if path == &gone));
    assert!(
        problems[0].to_string().contains("missing"),
        "{}",
        problems[0]
    );
    let placement = s.place_anchors(corpus.articles());
    assert_eq!(placement.unplaced[0].reason, Unplaceable::ArticleNotLoaded);
}

#[test]
fn a_changed_file_is_reported_and_still_loaded() {
    let dir = tempfile::tempdir().expect("dir");
    let file = dir.path().join("kim.txt");
    fs::write(&file, FIRST).expect("write");
    let s = Session {
        sources: vec![Source::Bundled, Source::file(&file).expect("hash")],
        ..Session::default()
    };
    let Source::File { sha256, .. } = &s.sources[1] else {
        panic!("a file source");
    };
    assert_eq!(sha256.len(), 64);
    fs::write(&file, format!("{NEW_LEAD}\n\n{FIRST}")).expect("edit");
    let problems = session::check_sources(&s);
    assert!(matches!(&problems[..], [SourceProblem::Changed { .. }]));
    let (corpus, problems) = session::load_session_corpus(&s);
    assert_eq!(problems.len(), 1);
    assert_eq!(corpus.articles().len(), isnad::corpus::BUNDLED.len() + 1);
}

#[test]
fn metadata_edits_replace_the_inferred_values() {
    let mut articles = vec![article("kim", FIRST), article("other", SECOND)];
    let mut s = Session::default();
    s.metadata_edits.insert(
        ArticleId::new("kim"),
        MetadataEdit {
            title: Some("بوتين وكيم يوقعان اتفاقية جديدة للدفاع المشترك".to_owned()),
            date: Some("2024-06-19".to_owned()),
            outlet: Some("الجزيرة نت".to_owned()),
            author: None,
        },
    );
    s.metadata_edits.insert(
        ArticleId::new("other"),
        MetadataEdit {
            date: Some("19 يونيو".to_owned()),
            author: Some("أحمد علي".to_owned()),
            ..MetadataEdit::default()
        },
    );
    s.metadata_edits
        .insert(ArticleId::new("absent"), MetadataEdit::default());
    let before = Arc::clone(&articles[0]);
    let problems = session::apply_metadata_edits(&s, &mut articles);
    let kim = &articles[0];
    assert_eq!(kim.meta.date, Date::new(2024, 6, 19));
    assert_eq!(kim.meta.outlet.as_deref(), Some("الجزيرة نت"));
    assert_eq!(kim.text, before.text);
    assert!(
        before.meta.outlet.is_none(),
        "the shared article is not changed"
    );
    assert_eq!(articles[1].meta.author.as_deref(), Some("أحمد علي"));
    assert_eq!(
        problems,
        vec![
            MetadataProblem::ArticleNotLoaded {
                article: ArticleId::new("absent")
            },
            MetadataProblem::BadDate {
                article: ArticleId::new("other"),
                date: "19 يونيو".to_owned()
            },
        ]
    );
}

fn note(text: &str) -> Note {
    Note::new(Target::Article(ArticleId::new("kim")), text)
}

/// Applies an edit through the document, which must take it as a step.
fn edit(doc: &mut Document, edit: Edit) {
    assert_eq!(doc.edit(edit), Ok(true));
}

#[test]
fn undo_and_redo_walk_the_edits_and_the_saved_state_is_clean() {
    let dir = tempfile::tempdir().expect("dir");
    let path = dir.path().join("work.ron");
    let mut doc = Document::default();
    assert!(!doc.is_dirty() && !doc.can_undo());
    edit(&mut doc, Edit::AddNote(note("الأولى")));
    edit(&mut doc, Edit::AddNote(note("الثانية")));
    assert!(doc.is_dirty());
    assert!(matches!(doc.save(), Err(SessionError::NoPath)));
    doc.save_as(&path).expect("save");
    assert!(!doc.is_dirty());
    let quote = QuoteAnchor {
        article: ArticleId::new("kim"),
        bytes: 0..4,
        text: "وقع".to_owned(),
    };
    edit(
        &mut doc,
        Edit::SetQuoteTags {
            quote,
            tags: vec!["اقتصاد".to_owned()],
        },
    );
    assert!(doc.is_dirty());
    assert_eq!(doc.undo_label(), Some("tag quotation"));
    assert_eq!(doc.undo(), Ok(Some("tag quotation".to_owned())));
    assert!(!doc.is_dirty(), "back to what was saved");
    assert_eq!(doc.undo(), Ok(Some("add note".to_owned())));
    let texts: Vec<&str> = doc
        .session()
        .notes
        .iter()
        .map(|n| n.text.as_str())
        .collect();
    assert_eq!(texts, ["الأولى"]);
    assert!(doc.is_dirty());
    assert_eq!(doc.redo(), Ok(Some("add note".to_owned())));
    assert!(!doc.is_dirty());
    assert_eq!(doc.session().notes[1].id, NoteId(2), "redone with its id");
    assert_eq!(doc.redo_label(), Some("tag quotation"));
    // A new edit drops what could be redone.
    edit(&mut doc, Edit::RemoveNote(NoteId(2)));
    assert!(!doc.can_redo());
    assert_eq!(session::load(&path).expect("saved").notes.len(), 2);
    doc.save().expect("save again");
    assert_eq!(session::load(&path).expect("saved").notes.len(), 1);
    assert!(!doc.is_dirty());
}

#[test]
fn view_changes_and_edits_that_change_nothing_are_no_steps() {
    let mut doc = Document::default();
    doc.set_view(ViewState {
        selected: Some(ArticleId::new("kim")),
        reader_scroll: 140.0,
        ..ViewState::default()
    });
    assert!(!doc.is_dirty());
    assert!(!doc.can_undo());
    assert!((doc.session().view.reader_scroll - 140.0).abs() < f32::EPSILON);
    edit(&mut doc, Edit::AddNote(note("الأولى")));
    doc.save_as(&tempfile::tempdir().expect("dir").path().join("w.ron"))
        .expect("save");
    let same = Edit::SetNoteText {
        id: NoteId(1),
        text: "الأولى".to_owned(),
    };
    assert_eq!(doc.edit(same), Ok(false));
    assert!(!doc.is_dirty());
    assert_eq!(doc.undo_label(), Some("add note"), "no step for it");
}

#[test]
fn an_edit_of_a_note_that_is_gone_is_refused_and_the_history_kept() {
    let mut doc = Document::default();
    edit(&mut doc, Edit::AddNote(note("الأولى")));
    edit(&mut doc, Edit::RemoveNote(NoteId(1)));
    let stale = Edit::SetNoteText {
        id: NoteId(1),
        text: "نص".to_owned(),
    };
    assert_eq!(
        doc.edit(stale),
        Err(EditError::Gone {
            what: "note",
            id: 1
        })
    );
    assert!(doc.session().notes.is_empty());
    assert_eq!(doc.undo(), Ok(Some("remove note".to_owned())));
    assert_eq!(doc.session().notes[0].id, NoteId(1));
}

#[test]
fn history_keeps_the_last_edits_up_to_its_limit() {
    let mut doc = Document::default();
    for i in 0..session::HISTORY_LIMIT + 20 {
        edit(&mut doc, Edit::AddNote(note(&format!("ملاحظة {i}"))));
    }
    let mut undone = 0;
    while doc.undo().expect("undoes").is_some() {
        undone += 1;
    }
    assert_eq!(undone, session::HISTORY_LIMIT);
    assert_eq!(doc.session().notes.len(), 20);
}

#[test]
fn recovery_brings_back_the_session_and_its_file() {
    let dir = tempfile::tempdir().expect("dir");
    let recovery = Recovery::claim(&dir.path().join("data"));
    assert!(recovery.find().expect("no file is fine").is_none());
    let mut s = Session::default();
    s.notes.push(note("ملاحظة لم تُحفظ قبل الانقطاع"));
    s.assign_ids();
    let origin = PathBuf::from("/home/باحث/\"مشروع\"/work.ron");
    recovery.write(&s, Some(&origin)).expect("write");
    let found = recovery.find().expect("readable").expect("there");
    assert_eq!(found.session, s);
    assert_eq!(found.origin.as_deref(), Some(origin.as_path()));
    assert!(found.modified.is_some());
    let doc = Document::recovered(found.session, found.origin);
    assert!(doc.is_dirty(), "recovered work is not saved yet");
    recovery.clear().expect("clear");
    assert!(recovery.find().expect("gone").is_none());
    recovery.clear().expect("clearing twice is fine");
}

#[test]
fn the_recovery_prompt_names_what_the_session_holds() {
    let mut s = Session::default();
    assert_eq!(s.summary(), "no annotations");
    s.notes.push(note("ملاحظة أولى"));
    s.notes.push(note("ملاحظة ثانية"));
    s.metadata_edits.insert(
        ArticleId::new("kim"),
        MetadataEdit {
            outlet: Some("الشرق الأوسط".to_owned()),
            ..MetadataEdit::default()
        },
    );
    s.sources.push(Source::File {
        path: PathBuf::from("/data/أرشيف.jsonl"),
        sha256: "0".repeat(64),
    });
    assert_eq!(
        s.summary(),
        "2 notes, 1 article's details edited, 1 imported file"
    );
}

#[test]
fn each_running_window_keeps_its_own_recovery_file_and_the_next_start_takes_over_a_crashed_one() {
    let dir = tempfile::tempdir().expect("dir");
    let first = Recovery::claim(dir.path());
    let second = Recovery::claim(dir.path());
    assert_ne!(first.path(), second.path(), "two windows, two files");
    let mut work = Session::default();
    work.notes.push(note("عمل النافذة الأولى"));
    work.assign_ids();
    first.write(&work, None).expect("write");
    // While the first window runs, the second neither offers its work back nor removes it.
    assert!(second.find().expect("readable").is_none());
    second.clear().expect("clean exit of the second window");
    assert!(first.path().exists());
    // The first window crashes: its lock goes with it, and the next window to start takes its
    // file, and the work in it, over.
    let first_path = first.path().to_owned();
    drop(first);
    let next = Recovery::claim(dir.path());
    assert_eq!(next.path(), first_path);
    let found = next
        .find()
        .expect("readable")
        .expect("the crashed window's work");
    assert_eq!(found.session, work);
}

#[test]
fn a_broken_recovery_file_is_an_error_to_show_and_is_kept() {
    let dir = tempfile::tempdir().expect("dir");
    let recovery = Recovery::claim(dir.path());
    recovery.write(&Session::default(), None).expect("write");
    let text = fs::read_to_string(recovery.path()).expect("text");
    fs::write(recovery.path(), &text[..text.len() / 2]).expect("cut");
    let err = recovery.find().expect_err("broken");
    assert!(err.to_string().contains("recovery.ron"), "{err}");
    assert!(Path::new(recovery.path()).exists(), "left for the analyst");
}

#[test]
fn the_files_a_window_was_opened_with_are_no_unsaved_change() {
    let dir = tempfile::tempdir().expect("dir");
    let file = dir.path().join("a.txt");
    fs::write(&file, "قال الوزير إن العمل بدأ.").expect("write");
    let mut doc = Document::default();
    let source = isnad::session::Source::file(&file).expect("source");
    doc.change_as_opened(|sources| *sources = vec![source.clone()]);
    assert!(!doc.is_dirty(), "opened, nothing to save");
    assert_eq!(doc.session().sources, vec![source]);
    // An import the analyst starts later is a change to save.
    let other = dir.path().join("b.txt");
    fs::write(&other, "وأضاف أن الخطة جاهزة.").expect("write");
    let more = isnad::session::Source::file(&other).expect("source");
    doc.change_without_undo(|sources| sources.push(more));
    assert!(doc.is_dirty());
}
