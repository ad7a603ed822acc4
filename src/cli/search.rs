//! `isnad search`: runs the search engine over files, folders or JSON Lines corpora (or the
//! bundled articles) and prints hits as text or as one JSON object per line.

use std::path::PathBuf;

use crate::corpus::ArticleId;
use crate::search::{Hit, SearchOptions, SortOrder};

/// Hit order on the command line.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, clap::ValueEnum)]
pub enum SortArg {
    /// Best hits first.
    #[default]
    Relevance,
    /// In article order.
    Article,
}

/// Arguments of `isnad search`.
#[derive(Debug, clap::Args)]
pub struct SearchArgs {
    /// The query: words (all must match), "a phrase" in quotes, -word to exclude.
    pub query: String,
    /// Article files, folders or `.jsonl` corpora (default: the bundled sample articles).
    pub paths: Vec<PathBuf>,
    /// Print one JSON object per hit.
    #[arg(long)]
    pub json: bool,
    /// Only hits from this outlet (repeatable).
    #[arg(long)]
    pub outlet: Vec<String>,
    /// Only hits from the article with this id (repeatable).
    #[arg(long)]
    pub article: Vec<String>,
    /// Hit order.
    #[arg(long, value_enum, default_value_t)]
    pub sort: SortArg,
    /// Print at most this many hits.
    #[arg(long)]
    pub limit: Option<usize>,
    /// Also print, on stderr, the corpus words each query word matched and how.
    #[arg(long)]
    pub explain: bool,
    /// Also print the sentences where the query's words stand apart (after the others).
    #[arg(long)]
    pub words_apart: bool,
    /// A spelling not to count as a match (as `--explain` lists it; repeatable).
    #[arg(long, value_name = "WORD")]
    pub skip: Vec<String>,
}

/// Runs `isnad search`; returns the exit code: 1 when nothing matched, 2 when some input was
/// skipped.
pub fn run(args: &SearchArgs, use_cache: bool) -> i32 {
    let loaded = super::open_workspace(&args.paths, use_cache);
    let index = loaded.snapshot.index();
    let options = SearchOptions {
        sort: match args.sort {
            SortArg::Relevance => SortOrder::Relevance,
            SortArg::Article => SortOrder::ArticleOrder,
        },
        articles: args
            .article
            .iter()
            .map(|a| ArticleId::new(a.as_str()))
            .collect(),
        outlets: args.outlet.clone(),
        limit: args.limit,
        words_apart: args.words_apart,
        skip_words: args.skip.clone(),
    };
    let results = index.search_text(&args.query, &options);
    if args.explain {
        for w in &results.words {
            let matched: Vec<String> = w
                .matched
                .iter()
                .map(|(word, kind)| format!("{word} ({kind:?})"))
                .collect();
            eprintln!("isnad: {} → {}", w.query_word, matched.join(", "));
        }
    }
    for hit in &results.hits {
        if args.json {
            println!("{}", hit_json(hit));
        } else {
            let k = hit.kwic(8);
            println!(
                "{}\t{:.2}\t{} [{}] {}",
                hit.article.id, hit.score, k.before, k.hit, k.after
            );
        }
    }
    eprintln!(
        "isnad: {} hits in {} articles",
        results.total_hits, results.article_count
    );
    if results.apart_hits > 0 && !args.words_apart {
        eprintln!(
            "isnad: {} more sentences hold the words apart (--words-apart lists them)",
            results.apart_hits
        );
    }
    // Like grep: 1 when nothing matched; skipped inputs take precedence.
    let code = if loaded.skipped {
        super::EXIT_SKIPPED
    } else {
        i32::from(results.total_hits == 0)
    };
    // The process exits next: freeing a big corpus piece by piece would take longer than the
    // search.
    std::mem::forget(loaded);
    code
}

/// One hit as a JSON object: article id, sentence, byte and char offsets, spans, score.
pub fn hit_json(hit: &Hit) -> serde_json::Value {
    let first = hit.spans.first();
    let spans: Vec<serde_json::Value> = hit
        .spans
        .iter()
        .map(|s| {
            serde_json::json!({
                "text": hit.span_text(s),
                "byte_start": s.bytes.start, "byte_end": s.bytes.end,
                "char_start": s.chars.start, "char_end": s.chars.end,
                "kind": s.kind,
            })
        })
        .collect();
    serde_json::json!({
        "article": hit.article.id.as_str(),
        "title": hit.article.meta.title,
        "outlet": hit.article.meta.outlet,
        "date": hit.article.meta.date.map(|d| d.to_string()),
        "sentence": hit.sentence(),
        "sentence_byte_start": hit.sentence_bytes.start, "sentence_byte_end": hit.sentence_bytes.end,
        "sentence_char_start": hit.sentence_chars.start, "sentence_char_end": hit.sentence_chars.end,
        "byte_start": first.map(|s| s.bytes.start), "byte_end": first.map(|s| s.bytes.end),
        "char_start": first.map(|s| s.chars.start), "char_end": first.map(|s| s.chars.end),
        "spans": spans,
        "score": hit.score,
        "apart": hit.apart,
        "in_title": hit.in_title,
    })
}
