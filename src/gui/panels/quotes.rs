//! The quotes view: who said what across the corpus, as a sortable, filterable table of
//! quotations and reported statements, with a speaker list. It shows what the workspace
//! extracted (on its own thread) with the session's corrections laid over it; clicking a row
//! opens the article with the quote and its speaker marked.

use crate::gui::i18n::{self, tr};
use crate::gui::text::widget_text;
use std::sync::Arc;

use egui::{self, Align, Layout, Sense, Ui};
use egui_extras::{Column, Size, StripBuilder, TableBuilder};

use super::quote_columns::{SortBy, fitted_columns};
use super::quote_index::ByArticle;
use super::speaker_list::speaker_counts;
use super::{AppContext, Command};
use crate::arabic::fold_for_compare;
use crate::corpus::{Article, ArticleId};
use crate::gui::text::{self, Face, Highlight, QUOTE, SPEAKER, input::ArabicInput};
use crate::quotes::{Corrections, Quote, QuoteId, QuoteKind, listed_as, speaker_list};
use crate::session::QuoteFilterState;
use crate::stories::{QuoteGroups, Stories};

/// Accessible name of the quote text filter.
pub const QUOTE_FILTER: &str = "Filter quotes";

/// How much of the workspace the view shows: the quotations come before the stories.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Shown {
    Nothing,
    Quotes,
    Everything,
}

/// The quotes view's state.
pub struct QuotesView {
    extracted: Arc<Vec<Quote>>,
    failed_corrections: usize,
    pub(super) speaker_edit: String,
    pub(super) tags_edit: String,
    /// The quotation whose tags are in `tags_edit`.
    pub(super) tags_for: Option<QuoteId>,
    quotes: Arc<Vec<Quote>>,
    /// How much of the workspace is shown.
    shown: Shown,
    stories: Arc<Stories>,
    groups: Arc<QuoteGroups>,
    sort: (SortBy, bool),
    pub(super) speaker: Option<String>,
    kinds: [bool; 3],
    text_filter: String,
    open_article_only: bool,
    selected: Option<QuoteId>,
    matrix: bool,
    generation: usize,
    pub(super) speaker_counts: Arc<Vec<(String, usize)>>,
    /// The speaker list: people and bodies, and the unnamed sources as one entry.
    pub(super) listed: Arc<Vec<(String, usize)>>,
    rows_cache: Option<(RowKey, Arc<Vec<usize>>)>,
    /// Each article's quotations, as indices into `quotes` (the reader's highlights and the
    /// selected row are looked up in one article's quotations, each frame).
    by_article: ByArticle,
    /// Rows to move the selection by, from the keyboard (Up, Down), on the next frame.
    step: i32,
}

impl Default for QuotesView {
    fn default() -> Self {
        Self::new()
    }
}

/// What the table's rows depend on: sort, speaker, kinds, text filter, open article (when
/// filtering by it), and the generation of the quotes.
type RowKey = (
    (SortBy, bool),
    Option<String>,
    [bool; 3],
    String,
    Option<ArticleId>,
    usize,
);

impl QuotesView {
    /// An empty view, waiting for the workspace's extraction ([`QuotesView::show`]).
    pub fn new() -> Self {
        Self {
            extracted: Arc::new(Vec::new()),
            failed_corrections: 0,
            speaker_edit: String::new(),
            tags_edit: String::new(),
            tags_for: None,
            quotes: Arc::new(Vec::new()),
            shown: Shown::Nothing,
            stories: Arc::new(Stories::default()),
            groups: Arc::new(QuoteGroups::default()),
            sort: (SortBy::Article, true),
            speaker: None,
            kinds: [true; 3],
            text_filter: String::new(),
            open_article_only: false,
            selected: None,
            matrix: false,
            generation: 0,
            speaker_counts: Arc::new(Vec::new()),
            listed: Arc::new(Vec::new()),
            rows_cache: None,
            by_article: ByArticle::default(),
            step: 0,
        }
    }

    /// Selects the row this many rows below (above, when negative) the selected one.
    pub fn step(&mut self, rows: i32) {
        self.step += rows;
    }

    /// The row the keyboard moves the selection to, if it asked to.
    fn stepped(&mut self, rows: &[&Quote]) -> Option<usize> {
        let step = std::mem::take(&mut self.step);
        if step == 0 {
            return None; // no scan of the rows on a frame without a step
        }
        let at = self
            .selected
            .as_ref()
            .and_then(|id| rows.iter().position(|q| q.has_id(id)));
        super::stepped_row(at, rows.len(), step)
    }

