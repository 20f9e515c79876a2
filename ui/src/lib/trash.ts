// Deleting moves a record to the trash, and the toast offers to take it back at once.

import { api, KIND_NAMES, type Kind } from "./api";
import { toasts } from "./toasts.svelte";

/** Trashes a record, then calls `changed` (after the delete, and again after an undo). */
export async function moveToTrash(
  kind: Kind,
  id: string,
  changed: () => void | Promise<void>,
): Promise<void> {
  try {
    await api.trashRecord(kind, id);
  } catch (error) {
    toasts.error(`Could not delete: ${(error as Error).message}`);
    return;
  }
  await changed();
  toasts.show(`${KIND_NAMES[kind]} moved to the trash.`, {
    action: {
      label: "Undo",
      run: async () => {
        try {
          await api.restoreRecord(kind, id);
          await changed();
        } catch (error) {
          toasts.error(`Could not restore: ${(error as Error).message}`);
        }
      },
    },
  });
}
