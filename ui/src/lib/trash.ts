// Deleting moves a record to the trash, and the toast offers to take it back at once. From the
// trash a record can be deleted forever, with what belongs to it; the words for what goes are
// here too.

import { api, ALL_KINDS, type Kind, type KindTally } from "./api";
import { t } from "./i18n";
import { KIND_TITLE, kindCount } from "./kinds";
import { toasts } from "./toasts.svelte";

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
  toasts.show(t("lib-trash-moved", { kind: KIND_TITLE[kind] }), {
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
