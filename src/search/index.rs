//! The search index over a corpus: sentences with their article and byte ranges, the words of
//! every sentence with where they start, and a sorted vocabulary of normalized words with
//! postings (the sentences holding each word) and variant keys. Words and postings are held
//! compactly (see [`super::packed`]) and decoded per sentence or per word as a query asks.

use std::collections::HashMap;
use std::hash::{Hash, Hasher};
use std::ops::Range;
use std::sync::Arc;

use unicode_segmentation::UnicodeSegmentation;

use super::matching::VariantKeys;
use super::packed::{PostingIter, Postings, TokenStream};
use super::titles::title_word_ids;
use crate::arabic::{is_sentence_end, normalize};
use crate::corpus::{Article, Corpus};

/// Clitic prefixes a word can carry, longest combinations included ("" is the bare word).
pub(crate) const PREFIXES: &[&str] = &[
    "", "و", "ف", "ب", "ك", "ل", "ال", "وال", "فال", "بال", "كال", "لل", "وب", "فب", "ول", "فل",
    "وك", "فك", "وبال", "فبال", "ولل", "فلل", "وكال", "فكال",
];

/// One sentence: where it is and which tokens it holds.
#[derive(Debug, Clone, Copy, serde::Serialize, serde::Deserialize)]
pub(crate) struct SentenceRec {
    /// Index of the article in [`SearchIndex::articles`].
    pub article: u32,
    /// Byte range in the article text.
    pub start: u32,
    /// End of the byte range.
    pub end: u32,
    /// Char offset of `start` in the article text.
    pub start_char: u32,
    /// Byte offset of its first token in [`SearchIndex::tokens`]; its tokens run to the next
    /// sentence's first token. A token's byte range is not stored: its start is found from the
    /// gap bytes and its end by normalizing the text again when a hit is built.
    pub first_token: u32,
}

/// Sorted distinct normalized words, stored in one buffer.
#[derive(Debug, Default, Clone, serde::Serialize, serde::Deserialize)]
pub(crate) struct Vocabulary {
    text: String,
    ends: Vec<u32>,
}

impl Vocabulary {
    /// Number of words.
    pub fn len(&self) -> usize {
        self.ends.len()
    }

    /// The word with this id.
    pub fn word(&self, id: u32) -> &str {
        let i = id as usize;
        let start = if i == 0 {
            0
        } else {
            self.ends.get(i - 1).copied().unwrap_or(0) as usize
        };
        let end = self.ends.get(i).copied().unwrap_or(0) as usize;
        self.text.get(start..end).unwrap_or_default()
    }

    /// The id of a word, if present.
    pub fn find(&self, word: &str) -> Option<u32> {
        let i = self.lower_bound(word);
        (i < self.len() && self.word(i as u32) == word).then_some(i as u32)
    }

    /// Ids of the words starting with `prefix`.
    pub fn prefix_range(&self, prefix: &str) -> Range<u32> {
        let start = self.lower_bound(prefix);
        let mut end = start;
        // The range is usually small; a binary search on the upper end would need a successor key.
        let (mut lo, mut hi) = (start, self.len());
        while lo < hi {
            let mid = lo + (hi - lo) / 2;
            if self.word(mid as u32).starts_with(prefix) {
                lo = mid + 1;
                end = lo;
            } else {
                hi = mid;
            }
        }
        start as u32..end.max(start) as u32
    }

    /// The vocabulary of `count` distinct words given in sorted order, each with the id it had
    /// while indexing; and the new id of each of those ids.
    pub(super) fn laid_out<'w>(
        words: impl Iterator<Item = (&'w str, u32)>,
        count: usize,
    ) -> (Self, Vec<u32>) {
        let mut renumber = vec![0u32; count];
        let mut vocab = Self {
            text: String::new(),
            ends: Vec::with_capacity(count),
        };
        for (new, (word, old)) in words.enumerate() {
            if let Some(r) = renumber.get_mut(old as usize) {
                *r = new as u32;
            }
            vocab.text.push_str(word);
            vocab.ends.push(vocab.text.len() as u32);
        }
        vocab.text.shrink_to_fit();
        (vocab, renumber)
    }

