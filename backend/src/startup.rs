//! The one application builder used by `ishenim serve`, the tests and the spec exporter.

use std::net::TcpListener;
use std::sync::Arc;

use actix_web::dev::Server;
use actix_web::middleware::{from_fn, Compress, ErrorHandlers};
use actix_web::{web, App, HttpResponse, HttpServer};
use anyhow::Context;
use sea_orm::DatabaseConnection;
use utoipa_actix_web::{scope, AppExt};
use utoipa_swagger_ui::SwaggerUi;

use crate::appeals::group_commit::DropWriter;
use crate::auth::password;
use crate::auth::throttle::LoginThrottle;
use crate::auth::tokens::TokenKeys;
use crate::configuration::Settings;
use crate::database;
use crate::http::connection_limit::ConnectionLimit;
use crate::http::known_paths::{refuse_undeclared_methods, KnownPaths};
use crate::http::problems::{api_not_found, ensure_problem, path_config, query_config};
use crate::http::rate_limit::PublicRateLimit;
use crate::http::request_span::request_span;
use crate::http::security_headers::security_headers;
use crate::http::web_client::WebDir;
use crate::mail::Mailer;
use crate::openapi::{self, API_PREFIX};
use crate::schools::cache::SchoolCache;
use crate::secrets::Secrets;
use crate::state::AppState;

/// A built, bound, not yet running server.
pub struct Application {
    port: u16,
    server: Server,
    state: AppState,
}

impl Application {
    /// Connects to the database, migrates it, loads the secrets and binds the listener.
    pub async fn build(settings: Settings) -> anyhow::Result<Application> {
        crate::secrets::prepare_data_dir(&settings.data_dir)?;
        let secrets = Secrets::load(&settings)?;
        let db =
            database::connect(&settings.database_url(), settings.database_max_connections).await?;
        database::migrate(&db).await?;
        // A box key replaced in the database is caught before the first appeal is sealed.
        crate::box_keys::service::check_all_at_start_up(&db).await?;
        Self::build_with(settings, secrets, db)
    }

    /// Builds the server on an open database and loaded secrets.
    pub fn build_with(
        settings: Settings,
        secrets: Secrets,
        db: DatabaseConnection,
    ) -> anyhow::Result<Application> {
        password::prepare();
        crate::screening::prepare();
        let listener = TcpListener::bind(&settings.bind)
            .with_context(|| format!("cannot listen on {}", settings.bind))?;
        let port = listener.local_addr()?.port();
        let mailer = match &settings.smtp {
            Some(smtp) => Some(Arc::new(Mailer::new(smtp)?)),
            None => None,
        };
        let login_throttle = Arc::new(LoginThrottle::new(&secrets.receipt_key));
        let public_rate_limit = Arc::new(PublicRateLimit::new(
            &settings.rate_limit,
            &secrets.receipt_key,
        ));
        let state = AppState {
            mailer,
            drop_writer: DropWriter::start(db.clone()),
            db,
            token_keys: Arc::new(TokenKeys::new(&secrets.jwt_secret)),
            secrets: Arc::new(secrets),
            login_throttle,
            public_rate_limit,
            connection_limit: Arc::new(ConnectionLimit::new(if settings.trust_forwarded_for {
                0
            } else {
                settings.max_connections_per_address
            })),
            school_cache: Arc::new(SchoolCache::default()),
            settings: Arc::new(settings),
        };
        let server = run(listener, state.clone())?;
        crate::http::request_span::start_hourly_counts(state.connection_limit.clone());
        if state.settings.scheduler.enabled {
            crate::scheduler::start(state.clone());
        }
        Ok(Application {
            port,
            server,
            state,
        })
    }

    /// The port the server listens on.
    pub fn port(&self) -> u16 {
        self.port
    }

    /// The state the handlers share (for tests and background work).
    pub fn state(&self) -> &AppState {
        &self.state
    }

    /// Serves until SIGINT or SIGTERM, then finishes the requests in flight.
    pub async fn run_until_stopped(self) -> anyhow::Result<()> {
        self.server
            .await
            .context("the server stopped with an error")
    }
}

fn run(listener: TcpListener, state: AppState) -> anyhow::Result<Server> {
    let spec = openapi::document();
    let spec_json = web::Data::new(SpecJson(spec.to_json()?));
    let known_paths = web::Data::new(KnownPaths::from_document(&spec));
    let web_dir = state.settings.web_dir.clone();
    let web_client = web::Data::new(WebDir(web_dir.clone()));
    let behind_tls = state.settings.behind_tls;
    let connection_limit = state.connection_limit.clone();
    let data = web::Data::new(state);
    let server = HttpServer::new(move || {
        let (app, _) = App::new()
            .wrap(ErrorHandlers::new().default_handler(ensure_problem))
            .wrap(from_fn(refuse_undeclared_methods))
            .wrap(security_headers(behind_tls))
            .wrap(from_fn(request_span))
            .app_data(data.clone())
            .app_data(known_paths.clone())
            .app_data(path_config())
            .app_data(query_config())
            .into_utoipa_app()
            .openapi(openapi::base_document())
            .service(
                scope::scope(API_PREFIX)
                    .configure(openapi::routes)
                    .app_data(spec_json.clone())
                    .route("/openapi.json", web::get().to(serve_spec)),
            )
            .split_for_parts();
        app.service(SwaggerUi::new("/api/docs/{_:.*}").url("/api/v1/openapi.json", spec.clone()))
            .service(web::redirect("/api/docs", "/api/docs/"))
            .service(web::scope("/api").default_service(web::to(api_not_found)))
            .configure(crate::plain::routes::configure)
            .configure(|config| {
                if web_dir.join("index.html").is_file() {
                    // The web client's files, precompressed at build time; a file without a
                    // copy is compressed as it goes out. The API's answers are not compressed.
                    config.service(
                        web::scope("")
                            .wrap(Compress::default())
                            .app_data(web_client.clone())
                            .default_service(web::to(crate::http::web_client::serve)),
                    );
                }
            })
            .default_service(web::to(web_client_missing))
    })
    .on_connect(move |connection, data| connection_limit.on_connect(connection, data))
    .listen(listener)?
    .shutdown_timeout(10)
    .run();
    Ok(server)
}

/// The OpenAPI document as served.
struct SpecJson(String);

async fn serve_spec(spec: web::Data<SpecJson>) -> HttpResponse {
    HttpResponse::Ok()
        .content_type("application/json")
        .body(spec.0.clone())
}

async fn web_client_missing(request: actix_web::HttpRequest) -> HttpResponse {
    if request.path().starts_with("/api") {
        return api_not_found().await;
    }
    HttpResponse::NotFound()
        .content_type("text/plain; charset=utf-8")
        .body("The web client is not built: run `npm run build` in frontend/.")
}
