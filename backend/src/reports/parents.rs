//! The parents' version of a published report: no appeal text, every count from 1 to 2
//! shown as "<3" (and a part hidden as "—" where a total would give a small rest away), and
//! the year's trend from the school's published reports.

use entity::{monthly_report, school};

use super::month::Month;
use super::service::stored_figures;
use super::suppression::{shown, shown_beside_total};
use super::views::{ParentsReport, ShownCategory, ShownMonth};
use crate::error::ApiError;

/// The parents' version of `row` (a published version) in `language` (the school's name and
/// the narrative in it, else in the school's language), with the year's trend from
/// `published` (the school's newest published version of each month).
pub fn parents_report(
    school: &school::Model,
    row: &monthly_report::Model,
    published: &[monthly_report::Model],
    language: &str,
) -> Result<ParentsReport, ApiError> {
    let figures = stored_figures(row)?;
    let year = Month::parse(&row.month).map(Month::year);
    let mut trend = Vec::new();
    for other in published.iter().rev() {
        let month = Month::parse(&other.month);
        if month.map(Month::year) == year && other.month <= row.month {
            let figures = stored_figures(other)?;
            trend.push(ShownMonth {
                month: other.month.clone(),
                // As that month's own report shows it.
                registered: shown_beside_total(
                    &shown(figures.found_online + figures.found_paper),
                    shown(figures.registered),
                ),
            });
        }
    }
    // Totals shown beside one of their parts, whose other part is not shown: the part hides
    // when the reader could subtract a small count (answers given late, appeals found and not
    // registered).
    let found = shown(figures.found_online + figures.found_paper);
    let registered = shown_beside_total(&found, shown(figures.registered));
    let answered = shown(figures.answered_in_time + figures.answered_late);
    let answered_in_time = shown_beside_total(&answered, shown(figures.answered_in_time));
    Ok(ParentsReport {
        school: school.slug.clone(),
        school_name: school.names.shown(language, &school.name).to_owned(),
        month: row.month.clone(),
        version: row.version,
        published_at: row.published_at,
        changes: row.changes.clone(),
        narrative: row.narratives.shown(language, &row.narrative).to_owned(),
        narrative_language: narrative_language(school, row, language).to_owned(),
        found,
        registered,
        urgent: shown(figures.urgent),
        referred: shown(figures.referrals.iter().map(|entry| entry.count).sum()),
        answered,
        answered_in_time,
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

/// The language the narrative shown in `language` is written in: that one when it has its
/// own, else the one the school's narrative was written in (the school's language then).
fn narrative_language<'a>(
    school: &'a school::Model,
    row: &monthly_report::Model,
    language: &'a str,
) -> &'a str {
    if row.narratives.get(language).is_some() {
        return language;
    }
    entity::localized::LANGUAGES
        .into_iter()
        .find(|other| row.narratives.get(other) == Some(row.narrative.as_str()))
        .unwrap_or(&school.default_language)
}
