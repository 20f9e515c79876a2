//! The merge: a checked pack into the journal by id, kind by kind, parents first, through the
//! store's row writers. Every record is checked as the store checks an edit, with the
//! journal's version as the previous one.

use super::read::prepare;
use super::rules::{PackRules, attach, dangling_links, detach, keep_local_privacy, parents};
use super::{ImportOptions, ImportPlan, ImportProgress, OnProgress, Outcome};
use crate::db::WriteTx;
use crate::error::{Error, PackError, Problem};
use crate::export::Audience;
use crate::export::json::Pack;
use crate::model::*;
use chrono::{DateTime, Utc};
use std::collections::{HashMap, HashSet};
use uuid::Uuid;

/// Whether the merge brings the search index up to date with what it wrote: an import does, a
/// dry run (whose writes are all rolled back) need not.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Index {
    Update,
    Skip,
}

/// Merges `pack` into the journal; the caller undoes it on error.
///
/// The search triggers are set aside while the records are written and put back at the end,
/// then fired once per kind over every record the merge touched, in one statement each: FTS5
/// writes its pending entries to disk at every statement of a transaction, so row by row the
/// index would be written out (and its segments merged) tens of thousands of times. What the
/// index holds afterwards is what the triggers would have left.
pub(super) fn merge(
    tx: &WriteTx<'_>,
    pack: &Pack,
    options: &ImportOptions,
    index: Index,
    progress: OnProgress<'_>,
) -> Result<ImportPlan, Error> {
    let triggers = set_aside_search_triggers(tx)?;
    let plan = merge_records(tx, pack, options, Ticker::new(pack, progress))?;
    for (_, sql) in &triggers {
        tx.execute(sql, [])?;
    }
    if index == Index::Update {
        plan.1.reindex(tx)?;
    }
    Ok(plan.0)
}

/// Drops the triggers that keep the search index in step with the record tables, for the
/// length of the merge; returns their names and definitions, to create them again.
fn set_aside_search_triggers(tx: &WriteTx<'_>) -> Result<Vec<(String, String)>, Error> {
    let triggers: Vec<(String, String)> = tx
        .prepare(
            "SELECT name, sql FROM sqlite_schema
             WHERE type = 'trigger' AND (name LIKE '%\\_search\\_insert' ESCAPE '\\'
                                         OR name LIKE '%\\_search\\_update' ESCAPE '\\')
             ORDER BY name",
        )?
        .query_map([], |r| Ok((r.get(0)?, r.get(1)?)))?
        .collect::<rusqlite::Result<_>>()?;
    for (name, _) in &triggers {
        tx.execute(
            &format!("DROP TRIGGER \"{}\"", name.replace('"', "\"\"")),
            [],
        )?;
    }
    Ok(triggers)
}

/// The records a merge touched (wrote, trashed, took out of the trash), by kind.
#[derive(Default)]
struct Touched(HashMap<Kind, Vec<String>>);

impl Touched {
    fn add(&mut self, kind: Kind, id: Uuid) {
        self.0.entry(kind).or_default().push(id.to_string());
    }

    /// Fires the update trigger of each touched record (an update that changes nothing), so
    /// the index drops what it held of the record and indexes it as it now is, when live.
    fn reindex(&self, tx: &WriteTx<'_>) -> Result<(), Error> {
        for kind in Kind::ALL {
            let Some(ids) = self.0.get(kind) else {
                continue;
            };
            // A JSON array of the ids (UUIDs need no escaping).
            let ids = format!("[\"{}\"]", ids.join("\",\""));
            tx.execute(
                &format!(
                    "UPDATE {} SET deleted_at = deleted_at
                     WHERE id IN (SELECT value FROM json_each(?1))",
                    kind.table()
                ),
                [ids],
            )?;
        }
        Ok(())
    }
}

