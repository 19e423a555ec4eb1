//! Verifying a school's journal (DESIGN.md §5): the chain is recomputed from the first entry
//! and checked against every head an act recorded. Entries are read in pages of plain
//! columns, and each page is hashed on a blocking thread while the next is read, in constant
//! memory. On SQLite the pages follow the order the entries were written in, which is the
//! order of their numbers unless someone moved rows; any irregularity there hands the whole
//! check to the entry-by-entry reading in number order, which names the first bad entry.

use std::collections::BTreeMap;

use chrono::{DateTime, Utc};
use entity::{box_opening, journal_entry};
use futures_util::{StreamExt, TryStreamExt};
use sea_orm::sqlx::{self, Row};
use sea_orm::{
    ColumnTrait, ConnectionTrait, DatabaseBackend, DatabaseConnection, DbErr, EntityTrait,
    QueryFilter, QueryOrder,
};
use uuid::Uuid;

use super::store::{canonical, write_canonical, EntryFields};
use crate::chain::{StoredLink, Verification, Verifier};

/// Entries per page: a few megabytes.
const PAGE: i64 = 20_000;

/// An entry as read for verification.
#[derive(Debug, Clone)]
struct RawEntry {
    seq: i64,
    kind: String,
    recorded_at: DateTime<Utc>,
    appeal_id: Option<Uuid>,
    box_opening_id: Option<Uuid>,
    actor_id: Option<Uuid>,
    payload: String,
    prev_hash: String,
    hash: String,
}

/// The chain being recomputed, and the heads acts recorded.
struct Check {
    school_id: Uuid,
    /// A page could not be read back as written.
    unreadable: bool,
    verifier: Verifier,
    recorded: BTreeMap<i64, String>,
    last_matching_head: i64,
}

impl Check {
    fn new(school_id: Uuid, recorded: BTreeMap<i64, String>) -> Check {
        Check {
            school_id,
            unreadable: false,
            verifier: Verifier::default(),
            recorded,
            last_matching_head: 0,
        }
    }

    fn entry(&mut self, seq: i64, prev_hash: &str, hash: &str, canonical: &[u8]) {
        self.verifier.check(StoredLink {
            seq,
            prev_hash,
            hash,
            canonical,
        });
        if let Some(expected) = self.recorded.get(&seq) {
            if self.verifier.last_seq() == seq && self.verifier.last_hash() == expected {
                self.last_matching_head = seq;
            } else if self.verifier.last_seq() == seq {
                // The chain holds together but differs from what an act recorded: it was
                // rewritten after that act. The fault lies after the last head that matched.
                self.verifier.fail_at(self.last_matching_head + 1);
            }
        }
    }

    fn raw(&mut self, entry: &RawEntry, buffer: &mut Vec<u8>) {
        self.fields(
            EntryFields {
                school_id: self.school_id,
                seq: entry.seq,
                kind: &entry.kind,
                recorded_at: entry.recorded_at,
                appeal_id: entry.appeal_id,
                box_opening_id: entry.box_opening_id,
                actor_id: entry.actor_id,
                payload: &entry.payload,
            },
            &entry.prev_hash,
            &entry.hash,
            buffer,
        );
    }

    fn fields(
        &mut self,
        fields: EntryFields<'_>,
        prev_hash: &str,
        hash: &str,
        buffer: &mut Vec<u8>,
    ) {
        buffer.clear();
        write_canonical(buffer, fields);
        self.entry(fields.seq, prev_hash, hash, buffer);
    }

    /// Whether everything so far is in order and correct.
    fn clean(&self) -> bool {
        !self.unreadable && self.verifier.first_invalid().is_none()
    }

    /// Checks a page of SQLite columns entry by entry, without copying any field.
    fn columns(&mut self, page: &SqlitePage, buffer: &mut Vec<u8>) {
        if page.read(self, buffer).is_none() {
            self.unreadable = true;
        }
    }

    fn finish(mut self) -> Verification {
        // A recorded head beyond the end means entries were cut off.
        let end = self.verifier.last_seq();
        if let Some((&seq, _)) = self.recorded.range(end + 1..).next() {
            self.verifier.fail_at((end + 1).min(seq));
        }
        self.verifier.finish()
    }
}

