//! Importing a JSON pack ([`crate::export::json`]): reading it safely, planning the merge, and
//! merging it into the journal by id in one transaction.
//!
//! Three layers, one file each: `read` turns bytes into a checked [`Pack`] without touching a
//! journal; `rules` holds what the import knows of each kind beyond the store's own rules
//! (flipping a partner's view, what a shared pack cannot overwrite, and what a kind's links
//! mean for a pack); `merge` merges a pack by id through the store's row writers.
//!
//! ## Reading
//!
//! [`read_pack`] refuses, with a [`PackError`] whose message holds no text from the pack:
//! input that is cut short, is not JSON, is not a Twoway pack (`format`), or was written by a
//! newer Twoway (`version` above [`PACK_VERSION`](crate::export::json::PACK_VERSION)); a value of the wrong type, an unknown enum
//! value, a missing or unknown key (the layout is closed); an id that is not a UUID or appears
//! twice. Instants are cut to the precision the journal stores (milliseconds; a session's
//! `starts_at` to the second), so a pack read back compares equal to what was stored.
//!
//! ## Merging
//!
//! Records merge by id, kind by kind, parents first:
//!
//! | the journal holds… | outcome |
//! |---|---|
//! | no record with that id | **added**, with the pack's id, `created_at`, `updated_at` and `deleted_at` |
//! | an older version (pack `updated_at` later) | **updated**: fields, `updated_at` and `deleted_at` replaced; a deletion moves it to the trash, an undeletion restores it |
//! | the same content (fields and `deleted_at`), stamped the same or later | **unchanged** |
//! | the same version stamp, with optional links the journal's copy lacks | **updated** (see below) |
//! | a different version stamped the same or later | **conflict**: the journal's version is kept |
//!
//! So importing the same pack twice writes nothing the second time, and the journal's newer
//! edits always survive an older pack. A record missing from a pack is never deleted: absence
//! is not a deletion (a shared pack leaves private records out).
//!
//! A shared pack cannot carry private content, so it never overwrites it: on update a session
//! keeps its local `private_notes`, a record private here stays private, and a record keeps
//! its links to records that stay out of a shared export here (an agenda item's private goal,
//! a learning's private skill).
//!
//! A pack may hold part of a journal: a session's pack carries the open actions of earlier
//! sessions and items carried over from them, but not those sessions. An optional link (an
//! agenda item's goal and origin, an action's or feedback's session, a learning's skill and
//! session) to a record that is neither in the pack nor in the journal is left out of the
//! imported record. When a later pack holds the target, its copy of the same edit (same
//! `updated_at`) puts the link back. A required link (an agenda item's session, a check-in's
//! goal, …) to a missing record still refuses the pack.
//!
//! The pack is validated completely before the merge is kept: every record, written or not,
//! must pass the journal's own rules for its kind (ranges, text sizes, links to parents that
//! are in the pack or already in the journal, links that may not move), with the journal's
//! version as the previous one. A parent may be in the trash (the exporting journal allows
//! it). [`plan`] runs the merge in a dry run of the journal (a write transaction that is always
//! rolled back), so the plan it shows is exactly what [`import`] then does; [`apply_import`]
//! keeps it only when every record passed. Imported rows are written as they are, without the
//! side effects a user's edit has (a check-in does not move its goal's progress, an agenda item
//! does not renumber its session): the pack already holds the result of those.
//!
//! ## A partner's pack
//!
//! With [`ImportOptions::from_partner`] the pack is the partner's view of the partnership: it
//! must be a shared export holding exactly one partnership, their side of ours. That
//! partnership record is not imported; every record pointing to it is attached to
//! [`ImportOptions::into_partnership`] instead, and every `me`/`partner` (agenda and action
//! item owner, skill rating rater, feedback author) and `learn`/`teach` (goal and skill
//! direction) is flipped. Visibility stays as sent. The partner's profile is not imported.
//!
//! ## The profile
//!
//! A pack's `exported_by` is imported only from one's own pack into a journal whose profile is
//! still empty (a new journal restored from a pack); otherwise it is metadata.