/// The merge itself, with what it touched.
fn merge_records(
    tx: &WriteTx<'_>,
    pack: &Pack,
    options: &ImportOptions,
    ticker: Ticker<'_>,
) -> Result<(ImportPlan, Touched), Error> {
    let mut pack = pack.clone();
    prepare(&mut pack)?;
    let same_meeting = if options.from_partner {
        from_partner(tx, &mut pack, options)?
    } else {
        0
    };
    detach_missing(tx, &mut pack)?;
    let mut merger = Merger {
        tx,
        shared: pack.audience == Audience::Shared,
        plan: ImportPlan::default(),
        written: HashSet::new(),
        deletions: Vec::new(),
        revived: HashMap::new(),
        checked_parents: HashSet::new(),
        touched: HashSet::new(),
        ticker,
    };
    merger.revive_parents(&pack)?;
    each_kind!(F => {
        let records = std::mem::take(F::list_mut(&mut pack.records));
        merger.merge_kind(F::merge_order(records))?;
    });
    merger.finish()?;
    merger.ticker.finished()?;
    merger.plan.total();
    merger.plan.same_meeting = same_meeting;
    if !options.from_partner {
        merger.plan.profile_set = fill_profile(tx, &pack.exported_by)?;
    }
    let mut touched = Touched::default();
    for (kind, id) in merger.touched {
        touched.add(kind, id);
    }
    Ok((merger.plan, touched))
}

/// Turns the partner's pack into this journal's view: their one partnership becomes the chosen
/// local one, and me/partner and learn/teach swap.
fn from_partner(tx: &WriteTx<'_>, pack: &mut Pack, options: &ImportOptions) -> Result<u32, Error> {
    if pack.audience != Audience::Shared {
        return Err(PackError::PartnerPackNotShared.into());
    }
    let target = options
        .into_partnership
        .ok_or(PackError::NoTargetPartnership)?;
    if tx.get(target)?.is_trashed() {
        return Err(Error::Trashed {
            kind: Kind::Partnership,
            id: target.to_string(),
        });
    }
    let [theirs] = pack.partnerships.as_slice() else {
        return Err(PackError::PartnershipCount {
            found: pack.partnerships.len(),
        }
        .into());
    };
    let from = theirs.id;
    // Their partnership record is their notes about us; ours stays as it is.
    pack.records.partnerships.clear();
    each_kind!(F => for record in F::list_mut(&mut pack.records) {
        record.fields.flip();
        attach(&mut record.fields, from, target);
    });
    link_same_meetings(tx, pack, target)
}

/// Takes out of the pack the sessions the partner planned for a meeting this journal has a
/// session for (remembered from an earlier pack, or same partnership and overlapping times),
/// and points what belongs to them at ours. Returns how many.
fn link_same_meetings(
    tx: &WriteTx<'_>,
    pack: &mut Pack,
    target: PartnershipId,
) -> Result<u32, Error> {
    let mut ours: HashMap<Uuid, SessionId> = HashMap::new();
    let mut taken: HashSet<SessionId> = tx.aliased_sessions()?.into_iter().collect();
    for session in &pack.records.sessions {
        if tx.find(session.id)?.is_some() {
            continue;
        }
        let mine = match tx.session_alias(session.id)? {
            Some(mine) => Some(mine),
            None => tx
                .overlapping_session(target, &session.fields)?
                .filter(|mine| !taken.contains(mine)),
        };
        if let Some(mine) = mine {
            taken.insert(mine);
            tx.remember_alias(session.id, mine)?;
            ours.insert(session.id.into(), mine);
        }
    }
    if ours.is_empty() {
        return Ok(0);
    }
    pack.records
        .sessions
        .retain(|session| !ours.contains_key(&session.id.into()));
    each_kind!(F => for record in F::list_mut(&mut pack.records) {
        for link in <F as crate::store::Entity>::LINKS.iter().filter(|link| link.kind == Kind::Session) {
            if let Some(mine) = (link.get)(&record.fields).and_then(|theirs| ours.get(&theirs)) {
                (link.set)(&mut record.fields, Some((*mine).into()));
            }
        }
    });
    Ok(u32::try_from(ours.len()).unwrap_or(u32::MAX))
}

/// Clears the optional links that point to records neither in the pack nor in the journal:
/// a session's pack holds its open actions but not the earlier sessions they were agreed in,
/// and its carried-over items but not the items they came from.
fn detach_missing(tx: &WriteTx<'_>, pack: &mut Pack) -> Result<(), Error> {
    let mut in_pack: HashSet<Uuid> = HashSet::new();
    let mut links = Vec::new();
    each_kind!(F => for record in F::list(&pack.records) {
        in_pack.insert(record.id.into());
        links.extend(dangling_links(&record.fields));
    });
    let mut gone = HashSet::new();
    for (kind, id) in links {
        if in_pack.contains(&id) || gone.contains(&id) {
            continue;
        }
        if tx.deleted_at(kind, id)?.is_none() {
            gone.insert(id);
        }
    }
    if gone.is_empty() {
        return Ok(());
    }
    each_kind!(F => for record in F::list_mut(&mut pack.records) {
        detach(&mut record.fields, &gone);
    });
    Ok(())
}