/// The heads recorded in signed acts.
async fn recorded_heads(
    db: &DatabaseConnection,
    school_id: Uuid,
) -> Result<BTreeMap<i64, String>, DbErr> {
    let mut heads: BTreeMap<i64, String> = box_opening::Entity::find()
        .filter(box_opening::Column::SchoolId.eq(school_id))
        .filter(box_opening::Column::JournalHeadSeq.is_not_null())
        .all(db)
        .await?
        .into_iter()
        .filter_map(|opening| Some((opening.journal_head_seq?, opening.journal_head_hash?)))
        .collect();
    // Published reports print the head too.
    let reports = entity::monthly_report::Entity::find()
        .filter(entity::monthly_report::Column::SchoolId.eq(school_id))
        .filter(entity::monthly_report::Column::PublishedAt.is_not_null())
        .filter(entity::monthly_report::Column::JournalHeadSeq.is_not_null())
        .all(db)
        .await?;
    for report in reports {
        if let (Some(seq), Some(hash)) = (report.journal_head_seq, report.journal_head_hash) {
            heads.entry(seq).or_insert(hash);
        }
    }
    Ok(heads)
}

/// Recomputes a school's journal and checks it against every head recorded in a signed act
/// or a published report, and checks the school's box key against the fingerprint the
/// journal recorded: a key replaced in the database makes the verification fail.
pub async fn verify(db: &DatabaseConnection, school_id: Uuid) -> Result<Verification, DbErr> {
    let mut verification = verify_chain(db, school_id).await?;
    if crate::box_keys::service::replaced_key(db, school_id)
        .await?
        .is_some()
    {
        verification.valid = false;
        verification.box_key_replaced = true;
    }
    Ok(verification)
}

async fn verify_chain(db: &DatabaseConnection, school_id: Uuid) -> Result<Verification, DbErr> {
    let recorded = recorded_heads(db, school_id).await?;
    match db.get_database_backend() {
        DatabaseBackend::Postgres => {
            let pool = db.get_postgres_connection_pool();
            if let Some(verification) = postgres_halves(pool, school_id, &recorded).await? {
                return Ok(verification);
            }
            let check = postgres_stream(pool, Check::new(school_id, recorded), 0, i64::MAX).await?;
            Ok(check.finish())
        }
        DatabaseBackend::Sqlite => {
            let main = db.get_sqlite_connection_pool();
            let reader = sqlite_reader(main).await;
            let pool = reader.clone().unwrap_or_else(|| main.clone());
            let check = Check::new(school_id, recorded.clone());
            let outcome = sqlite_in_written_order(&pool, check).await;
            if let Some(reader) = reader {
                reader.close().await;
            }
            match outcome? {
                Some(check) if check.clean() => Ok(check.finish()),
                _ => verify_in_number_order(db, school_id, recorded).await,
            }
        }
        _ => verify_in_number_order(db, school_id, recorded).await,
    }
}

/// A read-only connection of its own to the same SQLite file, so that the server's one
/// connection stays free for requests while a long journal is read; `None` for a database
/// without a file.
async fn sqlite_reader(main: &sqlx::SqlitePool) -> Option<sqlx::SqlitePool> {
    let row = sqlx::query("SELECT file FROM pragma_database_list WHERE name = 'main'")
        .fetch_one(main)
        .await
        .ok()?;
    let file: String = row.try_get(0).ok()?;
    if file.is_empty() {
        return None;
    }
    let options = sqlx::sqlite::SqliteConnectOptions::new()
        .filename(file)
        .read_only(true)
        .busy_timeout(std::time::Duration::from_secs(30));
    sqlx::sqlite::SqlitePoolOptions::new()
        .max_connections(1)
        .connect_with(options)
        .await
        .ok()
}

