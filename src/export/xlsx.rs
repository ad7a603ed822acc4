//! The XLSX format: one right-to-left sheet with a bold frozen header, an autofilter, widths per
//! column and wrapped prose, written with `rust_xlsxwriter`.

use std::io::Write;

use rust_xlsxwriter::{
    Color, ExcelDateTime, Format, FormatAlign, FormatBorder, Workbook, Worksheet, XlsxError,
};

use super::FormatError;
use super::rows::{COLUMNS, Cell, Column, Content, ExportRow};
use crate::corpus::Date;

/// The sheet's name.
pub const SHEET_NAME: &str = "Quotes";

/// The font of every cell. Arial has Arabic letters on Windows and macOS, where Excel runs;
/// other spreadsheet programs substitute a face of the same metrics and fall back per glyph.
const FONT: &str = "Arial";

/// The most characters Excel keeps in a cell.
const MAX_CELL_CHARS: usize = 32_767;

/// Reading direction codes of a cell format.
const RIGHT_TO_LEFT: u8 = 2;

/// Writes `rows` as an XLSX workbook.
pub fn write(rows: &[ExportRow], mut out: impl Write) -> Result<(), FormatError> {
    let mut workbook = Workbook::new();
    let sheet = workbook.add_worksheet_with_constant_memory()?;
    fill(sheet, rows)?;
    out.write_all(&workbook.save_to_buffer()?)?;
    Ok(())
}

fn fill(sheet: &mut Worksheet, rows: &[ExportRow]) -> Result<(), XlsxError> {
    sheet.set_name(SHEET_NAME)?;
    sheet.set_right_to_left(true);

    let header = Format::new()
        .set_font_name(FONT)
        .set_bold()
        .set_background_color(Color::RGB(0x00E8_ECEF))
        .set_border_bottom(FormatBorder::Thin)
        .set_align(FormatAlign::Top)
        .set_text_wrap();
    let formats: Vec<Format> = COLUMNS.iter().map(cell_format).collect();
    for (col, column) in (0u16..).zip(COLUMNS.iter()) {
        sheet.set_column_width(col, column.width)?;
        sheet.write_string_with_format(0, col, column.title, &header)?;
    }

    for (row_index, row) in (1u32..).zip(rows) {
        for ((col, cell), format) in (0u16..).zip(row.cells()).zip(&formats) {
            match cell {
                Cell::Number(n) => {
                    sheet.write_number_with_format(row_index, col, n as f64, format)?;
                }
                Cell::Text(text) => {
                    if let Some(date) = COLUMNS
                        .get(usize::from(col))
                        .filter(|c| c.content == Content::Date)
                        .and_then(|_| excel_date(&text))
                    {
                        sheet.write_datetime_with_format(row_index, col, &date, format)?;
                    } else if !text.is_empty() {
                        sheet.write_string_with_format(row_index, col, fit(&text), format)?;
                    }
                }
            }
        }
    }

    sheet.set_freeze_panes(1, 0)?;
    // Printed: landscape, the header on every page.
    sheet.set_landscape();
    sheet.set_repeat_rows(0, 0)?;
    let last_row = u32::try_from(rows.len()).unwrap_or(u32::MAX);
    let last_col = u16::try_from(COLUMNS.len().saturating_sub(1)).unwrap_or(0);
    sheet.autofilter(0, 0, last_row, last_col)?;
    Ok(())
}

fn cell_format(column: &Column) -> Format {
    let base = Format::new()
        .set_font_name(FONT)
        .set_align(FormatAlign::Top);
    match column.content {
        Content::Text => base.set_reading_direction(RIGHT_TO_LEFT),
        Content::Prose => base.set_reading_direction(RIGHT_TO_LEFT).set_text_wrap(),
        Content::Code => base,
        Content::Date => base.set_num_format("yyyy-mm-dd"),
        Content::Number => base.set_num_format("0"),
    }
}

/// A real date cell for `YYYY-MM-DD`, so that the autofilter offers years and months.
fn excel_date(text: &str) -> Option<ExcelDateTime> {
    if text.len() != "YYYY-MM-DD".len() {
        return None;
    }
    let date = Date::parse_iso(text)?;
    ExcelDateTime::from_ymd(date.year, date.month, date.day).ok()
}

/// The text cut to what a cell holds (a sentence that long is page debris, not prose).
fn fit(text: &str) -> &str {
    match text.char_indices().nth(MAX_CELL_CHARS) {
        Some((end, _)) => text.get(..end).unwrap_or(text),
        None => text,
    }
}
