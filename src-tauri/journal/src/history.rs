//! Version history of long texts: session notes, the agreement, goal descriptions and success
//! criteria, learnings, feedback (each entity names its own in `Entity::HISTORY`).
//!
//! When an edit replaces such a text, the text it replaces is kept as a version, at most once
//! every [`KEEP_EVERY`] per field while someone types (so an hour of autosaves keeps six
//! versions, not thousands), and always when an import or a restore replaces it. Versions are
//! thinned as they age ([`thin`]): all from the last day, the newest of each day for a month,
//! the newest of each week after that. They belong to this journal alone: never in an export
//! or a pack, never in the search index. Restoring a version is an ordinary edit.

use crate::db::{ReadTx, WriteTx, get_instant, instant_text};
use crate::error::{Error, Problem, Result};
use crate::model::{Kind, Record, RecordKind, dispatch_kind};
use crate::store::Entity;
use chrono::{DateTime, Datelike, Duration, Utc};
use rusqlite::OptionalExtension;
use serde::{Deserialize, Serialize};
use uuid::Uuid;

/// While a text is being edited, a new version is kept at most this often.
pub const KEEP_EVERY: Duration = Duration::minutes(10);

/// Every version of the last day is kept; older ones are thinned.
pub const KEEP_ALL_FOR: Duration = Duration::days(1);

/// Up to this age the newest version of each day is kept; older, the newest of each week.
pub const KEEP_DAILY_FOR: Duration = Duration::days(30);

/// One earlier version of a long text.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub struct Revision {
    /// The version's number in this journal.
    pub id: u32,
    /// The kind of the record it is a version of.
    pub kind: Kind,
    /// The record it is a version of.
    pub record_id: Uuid,
    /// The field it is a version of.
    pub field: String,
    /// When this text was written.
    pub saved_at: DateTime<Utc>,
    /// The text.
    pub text: String,
}

/// How a piece of a compared text changed from a version to the current text.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
#[serde(rename_all = "snake_case")]
pub enum Change {
    /// In both.
    Same,
    /// Only in the current text.
    Added,
    /// Only in the version.
    Removed,
}

/// A piece of text and how it changed.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub struct DiffPart {
    /// The text of the piece.
    pub text: String,
    /// How it changed.
    pub change: Change,
}

/// The differences from `old` to `new`, word by word, with neighbouring pieces of the same
/// change joined.
pub fn compare(old: &str, new: &str) -> Vec<DiffPart> {
    let diff = similar::TextDiff::from_words(old, new);
    let mut parts: Vec<DiffPart> = Vec::new();
    for change in diff.iter_all_changes() {
        let kind = match change.tag() {
            similar::ChangeTag::Equal => Change::Same,
            similar::ChangeTag::Insert => Change::Added,
            similar::ChangeTag::Delete => Change::Removed,
        };
        match parts.last_mut() {
            Some(last) if last.change == kind => last.text.push_str(change.value()),
            _ => parts.push(DiffPart {
                text: change.value().to_owned(),
                change: kind,
            }),
        }
    }
    parts
}

fn read_revision(row: &rusqlite::Row<'_>) -> rusqlite::Result<Revision> {
    let record: String = row.get(2)?;
    Ok(Revision {
        id: row.get(0)?,
        kind: row.get(1)?,
        record_id: Uuid::parse_str(&record).map_err(|e| {
            rusqlite::Error::FromSqlConversionFailure(2, rusqlite::types::Type::Text, Box::new(e))
        })?,
        field: row.get(3)?,
        saved_at: get_instant(row, 4)?,
        text: row.get(5)?,
    })
}

const REVISION_COLUMNS: &str = "seq, kind, record_id, field, saved_at, text";

/// The field of `kind` named `field`, when it keeps a history.
fn history_field(kind: Kind, field: &str) -> Result<&'static str> {
    let known = dispatch_kind!(kind, F => <F as Entity>::HISTORY
        .iter()
        .map(|text| text.field)
        .find(|name| *name == field));
    known.ok_or(Error::Invalid {
        field: "field",
        problem: Problem::Other("problem-no-history"),
    })
}

impl ReadTx<'_> {
    /// The earlier versions of `field` of the record `record` of `kind`, newest first.
    pub fn revisions(&self, kind: Kind, record: Uuid, field: &str) -> Result<Vec<Revision>> {
        let field = history_field(kind, field)?;
        let sql = format!(
            "SELECT {REVISION_COLUMNS} FROM revision WHERE record_id = ?1 AND field = ?2
             ORDER BY saved_at DESC, seq DESC"
        );
        let mut stmt = self.prepare(&sql)?;
        let rows = stmt.query_map((record.to_string(), field), read_revision)?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// One version.
    pub fn revision(&self, id: u32) -> Result<Revision> {
        let sql = format!("SELECT {REVISION_COLUMNS} FROM revision WHERE seq = ?1");
        self.prepare(&sql)?
            .query_row([id], read_revision)
            .optional()?
            .ok_or(Error::Invalid {
                field: "revision",
                problem: Problem::Other("problem-no-such-version"),
            })
    }

    /// What changed from the version `id` to the record's current text.
    pub fn compare_revision(&self, id: u32) -> Result<Vec<DiffPart>> {
        let revision = self.revision(id)?;
        let current = self.current_text(revision.kind, revision.record_id, &revision.field)?;
        Ok(compare(&revision.text, &current))
    }

    fn current_text(&self, kind: Kind, record: Uuid, field: &str) -> Result<String> {
        dispatch_kind!(kind, F => {
            let record = self.get(<F as RecordKind>::Id::from(record))?;
            let text = <F as Entity>::HISTORY
                .iter()
                .find(|text| text.field == field)
                .map(|text| (text.get)(&record.fields).to_owned());
            Ok(text.unwrap_or_default())
        })
    }
}