/// Reads the journal in the order it was written, page by page, and hashes each page on a
/// blocking thread while the next one is read. `None` when a page could not be read as
/// written, or at the first fault: the caller then reads again in number order to name it.
async fn sqlite_in_written_order(
    pool: &sqlx::SqlitePool,
    check: Check,
) -> Result<Option<Check>, DbErr> {
    let school_id = check.school_id;
    let last: i64 = sqlx::query("SELECT coalesce(max(rowid), 0) FROM journal_entry")
        .fetch_one(pool)
        .await
        .and_then(|row| row.try_get(0))
        .map_err(|error| DbErr::Custom(error.to_string()))?;
    let ranges = (0..=last / PAGE).map(|page| (page * PAGE, ((page + 1) * PAGE).min(last)));
    let mut pages = futures_util::stream::iter(ranges)
        .map(|(after, to)| sqlite_page(pool, school_id, after, to))
        .buffered(2);
    let mut idle = Some(check);
    let mut hashing: Option<tokio::task::JoinHandle<Check>> = None;
    loop {
        let page = pages.next().await.transpose()?;
        if let Some(previous) = hashing.take() {
            let done = joined(previous).await?;
            if !done.clean() {
                return Ok(None);
            }
            idle = Some(done);
        }
        let Some(check) = idle.take() else {
            return Err(DbErr::Custom("verification lost its place".to_owned()));
        };
        match page {
            None => return Ok(Some(check)),
            Some(None) => return Ok(None),
            Some(Some(page)) => hashing = Some(hash_chunk(check, Chunk::Columns(page))),
        }
    }
}

/// Entries to hash: PostgreSQL's rows, or a page of SQLite's columns.
enum Chunk {
    Rows(Vec<RawEntry>),
    Columns(SqlitePage),
}

/// Hashes a chunk on a blocking thread.
fn hash_chunk(mut check: Check, chunk: Chunk) -> tokio::task::JoinHandle<Check> {
    tokio::task::spawn_blocking(move || {
        let mut buffer = Vec::with_capacity(512);
        match &chunk {
            Chunk::Rows(entries) => {
                for entry in entries {
                    check.raw(entry, &mut buffer);
                }
            }
            Chunk::Columns(page) => check.columns(page, &mut buffer),
        }
        check
    })
}

async fn joined(hashing: tokio::task::JoinHandle<Check>) -> Result<Check, DbErr> {
    hashing
        .await
        .map_err(|error| DbErr::Custom(format!("verification stopped: {error}")))
}

/// A long journal on PostgreSQL is read as two halves side by side, each on its own
/// connection: the second half's check takes up the chain from the previous hash its first
/// entry stores, and the seam holds when the first half ends on exactly that hash. `None`
/// for a journal of one entry, or when either half or the seam is not clean: the caller then
/// reads it whole, in one pass, which names the first bad entry exactly.
async fn postgres_halves(
    pool: &sqlx::PgPool,
    school_id: Uuid,
    recorded: &BTreeMap<i64, String>,
) -> Result<Option<Verification>, DbErr> {
    let database = |error: sqlx::Error| DbErr::Custom(error.to_string());
    let last: i64 =
        sqlx::query("SELECT coalesce(max(seq), 0) FROM journal_entry WHERE school_id = $1")
            .bind(school_id)
            .fetch_one(pool)
            .await
            .and_then(|row| row.try_get(0))
            .map_err(database)?;
    if last < 2 {
        return Ok(None);
    }
    let middle = last / 2;
    let seam: Option<String> =
        sqlx::query("SELECT prev_hash FROM journal_entry WHERE school_id = $1 AND seq = $2")
            .bind(school_id)
            .bind(middle + 1)
            .fetch_optional(pool)
            .await
            .map_err(database)?
            .map(|row| row.try_get(0))
            .transpose()
            .map_err(database)?;
    let Some(seam) = seam else {
        return Ok(None);
    };
    let first = Check::new(school_id, recorded.clone());
    let mut second = Check::new(school_id, recorded.clone());
    second.verifier = Verifier::continuing(middle + 1, &seam);
    let (first, second) = tokio::try_join!(
        postgres_stream(pool, first, 0, middle),
        postgres_stream(pool, second, middle, i64::MAX),
    )?;
    let joined = first.clean()
        && second.clean()
        && first.verifier.last_seq() == middle
        && first.verifier.last_hash() == seam;
    if !joined {
        return Ok(None);
    }
    let before = first.verifier.entries();
    let mut verification = second.finish();
    if !verification.valid {
        return Ok(None);
    }
    verification.entries += before;
    Ok(Some(verification))
}

