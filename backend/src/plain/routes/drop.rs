use actix_web::{post, web, HttpRequest, HttpResponse};

use crate::appeals::intake;
use crate::http::rate_limit::{within_limit, Bucket};
use crate::plain::form::PlainForm;
use crate::plain::school::{school_not_found, DropForm, PublicSchool};
use crate::plain::{chosen_language, from_these_pages, LangQuery};
use crate::state::AppState;

/// Drops the appeal of the form: the receipt page, or the form again with what was typed
/// and why it was refused.
#[post("/s/{slug}")]
pub async fn drop_appeal(
    state: web::Data<AppState>,
    request: HttpRequest,
    slug: web::Path<String>,
    query: web::Query<LangQuery>,
    form: PlainForm<DropForm>,
) -> HttpResponse {
    let school = match PublicSchool::load(&state, &slug).await {
        Ok(school) => school,
        Err(error) => return school_not_found(chosen_language(&query, None), &error, ""),
    };
    let lang = chosen_language(&query, Some(&school.school.default_language));
    let PlainForm(form) = form;
    let submitted = async {
        from_these_pages(&request)?;
        within_limit(&state, &request, Bucket::Drop).await?;
        let appeal = form.appeal(&school.school.slug, lang)?;
        let key = (!form.key.trim().is_empty()).then(|| form.key.trim().to_owned());
        intake::submit(&state, appeal, key.as_deref()).await
    };
    match submitted.await {
        Ok(receipt) => school.receipt_page(lang, &receipt),
        Err(error) => school.form_page(lang, &form, Some(&error), ""),
    }
}
