//! The workspace over the bundled articles: one pipeline gives what the separate steps gave,
//! imports extract only the new articles, and a metadata edit reaches the search hits.

use std::collections::BTreeMap;
use std::sync::Arc;

use isnad::corpus::{self, ArticleId, Corpus};
use isnad::quotes::{Correction, Corrections, QuoteAnchor, extract_corpus};
use isnad::search::{SearchIndex, SearchOptions};
use isnad::session::{MetadataEdit, Session, apply_metadata_edits};
use isnad::workspace::Workspace;

/// The first article with a hit for بوتين, and an edit of its title and outlet.
fn putin_edit(corpus: &Corpus) -> (ArticleId, BTreeMap<ArticleId, MetadataEdit>) {
    let index = SearchIndex::build(corpus);
    let results = index.search_text("بوتين", &SearchOptions::default());
    let id = results
        .hits
        .first()
        .expect("بوتين is in the bundled articles")
        .article
        .id
        .clone();
    let edit = MetadataEdit {
        title: Some("عنوان جديد".into()),
        outlet: Some("منفذ جديد".into()),
        ..MetadataEdit::default()
    };
    (id.clone(), BTreeMap::from([(id, edit)]))
}

/// The bug of issue 11: "Edit details" changed the shown corpus while the search index kept its
/// own copy of the articles, so hits showed the old title and outlet, and the outlet filter
/// compared with the old outlet.
#[test]
fn a_search_index_takes_edited_metadata_for_hits_and_the_outlet_filter() {
    let loaded = corpus::bundled();
    let (id, edits) = putin_edit(&loaded);
    let mut index = SearchIndex::build(&loaded);
    let session = Session {
        metadata_edits: edits,
        ..Session::default()
    };
    let mut articles = loaded.articles().to_vec();
    assert!(apply_metadata_edits(&session, &mut articles).is_empty());
    let edited: Corpus = articles.into_iter().collect();
    assert_eq!(index.refresh_metadata(&edited), 1);
    let only = |outlet: &str| SearchOptions {
        outlets: vec![outlet.to_owned()],
        ..SearchOptions::default()
    };
    let hits = index.search_text("بوتين", &only("منفذ جديد")).hits;
    let hit = hits
        .iter()
        .find(|h| h.article.id == id)
        .expect("the edited outlet filters");
    assert_eq!(hit.article.meta.title.as_deref(), Some("عنوان جديد"));
    assert_eq!(hit.article.display_title(), "عنوان جديد");
    let old_outlet = loaded.article(&id).and_then(|a| a.meta.outlet.clone());
    if let Some(old) = old_outlet {
        let stale = index.search_text("بوتين", &only(&old)).hits;
        assert!(
            stale.iter().all(|h| h.article.id != id),
            "the old outlet no longer filters"
        );
    }
}

#[test]
fn a_metadata_edit_in_the_workspace_reaches_corpus_hits_and_quotes_without_extracting() {
    let loaded = corpus::bundled();
    let (id, edits) = putin_edit(&loaded);
    let mut workspace = Workspace::new(loaded);
    let before = workspace.snapshot();
    assert!(workspace.set_metadata_edits(&edits).is_empty());
    let after = workspace.snapshot();
    assert!(after.generation > before.generation);
    let title = |a: &isnad::corpus::Article| a.meta.title.clone();
    assert_eq!(
        after
            .corpus()
            .article(&id)
            .and_then(|a| title(a))
            .as_deref(),
        Some("عنوان جديد")
    );
    let hits = after
        .index()
        .search_text("بوتين", &SearchOptions::default())
        .hits;
    let hit = hits
        .iter()
        .find(|h| h.article.id == id)
        .expect("a hit in the edited article");
    assert_eq!(hit.article.meta.outlet.as_deref(), Some("منفذ جديد"));
    // The old snapshot is unchanged, and the quotations are the same ones.
    let old = before
        .index()
        .search_text("بوتين", &SearchOptions::default())
        .hits;
    assert!(
        old.iter()
            .any(|h| h.article.id == id && h.article.meta.outlet.as_deref() != Some("منفذ جديد"))
    );
    assert_eq!(before.quotes(), after.quotes());
}

