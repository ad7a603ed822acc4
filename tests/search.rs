//! Search over the bundled articles as a researcher uses it: every spelling of a name, clitics,
//! typos, phrases, exclusions, filters, and highlights on the exact original characters.

mod common;

use common::highlighted;

use std::sync::Arc;

use isnad::arabic::normalize_str;
use isnad::corpus::{self, ArticleId};
use isnad::search::{Hit, MatchKind, SearchIndex, SearchOptions, SearchResults, SortOrder};

fn index() -> SearchIndex {
    SearchIndex::build(&corpus::bundled())
}

fn search(index: &SearchIndex, query: &str) -> SearchResults {
    index.search_text(query, &SearchOptions::default())
}

fn finds(results: &SearchResults, spelling: &str) -> bool {
    let want = normalize_str(spelling);
    highlighted(results).iter().any(|h| h.contains(&want))
}

#[test]
fn every_spelling_of_pyongyang_finds_every_other() {
    let index = index();
    for query in ["بيونغ يانغ", "بيونج يانج", "\"بيونج يانج\""] {
        let results = search(&index, query);
        assert!(finds(&results, "بيونغ يانغ"), "{query} misses بيونغ يانغ");
        assert!(finds(&results, "بيونج يانج"), "{query} misses بيونج يانج");
        assert_eq!(results.article_count, 5, "{query}");
    }
}

#[test]
fn every_spelling_of_kim_jong_un_finds_every_other() {
    let index = index();
    for query in ["كيم جونغ أون", "كيم جونج أون", "\"كيم جونج أون\""]
    {
        let results = search(&index, query);
        assert!(finds(&results, "كيم جونغ أون"), "{query}");
        assert!(finds(&results, "كيم جونج أون"), "{query}");
    }
    // The short form finds the long ones and the title of 002 that writes only كيم جون.
    let short = search(&index, "كيم جون");
    assert!(finds(&short, "كيم جونغ") && finds(&short, "كيم جونج"));
    assert!(
        short
            .hits
            .iter()
            .any(|h| h.article.id.as_str() == "002_3cb32bdeb3778f76"
                && h.sentence().contains("وكيم جون و"))
    );
}

#[test]
fn american_written_both_ways_and_stoltenberg_with_jim() {
    let index = index();
    for query in ["الأميركية", "الأمريكية"] {
        let results = search(&index, query);
        assert!(
            finds(&results, "الأميركية") && finds(&results, "الأمريكية"),
            "{query}"
        );
    }
    let results = search(&index, "ستولتنبرج");
    assert_eq!(results.total_hits, 1);
    assert!(results.hits[0].sentence().contains("ستولتنبرغ"));
}

#[test]
fn exact_spelling_ranks_above_variants() {
    let index = index();
    let results = search(&index, "بيونج يانج");
    let kinds: Vec<MatchKind> = results
        .hits
        .iter()
        .map(|h| h.spans.iter().map(|s| s.kind).max().unwrap())
        .collect();
    let first_variant = kinds
        .iter()
        .position(|&k| k == MatchKind::Variant)
        .expect("variants found");
    assert!(first_variant > 0, "an exact بيونج يانج comes first");
    assert!(
        kinds[..first_variant]
            .iter()
            .all(|&k| k <= MatchKind::Clitic)
    );
    assert!(results.hits.windows(2).all(|w| w[0].score >= w[1].score));
}

#[test]
fn korea_finds_its_forms_with_clitics_but_not_korean() {
    let index = index();
    let results = search(&index, "كوريا");
    let words = highlighted(&results);
    for form in ["كوريا", "وكوريا", "لكوريا"] {
        assert!(words.iter().any(|w| w == form), "missing {form}");
    }
    assert!(
        !words
            .iter()
            .any(|w| w.contains("كوري") && !w.contains("كوريا")),
        "{words:?}"
    );
}

