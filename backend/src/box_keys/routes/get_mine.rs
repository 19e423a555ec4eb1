use actix_web::{get, web, HttpResponse};

use crate::auth::Caller;
use crate::box_keys::store;
use crate::box_keys::views::MyBoxKey;
use crate::error::ApiError;
use crate::state::AppState;

/// Whether the caller has set a box passphrase, and holds a share of their school's box key.
#[utoipa::path(
    tag = "box-keys",
    responses(
        (status = 200, description = "The caller's box key", body = MyBoxKey),
    ),
    security(("bearer" = []))
)]
#[get("/me/box-key")]
pub async fn get_my_box_key(
    state: web::Data<AppState>,
    caller: Caller,
) -> Result<HttpResponse, ApiError> {
    let holder = store::holder_of_user(&state.db, caller.user_id).await?;
    let current = match caller.school_id {
        Some(school) => store::current_box_key(&state.db, school).await?,
        None => None,
    };
    let holds_share = match (&holder, &current) {
        (Some(holder), Some(key)) => entity::box_key_share::Entity::find_by_id((key.id, holder.id))
            .one(&state.db)
            .await?
            .is_some(),
        _ => false,
    };
    Ok(HttpResponse::Ok().json(MyBoxKey {
        has_key: holder.is_some(),
        holds_share,
        school_protected: current.is_some(),
    }))
}

use sea_orm::EntityTrait;
