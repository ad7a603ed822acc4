//! The quotes table's columns: what a column sorts by, and which columns fit the pane.

use crate::gui::i18n::key;

/// A column to sort by.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum SortBy {
    Speaker,
    Quote,
    Kind,
    Confidence,
    Article,
    Outlet,
    Date,
}

impl SortBy {
    const ALL: [SortBy; 7] = [
        SortBy::Speaker,
        SortBy::Quote,
        SortBy::Kind,
        SortBy::Confidence,
        SortBy::Article,
        SortBy::Outlet,
        SortBy::Date,
    ];

    pub(super) fn name(self) -> &'static str {
        match self {
            SortBy::Speaker => "speaker",
            SortBy::Quote => "quote",
            SortBy::Kind => "kind",
            SortBy::Confidence => "confidence",
            SortBy::Article => "article",
            SortBy::Outlet => "outlet",
            SortBy::Date => "date",
        }
    }

    pub(super) fn from_name(name: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|s| s.name() == name)
    }
}

/// The columns that fit in `width`, in the table's order (the speaker at the reading side:
/// rightmost when `rtl`, else leftmost): the speaker and the quotation always, then kind,
/// confidence, article, date and outlet as room allows.
pub(super) fn fitted_columns(width: f32, rtl: bool) -> Vec<(SortBy, &'static str, f32)> {
    const GAP: f32 = 10.0;
    let needed = [
        (SortBy::Speaker, key!("column-speaker"), 160.0),
        (SortBy::Quote, key!("column-quote"), 220.0),
    ];
    let optional = [
        (SortBy::Kind, key!("column-kind"), 95.0),
        (SortBy::Confidence, key!("column-confidence"), 56.0),
        (SortBy::Article, key!("column-article"), 150.0),
        (SortBy::Date, key!("column-date"), 85.0),
        (SortBy::Outlet, key!("column-outlet"), 110.0),
    ];
    let mut used: f32 = needed.iter().map(|(_, _, w)| w + GAP).sum();
    // A pane narrower than speaker and quotation at their widths shares it between the two
    // rather than push the speaker past its edge.
    let scale = (width / used).min(1.0);
    let mut shown: Vec<SortBy> = needed.iter().map(|(by, _, _)| *by).collect();
    for (by, _, w) in optional {
        if used + w + GAP <= width {
            used += w + GAP;
            shown.push(by);
        }
    }
    let order = [
        (SortBy::Date, key!("column-date"), 85.0),
        (SortBy::Outlet, key!("column-outlet"), 110.0),
        (SortBy::Article, key!("column-article"), 150.0),
        (SortBy::Confidence, key!("column-confidence"), 56.0),
        (SortBy::Kind, key!("column-kind"), 95.0),
        (SortBy::Quote, key!("column-quote"), 220.0),
        (SortBy::Speaker, key!("column-speaker"), 160.0),
    ];
    let mut order = order.to_vec();
    if !rtl {
        order.reverse();
    }
    order
        .into_iter()
        .filter(|(by, _, _)| shown.contains(by))
        .map(|(by, name, w)| {
            let needed = matches!(by, SortBy::Speaker | SortBy::Quote);
            (
                by,
                name,
                if needed {
                    w * scale - GAP * (1.0 - scale)
                } else {
                    w
                },
            )
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn speaker_and_quote_share_a_pane_narrower_than_both() {
        for width in [240.0, 320.0, 399.0] {
            let columns = fitted_columns(width, true);
            let names: Vec<_> = columns.iter().map(|(_, n, _)| *n).collect();
            assert_eq!(names, ["column-quote", "column-speaker"], "at {width}");
            // Left to right, the speaker comes first.
            let names: Vec<_> = fitted_columns(width, false)
                .iter()
                .map(|(_, n, _)| *n)
                .collect();
            assert_eq!(names, ["column-speaker", "column-quote"], "at {width}");
            let used: f32 = columns.iter().map(|(_, _, w)| w + 10.0).sum();
            assert!(used <= width + 0.5, "{used} px of columns in {width}");
        }
        // Wide enough, they keep their widths and the others join them.
        let wide = fitted_columns(1200.0, true);
        assert!(
            wide.iter()
                .any(|(by, _, w)| *by == SortBy::Speaker && (*w - 160.0).abs() < 0.1)
        );
        assert!(wide.len() > 2);
    }
}
