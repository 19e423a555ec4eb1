use actix_web::{post, web, HttpRequest, HttpResponse};

use crate::appeals::intake;
use crate::http::rate_limit::{within_limit, Bucket};
use crate::plain::form::PlainForm;
use crate::plain::track::{check_page, tracked_page, CheckForm};
use crate::plain::{chosen_language, from_these_pages, LangQuery};
use crate::state::AppState;

/// The appeal of the receipt typed in, as its writer sees it.
#[post("/check")]
pub async fn check_receipt(
    state: web::Data<AppState>,
    request: HttpRequest,
    query: web::Query<LangQuery>,
    form: PlainForm<CheckForm>,
) -> HttpResponse {
    let PlainForm(form) = form;
    let lang = chosen_language(&query, None);
    let tracked = async {
        from_these_pages(&request)?;
        within_limit(&state, &request, Bucket::Receipt).await?;
        intake::track(&state, &form.receipt).await
    };
    match tracked.await {
        Ok(tracked) => tracked_page(lang, form.receipt.trim(), &tracked, None, None),
        Err(error) => check_page(lang, &form.receipt, Some(&error), ""),
    }
}
