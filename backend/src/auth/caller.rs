//! The staff member making a request, taken from the bearer token and checked against the
//! database on every request, so a deactivated account or a revoked role stops at once.

use std::collections::BTreeSet;
use std::future::Future;
use std::pin::Pin;

use actix_web::http::header;
use actix_web::{web, FromRequest, HttpRequest};
use entity::{staff_role, staff_user, Role};
use sea_orm::{ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter};
use uuid::Uuid;

use crate::audit::{Actor, AuditChain};
use crate::auth::service::{self, ServiceScope};
use crate::auth::two_factor;
use crate::error::ApiError;
use crate::error::ProblemCode;
use crate::state::AppState;

/// An authenticated staff member.
#[derive(Debug, Clone)]
pub struct Caller {
    pub user_id: Uuid,
    pub login: String,
    pub full_name: String,
    pub position: String,
    pub school_id: Option<Uuid>,
    pub district_id: Option<Uuid>,
    pub roles: BTreeSet<Role>,
    /// A service account's scopes; `None` for a person.
    pub scopes: Option<BTreeSet<ServiceScope>>,
    /// The password was chosen by someone else (at creation or in a reset).
    pub password_set_by_other: bool,
}

impl Caller {
    /// Whether the caller holds a role.
    pub fn has_role(&self, role: Role) -> bool {
        self.roles.contains(&role)
    }

    /// The caller as the journal names them.
    pub fn named(&self) -> crate::journal::event::NamedPerson {
        crate::journal::event::NamedPerson {
            position: self.position.clone(),
            full_name: self.full_name.clone(),
        }
    }

    /// The caller as the actor of an audit entry (a service account's login is
    /// `service:<client id>`).
    pub fn actor(&self) -> Actor {
        Actor::Staff {
            id: self.user_id,
            login: self.login.clone(),
        }
    }

    /// Whether the caller must choose their own password before anything else: a
    /// working-group member whose password someone else chose (who could otherwise sign in
    /// as them).
    pub fn password_change_required(&self) -> bool {
        self.password_set_by_other && self.has_role(Role::WorkingGroup)
    }

    /// The audit chain the caller's own actions go to.
    pub fn audit_chain(&self) -> AuditChain {
        AuditChain::of_staff(self.school_id, self.district_id)
    }
}

fn bearer_token(request: &HttpRequest) -> Option<String> {
    let value = request
        .headers()
        .get(header::AUTHORIZATION)?
        .to_str()
        .ok()?;
    let (scheme, token) = value.split_once(' ')?;
    scheme
        .eq_ignore_ascii_case("bearer")
        .then(|| token.trim().to_owned())
}

/// A signed-in staff member who may still have to turn on a second factor their district
/// requires, or to choose their own password: what their own account's routes take (`/me`,
/// `/me/password`, `/me/two-factor/…`). Every other route takes `Caller`, which refuses them
/// until they have.
#[derive(Debug, Clone)]
pub struct SignedIn(pub Caller);

fn signed_in(request: &HttpRequest) -> Pin<Box<dyn Future<Output = Result<Caller, ApiError>>>> {
    let token = bearer_token(request);
    let state = request.app_data::<web::Data<AppState>>().cloned();
    Box::pin(async move {
        let state = state.ok_or_else(|| ApiError::Unexpected(anyhow::anyhow!("no app state")))?;
        let token = token.ok_or(ApiError::Unauthorized)?;
        let claims = state.token_keys.verify(&token)?;
        match claims.scope {
            Some(scope) => service::load_caller(&state.db, claims.sub, &scope).await?,
            None => load_session(&state.db, claims.sub, claims.iat_ms).await?,
        }
        .ok_or(ApiError::InvalidToken)
    })
}

impl FromRequest for SignedIn {
    type Error = ApiError;
    type Future = Pin<Box<dyn Future<Output = Result<Self, ApiError>>>>;

    fn from_request(request: &HttpRequest, _payload: &mut actix_web::dev::Payload) -> Self::Future {
        let caller = signed_in(request);
        Box::pin(async move { caller.await.map(SignedIn) })
    }
}

impl FromRequest for Caller {
    type Error = ApiError;
    type Future = Pin<Box<dyn Future<Output = Result<Self, ApiError>>>>;

    fn from_request(request: &HttpRequest, _payload: &mut actix_web::dev::Payload) -> Self::Future {
        let caller = signed_in(request);
        let state = request.app_data::<web::Data<AppState>>().cloned();
        Box::pin(async move {
            let caller = caller.await?;
            let state =
                state.ok_or_else(|| ApiError::Unexpected(anyhow::anyhow!("no app state")))?;
            if caller.password_change_required() {
                return Err(ApiError::rejected(
                    ProblemCode::PasswordChangeRequired,
                    "someone else chose this password: choose your own first",
                ));
            }
            if two_factor::enrolment_pending(&state.db, &caller).await? {
                return Err(ApiError::rejected(
                    ProblemCode::TwoFactorEnrolmentRequired,
                    "the district requires a second factor: turn it on first",
                ));
            }
            Ok(caller)
        })
    }
}

/// Loads an active staff member with their roles.
pub async fn load<C: ConnectionTrait>(db: &C, user_id: Uuid) -> Result<Option<Caller>, ApiError> {
    load_session(db, user_id, i64::MAX).await
}

/// Loads the staff member of an access token issued at `issued_at` (milliseconds since the
/// epoch):
/// nobody when the account is inactive or its sessions were ended after the token was issued.
async fn load_session<C: ConnectionTrait>(
    db: &C,
    user_id: Uuid,
    issued_at: i64,
) -> Result<Option<Caller>, ApiError> {
    let Some(user) = staff_user::Entity::find_by_id(user_id)
        .filter(staff_user::Column::Active.eq(true))
        .one(db)
        .await?
    else {
        return Ok(None);
    };
    if user
        .sessions_valid_from
        .is_some_and(|from| issued_at < from.timestamp_millis())
    {
        return Ok(None);
    }
    let roles = staff_role::Entity::find()
        .filter(staff_role::Column::UserId.eq(user.id))
        .all(db)
        .await?
        .into_iter()
        .map(|row| row.role)
        .collect();
    Ok(Some(Caller {
        user_id: user.id,
        login: user.login,
        full_name: user.full_name,
        position: user.position,
        school_id: user.school_id,
        district_id: user.district_id,
        roles,
        scopes: None,
        password_set_by_other: user.password_set_by_other,
    }))
}
