//! Appending to a school's journal and verifying it.

use chrono::{DateTime, DurationRound, TimeDelta, Utc};
use entity::appeal::AppealStatus;
use entity::{appeal, journal_entry};
use sea_orm::{
    ColumnTrait, ConnectionTrait, DatabaseTransaction, DbErr, EntityTrait, PaginatorTrait,
    QueryFilter, QueryOrder, QuerySelect,
};
use uuid::Uuid;

use super::event::JournalEvent;
use crate::audit::store::lock_chain;
use crate::chain::{link, ChainHead, GENESIS_HASH};

/// An entry to append.
#[derive(Debug, Clone)]
pub struct NewJournalEntry {
    pub appeal_id: Option<Uuid>,
    pub box_opening_id: Option<Uuid>,
    pub actor_id: Option<Uuid>,
    /// What happened: the entry's kind and payload (never appeal text).
    pub event: JournalEvent,
}

/// The fields of an entry its hash covers.
#[derive(Debug, Clone, Copy)]
pub struct EntryFields<'a> {
    pub school_id: Uuid,
    pub seq: i64,
    pub kind: &'a str,
    pub recorded_at: DateTime<Utc>,
    pub appeal_id: Option<Uuid>,
    pub box_opening_id: Option<Uuid>,
    pub actor_id: Option<Uuid>,
    pub payload: &'a str,
}

/// Appends the bytes an entry's hash covers: JSON of its fields in a fixed order —
/// `school_id`, `seq`, `kind`, `recorded_at`, `appeal_id`, `box_opening_id`, `actor_id`,
/// `payload` — ids hyphenated in lowercase, the time in RFC 3339 with microseconds and `Z`,
/// strings escaped as `serde_json` escapes them. Written by hand: verification writes it a
/// million times.
pub fn write_canonical(buffer: &mut Vec<u8>, fields: EntryFields<'_>) {
    fn id(buffer: &mut Vec<u8>, id: Option<Uuid>) {
        match id {
            Some(id) => {
                buffer.push(b'"');
                buffer.extend_from_slice(
                    id.hyphenated()
                        .encode_lower(&mut Uuid::encode_buffer())
                        .as_bytes(),
                );
                buffer.push(b'"');
            }
            None => buffer.extend_from_slice(b"null"),
        }
    }
    fn text(buffer: &mut Vec<u8>, text: &str) {
        // Writing a string into a vector cannot fail.
        let _ = serde_json::to_writer(&mut *buffer, text);
    }
    buffer.extend_from_slice(b"{\"school_id\":");
    id(buffer, Some(fields.school_id));
    buffer.extend_from_slice(b",\"seq\":");
    buffer.extend_from_slice(fields.seq.to_string().as_bytes());
    buffer.extend_from_slice(b",\"kind\":");
    text(buffer, fields.kind);
    buffer.extend_from_slice(b",\"recorded_at\":\"");
    write_timestamp(buffer, fields.recorded_at);
    buffer.extend_from_slice(b"\",\"appeal_id\":");
    id(buffer, fields.appeal_id);
    buffer.extend_from_slice(b",\"box_opening_id\":");
    id(buffer, fields.box_opening_id);
    buffer.extend_from_slice(b",\"actor_id\":");
    id(buffer, fields.actor_id);
    buffer.extend_from_slice(b",\"payload\":");
    text(buffer, fields.payload);
    buffer.push(b'}');
}

fn push_digits(buffer: &mut Vec<u8>, value: u32, width: u32) {
    for place in (0..width).rev() {
        buffer.push(b'0' + ((value / 10u32.pow(place)) % 10) as u8);
    }
}

/// `2026-11-26T12:19:08.298599Z`, as `to_rfc3339_opts(Micros, true)` writes it.
fn write_timestamp(buffer: &mut Vec<u8>, at: DateTime<Utc>) {
    use chrono::{Datelike, Timelike};
    let nanos = at.nanosecond();
    if !(0..=9999).contains(&at.year()) || nanos >= 1_000_000_000 {
        buffer.extend_from_slice(
            at.to_rfc3339_opts(chrono::SecondsFormat::Micros, true)
                .as_bytes(),
        );
        return;
    }
    push_digits(buffer, at.year() as u32, 4);
    for (separator, value, width) in [
        (b'-', at.month(), 2),
        (b'-', at.day(), 2),
        (b'T', at.hour(), 2),
        (b':', at.minute(), 2),
        (b':', at.second(), 2),
        (b'.', nanos / 1000, 6),
    ] {
        buffer.push(separator);
        push_digits(buffer, value, width);
    }
    buffer.push(b'Z');
}

