//! What the import knows of each kind beyond the store's own rules: how a record reads from
//! the partner's side, what a shared pack cannot overwrite, the precision its instants are
//! kept at, and what the kind's [`Link`](crate::store::Link)s mean for a pack (which records
//! must be live for it to be checked, which links a partial pack may leave dangling, which
//! point at the partnership a partner's pack is attached to).

use crate::db::ReadTx;
use crate::error::Result;
use crate::model::*;
use crate::store::{Entity, Target};
use chrono::SubsecRound;
use std::collections::{HashMap, HashSet};
use uuid::Uuid;

/// Per-kind rules of a merge. Every kind implements it (the merge loops over all kinds), so
/// a new kind that lacks it does not compile; the defaults suit a kind with nothing special.
pub(super) trait PackRules: Entity + PartialEq {
    /// The same record seen from the other side of the partnership.
    fn flip(&mut self) {}

    /// Keeps what a shared pack cannot hold from the journal's version `local`.
    fn keep_private(&mut self, _tx: &ReadTx<'_>, _local: &Self) -> Result<()> {
        Ok(())
    }

    /// Cuts instants to the precision their column stores.
    fn normalize(&mut self) {}

    /// Whether this version is later than the journal's `local` one by what it holds, when the
    /// kind can tell (`None`: the stamps decide).
    fn later_by_content(&self, _local: &Self) -> Option<bool> {
        None
    }

    /// The order the records of this kind are merged in.
    fn merge_order(records: Vec<Record<Self::Id, Self>>) -> Vec<Record<Self::Id, Self>> {
        records
    }
}

/// Keeps what a shared pack cannot carry from the journal's version `local` of the same
/// record, for every kind: a record private here stays private (the partner's pack only ever
/// holds it as shared), and a link to a record that stays out of a shared export is kept
/// (the export drops it; that is not an unlinking).
pub(super) fn keep_local_privacy<F: Entity>(
    tx: &ReadTx<'_>,
    fields: &mut F,
    local: &F,
) -> Result<()> {
    if local.visibility() == Some(Visibility::Private)
        && let Some(visibility) = fields.visibility_mut()
    {
        *visibility = Visibility::Private;
    }
    for link in F::LINKS.iter().filter(|link| !link.belongs) {
        if (link.get)(fields).is_none()
            && let Some(id) = (link.get)(local)
            && tx.stays_private(link.kind, id)?
        {
            (link.set)(fields, Some(id));
        }
    }
    Ok(())
}

/// The records `fields` links to that must be live for it to pass the store's checks.
pub(super) fn parents<F: Entity>(fields: &F) -> impl Iterator<Item = (Kind, Uuid)> + '_ {
    F::LINKS
        .iter()
        .filter(|link| link.target != Target::Exists)
        .filter_map(|link| (link.get)(fields).map(|id| (link.kind, id)))
}

/// The links of `fields` a pack may hold without the records they point to.
pub(super) fn dangling_links<F: Entity>(fields: &F) -> impl Iterator<Item = (Kind, Uuid)> + '_ {
    F::LINKS
        .iter()
        .filter(|link| link.may_dangle)
        .filter_map(|link| (link.get)(fields).map(|id| (link.kind, id)))
}

/// Clears every link of `fields` that may dangle and points into `gone`.
pub(super) fn detach<F: Entity>(fields: &mut F, gone: &HashSet<Uuid>) {
    for link in F::LINKS.iter().filter(|link| link.may_dangle) {
        if (link.get)(fields).is_some_and(|id| gone.contains(&id)) {
            (link.set)(fields, None);
        }
    }
}

/// Points every link of `fields` to the partnership `from` at `to`.
pub(super) fn attach<F: Entity>(fields: &mut F, from: PartnershipId, to: PartnershipId) {
    for link in F::LINKS
        .iter()
        .filter(|link| link.kind == Kind::Partnership)
    {
        if (link.get)(fields) == Some(from.into()) {
            (link.set)(fields, Some(to.into()));
        }
    }
}