    fn lower_bound(&self, word: &str) -> usize {
        let (mut lo, mut hi) = (0, self.len());
        while lo < hi {
            let mid = lo + (hi - lo) / 2;
            if self.word(mid as u32) < word {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        lo
    }
}

/// A search index over a corpus: build once, share as `Arc<SearchIndex>`, query from any thread.
#[derive(Debug, Default, Clone, serde::Serialize, serde::Deserialize)]
pub struct SearchIndex {
    /// The indexed articles; not written with the index (see [`SearchIndex::with_articles`]).
    #[serde(skip)]
    pub(crate) articles: Vec<Arc<Article>>,
    pub(crate) vocab: Vocabulary,
    /// The sentences holding each word, delta- and varint-encoded (about 1.5 bytes a sentence
    /// number on a 12k-article corpus).
    pub(super) postings: Postings,
    pub(crate) sentences: Vec<SentenceRec>,
    /// Every word occurrence, sentence after sentence: its vocabulary id (as a varint of its
    /// frequency rank, one byte for the commonest words) and its gap byte, how many bytes its
    /// start lies after the previous token's start (the sentence's start for the first token),
    /// [`FAR`] when that does not fit in a byte. A 12k-article corpus has 3.5 million tokens.
    pub(super) tokens: TokenStream,
    /// Variant keys of the vocabulary's words and of their cores without a clitic prefix.
    pub(crate) variant_keys: VariantKeys,
    /// Vocabulary ids of each article's title words, in order ([`UNKNOWN_WORD`] for a word of an
    /// edited title that the vocabulary lacks).
    pub(crate) title_words: Vec<Vec<u32>>,
    /// (word id, article) of every title word, sorted: the titles holding a word.
    pub(crate) title_postings: Vec<(u32, u32)>,
}

/// The id of a title word the vocabulary does not hold.
pub(crate) const UNKNOWN_WORD: u32 = u32::MAX;

/// What indexing collects before the vocabulary is sorted: tokens as ids in order of first
/// appearance, with their gap bytes.
#[derive(Default)]
pub(super) struct Build {
    pub(super) tokens: Vec<u32>,
    pub(super) gaps: Vec<u8>,
}

/// Byte ranges of the sentences of a text: split at line ends and after sentence-ending
/// punctuation (and closing quotes) followed by a space; trimmed; empty ones skipped.
pub fn sentence_ranges(text: &str) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    let mut push = |range: Range<usize>| {
        let piece = text.get(range.clone()).unwrap_or_default();
        let lead = piece.len() - piece.trim_start().len();
        let trimmed = piece.trim();
        if !trimmed.is_empty() {
            out.push(range.start + lead..range.start + lead + trimmed.len());
        }
    };
    let mut start = 0;
    let mut chars = text.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        if c == '\n' {
            push(start..i);
            start = i + 1;
        } else if is_sentence_end(c) {
            let mut end = i + c.len_utf8();
            while let Some(&(j, d)) = chars.peek() {
                if is_sentence_end(d) || matches!(d, '"' | '\'' | '”' | '’' | '»' | ')' | ']')
                {
                    end = j + d.len_utf8();
                    chars.next();
                } else {
                    break;
                }
            }
            if chars.peek().is_none_or(|&(_, d)| d.is_whitespace()) {
                push(start..end);
                start = end;
            }
        }
    }
    push(start..text.len());
    out
}

/// A token gap too big for a byte: the words of that sentence are found by segmenting it again.
const FAR: u8 = u8::MAX;

/// Where the words of one sentence are, as a hit asks for them (see [`SearchIndex::word_places`]).
#[derive(Debug)]
pub(crate) struct WordPlaces {
    /// Sentence number.
    sentence: u32,
    /// Vocabulary ids of all its words.
    ids: Vec<u32>,
    /// Start bytes (in the article text) of the sentence's first words, from the token gaps;
    /// empty when a gap did not fit in a byte.
    starts: Vec<usize>,
    /// Byte ranges of all its words, from segmenting it again, once needed.
    segmented: Option<Vec<Range<usize>>>,
}

/// Calls `f` with each word of the sentence at `range` of `text`, in order: the word normalized
/// and its byte range in `text`. The index takes its tokens from here and a hit its highlights,
/// so both always see the same words.
pub(crate) fn sentence_words(
    text: &str,
    range: Range<usize>,
    mut f: impl FnMut(&str, Range<usize>),
) {
    let Some(sentence) = text.get(range.clone()) else {
        return;
    };
    let norm = normalize(sentence);
    for (i, w) in norm.text.unicode_word_indices() {
        let original = norm.original_range(sentence, i..i + w.len());
        f(w, range.start + original.start..range.start + original.end);
    }
}

pub(crate) fn key_hash(key: &str) -> u64 {
    let mut h = std::hash::DefaultHasher::new();
    key.hash(&mut h);
    h.finish()
}