/// Whether `pack` is `local` with optional links `local` lacks filled in: the same edit, from a
/// pack that held the links' targets when an earlier one did not.
fn restores_links<F: PackRules>(pack: &Record<F::Id, F>, local: &Record<F::Id, F>) -> bool {
    let local_links: HashSet<Uuid> = dangling_links(&local.fields).map(|(_, id)| id).collect();
    let added: HashSet<Uuid> = dangling_links(&pack.fields)
        .map(|(_, id)| id)
        .filter(|id| !local_links.contains(id))
        .collect();
    if added.is_empty() {
        return false;
    }
    let mut without = pack.fields.clone();
    detach(&mut without, &added);
    without == local.fields && pack.deleted_at == local.deleted_at
}

struct Merger<'t, 'c, 'p> {
    tx: &'t WriteTx<'c>,
    /// The pack holds no private content, so it never overwrites any.
    shared: bool,
    plan: ImportPlan,
    /// Records this merge wrote (added or updated).
    written: HashSet<Uuid>,
    /// Deletions to apply once every record has been checked.
    deletions: Vec<(Kind, Uuid, DateTime<Utc>)>,
    /// Parents taken out of the trash while their children are checked, with their kind
    /// and the `deleted_at` they go back to (and are compared with).
    revived: HashMap<Uuid, (Kind, DateTime<Utc>)>,
    /// Parents already looked up by `revive_parents`.
    checked_parents: HashSet<Uuid>,
    /// Every record written, or moved into or out of the trash, for the search index.
    touched: HashSet<(Kind, Uuid)>,
    ticker: Ticker<'p>,
}

/// Counts the records merged and tells the caller now and then (a hundred times over a pack).
struct Ticker<'p> {
    progress: OnProgress<'p>,
    done: u32,
    total: u32,
    every: u32,
}

impl<'p> Ticker<'p> {
    fn new(pack: &Pack, progress: OnProgress<'p>) -> Self {
        let total = u32::try_from(pack.record_count()).unwrap_or(u32::MAX);
        Ticker {
            progress,
            done: 0,
            total,
            every: total.div_ceil(100).max(1),
        }
    }

    fn report(&mut self) -> Result<(), Error> {
        let go_on = (self.progress)(ImportProgress {
            done: self.done,
            total: self.total,
        });
        if go_on { Ok(()) } else { Err(Error::Cancelled) }
    }

    /// One more record merged.
    fn tick(&mut self) -> Result<(), Error> {
        self.done += 1;
        if self.done.is_multiple_of(self.every) {
            self.report()?;
        }
        Ok(())
    }

    /// Every record is merged: the last word, which may still stop the merge before it is kept.
    fn finished(&mut self) -> Result<(), Error> {
        self.done = self.total;
        self.report()
    }
}

