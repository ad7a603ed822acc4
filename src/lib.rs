//! Isnad core: an Arabic news corpus, read, searched and mined for who said what.
//!
//! Module map:
//! - [`corpus`]: articles, the corpus with its id index, cleaning of page debris, metadata
//!   inference.
//! - [`import`]: the analyst's files and folders in every supported format and encoding, with
//!   an import report, on a background thread or synchronously.
//! - [`arabic`]: Arabic character classes, folding, normalization with an offset map, words,
//!   spelling variants of foreign names.
//! - [`search`]: query parsing, the sentence and word index, Arabic-aware matching, hits in
//!   keyword-in-context form.
//! - [`qda`]: coded segments and counts of the codebook; REFI-QDA (QDPX, QDC) exchange.
//! - [`quotes`]: quotations and reported statements, their speakers, corrections.
//! - [`session`]: the analyst's research session and its file.
//! - [`stories`]: copies of one text published by several outlets, grouped as one story, and the
//!   same quotation found in several copies.
//! - [`export`]: the quote table written as CSV, XLSX, Markdown, JSON or HTML.
//! - [`workspace`]: what is computed from a corpus (index, quotations with corrections, stories)
//!   as immutable snapshots with a generation, computed on every core and incrementally, and the
//!   cache of processed corpora on disk.
//! - [`files`]: reading only regular files, within limits; replacing files atomically and safely.
//! - [`cli`]: the headless commands.
//! - `gui` (feature `gui`): the window.
//!
//! Data flows one way: [`import`] reads sources into a [`corpus::Corpus`] (shared articles with an
//! id index); a [`workspace::Workspace`] computes the [`search`] index, the [`quotes`] and the
//! [`stories`] from it and publishes them as a [`workspace::Snapshot`]; the [`cli`] commands and
//! the window's panels read snapshots. Edits (metadata, corrections) go to the workspace, which
//! publishes a new snapshot; [`workspace::cache`] keeps a processed corpus for the next open.
//!
//! Nothing here depends on a GUI toolkit; the window lives behind the `gui` feature.

pub mod arabic;
pub mod cli;
pub mod corpus;
pub mod export;
pub mod files;
pub mod import;
pub mod qda;
pub mod quotes;
pub mod search;
pub mod session;
pub mod stories;
pub mod workspace;

#[cfg(feature = "gui")]
pub mod gui;
