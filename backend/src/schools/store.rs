//! The database side of districts and schools.

use chrono::Utc;
use entity::{district, school};
use sea_orm::{ActiveValue::Set, ColumnTrait, ConnectionTrait, DbErr, EntityTrait, QueryFilter};
use uuid::Uuid;

/// A school by id.
pub async fn find_school<C: ConnectionTrait>(
    db: &C,
    id: Uuid,
) -> Result<Option<school::Model>, DbErr> {
    school::Entity::find_by_id(id).one(db).await
}

/// A school by its slug.
pub async fn find_school_by_slug<C: ConnectionTrait>(
    db: &C,
    slug: &str,
) -> Result<Option<school::Model>, DbErr> {
    school::Entity::find()
        .filter(school::Column::Slug.eq(slug))
        .one(db)
        .await
}

/// A district by id.
pub async fn find_district<C: ConnectionTrait>(
    db: &C,
    id: Uuid,
) -> Result<Option<district::Model>, DbErr> {
    district::Entity::find_by_id(id).one(db).await
}

/// A district by its slug.
pub async fn find_district_by_slug<C: ConnectionTrait>(
    db: &C,
    slug: &str,
) -> Result<Option<district::Model>, DbErr> {
    district::Entity::find()
        .filter(district::Column::Slug.eq(slug))
        .one(db)
        .await
}

/// Creates a district.
pub async fn create_district<C: ConnectionTrait>(
    db: &C,
    slug: &str,
    name: &str,
) -> Result<district::Model, DbErr> {
    let model = district::Model {
        id: Uuid::new_v4(),
        slug: slug.to_owned(),
        name: name.to_owned(),
        created_at: Utc::now(),
    };
    district::Entity::insert(district::ActiveModel {
        id: Set(model.id),
        slug: Set(model.slug.clone()),
        name: Set(model.name.clone()),
        created_at: Set(model.created_at),
    })
    .exec_without_returning(db)
    .await?;
    Ok(model)
}

/// The settings a new school starts with.
#[derive(Debug, Clone)]
pub struct NewSchool {
    pub slug: String,
    pub name: String,
    pub district_id: Uuid,
    pub opening_quorum: i32,
    pub default_language: String,
    pub time_zone: String,
}

/// Creates a school with the default process settings.
pub async fn create_school<C: ConnectionTrait>(
    db: &C,
    new: NewSchool,
) -> Result<school::Model, DbErr> {
    let model = school::Model {
        id: Uuid::new_v4(),
        slug: new.slug,
        name: new.name,
        district_id: new.district_id,
        opening_quorum: new.opening_quorum,
        opening_interval_months: 1,
        answer_deadline_working_days: 14,
        anonymous_target_working_days: 14,
        default_language: new.default_language,
        time_zone: new.time_zone,
        created_at: Utc::now(),
    };
    school::Entity::insert(school::ActiveModel::from(model.clone()))
        .exec_without_returning(db)
        .await?;
    Ok(model)
}
