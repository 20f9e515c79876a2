//! What an export will hold, shown before it is saved. The counts come from the very set the
//! export writes ([`ReadTx::export_set_in`] the format, as [`super::render`] calls it), one kind at a time from the registry, so the preview cannot
//! forget a kind, nor a deletion a pack carries, nor a rule of what is private.

use super::{Audience, ExportSet, Format, Scope, count};
use crate::db::ReadTx;
use crate::error::Result;
use crate::model::{Kind, RecordKind, SessionId, each_kind};
use serde::{Deserialize, Serialize};
use std::collections::HashSet;

/// What an export does with the records of one kind.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub struct KindPreview {
    /// The kind.
    pub kind: Kind,
    /// Records that leave as they are (outside the trash).
    pub leaves: u32,
    /// Records in the trash that leave as deletions, so the partner's copy removes them too;
    /// only a pack carries them.
    pub deletions: u32,
    /// Records outside the trash that stay on this computer: in the scope, but left out for
    /// the audience. None when the export is for oneself.
    pub stays: u32,
}

impl KindPreview {
    fn is_empty(&self) -> bool {
        self.leaves == 0 && self.deletions == 0 && self.stays == 0
    }
}

/// What an export will hold and what it leaves out, for the UI to show before saving.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub struct ExportPreview {
    /// One entry per kind, in the registry's order (parents first); kinds the export neither
    /// holds nor leaves out are left out.
    pub kinds: Vec<KindPreview>,
    /// Sessions that leave without their private notes, which stay on this computer.
    pub private_notes_left_out: u32,
}

impl ExportPreview {
    /// What the export does with `kind`; all zeros when it has none of it.
    pub fn of(&self, kind: Kind) -> KindPreview {
        self.kinds
            .iter()
            .find(|k| k.kind == kind)
            .copied()
            .unwrap_or(KindPreview {
                kind,
                leaves: 0,
                deletions: 0,
                stays: 0,
            })
    }
}

impl ExportSet {
    /// What this set holds, and what `everything` (the same scope for [`Audience::All`], with
    /// the same trash rule) has outside the trash that this set lacks.
    pub fn preview(&self, everything: &ExportSet) -> ExportPreview {
        let mut kinds = Vec::new();
        each_kind!(F => {
            let chosen = F::list(self);
            let held: HashSet<_> = chosen.iter().map(|r| r.id).collect();
            let deletions = chosen.iter().filter(|r| r.is_trashed()).count();
            let stays = F::list(everything)
                .iter()
                .filter(|r| !r.is_trashed() && !held.contains(&r.id))
                .count();
            let kind = KindPreview {
                kind: F::KIND,
                leaves: count(chosen.len() - deletions),
                deletions: count(deletions),
                stays: count(stays),
            };
            if !kind.is_empty() {
                kinds.push(kind);
            }
        });
        let with_notes: HashSet<SessionId> = self
            .sessions
            .iter()
            .filter(|s| !s.fields.private_notes.trim().is_empty())
            .map(|s| s.id)
            .collect();
        let leaving: HashSet<SessionId> = self
            .sessions
            .iter()
            .filter(|s| !s.is_trashed())
            .map(|s| s.id)
            .collect();
        // A session left out as a whole is counted among the sessions that stay; only those
        // that leave without their notes are counted here.
        let private_notes_left_out = everything
            .sessions
            .iter()
            .filter(|s| !s.fields.private_notes.trim().is_empty())
            .filter(|s| leaving.contains(&s.id) && !with_notes.contains(&s.id))
            .count();
        ExportPreview {
            kinds,
            private_notes_left_out: count(private_notes_left_out),
        }
    }
}

impl ReadTx<'_> {
    /// What the export of `scope` for `audience` in `format` will hold and leave out.
    pub fn export_preview(
        &self,
        scope: Scope,
        audience: Audience,
        format: Format,
    ) -> Result<ExportPreview> {
        let chosen = self.export_set_in(scope, audience, format)?;
        Ok(match audience {
            Audience::All => chosen.preview(&chosen),
            Audience::Shared => {
                chosen.preview(&self.export_set_in(scope, Audience::All, format)?)
            }
        })
    }
}
