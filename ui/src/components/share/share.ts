// Words for the export and import dialogs: the forms an export takes, and the counts of a
// preview or an import plan as lines a person reads.

import { plural } from "../partnership/labels";
import { kindCount, kindWord } from "../../lib/trash";
import {
  KIND_NAMES,
  type Audience,
  type ExportPreview,
  type Format,
  type ImportPlan,
  type Kind,
} from "../../lib/api";

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
  kind: Kind;
  label: string;
  count: number;
}

/** One line per kind that leaves as it is, parents first. */
export function previewLines(preview: ExportPreview): CountLine[] {
  return preview.kinds
    .filter((k) => k.leaves > 0)
    .map((k) => ({ kind: k.kind, count: k.leaves, label: kindWord(k.kind, k.leaves) }));
}

/** The deletions an export carries (a pack's records in the trash), as one sentence; empty when
 * there are none. `audience` says whose copy learns them. */
export function deletionsLine(preview: ExportPreview, audience: Audience): string {
  const kinds = preview.kinds.filter((k) => k.deletions > 0);
  const total = kinds.reduce((sum, k) => sum + k.deletions, 0);
  if (total === 0) return "";
  const which = kinds.map((k) => kindCount(k.kind, k.deletions)).join(", ");
  const whose = audience === "shared" ? "your partner's copy removes" : "the journal that imports it removes";
  return `${plural(total, "deletion")} (${which}): records you moved to the trash, so ${whose} them too.`;
}

/** What the export leaves on this computer, as words; empty when nothing stays. */
export function staysLine(preview: ExportPreview): string {
  const parts = preview.kinds.filter((k) => k.stays > 0).map((k) => kindCount(k.kind, k.stays));
  if (preview.private_notes_left_out > 0) {
    parts.push(`the private notes of ${plural(preview.private_notes_left_out, "session")}`);
  }
  if (parts.length < 2) return parts.join("");
  return `${parts.slice(0, -1).join(", ")} and ${parts.at(-1)}`;
}

/** A Markdown export's YAML front matter (between its first two `---` lines) and the rest, so
 * the document view shows the metadata as the file holds it rather than as a heading. */
export function splitFrontMatter(text: string): { frontMatter: string; body: string } {
  const match = /^---\n([\s\S]*?)\n---\n/.exec(text);
  if (!match) return { frontMatter: "", body: text };
  return { frontMatter: match[1] ?? "", body: text.slice(match[0].length) };
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
