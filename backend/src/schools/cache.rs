//! A short-lived cache of schools by slug with their screening words and box key, for the
//! public drop route: one database round trip per appeal instead of three. A box key replaced
//! at an opening is forgotten here at once, and on other replicas within the time to live: an
//! appeal sealed to the old key meanwhile opens at the next opening (the old key's seed is
//! sealed to the new one). A school's own words are
//! forgotten here at once when they change, and on other replicas within the time to live.

use std::collections::HashMap;
use std::sync::{Arc, RwLock};
use std::time::{Duration, Instant};

use entity::school;
use sea_orm::{ConnectionTrait, DbErr};

use crate::appeals::store::school_lexicon;
use crate::box_keys::service::{at_the_door, AtTheDoor};
use crate::schools::store::find_school_by_slug;
use crate::screening::SchoolLexicon;

const TIME_TO_LIVE: Duration = Duration::from_secs(10);

/// A school as the door needs it.
#[derive(Debug)]
pub struct CachedSchool {
    pub school: school::Model,
    pub lexicon: SchoolLexicon,
    /// What new appeals are sealed to: the box key (checked against the journal's
    /// fingerprint), or the data key while the school is not yet protected.
    pub door: AtTheDoor,
}

/// Schools by slug, each kept for a few seconds.
#[derive(Default)]
pub struct SchoolCache {
    entries: RwLock<HashMap<String, (Instant, Arc<CachedSchool>)>>,
}

impl SchoolCache {
    /// The school with this slug, from the cache or the database.
    pub async fn get<C: ConnectionTrait>(
        &self,
        db: &C,
        slug: &str,
    ) -> Result<Option<Arc<CachedSchool>>, DbErr> {
        if let Some((fetched, cached)) = self
            .entries
            .read()
            .unwrap_or_else(|poisoned| poisoned.into_inner())
            .get(slug)
        {
            if fetched.elapsed() < TIME_TO_LIVE {
                return Ok(Some(cached.clone()));
            }
        }
        let Some(school) = find_school_by_slug(db, slug).await? else {
            return Ok(None);
        };
        let lexicon = school_lexicon(db, school.id).await?;
        let door = at_the_door(db, school.id).await?;
        let cached = Arc::new(CachedSchool {
            school,
            lexicon,
            door,
        });
        let mut entries = self
            .entries
            .write()
            .unwrap_or_else(|poisoned| poisoned.into_inner());
        if entries.len() > 10_000 {
            entries.clear();
        }
        entries.insert(slug.to_owned(), (Instant::now(), cached.clone()));
        Ok(Some(cached))
    }

    /// Forgets a school, after its settings or words changed.
    pub fn forget(&self, slug: &str) {
        self.entries
            .write()
            .unwrap_or_else(|poisoned| poisoned.into_inner())
            .remove(slug);
    }
}