    /// Shows the workspace's extraction (every item, not-speech ones included) and its stories
    /// and quotation groups, with the session's corrections laid over it.
    pub fn show(
        &mut self,
        extracted: Arc<Vec<Quote>>,
        stories: Arc<Stories>,
        groups: Arc<QuoteGroups>,
        corrections: &Corrections,
        articles: &[Arc<Article>],
    ) {
        self.extracted = extracted;
        self.stories = stories;
        self.groups = groups;
        self.shown = Shown::Everything;
        self.relayer(corrections, articles);
    }

    /// Shows the quotations of the workspace while its stories are still being grouped.
    pub fn show_quotes(
        &mut self,
        extracted: Arc<Vec<Quote>>,
        corrections: &Corrections,
        articles: &[Arc<Article>],
    ) {
        let (stories, groups) = (Arc::clone(&self.stories), Arc::clone(&self.groups));
        self.show(extracted, stories, groups, corrections, articles);
        self.shown = Shown::Quotes;
    }

    /// Shows the stories of the workspace and the quotations found in several articles.
    pub fn show_stories(&mut self, stories: Arc<Stories>, groups: Arc<QuoteGroups>) {
        self.stories = stories;
        self.groups = groups;
        self.shown = Shown::Everything;
    }

    /// Lays the corrections over the extraction again (after a correction, an undo, or a
    /// session opened).
    pub fn relayer(&mut self, corrections: &Corrections, articles: &[Arc<Article>]) {
        let mut quotes = (*self.extracted).clone();
        let report = corrections.apply(&mut quotes, articles);
        self.failed_corrections = report.failed.len();
        self.quotes = Arc::new(quotes.into_iter().filter(|q| q.kind.is_speech()).collect());
        self.by_article = ByArticle::new(&self.quotes);
        self.speaker_counts = speaker_counts(&self.quotes);
        self.listed = Arc::new(speaker_list(&self.quotes));
        self.generation += 1;
        // The correction bar's field shows the selected row's speaker as it is now (after a
        // split, a merge or an undo), not the name it had.
        if let Some(name) = self.selected().map(|q| q.speaker_name().to_owned()) {
            self.speaker_edit = name;
        }
    }

    /// Copies of one story among the articles (empty until extraction ends).
    pub fn stories(&self) -> &Arc<Stories> {
        &self.stories
    }

    /// How many articles carry the same quotation (1 when only this one).
    pub fn copies_of(&self, id: &QuoteId) -> usize {
        self.groups
            .group_of(id)
            .map_or(1, |g| self.groups.copies(&g).len())
    }

    /// Corrections that no longer match the text.
    pub fn failed_corrections(&self) -> usize {
        self.failed_corrections
    }

    /// The filters as the analyst left them (kept in the session).
    pub fn filter_state(&self) -> QuoteFilterState {
        let names = ["direct", "partial", "reported"];
        QuoteFilterState {
            text: self.text_filter.clone(),
            speaker: self.speaker.clone(),
            open_article_only: self.open_article_only,
            kinds: names
                .iter()
                .zip(self.kinds)
                .filter(|(_, on)| *on)
                .map(|(n, _)| (*n).to_owned())
                .collect(),
            sort: Some((self.sort.0.name().to_owned(), self.sort.1)),
        }
    }

    /// Restores filters kept in a session.
    pub fn set_filter_state(&mut self, state: &QuoteFilterState) {
        state.text.clone_into(&mut self.text_filter);
        self.speaker.clone_from(&state.speaker);
        self.open_article_only = state.open_article_only;
        if !state.kinds.is_empty() {
            for (on, name) in self.kinds.iter_mut().zip(["direct", "partial", "reported"]) {
                *on = state.kinds.iter().any(|k| k == name);
            }
        }
        if let Some((by, ascending)) = &state.sort
            && let Some(by) = SortBy::from_name(by)
        {
            self.sort = (by, *ascending);
        }
    }

    /// The quotations as the table shows them now: filtered and sorted (what export writes).
    pub fn visible(&mut self, app: &AppContext<'_>) -> Vec<Quote> {
        let rows = self.rows(app);
        rows.iter()
            .filter_map(|&i| self.quotes.get(i).cloned())
            .collect()
    }

    /// Every quotation (after corrections), in extraction order.
    pub fn all(&self) -> &[Quote] {
        &self.quotes
    }

    /// True while extraction runs.
    pub fn loading(&self) -> bool {
        self.shown == Shown::Nothing
    }

    /// True while the stories are being grouped (after the quotations are shown).
    pub fn stories_loading(&self) -> bool {
        self.shown != Shown::Everything
    }

