use super::*;
use crate::session::QuoteTag;

fn anchor(text: &str) -> QuoteAnchor {
    QuoteAnchor {
        article: ArticleId::new("000"),
        bytes: 10..10 + text.len(),
        text: text.into(),
    }
}

fn note(text: &str) -> Note {
    Note::new(Target::Article(ArticleId::new("001")), text)
}

/// Applies `edit`, then its inverse, and checks that the session is back as it was; returns the
/// session after the edit.
fn apply_and_undo(s: &Session, edit: Edit) -> Session {
    let mut after = s.clone();
    let inverse = edit.apply(&mut after).expect("applies").expect("changes");
    let mut back = after.clone();
    let redo = inverse.apply(&mut back).expect("undoes").expect("changes");
    assert_eq!(&back, s, "undone");
    redo.apply(&mut back).expect("redoes");
    assert_eq!(back, after, "redone");
    after
}

#[test]
fn tags_replace_and_drop_duplicates_and_blanks() {
    let mut s = Session::default();
    let q = anchor("نحن ندعم روسيا");
    Edit::SetQuoteTags {
        quote: q.clone(),
        tags: vec!["دعم".into(), " دعم ".into(), String::new(), "قمة".into()],
    }
    .apply(&mut s)
    .expect("applies");
    assert_eq!(s.tags_of(&q), ["دعم", "قمة"]);
    Edit::SetQuoteTags {
        quote: q.clone(),
        tags: vec!["عقوبات".into()],
    }
    .apply(&mut s)
    .expect("applies");
    assert_eq!(s.tags_of(&q), ["عقوبات"]);
    assert_eq!(s.all_tags(), ["عقوبات"]);
}

#[test]
fn undoing_tags_puts_each_back_at_its_place_among_other_quotations_tags() {
    let (a, b) = (anchor("نحن ندعم روسيا"), anchor("العلاقات تزداد قوة"));
    let mut s = Session::default();
    for (quote, tag) in [(&a, "دعم"), (&b, "قمة"), (&a, "روسيا"), (&b, "كوريا")] {
        s.tags.push(QuoteTag {
            quote: quote.clone(),
            tag: tag.into(),
        });
    }
    let after = apply_and_undo(
        &s,
        Edit::SetQuoteTags {
            quote: a.clone(),
            tags: vec!["عقوبات".into()],
        },
    );
    assert_eq!(after.tags_of(&a), ["عقوبات"]);
    let cleared = apply_and_undo(
        &s,
        Edit::SetQuoteTags {
            quote: b.clone(),
            tags: Vec::new(),
        },
    );
    assert!(cleared.tags_of(&b).is_empty());
    // The same tags, already last in the list, change nothing.
    let mut same = after.clone();
    let unchanged = Edit::SetQuoteTags {
        quote: a,
        tags: vec![" عقوبات".into()],
    };
    assert_eq!(unchanged.apply(&mut same), Ok(None));
    assert_eq!(same, after);
}

#[test]
fn an_emptied_note_is_removed_and_undo_puts_it_back_at_its_place() {
    let mut s = Session::default();
    for text in ["الأولى", "الثانية", "الثالثة"] {
        Edit::AddNote(note(text)).apply(&mut s).expect("adds");
    }
    let ids: Vec<NoteId> = s.notes.iter().map(|n| n.id).collect();
    assert_eq!(ids, [NoteId(1), NoteId(2), NoteId(3)]);
    let after = apply_and_undo(
        &s,
        Edit::SetNoteText {
            id: NoteId(2),
            text: "  ".into(),
        },
    );
    let texts: Vec<&str> = after.notes.iter().map(|n| n.text.as_str()).collect();
    assert_eq!(texts, ["الأولى", "الثالثة"]);
    let after = apply_and_undo(&s, Edit::RemoveNote(NoteId(1)));
    assert_eq!(after.notes[0].id, NoteId(2), "the others keep their ids");
    let after = apply_and_undo(
        &s,
        Edit::SetNoteText {
            id: NoteId(3),
            text: "مصدر روسي".into(),
        },
    );
    assert_eq!(
        after.note(NoteId(3)).map(|n| n.text.as_str()),
        Some("مصدر روسي")
    );
}

