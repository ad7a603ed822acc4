//! Web pages: the article body and its metadata taken from the markup with a real HTML parser.
//! Navigation, scripts, share buttons, comment forms and related-links boxes are left out; the
//! headings and paragraphs of the body are kept, in order, one a line.

use std::sync::LazyLock;

use scraper::node::Node;
use scraper::{ElementRef, Html, Selector};

use crate::corpus::{Date, Metadata};

/// A page's article text (a block a line) and the metadata its markup gives.
#[derive(Debug, Default)]
pub struct Page {
    /// The body: headline first when the page names one, then headings and paragraphs.
    pub text: String,
    /// Title, outlet, date, author and address, when the markup gives them.
    pub meta: Metadata,
}

/// Elements that are never article text.
const DROPPED_TAGS: &[&str] = &[
    "nav",
    "header",
    "footer",
    "aside",
    "script",
    "style",
    "form",
    "noscript",
    "iframe",
    "button",
    "svg",
    "template",
    "select",
    "textarea",
    "input",
    "figcaption",
    "menu",
    "dialog",
    "object",
    "embed",
    "canvas",
    "video",
    "audio",
    "head",
    "title",
];

/// Words in a class or id that mark page furniture (matched against its `-`/`_`-separated
/// parts, so "header-ad" matches but "read" or "shadow" do not).
const FURNITURE_WORDS: &[&str] = &[
    "share",
    "sharing",
    "social",
    "comment",
    "comments",
    "related",
    "newsletter",
    "ad",
    "ads",
    "advert",
    "advertisement",
    "sponsored",
    "promo",
    "subscribe",
    "breadcrumb",
    "breadcrumbs",
    "sidebar",
    "menu",
    "popup",
    "cookie",
    "tags",
    "disqus",
];

/// Elements that end a line of text.
const BLOCK_TAGS: &[&str] = &[
    "p",
    "div",
    "section",
    "article",
    "main",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "li",
    "ul",
    "ol",
    "blockquote",
    "pre",
    "table",
    "tr",
    "td",
    "th",
    "dl",
    "dt",
    "dd",
    "figure",
    "hr",
    "body",
    "address",
];

fn selector(css: &str) -> Selector {
    // The selectors below are constants; a failure would be a typo caught by every test.
    Selector::parse(css).unwrap_or_else(|_| panic!("static selector {css}"))
}

static ARTICLE: LazyLock<Selector> = LazyLock::new(|| selector("article"));
static MAIN: LazyLock<Selector> =
    LazyLock::new(|| selector("main, [role=main], [itemprop=articleBody]"));
static PARAGRAPH: LazyLock<Selector> = LazyLock::new(|| selector("p"));
static H1: LazyLock<Selector> = LazyLock::new(|| selector("h1"));
static TITLE: LazyLock<Selector> = LazyLock::new(|| selector("title"));
static META: LazyLock<Selector> = LazyLock::new(|| selector("meta"));
static TIME: LazyLock<Selector> = LazyLock::new(|| selector("time[datetime]"));
static CANONICAL: LazyLock<Selector> = LazyLock::new(|| selector("link[rel=canonical]"));

/// Reads a page's article text and metadata.
pub fn read_page(html: &str) -> Page {
    let html = super::nesting::limit_nesting(html, super::nesting::MAX_NESTING);
    let doc = Html::parse_document(&html);
    let meta_content = |keys: &[&str]| {
        doc.select(&META).find_map(|m| {
            let el = m.value();
            let key = el.attr("property").or_else(|| el.attr("name"))?;
            keys.iter()
                .any(|k| key.eq_ignore_ascii_case(k))
                .then(|| el.attr("content"))
                .flatten()
                .map(|c| c.trim().to_owned())
                .filter(|c| !c.is_empty())
        })
    };

    let body = main_element(&doc);
    let h1 = body
        .and_then(|b| b.select(&H1).next())
        .or_else(|| doc.select(&H1).next())
        .map(|h| inline_text(h))
        .filter(|t| !t.is_empty());
    let title = h1
        .or_else(|| meta_content(&["og:title", "twitter:title"]))
        .or_else(|| {
            doc.select(&TITLE)
                .next()
                .map(|t| inline_text(t))
                .filter(|t| !t.is_empty())
        });
    let date = meta_content(&["article:published_time", "date", "pubdate", "dc.date"])
        .or_else(|| {
            doc.select(&TIME)
                .find_map(|t| t.value().attr("datetime").map(str::to_owned))
        })
        .and_then(|d| Date::parse_iso(&d));
    let url = doc
        .select(&CANONICAL)
        .find_map(|l| l.value().attr("href").map(|h| h.trim().to_owned()))
        .filter(|h| !h.is_empty())
        .or_else(|| meta_content(&["og:url"]));

    let mut lines = Vec::new();
    if let Some(body) = body {
        let mut line = String::new();
        block_lines(body, &mut lines, &mut line);
        flush(&mut line, &mut lines);
    }
    if let Some(t) = &title
        && lines.first() != Some(t)
    {
        lines.insert(0, t.clone());
    }
    Page {
        text: lines.join("\n"),
        meta: Metadata {
            title,
            outlet: meta_content(&["og:site_name", "application-name"]),
            date,
            author: meta_content(&["author", "article:author"]),
            url,
        },
    }
}

