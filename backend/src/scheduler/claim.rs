//! Claims: one row per job and period, written under the job's advisory lock.

use chrono::{TimeDelta, Utc};
use entity::job_run;
use sea_orm::sea_query::Expr;
use sea_orm::{
    ActiveModelTrait, ActiveValue::Set, ColumnTrait, ConnectionTrait, DatabaseBackend,
    DatabaseConnection, DbErr, EntityTrait, QueryFilter, Statement, TransactionTrait,
};

/// A claim older than this without being finished is taken over.
pub const STALE_CLAIM_MINUTES: i64 = 15;

/// Takes the job for the period unless another replica has it or it is done. Returns whether
/// this replica is to run it.
pub async fn claim(
    db: &DatabaseConnection,
    job: &str,
    period: &str,
    runner: &str,
) -> Result<bool, DbErr> {
    let txn = db.begin().await?;
    if txn.get_database_backend() == DatabaseBackend::Postgres {
        let locked = txn
            .query_one(Statement::from_sql_and_values(
                DatabaseBackend::Postgres,
                "SELECT pg_try_advisory_xact_lock(hashtext($1)) AS locked",
                [format!("job:{job}").into()],
            ))
            .await?
            .map(|row| row.try_get::<bool>("", "locked"))
            .transpose()?
            .unwrap_or(false);
        if !locked {
            return Ok(false);
        }
    }
    let now = Utc::now();
    let existing = job_run::Entity::find_by_id((job.to_owned(), period.to_owned()))
        .one(&txn)
        .await?;
    let taken = match existing {
        None => {
            job_run::ActiveModel {
                job: Set(job.to_owned()),
                period: Set(period.to_owned()),
                runner: Set(runner.to_owned()),
                started_at: Set(now),
                finished_at: Set(None),
            }
            .insert(&txn)
            .await?;
            true
        }
        Some(run)
            if run.finished_at.is_none()
                && run.started_at < now - TimeDelta::minutes(STALE_CLAIM_MINUTES) =>
        {
            job_run::Entity::update_many()
                .col_expr(job_run::Column::Runner, Expr::value(runner))
                .col_expr(job_run::Column::StartedAt, Expr::value(now))
                .filter(job_run::Column::Job.eq(job))
                .filter(job_run::Column::Period.eq(period))
                .exec(&txn)
                .await?;
            true
        }
        Some(_) => false,
    };
    txn.commit().await?;
    Ok(taken)
}

/// Records, inside the caller's transaction, that something happening once per `job` and
/// `period` (a box overdue for a due day, an urgent appeal announced) has been done, stamped
/// `at`. Returns `false`, writing nothing, when it was recorded before.
pub async fn mark_once<C: ConnectionTrait>(
    txn: &C,
    job: &str,
    period: &str,
    runner: &str,
    at: chrono::DateTime<Utc>,
) -> Result<bool, DbErr> {
    if job_run::Entity::find_by_id((job.to_owned(), period.to_owned()))
        .one(txn)
        .await?
        .is_some()
    {
        return Ok(false);
    }
    job_run::ActiveModel {
        job: Set(job.to_owned()),
        period: Set(period.to_owned()),
        runner: Set(runner.to_owned()),
        started_at: Set(at),
        finished_at: Set(Some(at)),
    }
    .insert(txn)
    .await?;
    Ok(true)
}

/// Marks the claim done.
pub async fn finish<C: ConnectionTrait>(db: &C, job: &str, period: &str) -> Result<(), DbErr> {
    job_run::Entity::update_many()
        .col_expr(job_run::Column::FinishedAt, Expr::value(Utc::now()))
        .filter(job_run::Column::Job.eq(job))
        .filter(job_run::Column::Period.eq(period))
        .exec(db)
        .await?;
    Ok(())
}