impl Merger<'_, '_, '_> {
    /// Parents in this journal's trash that pack records link to come out of it while the
    /// records are checked (the journal's rules want live parents; an exporting journal allows
    /// live children of trashed parents), and go back at the end.
    fn revive_parents(&mut self, pack: &Pack) -> Result<(), Error> {
        let mut linked = Vec::new();
        each_kind!(F => for record in F::list(&pack.records) {
            linked.extend(parents(&record.fields));
        });
        for (kind, id) in linked {
            if !self.checked_parents.insert(id) {
                continue;
            }
            if let Some(Some(deleted_at)) = self.tx.deleted_at(kind, id)? {
                self.tx.set_deleted_at(kind, id, None, false)?;
                self.revived.insert(id, (kind, deleted_at));
                self.touched.insert((kind, id));
            }
        }
        Ok(())
    }

    fn merge_kind<F: PackRules>(&mut self, records: Vec<Record<F::Id, F>>) -> Result<(), Error> {
        for mut record in records {
            self.ticker.tick()?;
            let id: Uuid = record.id.into();
            let mut local = self.tx.find(record.id)?;
            // A parent revived for the checks is compared as it really is: in the trash.
            if let Some(local) = &mut local
                && let Some((_, deleted_at)) = self.revived.get(&id)
            {
                local.deleted_at = Some(*deleted_at);
            }
            if self.shared
                && let Some(local) = &local
            {
                keep_local_privacy(self.tx, &mut record.fields, &local.fields)?;
                record.fields.keep_private(self.tx, &local.fields)?;
            }
            // A kind whose versions say by their content which came later (a record of learning
            // only gains signatures) is not left to the stamps, which two clocks may disagree
            // on. An earlier version is not written, so not checked against the later one.
            let later_by_content = local
                .as_ref()
                .and_then(|local| record.fields.later_by_content(&local.fields));
            if later_by_content == Some(false) {
                self.plan.count(F::KIND, id, Outcome::Unchanged);
                continue;
            }
            // Putting back a link a partial pack left out is no change of a link that may not
            // change (an item's origin): the record is checked as the complete version.
            let restoring = local.as_ref().is_some_and(|local| {
                record.updated_at == local.updated_at && restores_links(&record, local)
            });
            let previous = if restoring {
                Some(&record.fields)
            } else {
                local.as_ref().map(|l| &l.fields)
            };
            self.tx
                .check(&record.fields, previous)
                .map_err(|e| refused(F::KIND, id, e))?;
            let outcome = match &local {
                None => Outcome::Added,
                Some(local) => {
                    let same =
                        record.fields == local.fields && record.deleted_at == local.deleted_at;
                    if record.updated_at > local.updated_at || later_by_content == Some(true) {
                        Outcome::Updated {
                            trashed: !local.is_trashed() && record.is_trashed(),
                            restored: local.is_trashed() && !record.is_trashed(),
                        }
                    } else if same {
                        Outcome::Unchanged
                    } else if restoring {
                        Outcome::Updated {
                            trashed: false,
                            restored: false,
                        }
                    } else {
                        Outcome::Conflict
                    }
                }
            };
            self.plan.count(F::KIND, id, outcome);
            // Written live; a deletion is applied at the end, once the record's children have
            // been checked against it.
            match outcome {
                Outcome::Added => self.tx.insert_row(&record)?,
                Outcome::Updated { .. } => {
                    if let Some(local) = &local {
                        self.tx.keep_versions(local, &record.fields, true)?;
                    }
                    self.tx.overwrite_row(&record)?;
                }
                Outcome::Unchanged | Outcome::Conflict => continue,
            }
            self.written.insert(id);
            self.touched.insert((F::KIND, id));
            if let Some(deleted_at) = record.deleted_at {
                self.deletions.push((F::KIND, id, deleted_at));
            }
        }
        Ok(())
    }

    /// Puts revived parents back in the trash and applies the pack's deletions.
    fn finish(&mut self) -> Result<(), Error> {
        for (id, (kind, deleted_at)) in &self.revived {
            if !self.written.contains(id) {
                self.tx
                    .set_deleted_at(*kind, *id, Some(*deleted_at), false)?;
            }
        }
        for (kind, id, deleted_at) in &self.deletions {
            self.tx
                .set_deleted_at(*kind, *id, Some(*deleted_at), false)?;
        }
        Ok(())
    }
}

/// A record that broke a rule, named by kind and id; other errors pass through.
fn refused(kind: Kind, id: Uuid, error: Error) -> Error {
    let (field, problem) = match error {
        Error::Invalid { field, problem } => (field, problem),
        // A rule that looks a linked record up by `get` names the record, not the field.
        Error::NotFound {
            kind: parent,
            id: parent_id,
        } => (
            "a link",
            Problem::UnknownParent {
                kind: parent,
                id: parent_id,
            },
        ),
        Error::Trashed {
            kind: parent,
            id: parent_id,
        } => (
            "a link",
            Problem::TrashedParent {
                kind: parent,
                id: parent_id,
            },
        ),
        other => return other,
    };
    PackError::Invalid {
        kind,
        id,
        field,
        problem,
    }
    .into()
}

/// Fills an empty profile (a journal restored from one's own pack). Returns whether it did.
fn fill_profile(tx: &WriteTx<'_>, profile: &Profile) -> Result<bool, Error> {
    let local = tx.profile()?;
    if !(local.my_name.is_empty() && local.my_role.is_empty())
        || (profile.my_name.is_empty() && profile.my_role.is_empty())
    {
        return Ok(false);
    }
    tx.set_profile(profile.clone())
        .map_err(|error| match error {
            Error::Invalid { field, problem } => PackError::Malformed {
                at: format!("exported_by.{field}"),
                problem: problem.to_string(),
            }
            .into(),
            other => other,
        })?;
    Ok(true)
}
