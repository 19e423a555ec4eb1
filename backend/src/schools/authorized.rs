//! The school or district a request is about, loaded and authorised before the handler runs:
//! `SchoolOf<may::ViewReports>` takes the school from the path's `{slug}` (or, for routes that
//! name it in the query, `?school=`), answers 404 for a slug that names none, then 403 for a
//! caller who may not do that there. Handlers destructure it into the caller and the school.

use std::future::Future;
use std::marker::PhantomData;
use std::pin::Pin;

use actix_web::{web, FromRequest, HttpRequest};
use entity::{district, school};
use serde::Deserialize;

use crate::auth::{Caller, Permission};
use crate::error::ApiError;
use crate::state::AppState;

/// What a caller must be allowed to do where the request takes them.
pub trait Required {
    const PERMISSION: Permission;
}

/// The permissions as types, one for each a route checks with `SchoolOf` or `DistrictOf`.
pub mod may {
    use super::Required;
    use crate::auth::Permission;

    macro_rules! permissions {
        ($($name:ident),* $(,)?) => {
            $(
                #[doc = concat!("The caller may `", stringify!($name), "`.")]
                #[derive(Debug)]
                pub struct $name;

                impl Required for $name {
                    const PERMISSION: Permission = Permission::$name;
                }
            )*
        };
    }

    permissions!(
        ViewSchool,
        ManageStaff,
        ManageSchoolSettings,
        ViewAppealOverview,
        ReceiveAlerts,
        ManageScreeningWords,
        ViewOpenings,
        ViewJournal,
        ManageWorkingGroup,
        ViewAuditTrail,
        ViewReports,
        ViewDistrict,
        ManageIntegrations,
        CreateSchool,
        ManageDistrictSettings,
    );
}

/// A school the caller may act on as `P` says, with the caller.
#[derive(Debug)]
pub struct SchoolOf<P> {
    pub caller: Caller,
    pub school: school::Model,
    permission: PhantomData<P>,
}

/// A district the caller may act on as `P` says, with the caller.
#[derive(Debug)]
pub struct DistrictOf<P> {
    pub caller: Caller,
    pub district: district::Model,
    permission: PhantomData<P>,
}

/// `?school=` of a route that names its school in the query.
#[derive(Deserialize)]
struct SchoolInQuery {
    school: String,
}

/// The slug of the request: the path's `{slug}`, else the query's `school`.
fn slug_of(request: &HttpRequest) -> Result<String, ApiError> {
    if let Some(slug) = request.match_info().get("slug") {
        return Ok(slug.to_owned());
    }
    web::Query::<SchoolInQuery>::from_query(request.query_string())
        .map(|query| query.into_inner().school)
        .map_err(|_| ApiError::invalid_field("school", "required", "the school's slug"))
}

fn state_of(request: &HttpRequest) -> Result<web::Data<AppState>, ApiError> {
    request
        .app_data::<web::Data<AppState>>()
        .cloned()
        .ok_or_else(|| ApiError::Unexpected(anyhow::anyhow!("no app state")))
}

impl<P: Required> FromRequest for SchoolOf<P> {
    type Error = ApiError;
    type Future = Pin<Box<dyn Future<Output = Result<Self, ApiError>>>>;

    fn from_request(request: &HttpRequest, payload: &mut actix_web::dev::Payload) -> Self::Future {
        let caller = Caller::from_request(request, payload);
        let state = state_of(request);
        let slug = slug_of(request);
        Box::pin(async move {
            let caller = caller.await?;
            let (state, slug) = (state?, slug?);
            let school = super::authorized_school(&state.db, &caller, &slug, P::PERMISSION).await?;
            Ok(SchoolOf {
                caller,
                school,
                permission: PhantomData,
            })
        })
    }
}

impl<P: Required> FromRequest for DistrictOf<P> {
    type Error = ApiError;
    type Future = Pin<Box<dyn Future<Output = Result<Self, ApiError>>>>;

    fn from_request(request: &HttpRequest, payload: &mut actix_web::dev::Payload) -> Self::Future {
        let caller = Caller::from_request(request, payload);
        let state = state_of(request);
        let slug = request
            .match_info()
            .get("slug")
            .map(str::to_owned)
            .ok_or(ApiError::NotFound);
        Box::pin(async move {
            let caller = caller.await?;
            let (state, slug) = (state?, slug?);
            let district =
                super::authorized_district(&state.db, &caller, &slug, P::PERMISSION).await?;
            Ok(DistrictOf {
                caller,
                district,
                permission: PhantomData,
            })
        })
    }
}
