//! The database side of appeals. No web here, and nothing that opens a seal.

use chrono::NaiveDate;
use entity::appeal::{self, AppealStatus};
use entity::appeal_message::{self, MessageKind};
use entity::{door_refusal, idempotency_record, school_word};
use sea_orm::sea_query::{Alias, Expr, Query, SimpleExpr};
use sea_orm::{
    ActiveModelTrait, ColumnTrait, Condition, ConnectionTrait, DbBackend, DbErr, EntityTrait,
    IdenStatic, Iterable, PaginatorTrait, QueryFilter, QueryOrder, QuerySelect,
};
use uuid::Uuid;

use crate::screening::SchoolLexicon;

/// A school's own words, as the screening takes them.
pub async fn school_lexicon<C: ConnectionTrait>(
    db: &C,
    school_id: Uuid,
) -> Result<SchoolLexicon, DbErr> {
    let words = school_word::Entity::find()
        .filter(school_word::Column::SchoolId.eq(school_id))
        .all(db)
        .await?;
    let mut lexicon = SchoolLexicon::default();
    for word in words {
        match word.rule {
            school_word::WordRule::Block => lexicon.extra_obscene.push(word.word),
            school_word::WordRule::Allow => lexicon.allowed.push(word.word),
        }
    }
    Ok(lexicon)
}

/// Stores a new appeal.
pub async fn insert_appeal<C: ConnectionTrait>(db: &C, appeal: appeal::Model) -> Result<(), DbErr> {
    insert_appeals(db, [appeal]).await
}

/// Stores new appeals with one statement.
pub async fn insert_appeals<C: ConnectionTrait>(
    db: &C,
    appeals: impl IntoIterator<Item = appeal::Model>,
) -> Result<(), DbErr> {
    insert_in_no_order::<appeal::Entity, _>(db, appeals.into_iter().map(Into::into)).await
}

/// Inserts a writer's uploaded file, in no order (like a drop).
pub async fn insert_file<C: ConnectionTrait>(
    db: &C,
    file: entity::appeal_file::Model,
) -> Result<(), DbErr> {
    insert_in_no_order::<entity::appeal_file::Entity, _>(db, [file.into()]).await
}

/// Inserts rows of a table a drop writes. On SQLite each row is given a random `rowid`, the
/// place SQLite stores it at: an ordinary table would number rows as they come, and whoever
/// reads the file could line a day's anonymous drops up in the order they were made. (On
/// PostgreSQL the rows are inserted as given; `drop_order` says what its heap keeps.)
async fn insert_in_no_order<E, C>(
    db: &C,
    rows: impl IntoIterator<Item = E::ActiveModel>,
) -> Result<(), DbErr>
where
    E: EntityTrait,
    E::Model: sea_orm::IntoActiveModel<E::ActiveModel>,
    C: ConnectionTrait,
{
    let rows: Vec<E::ActiveModel> = rows.into_iter().collect();
    if rows.is_empty() {
        return Ok(());
    }
    if db.get_database_backend() != DbBackend::Sqlite {
        E::insert_many(rows).exec_without_returning(db).await?;
        return Ok(());
    }
    let columns: Vec<E::Column> = E::Column::iter().collect();
    let mut insert = Query::insert();
    insert.into_table(E::default().table_ref()).columns(
        columns
            .iter()
            .map(|column| Alias::new(column.as_str()))
            .chain(std::iter::once(Alias::new("rowid"))),
    );
    for row in &rows {
        let mut values: Vec<SimpleExpr> = Vec::with_capacity(columns.len() + 1);
        for column in &columns {
            let value = row
                .get(*column)
                .into_value()
                .ok_or_else(|| DbErr::Custom(format!("{} is not set", column.as_str())))?;
            values.push(value.into());
        }
        values.push(random_place().into());
        insert.values_panic(values);
    }
    db.execute(db.get_database_backend().build(&insert)).await?;
    Ok(())
}

