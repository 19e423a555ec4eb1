//! The writer's file routes, one handler per file. Staff read files through the opening and
//! the case they belong to (`box_openings::routes::file`, `cases::routes::file`).

pub mod take_for_drop;
pub mod take_for_reply;
