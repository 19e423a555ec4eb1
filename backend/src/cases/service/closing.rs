//! Closing a case with its outcome. An urgent appeal closes only once it was referred, or with
//! the reason why no referral was needed, kept as an internal note.

use entity::appeal_message::MessageKind;
use uuid::Uuid;

use super::inbox::summary_of;
use super::notes::insert_staff_message;
use super::open_case::begin_handling;
use crate::appeals::lifecycle;
use crate::auth::Caller;
use crate::calendar::today_in;
use crate::cases::store;
use crate::cases::views::{CaseSummary, CloseCase};
use crate::error::ApiError;
use crate::error::ProblemCode;
use crate::secrets::Secrets;
use sea_orm::DatabaseConnection;

/// The reason kept for closing without a referral, if there is one to keep: an urgent appeal
/// closes only after a referral, or with the reason none was needed.
fn reason_without_referral(
    urgent: bool,
    referred: bool,
    reason: Option<&str>,
) -> Result<Option<&str>, ApiError> {
    let reason = reason.map(str::trim).filter(|reason| !reason.is_empty());
    if urgent && !referred && reason.is_none() {
        return Err(ApiError::rejected(
            ProblemCode::ReferralRequired,
            "an urgent appeal is closed only after a referral, or with the reason none was needed",
        ));
    }
    Ok(reason.filter(|_| !referred))
}

/// Closes a case with its outcome. An urgent appeal closes only once it was referred, or
/// with the reason why no referral was needed.
pub async fn close(
    db: &DatabaseConnection,
    secrets: &Secrets,
    caller: &Caller,
    id: Uuid,
    input: CloseCase,
) -> Result<CaseSummary, ApiError> {
    let case = begin_handling(db, caller, id).await?;
    let referred = !store::referrals_of(&case.txn, case.appeal.id)
        .await?
        .is_empty();
    let kept = reason_without_referral(
        case.appeal.urgent,
        referred,
        input.no_referral_reason.as_deref(),
    )?;
    if let Some(reason) = kept {
        insert_staff_message(
            secrets,
            &case,
            caller,
            MessageKind::InternalNote,
            &format!(
                "{} {reason}",
                crate::texts::no_referral_prefix(&case.school.default_language)
            ),
        )
        .await?;
    }
    let today = today_in(&case.school.time_zone);
    let (appeal, step) = lifecycle::close(
        &case.txn,
        case.appeal.clone(),
        input.outcome,
        today,
        kept.is_some(),
    )
    .await?;
    case.record(caller, step).await?;
    let summary = summary_of(&case.txn, caller, &appeal, &case.school).await?;
    case.txn.commit().await?;
    Ok(summary)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn code(result: Result<Option<&str>, ApiError>) -> Option<&'static str> {
        result.err().map(|error| error.code().as_str())
    }

    #[test]
    fn an_urgent_appeal_without_a_referral_needs_a_reason_to_close() {
        assert_eq!(
            code(reason_without_referral(true, false, None)),
            Some("referral_required")
        );
        assert_eq!(
            code(reason_without_referral(true, false, Some("   "))),
            Some("referral_required")
        );
    }

    #[test]
    fn the_reason_is_kept_trimmed_when_there_was_no_referral() {
        assert_eq!(
            reason_without_referral(true, false, Some("  the family moved ")).ok(),
            Some(Some("the family moved"))
        );
        assert_eq!(
            reason_without_referral(false, false, Some("none needed")).ok(),
            Some(Some("none needed"))
        );
    }

    #[test]
    fn a_referred_appeal_closes_without_keeping_a_reason() {
        assert_eq!(reason_without_referral(true, true, None).ok(), Some(None));
        assert_eq!(
            reason_without_referral(true, true, Some("not needed")).ok(),
            Some(None)
        );
    }

    #[test]
    fn an_appeal_that_is_not_urgent_closes_without_a_reason() {
        assert_eq!(reason_without_referral(false, false, None).ok(), Some(None));
    }
}