/// A random place among 2⁶³ for a row (SQLite's `rowid`).
fn random_place() -> i64 {
    rand::random::<i64>() & i64::MAX
}

/// Stores a new message at the end of its part of the appeal's conversation; returns it as
/// stored. The writer's messages and the staff's are numbered apart: a writer's message keeps
/// only its day, and its place among time-stamped staff messages would tell its time.
pub async fn insert_message<C: ConnectionTrait>(
    db: &C,
    message: appeal_message::Model,
) -> Result<appeal_message::Model, DbErr> {
    let writer_kind = appeal_message::Column::Kind.eq(MessageKind::WriterMessage);
    let same_part = if message.kind == MessageKind::WriterMessage {
        writer_kind
    } else {
        writer_kind.not()
    };
    let last: Option<i32> = appeal_message::Entity::find()
        .select_only()
        .column_as(appeal_message::Column::Position.max(), "last")
        .filter(appeal_message::Column::AppealId.eq(message.appeal_id))
        .filter(same_part)
        .into_tuple::<Option<i32>>()
        .one(db)
        .await?
        .flatten();
    let message = appeal_message::Model {
        position: last.unwrap_or(0) + 1,
        ..message
    };
    insert_in_no_order::<appeal_message::Entity, _>(
        db,
        [appeal_message::ActiveModel::from(message.clone())],
    )
    .await?;
    Ok(message)
}

/// The appeal a receipt hash belongs to.
pub async fn find_by_receipt_hash<C: ConnectionTrait>(
    db: &C,
    receipt_hash: &str,
) -> Result<Option<appeal::Model>, DbErr> {
    appeal::Entity::find()
        .filter(appeal::Column::ReceiptHash.eq(receipt_hash))
        .one(db)
        .await
}

/// An appeal by id.
pub async fn find_appeal<C: ConnectionTrait>(
    db: &C,
    id: Uuid,
) -> Result<Option<appeal::Model>, DbErr> {
    appeal::Entity::find_by_id(id).one(db).await
}

/// The messages of an appeal in the conversation's order (`conversation_order`).
pub async fn messages_of<C: ConnectionTrait>(
    db: &C,
    appeal_id: Uuid,
) -> Result<Vec<appeal_message::Model>, DbErr> {
    let mut messages = appeal_message::Entity::find()
        .filter(appeal_message::Column::AppealId.eq(appeal_id))
        .all(db)
        .await?;
    messages.sort_by_key(conversation_order);
    Ok(messages)
}

/// A conversation's order: by day; within a day the writer's messages first, then the staff's,
/// each part in its own order.
fn conversation_order(message: &appeal_message::Model) -> (NaiveDate, bool, i32, Uuid) {
    (
        message.written_on,
        message.kind != MessageKind::WriterMessage,
        message.position,
        message.id,
    )
}

/// The messages of these kinds, oldest first.
pub async fn messages_of_kinds<C: ConnectionTrait>(
    db: &C,
    appeal_id: Uuid,
    kinds: &[MessageKind],
) -> Result<Vec<appeal_message::Model>, DbErr> {
    Ok(messages_of(db, appeal_id)
        .await?
        .into_iter()
        .filter(|message| kinds.contains(&message.kind))
        .collect())
}

/// Marks an appeal urgent (a later message carried a danger signal).
pub async fn mark_urgent<C: ConnectionTrait>(db: &C, appeal_id: Uuid) -> Result<(), DbErr> {
    appeal::Entity::update_many()
        .col_expr(appeal::Column::Urgent, Expr::value(true))
        .col_expr(appeal::Column::NeedsReferral, Expr::value(true))
        .filter(appeal::Column::Id.eq(appeal_id))
        .exec(db)
        .await?;
    Ok(())
}

