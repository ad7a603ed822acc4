//! Searching for a name as an analyst types it: every query word matched by its own word of the
//! text, names written joined or split, words scattered over a sentence kept apart from the
//! name, names typed in Latin letters, headlines, and spellings switched off. The articles are
//! made up here, in the shapes news text takes.

mod common;

use common::highlighted;

use std::sync::Arc;

use isnad::arabic::normalize_str;
use isnad::corpus::{Article, ArticleId, Metadata};
use isnad::search::{MatchKind, SearchIndex, SearchOptions, SearchResults};

fn article(id: &str, title: &str, text: &str) -> Arc<Article> {
    let meta = Metadata {
        title: Some(title.to_owned()),
        ..Metadata::default()
    };
    Arc::new(Article::from_raw(ArticleId::new(id), None, text, meta))
}

fn index() -> SearchIndex {
    SearchIndex::from_articles([
        article(
            "xi",
            "زيارة رسمية",
            "استقبل الرئيس الصيني شي جين بينغ ضيفه أمس.\n\nوقال تشي جين بينج إن العلاقات متينة.\n\nوأكد شي جينبينغ ذلك.",
        ),
        article(
            "pyongyang",
            "قمة في الشرق",
            "وصل الوفد إلى بيونغيانغ صباح اليوم.\n\nوغادر بيونج يانج مساء.",
        ),
        article(
            "film",
            "فيلم جديد",
            "يشارك في الفيلم كيم سو هيون وجون جي هيون ولي مين أون وآخرون.",
        ),
        article(
            "kim",
            "لقاء",
            "التقى الزعيم الكوري الشمالي كيم جونغ أون بالوفد.",
        ),
        article(
            "social",
            "الإعلام الجديد",
            "نشر الحساب التغريدة على تويتر ثم على فيس بوك.\n\nوأعلنت فيسبوك أرقامها.",
        ),
        article(
            "headline",
            "بوتين يصل إلى طهران",
            "وصل الرئيس الروسي إلى العاصمة الإيرانية مساء أمس.",
        ),
    ])
}

fn search_with(index: &SearchIndex, query: &str, options: &SearchOptions) -> SearchResults {
    index.search_text(query, options)
}

fn search(index: &SearchIndex, query: &str) -> SearchResults {
    search_with(index, query, &SearchOptions::default())
}

fn articles(results: &SearchResults) -> Vec<&str> {
    let mut ids: Vec<&str> = results.hits.iter().map(|h| h.article.id.as_str()).collect();
    ids.sort_unstable();
    ids.dedup();
    ids
}

#[test]
fn one_variant_never_stands_for_two_query_words() {
    let index = index();
    // بينغ is a variant of بيونغ, but يانغ then needs a word of its own: Xi Jinping is not
    // Pyongyang.
    let results = search(&index, "بيونغ يانغ");
    assert_eq!(articles(&results), ["pyongyang"]);
}

#[test]
fn a_name_is_found_written_joined_split_and_with_tsh() {
    let index = index();
    let xi = search(&index, "شي جين بينغ");
    let found = highlighted(&xi);
    for spelling in ["شي جين بينغ", "تشي جين بينج", "شي جينبينغ"] {
        assert!(
            found.contains(&normalize_str(spelling)),
            "{spelling}: {found:?}"
        );
    }
    let pyongyang = search(&index, "بيونغ يانغ");
    assert_eq!(pyongyang.total_hits, 2, "{:?}", highlighted(&pyongyang));
    let joined = search(&index, "بيونغيانغ");
    assert_eq!(joined.total_hits, 2, "{:?}", highlighted(&joined));
    let facebook = search(&index, "فيسبوك");
    assert!(highlighted(&facebook).contains(&"فيس بوك".to_owned()));
    assert_eq!(facebook.total_hits, 2);
}

#[test]
fn words_scattered_over_a_sentence_are_a_weaker_tier_of_their_own() {
    let index = index();
    let results = search(&index, "كيم جونغ أون");
    assert_eq!(articles(&results), ["kim"]);
    assert_eq!(
        results.apart_hits, 1,
        "the cast list holds كيم … جون … أون apart"
    );
    let with_apart = search_with(
        &index,
        "كيم جونغ أون",
        &SearchOptions {
            words_apart: true,
            ..SearchOptions::default()
        },
    );
    let apart: Vec<&str> = with_apart
        .hits
        .iter()
        .map(|h| (h.article.id.as_str(), h.apart))
        .filter(|&(_, a)| a)
        .map(|(id, _)| id)
        .collect();
    assert_eq!(apart, ["film"]);
    assert!(
        !with_apart.hits[0].apart,
        "the name comes before the scattered words"
    );
}

#[test]
fn a_name_typed_in_latin_letters_finds_its_arabic_spellings() {
    let index = index();
    let results = search(&index, "Pyongyang");
    assert_eq!(results.total_hits, 2, "{:?}", highlighted(&results));
    let putin = search(&index, "Putin");
    assert_eq!(articles(&putin), ["headline"]);
    let report = &putin.words[0];
    assert!(
        report
            .matched
            .iter()
            .any(|(w, k)| w == "بوتين" && *k == MatchKind::Transliteration),
        "{report:?}"
    );
    let facebook = search(&index, "Facebook");
    assert_eq!(facebook.total_hits, 2, "{:?}", highlighted(&facebook));
}

#[test]
fn a_headline_is_searched_and_shown() {
    let index = index();
    let results = search(&index, "بوتين طهران");
    let [hit] = results.hits.as_slice() else {
        panic!("one hit: {:?}", highlighted(&results));
    };
    assert!(hit.in_title);
    assert_eq!(hit.sentence(), "بوتين يصل إلى طهران");
    assert_eq!(
        hit.spans
            .iter()
            .map(|s| hit.span_text(s))
            .collect::<Vec<_>>(),
        ["بوتين", "طهران"]
    );
}

#[test]
fn a_spelling_switched_off_no_longer_counts() {
    let index = index();
    let all = search(&index, "شي جين بينغ");
    let options = SearchOptions {
        skip_words: vec!["بينج".to_owned()],
        ..SearchOptions::default()
    };
    let fewer = search_with(&index, "شي جين بينغ", &options);
    assert_eq!(fewer.total_hits + 1, all.total_hits);
    assert!(!highlighted(&fewer).iter().any(|h| h.contains("بينج")));
}

#[test]
fn the_article_typed_alone_is_not_a_word_with_suffixes() {
    let index = index();
    // While the analyst types الـ of a word, إلى and إلا (normalized الي، الا) are not its forms.
    let results = search(&index, "ال");
    assert!(
        !highlighted(&results)
            .iter()
            .any(|h| h == "الي" || h == "الا"),
        "{:?}",
        highlighted(&results)
    );
    assert!(
        search(&index, "الوفد").total_hits >= 2,
        "a word with its article is found"
    );
}
