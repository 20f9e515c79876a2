// Deleting moves a record to the trash, and the toast offers to take it back at once. From the
// trash a record can be deleted forever, with what belongs to it; the words for what goes are
// here too.

import { api, ALL_KINDS, KIND_NAMES, type Kind, type KindTally } from "./api";
import { formatNumber } from "./locale";
import { toasts } from "./toasts.svelte";

/** Each kind in words, one and many. */
const KIND_WORDS: Record<Kind, [string, string]> = {
  partnership: ["partnership", "partnerships"],
  goal: ["goal", "goals"],
  goal_check_in: ["goal check-in", "goal check-ins"],
  session: ["session", "sessions"],
  agenda_item: ["agenda item", "agenda items"],
  action_item: ["action item", "action items"],
  skill: ["skill", "skills"],
  skill_rating: ["skill rating", "skill ratings"],
  learning: ["learning", "learnings"],
  feedback: ["feedback entry", "feedback entries"],
  agreement_version: ["agreement version", "agreement versions"],
  record_of_learning: ["record of learning", "records of learning"],
};

/** What `count` records of `kind` are called, without the number: "session", "agenda items". */
export function kindWord(kind: Kind, count: number): string {
  const [one, many] = KIND_WORDS[kind];
  return count === 1 ? one : many;
}

/** "1 session", "3 agenda items". */
export function kindCount(kind: Kind, count: number): string {
  return `${formatNumber(count)} ${kindWord(kind, count)}`;
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
