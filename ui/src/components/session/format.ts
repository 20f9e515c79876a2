// Wording shared by the session view's parts: who owns something, and when an action is due.

import { FluentNumber } from "@fluent/bundle";
import type { Party } from "../../lib/api";
import { t } from "../../lib/i18n";
import { daysBetween, formatDate, formatRelativeDay, isoDate, today } from "../../lib/locale";

export function ownerName(owner: Party, partnerFirst: string): string {
  return owner === "me" ? t("session-owner-me") : partnerFirst;
}

export interface Due {
  text: string;
  overdue: boolean;
}

/** When an open action is due, in words; overdue ones say so (not only in colour). */
export function dueText(dueOn: string | null, done: boolean, on: string = today()): Due | null {
  if (!dueOn) return null;
  const date = formatDate(dueOn);
  if (done) return { text: t("action-due", { date }), overdue: false };
  const days = daysBetween(on, dueOn);
  if (days < 0) {
    // "Overdue by 2500 days", as counted, without a thousands separator.
    const late = new FluentNumber(-days, { useGrouping: false });
    return { text: t("action-overdue", { days: late, date }), overdue: true };
  }
  if (days === 0) return { text: t("action-due-today"), overdue: false };
  return { text: t("action-due-relative", { date, relative: formatRelativeDay(dueOn, on) }), overdue: false };
}

/** The local calendar day of an instant (a "done at" time), for showing as a date. */
export function localDay(instant: string): string {
  return isoDate(new Date(instant));
}
