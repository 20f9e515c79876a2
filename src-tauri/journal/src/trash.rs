//! The trash: every record a user deleted, newest first, so a delete can be undone later as
//! well as right away.

use crate::db::{ReadTx, WriteTx, get_instant};
use crate::error::{Error, Problem, Result};
use crate::model::{Kind, RecordKind, each_kind};
use crate::plain::plain;
use crate::store::Entity;
use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use std::collections::HashSet;
use uuid::Uuid;

/// A record in the trash, as the trash view lists it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub struct TrashedRecord {
    /// Its kind.
    pub kind: Kind,
    /// Its id.
    pub id: Uuid,
    /// A name, a title, or the first line of the text, as plain text to show as it is (no
    /// Markdown left in it), ending in "…" where the line goes on; empty when the record has no
    /// text to name it by.
    pub label: String,
    /// When it was put in the trash.
    pub deleted_at: DateTime<Utc>,
}

/// How much of a long text a label shows.
const LABEL_CHARS: usize = 80;

/// How much of a record's text a label is read from. Far more than a label shows: Markdown is
/// only read right whole, and emphasis or a link that opens in the first line may close lines
/// later (`**` left open at the cut would show as two stars).
const LABEL_SOURCE_CHARS: usize = 4096;

/// The label of a record whose text (cut to [`LABEL_SOURCE_CHARS`] when `cut`) is `source`:
/// its first line read as plain text, shortened to [`LABEL_CHARS`] with an ellipsis where the
/// line goes on.
fn label(source: &str, cut: bool) -> String {
    let text = plain(source).text;
    let mut lines = text.lines().map(str::trim).filter(|line| !line.is_empty());
    let first = lines.next().unwrap_or_default();
    // A source cut inside its first line: that line goes on past what was read.
    let goes_on = cut && lines.next().is_none();
    match first.char_indices().nth(LABEL_CHARS) {
        Some((at, _)) => format!("{}…", first[..at].trim_end()),
        None if goes_on => format!("{first}…"),
        None => first.to_owned(),
    }
}

impl ReadTx<'_> {
    /// Everything in the trash, most recently deleted first.
    pub fn trashed(&self) -> Result<Vec<TrashedRecord>> {
        let mut all = Vec::new();
        each_kind!(F => {
            let sql = format!(
                "SELECT id, substr({label}, 1, {LABEL_SOURCE_CHARS}),
                        length({label}) > {LABEL_SOURCE_CHARS}, deleted_at
                 FROM {} WHERE deleted_at IS NOT NULL",
                F::TABLE,
                label = F::LABEL,
            );
            let mut stmt = self.prepare(&sql)?;
            let rows = stmt.query_map([], |r| {
                Ok((
                    r.get::<_, String>(0)?,
                    r.get::<_, String>(1)?,
                    r.get::<_, bool>(2)?,
                    get_instant(r, 3)?,
                ))
            })?;
            for row in rows {
                let (id, source, cut, deleted_at) = row?;
                if let Ok(id) = Uuid::parse_str(&id) {
                    all.push(TrashedRecord {
                        kind: F::KIND,
                        id,
                        label: label(&source, cut),
                        deleted_at,
                    });
                }
            }
        });
        all.sort_by_key(|r| std::cmp::Reverse(r.deleted_at));
        Ok(all)
    }
}

/// How many records of one kind the journal holds.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub struct KindCount {
    /// The kind.
    pub kind: Kind,
    /// Records outside the trash.
    pub live: u32,
    /// Records in the trash.
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

    /// Whether the journal holds no record of any kind, in the trash or out of it (the profile
    /// and the settings are not records). The one rule for "empty": only an empty journal takes
    /// the demo, so the sample story never mixes with anyone's own records, and a record in the
    /// trash is still one of theirs.
    pub fn is_empty(&self) -> Result<bool> {
        let mut empty = true;
        each_kind!(F => if empty {
            let sql = format!("SELECT NOT EXISTS (SELECT 1 FROM {})", F::TABLE);
            empty = self.prepare(&sql)?.query_row([], |r| r.get(0))?;
        });
        Ok(empty)
    }
}

/// How many records of one kind a deletion takes away.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub struct KindTally {
    /// The kind.
    pub kind: Kind,
    /// How many records of it.
    pub count: u32,
}

/// Counts `records` by kind, in the order of `Kind::ALL`, leaving out kinds with none.
fn tally(records: &[(Kind, Uuid)]) -> Vec<KindTally> {
    Kind::ALL
        .iter()
        .map(|&kind| KindTally {
            kind,
            count: u32::try_from(records.iter().filter(|(k, _)| *k == kind).count())
                .unwrap_or(u32::MAX),
        })
        .filter(|t| t.count > 0)
        .collect()
}