impl SearchIndex {
    /// Indexes every article of a corpus.
    pub fn build(corpus: &Corpus) -> Self {
        Self::from_articles(corpus.articles().iter().cloned())
    }

    /// Indexes articles, in the order given (that order is "article order" in results).
    pub fn from_articles(articles: impl IntoIterator<Item = Arc<Article>>) -> Self {
        let mut ids: HashMap<String, u32> = HashMap::new();
        let mut build = Build::default();
        let mut intern = |w: &str| -> u32 {
            if let Some(&id) = ids.get(w) {
                return id;
            }
            let id = ids.len() as u32;
            ids.insert(w.to_owned(), id);
            id
        };
        let mut index = Self::default();
        for article in articles {
            let a = index.articles.len() as u32;
            index.add_article(a, &article, &mut build, &mut intern);
            let title = title_word_ids(article.meta.title.as_deref(), |w| Some(intern(w)));
            index.title_words.push(title);
            index.articles.push(article);
        }
        let n = ids.len();
        let mut words: Vec<(String, u32)> = ids.into_iter().collect();
        words.sort_unstable();
        index.finish(words.iter().map(|(w, id)| (w.as_str(), *id)), n, build);
        index
    }

    pub(super) fn add_article(
        &mut self,
        a: u32,
        article: &Article,
        build: &mut Build,
        intern: &mut impl FnMut(&str) -> u32,
    ) {
        let text = article.text.as_str();
        let mut char_pos = 0usize;
        let mut byte_pos = 0usize;
        for range in sentence_ranges(text) {
            char_pos += text
                .get(byte_pos..range.start)
                .map_or(0, |s| s.chars().count());
            byte_pos = range.start;
            self.sentences.push(SentenceRec {
                article: a,
                start: range.start as u32,
                end: range.end as u32,
                start_char: char_pos as u32,
                first_token: build.tokens.len() as u32,
            });
            let (tokens, gaps) = (&mut build.tokens, &mut build.gaps);
            let mut previous = range.start;
            sentence_words(text, range, |w, r| {
                tokens.push(intern(w));
                gaps.push(u8::try_from(r.start - previous).unwrap_or(FAR));
                previous = r.start;
            });
        }
    }

    /// Sorts the vocabulary, renumbers tokens and titles, builds postings, the token stream and
    /// variant keys.
    /// `words`: every distinct word in sorted order with its id in `build`, `count` of them.
    pub(super) fn finish<'w>(
        &mut self,
        words: impl Iterator<Item = (&'w str, u32)>,
        count: usize,
        mut build: Build,
    ) {
        let (vocab, renumber) = Vocabulary::laid_out(words, count);
        self.vocab = vocab;
        let renumbered = |w: u32| renumber.get(w as usize).copied().unwrap_or(w);
        for t in &mut build.tokens {
            *t = renumbered(*t);
        }
        for title in &mut self.title_words {
            for w in title.iter_mut() {
                *w = renumbered(*w);
            }
            title.shrink_to_fit();
        }
        self.index_titles();
        drop(renumber);
        self.sentences.shrink_to_fit();
        self.title_words.shrink_to_fit();
        self.articles.shrink_to_fit();
        let firsts: Vec<u32> = self.sentences.iter().map(|r| r.first_token).collect();
        let n = self.vocab.len();
        self.postings = Postings::build(n, || {
            firsts.iter().enumerate().map(|(s, &first)| {
                let end = firsts
                    .get(s + 1)
                    .map_or(build.tokens.len(), |&e| e as usize);
                build.tokens.get(first as usize..end).unwrap_or_default()
            })
        });
        let (tokens, starts) = TokenStream::build(n, &build.tokens, &build.gaps, &firsts);
        drop(build);
        self.tokens = tokens;
        for (rec, start) in self.sentences.iter_mut().zip(starts) {
            rec.first_token = start;
        }
        self.variant_keys = VariantKeys::build(&self.vocab);
    }

    /// Byte range in [`SearchIndex::tokens`] of the words of sentence `s`.
    pub(super) fn token_bytes(&self, s: u32) -> Range<usize> {
        let s = s as usize;
        let start = self.sentences.get(s).map_or(0, |r| r.first_token as usize);
        let end = self
            .sentences
            .get(s + 1)
            .map_or(self.tokens.len(), |r| r.first_token as usize);
        start..end
    }

    /// Vocabulary ids of the words of sentence `s`, in order.
    pub(crate) fn sentence_ids(&self, s: u32) -> Vec<u32> {
        let mut ids = Vec::new();
        self.sentence_ids_into(s, &mut ids);
        ids
    }

