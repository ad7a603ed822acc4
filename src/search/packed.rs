//! Compact layouts of the index's two big tables, decoded on demand: the sentences holding each
//! word (postings, delta- and varint-encoded) and the words of every sentence (frequency ranks,
//! varint-encoded, each followed by its gap byte).
//!
//! Varints are LEB128 (seven bits a byte, low bits first) from `integer-encoding`: a sentence
//! number 1 to 127 after the previous one, or a word among the 128 most frequent, takes one byte.

use std::ops::Range;

use integer_encoding::VarInt;

/// Byte tables written as one run of bytes (serde's default writes a byte list one element at
/// a time, and reads it back as slowly): `#[serde(with = "bytes")]`.
pub(crate) mod bytes {
    use serde::de::{Deserializer, Error, Visitor};
    use serde::ser::Serializer;

    /// Writes the bytes as one byte string.
    pub fn serialize<S: Serializer>(bytes: &[u8], s: S) -> Result<S::Ok, S::Error> {
        s.serialize_bytes(bytes)
    }

    /// Reads a byte string.
    pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<Vec<u8>, D::Error> {
        struct Bytes;
        impl Visitor<'_> for Bytes {
            type Value = Vec<u8>;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str("a byte string")
            }
            fn visit_bytes<E: Error>(self, v: &[u8]) -> Result<Vec<u8>, E> {
                Ok(v.to_vec())
            }
            fn visit_byte_buf<E: Error>(self, v: Vec<u8>) -> Result<Vec<u8>, E> {
                Ok(v)
            }
        }
        d.deserialize_byte_buf(Bytes)
    }
}

/// Appends the varint of `value` to `out`.
fn push_varint(out: &mut Vec<u8>, value: u32) {
    let mut buf = [0u8; 10];
    let len = value.encode_var(&mut buf);
    out.extend_from_slice(buf.get(..len).unwrap_or_default());
}

/// Reads the varint at the start of `bytes`: its value and the bytes after it. One-byte varints
/// (most of them) are read without the general decoder.
#[inline]
fn read_varint(bytes: &[u8]) -> Option<(u32, &[u8])> {
    match bytes.split_first() {
        Some((&b, rest)) if b < 0x80 => Some((u32::from(b), rest)),
        _ => {
            let (value, len) = u32::decode_var(bytes)?;
            Some((value, bytes.get(len..).unwrap_or_default()))
        }
    }
}

/// The old id of a word that an extended vocabulary added.
pub(crate) const NEW_WORD: u32 = u32::MAX;

/// The sentences holding each word, ascending: per word, the first sentence number and then the
/// difference to the one before, each as a varint.
#[derive(Debug, Default, Clone, serde::Serialize, serde::Deserialize)]
pub(crate) struct Postings {
    /// End (in `bytes`) of each word's list; a word's list starts where the previous one ends.
    ends: Vec<u32>,
    #[serde(with = "bytes")]
    bytes: Vec<u8>,
}

/// Calls `f(word, delta)` once for each word of each sentence, in sentence order, a word repeated
/// in a sentence only the first time: `delta` is the sentence number for the word's first
/// sentence, else how far it lies after the word's previous one. Words at or above `word_count`
/// are skipped.
fn each_posting<'a>(
    word_count: usize,
    sentences: impl Iterator<Item = &'a [u32]>,
    mut f: impl FnMut(usize, u32),
) {
    const NONE: u32 = u32::MAX;
    let mut last = vec![NONE; word_count];
    for (s, words) in sentences.enumerate() {
        let s = s as u32;
        for &w in words {
            let Some(prev) = last.get_mut(w as usize) else {
                continue;
            };
            if *prev != s {
                f(w as usize, if *prev == NONE { s } else { s - *prev });
                *prev = s;
            }
        }
    }
}