#[test]
fn putin_with_a_typo_still_finds_putin() {
    let index = index();
    let exact = search(&index, "بوتين").total_hits;
    for typo in ["بوتن", "بوتبن", "بويتن"] {
        let results = search(&index, typo);
        assert!(finds(&results, "بوتين"), "{typo}");
        assert!(
            results.total_hits >= exact * 9 / 10,
            "{typo}: {} of {exact}",
            results.total_hits
        );
    }
    let results = search(&index, "فلايمير");
    assert!(finds(&results, "فلاديمير"));
    assert!(
        results
            .hits
            .iter()
            .all(|h| h.spans.iter().all(|s| s.kind == MatchKind::Typo))
    );
}

#[test]
fn words_match_whole_words_not_scattered_letters() {
    let index = index();
    let results = search(&index, "بوتين");
    assert!(results.total_hits > 0);
    for hit in &results.hits {
        assert!(
            normalize_str(hit.sentence()).contains("بوتين"),
            "{}",
            hit.sentence()
        );
    }
    // بوتين's letters are scattered over many sentences that do not name him.
    let letters_everywhere = index
        .sentences()
        .filter(|(a, r)| is_subsequence("بوتين", &normalize_str(&a.text[r.clone()])))
        .count();
    assert!(letters_everywhere > results.total_hits);
}

fn is_subsequence(needle: &str, hay: &str) -> bool {
    let mut rest = hay.chars();
    needle.chars().all(|c| rest.any(|d| d == c))
}

#[test]
fn quoted_phrase_needs_the_words_in_order_and_together() {
    let index = index();
    let phrase = search(&index, "\"كيم جونغ أون\"");
    let reversed = search(&index, "\"أون جونغ كيم\"");
    let any_order = search(&index, "أون كيم");
    assert!(phrase.total_hits > 0);
    assert_eq!(reversed.total_hits, 0);
    assert!(any_order.total_hits >= phrase.total_hits);
    for hit in &phrase.hits {
        assert!(
            hit.spans
                .iter()
                .any(|s| normalize_str(hit.span_text(s)).ends_with("جونغ اون")
                    || normalize_str(hit.span_text(s)).ends_with("جونج اون"))
        );
    }
}

#[test]
fn excluded_word_removes_sentences() {
    let index = index();
    let all = search(&index, "بوتين");
    let without = search(&index, "بوتين -كيم");
    assert!(without.total_hits > 0 && without.total_hits < all.total_hits);
    for hit in &without.hits {
        assert!(
            !normalize_str(hit.sentence()).contains("كيم"),
            "{}",
            hit.sentence()
        );
    }
}

#[test]
fn highlights_map_back_to_exactly_the_original_characters() {
    let index = index();
    for query in [
        "بيونج يانج",
        "كوريا",
        "بوتن",
        "\"كيم جونغ أون\"",
        "الأمريكية",
    ] {
        for hit in &search(&index, query).hits {
            check_offsets(hit);
        }
    }
}

fn check_offsets(hit: &Hit) {
    let text = &hit.article.text;
    let by_chars =
        |r: &std::ops::Range<usize>| text.chars().skip(r.start).take(r.len()).collect::<String>();
    assert_eq!(by_chars(&hit.sentence_chars), hit.sentence());
    for span in &hit.spans {
        let original = &text[span.bytes.clone()];
        assert_eq!(by_chars(&span.chars), original);
        assert!(
            hit.sentence_bytes.start <= span.bytes.start
                && span.bytes.end <= hit.sentence_bytes.end
        );
        // A whole word: no letter or mark just outside it.
        let before = text[..span.bytes.start].chars().next_back();
        let after = text[span.bytes.end..].chars().next();
        assert!(
            before.is_none_or(|c| !c.is_alphanumeric()),
            "{original:?} starts mid-word"
        );
        assert!(
            after.is_none_or(|c| !c.is_alphanumeric() && !isnad::arabic::is_arabic_mark(c)),
            "{original:?} ends mid-word"
        );
    }
}

