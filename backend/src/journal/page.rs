//! A page of a school's journal as its reader may see it: one row per registered appeal, with
//! the regulation's columns and no appeal text.

use std::collections::{HashMap, HashSet};

use entity::school;
use sea_orm::DatabaseConnection;
use uuid::Uuid;

use crate::auth::Caller;
use crate::cases::store::{appeals_concerning, measures_of_appeals, staff_refs};
use crate::error::ApiError;
use crate::journal::store::{registered_appeals, JournalFilter};
use crate::journal::views::{
    JournalMeasure, JournalOfficial, JournalPage, JournalQuery, JournalRow,
};

/// The page of the school's journal the query asks for. A row about the reader shows neither
/// its official nor its measures, only where it is handled.
pub async fn journal_page(
    db: &DatabaseConnection,
    caller: &Caller,
    school: &school::Model,
    query: JournalQuery,
) -> Result<JournalPage, ApiError> {
    let per_page = query.per_page.unwrap_or(100).clamp(1, 500);
    let page = query.page.unwrap_or(1).clamp(1, crate::http::MAX_PAGE);
    let filter = JournalFilter {
        year: query.year,
        status: query.status,
        urgent: query.urgent,
    };
    let (appeals, total) = registered_appeals(db, school.id, &filter, page, per_page).await?;
    // What the person an appeal concerns reads of it: that it exists and who handles it, not
    // who works on it or which measures were taken.
    let concerning_reader: HashSet<Uuid> = appeals_concerning(db, caller.user_id)
        .await?
        .into_iter()
        .collect();
    let officials = staff_refs(db, appeals.iter().filter_map(|a| a.assigned_to_id)).await?;
    let mut measures: HashMap<Uuid, Vec<JournalMeasure>> = HashMap::new();
    for measure in measures_of_appeals(db, appeals.iter().map(|a| a.id).collect()).await? {
        measures
            .entry(measure.appeal_id)
            .or_default()
            .push(JournalMeasure {
                recorded_on: measure.taken_on,
                summary: format!("{} ({})", measure.summary, measure.taken_by),
            });
    }
    let rows = appeals
        .into_iter()
        .filter_map(|appeal| {
            let concerns_you = concerning_reader.contains(&appeal.id);
            let measures = measures.remove(&appeal.id).unwrap_or_default();
            Some(JournalRow {
                appeal_id: appeal.id,
                official: appeal
                    .assigned_to_id
                    .filter(|_| !concerns_you)
                    .and_then(|id| officials.get(&id))
                    .map(|official| JournalOfficial {
                        position: official.position.clone(),
                        full_name: official.full_name.clone(),
                    }),
                measures: if concerns_you { Vec::new() } else { measures },
                concerns_you,
                routed_to_district: appeal.routed_to_district,
                registration_number: appeal.registration_number?,
                registered_on: appeal.registered_on?,
                channel: appeal.channel,
                anonymous: appeal.anonymous,
                categories: appeal.categories.to_vec(),
                urgent: appeal.urgent,
                status: appeal.status,
            })
        })
        .collect();
    Ok(JournalPage { rows, total })
}
