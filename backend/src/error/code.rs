//! Every stable code a problem document can carry, each with the one HTTP status it is answered
//! with. The web client translates these codes; the OpenAPI document publishes them as the
//! `ProblemCode` schema, so a client generated from it knows every code the server can send.

use actix_web::http::StatusCode;
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

/// The codes, grouped by the area of the API that answers them (the area is for the reader).
macro_rules! problem_codes {
    ($( $_area:literal { $( $variant:ident = ($code:literal, $status:ident), )* } )*) => {
        /// A problem's stable, machine-readable code.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, ToSchema)]
        #[serde(rename_all = "snake_case")]
        pub enum ProblemCode {
            $( $( $variant, )* )*
        }

        impl ProblemCode {
            /// Every code, in the order of their areas.
            pub const ALL: &'static [ProblemCode] = &[$( $( ProblemCode::$variant, )* )*];

            /// The code as it is written in a problem document.
            pub fn as_str(self) -> &'static str {
                match self {
                    $( $( ProblemCode::$variant => $code, )* )*
                }
            }

            /// The HTTP status the code is answered with.
            pub fn status(self) -> StatusCode {
                match self {
                    $( $( ProblemCode::$variant => StatusCode::$status, )* )*
                }
            }
        }
    };
}

problem_codes! {
    "request" {
        BadRequest = ("bad_request", BAD_REQUEST),
        MalformedJson = ("malformed_json", BAD_REQUEST),
        ValidationFailed = ("validation_failed", UNPROCESSABLE_ENTITY),
        PayloadTooLarge = ("payload_too_large", PAYLOAD_TOO_LARGE),
        UnsupportedMediaType = ("unsupported_media_type", UNSUPPORTED_MEDIA_TYPE),
        MethodNotAllowed = ("method_not_allowed", METHOD_NOT_ALLOWED),
        NotFound = ("not_found", NOT_FOUND),
        BodyTimeout = ("body_timeout", REQUEST_TIMEOUT),
        RateLimited = ("rate_limited", TOO_MANY_REQUESTS),
        IdempotencyKeyReused = ("idempotency_key_reused", UNPROCESSABLE_ENTITY),
    }
    "server" {
        InternalError = ("internal_error", INTERNAL_SERVER_ERROR),
        ServerBusy = ("server_busy", SERVICE_UNAVAILABLE),
        DatabaseUnavailable = ("database_unavailable", SERVICE_UNAVAILABLE),
    }
    "sign-in" {
        InvalidCredentials = ("invalid_credentials", UNAUTHORIZED),
        LoginThrottled = ("login_throttled", TOO_MANY_REQUESTS),
        Unauthorized = ("unauthorized", UNAUTHORIZED),
        TokenExpired = ("token_expired", UNAUTHORIZED),
        InvalidToken = ("invalid_token", UNAUTHORIZED),
        Forbidden = ("forbidden", FORBIDDEN),
        SecondFactorRequired = ("second_factor_required", UNAUTHORIZED),
        InvalidSecondFactor = ("invalid_second_factor", UNAUTHORIZED),
        PasswordChangeRequired = ("password_change_required", FORBIDDEN),
        TwoFactorEnrolmentRequired = ("two_factor_enrolment_required", FORBIDDEN),
        TwoFactorAlreadyEnabled = ("two_factor_already_enabled", CONFLICT),
        TwoFactorNotStarted = ("two_factor_not_started", CONFLICT),
        TwoFactorNotEnabled = ("two_factor_not_enabled", CONFLICT),
        TwoFactorRequired = ("two_factor_required", CONFLICT),
    }
    "intake" {
        SchoolNotFound = ("school_not_found", NOT_FOUND),
        ObsceneLanguage = ("obscene_language", UNPROCESSABLE_ENTITY),
        AppealTextEmpty = ("appeal_text_empty", UNPROCESSABLE_ENTITY),
        AppealTextTooLong = ("appeal_text_too_long", UNPROCESSABLE_ENTITY),
        ContactRequired = ("contact_required", UNPROCESSABLE_ENTITY),
        SubmitterRequired = ("submitter_required", UNPROCESSABLE_ENTITY),
        SubmitterNotAllowed = ("submitter_not_allowed", UNPROCESSABLE_ENTITY),
        ReceiptMalformed = ("receipt_malformed", UNPROCESSABLE_ENTITY),
        ReceiptNotFound = ("receipt_not_found", NOT_FOUND),
        AppealClosed = ("appeal_closed", CONFLICT),
        TooManyMessages = ("too_many_messages", CONFLICT),
    }
    "files" {
        FileTypeNotAccepted = ("file_type_not_accepted", UNSUPPORTED_MEDIA_TYPE),
        FileTooLarge = ("file_too_large", PAYLOAD_TOO_LARGE),
        FileUnreadable = ("file_unreadable", UNPROCESSABLE_ENTITY),
        FileNotFound = ("file_not_found", UNPROCESSABLE_ENTITY),
        TooManyFiles = ("too_many_files", UNPROCESSABLE_ENTITY),
    }
    "openings" {
        OpeningInProgress = ("opening_in_progress", CONFLICT),
        NotWorkingGroupMember = ("not_working_group_member", FORBIDDEN),
        AlreadyConfirmed = ("already_confirmed", CONFLICT),
        QuorumNotReached = ("quorum_not_reached", CONFLICT),
        NotConfirmed = ("not_confirmed", FORBIDDEN),
        AlreadySigned = ("already_signed", CONFLICT),
        ActSigned = ("act_signed", CONFLICT),
        OpeningAbandoned = ("opening_abandoned", CONFLICT),
        ActNotSigned = ("act_not_signed", CONFLICT),
        AlreadyAcknowledged = ("already_acknowledged", CONFLICT),
        AppealSealed = ("appeal_sealed", LOCKED),
        ShareAlreadyGiven = ("share_already_given", CONFLICT),
        BoxAlreadyOpen = ("box_already_open", CONFLICT),
        BoxNotProtected = ("box_not_protected", CONFLICT),
        DistrictHoldsNoShare = ("district_holds_no_share", CONFLICT),
    }
    "box keys" {
        BoxPassphraseRequired = ("box_passphrase_required", UNPROCESSABLE_ENTITY),
        BoxPassphraseWrong = ("box_passphrase_wrong", UNPROCESSABLE_ENTITY),
        BoxPassphraseTooShort = ("box_passphrase_too_short", UNPROCESSABLE_ENTITY),
        BoxKeyExists = ("box_key_exists", CONFLICT),
        BoxKeyMissing = ("box_key_missing", NOT_FOUND),
        BoxKeyUntrusted = ("box_key_untrusted", SERVICE_UNAVAILABLE),
    }
    "cases" {
        NotDirecting = ("not_directing", FORBIDDEN),
        NotHandling = ("not_handling", FORBIDDEN),
        AppealStateChanged = ("appeal_state_changed", CONFLICT),
        CaseClosed = ("case_closed", CONFLICT),
        DateInFuture = ("date_in_future", UNPROCESSABLE_ENTITY),
        AppealNotRegistered = ("appeal_not_registered", CONFLICT),
        AssigneeNotInSchool = ("assignee_not_in_school", UNPROCESSABLE_ENTITY),
        AssigneeConcerned = ("assignee_concerned", UNPROCESSABLE_ENTITY),
        AssigneeNotCompetent = ("assignee_not_competent", UNPROCESSABLE_ENTITY),
        AlreadyAssigned = ("already_assigned", CONFLICT),
        StaffNotInSchool = ("staff_not_in_school", UNPROCESSABLE_ENTITY),
        ReferralBodyRequired = ("referral_body_required", UNPROCESSABLE_ENTITY),
        UnknownReferralBody = ("unknown_referral_body", UNPROCESSABLE_ENTITY),
        ReferralReplyRecorded = ("referral_reply_recorded", CONFLICT),
        ApprovalRequiresDirector = ("approval_requires_director", FORBIDDEN),
        AnswerAlreadyApproved = ("answer_already_approved", CONFLICT),
        ReferralRequired = ("referral_required", CONFLICT),
    }
    "reports" {
        MonthNotOver = ("month_not_over", CONFLICT),
        MonthNotStarted = ("month_not_started", UNPROCESSABLE_ENTITY),
        MonthBeforeSchool = ("month_before_school", CONFLICT),
        ReportNotDrafted = ("report_not_drafted", CONFLICT),
        ReportAlreadyPublished = ("report_already_published", CONFLICT),
        ReportChanged = ("report_changed", CONFLICT),
    }
    "staff and schools" {
        RoleNotGrantable = ("role_not_grantable", FORBIDDEN),
        LoginTaken = ("login_taken", CONFLICT),
        WorkingGroupSeparation = ("working_group_separation", CONFLICT),
        OwnRoles = ("own_roles", CONFLICT),
        OwnAccount = ("own_account", CONFLICT),
        SlugTaken = ("slug_taken", CONFLICT),
    }
    "districts" {
        TooManyWebhooks = ("too_many_webhooks", CONFLICT),
    }
}

impl std::fmt::Display for ProblemCode {
    fn fmt(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        formatter.write_str(self.as_str())
    }
}

/// A code equals the name it is written with, so tests and logs can compare either.
impl PartialEq<&str> for ProblemCode {
    fn eq(&self, other: &&str) -> bool {
        self.as_str() == *other
    }
}

#[cfg(test)]
mod tests {
    use std::collections::HashSet;

    use super::ProblemCode;

    #[test]
    fn each_code_is_written_as_it_is_serialised_and_only_once() {
        let mut seen = HashSet::new();
        for code in ProblemCode::ALL {
            let serialised = serde_json::to_value(code).unwrap();
            assert_eq!(serialised, code.as_str(), "{code:?}");
            assert!(seen.insert(code.as_str()), "{} twice", code.as_str());
        }
    }

    #[test]
    fn every_code_is_answered_with_an_error_status() {
        for code in ProblemCode::ALL {
            let status = code.status();
            assert!(
                status.is_client_error() || status.is_server_error(),
                "{code:?} {status}"
            );
        }
    }
}