mod merge;
mod read;
mod rules;

pub use crate::error::PackError;
pub use crate::export::json::Pack;
pub use read::{read_pack, read_pack_file};

use crate::backups::Reason;
use crate::db::WriteTx;
use crate::error::Error;
use crate::journal::Journal;
use crate::model::{Kind, PartnershipId};
use serde::{Deserialize, Serialize};
use uuid::Uuid;

/// How to merge a pack.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub struct ImportOptions {
    /// The pack was exported by the partner: flip me/partner and learn/teach, and attach it to
    /// `into_partnership`.
    pub from_partner: bool,
    /// The local partnership a partner's pack belongs to (required with `from_partner`,
    /// ignored without it).
    pub into_partnership: Option<PartnershipId>,
}

/// What merging a pack does to one kind of record.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub struct KindPlan {
    /// The kind these counts are of.
    pub kind: Kind,
    /// Records new to the journal.
    pub added: u32,
    /// Records the pack holds a newer version of.
    pub updated: u32,
    /// Records the journal already holds as the pack does.
    pub unchanged: u32,
    /// The pack holds a different version that is not newer: the journal's is kept.
    pub conflicts: u32,
    /// Updates that move a record into the trash (counted in `updated` too).
    pub trashed: u32,
    /// Updates that take a record out of the trash (counted in `updated` too).
    pub restored: u32,
}

impl KindPlan {
    fn nothing(kind: Kind) -> Self {
        Self {
            kind,
            added: 0,
            updated: 0,
            unchanged: 0,
            conflicts: 0,
            trashed: 0,
            restored: 0,
        }
    }
}

/// One record, named by kind and id.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub struct RecordRef {
    /// The record's kind.
    pub kind: Kind,
    /// The record's id.
    pub id: Uuid,
}

/// What merging a pack does (or did): totals, one line per kind, and the conflicts.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub struct ImportPlan {
    /// Records new to the journal, all kinds together.
    pub added: u32,
    /// Records replaced by the pack's newer version.
    pub updated: u32,
    /// Records the journal already holds as the pack does.
    pub unchanged: u32,
    /// Records whose local version is kept over a different one in the pack.
    pub conflicts: u32,
    /// Updates that move a record into the trash.
    pub trashed: u32,
    /// Updates that take a record out of the trash.
    pub restored: u32,
    /// Every kind, in the order of `Kind::ALL`.
    pub kinds: Vec<KindPlan>,
    /// The records whose local version is kept over a different one in the pack.
    pub conflicting: Vec<RecordRef>,
    /// The journal's empty profile is filled from the pack's `exported_by`.
    pub profile_set: bool,
    /// Sessions of a partner's pack planned for the same meeting as one of this journal's
    /// (same partnership, overlapping times): not added, what belongs to them goes to ours.
    pub same_meeting: u32,
}

impl Default for ImportPlan {
    fn default() -> Self {
        Self {
            added: 0,
            updated: 0,
            unchanged: 0,
            conflicts: 0,
            trashed: 0,
            restored: 0,
            kinds: Kind::ALL
                .iter()
                .map(|&kind| KindPlan::nothing(kind))
                .collect(),
            conflicting: Vec::new(),
            profile_set: false,
            same_meeting: 0,
        }
    }
}

impl ImportPlan {
    /// Whether the merge writes anything at all.
    pub fn writes_nothing(&self) -> bool {
        self.added == 0 && self.updated == 0 && !self.profile_set
    }

    /// The line of one kind.
    pub fn kind(&self, kind: Kind) -> KindPlan {
        self.kinds
            .iter()
            .find(|k| k.kind == kind)
            .copied()
            .unwrap_or(KindPlan::nothing(kind))
    }

