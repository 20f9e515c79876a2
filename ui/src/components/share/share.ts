// Words for the export and import dialogs: the forms an export takes, and the counts of a
// preview or an import plan as lines a person reads.

import { t } from "../../lib/i18n";
import { KIND_TITLE, kindCount } from "../../lib/kinds";
import { pieces, slotNumber, type Piece } from "../../lib/slot";
import { type Audience, type ExportPreview, type Format, type ImportPlan, type Kind } from "../../lib/api";

export const FORMATS: { id: Format; label: string; description: string }[] = [
  { id: "markdown", label: t("share-format-markdown"), description: t("share-format-markdown-description") },
  {
    id: "markdown_folder",
    label: t("share-format-markdown-folder"),
    description: t("share-format-markdown-folder-description"),
  },
  { id: "html", label: t("share-format-html"), description: t("share-format-html-description") },
  { id: "pack", label: t("share-format-pack"), description: t("share-format-pack-description") },
  { id: "calendar", label: t("share-format-calendar"), description: t("share-format-calendar-description") },
];

export interface CountLine {
  kind: Kind;
  count: number;
  /** The count's words, with the number as the slot "count" for the view's markup. */
  pieces: Piece[];
}

/** One line per kind that leaves as it is, parents first. */
export function previewLines(preview: ExportPreview): CountLine[] {
  return preview.kinds
    .filter((k) => k.leaves > 0)
    .map((k) => ({
      kind: k.kind,
      count: k.leaves,
      pieces: pieces(kindCount(k.kind, slotNumber("count", k.leaves))),
    }));
}

/** The deletions an export carries (a pack's records in the trash), as one sentence; empty when
 * there are none. `audience` says whose copy learns them. */
export function deletionsLine(preview: ExportPreview, audience: Audience): string {
  const kinds = preview.kinds.filter((k) => k.deletions > 0);
  const total = kinds.reduce((sum, k) => sum + k.deletions, 0);
  if (total === 0) return "";
  const which = kinds.map((k) => kindCount(k.kind, k.deletions)).join(", ");
  return audience === "shared"
    ? t("share-deletions-shared", { count: total, kinds: which })
    : t("share-deletions-all", { count: total, kinds: which });
}

/** What the export leaves on this computer, as words; empty when nothing stays. */
export function staysLine(preview: ExportPreview): string {
  const parts = preview.kinds.filter((k) => k.stays > 0).map((k) => kindCount(k.kind, k.stays));
  if (preview.private_notes_left_out > 0) {
    parts.push(t("share-stays-private-notes", { count: preview.private_notes_left_out }));
  }
  if (parts.length < 2) return parts.join("");
  return t("share-list-and", { list: parts.slice(0, -1).join(", "), last: parts.at(-1) ?? "" });
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
      name: KIND_TITLE[k.kind],
      added: k.added,
      updated: k.updated,
      unchanged: k.unchanged,
      conflicts: k.conflicts,
    }));
}