/// The bytes a stored entry's hash covers.
pub fn canonical(entry: &journal_entry::Model) -> Vec<u8> {
    let mut buffer = Vec::with_capacity(512);
    write_canonical(
        &mut buffer,
        EntryFields {
            school_id: entry.school_id,
            seq: entry.seq,
            kind: &entry.kind,
            recorded_at: entry.recorded_at,
            appeal_id: entry.appeal_id,
            box_opening_id: entry.box_opening_id,
            actor_id: entry.actor_id,
            payload: &entry.payload,
        },
    );
    buffer
}

/// Takes the school's journal lock for the rest of the transaction: appends, registration
/// numbers and act numbers of one school are given one at a time, across replicas.
pub async fn lock(txn: &DatabaseTransaction, school_id: Uuid) -> Result<(), DbErr> {
    lock_chain(txn, &format!("journal:{school_id}")).await
}

/// The last entry's sequence number and hash.
pub async fn head<C: ConnectionTrait>(db: &C, school_id: Uuid) -> Result<Option<ChainHead>, DbErr> {
    last_entry(db, school_id, None).await
}

/// The last entry of a school's journal recorded before `instant` (a month's report cites the
/// journal as it stood at the month's end, not as it stands when the report is read).
pub async fn head_before<C: ConnectionTrait>(
    db: &C,
    school_id: Uuid,
    instant: DateTime<Utc>,
) -> Result<Option<ChainHead>, DbErr> {
    last_entry(db, school_id, Some(instant)).await
}

async fn last_entry<C: ConnectionTrait>(
    db: &C,
    school_id: Uuid,
    before: Option<DateTime<Utc>>,
) -> Result<Option<ChainHead>, DbErr> {
    let mut query =
        journal_entry::Entity::find().filter(journal_entry::Column::SchoolId.eq(school_id));
    if let Some(instant) = before {
        query = query.filter(journal_entry::Column::RecordedAt.lt(instant));
    }
    Ok(query
        .order_by_desc(journal_entry::Column::Seq)
        .limit(1)
        .one(db)
        .await?
        .map(|entry| ChainHead {
            seq: entry.seq,
            hash: entry.hash,
        }))
}

fn now() -> DateTime<Utc> {
    Utc::now()
        .duration_trunc(TimeDelta::microseconds(1))
        .unwrap_or_else(|_| Utc::now())
}

/// Appends entries, in order, to a school's journal inside the caller's transaction (which
/// takes the journal lock first). Returns them as stored.
pub async fn append(
    txn: &DatabaseTransaction,
    school_id: Uuid,
    entries: Vec<NewJournalEntry>,
) -> Result<Vec<journal_entry::Model>, DbErr> {
    lock(txn, school_id).await?;
    let (mut seq, mut prev_hash) = match head(txn, school_id).await? {
        Some(head) => (head.seq, head.hash),
        None => (0, GENESIS_HASH.to_owned()),
    };
    let recorded_at = now();
    let mut stored = Vec::with_capacity(entries.len());
    for entry in entries {
        seq += 1;
        let mut model = journal_entry::Model {
            id: Uuid::new_v4(),
            school_id,
            seq,
            kind: entry.event.kind().as_str().to_owned(),
            recorded_at,
            appeal_id: entry.appeal_id,
            box_opening_id: entry.box_opening_id,
            actor_id: entry.actor_id,
            payload: entry.event.payload().to_string(),
            prev_hash: prev_hash.clone(),
            hash: String::new(),
        };
        model.hash = link(&model.prev_hash, &canonical(&model));
        prev_hash = model.hash.clone();
        stored.push(model);
    }
    for chunk in stored.chunks(500) {
        journal_entry::Entity::insert_many(
            chunk.iter().cloned().map(journal_entry::ActiveModel::from),
        )
        .exec_without_returning(txn)
        .await?;
    }
    Ok(stored)
}