impl Postings {
    /// Postings of `word_count` words from the words of each sentence, in sentence order (the
    /// sentence number is the position in `sentences`). A word may occur several times in a
    /// sentence; it is listed once. Ids at or above `word_count` are ignored.
    pub fn build<'a, I>(word_count: usize, sentences: impl Fn() -> I) -> Self
    where
        I: Iterator<Item = &'a [u32]>,
    {
        // First pass: the encoded length of each word's list.
        let mut lens = vec![0u32; word_count];
        each_posting(word_count, sentences(), |w, delta| {
            if let Some(len) = lens.get_mut(w) {
                *len += delta.required_space() as u32;
            }
        });
        let mut ends = Vec::with_capacity(word_count);
        let mut total = 0u32;
        for len in &mut lens {
            let start = total;
            total += *len;
            ends.push(total);
            // From here on `lens` holds where each list is written next.
            *len = start;
        }
        let mut fill = lens;
        // Second pass: write the lists.
        let mut bytes = vec![0u8; total as usize];
        each_posting(word_count, sentences(), |w, delta| {
            if let Some(at) = fill.get_mut(w)
                && let Some(dst) = bytes.get_mut(*at as usize..)
            {
                *at += delta.encode_var(dst) as u32;
            }
        });
        Self { ends, bytes }
    }

    /// These postings with sentences added after the ones listed, for a vocabulary laid out
    /// again: `old_of` gives, for each word of the new vocabulary, its id in this one (or
    /// [`NEW_WORD`]); `added` holds each added sentence's words (new ids), the first one
    /// numbered `first`. A word's list is copied and the added sentences appended to it.
    pub fn extended<'a>(
        &self,
        old_of: &[u32],
        first: u32,
        added: impl Iterator<Item = &'a [u32]>,
    ) -> Self {
        let mut pairs: Vec<(u32, u32)> = Vec::new();
        for (s, words) in added.enumerate() {
            pairs.extend(words.iter().map(|&w| (w, first + s as u32)));
        }
        pairs.sort_unstable();
        pairs.dedup();
        let mut out = Self {
            ends: Vec::with_capacity(old_of.len()),
            bytes: Vec::with_capacity(self.bytes.len() + pairs.len() * 2),
        };
        let mut pairs = pairs.as_slice();
        for (w, &old) in old_of.iter().enumerate() {
            let mut last = 0;
            if old != NEW_WORD {
                let copied = self.of(old);
                out.bytes.extend_from_slice(copied.bytes);
                if pairs.first().is_some_and(|p| p.0 == w as u32) {
                    last = copied.last().unwrap_or(0);
                }
            }
            let split = pairs.partition_point(|p| p.0 == w as u32);
            let (mine, rest) = pairs.split_at(split);
            for &(_, s) in mine {
                push_varint(&mut out.bytes, s - last);
                last = s;
            }
            pairs = rest;
            out.ends.push(out.bytes.len() as u32);
        }
        out
    }

    /// Bytes of `word`'s list: about one and a half per sentence holding it, at least one.
    pub fn encoded_len(&self, word: u32) -> usize {
        let w = word as usize;
        let start = match w.checked_sub(1) {
            None => 0,
            Some(prev) => self.ends.get(prev).copied().unwrap_or(0) as usize,
        };
        (self.ends.get(w).copied().unwrap_or(0) as usize).saturating_sub(start)
    }

    /// The sentences holding `word`, ascending (none for an unknown word).
    pub fn of(&self, word: u32) -> PostingIter<'_> {
        let w = word as usize;
        let start = match w.checked_sub(1) {
            None => 0,
            Some(prev) => self.ends.get(prev).copied().unwrap_or(0) as usize,
        };
        let end = self.ends.get(w).copied().unwrap_or(0) as usize;
        PostingIter {
            bytes: self.bytes.get(start..end).unwrap_or_default(),
            last: 0,
        }
    }

    /// Heap bytes held.
    pub fn heap_bytes(&self) -> usize {
        self.ends.capacity() * size_of::<u32>() + self.bytes.capacity()
    }
}

