//! The journal (clauses 3.1, 3.2; DESIGN.md §5): per school, append-only and hash-chained.
//! Registrations, assignments, measures, referrals, answers, closings and act
//! acknowledgements all go through `store::append`.

pub mod event;
pub mod page;
pub mod routes;
pub mod store;
pub mod verification;
pub mod views;

use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

/// What a journal entry records.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum JournalKind {
    Registration,
    Assignment,
    Measure,
    Referral,
    Answer,
    Closing,
    ActAcknowledgement,
    /// The content and the writer of a closed appeal erased after the retention period.
    Erasure,
    /// A school's box key was made: its fingerprint, threshold and holders (DESIGN.md §6).
    BoxKey,
}

impl JournalKind {
    /// The snake_case name as stored.
    pub fn as_str(self) -> &'static str {
        match self {
            JournalKind::Registration => "registration",
            JournalKind::Assignment => "assignment",
            JournalKind::Measure => "measure",
            JournalKind::Referral => "referral",
            JournalKind::Answer => "answer",
            JournalKind::Closing => "closing",
            JournalKind::ActAcknowledgement => "act_acknowledgement",
            JournalKind::Erasure => "erasure",
            JournalKind::BoxKey => "box_key",
        }
    }
}