impl ReadTx<'_> {
    /// The record and every record that belongs to it (see `Link::belongs`), each once,
    /// each after the record it belongs to.
    pub(crate) fn with_dependants(&self, roots: Vec<(Kind, Uuid)>) -> Result<Vec<(Kind, Uuid)>> {
        let mut seen: HashSet<Uuid> = roots.iter().map(|(_, id)| *id).collect();
        let mut all = roots;
        let mut next = 0;
        while next < all.len() {
            let (kind, id) = all[next];
            next += 1;
            each_kind!(F => for link in F::LINKS.iter().filter(|l| l.kind == kind && l.belongs) {
                let sql = format!("SELECT id FROM {} WHERE {} = ?1", F::TABLE, link.field);
                let children: Vec<String> = self
                    .prepare(&sql)?
                    .query_map([id.to_string()], |r| r.get(0))?
                    .collect::<rusqlite::Result<_>>()?;
                for child in children.iter().filter_map(|c| Uuid::parse_str(c).ok()) {
                    if seen.insert(child) {
                        all.push((F::KIND, child));
                    }
                }
            });
        }
        Ok(all)
    }

    /// Records in the trash, trashed before `before` when given.
    fn trashed_ids(&self, before: Option<DateTime<Utc>>) -> Result<Vec<(Kind, Uuid)>> {
        let before = before.map(crate::db::instant_text);
        let mut all = Vec::new();
        each_kind!(F => {
            let sql = format!(
                "SELECT id FROM {} WHERE deleted_at IS NOT NULL AND (?1 IS NULL OR deleted_at < ?1)
                 ORDER BY seq",
                F::TABLE
            );
            let ids: Vec<String> = self
                .prepare(&sql)?
                .query_map([&before], |r| r.get(0))?
                .collect::<rusqlite::Result<_>>()?;
            all.extend(ids.iter().filter_map(|id| Uuid::parse_str(id).ok()).map(|id| (F::KIND, id)));
        });
        Ok(all)
    }

    /// What deleting the record of `kind` with `id` forever takes away: the record and what
    /// belongs to it (a session's agenda, a goal's check-ins), by kind. Only a record in the
    /// trash can be deleted forever.
    pub fn delete_forever_plan(&self, kind: Kind, id: Uuid) -> Result<Vec<KindTally>> {
        Ok(tally(&self.doomed(kind, id)?))
    }

    /// What emptying the trash takes away, by kind.
    pub fn empty_trash_plan(&self) -> Result<Vec<KindTally>> {
        Ok(tally(&self.with_dependants(self.trashed_ids(None)?)?))
    }

    fn doomed(&self, kind: Kind, id: Uuid) -> Result<Vec<(Kind, Uuid)>> {
        match self.deleted_at(kind, id)? {
            None => Err(Error::NotFound {
                kind,
                id: id.to_string(),
            }),
            Some(None) => Err(Error::invalid(
                "id",
                Problem::Other("problem-delete-forever-needs-trash"),
            )),
            Some(Some(_)) => self.with_dependants(vec![(kind, id)]),
        }
    }
}

impl WriteTx<'_> {
    /// Deletes the record of `kind` with `id` (which must be in the trash) forever, with what
    /// belongs to it and their version history; links to them from other records are cleared.
    /// Returns what went, by kind.
    pub fn delete_forever(&self, kind: Kind, id: Uuid) -> Result<Vec<KindTally>> {
        let doomed = self.doomed(kind, id)?;
        self.purge(&doomed)?;
        Ok(tally(&doomed))
    }

    /// Deletes everything in the trash forever (trashed before `before`, when given), as
    /// [`WriteTx::delete_forever`] does for one record. Returns what went, by kind.
    pub fn empty_trash(&self, before: Option<DateTime<Utc>>) -> Result<Vec<KindTally>> {
        let doomed = self.with_dependants(self.trashed_ids(before)?)?;
        self.purge(&doomed)?;
        Ok(tally(&doomed))
    }

    pub(crate) fn purge(&self, doomed: &[(Kind, Uuid)]) -> Result<()> {
        // Links that do not belong to what goes are cleared first, so no row points at a
        // deleted one (the tables' foreign keys would refuse the delete).
        for (kind, id) in doomed {
            each_kind!(F => for link in F::LINKS.iter().filter(|l| l.kind == *kind && !l.belongs) {
                self.execute(
                    &format!("UPDATE {} SET {} = NULL WHERE {} = ?1", F::TABLE, link.field, link.field),
                    [id.to_string()],
                )?;
            });
        }
        let ids: Vec<Uuid> = doomed.iter().map(|(_, id)| *id).collect();
        self.forget_versions(&ids)?;
        for (kind, id) in doomed.iter().rev() {
            self.execute(
                &format!("DELETE FROM {} WHERE id = ?1", kind.table()),
                [id.to_string()],
            )?;
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_label_is_the_first_line_as_plain_text() {
        assert_eq!(label("Short", false), "Short");
        assert_eq!(
            label("**Tried** the [new](https://x.org) prompt\nand more", false),
            "Tried the new prompt"
        );
        assert_eq!(
            label("## Ground rules\n\n- What is said…", false),
            "Ground rules"
        );
        assert_eq!(label("my_name stays", false), "my_name stays");
        assert_eq!(label("", false), "");
    }

    #[test]
    fn a_label_cut_short_says_so() {
        assert_eq!(label(&"x".repeat(80), false), "x".repeat(80));
        assert_eq!(
            label(&"x".repeat(81), false),
            format!("{}…", "x".repeat(80))
        );
        assert_eq!(
            label(&format!("{} tail", "word ".repeat(16)), false),
            format!("{}…", "word ".repeat(16).trim_end())
        );
        // Read only in part: the first line goes on past what was read.
        assert_eq!(label("A long first line", true), "A long first line…");
        assert_eq!(label("A line\nand another", true), "A line");
    }
}