#[test]
fn the_workspace_finds_what_extract_corpus_finds() {
    let corpus = corpus::bundled();
    let expected = extract_corpus(corpus.articles());
    let lazy = Workspace::lazy(corpus.clone());
    let workspace = Workspace::new(corpus);
    assert_eq!(**workspace.snapshot().quotes(), expected);
    // Extracted only when asked for, the same.
    assert_eq!(**lazy.snapshot().quotes(), expected);
}

#[test]
fn importing_articles_gives_what_opening_them_all_gives() {
    let all = corpus::bundled();
    let articles = all.articles().to_vec();
    let (first, rest) = articles.split_at(articles.len() / 2);
    let mut workspace = Workspace::new(first.iter().cloned().collect());
    let generation = workspace.snapshot().generation;
    assert!(workspace.import(rest.to_vec()).is_empty());
    let snapshot = workspace.snapshot();
    assert!(snapshot.generation > generation);
    let whole = Workspace::new(all);
    assert_eq!(snapshot.quotes(), whole.snapshot().quotes());
    let query = |s: &isnad::workspace::Snapshot| {
        s.index()
            .search_text("الرئيس", &SearchOptions::default())
            .hits
            .iter()
            .map(|h| (h.article.id.clone(), h.sentence_bytes.clone()))
            .collect::<Vec<_>>()
    };
    let found = query(&snapshot);
    assert!(!found.is_empty());
    assert_eq!(found, query(&whole.snapshot()));
    assert_eq!(
        snapshot.stories().stories.len(),
        whole.snapshot().stories().stories.len()
    );
}

/// An import extends the index of the opened articles: an edited article keeps its edited
/// outlet in the hits and the filter, and the imported articles are found beside it.
#[test]
fn an_import_keeps_the_metadata_edits_in_the_extended_index() {
    let all = corpus::bundled();
    let (id, edits) = putin_edit(&all);
    let articles = all.articles().to_vec();
    let at = articles
        .iter()
        .position(|a| a.id == id)
        .expect("edited article")
        + 1;
    let (first, rest) = articles.split_at(at);
    assert!(
        !rest.is_empty(),
        "the bundled articles hold one after the edited one"
    );
    let mut workspace = Workspace::new(first.iter().cloned().collect());
    assert!(workspace.set_metadata_edits(&edits).is_empty());
    workspace.import(rest.to_vec());
    let snapshot = workspace.snapshot();
    let only_edited = SearchOptions {
        outlets: vec!["منفذ جديد".into()],
        ..SearchOptions::default()
    };
    let hits = snapshot.index().search_text("بوتين", &only_edited).hits;
    assert!(!hits.is_empty() && hits.iter().all(|h| h.article.id == id));
    assert_eq!(hits[0].article.display_title(), "عنوان جديد");
    let found: Vec<ArticleId> = snapshot
        .index()
        .search_text("بوتين", &SearchOptions::default())
        .hits
        .iter()
        .map(|h| h.article.id.clone())
        .collect();
    assert!(
        rest.iter().any(|a| found.contains(&a.id)),
        "an imported article is found"
    );
}

#[test]
fn a_correction_gives_a_new_snapshot_and_leaves_the_old_one() {
    let mut workspace = Workspace::new(corpus::bundled());
    let before = workspace.snapshot();
    let q = before
        .quotes()
        .iter()
        .find(|q| q.kind.is_speech())
        .expect("a quotation")
        .clone();
    let article = Arc::clone(before.corpus().article(&q.article).expect("its article"));
    let mut corrections = Corrections::default();
    corrections.push(Correction::DeleteQuote {
        quote: QuoteAnchor::of(&q, &article),
    });
    workspace.set_corrections(&corrections);
    let after = workspace.snapshot();
    assert_eq!(after.corrections_report().applied, 1);
    assert_eq!(after.quotes().len() + 1, before.quotes().len());
    assert!(before.quotes().contains(&q));
    assert!(!after.quotes().contains(&q));
}