/// Appends the words of sentences (vocabulary ids, with their gap bytes; sentence `i` starts at
/// token `firsts[i]`) to `bytes` as ranks; returns where each sentence's words start.
fn encode(
    bytes: &mut Vec<u8>,
    rank_of: &[u32],
    ids: &[u32],
    gaps: &[u8],
    firsts: &[u32],
) -> Vec<u32> {
    let mut starts = Vec::with_capacity(firsts.len());
    let mut next = firsts.iter().peekable();
    for (t, (&id, &gap)) in ids.iter().zip(gaps).enumerate() {
        while next.next_if(|&&first| first as usize <= t).is_some() {
            starts.push(bytes.len() as u32);
        }
        push_varint(bytes, rank_of.get(id as usize).copied().unwrap_or(0));
        bytes.push(gap);
    }
    // Sentences without words at the end.
    starts.extend(next.map(|_| bytes.len() as u32));
    starts
}

/// Decodes one word's postings (see [`Postings::of`]).
#[derive(Debug, Clone)]
pub(crate) struct PostingIter<'a> {
    bytes: &'a [u8],
    last: u32,
}

impl Iterator for PostingIter<'_> {
    type Item = u32;

    fn next(&mut self) -> Option<u32> {
        let (delta, rest) = read_varint(self.bytes)?;
        self.bytes = rest;
        self.last = self.last.checked_add(delta)?;
        Some(self.last)
    }
}

/// The words of every sentence, sentence after sentence: for each word the varint of its
/// frequency rank (0 for the most frequent word of the corpus), then its gap byte. A sentence's
/// words are a byte range of the stream.
#[derive(Debug, Default, Clone, serde::Serialize, serde::Deserialize)]
pub(crate) struct TokenStream {
    #[serde(with = "bytes")]
    bytes: Vec<u8>,
    /// The vocabulary id of each frequency rank.
    rank_ids: Vec<u32>,
}

impl TokenStream {
    /// Encodes the words (vocabulary ids below `word_count`) and gap bytes of sentences whose
    /// tokens start at `firsts` in `ids` and `gaps` (each runs to the next one's start). Returns
    /// the stream and the byte offset where each sentence's words start in it.
    pub fn build(word_count: usize, ids: &[u32], gaps: &[u8], firsts: &[u32]) -> (Self, Vec<u32>) {
        let mut counts = vec![0u32; word_count];
        for &id in ids {
            if let Some(c) = counts.get_mut(id as usize) {
                *c += 1;
            }
        }
        let mut rank_ids: Vec<u32> = (0..word_count as u32).collect();
        rank_ids.sort_by_key(|&id| {
            (
                std::cmp::Reverse(counts.get(id as usize).copied().unwrap_or(0)),
                id,
            )
        });
        // `counts` becomes the rank of each id.
        let mut rank_of = counts;
        for (rank, &id) in rank_ids.iter().enumerate() {
            if let Some(r) = rank_of.get_mut(id as usize) {
                *r = rank as u32;
            }
        }
        let mut bytes = Vec::with_capacity(ids.len() * 2 + ids.len() / 2);
        let starts = encode(&mut bytes, &rank_of, ids, gaps, firsts);
        bytes.shrink_to_fit();
        (Self { bytes, rank_ids }, starts)
    }