/// PostgreSQL sends the rows of one query in number order as they are read; each chunk is
/// hashed while the next arrives. The rows are read along the `(school_id, seq)` index, never
/// sorted: a planner without fresh statistics would otherwise sort a million rows on disk.
async fn postgres_stream(
    pool: &sqlx::PgPool,
    check: Check,
    after: i64,
    upto: i64,
) -> Result<Check, DbErr> {
    let school_id = check.school_id;
    let database = |error: sqlx::Error| DbErr::Custom(error.to_string());
    let mut txn = pool.begin().await.map_err(database)?;
    for setting in [
        "SET TRANSACTION READ ONLY",
        "SET LOCAL enable_sort = off",
        "SET LOCAL enable_bitmapscan = off",
    ] {
        sqlx::query(setting)
            .execute(&mut *txn)
            .await
            .map_err(database)?;
    }
    let mut rows = sqlx::query(
        "SELECT seq, kind, recorded_at, appeal_id, box_opening_id, actor_id, payload, prev_hash, hash \
         FROM journal_entry WHERE school_id = $1 AND seq > $2 AND seq <= $3 ORDER BY seq",
    )
    .bind(school_id)
    .bind(after)
    .bind(upto)
    .fetch(&mut *txn);
    let mut idle = Some(check);
    let mut hashing: Option<tokio::task::JoinHandle<Check>> = None;
    let mut chunk = Vec::with_capacity(PAGE as usize);
    loop {
        let row = rows.try_next().await.map_err(database)?;
        if let Some(row) = &row {
            chunk.push(RawEntry {
                seq: row.try_get(0).map_err(database)?,
                kind: row.try_get(1).map_err(database)?,
                recorded_at: row.try_get(2).map_err(database)?,
                appeal_id: row.try_get(3).map_err(database)?,
                box_opening_id: row.try_get(4).map_err(database)?,
                actor_id: row.try_get(5).map_err(database)?,
                payload: row.try_get(6).map_err(database)?,
                prev_hash: row.try_get(7).map_err(database)?,
                hash: row.try_get(8).map_err(database)?,
            });
            if chunk.len() < PAGE as usize {
                continue;
            }
        }
        if let Some(previous) = hashing.take() {
            idle = Some(joined(previous).await?);
        }
        let Some(check) = idle.take() else {
            return Err(DbErr::Custom("verification lost its place".to_owned()));
        };
        let full = std::mem::replace(&mut chunk, Vec::with_capacity(PAGE as usize));
        if row.is_none() {
            return joined(hash_chunk(check, Chunk::Rows(full))).await;
        }
        hashing = Some(hash_chunk(check, Chunk::Rows(full)));
    }
}

/// The school's entries among the rows written at positions (rowid) `after + 1 ..= to`. SQLite
/// hands rows over one at a time, and a million of them cost more than the hashing; so each
/// column comes as one text per page instead: hashes and previous hashes (64 characters each)
/// run together, payloads separated by U+001E, the other columns by commas. `None` when the
/// texts cannot be read back as written (a separator inside a field, a hash of another length).
/// Ids come as 16 bytes each, all zero for none, rather than as text.
async fn sqlite_page(
    pool: &sqlx::SqlitePool,
    school_id: Uuid,
    after: i64,
    to: i64,
) -> Result<Option<SqlitePage>, DbErr> {
    let row = sqlx::query(
        "SELECT count(*), group_concat(seq), group_concat(kind), group_concat(recorded_at), \
           CAST(group_concat(coalesce(appeal_id, zeroblob(16)), '') AS BLOB), \
           CAST(group_concat(coalesce(box_opening_id, zeroblob(16)), '') AS BLOB), \
           CAST(group_concat(coalesce(actor_id, zeroblob(16)), '') AS BLOB), \
           group_concat(payload, char(30)), group_concat(prev_hash, ''), group_concat(hash, '') \
         FROM (SELECT * FROM journal_entry NOT INDEXED \
               WHERE school_id = ? AND rowid > ? AND rowid <= ? ORDER BY rowid)",
    )
    .bind(school_id)
    .bind(after)
    .bind(to)
    .fetch_one(pool)
    .await
    .map_err(|error| DbErr::Custom(error.to_string()))?;
    let decode = |error: sqlx::Error| DbErr::Custom(error.to_string());
    let count: i64 = row.try_get(0).map_err(decode)?;
    if count == 0 {
        return Ok(Some(SqlitePage::default()));
    }
    let text = |index: usize| row.try_get::<Option<String>, _>(index).map_err(decode);
    let ids = |index: usize| row.try_get::<Option<Vec<u8>>, _>(index).map_err(decode);
    let (Some(seqs), Some(kinds), Some(times), Some(payloads), Some(prev_hashes), Some(hashes)) =
        (text(1)?, text(2)?, text(3)?, text(7)?, text(8)?, text(9)?)
    else {
        return Ok(None);
    };
    let (Some(appeals), Some(openings), Some(actors)) = (ids(4)?, ids(5)?, ids(6)?) else {
        return Ok(None);
    };
    Ok(Some(SqlitePage {
        count: count as usize,
        seqs,
        kinds,
        times,
        appeals,
        openings,
        actors,
        payloads,
        prev_hashes,
        hashes,
    }))
}