impl PackRules for PartnershipFields {
    fn flip(&mut self) {
        std::mem::swap(&mut self.i_learn, &mut self.i_teach);
    }
}

impl PackRules for GoalFields {
    fn flip(&mut self) {
        self.direction = self.direction.flipped();
    }
}

impl PackRules for GoalCheckInFields {}

impl PackRules for SessionFields {
    fn keep_private(&mut self, _tx: &ReadTx<'_>, local: &Self) -> Result<()> {
        self.private_notes.clone_from(&local.private_notes);
        Ok(())
    }

    fn normalize(&mut self) {
        // The column keeps the local time to the second.
        self.starts_at = self.starts_at.trunc_subsecs(0);
    }
}

impl PackRules for AgendaItemFields {
    fn flip(&mut self) {
        self.owner = self.owner.flipped();
    }

    /// An item comes after the item it was carried from (when that one is in the pack too),
    /// so the link's target exists when the item is checked and written.
    fn merge_order(items: Vec<AgendaItem>) -> Vec<AgendaItem> {
        origins_first(items)
    }
}

impl PackRules for ActionItemFields {
    fn flip(&mut self) {
        self.owner = self.owner.flipped();
    }

    fn normalize(&mut self) {
        self.done_at = self.done_at.map(|at| at.trunc_subsecs(3));
    }
}

impl PackRules for SkillFields {
    fn flip(&mut self) {
        self.direction = self.direction.flipped();
    }
}

impl PackRules for SkillRatingFields {
    fn flip(&mut self) {
        self.rater = self.rater.flipped();
    }
}

impl PackRules for AgreementVersionFields {
    fn flip(&mut self) {
        self.adopted_by = self.adopted_by.flipped();
    }
}

/// A credential reads the same from both sides: it names its signers by role, not as me and
/// partner. It only ever gains signatures, so the copy with more of them is the later one.
impl PackRules for RecordOfLearningFields {
    fn later_by_content(&self, local: &Self) -> Option<bool> {
        crate::recognition::later_signed(&self.credential, &local.credential)
    }
}

impl PackRules for LearningFields {
    fn flip(&mut self) {
        self.author = self.author.flipped();
    }
}

impl PackRules for FeedbackFields {
    fn flip(&mut self) {
        self.author = self.author.flipped();
    }
}

/// Agenda items in an order where an item comes after the item it was carried from.
fn origins_first(items: Vec<AgendaItem>) -> Vec<AgendaItem> {
    let index: HashMap<AgendaItemId, usize> = items
        .iter()
        .enumerate()
        .map(|(i, item)| (item.id, i))
        .collect();
    let origin = |i: usize| {
        items[i]
            .fields
            .carried_from
            .and_then(|o| index.get(&o).copied())
    };
    let mut depth: Vec<Option<usize>> = vec![None; items.len()];
    // Which walk last visited an item, to stop at a cycle (which validation then refuses).
    let mut walk: Vec<usize> = vec![usize::MAX; items.len()];
    for start in 0..items.len() {
        let mut path = Vec::new();
        let mut at = Some(start);
        let base = loop {
            let Some(i) = at else { break 0 };
            if let Some(d) = depth[i] {
                break d + 1;
            }
            if walk[i] == start {
                break 0;
            }
            walk[i] = start;
            path.push(i);
            at = origin(i);
        };
        for (k, &i) in path.iter().rev().enumerate() {
            depth[i] = Some(base + k);
        }
    }
    let mut order: Vec<(usize, AgendaItem)> = items
        .into_iter()
        .enumerate()
        .map(|(i, item)| (depth[i].unwrap_or(0), item))
        .collect();
    order.sort_by_key(|(d, _)| *d);
    order.into_iter().map(|(_, item)| item).collect()
}
