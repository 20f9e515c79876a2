// Words the partnership views show for the journal's enums, and the agreement starter.

import type { Cadence, Direction, GoalStatus, PartnershipStatus, SessionStatus } from "../../lib/api";
import { t } from "../../lib/i18n";
import { formatNumber } from "../../lib/locale";

export const PARTNERSHIP_STATUS: Record<PartnershipStatus, string> = {
  active: t("partnership-status-active"),
  paused: t("partnership-status-paused"),
  completed: t("partnership-status-completed"),
};

export const GOAL_STATUS: Record<GoalStatus, string> = {
  open: t("goal-status-open"),
  in_progress: t("goal-status-in-progress"),
  achieved: t("goal-status-achieved"),
  dropped: t("goal-status-dropped"),
};

export const SESSION_STATUS: Record<SessionStatus, string> = {
  planned: t("partnership-session-status-planned"),
  held: t("partnership-session-status-held"),
  cancelled: t("partnership-session-status-cancelled"),
};

export const DIRECTION: Record<Direction, string> = {
  learn: t("goal-direction-learn"),
  teach: t("goal-direction-teach"),
};

/** Stands for the marked-up part of a sentence (a link, a `<strong>`) while the catalogue fills
 * the rest: `aroundSlot(t(…, { name: SLOT }))` gives the words before and after it. */
export const SLOT = "\uE000";

/** The words of a message before and after its `SLOT`. */
export function aroundSlot(message: string): [string, string] {
  const at = message.indexOf(SLOT);
  return at < 0 ? [message, ""] : [message.slice(0, at), message.slice(at + SLOT.length)];
}

/** Stand for two marked-up parts of one sentence, wherever the language puts them. */
export const SLOTS = ["\uE001", "\uE002"] as const;

/** A message cut at its `SLOTS`: plain text, or the index of the slot that stands there. */
export function piecesOf(message: string): ({ text: string } | { slot: number })[] {
  const pieces: ({ text: string } | { slot: number })[] = [];
  let text = "";
  for (const c of message) {
    const slot = (SLOTS as readonly string[]).indexOf(c);
    if (slot < 0) {
      text += c;
      continue;
    }
    if (text) pieces.push({ text });
    pieces.push({ slot });
    text = "";
  }
  if (text) pieces.push({ text });
  return pieces;
}

export function plural(n: number, one: string, many = `${one}s`): string {
  return `${formatNumber(n)} ${n === 1 ? one : many}`;
}

/** "every 2 weeks", "weekly", or "" without a cadence. */
export function cadenceText(cadence: Cadence | null): string {
  if (!cadence) return "";
  const count = cadence.every;
  if (count === 1) {
    return {
      day: t("partnership-cadence-daily"),
      week: t("partnership-cadence-weekly"),
      month: t("partnership-cadence-monthly"),
    }[cadence.unit];
  }
  return {
    day: t("partnership-cadence-every-days", { count }),
    week: t("partnership-cadence-every-weeks", { count }),
    month: t("partnership-cadence-every-months", { count }),
  }[cadence.unit];
}

/** A starting point for the agreement: prompts the two people answer together, not rules
 * imposed on them. */
export function agreementTemplate(cadence: Cadence | null): string {
  const rhythm = cadence
    ? t("agreement-template-rhythm", { cadence: cadenceText(cadence) })
    : t("agreement-template-rhythm-open");
  const section = (heading: string, ...points: string[]) =>
    `## ${heading}\n\n${points.map((point) => `- ${point}`).join("\n")}\n`;
  return [
    section(
      t("agreement-template-ground-rules"),
      rhythm,
      t("agreement-template-both-ways"),
      t("agreement-template-one-question"),
    ),
    section(
      t("agreement-template-confidentiality"),
      t("agreement-template-stays-between-us"),
      t("agreement-template-no-reviews"),
    ),
    section(
      t("agreement-template-boundaries"),
      t("agreement-template-rather-not"),
      t("agreement-template-off-limits"),
    ),
    section(
      t("agreement-template-feedback"),
      t("agreement-template-specific-and-kind"),
      t("agreement-template-last-five-minutes"),
    ),
  ].join("\n");
}

/** A field message from the journal ("must not be before started_on") as a sentence to show
 * under the field ("Must not be before started on."). */
export function sentence(message: string | null): string | null {
  if (!message) return null;
  const words = message.replace(/\b([a-z]+)_([a-z_]+)\b/g, (name) => name.replaceAll("_", " "));
  return words.charAt(0).toUpperCase() + words.slice(1) + (/[.!?]$/.test(words) ? "" : ".");
}
