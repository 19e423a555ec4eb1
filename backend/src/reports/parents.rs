//! The parents' version of a published report: no appeal text, every count from 1 to 2
//! shown as "<3", and the year's trend from the school's published reports.

use entity::{monthly_report, school};

use super::month::Month;
use super::service::stored_figures;
use super::suppression::shown;
use super::views::{ParentsReport, ShownCategory, ShownMonth};
use crate::error::ApiError;

/// The parents' version of `row` (a published version), with the year's trend from
/// `published` (the school's newest published version of each month).
pub fn parents_report(
    school: &school::Model,
    row: &monthly_report::Model,
    published: &[monthly_report::Model],
) -> Result<ParentsReport, ApiError> {
    let figures = stored_figures(row)?;
    let year = Month::parse(&row.month).map(Month::year);
    let mut trend = Vec::new();
    for other in published.iter().rev() {
        let month = Month::parse(&other.month);
        if month.map(Month::year) == year && other.month <= row.month {
            trend.push(ShownMonth {
                month: other.month.clone(),
                registered: shown(stored_figures(other)?.registered),
            });
        }
    }
    Ok(ParentsReport {
        school: school.slug.clone(),
        school_name: school.name.clone(),
        month: row.month.clone(),
        version: row.version,
        published_at: row.published_at,
        changes: row.changes.clone(),
        narrative: row.narrative.clone(),
        found: shown(figures.found_online + figures.found_paper),
        registered: shown(figures.registered),
        urgent: shown(figures.urgent),
        referred: shown(figures.referrals.iter().map(|entry| entry.count).sum()),
        answered: shown(figures.answered_in_time + figures.answered_late),
        answered_in_time: shown(figures.answered_in_time),
        open_at_end: shown(figures.open_at_end),
        by_category: figures
            .by_category
            .iter()
            .map(|entry| ShownCategory {
                category: entry.category,
                count: shown(entry.count),
            })
            .collect(),
        openings: figures.openings.len() as i64,
        box_openings: figures.openings_kept(),
        trend,
        published_months: published.iter().map(|row| row.month.clone()).collect(),
    })
}