impl WriteTx<'_> {
    /// Keeps the long texts of `previous` that `next` replaces, as versions: only when the
    /// field's newest version is older than [`KEEP_EVERY`], unless `always` (an import, a
    /// restore). An empty text is not worth a version.
    pub(crate) fn keep_versions<F: Entity>(
        &self,
        previous: &Record<F::Id, F>,
        next: &F,
        always: bool,
    ) -> Result<()> {
        let record = previous.id.into().to_string();
        for text in F::HISTORY {
            let old = (text.get)(&previous.fields);
            if old == (text.get)(next) || old.trim().is_empty() {
                continue;
            }
            if !always {
                let newest: Option<String> = self
                    .prepare(
                        "SELECT max(kept_at) FROM revision WHERE record_id = ?1 AND field = ?2",
                    )?
                    .query_row((&record, text.field), |r| r.get(0))?;
                let recent = newest
                    .and_then(|at| DateTime::parse_from_rfc3339(&at).ok())
                    .is_some_and(|at| self.now() - at.with_timezone(&Utc) < KEEP_EVERY);
                if recent {
                    continue;
                }
            }
            self.execute(
                "INSERT INTO revision (kind, record_id, field, text, saved_at, kept_at)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
                (
                    F::KIND,
                    &record,
                    text.field,
                    old,
                    instant_text(previous.updated_at),
                    instant_text(self.now()),
                ),
            )?;
        }
        Ok(())
    }

    /// Puts the text of version `id` back into its record, as an edit of now (kept in the
    /// history first, like any text a restore replaces).
    pub fn restore_revision(&self, id: u32) -> Result<()> {
        let revision = self.revision(id)?;
        dispatch_kind!(revision.kind, F => {
            let record = self.get(<F as RecordKind>::Id::from(revision.record_id))?;
            let mut fields = record.fields.clone();
            let text = <F as Entity>::HISTORY
                .iter()
                .find(|text| text.field == revision.field)
                .ok_or(Error::Invalid {
                    field: "field",
                    problem: Problem::Other("problem-no-history"),
                })?;
            (text.set)(&mut fields, revision.text.clone());
            self.keep_versions(&record, &fields, true)?;
            self.update(record.id, fields).map(drop)
        })
    }

    /// Removes the versions of the records with these ids (deleted forever).
    pub(crate) fn forget_versions(&self, records: &[Uuid]) -> Result<()> {
        for record in records {
            self.execute(
                "DELETE FROM revision WHERE record_id = ?1",
                [record.to_string()],
            )?;
        }
        Ok(())
    }

    /// Thins the history by age (see the module); returns how many versions went.
    pub fn thin_history(&self) -> Result<u32> {
        let versions: Vec<(u32, String, String, DateTime<Utc>)> = self
            .prepare(
                "SELECT seq, record_id, field, saved_at FROM revision
                 ORDER BY record_id, field, saved_at DESC, seq DESC",
            )?
            .query_map([], |r| {
                Ok((r.get(0)?, r.get(1)?, r.get(2)?, get_instant(r, 3)?))
            })?
            .collect::<rusqlite::Result<_>>()?;
        let gone = thin(self.now(), &versions);
        for seq in &gone {
            self.execute("DELETE FROM revision WHERE seq = ?1", [seq])?;
        }
        Ok(u32::try_from(gone.len()).unwrap_or(u32::MAX))
    }
}

/// Which versions thinning removes at `now`, given `(id, record, field, saved_at)` sorted by
/// record and field, newest first within each: none of the last day, all but the newest of
/// each day up to a month, all but the newest of each ISO week after that.
pub fn thin(now: DateTime<Utc>, versions: &[(u32, String, String, DateTime<Utc>)]) -> Vec<u32> {
    let mut gone = Vec::new();
    let mut last_bucket: Option<(&str, &str, (i32, u32, u32))> = None;
    for (seq, record, field, saved_at) in versions {
        let age = now - *saved_at;
        if age < KEEP_ALL_FOR {
            continue;
        }
        let bucket = if age < KEEP_DAILY_FOR {
            (saved_at.year(), 0, saved_at.ordinal())
        } else {
            let week = saved_at.iso_week();
            (week.year(), 1, week.week())
        };
        let key = (record.as_str(), field.as_str(), bucket);
        if last_bucket == Some(key) {
            gone.push(*seq);
        } else {
            last_bucket = Some(key);
        }
    }
    gone
}