/// A page's columns, each as one text (ids as 16 bytes per entry, all zero for none).
#[derive(Debug, Clone, Default)]
struct SqlitePage {
    count: usize,
    seqs: String,
    kinds: String,
    times: String,
    appeals: Vec<u8>,
    openings: Vec<u8>,
    actors: Vec<u8>,
    payloads: String,
    prev_hashes: String,
    hashes: String,
}

/// The `index`th of ids stored 16 bytes each, all zero for none.
fn packed_uuid(bytes: &[u8], index: usize) -> Option<Option<Uuid>> {
    let id = Uuid::from_slice(bytes.get(index * 16..(index + 1) * 16)?).ok()?;
    Some((!id.is_nil()).then_some(id))
}

impl SqlitePage {
    /// Feeds each entry to the check, in order; `None` when the columns do not split into
    /// `count` entries each (a separator inside a field, a hash of another length).
    fn read(&self, check: &mut Check, buffer: &mut Vec<u8>) -> Option<()> {
        let count = self.count;
        if count == 0 {
            return Some(());
        }
        if self.prev_hashes.len() != count * 64 || self.hashes.len() != count * 64 {
            return None;
        }
        if [&self.appeals, &self.openings, &self.actors]
            .iter()
            .any(|ids| ids.len() != count * 16)
        {
            return None;
        }
        let mut seqs = self.seqs.split(',');
        let mut kinds = self.kinds.split(',');
        let mut times = self.times.split(',');
        let mut payloads = self.payloads.split('\u{1e}');
        for index in 0..count {
            let span = index * 64..(index + 1) * 64;
            let fields = EntryFields {
                school_id: check.school_id,
                seq: seqs.next()?.parse().ok()?,
                kind: kinds.next()?,
                recorded_at: DateTime::parse_from_rfc3339(times.next()?).ok()?.to_utc(),
                appeal_id: packed_uuid(&self.appeals, index)?,
                box_opening_id: packed_uuid(&self.openings, index)?,
                actor_id: packed_uuid(&self.actors, index)?,
                payload: payloads.next()?,
            };
            let prev_hash = self.prev_hashes.get(span.clone())?;
            let hash = self.hashes.get(span)?;
            check.fields(fields, prev_hash, hash, buffer);
        }
        let leftover = seqs.next().is_some()
            || kinds.next().is_some()
            || times.next().is_some()
            || payloads.next().is_some();
        (!leftover).then_some(())
    }
}

