//! School routes, one handler per file.

pub mod get;

use entity::school;

use crate::auth::Target;

/// The authorization target of a school.
pub fn target(school: &school::Model) -> Target {
    Target::School {
        id: school.id,
        district_id: school.district_id,
    }
}
