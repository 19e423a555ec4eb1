//! `spawn_app()`: a server on a random port with a fresh database, and typed helpers.

use std::net::IpAddr;
use std::path::PathBuf;

use entity::Role;
use ishenim::audit::Actor;
use ishenim::auth::password::hash_password;
use ishenim::auth::views::TokenPair;
use ishenim::configuration::Settings;
use ishenim::error::Problem;
use ishenim::schools::store::{create_district, create_school, NewSchool};
use ishenim::staff::store::{create_staff, NewStaff, PasswordChosenBy};
use ishenim::startup::Application;
use ishenim::state::AppState;
use sea_orm::{ConnectionTrait, Database, DatabaseConnection, Statement, TransactionTrait};
use secrecy::SecretString;
use serde_json::Value;
use tokio::sync::{Mutex, OnceCell};
use uuid::Uuid;

/// Which database the tests run on.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Backend {
    Sqlite,
    Postgres,
}

pub fn backend() -> Backend {
    match std::env::var("ISHENIM_TEST_DATABASE").as_deref() {
        Ok("postgres") => Backend::Postgres,
        _ => Backend::Sqlite,
    }
}

fn postgres_server() -> String {
    std::env::var("ISHENIM_TEST_POSTGRES_URL")
        .unwrap_or_else(|_| "postgres://postgres@127.0.0.1:5432".to_owned())
}

static TEMPLATE: OnceCell<String> = OnceCell::const_new();
static CREATE_DATABASE: Mutex<()> = Mutex::const_new(());

async fn admin_execute(sql: &str) {
    let admin = Database::connect(format!("{}/postgres", postgres_server()))
        .await
        .expect("PostgreSQL is not reachable; start it or run the tests on SQLite");
    admin
        .execute(Statement::from_string(
            admin.get_database_backend(),
            sql.to_owned(),
        ))
        .await
        .unwrap_or_else(|e| panic!("{sql}: {e}"));
    admin.close().await.expect("close");
}

/// A migrated template database, made once per test run; each test copies it.
async fn template() -> &'static str {
    TEMPLATE
        .get_or_init(|| async {
            let name = format!("ishenim_tpl_{}", Uuid::new_v4().simple());
            admin_execute(&format!("CREATE DATABASE {name}")).await;
            let db = ishenim::database::connect(&format!("{}/{name}", postgres_server()), 2)
                .await
                .expect("connect to the template");
            ishenim::database::migrate(&db)
                .await
                .expect("migrate the template");
            db.close().await.expect("close the template");
            name
        })
        .await
}

/// A new, empty PostgreSQL database (no schema), for restoring into.
pub async fn empty_postgres_database() -> String {
    let name = format!("ishenim_empty_{}", Uuid::new_v4().simple());
    admin_execute(&format!("CREATE DATABASE {name}")).await;
    format!("{}/{name}", postgres_server())
}

/// A fresh database URL for one test.
async fn fresh_database(data_dir: &std::path::Path) -> String {
    match backend() {
        Backend::Sqlite => format!("sqlite://{}", data_dir.join("test.sqlite3").display()),
        Backend::Postgres => {
            let template = template().await;
            let name = format!("ishenim_test_{}", Uuid::new_v4().simple());
            let _guard = CREATE_DATABASE.lock().await;
            admin_execute(&format!("CREATE DATABASE {name} TEMPLATE {template}")).await;
            format!("{}/{name}", postgres_server())
        }
    }
}

/// A running server and what a test needs to talk to it.
#[allow(dead_code)]
pub struct TestApp {
    pub address: String,
    pub port: u16,
    pub client: reqwest::Client,
    pub db: DatabaseConnection,
    pub state: AppState,
    pub data_dir: PathBuf,
    pub database_url: String,
}