    /// This stream with sentences added after its own, for a vocabulary laid out again: `new_of`
    /// gives each old word's new id, `count` is the new vocabulary's size, and the added
    /// sentences are given as [`TokenStream::build`] takes them (new ids). The words keep their
    /// ranks and the words the vocabulary gained rank after them, so the stream is copied as it
    /// is; the starts returned are the added sentences'.
    pub fn extended(
        &self,
        new_of: &[u32],
        count: usize,
        (ids, gaps, firsts): (&[u32], &[u8], &[u32]),
    ) -> (Self, Vec<u32>) {
        let mut rank_ids: Vec<u32> = self
            .rank_ids
            .iter()
            .map(|&old| new_of.get(old as usize).copied().unwrap_or(old))
            .collect();
        let mut rank_of = vec![NEW_WORD; count];
        for (rank, &id) in rank_ids.iter().enumerate() {
            if let Some(r) = rank_of.get_mut(id as usize) {
                *r = rank as u32;
            }
        }
        for (id, r) in rank_of.iter_mut().enumerate() {
            if *r == NEW_WORD {
                *r = rank_ids.len() as u32;
                rank_ids.push(id as u32);
            }
        }
        let mut bytes = Vec::with_capacity(self.bytes.len() + ids.len() * 3);
        bytes.extend_from_slice(&self.bytes);
        let starts = encode(&mut bytes, &rank_of, ids, gaps, firsts);
        (Self { bytes, rank_ids }, starts)
    }

    /// The words of the sentence at `range` of the stream: (vocabulary id, gap byte) each.
    pub fn sentence(&self, range: Range<usize>) -> TokenIter<'_> {
        TokenIter {
            bytes: self.bytes.get(range).unwrap_or_default(),
            rank_ids: &self.rank_ids,
        }
    }

    /// Vocabulary ids of the words of the sentence at `range` of the stream, into `out`
    /// (cleared first).
    pub fn sentence_ids_into(&self, range: Range<usize>, out: &mut Vec<u32>) {
        out.clear();
        out.extend(self.sentence(range).map(|(id, _)| id));
    }

    /// Length of the stream in bytes.
    pub fn len(&self) -> usize {
        self.bytes.len()
    }

    /// Heap bytes held.
    pub fn heap_bytes(&self) -> usize {
        self.bytes.capacity() + self.rank_ids.capacity() * size_of::<u32>()
    }
}

/// Decodes the words of one sentence (see [`TokenStream::sentence`]).
#[derive(Debug, Clone)]
pub(crate) struct TokenIter<'a> {
    bytes: &'a [u8],
    rank_ids: &'a [u32],
}

