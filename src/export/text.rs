//! The text formats of the export: CSV, Markdown, JSON and HTML.

use std::borrow::Cow;
use std::io::Write;

use super::FormatError;
use super::rows::{COLUMNS, Cell, Content, ExportRow};

/// The UTF-8 byte order mark: Excel takes a CSV file for UTF-8 only when it starts with one.
const BOM: &[u8] = b"\xEF\xBB\xBF";

/// Writes `rows` as CSV with a header row, after a UTF-8 byte order mark when `with_bom` (for a
/// file Excel opens; not for a pipe, where the mark would end up in the first header).
pub fn write_csv(
    rows: &[ExportRow],
    mut out: impl Write,
    with_bom: bool,
) -> Result<(), FormatError> {
    if with_bom {
        out.write_all(BOM)?;
    }
    let mut w = csv::Writer::from_writer(out);
    w.write_record(COLUMNS.iter().map(|c| c.title))?;
    for row in rows {
        w.write_record(row.cells().iter().map(|c| match c {
            Cell::Text(t) => neutralize_formula(t).into_owned(),
            Cell::Number(_) => c.text().into_owned(),
        }))?;
    }
    w.flush()?;
    Ok(())
}

/// A text cell made safe for a spreadsheet, as OWASP advises against CSV injection: a cell that
/// begins with `=`, `+`, `-`, `@`, a tab or a carriage return (which a spreadsheet would run as a
/// formula) gets a single quote in front, which spreadsheets show as text and do not run.
pub fn neutralize_formula(text: &str) -> Cow<'_, str> {
    if text.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        Cow::Owned(format!("'{text}"))
    } else {
        Cow::Borrowed(text)
    }
}

/// Writes `rows` as a pretty-printed JSON array of objects (tags and notes as arrays).
pub fn write_json(rows: &[ExportRow], mut out: impl Write) -> Result<(), FormatError> {
    serde_json::to_writer_pretty(&mut out, rows)?;
    out.write_all(b"\n")?;
    Ok(())
}

/// A cell's text made safe inside a Markdown table cell: pipes and the characters that start
/// emphasis, code, links or HTML are backslash-escaped; line breaks become `<br>`.
fn markdown_cell(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\\' | '|' | '*' | '_' | '`' | '[' | ']' | '<' | '>' => {
                out.push('\\');
                out.push(c);
            }
            '\r' => {
                if chars.peek() != Some(&'\n') {
                    out.push_str("<br>");
                }
            }
            '\n' => out.push_str("<br>"),
            _ => out.push(c),
        }
    }
    out
}

/// Writes `rows` as a Markdown pipe table.
pub fn write_markdown(rows: &[ExportRow], mut out: impl Write) -> Result<(), FormatError> {
    let line = |cells: &mut dyn Iterator<Item = String>| {
        let mut s = String::from("|");
        for cell in cells {
            s.push(' ');
            s.push_str(&cell);
            s.push_str(" |");
        }
        s.push('\n');
        s
    };
    out.write_all(line(&mut COLUMNS.iter().map(|c| markdown_cell(c.title))).as_bytes())?;
    let rule = COLUMNS.iter().map(|c| match c.content {
        Content::Number => "---:".to_owned(),
        _ => "---".to_owned(),
    });
    out.write_all(line(&mut rule.into_iter()).as_bytes())?;
    for row in rows {
        let cells = row.cells();
        let mut texts = cells.iter().map(|c| markdown_cell(&c.text()));
        out.write_all(line(&mut texts).as_bytes())?;
    }
    Ok(())
}

/// Text made safe in HTML content and attribute values.
fn html_escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            _ => out.push(c),
        }
    }
    out
}

const HTML_HEAD: &str = r#"<!DOCTYPE html>
<html lang="ar" dir="rtl">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="Isnad">
<title>الاقتباسات — Quotes</title>
<style>
body { font-family: "Noto Naskh Arabic", "Amiri", "Noto Sans Arabic", "Segoe UI", "Geeza Pro", Tahoma, Arial, sans-serif; font-size: 16px; line-height: 1.6; margin: 1.5em; }
table { border-collapse: collapse; }
caption { text-align: start; font-weight: bold; padding-bottom: 0.5em; }
th, td { border: 1px solid #bbb; padding: 0.3em 0.5em; vertical-align: top; text-align: start; }
th { background: #eee; position: sticky; top: 0; }
td.prose { min-width: 20em; max-width: 40em; white-space: pre-wrap; }
td.ltr { direction: ltr; text-align: end; white-space: nowrap; font-family: ui-monospace, Menlo, Consolas, monospace; font-size: 0.85em; }
td.number { direction: ltr; text-align: end; font-variant-numeric: tabular-nums; }
</style>
</head>
<body>
"#;

/// Writes `rows` as a complete right-to-left HTML page holding one table.
pub fn write_html(rows: &[ExportRow], mut out: impl Write) -> Result<(), FormatError> {
    out.write_all(HTML_HEAD.as_bytes())?;
    writeln!(out, "<table>")?;
    writeln!(
        out,
        "<caption>{} quotations · {} اقتباسا</caption>",
        rows.len(),
        rows.len()
    )?;
    write!(out, "<thead><tr>")?;
    for c in &COLUMNS {
        write!(out, "<th scope=\"col\">{}</th>", html_escape(c.title))?;
    }
    writeln!(out, "</tr></thead>")?;
    writeln!(out, "<tbody>")?;
    for row in rows {
        write!(out, "<tr>")?;
        for (column, cell) in COLUMNS.iter().zip(row.cells().iter()) {
            let class = match column.content {
                Content::Text => "",
                Content::Prose => " class=\"prose\"",
                Content::Code | Content::Date => " class=\"ltr\"",
                Content::Number => " class=\"number\"",
            };
            write!(out, "<td{class}>{}</td>", html_escape(&cell.text()))?;
        }
        writeln!(out, "</tr>")?;
    }
    writeln!(out, "</tbody>\n</table>\n</body>\n</html>")?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::{html_escape, markdown_cell, neutralize_formula};

    #[test]
    fn csv_formula_injection_is_neutralized() {
        for cell in ["=HYPERLINK(\"x\")", "+1", "-2+3", "@SUM(A1)", "\tx", "\rx"] {
            assert_eq!(neutralize_formula(cell), format!("'{cell}"));
        }
        assert_eq!(neutralize_formula("قال «=»"), "قال «=»");
    }

    #[test]
    fn markdown_cells_cannot_break_the_table() {
        assert_eq!(
            markdown_cell("الأول | الثاني\r\nسطر *جديد*"),
            "الأول \\| الثاني<br>سطر \\*جديد\\*"
        );
    }

    #[test]
    fn html_text_cannot_open_tags() {
        assert_eq!(
            html_escape("<b>\"أ\" & 'ب'</b>"),
            "&lt;b&gt;&quot;أ&quot; &amp; &#39;ب&#39;&lt;/b&gt;"
        );
    }
}
