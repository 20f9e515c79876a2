//! The trash: every record a user deleted, newest first, so a delete can be undone later as
//! well as right away.

use crate::db::{ReadTx, get_instant};
use crate::error::Result;
use crate::model::{Kind, RecordKind, each_kind};
use crate::store::Entity;
use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use uuid::Uuid;

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub struct TrashedRecord {
    pub kind: Kind,
    pub id: Uuid,
    /// A name, a title, or the first words of the text.
    pub label: String,
    pub deleted_at: DateTime<Utc>,
}

/// How much of a long text a label shows.
const LABEL_CHARS: usize = 80;

impl ReadTx<'_> {
    /// Everything in the trash, most recently deleted first.
    pub fn trashed(&self) -> Result<Vec<TrashedRecord>> {
        let mut all = Vec::new();
        each_kind!(F => {
            let sql = format!(
                "SELECT id, substr({}, 1, {LABEL_CHARS}), deleted_at FROM {}
                 WHERE deleted_at IS NOT NULL",
                F::LABEL,
                F::TABLE
            );
            let mut stmt = self.prepare(&sql)?;
            let rows = stmt.query_map([], |r| {
                Ok((
                    r.get::<_, String>(0)?,
                    r.get::<_, String>(1)?,
                    get_instant(r, 2)?,
                ))
            })?;
            for row in rows {
                let (id, label, deleted_at) = row?;
                if let Ok(id) = Uuid::parse_str(&id) {
                    let label = label.lines().next().unwrap_or_default().trim().to_owned();
                    all.push(TrashedRecord {
                        kind: F::KIND,
                        id,
                        label,
                        deleted_at,
                    });
                }
            }
        });
        all.sort_by_key(|r| std::cmp::Reverse(r.deleted_at));
        Ok(all)
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub struct KindCount {
    pub kind: Kind,
    pub live: u32,
    pub trashed: u32,
}

impl ReadTx<'_> {
    /// Record counts per kind, in the order of `Kind::ALL`.
    pub fn record_counts(&self) -> Result<Vec<KindCount>> {
        let mut counts = Vec::new();
        each_kind!(F => {
            let sql = format!(
                "SELECT count(*) FILTER (WHERE deleted_at IS NULL),
                        count(*) FILTER (WHERE deleted_at IS NOT NULL) FROM {}",
                F::TABLE
            );
            let (live, trashed) = self
                .prepare(&sql)?
                .query_row([], |r| Ok((r.get(0)?, r.get(1)?)))?;
            counts.push(KindCount {
                kind: F::KIND,
                live,
                trashed,
            });
        });
        Ok(counts)
    }
}
