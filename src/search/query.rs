//! Query syntax: words (all must match, any order), "exact phrase" in quotes, -word to exclude.
//! Parsing never fails: an unclosed quote runs to the end, so a query typed one key at a time
//! is always a query.

use crate::arabic::normalized_words;

/// One part of a query that a sentence must (or must not) contain.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Term {
    /// One normalized word.
    Word(String),
    /// Normalized words that must follow each other in this order.
    Phrase(Vec<String>),
}

impl Term {
    /// The normalized words of the term.
    pub fn words(&self) -> &[String] {
        match self {
            Self::Word(w) => std::slice::from_ref(w),
            Self::Phrase(ws) => ws,
        }
    }
}

/// A parsed query.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Query {
    /// Terms every hit contains.
    pub required: Vec<Term>,
    /// Terms no hit contains.
    pub excluded: Vec<Term>,
}

impl Query {
    /// Parses a query. Words are normalized like the corpus (diacritics, hamza seats, digits…).
    /// A quoted group or a word that normalizes to several words (كيم-جونغ) becomes a phrase;
    /// a `-` before a word or a quoted group excludes it.
    pub fn parse(text: &str) -> Self {
        let mut query = Self::default();
        let mut rest = text.trim_start();
        while !rest.is_empty() {
            let negated = rest.starts_with('-') && rest.len() > 1;
            if negated {
                rest = &rest[1..];
            }
            let (raw, after) = if let Some(inner) = rest.strip_prefix(['"', '“', '”', '«']) {
                let end = inner.find(['"', '“', '”', '»']).unwrap_or(inner.len());
                let close_len = inner[end..].chars().next().map_or(0, char::len_utf8);
                (&inner[..end], &inner[end + close_len..])
            } else {
                let end = rest.find(char::is_whitespace).unwrap_or(rest.len());
                (&rest[..end], &rest[end..])
            };
            rest = after.trim_start();
            let words = normalized_words(raw);
            let term = match <[String; 1]>::try_from(words) {
                Ok([one]) => Term::Word(one),
                Err(words) if words.is_empty() => continue,
                Err(words) => Term::Phrase(words),
            };
            if negated {
                query.excluded.push(term);
            } else {
                query.required.push(term);
            }
        }
        query
    }

    /// True when the query has nothing to look for.
    pub fn is_empty(&self) -> bool {
        self.required.is_empty()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn word(w: &str) -> Term {
        Term::Word(w.to_owned())
    }

    #[test]
    fn words_phrases_and_exclusions() {
        let q = Query::parse(r#"بوتين "كيم جونغ أون" -ترامب"#);
        assert_eq!(
            q.required,
            [
                word("بوتين"),
                Term::Phrase(vec!["كيم".into(), "جونغ".into(), "اون".into()])
            ]
        );
        assert_eq!(q.excluded, [word("ترامب")]);
    }

    #[test]
    fn unclosed_quote_and_stray_dash_still_parse() {
        let q = Query::parse("كوريا \"بيونغ يا");
        assert_eq!(q.required.len(), 2);
        assert_eq!(
            q.required[1],
            Term::Phrase(vec!["بيونغ".into(), "يا".into()])
        );
        assert!(Query::parse(" - ").is_empty());
        assert!(Query::parse("").is_empty());
    }

    #[test]
    fn hyphenated_word_is_a_phrase_and_a_quoted_word_a_word() {
        assert_eq!(
            Query::parse("كيم-جونغ").required,
            [Term::Phrase(vec!["كيم".into(), "جونغ".into()])]
        );
        assert_eq!(Query::parse("\"بوتين\"").required, [word("بوتين")]);
    }
}
