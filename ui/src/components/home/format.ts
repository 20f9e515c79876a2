// Words for the home dashboard's numbers. The journal computes every number; these only say
// them in the window's language with locale-formatted digits and dates.

import type { AgreementStatus, PartnershipSummary } from "../../lib/api";
import { t } from "../../lib/i18n";
import { daysBetween, formatDate, formatRelativeDay, isoDate } from "../../lib/locale";

/** "today", "yesterday", "13 days ago": days counted by the journal. */
export function daysAgo(days: number): string {
  if (days <= 0) return t("home-days-ago-today");
  if (days === 1) return t("home-days-ago-yesterday");
  return t("home-days-ago", { days });
}

export function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** The local calendar day of an instant, for "tomorrow" and friends. */
export function localDay(instant: string): string {
  return isoDate(new Date(instant));
}

export type Due = { tone: "overdue" | "late" | "ok" | "plain"; text: string };

/** Where the cadence's due date stands, relative to `today` and to the next planned session
 * (`plannedDay`, a local date): "Overdue: was due 3 days ago", "Due tomorrow"… */
export function dueText(due: string, today: string, plannedDay: string | null): Due {
  const when = formatRelativeDay(due, today);
  if (daysBetween(today, due) < 0) return { tone: "overdue", text: t("home-due-overdue", { when }) };
  if (plannedDay === null) return { tone: "plain", text: t("home-due", { when }) };
  if (plannedDay <= due) return { tone: "ok", text: t("home-due-keeps-rhythm") };
  return { tone: "late", text: t("home-due-late", { when }) };
}

/** A one-line summary of a finished partnership. */
export function completedSummary(s: PartnershipSummary): string {
  const goals = s.goals.open + s.goals.in_progress + s.goals.achieved + s.goals.dropped;
  const parts = [t("home-sessions-held", { count: s.cadence.held_since_start })];
  if (goals > 0) parts.push(t("home-completed-goals", { achieved: s.goals.achieved, total: goals }));
  const feedback = s.feedback_given.count + s.feedback_received.count;
  if (feedback > 0) parts.push(t("home-completed-feedback", { count: feedback }));
  return parts.join(" · ");
}

/** Where the agreement stands, in a few words: "Agreement agreed by both on 4 Oct 2026",
 * "Time to revisit the agreement"… `null` when there is no agreement to speak of. */
export function agreementText(
  status: AgreementStatus,
  hasDraft: boolean,
): { tone: "ok" | "due" | "plain"; text: string } | null {
  if (status.revisit_due) return { tone: "due", text: t("home-agreement-revisit") };
  if (status.adopted_on === null)
    return hasDraft ? { tone: "plain", text: t("home-agreement-not-adopted") } : null;
  const on = formatDate(status.adopted_on);
  if (status.agreed_by_both) return { tone: "ok", text: t("home-agreement-agreed-by-both", { on }) };
  return { tone: "plain", text: t("home-agreement-adopted", { on }) };
}