    /// Number of quotations and statements found.
    pub fn count(&self) -> usize {
        self.quotes.len()
    }

    /// The quote with this id.
    pub fn quote(&self, id: &QuoteId) -> Option<&Quote> {
        self.by_article
            .of(&self.quotes, id.article())
            .find(|q| q.has_id(id))
    }

    /// Marks the quote as selected; returns its article and where it starts.
    pub fn select(&mut self, id: &QuoteId) -> Option<(ArticleId, usize)> {
        let q = self.quote(id)?;
        let target = (q.article.clone(), q.span.bytes().start);
        self.speaker_edit = q.speaker_name().to_owned();
        self.selected = Some(id.clone());
        Some(target)
    }

    /// The selected quotation.
    pub fn selected(&self) -> Option<&Quote> {
        self.selected.as_ref().and_then(|id| self.quote(id))
    }

    /// Highlights for the open article: every quotation in it, and the selected one's speaker.
    pub fn highlights_in(&self, article: &ArticleId) -> Vec<Highlight> {
        let mut out = Vec::new();
        for q in self.by_article.of(&self.quotes, article) {
            out.push(Highlight {
                range: q.span.bytes(),
                style: QUOTE,
            });
            if self.selected.as_ref().is_some_and(|id| q.has_id(id))
                && let Some(m) = q.speaker.as_ref().and_then(|s| s.mention_span.as_ref())
            {
                out.push(Highlight {
                    range: m.bytes(),
                    style: SPEAKER,
                });
            }
        }
        out
    }

    fn kind_shown(&self, kind: QuoteKind) -> bool {
        match kind {
            QuoteKind::Direct => self.kinds[0],
            QuoteKind::Partial => self.kinds[1],
            QuoteKind::Reported => self.kinds[2],
            QuoteKind::NotSpeech => false,
        }
    }

    /// The rows to show, as indices into the quotes: filtered and sorted again only when the
    /// quotes or a filter changed (sorting 50,000 rows each frame would make scrolling stutter).
    fn rows(&mut self, app: &AppContext<'_>) -> Arc<Vec<usize>> {
        let open = if self.open_article_only {
            app.selected.cloned()
        } else {
            None
        };
        let key: RowKey = (
            self.sort,
            self.speaker.clone(),
            self.kinds,
            self.text_filter.clone(),
            open,
            self.generation,
        );
        if let Some((k, rows)) = &self.rows_cache
            && *k == key
        {
            return Arc::clone(rows);
        }
        let rows = Arc::new(self.filtered(app));
        self.rows_cache = Some((key, Arc::clone(&rows)));
        rows
    }

    fn filtered(&self, app: &AppContext<'_>) -> Vec<usize> {
        let all = &self.quotes;
        let key = fold_for_compare(&self.text_filter);
        let text = |q: &Quote| app.corpus.article(&q.article).map_or("", |a| q.text(a));
        let mut rows: Vec<usize> = (0..all.len())
            .filter(|&i| {
                let q = &all[i];
                self.kind_shown(q.kind)
                    && self.speaker.as_deref().is_none_or(|s| listed_as(q) == s)
                    && (!self.open_article_only || Some(&q.article) == app.selected)
                    && (key.is_empty()
                        || fold_for_compare(text(q)).contains(&key)
                        || fold_for_compare(q.speaker_name()).contains(&key))
            })
            .collect();
        let position = |q: &Quote| app.corpus.position(&q.article);
        let meta = |q: &Quote| app.corpus.article(&q.article).map(|a| &a.meta);
        let (by, ascending) = self.sort;
        rows.sort_by(|&a, &b| {
            let (a, b) = (&all[a], &all[b]);
            let order = match by {
                SortBy::Speaker => a.speaker_name().cmp(b.speaker_name()),
                SortBy::Quote => text(a).cmp(text(b)),
                SortBy::Kind => a.kind.cmp(&b.kind),
                SortBy::Confidence => a.confidence.total_cmp(&b.confidence),
                SortBy::Article => position(a)
                    .cmp(&position(b))
                    .then(a.span.bytes().start.cmp(&b.span.bytes().start)),
                SortBy::Outlet => meta(a).map(|m| &m.outlet).cmp(&meta(b).map(|m| &m.outlet)),
                SortBy::Date => meta(a)
                    .and_then(|m| m.date)
                    .cmp(&meta(b).and_then(|m| m.date)),
            };
            if ascending { order } else { order.reverse() }
        });
        rows
    }