    /// [`Self::sentence_ids`] into a buffer a caller reuses from sentence to sentence.
    pub(crate) fn sentence_ids_into(&self, s: u32, ids: &mut Vec<u32>) {
        self.tokens.sentence_ids_into(self.token_bytes(s), ids);
    }

    /// Byte ranges in `text` (the article's) of the first `count` words of sentence `s`, by
    /// normalizing the sentence again and finding each word the index holds for it in turn, at or
    /// just after the end of the one before (quicker than segmenting it again); should a word not
    /// be found that way, the sentence is segmented as the index did.
    pub(crate) fn word_ranges(&self, text: &str, s: u32, count: usize) -> Vec<Range<usize>> {
        let Some(rec) = self.sentences.get(s as usize) else {
            return Vec::new();
        };
        let range = rec.start as usize..rec.end as usize;
        let ids: Vec<u32> = self
            .tokens
            .sentence(self.token_bytes(s))
            .take(count)
            .map(|(id, _)| id)
            .collect();
        let Some(sentence) = text.get(range.clone()) else {
            return Vec::new();
        };
        let norm = normalize(sentence);
        let mut out = Vec::with_capacity(ids.len());
        let mut cursor = 0;
        for &id in &ids {
            let word = self.vocab.word(id);
            // The word is at the cursor or after a few spaces and punctuation marks.
            let rest = norm.text.get(cursor..).unwrap_or_default();
            let Some(at) = rest
                .char_indices()
                .map(|(i, _)| i)
                .find(|&i| rest.get(i..).is_some_and(|r| r.starts_with(word)))
            else {
                break;
            };
            let at = cursor + at;
            let found = norm.original_range(sentence, at..at + word.len());
            out.push(range.start + found.start..range.start + found.end);
            cursor = at + word.len();
        }
        if out.len() < ids.len() {
            out.clear();
            sentence_words(text, range, |_, r| out.push(r));
        }
        out
    }

    /// Where to look for the first `count` words of sentence `s` (the words a hit highlights).
    pub(crate) fn word_places(&self, s: u32, count: usize) -> WordPlaces {
        let (ids, gaps): (Vec<u32>, Vec<u8>) = self.tokens.sentence(self.token_bytes(s)).unzip();
        let gaps = gaps.get(..(count + 1).min(gaps.len())).unwrap_or(&gaps);
        let mut starts = Vec::with_capacity(gaps.len());
        if let Some(rec) = self.sentences.get(s as usize)
            && !gaps.contains(&FAR)
        {
            let mut at = rec.start as usize;
            for &gap in gaps {
                at += usize::from(gap);
                starts.push(at);
            }
        }
        WordPlaces {
            sentence: s,
            ids,
            starts,
            segmented: None,
        }
    }

    /// The byte range in `text` of word `k` of the sentence of `places`. Its start is noted in
    /// the index; its end is where its normalized form ends, found by normalizing the few bytes
    /// up to the next word.
    pub(crate) fn word_range(
        &self,
        text: &str,
        places: &mut WordPlaces,
        k: usize,
    ) -> Option<Range<usize>> {
        let s = places.sentence;
        let rec = self.sentences.get(s as usize)?;
        let quick = places.starts.get(k).and_then(|&start| {
            let bound = if k + 1 < places.ids.len() {
                *places.starts.get(k + 1)?
            } else {
                rec.end as usize
            };
            let local = text.get(start..bound)?;
            let word = self.vocab.word(*places.ids.get(k)?);
            let norm = normalize(local);
            norm.text
                .starts_with(word)
                .then(|| start..start + norm.original_range(local, 0..word.len()).end)
        });
        if quick.is_some() {
            return quick;
        }
        places
            .segmented
            .get_or_insert_with(|| self.word_ranges(text, s, usize::MAX))
            .get(k)
            .cloned()
    }

    /// About how many sentences hold a word, at most that many (from its list's size).
    pub(crate) fn postings_len_bound(&self, word: u32) -> usize {
        self.postings.encoded_len(word)
    }

