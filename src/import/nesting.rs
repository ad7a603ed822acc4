//! A limit on how deeply a web page's elements nest, applied to the markup before the HTML
//! parser sees it. The parser checks the whole stack of open elements at many tags, so a page
//! of 100,000 nested elements takes time that grows with the square of its size; no real page
//! nests more than a few dozen deep. Tags opened deeper than [`MAX_NESTING`] (and the tags that
//! close them) are left out; the text inside them is kept.

use std::borrow::Cow;

/// How deeply elements may nest; tags deeper than this are dropped before parsing.
pub const MAX_NESTING: usize = 512;

/// Elements that never have content (no end tag follows them).
const VOID: &[&str] = &[
    "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track",
    "wbr", "param", "keygen",
];

/// Elements whose content is text, not markup, up to their end tag.
const RAW_TEXT: &[&str] = &[
    "script", "style", "textarea", "title", "xmp", "iframe", "noembed", "noframes",
];

/// Elements whose end tag may be left out: a new one closes the one open before it.
const OPTIONAL_END: &[&str] = &["p", "li", "dt", "dd", "tr", "td", "th", "option"];

/// A tag found in the markup.
struct Tag {
    /// Lowercase name.
    name: String,
    /// An end tag (`</…>`).
    end: bool,
    /// One past the closing `>`.
    after: usize,
}

/// Reads the tag starting at `at` (a `<`), or `None` when what starts there is not a tag.
fn tag_at(html: &str, at: usize) -> Option<Tag> {
    let bytes = html.as_bytes();
    let mut i = at + 1;
    let end = bytes.get(i) == Some(&b'/');
    if end {
        i += 1;
    }
    if !bytes.get(i)?.is_ascii_alphabetic() {
        return None;
    }
    let name_start = i;
    while bytes
        .get(i)
        .is_some_and(|b| b.is_ascii_alphanumeric() || matches!(b, b'-' | b':'))
    {
        i += 1;
    }
    let name = html.get(name_start..i)?.to_ascii_lowercase();
    let mut quote = None;
    while let Some(&b) = bytes.get(i) {
        match (quote, b) {
            (None, b'"' | b'\'') => quote = Some(b),
            (Some(q), b) if b == q => quote = None,
            (None, b'>') => {
                return Some(Tag {
                    name,
                    end,
                    after: i + 1,
                });
            }
            _ => {}
        }
        i += 1;
    }
    None
}

/// Where what starts at `at` (a `<` that opens no tag) ends: after a comment, a doctype or a
/// processing instruction, else just after the `<`.
fn skip_other(html: &str, at: usize) -> usize {
    let rest = html.get(at..).unwrap_or_default();
    let close = if rest.starts_with("<!--") {
        rest.get(4..).and_then(|r| r.find("-->")).map(|i| i + 7)
    } else if rest.starts_with("<!") || rest.starts_with("<?") {
        rest.find('>').map(|i| i + 1)
    } else {
        Some(1)
    };
    close.map_or(html.len(), |c| at + c)
}

/// Where the text of a raw-text element `name` opened before `from` ends: at its end tag (any
/// case), else at the end of the markup.
fn raw_text_end(html: &str, from: usize, name: &str) -> usize {
    let mut at = from;
    while let Some(i) = html.get(at..).and_then(|r| r.find("</")) {
        let name_at = at + i + 2;
        let found = html.get(name_at..name_at + name.len());
        if found.is_some_and(|f| f.eq_ignore_ascii_case(name)) {
            return at + i;
        }
        at = name_at;
    }
    html.len()
}

/// The markup with the tags nested deeper than `max` left out (borrowed when none are).
pub fn limit_nesting(html: &str, max: usize) -> Cow<'_, str> {
    let mut open: Vec<String> = Vec::new();
    // Tags dropped and not yet closed, by name: their end tags are dropped too.
    let mut dropped: std::collections::HashMap<String, usize> = std::collections::HashMap::new();
    let mut out: Option<String> = None;
    let mut copied = 0;
    let mut at = 0;
    while let Some(found) = html.get(at..).and_then(|r| r.find('<')) {
        let start = at + found;
        let Some(tag) = tag_at(html, start) else {
            at = skip_other(html, start);
            continue;
        };
        at = tag.after;
        if RAW_TEXT.contains(&tag.name.as_str()) && !tag.end {
            at = raw_text_end(html, at, &tag.name);
            continue;
        }
        if VOID.contains(&tag.name.as_str()) {
            continue;
        }
        let drop = if tag.end {
            match dropped.get_mut(&tag.name) {
                Some(n) if *n > 0 => {
                    *n -= 1;
                    true
                }
                _ => {
                    if let Some(pos) = open.iter().rposition(|o| *o == tag.name) {
                        open.truncate(pos);
                    }
                    false
                }
            }
        } else {
            if OPTIONAL_END.contains(&tag.name.as_str()) && open.last() == Some(&tag.name) {
                open.pop();
            }
            if open.len() >= max {
                *dropped.entry(tag.name).or_default() += 1;
                true
            } else {
                open.push(tag.name);
                false
            }
        };
        if drop {
            let buf = out.get_or_insert_with(|| String::with_capacity(html.len()));
            buf.push_str(html.get(copied..start).unwrap_or_default());
            buf.push(' ');
            copied = at;
        }
    }
    match out {
        None => Cow::Borrowed(html),
        Some(mut buf) => {
            buf.push_str(html.get(copied..).unwrap_or_default());
            Cow::Owned(buf)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn deep_nesting_is_cut_and_the_text_kept() {
        let html = format!("{}نص{}", "<div>".repeat(10), "</div>".repeat(10));
        let cut = limit_nesting(&html, 3);
        let spaces = " ".repeat(7);
        let expected = format!("<div><div><div>{spaces}نص{spaces}</div></div></div>");
        assert_eq!(cut, expected);
    }

    #[test]
    fn ordinary_pages_are_left_as_they_are() {
        let html = "<html><body><p>أ<p>ب<br><img src='a>b'><script>if (a<b) {}</script>\
                    <!-- <div> --><ul><li>ج<li>د</ul></body></html>";
        assert!(matches!(limit_nesting(html, 6), Cow::Borrowed(_)));
    }
}