/// The settings of a test server; `adjust` may change them before it starts.
pub fn test_settings(data_dir: PathBuf) -> Settings {
    std::env::set_var("ISHENIM_CONFIG", "/nonexistent/ishenim.toml");
    let mut settings = Settings::load().expect("settings");
    settings.data_dir = data_dir;
    settings.database_url = None;
    settings.bind = "127.0.0.1:0".to_owned();
    settings.web_dir = PathBuf::from("/nonexistent/web");
    settings.rate_limit.enabled = false;
    settings.scheduler.enabled = false;
    settings.database_max_connections = 5;
    // The webhook tests deliver to receivers on the loopback interface.
    settings.webhook_private_networks = "127.0.0.0/8, ::1/128".to_owned();
    settings
}

pub async fn spawn_app() -> TestApp {
    spawn_app_with(|_| {}).await
}

pub async fn spawn_app_with(adjust: impl FnOnce(&mut Settings)) -> TestApp {
    let data_dir = std::env::temp_dir().join(format!("ishenim-test-{}", Uuid::new_v4().simple()));
    std::fs::create_dir_all(&data_dir).expect("data dir");
    let database_url = fresh_database(&data_dir).await;
    let mut settings = test_settings(data_dir.clone());
    settings.database_url = Some(database_url.clone());
    adjust(&mut settings);
    let application = Application::build(settings)
        .await
        .expect("build the application");
    let port = application.port();
    let state = application.state().clone();
    tokio::spawn(application.run_until_stopped());
    TestApp {
        address: format!("http://127.0.0.1:{port}"),
        port,
        client: reqwest::Client::new(),
        db: state.db.clone(),
        state,
        data_dir,
        database_url,
    }
}

/// A school made for a test, with its district.
pub struct TestSchool {
    pub id: Uuid,
    pub slug: String,
    pub district_id: Uuid,
    pub district_slug: String,
}

/// A staff member made for a test.
pub struct TestStaff {
    pub id: Uuid,
    pub login: String,
    pub password: String,
}

pub const PASSWORD: &str = "correct horse battery staple";

impl TestApp {
    pub fn url(&self, path: &str) -> String {
        format!("{}/api/v1{path}", self.address)
    }

    /// The next morning, as far as the box is concerned: every appeal dropped so far moves to
    /// the day before (staff see a day's drops only from the next day).
    pub async fn next_morning(&self) {
        use sea_orm::sea_query::Expr;
        use sea_orm::EntityTrait;
        let yesterday = chrono::Utc::now().date_naive() - chrono::Duration::days(2);
        entity::appeal::Entity::update_many()
            .col_expr(entity::appeal::Column::SubmittedOn, Expr::value(yesterday))
            .exec(&self.db)
            .await
            .unwrap();
    }

    /// A new district with one school.
    pub async fn create_school(&self, slug: &str) -> TestSchool {
        let district_slug = format!("{slug}-district");
        self.create_school_in(slug, &district_slug).await
    }

    /// A new school in a district, creating the district when it does not exist.
    pub async fn create_school_in(&self, slug: &str, district_slug: &str) -> TestSchool {
        create_school_in(&self.db, slug, district_slug).await
    }

    /// A staff member of a school with these roles.
    pub async fn create_staff(&self, school: &TestSchool, roles: &[Role]) -> TestStaff {
        let at_school = roles.iter().all(|role| role.is_school_role());
        self.insert_staff(
            at_school.then_some(school.id),
            Some(school.district_id),
            roles,
        )
        .await
    }

    pub async fn insert_staff(
        &self,
        school_id: Option<Uuid>,
        district_id: Option<Uuid>,
        roles: &[Role],
    ) -> TestStaff {
        insert_staff(&self.db, school_id, district_id, roles).await
    }

    pub async fn post_json(&self, path: &str, body: &Value) -> reqwest::Response {
        self.client
            .post(self.url(path))
            .json(body)
            .send()
            .await
            .expect("request")
    }

    pub async fn login(&self, login: &str, password: &str) -> reqwest::Response {
        self.post_json(
            "/auth/login",
            &serde_json::json!({"login": login, "password": password}),
        )
        .await
    }

