use std::collections::{HashMap, HashSet};

use actix_web::{get, web, HttpResponse};
use entity::appeal;
use sea_orm::{ColumnTrait, EntityTrait, PaginatorTrait, QueryFilter, QueryOrder, QuerySelect};
use uuid::Uuid;


use crate::auth::{Caller, Permission};
use crate::cases::store::{appeals_concerning, measures_of_appeals, staff_refs};
use crate::error::{ApiError, Problem};
use crate::journal::views::{
    JournalMeasure, JournalOfficial, JournalPage, JournalQuery, JournalRow,
};
use crate::state::AppState;

/// The school's journal: one row per registered appeal, in registration order, with the
/// regulation's columns and no appeal text. A row about the reader shows neither its official
/// nor its measures, only where it is handled.
#[utoipa::path(
    tag = "journal",
    params(JournalQuery),
    responses(
        (status = 200, description = "A page of the journal", body = JournalPage),
        (status = 404, description = "`not_found`: no such school", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "`validation_failed`", body = Problem, content_type = "application/problem+json"),
    ),
    security(("bearer" = []))
)]
#[get("/journal")]
pub async fn list_journal(
    state: web::Data<AppState>,
    caller: Caller,
    query: web::Query<JournalQuery>,
) -> Result<HttpResponse, ApiError> {
    let query = query.into_inner();
    let school = crate::schools::authorized_school(
        &state.db,
        &caller,
        &query.school,
        Permission::ViewJournal,
    )
    .await?;
    let mut select = appeal::Entity::find()
        .filter(appeal::Column::SchoolId.eq(school.id))
        .filter(appeal::Column::RegistrationNumber.is_not_null());
    if let Some(year) = query.year {
        select = select.filter(appeal::Column::RegistrationYear.eq(year));
    }
    if let Some(status) = query.status {
        select = select.filter(appeal::Column::Status.eq(status));
    }
    if let Some(urgent) = query.urgent {
        select = select.filter(appeal::Column::Urgent.eq(urgent));
    }
    let total = select.clone().count(&state.db).await?;
    let per_page = query.per_page.unwrap_or(100).clamp(1, 500);
    let page = query.page.unwrap_or(1).clamp(1, crate::http::MAX_PAGE);
    let appeals = select
        .order_by_asc(appeal::Column::RegistrationYear)
        .order_by_asc(appeal::Column::RegistrationSeq)
        .offset((page - 1).saturating_mul(per_page))
        .limit(per_page)
        .all(&state.db)
        .await?;
    // What the person an appeal concerns reads of it: that it exists and who handles it, not
    // who works on it or which measures were taken.
    let concerning_reader: HashSet<Uuid> = appeals_concerning(&state.db, caller.user_id)
        .await?
        .into_iter()
        .collect();
    let officials = staff_refs(&state.db, appeals.iter().filter_map(|a| a.assigned_to_id)).await?;
    let mut measures: HashMap<Uuid, Vec<JournalMeasure>> = HashMap::new();
    for measure in measures_of_appeals(&state.db, appeals.iter().map(|a| a.id).collect()).await? {
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
    Ok(HttpResponse::Ok().json(JournalPage { rows, total }))
}
