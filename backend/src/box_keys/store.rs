//! Reading and writing holder keys, box keys, their shares, and what an opening gathered.

use chrono::Utc;
use entity::{
    box_key, box_key_share, holder_key, journal_entry, opening_envelope, opening_share, staff_user,
    Role,
};
use sea_orm::sea_query::{Expr, OnConflict};
use sea_orm::{
    ActiveValue::Set, ColumnTrait, ConnectionTrait, DbErr, EntityTrait, QueryFilter, QueryOrder,
    QuerySelect,
};
use uuid::Uuid;

use crate::journal::JournalKind;
use crate::staff::store::list_school_staff;

/// A staff member's holder key.
pub async fn holder_of_user<C: ConnectionTrait>(
    db: &C,
    user_id: Uuid,
) -> Result<Option<holder_key::Model>, DbErr> {
    holder_key::Entity::find()
        .filter(holder_key::Column::UserId.eq(user_id))
        .one(db)
        .await
}

/// A district office's holder key.
pub async fn holder_of_district<C: ConnectionTrait>(
    db: &C,
    district_id: Uuid,
) -> Result<Option<holder_key::Model>, DbErr> {
    holder_key::Entity::find()
        .filter(holder_key::Column::DistrictId.eq(district_id))
        .one(db)
        .await
}

/// Whether a holder holds a share of a box key.
pub async fn holds_share<C: ConnectionTrait>(
    db: &C,
    box_key_id: Uuid,
    holder_id: Uuid,
) -> Result<bool, DbErr> {
    Ok(box_key_share::Entity::find_by_id((box_key_id, holder_id))
        .one(db)
        .await?
        .is_some())
}

/// Stores a new holder key.
pub async fn insert_holder<C: ConnectionTrait>(
    db: &C,
    holder: holder_key::Model,
) -> Result<(), DbErr> {
    holder_key::Entity::insert(holder_key::ActiveModel::from(holder))
        .exec_without_returning(db)
        .await
        .map(|_| ())
}

/// Replaces a holder's wrapped private key (a new passphrase, or a new recovery code).
pub async fn rewrap_holder<C: ConnectionTrait>(
    db: &C,
    holder_id: Uuid,
    by_passphrase: Vec<u8>,
    by_recovery_code: Option<Vec<u8>>,
) -> Result<(), DbErr> {
    let mut update = holder_key::Entity::update_many()
        .col_expr(
            holder_key::Column::WrappedByPassphrase,
            Expr::value(by_passphrase),
        )
        .col_expr(holder_key::Column::UpdatedAt, Expr::value(Utc::now()));
    if let Some(by_recovery_code) = by_recovery_code {
        update = update.col_expr(
            holder_key::Column::WrappedByRecoveryCode,
            Expr::value(by_recovery_code),
        );
    }
    update
        .filter(holder_key::Column::Id.eq(holder_id))
        .exec(db)
        .await
        .map(|_| ())
}

/// A working-group member of a school, with their holder key if they have set a passphrase.
#[derive(Debug, Clone)]
pub struct Member {
    pub user: staff_user::Model,
    pub holder: Option<holder_key::Model>,
}

/// The school's working group as it stands: active staff with the working-group role.
pub async fn working_group<C: ConnectionTrait>(
    db: &C,
    school_id: Uuid,
) -> Result<Vec<Member>, DbErr> {
    let users: Vec<staff_user::Model> = list_school_staff(db, school_id)
        .await?
        .into_iter()
        .filter(|(user, roles)| user.active && roles.contains(&Role::WorkingGroup))
        .map(|(user, _)| user)
        .collect();
    let ids: Vec<Uuid> = users.iter().map(|user| user.id).collect();
    let holders = holder_key::Entity::find()
        .filter(holder_key::Column::UserId.is_in(ids))
        .all(db)
        .await?;
    Ok(users
        .into_iter()
        .map(|user| Member {
            holder: holders
                .iter()
                .find(|holder| holder.user_id == Some(user.id))
                .cloned(),
            user,
        })
        .collect())
}

/// The school's current box key.
pub async fn current_box_key<C: ConnectionTrait>(
    db: &C,
    school_id: Uuid,
) -> Result<Option<box_key::Model>, DbErr> {
    box_key::Entity::find()
        .filter(box_key::Column::CurrentSchoolId.eq(school_id))
        .one(db)
        .await
}

/// A box key by id.
pub async fn box_key<C: ConnectionTrait>(
    db: &C,
    id: Uuid,
) -> Result<Option<box_key::Model>, DbErr> {
    box_key::Entity::find_by_id(id).one(db).await
}

/// Retires a school's current key: appeals are no longer sealed to it.
pub async fn retire<C: ConnectionTrait>(db: &C, key_id: Uuid) -> Result<(), DbErr> {
    box_key::Entity::update_many()
        .col_expr(
            box_key::Column::CurrentSchoolId,
            Expr::value(Option::<Uuid>::None),
        )
        .col_expr(box_key::Column::RetiredAt, Expr::value(Utc::now()))
        .filter(box_key::Column::Id.eq(key_id))
        .exec(db)
        .await
        .map(|_| ())
}

