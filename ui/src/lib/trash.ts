// Deleting moves a record to the trash, and the toast offers to take it back at once. From the
// trash a record can be deleted forever, with what belongs to it; the words for what goes are
// here too.

import { api, ALL_KINDS, KIND_NAMES, type Kind, type KindTally } from "./api";
import { t } from "./i18n";
import { toasts } from "./toasts.svelte";

/** What `count` records of `kind` are called, without the number: "session", "agenda items". */
export function kindWord(kind: Kind, count: number): string {
  switch (kind) {
    case "partnership":
      return t("lib-kind-partnership-word", { count });
    case "goal":
      return t("lib-kind-goal-word", { count });
    case "goal_check_in":
      return t("lib-kind-goal-check-in-word", { count });
    case "session":
      return t("lib-kind-session-word", { count });
    case "agenda_item":
      return t("lib-kind-agenda-item-word", { count });
    case "action_item":
      return t("lib-kind-action-item-word", { count });
    case "skill":
      return t("lib-kind-skill-word", { count });
    case "skill_rating":
      return t("lib-kind-skill-rating-word", { count });
    case "learning":
      return t("lib-kind-learning-word", { count });
    case "feedback":
      return t("lib-kind-feedback-word", { count });
    case "agreement_version":
      return t("lib-kind-agreement-version-word", { count });
    case "record_of_learning":
      return t("lib-kind-record-of-learning-word", { count });
    case "agenda_template":
      return t("lib-kind-agenda-template-word", { count });
  }
}

/** "1 session", "3 agenda items". */
export function kindCount(kind: Kind, count: number): string {
  switch (kind) {
    case "partnership":
      return t("lib-kind-partnership-count", { count });
    case "goal":
      return t("lib-kind-goal-count", { count });
    case "goal_check_in":
      return t("lib-kind-goal-check-in-count", { count });
    case "session":
      return t("lib-kind-session-count", { count });
    case "agenda_item":
      return t("lib-kind-agenda-item-count", { count });
    case "action_item":
      return t("lib-kind-action-item-count", { count });
    case "skill":
      return t("lib-kind-skill-count", { count });
    case "skill_rating":
      return t("lib-kind-skill-rating-count", { count });
    case "learning":
      return t("lib-kind-learning-count", { count });
    case "feedback":
      return t("lib-kind-feedback-count", { count });
    case "agreement_version":
      return t("lib-kind-agreement-version-count", { count });
    case "record_of_learning":
      return t("lib-kind-record-of-learning-count", { count });
    case "agenda_template":
      return t("lib-kind-agenda-template-count", { count });
  }
}

/** One line per kind a deletion takes away, parents first; kinds with none are left out. */
export function tallyLines(tally: KindTally[]): string[] {
  return ALL_KINDS.flatMap((kind) => {
    const count = tally.filter((t) => t.kind === kind).reduce((sum, t) => sum + t.count, 0);
    return count > 0 ? [kindCount(kind, count)] : [];
  });
}

/** Trashes a record, then calls `changed` (after the delete, and again after an undo). */
export async function moveToTrash(
  kind: Kind,
  id: string,
  changed: () => void | Promise<void>,
): Promise<void> {
  try {
    await api.trashRecord(kind, id);
  } catch (error) {
    toasts.error(t("lib-trash-delete-failed", { reason: (error as Error).message }));
    return;
  }
  await changed();
  toasts.show(t("lib-trash-moved", { kind: KIND_NAMES[kind] }), {
    action: {
      label: t("common-undo"),
      run: async () => {
        try {
          await api.restoreRecord(kind, id);
          await changed();
        } catch (error) {
          toasts.error(t("lib-trash-restore-failed", { reason: (error as Error).message }));
        }
      },
    },
  });
}
