//! Sign-in routes and the member's own second factor, one handler per file.

pub mod login;
pub mod logout;
pub mod me;
pub mod password_change;
pub mod recovery_codes;
pub mod refresh;
pub mod token;
pub mod two_factor_confirmation;
pub mod two_factor_enrolment;
pub mod two_factor_removal;
pub mod two_factor_status;

use actix_web::HttpRequest;

use crate::auth::two_factor::Attempt;
use crate::http::client_key::client_address;
use crate::state::AppState;

/// The signed-in member's attempt, from this request's client, at a change to their own
/// second factor.
fn own_attempt<'a>(state: &'a AppState, request: &HttpRequest) -> Attempt<'a> {
    Attempt {
        secrets: &state.secrets,
        login_throttle: &state.login_throttle,
        client: client_address(request, state.settings.trust_forwarded_for),
    }
}