    /// Shows the view (the app polls for the extraction each frame).
    pub fn ui(&mut self, app: &AppContext<'_>, ui: &mut Ui, commands: &mut Vec<Command>) {
        // The speaker list at the reading side (the right in Arabic, the left in English), the
        // table after it.
        let speakers_width = (ui.available_width() * 0.3).clamp(150.0, 250.0);
        let rtl = i18n::rtl();
        let table = Size::remainder().at_least(300.0);
        // The speaker list gives way in a narrow window.
        let speakers = Size::exact(speakers_width);
        let (first, second) = if rtl {
            (table, speakers)
        } else {
            (speakers, table)
        };
        StripBuilder::new(ui)
            .clip(true)
            .size(first)
            .size(second)
            .horizontal(|mut strip| {
                if rtl {
                    strip.cell(|ui| self.table_area_ui(app, ui, commands));
                    strip.cell(|ui| self.speakers_ui(app, ui));
                } else {
                    strip.cell(|ui| self.speakers_ui(app, ui));
                    strip.cell(|ui| self.table_area_ui(app, ui, commands));
                }
            });
    }

    fn table_area_ui(&mut self, app: &AppContext<'_>, ui: &mut Ui, commands: &mut Vec<Command>) {
        ui.with_layout(i18n::column_layout(), |ui| {
            ui.add_space(6.0);
            ui.horizontal_wrapped(|ui| {
                ui.with_layout(i18n::row_layout(Align::Center).with_main_wrap(true), |ui| {
                    let (label, hint) = (tr!("quotes-filter"), tr!("quotes-filter-hint"));
                    ArabicInput::new(&mut self.text_filter, QUOTE_FILTER, app.ui_face(16.0))
                        .label(&label)
                        .hint(&hint)
                        .width(260.0)
                        .show(ui);
                    let kinds = [QuoteKind::Direct, QuoteKind::Partial, QuoteKind::Reported];
                    for (on, kind) in self.kinds.iter_mut().zip(kinds) {
                        ui.checkbox(on, widget_text(ui, i18n::kind_label(kind)));
                    }
                    let open_only = widget_text(ui, tr!("quotes-open-article-only"));
                    ui.checkbox(&mut self.open_article_only, open_only);
                    if let Some(s) = self.speaker.clone() {
                        let clear = widget_text(ui, tr!("quotes-clear-speaker"));
                        let hover = widget_text(ui, tr!("quotes-clear-speaker-hover"));
                        if ui.button(clear).on_hover_text(hover).clicked() {
                            self.speaker = None;
                        }
                        text::line(ui, &s, &app.ui_face(15.0));
                    }
                });
            });
            let all = Arc::clone(&self.quotes);
            let indices = self.rows(app);
            let rows: Vec<&Quote> = indices.iter().filter_map(|&i| all.get(i)).collect();
            let summary = if self.loading() {
                tr!("quotes-extracting")
            } else {
                tr!(
                    "quotes-summary",
                    shown = rows.len(),
                    count = self.quotes.len()
                )
            };
            text::line(ui, &summary, &app.weak_face(14.0));
            ui.horizontal(|ui| {
                let table = widget_text(ui, tr!("quotes-table"));
                ui.selectable_value(&mut self.matrix, false, table);
                let matrix = widget_text(ui, tr!("quotes-matrix"));
                ui.selectable_value(&mut self.matrix, true, matrix);
            });
            if self.matrix {
                ui.separator();
                super::speaker_matrix::matrix_ui(app, ui, &rows);
                return;
            }
            super::quote_edit::correction_ui(self, app, ui, commands);
            ui.separator();
            let selected = self.selected().cloned();
            let article = selected
                .as_ref()
                .and_then(|q| app.corpus.article(&q.article))
                .map(Arc::clone);
            // The table above, the selected row in full below it.
            let detail_height = (ui.available_height() * 0.35).clamp(100.0, 300.0);
            StripBuilder::new(ui)
                .clip(true)
                .size(Size::remainder().at_least(120.0))
                .size(Size::exact(detail_height))
                .vertical(|mut strip| {
                    strip.cell(|ui| self.table_ui(app, ui, &rows, commands));
                    strip.cell(|ui| {
                        ui.separator();
                        super::quote_detail::detail_ui(
                            app,
                            ui,
                            selected.as_ref(),
                            article.as_deref(),
                        );
                    });
                });
        });
    }

