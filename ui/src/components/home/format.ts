// Words for the home dashboard's numbers. The journal computes every number; these only say
// them in plain English with locale-formatted digits and dates.

import type { AgreementStatus, Cadence, PartnershipSummary } from "../../lib/api";
import { daysBetween, formatDate, formatNumber, formatRelativeDay, isoDate } from "../../lib/locale";

/** "1 session", "3 sessions". */
export function count(n: number, one: string, many = `${one}s`): string {
  return `${formatNumber(n)} ${n === 1 ? one : many}`;
}

const UNITS = { day: ["day", "days"], week: ["week", "weeks"], month: ["month", "months"] } as const;

/** "every 2 weeks", "every week". */
export function cadenceText(cadence: Cadence): string {
  const [one, many] = UNITS[cadence.unit];
  return cadence.every === 1 ? `every ${one}` : `every ${formatNumber(cadence.every)} ${many}`;
}

/** "today", "yesterday", "13 days ago": days counted by the journal. */
export function daysAgo(days: number): string {
  if (days <= 0) return "today";
  if (days === 1) return "yesterday";
  return `${formatNumber(days)} days ago`;
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
  if (daysBetween(today, due) < 0) return { tone: "overdue", text: `Overdue: was due ${when}` };
  if (plannedDay === null) return { tone: "plain", text: `Due ${when}` };
  if (plannedDay <= due) return { tone: "ok", text: "Keeps the rhythm" };
  return { tone: "late", text: `Later than the rhythm: due ${when}` };
}

/** A one-line summary of a finished partnership. */
export function completedSummary(s: PartnershipSummary): string {
  const goals = s.goals.open + s.goals.in_progress + s.goals.achieved + s.goals.dropped;
  const parts = [count(s.cadence.held_since_start, "session") + " held"];
  if (goals > 0) parts.push(`${formatNumber(s.goals.achieved)} of ${count(goals, "goal")} achieved`);
  const feedback = s.feedback_given.count + s.feedback_received.count;
  if (feedback > 0) parts.push(count(feedback, "feedback entry", "feedback entries"));
  return parts.join(" · ");
}

/** Where the agreement stands, in a few words: "Agreement agreed by both on 4 Oct 2026",
 * "Time to revisit the agreement"… `null` when there is no agreement to speak of. */
export function agreementText(
  status: AgreementStatus,
  hasDraft: boolean,
): { tone: "ok" | "due" | "plain"; text: string } | null {
  if (status.revisit_due) return { tone: "due", text: "Time to revisit the agreement" };
  if (status.adopted_on === null)
    return hasDraft ? { tone: "plain", text: "Agreement not adopted yet" } : null;
  const on = formatDate(status.adopted_on);
  if (status.agreed_by_both) return { tone: "ok", text: `Agreement agreed by both on ${on}` };
  return { tone: "plain", text: `Agreement adopted on ${on}` };
}