/// The reference reading: every entry as a model, in number order, one at a time.
async fn verify_in_number_order(
    db: &DatabaseConnection,
    school_id: Uuid,
    recorded: BTreeMap<i64, String>,
) -> Result<Verification, DbErr> {
    let mut check = Check::new(school_id, recorded);
    let mut entries = journal_entry::Entity::find()
        .filter(journal_entry::Column::SchoolId.eq(school_id))
        .order_by_asc(journal_entry::Column::Seq)
        .stream(db)
        .await?;
    while let Some(entry) = entries.try_next().await? {
        check.entry(entry.seq, &entry.prev_hash, &entry.hash, &canonical(&entry));
    }
    drop(entries);
    Ok(check.finish())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn page(seqs: &str, kinds: &str, ids: &[u8], payloads: &str, hashes: &str) -> SqlitePage {
        SqlitePage {
            count: 2,
            seqs: seqs.to_owned(),
            kinds: kinds.to_owned(),
            times: "2026-11-26T12:19:08.298599+00:00,2026-11-26T12:19:09+00:00".to_owned(),
            appeals: ids.to_vec(),
            openings: ids.to_vec(),
            actors: ids.to_vec(),
            payloads: payloads.to_owned(),
            prev_hashes: hashes.to_owned(),
            hashes: hashes.to_owned(),
        }
    }

    /// Builds a two-entry chain and its page as SQLite would give it.
    fn chain() -> (Uuid, SqlitePage) {
        let school_id = Uuid::new_v4();
        let appeal = Uuid::new_v4();
        let times = [
            DateTime::parse_from_rfc3339("2026-11-26T12:19:08.298599+00:00")
                .unwrap()
                .to_utc(),
            DateTime::parse_from_rfc3339("2026-11-26T12:19:09+00:00")
                .unwrap()
                .to_utc(),
        ];
        let mut prev = crate::chain::GENESIS_HASH.to_owned();
        let (mut prevs, mut hashes) = (String::new(), String::new());
        for (index, (kind, payload, id)) in [
            ("measure", "{\"n\":1}", Some(appeal)),
            ("answer", "{\"n\":2}", None),
        ]
        .into_iter()
        .enumerate()
        {
            let mut bytes = Vec::new();
            write_canonical(
                &mut bytes,
                EntryFields {
                    school_id,
                    seq: index as i64 + 1,
                    kind,
                    recorded_at: times[index],
                    appeal_id: id,
                    box_opening_id: id,
                    actor_id: id,
                    payload,
                },
            );
            let hash = crate::chain::link(&prev, &bytes);
            prevs.push_str(&prev);
            hashes.push_str(&hash);
            prev = hash;
        }
        let mut ids = appeal.as_bytes().to_vec();
        ids.extend_from_slice(&[0; 16]);
        let mut page = page(
            "1,2",
            "measure,answer",
            &ids,
            "{\"n\":1}\u{1e}{\"n\":2}",
            &hashes,
        );
        page.prev_hashes = prevs;
        (school_id, page)
    }

    fn checked(school_id: Uuid, page: &SqlitePage) -> Check {
        let mut check = Check::new(school_id, BTreeMap::new());
        check.columns(page, &mut Vec::new());
        check
    }

    #[test]
    fn a_page_of_columns_verifies_entry_by_entry() {
        let (school_id, page) = chain();
        let check = checked(school_id, &page);
        assert!(check.clean());
        let verification = check.finish();
        assert!(verification.valid);
        assert_eq!(verification.entries, 2);
    }

    #[test]
    fn an_edited_field_breaks_the_page() {
        let (school_id, mut page) = chain();
        page.payloads = "{\"n\":1}\u{1e}{\"n\":3}".to_owned();
        let check = checked(school_id, &page);
        assert!(!check.clean());
        assert_eq!(check.finish().first_invalid, Some(2));
    }

    #[test]
    fn a_page_with_a_stray_separator_or_an_odd_length_is_not_read() {
        let (school_id, page) = chain();
        for broken in [
            SqlitePage {
                kinds: "measure,an,swer".to_owned(),
                ..page.clone()
            },
            SqlitePage {
                payloads: "{}\u{1e}{\u{1e}}".to_owned(),
                ..page.clone()
            },
            SqlitePage {
                hashes: page.hashes[1..].to_owned(),
                ..page.clone()
            },
            SqlitePage {
                appeals: page.appeals[1..].to_vec(),
                ..page.clone()
            },
            SqlitePage {
                seqs: "1".to_owned(),
                ..page.clone()
            },
        ] {
            assert!(checked(school_id, &broken).unreadable, "{broken:?}");
        }
        assert!(!checked(school_id, &page).unreadable);
        assert!(!checked(school_id, &SqlitePage::default()).unreadable);
    }
}