    /// Signs in and returns the token pair.
    pub async fn sign_in(&self, staff: &TestStaff) -> TokenPair {
        let response = self.login(&staff.login, &staff.password).await;
        assert_eq!(response.status(), 200, "sign-in of {} failed", staff.login);
        response.json().await.unwrap()
    }

    /// Signs in and returns the access token.
    pub async fn token(&self, staff: &TestStaff) -> String {
        self.sign_in(staff).await.access_token
    }

    pub async fn get_as(&self, token: &str, path: &str) -> reqwest::Response {
        self.client
            .get(self.url(path))
            .bearer_auth(token)
            .send()
            .await
            .expect("request")
    }

    /// A client whose connections come from another loopback address.
    pub fn client_from(&self, address: IpAddr) -> reqwest::Client {
        reqwest::Client::builder()
            .local_address(address)
            .build()
            .unwrap()
    }

    /// How many audit entries there are.
    pub async fn audit_count(&self) -> i64 {
        use sea_orm::{EntityTrait, PaginatorTrait};
        entity::audit_entry::Entity::find()
            .count(&self.db)
            .await
            .unwrap() as i64
    }
}

/// A new school in a district, creating the district when it does not exist.
pub async fn create_school_in(
    db: &DatabaseConnection,
    slug: &str,
    district_slug: &str,
) -> TestSchool {
    let txn = db.begin().await.unwrap();
    let district = match ishenim::schools::store::find_district_by_slug(&txn, district_slug)
        .await
        .unwrap()
    {
        Some(district) => district,
        None => create_district(&txn, district_slug, "Test district")
            .await
            .unwrap(),
    };
    let school = create_school(
        &txn,
        NewSchool {
            slug: slug.to_owned(),
            name: format!("School {slug}"),
            names: entity::Localized::default(),
            district_id: district.id,
            opening_quorum: 3,
            default_language: "ky".to_owned(),
            time_zone: "Asia/Bishkek".to_owned(),
        },
    )
    .await
    .unwrap();
    txn.commit().await.unwrap();
    TestSchool {
        id: school.id,
        slug: school.slug,
        district_id: district.id,
        district_slug: district.slug,
    }
}

/// A staff member with these roles, of a school or a district.
pub async fn insert_staff(
    db: &DatabaseConnection,
    school_id: Option<Uuid>,
    district_id: Option<Uuid>,
    roles: &[Role],
) -> TestStaff {
    let login = format!("user.{}", &Uuid::new_v4().simple().to_string()[..12]);
    let hash = hash_password(SecretString::from(PASSWORD)).await.unwrap();
    let txn = db.begin().await.unwrap();
    let user = create_staff(
        &txn,
        Actor::System,
        NewStaff {
            login: login.clone(),
            full_name: format!("Test {login}"),
            position: "Teacher".to_owned(),
            positions: entity::Localized::default(),
            school_id,
            district_id,
            password_hash: hash,
            roles: roles.to_vec(),
            email: Some(format!("{login}@school.example")),
            password_chosen_by: PasswordChosenBy::TheMember,
        },
    )
    .await
    .unwrap();
    txn.commit().await.unwrap();
    TestStaff {
        id: user.id,
        login,
        password: PASSWORD.to_owned(),
    }
}

/// Asserts a problem+json answer with this status and code, a code the API declares and
/// answers with that status; returns the body as the crate's own `Problem`.
pub async fn assert_problem(response: reqwest::Response, status: u16, code: &str) -> Problem {
    assert_eq!(response.status(), status, "status");
    let content_type = response
        .headers()
        .get("content-type")
        .and_then(|v| v.to_str().ok())
        .unwrap_or_default()
        .to_owned();
    assert!(
        content_type.starts_with("application/problem+json"),
        "content type {content_type}"
    );
    let body: Problem = response.json().await.unwrap();
    assert_eq!(body.code, code, "body {body:?}");
    assert_eq!(body.code.status().as_u16(), status, "the status of {code}");
    assert_eq!(body.status, status);
    body
}
