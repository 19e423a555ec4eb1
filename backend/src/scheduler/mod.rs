//! Scheduled work inside the server (DESIGN.md §8). Every replica runs the loop; each job of
//! each period is taken by one replica only: under a PostgreSQL advisory lock, the first to
//! write the job's claim row runs it, and the others see the claim and skip. A claim left
//! unfinished (a replica died) is taken over after `STALE_CLAIM_MINUTES`.

pub mod claim;
pub mod jobs;
pub mod reminders;

use std::time::Duration;

use uuid::Uuid;

use crate::state::AppState;
use crate::webhooks::delivery;

/// Starts the scheduler's loops on the current runtime.
pub fn start(state: AppState) {
    let runner = format!("replica-{}", Uuid::new_v4().simple());
    let tick = Duration::from_secs(state.settings.scheduler.tick_seconds.max(1));
    let delivery_tick = Duration::from_secs(state.settings.scheduler.delivery_seconds.max(1));
    let periodic_state = state.clone();
    tokio::spawn(async move {
        let mut interval = tokio::time::interval(tick);
        loop {
            interval.tick().await;
            if let Err(error) = jobs::run_due(&periodic_state, &runner).await {
                tracing::error!(error = %error, "a scheduled job failed");
            }
        }
    });
    tokio::spawn(async move {
        match delivery::client() {
            Ok(client) => delivery::keep_delivering(state, client, delivery_tick).await,
            Err(error) => tracing::error!(error = %error, "webhook delivery cannot start"),
        }
    });
}
