//! The demo school: district `tup`, school `school-31` and one login per kind of user, all
//! with the password given. Running it again resets the demo passwords and adds what is
//! missing. The demo school is on Ishenim from the first day of the previous month, so that
//! its first monthly report can be written and published at once.

use anyhow::anyhow;
use entity::Role;
use sea_orm::sea_query::Expr;
use sea_orm::{ColumnTrait, DatabaseConnection, EntityTrait, QueryFilter, TransactionTrait};
use secrecy::SecretString;

use crate::audit::Actor;
use crate::auth::password::{hash_password, MIN_PASSWORD_LENGTH};
use crate::reports::month::Month;
use crate::schools::store::{self as schools, NewSchool};
use crate::staff::store::{self as staff, NewStaff, PasswordChosenBy};

struct DemoStaff {
    login: &'static str,
    full_name: &'static str,
    position: &'static str,
    roles: &'static [Role],
    at_district: bool,
}

const DEMO_STAFF: &[DemoStaff] = &[
    DemoStaff {
        login: "demo.director",
        full_name: "Aida Kangeldieva",
        position: "Director",
        roles: &[Role::Director],
        at_district: false,
    },
    DemoStaff {
        login: "demo.deputy",
        full_name: "Bakyt Toktogulov",
        position: "Deputy director for educational work",
        roles: &[Role::Deputy, Role::Official],
        at_district: false,
    },
    DemoStaff {
        login: "demo.socped",
        full_name: "Cholpon Asanova",
        position: "Social pedagogue",
        roles: &[Role::SocialPedagogue, Role::Official],
        at_district: false,
    },
    DemoStaff {
        login: "demo.wg1",
        full_name: "Dinara Sydykova",
        position: "Psychologist",
        roles: &[Role::WorkingGroup, Role::Official],
        at_district: false,
    },
    DemoStaff {
        login: "demo.wg2",
        full_name: "Ermek Abdyraev",
        position: "Class teacher, grade 7",
        roles: &[Role::WorkingGroup],
        at_district: false,
    },
    DemoStaff {
        login: "demo.wg3",
        full_name: "Gulnara Osmonova",
        position: "Chair of the parents' committee",
        roles: &[Role::WorkingGroup],
        at_district: false,
    },
    DemoStaff {
        login: "demo.district",
        full_name: "Kanat Jumabaev",
        position: "Chief specialist, district education office",
        roles: &[Role::DistrictOfficer, Role::DistrictAdmin],
        at_district: true,
    },
    DemoStaff {
        login: "demo.admin",
        full_name: "Nurlan Beishenov",
        position: "School administrator",
        roles: &[Role::SchoolAdmin],
        at_district: false,
    },
];

/// The demo logins, for messages.
pub const DEMO_LOGINS: [&str; 8] = [
    "demo.director",
    "demo.deputy",
    "demo.socped",
    "demo.wg1",
    "demo.wg2",
    "demo.wg3",
    "demo.district",
    "demo.admin",
];

/// Creates or refreshes the demo data.
pub async fn seed(db: &DatabaseConnection, password: String) -> anyhow::Result<()> {
    if password.chars().count() < MIN_PASSWORD_LENGTH {
        return Err(anyhow!(
            "a password needs at least {MIN_PASSWORD_LENGTH} characters"
        ));
    }
    let hash = hash_password(SecretString::from(password)).await?;
    let txn = db.begin().await?;
    let district = match schools::find_district_by_slug(&txn, "tup").await? {
        Some(district) => district,
        None => schools::create_district(&txn, "tup", "Tüp district education office").await?,
    };
    let school = match schools::find_school_by_slug(&txn, "school-31").await? {
        Some(school) => school,
        None => {
            let school = schools::create_school(
                &txn,
                NewSchool {
                    slug: "school-31".to_owned(),
                    name: "School No. 31 Yntymak".to_owned(),
                    names: entity::Localized::default(),
                    district_id: district.id,
                    opening_quorum: 3,
                    default_language: "ky".to_owned(),
                    time_zone: "Asia/Bishkek".to_owned(),
                },
            )
            .await?;
            let zone = crate::calendar::zone_of(&school.time_zone);
            let last_month = Month::of(crate::calendar::today_in(&school.time_zone)).previous();
            let (since, _) = last_month.instants(zone);
            entity::school::Entity::update_many()
                .col_expr(entity::school::Column::CreatedAt, Expr::value(since))
                .filter(entity::school::Column::Id.eq(school.id))
                .exec(&txn)
                .await?;
            school
        }
    };
    for demo in DEMO_STAFF {
        match staff::find_by_login(&txn, demo.login).await? {
            Some(user) => {
                staff::reset_password(
                    &txn,
                    Actor::System,
                    &user,
                    hash.clone(),
                    // The demo's accounts are the operator's own, to try the software.
                    PasswordChosenBy::TheMember,
                )
                .await?;
                for role in demo.roles {
                    staff::grant_role(&txn, Actor::System, &user, *role).await?;
                }
            }
            None => {
                staff::create_staff(
                    &txn,
                    Actor::System,
                    NewStaff {
                        login: demo.login.to_owned(),
                        full_name: demo.full_name.to_owned(),
                        position: demo.position.to_owned(),
                        positions: if demo.at_district {
                            entity::Localized::default()
                        } else {
                            entity::Localized::only(&school.default_language, demo.position)
                        },
                        school_id: (!demo.at_district).then_some(school.id),
                        district_id: Some(district.id),
                        password_hash: hash.clone(),
                        roles: demo.roles.to_vec(),
                        email: None,
                        password_chosen_by: PasswordChosenBy::TheMember,
                    },
                )
                .await?;
            }
        }
    }
    txn.commit().await?;
    Ok(())
}
