//! The periodic jobs: the month's first report drafts, overdue boxes announced to the
//! district, the nightly journal check, the daily reminders and retention, and the daily
//! rewrite that leaves no order of the drops at rest; on every tick, the throttles' counts
//! of ended windows are deleted.

use std::collections::BTreeMap;

use chrono::Utc;
use entity::school;
use sea_orm::{EntityTrait, TransactionTrait};

use super::claim::{claim, finish, mark_once};
use crate::appeals::escalation::{announce_urgent_appeals, escalate_late_urgent_appeals, hour_of};
use crate::box_openings::service::box_due_by;
use crate::box_openings::store::last_signed_opening;
use crate::calendar::today_in;
use crate::calendar::zone_of;
use crate::journal;
use crate::reports::month::Month;
use crate::reports::service::ensure_draft;
use crate::state::AppState;
use crate::webhooks::{self, Event};

/// Runs every job whose period has come and that no replica has taken.
pub async fn run_due(state: &AppState, runner: &str) -> anyhow::Result<()> {
    let schools = school::Entity::find().all(&state.db).await?;
    let mut by_zone: BTreeMap<String, Vec<school::Model>> = BTreeMap::new();
    for school in schools {
        by_zone
            .entry(school.time_zone.clone())
            .or_default()
            .push(school);
    }
    for (zone, schools) in &by_zone {
        let today = today_in(zone);
        monthly_drafts(state, runner, zone, schools, Month::of(today).previous()).await?;
        journal_checks(state, runner, zone, schools, &today.to_string()).await?;
        reminders(state, runner, zone, schools, today).await?;
        retention(state, runner, zone, schools, today).await?;
        let hour = Utc::now()
            .with_timezone(&zone_of(zone))
            .format("%Y-%m-%dT%H");
        overdue_boxes(state, runner, zone, schools, &hour.to_string()).await?;
        urgent_not_referred(state, runner, zone, schools, &hour.to_string()).await?;
    }
    reseal_under_the_current_key(state).await;
    drop_order(state, runner).await?;
    crate::throttle_window::forget_ended(&state.db, crate::throttle_window::now()).await?;
    forget_unsent_files(state).await?;
    Ok(())
}

/// Files uploaded for a drop or reply that never came are forgotten once a whole day has
/// passed everywhere (the day of an upload is its school's; a day's margin covers every zone).
async fn forget_unsent_files(state: &AppState) -> anyhow::Result<()> {
    let before = Utc::now().date_naive() - chrono::Days::new(1);
    crate::appeal_files::store::forget_unsent(&state.db, before).await?;
    Ok(())
}

/// Once a day, the tables a drop writes are rewritten in the order of their keys, so their
/// physical order no longer follows the order of the drops (PostgreSQL; SQLite keeps them so).
async fn drop_order(state: &AppState, runner: &str) -> anyhow::Result<()> {
    let job = "drop-order";
    let day = Utc::now().date_naive().to_string();
    if !claim(&state.db, job, &day, runner).await? {
        return Ok(());
    }
    match crate::appeals::drop_order::forget(&state.db).await {
        Ok(()) => finish(&state.db, job, &day).await?,
        // Left claimed: another replica takes it over once the claim is stale.
        Err(error) => tracing::warn!(%error, "the drops' order was not rewritten"),
    }
    Ok(())
}

/// After a key rotation, a share of what is sealed under older keys is sealed again under the
/// current one on each tick, until nothing is left (every replica may help: rows are rewritten
/// one by one and skip each other).
async fn reseal_under_the_current_key(state: &AppState) {
    let mut resealed = 0;
    for _ in 0..RESEAL_BATCHES_PER_TICK {
        match crate::operations::rekey::reseal_batch(&state.db, &state.secrets, RESEAL_BATCH).await
        {
            Ok(0) => break,
            Ok(done) => resealed += done,
            Err(error) => {
                tracing::error!(error = %error, "sealing again under the current key failed");
                break;
            }
        }
    }
    if resealed > 0 {
        tracing::info!(rows = resealed, "sealed again under the current key");
    }
}

/// Rows of each table per batch, and batches per tick, of the re-sealing after a rotation.
const RESEAL_BATCH: u64 = 200;
const RESEAL_BATCHES_PER_TICK: usize = 50;

/// On the 1st (or at the first start after it), the previous month's draft of every school
/// that existed then.
async fn monthly_drafts(
    state: &AppState,
    runner: &str,
    zone: &str,
    schools: &[school::Model],
    month: Month,
) -> anyhow::Result<()> {
    let job = format!("monthly_drafts:{zone}");
    let period = month.to_string();
    if !claim(&state.db, &job, &period, runner).await? {
        return Ok(());
    }
    let mut made = 0;
    for school in schools {
        let created = school.created_at.with_timezone(&zone_of(zone)).date_naive();
        if created <= month.last_day() && ensure_draft(&state.db, school, month).await? {
            made += 1;
        }
    }
    finish(&state.db, &job, &period).await?;
    tracing::info!(month = %period, drafts = made, "monthly report drafts made");
    Ok(())
}

