//! The search index over a corpus: sentences with their article and byte ranges, the words of
//! every sentence with their original byte ranges, and a sorted vocabulary of normalized words
//! with postings (the sentences holding each word) and variant keys.

use std::collections::HashMap;
use std::hash::{Hash, Hasher};
use std::ops::Range;
use std::sync::Arc;

use unicode_segmentation::UnicodeSegmentation;

use crate::arabic::{is_sentence_end, normalize, normalized_words, word_key};
use crate::corpus::{Article, Corpus};

/// Clitic prefixes a word can carry, longest combinations included ("" is the bare word).
pub(crate) const PREFIXES: &[&str] = &[
    "", "و", "ف", "ب", "ك", "ل", "ال", "وال", "فال", "بال", "كال", "لل", "وب", "فب", "ول", "فل",
    "وك", "فك", "وبال", "فبال", "ولل", "فلل", "وكال", "فكال",
];

/// One sentence: where it is and which tokens it holds.
#[derive(Debug, Clone, Copy)]
pub(crate) struct SentenceRec {
    /// Index of the article in [`SearchIndex::articles`].
    pub article: u32,
    /// Byte range in the article text.
    pub start: u32,
    /// End of the byte range.
    pub end: u32,
    /// Char offset of `start` in the article text.
    pub start_char: u32,
    /// Index of its first token in [`SearchIndex::tokens`]; its tokens run to the next
    /// sentence's first token. A token's byte range is not stored: [`sentence_words`] gives it
    /// again when a hit is built.
    pub first_token: u32,
}

