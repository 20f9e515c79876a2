//! The private/shared choice a record makes, and the rule across records: a child of a
//! private record is private (a check-in of a private goal, a rating of a private skill).
//!
//! The choice is each record's own; a record is *left out* of a shared export when it is
//! private or when a record it belongs to is left out (see `ExportSet::keep_shared`). A record
//! created under a private parent starts private, so the choice it shows agrees with what
//! leaves.

use super::Entity;
use crate::db::ReadTx;
use crate::error::Result;
use crate::model::{Kind, RecordKind, Visibility, dispatch_kind};
use uuid::Uuid;

/// The `visibility` and `visibility_mut` of an `Entity` whose fields have a `visibility`.
macro_rules! private_choice {
    () => {
        fn visibility(&self) -> Option<$crate::model::Visibility> {
            Some(self.visibility)
        }

        fn visibility_mut(&mut self) -> Option<&mut $crate::model::Visibility> {
            Some(&mut self.visibility)
        }
    };
}
pub(crate) use private_choice;

/// The records `fields` belongs to (its required links, and optional ones that say
/// `belongs`), with their kinds.
pub(crate) fn owners<F: Entity>(fields: &F) -> impl Iterator<Item = (Kind, Uuid)> + '_ {
    F::LINKS
        .iter()
        .filter(|link| link.belongs)
        .filter_map(|link| (link.get)(fields).map(|id| (link.kind, id)))
}

impl ReadTx<'_> {
    /// Whether the record of `kind` with `id` stays out of a shared export: it is private,
    /// or a record it belongs to is. A record that is not here says no.
    pub(crate) fn stays_private(&self, kind: Kind, id: Uuid) -> Result<bool> {
        dispatch_kind!(kind, F => {
            let Some(record) = self.find(<F as RecordKind>::Id::from(id))? else {
                return Ok(false);
            };
            self.private_or_under_private(&record.fields)
        })
    }

    /// Whether `fields` stays out of a shared export: its own choice is private, or a record
    /// it belongs to stays out.
    pub(crate) fn private_or_under_private<F: Entity>(&self, fields: &F) -> Result<bool> {
        if fields.visibility() == Some(Visibility::Private) {
            return Ok(true);
        }
        self.belongs_to_private(fields)
    }

    /// Whether a record `fields` belongs to stays out of a shared export.
    fn belongs_to_private<F: Entity>(&self, fields: &F) -> Result<bool> {
        for (kind, id) in owners(fields) {
            if self.stays_private(kind, id)? {
                return Ok(true);
            }
        }
        Ok(false)
    }

    /// Makes a new record private when a record it belongs to stays out of a shared export.
    pub(super) fn private_under_private_parent<F: Entity>(&self, fields: &mut F) -> Result<()> {
        if self.belongs_to_private(&*fields)?
            && let Some(visibility) = fields.visibility_mut()
        {
            *visibility = Visibility::Private;
        }
        Ok(())
    }
}
