//! The audit trail (clause 4.2): who did what, when — append-only and hash-chained per
//! school, per district and for the system, with the same mechanism as the journal.

pub mod routes;
pub mod store;
pub mod views;

use serde::Serialize;
use uuid::Uuid;

pub use store::{record, record_now, verify};

/// Which chain an audit entry belongs to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AuditChain {
    School(Uuid),
    District(Uuid),
    System,
}

impl AuditChain {
    /// The chain's key as stored.
    pub fn key(&self) -> String {
        match self {
            AuditChain::School(id) => format!("school:{id}"),
            AuditChain::District(id) => format!("district:{id}"),
            AuditChain::System => "system".to_owned(),
        }
    }

    /// The chain of a staff member's actions: their school's, else their district's.
    pub fn of_staff(school_id: Option<Uuid>, district_id: Option<Uuid>) -> AuditChain {
        match (school_id, district_id) {
            (Some(school), _) => AuditChain::School(school),
            (None, Some(district)) => AuditChain::District(district),
            (None, None) => AuditChain::System,
        }
    }
}

/// What happened.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum AuditAction {
    SignIn,
    SignInFailed,
    SignOut,
    RefreshTokenReused,
    DistrictCreated,
    SchoolCreated,
    StaffCreated,
    RoleGranted,
    RoleRevoked,
    PasswordReset,
    PasswordChanged,
    StaffDeactivated,
    ScreeningWordSet,
    ScreeningWordRemoved,
    OpeningStarted,
    OpeningAbandoned,
    AppealContentRead,
    AppealAssigned,
    AppealConcernRecorded,
    ReferralBodyAdded,
    HolidaysChanged,
    AuditTrailRead,
    ReportDraftSaved,
    ReportPublished,
    ReportExported,
    ServiceAccountCreated,
    ServiceAccountRevoked,
    ServiceTokenIssued,
    WebhookSubscribed,
    WebhookRemoved,
    SchoolSettingsChanged,
    TwoFactorEnabled,
    TwoFactorDisabled,
    TwoFactorReset,
    RecoveryCodesRenewed,
    DistrictSettingsChanged,
    BoxPassphraseSet,
    BoxPassphraseChanged,
    DistrictShareGiven,
    StaffPositionChanged,
}

impl AuditAction {
    /// The snake_case name as stored.
    pub fn as_str(self) -> &'static str {
        match self {
            AuditAction::SignIn => "sign_in",
            AuditAction::SignInFailed => "sign_in_failed",
            AuditAction::SignOut => "sign_out",
            AuditAction::RefreshTokenReused => "refresh_token_reused",
            AuditAction::DistrictCreated => "district_created",
            AuditAction::SchoolCreated => "school_created",
            AuditAction::StaffCreated => "staff_created",
            AuditAction::RoleGranted => "role_granted",
            AuditAction::RoleRevoked => "role_revoked",
            AuditAction::PasswordReset => "password_reset",
            AuditAction::PasswordChanged => "password_changed",
            AuditAction::StaffDeactivated => "staff_deactivated",
            AuditAction::ScreeningWordSet => "screening_word_set",
            AuditAction::ScreeningWordRemoved => "screening_word_removed",
            AuditAction::OpeningStarted => "opening_started",
            AuditAction::OpeningAbandoned => "opening_abandoned",
            AuditAction::AppealContentRead => "appeal_content_read",
            AuditAction::AppealAssigned => "appeal_assigned",
            AuditAction::AppealConcernRecorded => "appeal_concern_recorded",
            AuditAction::ReferralBodyAdded => "referral_body_added",
            AuditAction::HolidaysChanged => "holidays_changed",
            AuditAction::AuditTrailRead => "audit_trail_read",
            AuditAction::ReportDraftSaved => "report_draft_saved",
            AuditAction::ReportPublished => "report_published",
            AuditAction::ReportExported => "report_exported",
            AuditAction::ServiceAccountCreated => "service_account_created",
            AuditAction::ServiceAccountRevoked => "service_account_revoked",
            AuditAction::ServiceTokenIssued => "service_token_issued",
            AuditAction::WebhookSubscribed => "webhook_subscribed",
            AuditAction::WebhookRemoved => "webhook_removed",
            AuditAction::SchoolSettingsChanged => "school_settings_changed",
            AuditAction::TwoFactorEnabled => "two_factor_enabled",
            AuditAction::TwoFactorDisabled => "two_factor_disabled",
            AuditAction::TwoFactorReset => "two_factor_reset",
            AuditAction::RecoveryCodesRenewed => "recovery_codes_renewed",
            AuditAction::DistrictSettingsChanged => "district_settings_changed",
            AuditAction::BoxPassphraseSet => "box_passphrase_set",
            AuditAction::BoxPassphraseChanged => "box_passphrase_changed",
            AuditAction::DistrictShareGiven => "district_share_given",
            AuditAction::StaffPositionChanged => "staff_position_changed",
        }
    }
}

/// Who acted: a staff member, or the system itself (the CLI, a scheduled job).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Actor {
    Staff {
        id: Uuid,
        login: String,
    },
    /// An attempt under a login that may not exist: only the login as typed is kept.
    Anonymous {
        login: String,
    },
    System,
}

/// What an audited action was about, stored as `kind:id` (`staff:<uuid>`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AuditSubject {
    Appeal(Uuid),
    BoxOpening(Uuid),
    District(Uuid),
    ReferralBody(Uuid),
    /// A school's report of a month.
    Report(Uuid, crate::reports::month::Month),
    School(Uuid),
    SchoolWord(Uuid),
    ServiceAccount(Uuid),
    Staff(Uuid),
    Webhook(Uuid),
}

impl std::fmt::Display for AuditSubject {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            AuditSubject::Appeal(id) => write!(f, "appeal:{id}"),
            AuditSubject::BoxOpening(id) => write!(f, "box_opening:{id}"),
            AuditSubject::District(id) => write!(f, "district:{id}"),
            AuditSubject::ReferralBody(id) => write!(f, "referral_body:{id}"),
            AuditSubject::Report(school, month) => write!(f, "report:{school}:{month}"),
            AuditSubject::School(id) => write!(f, "school:{id}"),
            AuditSubject::SchoolWord(id) => write!(f, "school_word:{id}"),
            AuditSubject::ServiceAccount(id) => write!(f, "service_account:{id}"),
            AuditSubject::Staff(id) => write!(f, "staff:{id}"),
            AuditSubject::Webhook(id) => write!(f, "webhook:{id}"),
        }
    }
}

/// One event to record.
#[derive(Debug, Clone)]
pub struct AuditEvent {
    pub chain: AuditChain,
    pub actor: Actor,
    pub action: AuditAction,
    /// What the action was about.
    pub subject: Option<AuditSubject>,
    /// Further facts, never appeal content.
    pub details: serde_json::Value,
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Subjects are stored as text and filtered on (an appeal's trail): the text is pinned.
    #[test]
    fn subjects_are_written_as_kind_and_id() {
        let id = Uuid::from_bytes([1; 16]);
        let month = crate::reports::month::Month::parse("2026-11").unwrap();
        assert_eq!(
            AuditSubject::Appeal(id).to_string(),
            "appeal:01010101-0101-0101-0101-010101010101"
        );
        assert_eq!(
            AuditSubject::Report(id, month).to_string(),
            "report:01010101-0101-0101-0101-010101010101:2026-11"
        );
        assert_eq!(
            AuditSubject::ServiceAccount(id).to_string(),
            "service_account:01010101-0101-0101-0101-010101010101"
        );
    }
}
