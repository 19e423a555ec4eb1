//! The full report as CSV and XLSX: one row per figure, the same rows in both.

use rust_xlsxwriter::{Format, Workbook};

use super::views::MonthlyReport;
use crate::error::ApiError;

/// One row of the export: a section, an item and its value.
type Row = (String, String, String);

fn rows(report: &MonthlyReport) -> Vec<Row> {
    let figures = &report.figures;
    let mut rows: Vec<Row> = Vec::new();
    let mut push = |section: &str, item: &str, value: String| {
        rows.push((section.to_owned(), item.to_owned(), value));
    };
    push("report", "school", report.school_name.clone());
    push("report", "month", report.month.clone());
    push("report", "version", report.version.to_string());
    push(
        "report",
        "status",
        format!("{:?}", report.status).to_lowercase(),
    );
    if let Some(at) = report.published_at {
        push("report", "published_at", at.to_rfc3339());
    }
    if let Some(changes) = &report.changes {
        push("report", "changes", changes.clone());
    }
    if let Some(head) = &report.journal_head {
        push("report", "journal_head_seq", head.seq.to_string());
        push("report", "journal_head_hash", head.hash.clone());
    }
    push("appeals", "found_online", figures.found_online.to_string());
    push("appeals", "found_paper", figures.found_paper.to_string());
    for reason in &figures.not_accepted {
        let name = serde_json::to_value(reason.reason)
            .ok()
            .and_then(|value| value.as_str().map(str::to_owned))
            .unwrap_or_default();
        push("not_accepted", &name, reason.count.to_string());
    }
    for refused in &figures.refused_at_the_door {
        push(
            "refused_at_the_door",
            refused.reason.code(),
            refused.count.to_string(),
        );
    }
    push("appeals", "registered", figures.registered.to_string());
    push("appeals", "urgent", figures.urgent.to_string());
    push(
        "appeals",
        "answered_in_time",
        figures.answered_in_time.to_string(),
    );
    push(
        "appeals",
        "answered_late",
        figures.answered_late.to_string(),
    );
    push("appeals", "open_at_end", figures.open_at_end.to_string());
    push(
        "appeals",
        "overdue_at_end",
        figures.overdue_at_end.to_string(),
    );
    push(
        "appeals",
        "median_days_to_answer",
        figures
            .median_days_to_answer
            .map(|days| days.to_string())
            .unwrap_or_default(),
    );
    for entry in &figures.by_category {
        push("category", &entry.category.code(), entry.count.to_string());
    }
    for entry in &figures.referrals {
        push("referrals", &entry.name_en, entry.count.to_string());
    }
    for opening in &figures.openings {
        push(
            "openings",
            opening.act_number.as_deref().unwrap_or(""),
            opening.signed_on.to_string(),
        );
    }
    push(
        "openings",
        "kept",
        figures.openings_kept().code().to_owned(),
    );
    push("narrative", "text", report.narrative.clone());
    // The narrative in the other languages that have one of their own.
    for (language, text) in [
        ("ky", &report.narratives.ky),
        ("ru", &report.narratives.ru),
        ("en", &report.narratives.en),
    ] {
        if let Some(text) = text.as_ref().filter(|_| language != report.language) {
            push("narrative", &format!("text_{language}"), text.clone());
        }
    }
    rows
}

fn csv_field(value: &str) -> String {
    // A leading =, +, - or @ (or a TAB or CR before one) would be run as a formula by a
    // spreadsheet: quote it away.
    let guarded = if value.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        format!("'{value}")
    } else {
        value.to_owned()
    };
    if guarded.contains([',', '"', '\n', '\r']) || guarded != value {
        format!("\"{}\"", guarded.replace('"', "\"\""))
    } else {
        guarded
    }
}

/// The report as CSV (UTF-8 with a byte-order mark, so spreadsheets read Cyrillic).
pub fn csv(report: &MonthlyReport) -> Vec<u8> {
    let mut text = String::from("\u{feff}section,item,value\r\n");
    for (section, item, value) in rows(report) {
        text.push_str(&format!(
            "{},{},{}\r\n",
            csv_field(&section),
            csv_field(&item),
            csv_field(&value)
        ));
    }
    text.into_bytes()
}

/// The report as an XLSX workbook.
pub fn xlsx(report: &MonthlyReport) -> Result<Vec<u8>, ApiError> {
    let failed = |error: rust_xlsxwriter::XlsxError| {
        ApiError::Unexpected(anyhow::anyhow!("cannot write the workbook: {error}"))
    };
    let mut workbook = Workbook::new();
    let bold = Format::new().set_bold();
    let sheet = workbook.add_worksheet();
    sheet.set_name(&report.month).map_err(failed)?;
    for (column, title) in ["section", "item", "value"].iter().enumerate() {
        sheet
            .write_string_with_format(0, column as u16, *title, &bold)
            .map_err(failed)?;
    }
    for (index, (section, item, value)) in rows(report).into_iter().enumerate() {
        let row = index as u32 + 1;
        sheet.write_string(row, 0, section).map_err(failed)?;
        sheet.write_string(row, 1, item).map_err(failed)?;
        match value.parse::<i64>() {
            Ok(number) => sheet.write_number(row, 2, number as f64).map_err(failed)?,
            Err(_) => sheet.write_string(row, 2, value).map_err(failed)?,
        };
    }
    sheet.set_column_width(0, 14).map_err(failed)?;
    sheet.set_column_width(1, 34).map_err(failed)?;
    sheet.set_column_width(2, 60).map_err(failed)?;
    workbook.save_to_buffer().map_err(failed)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn csv_fields_are_quoted_and_formulas_defused() {
        assert_eq!(csv_field("plain"), "plain");
        assert_eq!(csv_field("a,b"), "\"a,b\"");
        assert_eq!(csv_field("say \"hi\""), "\"say \"\"hi\"\"\"");
        assert_eq!(csv_field("=HYPERLINK(1)"), "\"'=HYPERLINK(1)\"");
        assert_eq!(csv_field("\t=1+1"), "\"'\t=1+1\"");
        assert_eq!(csv_field("\r=1+1"), "\"'\r=1+1\"");
    }
}