impl Iterator for TokenIter<'_> {
    type Item = (u32, u8);

    fn next(&mut self) -> Option<(u32, u8)> {
        let (rank, rest) = read_varint(self.bytes)?;
        let (&gap, rest) = rest.split_first()?;
        self.bytes = rest;
        Some((self.rank_ids.get(rank as usize).copied()?, gap))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    /// Sentences given as lists of word ids, flattened as the index holds them.
    fn flatten(sentences: &[Vec<u32>]) -> (Vec<u32>, Vec<u32>) {
        let mut ids = Vec::new();
        let mut firsts = Vec::new();
        for words in sentences {
            firsts.push(ids.len() as u32);
            ids.extend(words);
        }
        (ids, firsts)
    }

    fn postings_of(sentences: &[Vec<u32>], word_count: usize) -> Postings {
        Postings::build(word_count, || sentences.iter().map(Vec::as_slice))
    }

    /// What postings must list: for each word, the sentences holding it, ascending, once each.
    fn expected_postings(sentences: &[Vec<u32>], word_count: usize) -> Vec<Vec<u32>> {
        let mut lists = vec![Vec::new(); word_count];
        for (s, words) in sentences.iter().enumerate() {
            for &w in words {
                let list: &mut Vec<u32> = &mut lists[w as usize];
                if list.last() != Some(&(s as u32)) {
                    list.push(s as u32);
                }
            }
        }
        lists
    }

    #[test]
    fn a_word_in_every_sentence_and_repeated_words_list_each_sentence_once() {
        // Word 0 is in all 1,000 sentences (twice in some), word 1 in the first and the last,
        // word 2 in none, and word 3 only in sentence 0.
        let mut sentences: Vec<Vec<u32>> = (0..1000).map(|s| vec![0; 1 + s % 2]).collect();
        sentences[0].extend([1, 3]);
        sentences[999].push(1);
        let postings = postings_of(&sentences, 4);
        assert_eq!(
            postings.of(0).collect::<Vec<_>>(),
            (0..1000).collect::<Vec<_>>()
        );
        assert_eq!(postings.of(1).collect::<Vec<_>>(), [0, 999]);
        assert_eq!(postings.of(2).count(), 0);
        assert_eq!(postings.of(3).collect::<Vec<_>>(), [0]);
        assert_eq!(
            postings.of(4).count(),
            0,
            "an unknown word has no sentences"
        );
        // Gaps of one sentence take one byte each.
        assert!(postings.bytes.len() < 1010);
    }

    #[test]
    fn postings_keep_sentence_numbers_near_the_top_of_u32() {
        // Only the encoding is exercised at these sizes: build lists directly.
        let numbers = [0, 1, 127, 128, 16_383, 16_384, u32::MAX - 1, u32::MAX];
        let mut bytes = Vec::new();
        let mut prev = None;
        for &n in &numbers {
            push_varint(&mut bytes, prev.map_or(n, |p| n - p));
            prev = Some(n);
        }
        let postings = Postings {
            ends: vec![bytes.len() as u32],
            bytes,
        };
        assert_eq!(postings.of(0).collect::<Vec<_>>(), numbers);
    }

    #[test]
    fn tokens_round_trip_with_gaps_that_do_not_fit_a_byte_and_empty_sentences() {
        // Word 2 is the most frequent; gap 255 stands for one that did not fit in a byte.
        let sentences = vec![vec![], vec![2, 0, 2], vec![], vec![1, 2, 299], vec![]];
        let (ids, firsts) = flatten(&sentences);
        let gaps: Vec<u8> = (0..ids.len()).map(|i| [0, 7, 255, 128][i % 4]).collect();
        let (stream, starts) = TokenStream::build(300, &ids, &gaps, &firsts);
        assert_eq!(starts.len(), sentences.len());
        let mut t = 0;
        for (s, words) in sentences.iter().enumerate() {
            let end = starts.get(s + 1).map_or(stream.len(), |&e| e as usize);
            let decoded: Vec<(u32, u8)> = stream.sentence(starts[s] as usize..end).collect();
            let expected: Vec<(u32, u8)> = words
                .iter()
                .map(|&w| {
                    t += 1;
                    (w, gaps[t - 1])
                })
                .collect();
            assert_eq!(decoded, expected, "sentence {s}");
        }
        assert_eq!(stream.rank_ids[0], 2, "the most frequent word has rank 0");
        assert_eq!(stream.sentence(0..stream.len()).count(), ids.len());
    }

    proptest! {
        #[test]
        fn postings_and_tokens_round_trip(
            sentences in prop::collection::vec(prop::collection::vec(0u32..400, 0..12), 0..300),
            gap_seed in any::<u8>(),
        ) {
            let word_count = 400;
            let postings = postings_of(&sentences, word_count);
            for (w, list) in expected_postings(&sentences, word_count).iter().enumerate() {
                prop_assert_eq!(&postings.of(w as u32).collect::<Vec<_>>(), list);
            }
            let (ids, firsts) = flatten(&sentences);
            let gaps: Vec<u8> = (0..ids.len()).map(|i| (i as u8).wrapping_mul(gap_seed)).collect();
            let (stream, starts) = TokenStream::build(word_count, &ids, &gaps, &firsts);
            let mut t = 0;
            for (s, words) in sentences.iter().enumerate() {
                let end = starts.get(s + 1).map_or(stream.len(), |&e| e as usize);
                let decoded: Vec<(u32, u8)> = stream.sentence(starts[s] as usize..end).collect();
                let expected: Vec<(u32, u8)> =
                    words.iter().map(|&w| { t += 1; (w, gaps[t - 1]) }).collect();
                prop_assert_eq!(decoded, expected);
            }
        }
    }
}