/// Filters of a staff list.
#[derive(Debug, Clone, Default)]
pub struct AppealFilter {
    pub status: Option<AppealStatus>,
    pub urgent: Option<bool>,
    /// Appeals still sealed in the box are listed only when dropped before this day (the
    /// school's today: a drop shows the next morning), and not at all when `None`.
    pub sealed_dropped_before: Option<chrono::NaiveDate>,
}

/// A page of a school's appeals, newest first, and the total.
pub async fn list_appeals<C: ConnectionTrait>(
    db: &C,
    school_id: Uuid,
    filter: AppealFilter,
    page: u64,
    per_page: u64,
) -> Result<(Vec<appeal::Model>, u64), DbErr> {
    let mut query = appeal::Entity::find().filter(appeal::Column::SchoolId.eq(school_id));
    if let Some(status) = filter.status {
        query = query.filter(appeal::Column::Status.eq(status));
    }
    if let Some(urgent) = filter.urgent {
        query = query.filter(appeal::Column::Urgent.eq(urgent));
    }
    let sealed_shown = match filter.sealed_dropped_before {
        Some(day) => Condition::all()
            .add(appeal::Column::Status.eq(AppealStatus::Sealed))
            .add(appeal::Column::SubmittedOn.lt(day)),
        None => Condition::all().add(Expr::value(false)),
    };
    query = query.filter(
        Condition::any()
            .add(appeal::Column::Status.ne(AppealStatus::Sealed))
            .add(sealed_shown),
    );
    let total = query.clone().count(db).await?;
    let items = query
        .order_by_desc(appeal::Column::SubmittedOn)
        .order_by_asc(appeal::Column::Id)
        .offset(page.saturating_sub(1).saturating_mul(per_page))
        .limit(per_page)
        .all(db)
        .await?;
    Ok((items, total))
}

/// A stored first answer to an idempotent request.
pub async fn find_idempotency_record<C: ConnectionTrait>(
    db: &C,
    key_hash: &str,
) -> Result<Option<idempotency_record::Model>, DbErr> {
    idempotency_record::Entity::find_by_id(key_hash.to_owned())
        .one(db)
        .await
}

/// Stores the first answers to idempotent requests.
pub async fn insert_idempotency_records<C: ConnectionTrait>(
    db: &C,
    records: Vec<idempotency_record::Model>,
) -> Result<(), DbErr> {
    insert_in_no_order::<idempotency_record::Entity, _>(
        db,
        records
            .into_iter()
            .map(idempotency_record::ActiveModel::from),
    )
    .await
}

/// Forgets the first answers stored before `day`: a retry comes within minutes, not days.
pub async fn forget_idempotency_records_before<C: ConnectionTrait>(
    db: &C,
    day: NaiveDate,
) -> Result<(), DbErr> {
    idempotency_record::Entity::delete_many()
        .filter(idempotency_record::Column::CreatedOn.lt(day))
        .exec(db)
        .await?;
    Ok(())
}

/// Counts an appeal refused at the door: one more for the school, the month (`YYYY-MM`) and
/// the reason. Nothing else is kept of it.
pub async fn count_door_refusal<C: ConnectionTrait>(
    db: &C,
    school_id: Uuid,
    month: &str,
    reason: &str,
) -> Result<(), DbErr> {
    use sea_orm::sea_query::OnConflict;
    use sea_orm::ActiveValue::Set;
    door_refusal::Entity::insert(door_refusal::ActiveModel {
        school_id: Set(school_id),
        month: Set(month.to_owned()),
        reason: Set(reason.to_owned()),
        count: Set(1),
    })
    .on_conflict(
        OnConflict::columns([
            door_refusal::Column::SchoolId,
            door_refusal::Column::Month,
            door_refusal::Column::Reason,
        ])
        .value(
            door_refusal::Column::Count,
            Expr::col((door_refusal::Entity, door_refusal::Column::Count)).add(1),
        )
        .to_owned(),
    )
    .exec_without_returning(db)
    .await?;
    Ok(())
}
