//! The writer's files in the database. Lists never load a file's sealed bytes; only reading
//! one file does.

use chrono::NaiveDate;
use entity::appeal::{self, AppealStatus};
use entity::appeal_file;
use sea_orm::sea_query::{Expr, Query};
use sea_orm::{
    ColumnTrait, ConnectionTrait, DbErr, EntityTrait, QueryFilter, QueryOrder, QuerySelect,
};
use uuid::Uuid;

use super::views::AttachedFile;
use crate::box_keys::service::BOX_KEY_ID;

/// Stores a file just taken (like a drop, in no order).
pub async fn insert<C: ConnectionTrait>(db: &C, file: appeal_file::Model) -> Result<(), DbErr> {
    crate::appeals::store::insert_file(db, file).await
}

/// A file named by a drop or reply: its school, how it is sealed, whether it was sent.
#[derive(Debug, Clone)]
pub struct Named {
    pub id: Uuid,
    pub school_id: Uuid,
    pub sealed_to_box: bool,
    pub sent: bool,
}

/// The files among `ids` that exist.
pub async fn named<C: ConnectionTrait>(db: &C, ids: &[Uuid]) -> Result<Vec<Named>, DbErr> {
    if ids.is_empty() {
        return Ok(Vec::new());
    }
    let rows: Vec<(Uuid, Uuid, String, Option<Uuid>)> = appeal_file::Entity::find()
        .select_only()
        .columns([
            appeal_file::Column::Id,
            appeal_file::Column::SchoolId,
            appeal_file::Column::KeyId,
            appeal_file::Column::AppealId,
        ])
        .filter(appeal_file::Column::Id.is_in(ids.iter().copied()))
        .into_tuple()
        .all(db)
        .await?;
    Ok(rows
        .into_iter()
        .map(|(id, school_id, key_id, appeal_id)| Named {
            id,
            school_id,
            sealed_to_box: key_id == BOX_KEY_ID,
            sent: appeal_id.is_some(),
        })
        .collect())
}

/// Gives the files to an appeal (and to one of its messages), in the order named. Fails,
/// changing nothing the caller commits, when one of them was taken meanwhile.
pub async fn attach<C: ConnectionTrait>(
    db: &C,
    ids: &[Uuid],
    appeal_id: Uuid,
    message_id: Option<Uuid>,
) -> Result<(), DbErr> {
    for (place, id) in ids.iter().enumerate() {
        let position = i32::try_from(place + 1).unwrap_or(i32::MAX);
        attach_at(db, *id, appeal_id, message_id, position).await?;
    }
    Ok(())
}

/// Gives one file to an appeal (and to one of its messages) at a place among its files.
pub async fn attach_at<C: ConnectionTrait>(
    db: &C,
    id: Uuid,
    appeal_id: Uuid,
    message_id: Option<Uuid>,
    position: i32,
) -> Result<(), DbErr> {
    let taken = appeal_file::Entity::update_many()
        .col_expr(appeal_file::Column::AppealId, Expr::value(appeal_id))
        .col_expr(appeal_file::Column::MessageId, Expr::value(message_id))
        .col_expr(appeal_file::Column::Position, Expr::value(position))
        .filter(appeal_file::Column::Id.eq(id))
        .filter(appeal_file::Column::AppealId.is_null())
        .exec(db)
        .await?
        .rows_affected;
    if taken == 1 {
        Ok(())
    } else {
        Err(DbErr::RecordNotUpdated)
    }
}

/// The files of an appeal and of its messages, listed (without their bytes), in order.
pub async fn listed<C: ConnectionTrait>(
    db: &C,
    appeal_id: Uuid,
) -> Result<Vec<(Option<Uuid>, AttachedFile)>, DbErr> {
    let rows: Vec<(Uuid, Option<Uuid>, String, i64)> = appeal_file::Entity::find()
        .select_only()
        .columns([
            appeal_file::Column::Id,
            appeal_file::Column::MessageId,
            appeal_file::Column::MediaType,
            appeal_file::Column::ByteSize,
        ])
        .filter(appeal_file::Column::AppealId.eq(appeal_id))
        .order_by_asc(appeal_file::Column::Position)
        .into_tuple()
        .all(db)
        .await?;
    Ok(rows
        .into_iter()
        .map(|(id, message_id, media_type, byte_size)| {
            (
                message_id,
                AttachedFile {
                    id,
                    media_type,
                    byte_size,
                },
            )
        })
        .collect())
}