/// Stores a new box key with its shares.
pub async fn insert_box_key<C: ConnectionTrait>(
    db: &C,
    key: box_key::Model,
    shares: Vec<box_key_share::Model>,
) -> Result<(), DbErr> {
    box_key::Entity::insert(box_key::ActiveModel::from(key))
        .exec_without_returning(db)
        .await?;
    if !shares.is_empty() {
        box_key_share::Entity::insert_many(
            shares.into_iter().map(box_key_share::ActiveModel::from),
        )
        .exec_without_returning(db)
        .await?;
    }
    Ok(())
}

/// The shares of a box key.
pub async fn shares_of<C: ConnectionTrait>(
    db: &C,
    box_key_id: Uuid,
) -> Result<Vec<box_key_share::Model>, DbErr> {
    box_key_share::Entity::find()
        .filter(box_key_share::Column::BoxKeyId.eq(box_key_id))
        .all(db)
        .await
}

/// The holders of a box key's shares.
pub async fn holders_of<C: ConnectionTrait>(
    db: &C,
    box_key_id: Uuid,
) -> Result<Vec<holder_key::Model>, DbErr> {
    let ids: Vec<Uuid> = shares_of(db, box_key_id)
        .await?
        .into_iter()
        .map(|share| share.holder_id)
        .collect();
    holder_key::Entity::find()
        .filter(holder_key::Column::Id.is_in(ids))
        .all(db)
        .await
}

/// The fingerprint the journal last recorded for the school's box key, with the key's id.
pub async fn journal_fingerprint<C: ConnectionTrait>(
    db: &C,
    school_id: Uuid,
) -> Result<Option<(Option<Uuid>, String)>, DbErr> {
    let entry = journal_entry::Entity::find()
        .filter(journal_entry::Column::SchoolId.eq(school_id))
        .filter(journal_entry::Column::Kind.eq(JournalKind::BoxKey.as_str()))
        .order_by_desc(journal_entry::Column::Seq)
        .limit(1)
        .one(db)
        .await?;
    Ok(entry.and_then(|entry| {
        let payload: serde_json::Value = serde_json::from_str(&entry.payload).ok()?;
        let fingerprint = payload["fingerprint"].as_str()?.to_owned();
        let id = payload["box_key_id"]
            .as_str()
            .and_then(|id| Uuid::parse_str(id).ok());
        Some((id, fingerprint))
    }))
}

/// Who has given their share to an opening.
pub async fn shares_given<C: ConnectionTrait>(
    db: &C,
    opening_id: Uuid,
) -> Result<Vec<opening_share::Model>, DbErr> {
    opening_share::Entity::find()
        .filter(opening_share::Column::BoxOpeningId.eq(opening_id))
        .all(db)
        .await
}

/// Records that a holder gave their share to an opening.
pub async fn record_share_given<C: ConnectionTrait>(
    db: &C,
    opening_id: Uuid,
    holder_id: Uuid,
    box_key_id: Uuid,
) -> Result<(), DbErr> {
    opening_share::Entity::insert(opening_share::ActiveModel {
        box_opening_id: Set(opening_id),
        holder_id: Set(holder_id),
        box_key_id: Set(box_key_id),
        given_at: Set(Utc::now()),
    })
    .exec_without_returning(db)
    .await
    .map(|_| ())
}

/// The gathered shares sealed to one holder, if any.
pub async fn envelope_for<C: ConnectionTrait>(
    db: &C,
    opening_id: Uuid,
    holder_id: Uuid,
) -> Result<Option<opening_envelope::Model>, DbErr> {
    opening_envelope::Entity::find_by_id((opening_id, holder_id))
        .one(db)
        .await
}

/// Replaces every envelope of an opening.
pub async fn replace_envelopes<C: ConnectionTrait>(
    db: &C,
    opening_id: Uuid,
    envelopes: Vec<opening_envelope::Model>,
) -> Result<(), DbErr> {
    delete_envelopes(db, opening_id).await?;
    if !envelopes.is_empty() {
        opening_envelope::Entity::insert_many(
            envelopes
                .into_iter()
                .map(opening_envelope::ActiveModel::from),
        )
        .on_conflict(
            OnConflict::columns([
                opening_envelope::Column::BoxOpeningId,
                opening_envelope::Column::HolderId,
            ])
            .update_column(opening_envelope::Column::Sealed)
            .to_owned(),
        )
        .exec_without_returning(db)
        .await?;
    }
    Ok(())
}

/// Forgets what an opening gathered (the quorum was reached, or it was abandoned).
pub async fn delete_envelopes<C: ConnectionTrait>(db: &C, opening_id: Uuid) -> Result<(), DbErr> {
    opening_envelope::Entity::delete_many()
        .filter(opening_envelope::Column::BoxOpeningId.eq(opening_id))
        .exec(db)
        .await
        .map(|_| ())
}