#[test]
fn an_edit_of_a_gone_item_is_an_error_that_changes_nothing() {
    let mut s = Session::default();
    Edit::AddNote(note("مصدر روسي"))
        .apply(&mut s)
        .expect("adds");
    let before = s.clone();
    let gone = Edit::RemoveNote(NoteId(5)).apply(&mut s);
    assert_eq!(
        gone,
        Err(EditError::Gone {
            what: "note",
            id: 5
        })
    );
    let text = Edit::SetNoteText {
        id: NoteId(9),
        text: "نص".into(),
    };
    assert!(text.apply(&mut s).is_err());
    let bookmark = Edit::RemoveBookmark(BookmarkId(1)).apply(&mut s);
    assert_eq!(
        bookmark.map_err(|e| e.to_string()),
        Err("bookmark 1 is no longer in the session".to_owned())
    );
    assert!(Edit::RemoveSavedSearch(SearchId(1)).apply(&mut s).is_err());
    let mut taken = note("نسخة");
    taken.id = NoteId(1);
    let taken = Edit::AddNote(taken).apply(&mut s);
    assert_eq!(
        taken,
        Err(EditError::IdTaken {
            what: "note",
            id: 1
        })
    );
    assert_eq!(s, before);
}

#[test]
fn an_undone_add_gives_its_id_back_and_the_redone_one_takes_it_again() {
    let mut s = Session::default();
    let undo = Edit::AddNote(note("الأولى"))
        .apply(&mut s)
        .expect("adds")
        .expect("changes");
    assert_eq!(s.next_id, 2);
    let redo = undo.apply(&mut s).expect("undoes").expect("changes");
    assert_eq!(s, Session::default());
    redo.apply(&mut s).expect("redoes");
    assert_eq!(s.notes[0].id, NoteId(1));
    assert_eq!(s.next_id, 2);
    // A note removed by the analyst keeps its id to itself: the next one gets another.
    Edit::RemoveNote(NoteId(1)).apply(&mut s).expect("removes");
    Edit::AddNote(note("الثانية")).apply(&mut s).expect("adds");
    assert_eq!(s.notes[0].id, NoteId(2));
}

#[test]
fn a_bookmark_is_kept_once_and_an_empty_metadata_edit_restores_the_inferred_values() {
    let mut s = Session::default();
    let b = Bookmark::new(Target::Article(ArticleId::new("002")), "");
    Edit::AddBookmark(b.clone()).apply(&mut s).expect("adds");
    assert_eq!(Edit::AddBookmark(b).apply(&mut s), Ok(None));
    assert_eq!(s.bookmarks.len(), 1);
    let article = ArticleId::new("002");
    let outlet = Edit::EditMetadata {
        article: article.clone(),
        edit: MetadataEdit {
            outlet: Some("الشرق الأوسط".into()),
            ..MetadataEdit::default()
        },
    };
    let s = apply_and_undo(&s, outlet);
    assert!(s.metadata_edits.contains_key(&article));
    let cleared = Edit::EditMetadata {
        article: article.clone(),
        edit: MetadataEdit::default(),
    };
    let s = apply_and_undo(&s, cleared);
    assert!(!s.metadata_edits.contains_key(&article));
}

#[test]
fn metadata_kept_empty_in_a_file_and_a_blank_note_come_back_as_they_were() {
    let article = ArticleId::new("003");
    let mut s = Session::default();
    s.metadata_edits
        .insert(article.clone(), MetadataEdit::default());
    s.notes.push(note(""));
    s.assign_ids();
    let id = s.notes[0].id;
    apply_and_undo(
        &s,
        Edit::EditMetadata {
            article,
            edit: MetadataEdit {
                date: Some("2024-06-19".into()),
                ..MetadataEdit::default()
            },
        },
    );
    apply_and_undo(
        &s,
        Edit::SetNoteText {
            id,
            text: "نص".into(),
        },
    );
}

#[test]
fn a_correction_is_undone_and_redone_in_its_place() {
    let mut s = Session::default();
    s.corrections.push(Correction::MergeSpeakers {
        from: "بوتين".into(),
        into: "فلاديمير بوتين".into(),
    });
    let edit = Edit::Correct(Correction::DeleteQuote {
        quote: anchor("قال"),
    });
    assert!(edit.touches_quotes());
    let after = apply_and_undo(&s, edit);
    assert_eq!(after.corrections.edits.len(), 2);
    let mut stale = Session::default();
    let inverse = Edit::Correct(Correction::DeleteQuote {
        quote: anchor("قال"),
    })
    .apply(&mut stale.clone())
    .expect("applies")
    .expect("changes");
    assert!(inverse.touches_quotes());
    assert!(matches!(
        inverse.apply(&mut stale),
        Err(EditError::NoSuchPlace { .. })
    ));
}