    /// Sentences holding a word, ascending, decoded as they are read.
    pub(crate) fn postings(&self, word: u32) -> PostingIter<'_> {
        self.postings.of(word)
    }

    /// The indexed articles, in article order.
    pub fn articles(&self) -> &[Arc<Article>] {
        &self.articles
    }

    /// Number of indexed sentences.
    pub fn sentence_count(&self) -> usize {
        self.sentences.len()
    }

    /// Number of distinct normalized words.
    pub fn vocabulary_len(&self) -> usize {
        self.vocab.len()
    }

    /// Byte ranges of every indexed sentence with its article (for comparisons and exports).
    pub fn sentences(&self) -> impl Iterator<Item = (&Arc<Article>, Range<usize>)> + '_ {
        self.sentences.iter().filter_map(|s| {
            Some((
                self.articles.get(s.article as usize)?,
                s.start as usize..s.end as usize,
            ))
        })
    }

    /// Approximate heap bytes held by the index itself (not counting the articles' text).
    pub fn heap_bytes(&self) -> usize {
        use std::mem::size_of;
        self.vocab.text.capacity()
            + self.vocab.ends.capacity() * 4
            + self.postings.heap_bytes()
            + self.sentences.capacity() * size_of::<SentenceRec>()
            + self.tokens.heap_bytes()
            + self.variant_keys.heap_bytes()
            + self
                .title_words
                .iter()
                .map(|t| t.capacity() * 4 + size_of::<Vec<u32>>())
                .sum::<usize>()
            + self.title_postings.capacity() * 8
            + self.articles.capacity() * size_of::<Arc<Article>>()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sentences_split_at_line_ends_and_final_punctuation() {
        let text = "قال بوتين: «نعم». ثم غادر! الرقم 3.5 كبير\nسطر ثان";
        let pieces: Vec<&str> = sentence_ranges(text)
            .into_iter()
            .map(|r| &text[r])
            .collect();
        assert_eq!(
            pieces,
            ["قال بوتين: «نعم».", "ثم غادر!", "الرقم 3.5 كبير", "سطر ثان"]
        );
    }

    #[test]
    fn vocabulary_finds_words_and_prefix_ranges() {
        let article = Arc::new(Article::from_raw(
            crate::corpus::ArticleId::new("a"),
            None,
            "كوريا وكوريا لكوريا كوب",
            crate::corpus::Metadata::default(),
        ));
        let index = SearchIndex::from_articles([article]);
        assert!(index.vocab.find("كوريا").is_some());
        assert!(index.vocab.find("كور").is_none());
        let range = index.vocab.prefix_range("كو");
        let found: Vec<&str> = range.map(|i| index.vocab.word(i)).collect();
        assert_eq!(found, ["كوب", "كوريا"]);
        assert_eq!(index.sentence_count(), 1);
    }

    /// The quick ways a hit finds its words again give what segmenting the sentence gives, for
    /// every sentence of the bundled articles (diacritics, tatweel, quote marks, Latin and digits).
    #[test]
    fn word_ranges_match_the_segmented_words_of_every_sentence() {
        let corpus = crate::corpus::bundled();
        let index = SearchIndex::build(&corpus);
        for (s, rec) in index.sentences.iter().enumerate() {
            let text = &index.articles[rec.article as usize].text;
            let mut segmented = Vec::new();
            sentence_words(text, rec.start as usize..rec.end as usize, |_, r| {
                segmented.push(r);
            });
            assert_eq!(index.sentence_ids(s as u32).len(), segmented.len());
            assert_eq!(index.word_ranges(text, s as u32, usize::MAX), segmented);
            let mut places = index.word_places(s as u32, segmented.len());
            let found: Vec<_> = (0..segmented.len())
                .filter_map(|k| index.word_range(text, &mut places, k))
                .collect();
            assert_eq!(found, segmented);
        }
    }

    /// A word more than 254 bytes after the one before (here after a long web address) cannot
    /// have its start noted in a byte: the hit still highlights exactly the word searched.
    #[test]
    fn a_word_after_a_long_address_is_highlighted_exactly() {
        let address = format!("https://www.spa.gov.sa/{}", "a1b2c3d4".repeat(40));
        let text = format!("ونشرت وكالة الأنباء السعودية البيان على موقعها {address} مساء الأربعاء.");
        let article = Arc::new(Article::from_raw(
            crate::corpus::ArticleId::new("far"),
            None,
            &text,
            crate::corpus::Metadata::default(),
        ));
        let index = SearchIndex::from_articles([article]);
        let gaps: Vec<u8> = (0..index.sentence_count() as u32)
            .flat_map(|s| {
                index
                    .tokens
                    .sentence(index.token_bytes(s))
                    .map(|(_, gap)| gap)
            })
            .collect();
        assert!(gaps.contains(&FAR));
        let results = index.search_text("الأربعاء", &crate::search::SearchOptions::default());
        let hit = results.hits.first().expect("a hit");
        let spans: Vec<&str> = hit.spans.iter().map(|sp| hit.span_text(sp)).collect();
        assert_eq!(spans, ["الأربعاء"]);
    }
}
