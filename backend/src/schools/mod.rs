//! Districts and schools, and each school's settings.

pub mod authorized;
pub mod cache;
pub mod routes;
pub mod settings;
pub mod store;
pub mod views;
pub mod words;
pub mod working_group;

use entity::{district, school};
use sea_orm::ConnectionTrait;

use crate::auth::{Caller, Permission, Target};
use crate::error::ApiError;

/// The school of a request's slug, if the caller may do `permission` there: 404 for a slug
/// that names no school, then 403 for a caller who may not.
pub async fn authorized_school<C: ConnectionTrait>(
    db: &C,
    caller: &Caller,
    slug: &str,
    permission: Permission,
) -> Result<school::Model, ApiError> {
    let school = store::find_school_by_slug(db, slug)
        .await?
        .ok_or(ApiError::NotFound)?;
    caller.authorize(permission, Target::of_school(&school))?;
    Ok(school)
}

/// The district of a request's slug, if the caller may do `permission` there.
pub async fn authorized_district<C: ConnectionTrait>(
    db: &C,
    caller: &Caller,
    slug: &str,
    permission: Permission,
) -> Result<district::Model, ApiError> {
    let district = store::find_district_by_slug(db, slug)
        .await?
        .ok_or(ApiError::NotFound)?;
    caller.authorize(permission, Target::of_district(&district))?;
    Ok(district)
}
