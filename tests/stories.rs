//! Stories on the bundled articles: a republished copy (new header and footer, a paragraph
//! dropped, hamza and diacritics changed) is grouped with its original and its quotations are the
//! same quotations; the five different articles on the same summit are not grouped; results do
//! not depend on the run or the load order. Core only: runs without the `gui` feature.

use std::sync::Arc;

use isnad::corpus::{self, Article, ArticleId, BlockKind, Metadata};
use isnad::quotes::extract_corpus;
use isnad::stories::{Stories, StoryOptions, same_quotations};

const ORIGINAL: &str = "001_cee41d8d25e69044";
const LONG: &str = "002_3cb32bdeb3778f76";

fn bundled() -> Vec<Arc<Article>> {
    corpus::bundled().into_articles()
}

fn bundled_article(id: &str) -> Arc<Article> {
    bundled()
        .into_iter()
        .find(|a| a.id.as_str() == id)
        .expect("bundled article")
}

/// The paragraphs of an article, as text.
fn paragraphs(article: &Article) -> Vec<String> {
    article
        .blocks
        .iter()
        .filter(|b| b.kind == BlockKind::Paragraph)
        .map(|b| article.block_text(b).to_owned())
        .collect()
}

/// The original republished by another outlet: its own headline and byline, the third paragraph
/// dropped, hamza seats and ta marbuta written differently, diacritics added, and its own footer.
fn republished(original: &Article) -> Arc<Article> {
    let mut body: Vec<String> = paragraphs(original)
        .into_iter()
        .enumerate()
        .filter(|(i, _)| *i != 2)
        .map(|(_, p)| {
            p.replace(['أ', 'إ'], "ا")
                .replace("الروسي", "الرُّوسيّ")
                .replace("الزيارة", "الزياره")
                .replace("بوتين", "بُوتين")
        })
        .collect();
    body.insert(0, "بوتين في بيونغ يانغ لأول مرة منذ ربع قرن".to_owned());
    body.insert(1, "موسكو - وكالات".to_owned());
    body.push("جميع الحقوق محفوظة للصحيفة، ويمنع إعادة النشر دون إذن مكتوب.".to_owned());
    Arc::new(Article::from_raw(
        ArticleId::new("copy-of-001"),
        None,
        &body.join("\n"),
        Metadata::default(),
    ))
}

#[test]
fn a_republished_copy_with_its_own_header_and_spelling_is_grouped_with_its_original() {
    let original = bundled_article(ORIGINAL);
    let copy = republished(&original);
    let mut articles = bundled();
    articles.push(copy.clone());
    let stories = Stories::group(&articles);

    let story = stories.story_of(&copy.id).expect("the copy is in a story");
    assert!(story.contains(&original.id), "{story:?}");
    assert_eq!(story.len(), 2, "only the original and its copy: {story:?}");
    // The original is the fuller text, so it represents the story; the copy lost a paragraph
    // but almost all it says is in the original.
    assert_eq!(story.representative, original.id);
    let copy_entry = story
        .copies
        .iter()
        .find(|c| c.article == copy.id)
        .expect("copy entry");
    assert!(copy_entry.containment > 0.8, "{copy_entry:?}");
    assert_eq!(stories.summary().duplicates, 1);
}

#[test]
fn the_five_seed_articles_on_one_summit_are_different_stories() {
    // They share names, places and phrases of the same event (بوتين، كيم جونغ أون، بيونغ يانغ،
    // الشراكة الاستراتيجية), but each is its own text.
    let stories = Stories::group(&bundled());
    assert!(stories.is_empty(), "{:?}", stories.stories());
    // Even with thresholds far looser than the default, nothing pairs up.
    let loose = StoryOptions {
        min_containment: 0.2,
        min_shared: 5,
        ..StoryOptions::default()
    };
    assert!(Stories::group_with(&bundled(), &loose).is_empty());
}