    fn table_ui(
        &mut self,
        app: &AppContext<'_>,
        ui: &mut Ui,
        rows: &[&Quote],
        commands: &mut Vec<Command>,
    ) {
        let face = app.ui_face(15.0);
        let weak = app.weak_face(13.5);
        let row_height = face.line_height(ui.ctx()) + 6.0;
        let columns = fitted_columns(ui.available_width(), i18n::rtl());
        let stepped = self.stepped(rows);
        if let Some(q) = stepped.and_then(|i| rows.get(i)) {
            commands.push(Command::SelectQuote(q.id()));
        }
        let mut table = TableBuilder::new(ui)
            .striped(true)
            .resizable(true)
            .sense(Sense::click())
            .cell_layout(Layout::right_to_left(Align::Center));
        if let Some(i) = stepped {
            table = table.scroll_to_row(i, None);
        }
        for (by, _, w) in &columns {
            table = table.column(if *by == SortBy::Quote {
                Column::remainder().at_least(*w).clip(true)
            } else {
                Column::initial(*w).at_least(40.0).clip(true)
            });
        }
        table
            .header(24.0, |mut header| {
                for (by, name, _) in &columns {
                    header.col(|ui| {
                        let arrow = if self.sort.0 == *by {
                            if self.sort.1 { " ^" } else { " v" }
                        } else {
                            ""
                        };
                        let label = widget_text(ui, format!("{}{arrow}", i18n::text(name)));
                        if ui.button(label).clicked() {
                            self.sort = if self.sort.0 == *by {
                                (*by, !self.sort.1)
                            } else {
                                (*by, true)
                            };
                        }
                    });
                }
            })
            .body(|body| {
                body.rows(row_height, rows.len(), |mut row| {
                    let Some(q) = rows.get(row.index()) else {
                        return;
                    };
                    let article = app.corpus.article(&q.article);
                    row.set_selected(self.selected.as_ref().is_some_and(|id| q.has_id(id)));
                    for (by, _, _) in &columns {
                        row.col(|ui| self.cell_ui(ui, *by, q, article, &face, &weak));
                    }
                    let response = row.response();
                    if response.double_clicked() {
                        commands.push(Command::OpenQuote(q.id()));
                    } else if response.clicked() {
                        commands.push(Command::SelectQuote(q.id()));
                    }
                });
            });
    }

    /// One cell of the table: the column `by` of the quotation `q`.
    fn cell_ui(
        &self,
        ui: &mut Ui,
        by: SortBy,
        q: &Quote,
        article: Option<&Arc<Article>>,
        face: &Face,
        weak: &Face,
    ) {
        match by {
            SortBy::Date => {
                let date = article.and_then(|a| a.meta.date).map(|d| d.to_string());
                text::line(ui, &date.unwrap_or_default(), weak);
            }
            SortBy::Outlet => {
                let outlet = article.and_then(|a| a.meta.outlet.as_deref());
                text::line(ui, outlet.unwrap_or_default(), weak);
            }
            SortBy::Article => {
                let title = article.map(|a| a.display_title()).unwrap_or_default();
                let cell = text::line(ui, &title, weak);
                whole_on_hover(&cell, &title, weak);
            }
            // How sure the rules are of the speaker: sort by it to review the weakest.
            SortBy::Confidence => {
                text::line(ui, &format!("{:.0}%", q.confidence * 100.0), weak);
            }
            SortBy::Kind => kind_cell_ui(ui, q, self.copies_of(&q.id()), weak),
            SortBy::Quote => {
                let quote = article.map_or("", |a| q.text(a));
                let cell = text::line(ui, quote, face);
                whole_on_hover(&cell, quote, face);
            }
            SortBy::Speaker => {
                let name = q.speaker_name();
                let cell = text::line(ui, if name.is_empty() { "—" } else { name }, face);
                let mention = q.speaker.as_ref().map_or("", |s| &s.mention);
                if !mention.is_empty() && mention != name {
                    whole_on_hover(&cell, &format!("{name} — {mention}"), face);
                }
            }
        }
    }
}

/// A cell cut at its column's edge shows its whole text on hover, laid out by Isnad's Arabic
/// renderer (egui's own tooltip text cannot shape Arabic).
pub(super) fn whole_on_hover(cell: &egui::Response, whole: &str, face: &Face) {
    if whole.is_empty() {
        return;
    }
    cell.clone().on_hover_ui(|ui| {
        ui.set_max_width(480.0);
        text::label(ui, whole, face);
    });
}

/// The kind of a quotation, with how many articles carry the same quotation.
fn kind_cell_ui(ui: &mut Ui, q: &Quote, copies: usize, face: &Face) {
    if copies > 1 {
        let hover = widget_text(ui, tr!("quotes-copies-hover", count = copies));
        let kind = format!("{} ×{copies}", i18n::kind_label(q.kind));
        text::line(ui, &kind, face).on_hover_text(hover);
    } else {
        text::line(ui, &i18n::kind_label(q.kind), face);
    }
}