/// The element holding the article: the `<article>` with the most paragraph text, else
/// `<main>`, else the element whose own paragraphs hold the most text.
fn main_element(doc: &Html) -> Option<ElementRef<'_>> {
    let by_paragraphs = |el: &ElementRef<'_>| paragraph_chars(*el);
    if let Some(article) = doc
        .select(&ARTICLE)
        .filter(|a| !is_furniture(*a))
        .max_by_key(by_paragraphs)
    {
        return Some(article);
    }
    if let Some(main) = doc.select(&MAIN).max_by_key(by_paragraphs) {
        return Some(main);
    }
    // The parent whose child paragraphs hold the most text.
    let mut best: Option<(usize, ElementRef<'_>)> = None;
    let mut totals: Vec<(_, usize)> = Vec::new();
    for p in doc.select(&PARAGRAPH) {
        let Some(parent) = p.parent().and_then(ElementRef::wrap) else {
            continue;
        };
        let chars = inline_text(p).chars().count();
        let total = if let Some((_, t)) = totals.iter_mut().find(|(id, _)| *id == parent.id()) {
            *t += chars;
            *t
        } else {
            totals.push((parent.id(), chars));
            chars
        };
        if best.is_none_or(|(b, _)| total > b) {
            best = Some((total, parent));
        }
    }
    best.map(|(_, el)| el)
        .or_else(|| doc.root_element().select(&selector("body")).next())
}

fn paragraph_chars(el: ElementRef<'_>) -> usize {
    el.select(&PARAGRAPH)
        .map(|p| inline_text(p).chars().count())
        .sum()
}

/// True for elements that are never article text, by tag or by a class/id word.
fn is_furniture(el: ElementRef<'_>) -> bool {
    let e = el.value();
    if DROPPED_TAGS.contains(&e.name()) {
        return true;
    }
    if e.attr("aria-hidden") == Some("true") || e.attr("hidden").is_some() {
        return true;
    }
    let names = e.classes().chain(e.id());
    names.into_iter().any(|name| {
        name.to_ascii_lowercase()
            .split(['-', '_'])
            .any(|part| FURNITURE_WORDS.contains(&part))
    })
}

/// Appends the lines of an element: text runs split at block elements and `<br>`.
fn block_lines(el: ElementRef<'_>, lines: &mut Vec<String>, line: &mut String) {
    for child in el.children() {
        match child.value() {
            Node::Text(t) => line.push_str(t),
            Node::Element(e) => {
                let Some(child_el) = ElementRef::wrap(child) else {
                    continue;
                };
                if is_furniture(child_el) {
                    continue;
                }
                if e.name() == "br" {
                    flush(line, lines);
                } else if BLOCK_TAGS.contains(&e.name()) {
                    flush(line, lines);
                    block_lines(child_el, lines, line);
                    flush(line, lines);
                } else {
                    block_lines(child_el, lines, line);
                }
            }
            _ => {}
        }
    }
}

fn flush(line: &mut String, lines: &mut Vec<String>) {
    let collapsed = line.split_whitespace().collect::<Vec<_>>().join(" ");
    if !collapsed.is_empty() {
        lines.push(collapsed);
    }
    line.clear();
}

/// The text of an element on one line, furniture left out.
fn inline_text(el: ElementRef<'_>) -> String {
    let mut lines = Vec::new();
    let mut line = String::new();
    block_lines(el, &mut lines, &mut line);
    flush(&mut line, &mut lines);
    lines.join(" ")
}