#[test]
fn highlight_keeps_diacritics_of_the_original() {
    let article = Arc::new(isnad::corpus::Article::from_raw(
        ArticleId::new("marks"),
        None,
        "قالَ الرئيسُ بُوتِينُ إنّ كوريا صديقةٌ.",
        isnad::corpus::Metadata::default(),
    ));
    let index = SearchIndex::from_articles([article]);
    let results = search(&index, "بوتين صديقة");
    let hit = &results.hits[0];
    let spans: Vec<&str> = hit.spans.iter().map(|s| hit.span_text(s)).collect();
    assert_eq!(spans, ["بُوتِينُ", "صديقةٌ"]);
    assert_eq!(hit.spans[0].chars, 13..21);
}

#[test]
fn filters_and_sort_orders() {
    let index = index();
    let only = SearchOptions {
        articles: vec![ArticleId::new("001_cee41d8d25e69044")],
        ..SearchOptions::default()
    };
    let results = index.search_text("بوتين", &only);
    assert!(results.total_hits > 0);
    assert_eq!(results.article_count, 1);
    assert!(
        results
            .hits
            .iter()
            .all(|h| h.article.id.as_str() == "001_cee41d8d25e69044")
    );

    let by_order = SearchOptions {
        sort: SortOrder::ArticleOrder,
        ..SearchOptions::default()
    };
    let results = index.search_text("كوريا", &by_order);
    let positions: Vec<(usize, bool, usize)> = results
        .hits
        .iter()
        .map(|h| {
            (
                index
                    .articles()
                    .iter()
                    .position(|a| a.id == h.article.id)
                    .unwrap(),
                !h.in_title,
                h.sentence_bytes.start,
            )
        })
        .collect();
    // Article by article, a title before the article's sentences.
    assert!(positions.windows(2).all(|w| w[0] < w[1]));

    let limited = index.search_text(
        "كوريا",
        &SearchOptions {
            limit: Some(3),
            ..SearchOptions::default()
        },
    );
    assert_eq!(limited.hits.len(), 3);
    assert_eq!(limited.total_hits, results.total_hits);

    let outlet = index
        .articles()
        .iter()
        .find_map(|a| a.meta.outlet.clone())
        .expect("an outlet is inferred");
    let by_outlet = SearchOptions {
        outlets: vec![outlet.clone()],
        ..SearchOptions::default()
    };
    let results = index.search_text("بوتين", &by_outlet);
    assert!(results.total_hits > 0);
    assert!(
        results
            .hits
            .iter()
            .all(|h| h.article.meta.outlet.as_deref() == Some(outlet.as_str()))
    );
}

#[test]
fn keyword_in_context_shows_words_around_the_hit() {
    let index = index();
    let results = search(&index, "ستولتنبرغ");
    let k = results.hits[0].kwic(3);
    assert_eq!(k.hit, "ستولتنبرغ");
    assert_eq!(k.before.split_whitespace().count(), 3);
    assert!(k.before.ends_with("ينس "), "{:?}", k.before);
    assert!(k.after.split_whitespace().count() <= 3);
    assert!(
        results.hits[0]
            .sentence()
            .contains(&format!("{}{}{}", k.before, k.hit, k.after))
    );
}

#[test]
fn empty_and_unknown_queries_find_nothing() {
    let index = index();
    assert_eq!(search(&index, "").total_hits, 0);
    assert_eq!(search(&index, "  -بوتين ").total_hits, 0);
    assert_eq!(search(&index, "زنجبيلستان").total_hits, 0);
}

