// Words for the export and import dialogs: the forms an export takes, and the counts of a
// preview or an import plan as lines a person reads.

import { plural } from "../partnership/labels";
import { KIND_NAMES, type ExportPreview, type Format, type ImportPlan, type Kind } from "../../lib/api";

export const FORMATS: { id: Format; label: string; description: string }[] = [
  {
    id: "markdown",
    label: "Markdown",
    description: "One document for notes apps such as Obsidian or Joplin.",
  },
  { id: "markdown_folder", label: "Markdown folder", description: "An index and one file per session." },
  { id: "html", label: "Printable page", description: "Opens in any browser; print it or save it as PDF." },
  { id: "pack", label: "Twoway pack", description: "Your partner imports it into their own journal." },
  {
    id: "calendar",
    label: "Calendar",
    description: "Planned sessions and due action items, for your calendar app.",
  },
];

export interface CountLine {
  label: string;
  count: number;
}

function line(count: number, one: string, many = `${one}s`): CountLine {
  return { count, label: count === 1 ? one : many };
}

/** The non-zero counts of an export preview. */
export function previewLines(preview: ExportPreview): CountLine[] {
  return [
    line(preview.partnerships, "partnership"),
    line(preview.sessions, "session"),
    line(preview.agenda_items, "agenda item"),
    line(preview.action_items, "action item"),
    line(preview.goals, "goal"),
    line(preview.skills, "skill"),
    line(preview.learnings, "learning"),
    line(preview.feedback, "feedback entry", "feedback entries"),
  ].filter((l) => l.count > 0);
}

/** What a shared export leaves on this computer, as words; empty when nothing is private. */
export function staysLine(preview: ExportPreview): string {
  const parts = [];
  if (preview.private_left_out > 0) parts.push(plural(preview.private_left_out, "private record"));
  if (preview.private_notes_left_out > 0) {
    parts.push(`the private notes of ${plural(preview.private_notes_left_out, "session")}`);
  }
  return parts.join(" and ");
}

export interface PlanRow {
  kind: Kind;
  name: string;
  added: number;
  updated: number;
  unchanged: number;
  conflicts: number;
}

/** One row per kind of record the pack holds. */
export function planRows(plan: ImportPlan): PlanRow[] {
  return plan.kinds
    .filter((k) => k.added + k.updated + k.unchanged + k.conflicts > 0)
    .map((k) => ({
      kind: k.kind,
      name: KIND_NAMES[k.kind],
      added: k.added,
      updated: k.updated,
      unchanged: k.unchanged,
      conflicts: k.conflicts,
    }));
}
