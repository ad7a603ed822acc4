//! The workspace on the 12,000 real articles of `../shared/corpora/` (skipped with a message when
//! the file is absent): opened (index beside extraction on every core), its quotations and
//! stories finished, then 100 more articles imported, a metadata edit and a correction, each
//! with what it cost.
//!
//! Run: `cargo bench --no-default-features --bench workspace`.

mod common;

use std::collections::BTreeMap;
use std::sync::Arc;
use std::time::Instant;

use isnad::corpus::{Article, ArticleId};
use isnad::quotes::{Correction, Corrections};
use isnad::session::MetadataEdit;
use isnad::workspace::Workspace;

fn main() {
    let Some(path) = common::corpus_path() else {
        println!("workspace bench skipped: the 12k corpus is absent (set ISNAD_CORPUS)");
        return;
    };
    let (corpus, _) = isnad::import::import_corpus(std::slice::from_ref(&path));
    // The last 100 articles come later, as an import into the opened workspace.
    let mut articles = corpus.into_articles();
    let later: Vec<Arc<Article>> = articles.split_off(articles.len() - 100);
    let t = Instant::now();
    let mut workspace = Workspace::new(articles.into_iter().collect());
    let opened = t.elapsed();
    let w = workspace.timings();
    let t = Instant::now();
    let snapshot = workspace.snapshot();
    let quotes = snapshot.quotes().len();
    let merged = t.elapsed();
    let t = Instant::now();
    let stories = snapshot.stories().stories.len();
    let grouped = t.elapsed();
    println!(
        "open {} articles: {:.2} s (index {:.2} s beside extraction {:.2} s, on {} threads); corpus-wide merge {:.2} s ({quotes} items); stories {:.2} s ({stories})",
        snapshot.corpus().len(),
        opened.as_secs_f64(),
        w.index.as_secs_f64(),
        w.extract.as_secs_f64(),
        rayon::current_num_threads(),
        merged.as_secs_f64(),
        grouped.as_secs_f64(),
    );
    let t = Instant::now();
    workspace.import(later);
    let imported = t.elapsed();
    let w = workspace.timings();
    let quotes = workspace.snapshot().quotes().len();
    let ready = t.elapsed();
    println!(
        "import 100 articles: {:.2} s, quotations ready {:.2} s ({quotes} items): extraction of the 100 {:.3} s then the corpus-wide steps {:.2} s, beside the index extended by them {:.3} s",
        imported.as_secs_f64(),
        ready.as_secs_f64(),
        w.extract.as_secs_f64(),
        w.merge.as_secs_f64(),
        w.index.as_secs_f64(),
    );
    let snapshot = workspace.snapshot();
    let id: ArticleId = snapshot.corpus().articles()[0].id.clone();
    let edit = MetadataEdit {
        outlet: Some("منفذ آخر".into()),
        ..MetadataEdit::default()
    };
    let t = Instant::now();
    workspace.set_metadata_edits(&BTreeMap::from([(id, edit)]));
    println!(
        "a metadata edit: {:.3} s (the index takes it without indexing again)",
        t.elapsed().as_secs_f64()
    );
    let from = snapshot
        .quotes()
        .iter()
        .find_map(|q| q.speaker.as_ref().map(|s| s.canonical.to_string()))
        .unwrap_or_default();
    let mut corrections = Corrections::default();
    corrections.push(Correction::MergeSpeakers {
        from,
        into: "اسم آخر".into(),
    });
    let t = Instant::now();
    workspace.set_corrections(&corrections);
    let n = workspace.snapshot().quotes().len();
    println!(
        "a correction laid over the items: {:.3} s ({n} items)",
        t.elapsed().as_secs_f64()
    );
}