/// One file of an appeal, with its sealed bytes.
pub async fn file_of_appeal<C: ConnectionTrait>(
    db: &C,
    appeal_id: Uuid,
    id: Uuid,
) -> Result<Option<appeal_file::Model>, DbErr> {
    appeal_file::Entity::find_by_id(id)
        .filter(appeal_file::Column::AppealId.eq(appeal_id))
        .one(db)
        .await
}

/// The files sealed to a box key of a school's appeals that are out of the box (theirs and
/// their messages'): what an opening opens.
pub async fn box_sealed_out_of_the_box<C: ConnectionTrait>(
    db: &C,
    school_id: Uuid,
) -> Result<Vec<Uuid>, DbErr> {
    let out_of_the_box = Query::select()
        .column(appeal::Column::Id)
        .from(appeal::Entity)
        .and_where(appeal::Column::SchoolId.eq(school_id))
        .and_where(appeal::Column::Status.ne(AppealStatus::Sealed))
        .to_owned();
    appeal_file::Entity::find()
        .select_only()
        .column(appeal_file::Column::Id)
        .filter(appeal_file::Column::KeyId.eq(BOX_KEY_ID))
        .filter(appeal_file::Column::AppealId.in_subquery(out_of_the_box))
        .into_tuple()
        .all(db)
        .await
}

/// The files of an opening's appeals sealed under the data key: what goes back into the box
/// when the opening is abandoned.
pub async fn opened_in<C: ConnectionTrait>(db: &C, opening_id: Uuid) -> Result<Vec<Uuid>, DbErr> {
    let of_the_opening = Query::select()
        .column(appeal::Column::Id)
        .from(appeal::Entity)
        .and_where(appeal::Column::BoxOpeningId.eq(opening_id))
        .to_owned();
    appeal_file::Entity::find()
        .select_only()
        .column(appeal_file::Column::Id)
        .filter(appeal_file::Column::KeyId.ne(BOX_KEY_ID))
        .filter(appeal_file::Column::AppealId.in_subquery(of_the_opening))
        .into_tuple()
        .all(db)
        .await
}

/// The files sealed under one key (at most `limit`): what a data-key rotation seals again.
pub async fn sealed_under<C: ConnectionTrait>(
    db: &C,
    key_id: &str,
    limit: u64,
) -> Result<Vec<Uuid>, DbErr> {
    appeal_file::Entity::find()
        .select_only()
        .column(appeal_file::Column::Id)
        .filter(appeal_file::Column::KeyId.eq(key_id))
        .limit(limit)
        .into_tuple()
        .all(db)
        .await
}

/// One file by its id, with its sealed bytes.
pub async fn find<C: ConnectionTrait>(
    db: &C,
    id: Uuid,
) -> Result<Option<appeal_file::Model>, DbErr> {
    appeal_file::Entity::find_by_id(id).one(db).await
}

/// Writes a file's bytes sealed again, under another key.
pub async fn reseal<C: ConnectionTrait>(
    db: &C,
    id: Uuid,
    key_id: String,
    bytes: Vec<u8>,
) -> Result<(), DbErr> {
    appeal_file::Entity::update_many()
        .col_expr(appeal_file::Column::KeyId, Expr::value(key_id))
        .col_expr(appeal_file::Column::SealedContent, Expr::value(bytes))
        .filter(appeal_file::Column::Id.eq(id))
        .exec(db)
        .await?;
    Ok(())
}

/// Erases an appeal's files with its content (retention).
pub async fn erase_of_appeal<C: ConnectionTrait>(db: &C, appeal_id: Uuid) -> Result<(), DbErr> {
    appeal_file::Entity::delete_many()
        .filter(appeal_file::Column::AppealId.eq(appeal_id))
        .exec(db)
        .await?;
    Ok(())
}

/// The bytes of a school's files that no drop or reply has taken yet.
pub async fn unsent_bytes<C: ConnectionTrait>(db: &C, school_id: Uuid) -> Result<i64, DbErr> {
    let sizes: Vec<i64> = appeal_file::Entity::find()
        .select_only()
        .column(appeal_file::Column::ByteSize)
        .filter(appeal_file::Column::SchoolId.eq(school_id))
        .filter(appeal_file::Column::AppealId.is_null())
        .into_tuple()
        .all(db)
        .await?;
    Ok(sizes.iter().sum())
}

/// Forgets the files uploaded before `day` that no drop or reply took.
pub async fn forget_unsent<C: ConnectionTrait>(db: &C, day: NaiveDate) -> Result<u64, DbErr> {
    Ok(appeal_file::Entity::delete_many()
        .filter(appeal_file::Column::AppealId.is_null())
        .filter(appeal_file::Column::UploadedOn.lt(day))
        .exec(db)
        .await?
        .rows_affected)
}
