//! Box-key routes, one handler per file.

pub mod change_passphrase;
pub mod district;
pub mod district_passphrase;
pub mod get_mine;
pub mod school;
pub mod set_mine;