    /// Counts one record's outcome on its kind's line; [`ImportPlan::total`] adds the lines up.
    fn count(&mut self, kind: Kind, id: Uuid, outcome: Outcome) {
        let Some(line) = self.kinds.iter_mut().find(|k| k.kind == kind) else {
            return;
        };
        match outcome {
            Outcome::Added => line.added += 1,
            Outcome::Updated { trashed, restored } => {
                line.updated += 1;
                line.trashed += u32::from(trashed);
                line.restored += u32::from(restored);
            }
            Outcome::Unchanged => line.unchanged += 1,
            Outcome::Conflict => {
                line.conflicts += 1;
                self.conflicting.push(RecordRef { kind, id });
            }
        }
    }

    /// Fills the totals from the lines of every kind.
    fn total(&mut self) {
        let sum = |count: fn(&KindPlan) -> u32| self.kinds.iter().map(count).sum();
        (self.added, self.updated, self.unchanged) =
            (sum(|k| k.added), sum(|k| k.updated), sum(|k| k.unchanged));
        (self.conflicts, self.trashed, self.restored) = (
            sum(|k| k.conflicts),
            sum(|k| k.trashed),
            sum(|k| k.restored),
        );
    }
}

/// What the merge does with one record of the pack.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Outcome {
    Added,
    Updated { trashed: bool, restored: bool },
    Unchanged,
    Conflict,
}

/// How far a merge has come: records merged out of the pack's, for a progress bar.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub struct ImportProgress {
    /// Records merged so far, all kinds together.
    pub done: u32,
    /// Records in the pack.
    pub total: u32,
}

/// Told how far a merge has come, about a hundred times over a pack, and at its end; answers
/// whether to go on. Stopping refuses the merge with [`Error::Cancelled`] and writes nothing.
pub type OnProgress<'a> = &'a mut dyn FnMut(ImportProgress) -> bool;

/// Merges the pack into the journal. On any error the merge is undone before returning, so
/// the transaction goes on as it was; run it inside one `Journal::write` (or use [`import`])
/// so the import is one transaction.
pub fn apply_import(
    tx: &WriteTx<'_>,
    pack: &Pack,
    options: &ImportOptions,
) -> Result<ImportPlan, Error> {
    apply_with_progress(tx, pack, options, &mut |_| true)
}

fn apply_with_progress(
    tx: &WriteTx<'_>,
    pack: &Pack,
    options: &ImportOptions,
    progress: OnProgress<'_>,
) -> Result<ImportPlan, Error> {
    tx.atomically(|tx| merge::merge(tx, pack, options, merge::Index::Update, progress))
}

/// What importing the pack would do, without changing the journal: the whole merge runs in a
/// dry run, so the plan is exactly what [`import`] does. Refuses the pack as [`import`] would.
pub fn plan(journal: &Journal, pack: &Pack, options: &ImportOptions) -> Result<ImportPlan, Error> {
    plan_with_progress(journal, pack, options, &mut |_| true)
}

/// [`plan`], telling `progress` how far it has come; it may stop the plan.
pub fn plan_with_progress(
    journal: &Journal,
    pack: &Pack,
    options: &ImportOptions,
    progress: OnProgress<'_>,
) -> Result<ImportPlan, Error> {
    // The dry run is rolled back whole, so the search index is left as it is: nothing reads it
    // during the merge.
    journal.dry_run(|tx| {
        tx.atomically(|tx| merge::merge(tx, pack, options, merge::Index::Skip, progress))
    })
}

/// [`apply_import`] in one write of `journal`: all of the pack or nothing. A journal file is
/// backed up first ([`Reason::BeforeImport`]), so an import can always be undone.
pub fn import(
    journal: &mut Journal,
    pack: &Pack,
    options: &ImportOptions,
) -> Result<ImportPlan, Error> {
    import_with_progress(journal, pack, options, &mut |_| true)
}

/// [`import`], telling `progress` how far it has come; stopping it leaves the journal as it
/// was (the backup made before it stays, like any other).
pub fn import_with_progress(
    journal: &mut Journal,
    pack: &Pack,
    options: &ImportOptions,
    progress: OnProgress<'_>,
) -> Result<ImportPlan, Error> {
    journal.back_up(Reason::BeforeImport)?;
    journal.write(|tx| apply_with_progress(tx, pack, options, progress))
}
