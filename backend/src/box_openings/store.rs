//! The database side of box openings.

use entity::appeal::{self, AppealStatus};
use entity::box_opening::{self, OpeningStatus};
use entity::{box_opening_member, staff_user};
use sea_orm::sea_query::{Expr, Query};
use sea_orm::{
    ColumnTrait, ConnectionTrait, DbErr, EntityTrait, PaginatorTrait, QueryFilter, QueryOrder,
    QuerySelect,
};
use uuid::Uuid;

/// An opening by id.
pub async fn find_opening<C: ConnectionTrait>(
    db: &C,
    id: Uuid,
) -> Result<Option<box_opening::Model>, DbErr> {
    box_opening::Entity::find_by_id(id).one(db).await
}

/// A school's openings, newest first.
pub async fn openings_of_school<C: ConnectionTrait>(
    db: &C,
    school_id: Uuid,
) -> Result<Vec<box_opening::Model>, DbErr> {
    box_opening::Entity::find()
        .filter(box_opening::Column::SchoolId.eq(school_id))
        .order_by_desc(box_opening::Column::StartedAt)
        .all(db)
        .await
}

/// The school's opening in progress.
pub async fn active_opening<C: ConnectionTrait>(
    db: &C,
    school_id: Uuid,
) -> Result<Option<box_opening::Model>, DbErr> {
    box_opening::Entity::find()
        .filter(box_opening::Column::ActiveSchoolId.eq(school_id))
        .one(db)
        .await
}

/// The school's last signed opening.
pub async fn last_signed_opening<C: ConnectionTrait>(
    db: &C,
    school_id: Uuid,
) -> Result<Option<box_opening::Model>, DbErr> {
    box_opening::Entity::find()
        .filter(box_opening::Column::SchoolId.eq(school_id))
        .filter(box_opening::Column::Status.eq(OpeningStatus::Signed))
        .order_by_desc(box_opening::Column::SignedAt)
        .limit(1)
        .one(db)
        .await
}

/// The members of an opening with their names, in the order they confirmed.
pub async fn members_of<C: ConnectionTrait>(
    db: &C,
    opening_id: Uuid,
) -> Result<Vec<(box_opening_member::Model, staff_user::Model)>, DbErr> {
    let members = box_opening_member::Entity::find()
        .filter(box_opening_member::Column::BoxOpeningId.eq(opening_id))
        .order_by_asc(box_opening_member::Column::ConfirmedAt)
        .all(db)
        .await?;
    let mut named = Vec::with_capacity(members.len());
    for member in members {
        if let Some(user) = staff_user::Entity::find_by_id(member.user_id)
            .one(db)
            .await?
        {
            named.push((member, user));
        }
    }
    Ok(named)
}

/// The appeals of an opening, in the order they will be registered: by day, online before
/// paper, then by id.
pub async fn appeals_of_opening<C: ConnectionTrait>(
    db: &C,
    opening_id: Uuid,
) -> Result<Vec<appeal::Model>, DbErr> {
    appeal::Entity::find()
        .filter(appeal::Column::BoxOpeningId.eq(opening_id))
        .order_by_asc(appeal::Column::SubmittedOn)
        .order_by_asc(appeal::Column::Channel)
        .order_by_asc(appeal::Column::Id)
        .all(db)
        .await
}

/// The highest registration number of a school in a year.
pub async fn last_registration_seq<C: ConnectionTrait>(
    db: &C,
    school_id: Uuid,
    year: i32,
) -> Result<i32, DbErr> {
    let last = appeal::Entity::find()
        .filter(appeal::Column::SchoolId.eq(school_id))
        .filter(appeal::Column::RegistrationYear.eq(year))
        .order_by_desc(appeal::Column::RegistrationSeq)
        .limit(1)
        .one(db)
        .await?;
    Ok(last.and_then(|appeal| appeal.registration_seq).unwrap_or(0))
}

/// The highest act number of a school in a year.
pub async fn last_act_seq<C: ConnectionTrait>(
    db: &C,
    school_id: Uuid,
    year: i32,
) -> Result<i32, DbErr> {
    let last = box_opening::Entity::find()
        .filter(box_opening::Column::SchoolId.eq(school_id))
        .filter(box_opening::Column::ActYear.eq(year))
        .order_by_desc(box_opening::Column::ActSeq)
        .limit(1)
        .one(db)
        .await?;
    Ok(last.and_then(|opening| opening.act_seq).unwrap_or(0))
}

/// Unseals the writers' later messages on the school's registered appeals: the opening that
/// is being signed has taken them out of the box.
pub async fn unseal_messages_of_registered_appeals<C: ConnectionTrait>(
    db: &C,
    school_id: Uuid,
) -> Result<(), DbErr> {
    let registered = Query::select()
        .column(appeal::Column::Id)
        .from(appeal::Entity)
        .and_where(appeal::Column::SchoolId.eq(school_id))
        .and_where(appeal::Column::RegistrationNumber.is_not_null())
        .to_owned();
    entity::appeal_message::Entity::update_many()
        .col_expr(entity::appeal_message::Column::Sealed, Expr::value(false))
        .filter(entity::appeal_message::Column::Sealed.eq(true))
        .filter(entity::appeal_message::Column::AppealId.in_subquery(registered))
        .exec(db)
        .await?;
    Ok(())
}

/// How many sealed appeals dropped before `before` wait in a school's box, and how many of
/// them are urgent.
pub async fn sealed_counts<C: ConnectionTrait>(
    db: &C,
    school_id: Uuid,
    before: chrono::NaiveDate,
) -> Result<(u64, u64), DbErr> {
    let sealed = appeal::Entity::find()
        .filter(appeal::Column::SchoolId.eq(school_id))
        .filter(appeal::Column::Status.eq(AppealStatus::Sealed))
        .filter(appeal::Column::SubmittedOn.lt(before));
    let total = sealed.clone().count(db).await?;
    let urgent = sealed
        .filter(appeal::Column::Urgent.eq(true))
        .count(db)
        .await?;
    Ok((total, urgent))
}

/// A member's row of an opening: there when they confirmed it.
pub async fn find_member<C: ConnectionTrait>(
    db: &C,
    opening_id: Uuid,
    user_id: Uuid,
) -> Result<Option<box_opening_member::Model>, DbErr> {
    box_opening_member::Entity::find_by_id((opening_id, user_id))
        .one(db)
        .await
}
