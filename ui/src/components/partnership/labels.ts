// Words the partnership views show for the journal's enums, and the agreement starter.

import type { Cadence, Direction, GoalStatus, PartnershipStatus, SessionStatus } from "../../lib/api";
import { t } from "../../lib/i18n";

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

/** "every 2 weeks", "weekly", or "" without a cadence. */
export function cadenceText(cadence: Cadence | null): string {
  if (!cadence) return "";
  const count = cadence.every;
  switch (cadence.unit) {
    case "day":
      return t("cadence-days", { count });
    case "week":
      return t("cadence-weeks", { count });
    case "month":
      return t("cadence-months", { count });
  }
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