/// Once a day, every school's journal is verified and the result kept for the district.
async fn journal_checks(
    state: &AppState,
    runner: &str,
    zone: &str,
    schools: &[school::Model],
    day: &str,
) -> anyhow::Result<()> {
    let job = format!("journal_checks:{zone}");
    if !claim(&state.db, &job, day, runner).await? {
        return Ok(());
    }
    for school in schools {
        let verification = journal::verification::verify(&state.db, school.id).await?;
        journal::store::record_check(&state.db, school.id, &verification).await?;
        if !verification.valid {
            tracing::error!(
                first_invalid = verification.first_invalid,
                "a journal failed verification"
            );
        }
    }
    finish(&state.db, &job, day).await?;
    Ok(())
}

/// Once a day, closed appeals past their school's retention period are erased.
async fn retention(
    state: &AppState,
    runner: &str,
    zone: &str,
    schools: &[school::Model],
    today: chrono::NaiveDate,
) -> anyhow::Result<()> {
    let job = format!("retention:{zone}");
    let day = today.to_string();
    if !claim(&state.db, &job, &day, runner).await? {
        return Ok(());
    }
    let mut erased = 0;
    for school in schools {
        erased += crate::appeals::retention::erase_expired(&state.db, school, today).await?;
    }
    finish(&state.db, &job, &day).await?;
    if erased > 0 {
        tracing::info!(
            appeals = erased,
            "content erased after the retention period"
        );
    }
    Ok(())
}

/// Once a day, the deadline and report reminders.
async fn reminders(
    state: &AppState,
    runner: &str,
    zone: &str,
    schools: &[school::Model],
    today: chrono::NaiveDate,
) -> anyhow::Result<()> {
    if state.mailer.is_none() {
        return Ok(());
    }
    let job = format!("reminders:{zone}");
    let day = today.to_string();
    if !claim(&state.db, &job, &day, runner).await? {
        return Ok(());
    }
    let mut sent = 0;
    for school in schools {
        sent += super::reminders::remind(state, school, today).await?;
    }
    finish(&state.db, &job, &day).await?;
    tracing::info!(mails = sent, "reminders sent");
    Ok(())
}

/// Every hour, the district hears of the urgent appeals dropped since the last hour (stamped
/// to the hour), and of those not referred by the end of the next working day, once each.
async fn urgent_not_referred(
    state: &AppState,
    runner: &str,
    zone: &str,
    schools: &[school::Model],
    hour: &str,
) -> anyhow::Result<()> {
    let job = format!("urgent_not_referred:{zone}");
    if !claim(&state.db, &job, hour, runner).await? {
        return Ok(());
    }
    let announced =
        announce_urgent_appeals(&state.db, runner, schools, hour_of(Utc::now())).await?;
    if announced > 0 {
        tracing::info!(announced, "urgent appeals announced to the district");
    }
    let escalated = escalate_late_urgent_appeals(&state.db, runner, schools).await?;
    finish(&state.db, &job, hour).await?;
    if escalated > 0 {
        tracing::warn!(
            escalated,
            "urgent appeals not referred in time escalated to the district"
        );
    }
    Ok(())
}

/// Every hour, a box that passed its due day is announced to the district, once per due day.
async fn overdue_boxes(
    state: &AppState,
    runner: &str,
    zone: &str,
    schools: &[school::Model],
    hour: &str,
) -> anyhow::Result<()> {
    let job = format!("overdue_boxes:{zone}");
    if !claim(&state.db, &job, hour, runner).await? {
        return Ok(());
    }
    let today = today_in(zone);
    for school in schools {
        let local = zone_of(&school.time_zone);
        let last = last_signed_opening(&state.db, school.id)
            .await?
            .and_then(|opening| opening.signed_at)
            .map(|at| at.with_timezone(&local).date_naive());
        let due_by = box_due_by(school, last);
        if today <= due_by {
            continue;
        }
        let txn = state.db.begin().await?;
        let job = format!("box_overdue:{}", school.id);
        if !mark_once(&txn, &job, &due_by.to_string(), runner, Utc::now()).await? {
            continue;
        }
        webhooks::enqueue(
            &txn,
            school.district_id,
            Event::BoxOverdue {
                school: school.slug.clone(),
                due_by,
                last_opened_on: last,
            },
        )
        .await?;
        txn.commit().await?;
    }
    finish(&state.db, &job, hour).await?;
    Ok(())
}
