//! The JSON pack: a lossless, versioned copy of an [`ExportSet`] that another Twoway journal
//! (the owner's own, or the partner's) can import and merge by id. Its layout is described by
//! `schema/pack-v3.schema.json` (JSON Schema draft 2020-12); reading a pack back is
//! [`crate::import`]'s job.
//!
//! Layout (every key is always present, in this order; `null` where a value is absent):
//!
//! - `format`: always `"twoway-pack"`; `version`: [`PACK_VERSION`];
//! - `exported_at`: RFC 3339 UTC; `audience`: `"shared"` or `"all"`;
//! - `scope`: `{"kind": "journal"}`, `{"kind": "partnership", "id": …}` or
//!   `{"kind": "session", "id": …}`;
//! - `exported_by`: the exporting owner's profile `{my_name, my_role}`;
//! - one array per kind (`partnerships`, `goals`, `check_ins`, `sessions`, `agenda_items`,
//!   `action_items`, `skills`, `skill_ratings`, `learnings`, `feedback`, `agreement_versions`),
//!   each record as the
//!   model serializes it: `{id, fields, created_at, updated_at, deleted_at}`, sorted by id.
//!
//! The pack holds exactly what the set holds: a set built with `Trash::Include` carries
//! deletions (`deleted_at`), and a set built for `Audience::Shared` already lacks everything
//! private. This module adds nothing and filters nothing.

use crate::export::{Audience, ExportSet, Scope};
use crate::model::*;
use chrono::{DateTime, Utc};
use serde::Serialize;

/// The value of a pack's `format` key.
pub const PACK_FORMAT: &str = "twoway-pack";

/// The pack layout this build writes, and the newest it reads.
///
/// Version 2 added a `visibility` to check-ins, agenda items, action items, skills and skill
/// ratings, and an `author` to learnings; a version 1 pack is read with the defaults the
/// journal's migrations give. Version 3 added `agreement_versions`; an older pack has none.
pub const PACK_VERSION: u32 = 3;

/// A JSON pack. Field order is the key order of the written JSON: the header, then one list
/// per kind in the registry's order (the [`Records`] lists, which the pack dereferences to).
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Pack {
    /// Always [`PACK_FORMAT`].
    pub format: String,
    /// [`PACK_VERSION`] when written by this build.
    pub version: u32,
    /// When the pack was made.
    pub exported_at: DateTime<Utc>,
    /// Whom it was made for.
    pub audience: Audience,
    /// What it covers.
    pub scope: Scope,
    /// The exporting owner's name and role: who "me" is in this pack.
    pub exported_by: Profile,
    /// The records, one list per kind.
    #[serde(flatten)]
    pub records: Records,
}

impl std::ops::Deref for Pack {
    type Target = Records;
    fn deref(&self) -> &Records {
        &self.records
    }
}

impl std::ops::DerefMut for Pack {
    fn deref_mut(&mut self) -> &mut Records {
        &mut self.records
    }
}

/// The pack of `set`. `scope` and `audience` are the ones `set` was built with; they are
/// recorded, not applied. Records are sorted by id so the same journal always gives the same
/// bytes.
pub fn pack(set: &ExportSet, scope: Scope, audience: Audience, exported_at: DateTime<Utc>) -> Pack {
    let mut records = set.records.clone();
    records.sort_by_id();
    Pack {
        format: PACK_FORMAT.to_owned(),
        version: PACK_VERSION,
        exported_at,
        audience,
        scope,
        exported_by: set.profile.clone(),
        records,
    }
}

impl Pack {
    /// Pretty JSON (two-space indent, keys in declaration order, a final newline).
    pub fn to_json(&self) -> String {
        // Every type in a pack serializes to plain JSON (string keys only, no fallible
        // `Serialize` impl), so serde_json cannot fail here.
        let mut json = serde_json::to_string_pretty(self).expect("a pack always serializes");
        json.push('\n');
        json
    }

    /// How many records the pack holds, all kinds together.
    pub fn record_count(&self) -> usize {
        self.records.len()
    }
}

/// The pack of `set` as the text of a `.json` file.
pub fn pack_json(
    set: &ExportSet,
    scope: Scope,
    audience: Audience,
    exported_at: DateTime<Utc>,
) -> String {
    pack(set, scope, audience, exported_at).to_json()
}