/// Sorted distinct normalized words, stored in one buffer.
#[derive(Debug, Default)]
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
#[derive(Debug, Default)]
pub struct SearchIndex {
    pub(crate) articles: Vec<Arc<Article>>,
    pub(crate) vocab: Vocabulary,
    /// Postings in CSR form: sentences of word `w` are `postings[post_ends[w-1]..post_ends[w]]`.
    post_ends: Vec<u32>,
    postings: Vec<u32>,
    pub(crate) sentences: Vec<SentenceRec>,
    /// The vocabulary id of every word occurrence, sentence after sentence (4 bytes a word: a
    /// 12k-article corpus has 3.5 million of them).
    pub(crate) tokens: Vec<u32>,
    /// For every token, how many bytes its start lies after the previous token's start (the
    /// sentence's start for the first token); [`FAR`] when that does not fit in a byte.
    token_gaps: Vec<u8>,
    /// (hash of the variant key of a word's core, word id, byte length of the clitic prefix
    /// stripped to get the core), sorted.
    pub(crate) variant_keys: Vec<(u64, u32, u8)>,
    /// Vocabulary ids of each article's title words, sorted.
    pub(crate) title_words: Vec<Vec<u32>>,
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
            index.add_article(a, &article, &mut intern);
            let mut title: Vec<u32> = article
                .meta
                .title
                .as_deref()
                .map(normalized_words)
                .unwrap_or_default()
                .iter()
                .map(|w| intern(w))
                .collect();
            title.sort_unstable();
            title.dedup();
            index.title_words.push(title);
            index.articles.push(article);
        }
        index.finish(ids);
        index
    }

    fn add_article(&mut self, a: u32, article: &Article, intern: &mut impl FnMut(&str) -> u32) {
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
                first_token: self.tokens.len() as u32,
            });
            let (tokens, gaps) = (&mut self.tokens, &mut self.token_gaps);
            let mut previous = range.start;
            sentence_words(text, range, |w, r| {
                tokens.push(intern(w));
                gaps.push(u8::try_from(r.start - previous).unwrap_or(FAR));
                previous = r.start;
            });
        }
    }

    /// Sorts the vocabulary, renumbers tokens and titles, builds postings and variant keys.
    fn finish(&mut self, ids: HashMap<String, u32>) {
        let mut words: Vec<(String, u32)> = ids.into_iter().collect();
        words.sort_unstable();
        let mut renumber = vec![0u32; words.len()];
        for (new, (word, old)) in words.iter().enumerate() {
            renumber[*old as usize] = new as u32;
            self.vocab.text.push_str(word);
            self.vocab.ends.push(self.vocab.text.len() as u32);
        }
        for t in &mut self.tokens {
            *t = renumber[*t as usize];
        }
        self.tokens.shrink_to_fit();
        self.token_gaps.shrink_to_fit();
        self.sentences.shrink_to_fit();
        self.title_words.shrink_to_fit();
        for title in &mut self.title_words {
            for w in title.iter_mut() {
                *w = renumber[*w as usize];
            }
            title.sort_unstable();
        }
        self.build_postings();
        self.build_variant_keys();
    }

    fn build_postings(&mut self) {
        let n = self.vocab.len();
        let mut counts = vec![0u32; n];
        let mut last = vec![u32::MAX; n];
        for (s, range) in self.sentence_token_ranges().enumerate() {
            for &t in &self.tokens[range] {
                let w = t as usize;
                if last[w] != s as u32 {
                    last[w] = s as u32;
                    counts[w] += 1;
                }
            }
        }
        let mut fill = Vec::with_capacity(n);
        let mut total = 0u32;
        for c in &counts {
            fill.push(total);
            total += c;
            self.post_ends.push(total);
        }
        let mut postings = vec![0; total as usize];
        last.fill(u32::MAX);
        for (s, range) in self.sentence_token_ranges().enumerate() {
            for &t in &self.tokens[range] {
                let w = t as usize;
                if last[w] != s as u32 {
                    last[w] = s as u32;
                    postings[fill[w] as usize] = s as u32;
                    fill[w] += 1;
                }
            }
        }
        self.postings = postings;
    }

    fn build_variant_keys(&mut self) {
        let mut keys = Vec::with_capacity(self.vocab.len() * 2);
        for id in 0..self.vocab.len() as u32 {
            let word = self.vocab.word(id);
            for prefix in PREFIXES {
                let Some(core) = word.strip_prefix(prefix) else {
                    continue;
                };
                if core.chars().count() >= 3 {
                    keys.push((key_hash(&word_key(core)), id, prefix.len() as u8));
                }
            }
        }
        keys.sort_unstable();
        self.variant_keys = keys;
    }

    /// Token ranges of every sentence, in order.
    pub(crate) fn sentence_token_ranges(&self) -> impl Iterator<Item = Range<usize>> + '_ {
        (0..self.sentences.len()).map(|s| self.sentence_tokens(s as u32))
    }

    /// Token range of one sentence.
    pub(crate) fn sentence_tokens(&self, s: u32) -> Range<usize> {
        let s = s as usize;
        let start = self.sentences.get(s).map_or(0, |r| r.first_token as usize);
        let end = self
            .sentences
            .get(s + 1)
            .map_or(self.tokens.len(), |r| r.first_token as usize);
        start..end
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
        let ids = self.tokens.get(self.sentence_tokens(s)).unwrap_or_default();
        let ids = ids.get(..count).unwrap_or(ids);
        let Some(sentence) = text.get(range.clone()) else {
            return Vec::new();
        };
        let norm = normalize(sentence);
        let mut out = Vec::with_capacity(ids.len());
        let mut cursor = 0;
        for &id in ids {
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
        let range = self.sentence_tokens(s);
        let gaps = self.token_gaps.get(range.clone()).unwrap_or_default();
        let gaps = gaps.get(..(count + 1).min(gaps.len())).unwrap_or(gaps);
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
        let tokens = self.sentence_tokens(s);
        let quick = places.starts.get(k).and_then(|&start| {
            let bound = if k + 1 < tokens.len() {
                *places.starts.get(k + 1)?
            } else {
                rec.end as usize
            };
            let local = text.get(start..bound)?;
            let word = self.vocab.word(*self.tokens.get(tokens.start + k)?);
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

    /// Sentences holding a word.
    pub(crate) fn postings(&self, word: u32) -> &[u32] {
        let w = word as usize;
        let start = if w == 0 {
            0
        } else {
            self.post_ends.get(w - 1).copied().unwrap_or(0) as usize
        };
        let end = self.post_ends.get(w).copied().unwrap_or(0) as usize;
        self.postings.get(start..end).unwrap_or_default()
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
            + (self.post_ends.capacity() + self.postings.capacity()) * 4
            + self.sentences.capacity() * size_of::<SentenceRec>()
            + self.tokens.capacity() * size_of::<u32>()
            + self.token_gaps.capacity()
            + self.variant_keys.capacity() * size_of::<(u64, u32, u8)>()
            + self
                .title_words
                .iter()
                .map(|t| t.capacity() * 4 + size_of::<Vec<u32>>())
                .sum::<usize>()
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
            assert_eq!(index.sentence_tokens(s as u32).len(), segmented.len());
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
        assert!(index.token_gaps.contains(&FAR));
        let results = index.search_text("الأربعاء", &crate::search::SearchOptions::default());
        let hit = results.hits.first().expect("a hit");
        let spans: Vec<&str> = hit.spans.iter().map(|sp| hit.span_text(sp)).collect();
        assert_eq!(spans, ["الأربعاء"]);
    }
}