#[test]
fn a_short_wire_piece_inside_a_long_article_is_a_copy_of_it() {
    let long = bundled_article(LONG);
    let paras = paragraphs(&long);
    assert!(paras.len() > 8, "the long article has many paragraphs");
    // Three paragraphs from the middle, under a new headline: a short item carved from it.
    let short_text = format!("زيارة بوتين إلى بيونغ يانغ\n{}", paras[3..6].join("\n"));
    let short = Arc::new(Article::from_raw(
        ArticleId::new("short-from-002"),
        None,
        &short_text,
        Metadata::default(),
    ));
    let mut articles = bundled();
    articles.push(short.clone());
    let stories = Stories::group(&articles);
    let story = stories
        .story_of(&short.id)
        .expect("the short piece is a copy");
    assert_eq!(story.representative, long.id);
    let entry = story
        .copies
        .iter()
        .find(|c| c.article == short.id)
        .expect("entry");
    assert!(entry.jaccard < 0.5 && entry.containment > 0.9, "{entry:?}");
}

#[test]
fn quotations_in_the_copy_are_the_same_quotations_as_in_the_original() {
    let original = bundled_article(ORIGINAL);
    let copy = republished(&original);
    let mut articles = bundled();
    articles.push(copy.clone());
    let stories = Stories::group(&articles);
    let quotes = extract_corpus(&articles);
    let groups = same_quotations(&quotes, &articles, &stories);

    let in_original: Vec<_> = quotes
        .iter()
        .filter(|q| q.article == original.id && q.kind.is_speech())
        .collect();
    assert!(!in_original.is_empty(), "the original has quotations");
    // Every quotation of the original outside the dropped paragraph has its copy.
    let dropped = paragraphs(&original)[2].clone();
    let mut grouped = 0;
    for q in in_original
        .iter()
        .filter(|q| !dropped.contains(q.sentence(&original)))
    {
        let group = groups
            .group_of(&q.id())
            .unwrap_or_else(|| panic!("no copy found for {:?}", q.text(&original)));
        let copies = groups.copies(&group);
        assert!(copies.contains(&q.id()));
        assert!(
            copies
                .iter()
                .filter_map(|id| quotes.iter().find(|x| x.has_id(id)))
                .any(|x| x.article == copy.id),
            "{:?} has no copy in the republished article",
            q.text(&original)
        );
        grouped += 1;
    }
    assert!(grouped >= 3, "only {grouped} quotations checked");
    // No quotation of the other seed articles is taken for one of these.
    for (_, ids) in groups.groups() {
        for id in ids {
            let q = quotes.iter().find(|x| x.has_id(id)).expect("quote");
            assert!(q.article == original.id || q.article == copy.id, "{q:?}");
        }
    }
}

#[test]
fn grouping_is_the_same_on_every_run_and_in_any_load_order() {
    let original = bundled_article(ORIGINAL);
    let long = bundled_article(LONG);
    let mut articles = bundled();
    articles.push(republished(&original));
    articles.push(Arc::new(Article::from_raw(
        ArticleId::new("short-from-002"),
        None,
        &format!("زيارة بوتين\n{}", paragraphs(&long)[3..6].join("\n")),
        Metadata::default(),
    )));
    let first = Stories::group(&articles);
    let second = Stories::group(&articles);
    assert_eq!(first.stories(), second.stories());
    assert_eq!(first.len(), 2);

    let mut reversed = articles.clone();
    reversed.reverse();
    let other = Stories::group(&reversed);
    let members = |s: &Stories| {
        let mut sets: Vec<Vec<String>> = s
            .stories()
            .iter()
            .map(|st| {
                let mut ids: Vec<String> =
                    st.copies.iter().map(|c| c.article.to_string()).collect();
                ids.sort();
                ids
            })
            .collect();
        sets.sort();
        sets
    };
    assert_eq!(members(&first), members(&other));
    let reps = |s: &Stories| {
        let mut r: Vec<String> = s
            .stories()
            .iter()
            .map(|st| st.representative.to_string())
            .collect();
        r.sort();
        r
    };
    assert_eq!(reps(&first), reps(&other));
}
