use actix_web::{get, web, HttpResponse};

use crate::error::{ApiError, Problem};
use crate::http::names::LanguageQuery;
use crate::reports::month::Month;
use crate::reports::parents::parents_report;
use crate::reports::store::published_of_school;
use crate::reports::views::ParentsReport;
use crate::schools::store::find_school_by_slug;
use crate::state::AppState;

/// The parents' version of a school's published report of a month (`latest` for the newest
/// month published): no appeal text, counts from 1 to 2 shown as "<3". The school's name and
/// the narrative are in the language asked for (`?lang=`), else in the school's language.
/// Public.
#[utoipa::path(
    tag = "reports",
    params(
        ("slug" = String, Path, description = "The school's slug"),
        ("month" = String, Path, description = "`YYYY-MM`, or `latest`", pattern = r"^((20[0-9]{2}|2100)-(0[1-9]|1[0-2])|latest)$"),
        LanguageQuery,
    ),
    responses(
        (status = 200, description = "The parents' version", body = ParentsReport),
        (status = 404, description = "`not_found`: no such school, or nothing published for the month", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "`validation_failed`", body = Problem, content_type = "application/problem+json"),
    )
)]
#[get("/schools/{slug}/reports/{month}")]
pub async fn get_parents_report(
    state: web::Data<AppState>,
    path: web::Path<(String, String)>,
    query: web::Query<LanguageQuery>,
) -> Result<HttpResponse, ApiError> {
    let (slug, month) = path.into_inner();
    let month = match month.as_str() {
        "latest" => None,
        text => Some(Month::from_param(text)?),
    };
    let school = find_school_by_slug(&state.db, &slug)
        .await?
        .ok_or(ApiError::NotFound)?;
    let published = published_of_school(&state.db, school.id).await?;
    let row = match month {
        Some(month) => published.iter().find(|row| row.month == month.to_string()),
        None => published.first(),
    }
    .ok_or(ApiError::NotFound)?;
    Ok(HttpResponse::Ok()
        .insert_header(("Cache-Control", "public, max-age=300"))
        .json(parents_report(
            &school,
            row,
            &published,
            query.or(&school.default_language),
        )?))
}
