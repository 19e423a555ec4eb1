use actix_web::{get, web, HttpResponse};

use crate::box_keys::service;
use crate::box_keys::store;
use crate::box_keys::views::{BoxKeyHolder, SchoolBoxKey};
use crate::error::{ApiError, Problem};
use crate::schools::authorized::{may, SchoolOf};
use crate::state::AppState;

/// The school's box key: protected or not yet, its fingerprint (the one on the poster), the
/// threshold, and which members have set a passphrase and hold a share.
#[utoipa::path(
    tag = "box-keys",
    params(("slug" = String, Path, description = "The school's slug")),
    responses(
        (status = 200, description = "The box key", body = SchoolBoxKey),
        (status = 404, description = "`not_found`", body = Problem, content_type = "application/problem+json"),
    ),
    security(("bearer" = []))
)]
#[get("/schools/{slug}/box-key")]
pub async fn get_school_box_key(
    state: web::Data<AppState>,
    SchoolOf { school, .. }: SchoolOf<may::ViewOpenings>,
) -> Result<HttpResponse, ApiError> {
    let key = store::current_box_key(&state.db, school.id).await?;
    let shares = match &key {
        Some(key) => store::shares_of(&state.db, key.id).await?,
        None => Vec::new(),
    };
    let members = store::working_group(&state.db, school.id)
        .await?
        .into_iter()
        .map(|member| BoxKeyHolder {
            has_passphrase: member.holder.is_some(),
            holds_share: member
                .holder
                .as_ref()
                .is_some_and(|holder| shares.iter().any(|share| share.holder_id == holder.id)),
            full_name: member.user.full_name,
            position: member.user.position,
        })
        .collect();
    let trusted = service::replaced_key(&state.db, school.id).await?.is_none();
    Ok(HttpResponse::Ok().json(SchoolBoxKey {
        school: school.slug.clone(),
        protected: key.is_some(),
        trusted,
        fingerprint: key.as_ref().map(|key| key.fingerprint.clone()),
        threshold: key.as_ref().map(|key| key.threshold),
        district_share: key.as_ref().is_some_and(|key| key.district_share),
        quorum: school.opening_quorum,
        members,
    }))
}