/// The yardstick on the 12,000 real articles of `../shared/corpora/` (skipped with a
/// message when absent): letters of بوتين are scattered over tens of thousands of sentences, but
/// about 114 hold the word, and those are what a search returns.
#[test]
fn putin_in_the_real_corpus_finds_the_sentences_that_name_him() {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../shared/corpora/arabic-news-saudinewsnet-12k.jsonl");
    if !path.exists() {
        eprintln!("skipped: {} is absent", path.display());
        return;
    }
    let (corpus, report) = isnad::import::import_corpus(&[path]);
    assert!(!report.has_problems(), "{report}");
    let index = SearchIndex::build(&corpus);
    let results = search(&index, "بوتين");
    assert!(
        (105..=130).contains(&results.total_hits),
        "{} hits",
        results.total_hits
    );
    assert_eq!(results.hits.len(), results.total_hits);
    for hit in &results.hits {
        let words = isnad::arabic::normalized_words(hit.sentence());
        assert!(
            words
                .iter()
                .any(|w| w.contains("بوتين") || w.contains("بوتن")),
            "{}",
            hit.sentence()
        );
    }
    // A typo finds the same sentences.
    assert!(search(&index, "بوتبن").total_hits >= results.total_hits * 9 / 10);
}

#[test]
fn words_typed_in_order_side_by_side_rank_first() {
    let index = index();
    let results = search(&index, "الرئيس بوتين");
    let together = |h: &Hit| {
        h.spans
            .iter()
            .any(|s| normalize_str(h.span_text(s)).contains(' '))
    };
    let first_apart = results
        .hits
        .iter()
        .position(|h| !together(h))
        .unwrap_or(results.hits.len());
    assert!(first_apart > 0);
    assert!(
        results.hits[first_apart..].iter().all(|h| !together(h)),
        "a sentence with الرئيس بوتين together ranks below one without"
    );
}

#[test]
fn cli_search_json_gives_offsets_into_the_article_text() {
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_isnad"))
        .env(
            "ISNAD_CACHE_DIR",
            concat!(env!("CARGO_TARGET_TMPDIR"), "/isnad-cache"),
        )
        .args(["search", "بيونج يانج", "--json"])
        .output()
        .expect("the binary runs");
    assert!(out.status.success());
    let corpus = corpus::bundled();
    let lines: Vec<serde_json::Value> = String::from_utf8(out.stdout)
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(lines.len(), search(&index(), "بيونج يانج").total_hits);
    for hit in &lines {
        let article = corpus
            .article(&ArticleId::new(hit["article"].as_str().unwrap()))
            .unwrap();
        let at = |k: &str| hit[k].as_u64().unwrap() as usize;
        let first = &article.text[at("byte_start")..at("byte_end")];
        assert_eq!(hit["spans"][0]["text"].as_str(), Some(first));
        let by_chars: String = article
            .text
            .chars()
            .skip(at("char_start"))
            .take(at("char_end") - at("char_start"))
            .collect();
        assert_eq!(by_chars, first);
        assert_eq!(
            hit["sentence"].as_str(),
            Some(&article.text[at("sentence_byte_start")..at("sentence_byte_end")])
        );
        assert!(hit["score"].as_f64().unwrap() > 0.0);
        assert!(is_spelling_variant_of_pyongyang(first), "{first}");
    }
}

fn is_spelling_variant_of_pyongyang(text: &str) -> bool {
    let words = isnad::arabic::normalized_words(text);
    words.len() == 2
        && isnad::arabic::is_spelling_variant(&format!("بيونج {}", words[1]), "بيونج يانج")
        || isnad::arabic::is_spelling_variant(text.trim_start_matches(['و', 'ل']), "بيونج يانج")
}

#[test]
fn index_and_results_cross_threads_for_search_as_you_type() {
    fn send_sync<T: Send + Sync>() {}
    send_sync::<SearchIndex>();
    send_sync::<SearchResults>();
    let index = Arc::new(index());
    let worker = {
        let index = Arc::clone(&index);
        std::thread::spawn(move || index.search_text("كوريا", &SearchOptions::default()))
    };
    let results = worker.join().unwrap();
    assert_eq!(results.total_hits, search(&index, "كوريا").total_hits);
}