/// Keeps the result of a verification as the school's last journal check.
pub async fn record_check<C: ConnectionTrait>(
    db: &C,
    school_id: Uuid,
    verification: &crate::chain::Verification,
) -> Result<(), DbErr> {
    use entity::journal_check;
    use sea_orm::sea_query::OnConflict;
    let row = journal_check::ActiveModel {
        school_id: sea_orm::ActiveValue::Set(school_id),
        checked_at: sea_orm::ActiveValue::Set(Utc::now()),
        valid: sea_orm::ActiveValue::Set(verification.valid),
        entries: sea_orm::ActiveValue::Set(verification.entries as i64),
        head_seq: sea_orm::ActiveValue::Set(verification.head.as_ref().map(|head| head.seq)),
        head_hash: sea_orm::ActiveValue::Set(
            verification.head.as_ref().map(|head| head.hash.clone()),
        ),
        first_invalid: sea_orm::ActiveValue::Set(verification.first_invalid),
    };
    journal_check::Entity::insert(row)
        .on_conflict(
            OnConflict::column(journal_check::Column::SchoolId)
                .update_columns([
                    journal_check::Column::CheckedAt,
                    journal_check::Column::Valid,
                    journal_check::Column::Entries,
                    journal_check::Column::HeadSeq,
                    journal_check::Column::HeadHash,
                    journal_check::Column::FirstInvalid,
                ])
                .to_owned(),
        )
        .exec(db)
        .await?;
    Ok(())
}

/// Which registered appeals of a school a page of the journal shows.
pub struct JournalFilter {
    pub year: Option<i32>,
    pub status: Option<AppealStatus>,
    pub urgent: Option<bool>,
}

/// A page of a school's registered appeals in registration order, and how many there are in
/// all.
pub async fn registered_appeals<C: ConnectionTrait>(
    db: &C,
    school_id: Uuid,
    filter: &JournalFilter,
    page: u64,
    per_page: u64,
) -> Result<(Vec<appeal::Model>, u64), DbErr> {
    let mut select = appeal::Entity::find()
        .filter(appeal::Column::SchoolId.eq(school_id))
        .filter(appeal::Column::RegistrationNumber.is_not_null());
    if let Some(year) = filter.year {
        select = select.filter(appeal::Column::RegistrationYear.eq(year));
    }
    if let Some(status) = filter.status {
        select = select.filter(appeal::Column::Status.eq(status));
    }
    if let Some(urgent) = filter.urgent {
        select = select.filter(appeal::Column::Urgent.eq(urgent));
    }
    let total = select.clone().count(db).await?;
    let appeals = select
        .order_by_asc(appeal::Column::RegistrationYear)
        .order_by_asc(appeal::Column::RegistrationSeq)
        .offset((page - 1).saturating_mul(per_page))
        .limit(per_page)
        .all(db)
        .await?;
    Ok((appeals, total))
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::TimeZone;
    use serde::Serialize;

    /// The canonical form as first defined: `serde_json` of the fields in order.
    #[derive(Serialize)]
    struct Reference {
        school_id: String,
        seq: i64,
        kind: String,
        recorded_at: String,
        appeal_id: Option<String>,
        box_opening_id: Option<String>,
        actor_id: Option<String>,
        payload: String,
    }

    #[test]
    fn the_hand_written_canonical_form_is_the_serde_one() {
        let times = [
            Utc.with_ymd_and_hms(2026, 11, 26, 12, 19, 8).unwrap()
                + TimeDelta::microseconds(298_599),
            Utc.with_ymd_and_hms(2027, 1, 1, 0, 0, 0).unwrap(),
            Utc.with_ymd_and_hms(999, 9, 9, 9, 9, 9).unwrap() + TimeDelta::microseconds(120),
        ];
        let payloads = [
            r#"{"registration_number":"2026/7","event":{"type":"assigned"}}"#,
            "quote \" backslash \\ newline \n tab \t control \u{1} \u{1f} unicode жашыруун 😀 slash /",
            "",
        ];
        for (n, (at, payload)) in times.iter().zip(payloads).enumerate() {
            let ids = [Some(Uuid::new_v4()), None, Some(Uuid::new_v4())];
            let fields = EntryFields {
                school_id: Uuid::new_v4(),
                seq: [1, i64::MAX, 0][n],
                kind: ["registration", "act_acknowledgement", "odd \"kind\""][n],
                recorded_at: *at,
                appeal_id: ids[n % 3],
                box_opening_id: ids[(n + 1) % 3],
                actor_id: ids[(n + 2) % 3],
                payload,
            };
            let reference = serde_json::to_vec(&Reference {
                school_id: fields.school_id.to_string(),
                seq: fields.seq,
                kind: fields.kind.to_owned(),
                recorded_at: at.to_rfc3339_opts(chrono::SecondsFormat::Micros, true),
                appeal_id: fields.appeal_id.map(|id| id.to_string()),
                box_opening_id: fields.box_opening_id.map(|id| id.to_string()),
                actor_id: fields.actor_id.map(|id| id.to_string()),
                payload: payload.to_owned(),
            })
            .unwrap();
            let mut written = Vec::new();
            write_canonical(&mut written, fields);
            assert_eq!(
                String::from_utf8(written).unwrap(),
                String::from_utf8(reference).unwrap()
            );
        }
    }
}
