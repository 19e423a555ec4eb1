//! The database side of districts and schools.

use chrono::{Datelike, NaiveDate, Utc};
use entity::{district, school, school_holiday, Localized};
use sea_orm::sea_query::Expr;
use sea_orm::{
    ActiveValue::Set, ColumnTrait, ConnectionTrait, DbErr, EntityTrait, QueryFilter, QueryOrder,
};
use uuid::Uuid;

use crate::calendar::{fixed_national_holidays, today_in, Holidays};
use crate::schools::views::SchoolSettingsChange;

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
    if slug.contains('\0') {
        // No slug holds a NUL (and PostgreSQL refuses one in a query): no such school.
        return Ok(None);
    }
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
    if slug.contains('\0') {
        return Ok(None);
    }
    district::Entity::find()
        .filter(district::Column::Slug.eq(slug))
        .one(db)
        .await
}

/// Creates a district with its default name.
pub async fn create_district<C: ConnectionTrait>(
    db: &C,
    slug: &str,
    name: &str,
) -> Result<district::Model, DbErr> {
    create_district_named(db, slug, name, Localized::default()).await
}

/// Creates a district with its default name and its name in each language that has one.
pub async fn create_district_named<C: ConnectionTrait>(
    db: &C,
    slug: &str,
    name: &str,
    names: Localized,
) -> Result<district::Model, DbErr> {
    let model = district::Model {
        id: Uuid::new_v4(),
        slug: slug.to_owned(),
        name: name.to_owned(),
        created_at: Utc::now(),
        two_factor_required: false,
        helplines: None,
        holds_box_share: true,
        group_two_factor_required: false,
        names,
    };
    district::Entity::insert(district::ActiveModel::from(model.clone()))
        .exec_without_returning(db)
        .await?;
    Ok(model)
}

/// The settings a new school starts with.
#[derive(Debug, Clone)]
pub struct NewSchool {
    pub slug: String,
    /// The name in the school's language.
    pub name: String,
    /// The name in the other languages that have one (the school's own language is taken
    /// from `name`).
    pub names: Localized,
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
    let mut names = new.names;
    names.set(&new.default_language, Some(new.name.clone()));
    let model = school::Model {
        id: Uuid::new_v4(),
        slug: new.slug,
        name: new.name,
        names,
        district_id: new.district_id,
        opening_quorum: new.opening_quorum,
        opening_interval_months: 1,
        answer_deadline_working_days: 14,
        anonymous_target_working_days: 14,
        default_language: new.default_language,
        time_zone: new.time_zone,
        created_at: Utc::now(),
        retention_years: 5,
    };
    school::Entity::insert(school::ActiveModel::from(model.clone()))
        .exec_without_returning(db)
        .await?;
    let year = today_in(&model.time_zone).year();
    let holidays = [year, year + 1]
        .into_iter()
        .flat_map(fixed_national_holidays)
        .map(|(day, name)| (day, name.to_owned()))
        .collect();
    replace_holidays(db, model.id, holidays).await?;
    Ok(model)
}

/// A school's public holidays, in order, with their names.
pub async fn list_holidays<C: ConnectionTrait>(
    db: &C,
    school_id: Uuid,
) -> Result<Vec<school_holiday::Model>, DbErr> {
    school_holiday::Entity::find()
        .filter(school_holiday::Column::SchoolId.eq(school_id))
        .order_by_asc(school_holiday::Column::Day)
        .all(db)
        .await
}

/// A school's public holidays, as deadlines count them.
pub async fn holidays_of<C: ConnectionTrait>(db: &C, school_id: Uuid) -> Result<Holidays, DbErr> {
    Ok(list_holidays(db, school_id)
        .await?
        .into_iter()
        .map(|holiday| holiday.day)
        .collect())
}

/// Replaces a school's public holidays.
pub async fn replace_holidays<C: ConnectionTrait>(
    db: &C,
    school_id: Uuid,
    holidays: Vec<(NaiveDate, String)>,
) -> Result<(), DbErr> {
    school_holiday::Entity::delete_many()
        .filter(school_holiday::Column::SchoolId.eq(school_id))
        .exec(db)
        .await?;
    if holidays.is_empty() {
        return Ok(());
    }
    school_holiday::Entity::insert_many(holidays.into_iter().map(|(day, name)| {
        school_holiday::ActiveModel {
            school_id: Set(school_id),
            day: Set(day),
            name: Set(name),
        }
    }))
    .exec_without_returning(db)
    .await?;
    Ok(())
}

/// Stores a school's changed settings, with its name in its language and in each language.
pub async fn update_settings<C: ConnectionTrait>(
    db: &C,
    school_id: Uuid,
    change: &SchoolSettingsChange,
    name: &str,
    names: Localized,
) -> Result<(), DbErr> {
    school::Entity::update_many()
        .col_expr(school::Column::Name, Expr::value(name))
        .col_expr(school::Column::Names, Expr::value(names))
        .col_expr(
            school::Column::OpeningQuorum,
            Expr::value(change.opening_quorum),
        )
        .col_expr(
            school::Column::OpeningIntervalMonths,
            Expr::value(change.opening_interval_months),
        )
        .col_expr(
            school::Column::AnswerDeadlineWorkingDays,
            Expr::value(change.answer_deadline_working_days),
        )
        .col_expr(
            school::Column::AnonymousTargetWorkingDays,
            Expr::value(change.anonymous_target_working_days),
        )
        .col_expr(
            school::Column::DefaultLanguage,
            Expr::value(change.default_language.clone()),
        )
        .col_expr(
            school::Column::TimeZone,
            Expr::value(change.time_zone.clone()),
        )
        .col_expr(
            school::Column::RetentionYears,
            Expr::value(change.retention_years),
        )
        .filter(school::Column::Id.eq(school_id))
        .exec(db)
        .await?;
    Ok(())
}
