// Wording shared by the session view's parts: who owns something, and when an action is due.

import type { Party } from "../../lib/api";
import { daysBetween, formatDate, formatRelativeDay, isoDate, today } from "../../lib/locale";

export function ownerName(owner: Party, partnerFirst: string): string {
  return owner === "me" ? "Me" : partnerFirst;
}

export interface Due {
  text: string;
  overdue: boolean;
}

/** When an open action is due, in words; overdue ones say so (not only in colour). */
export function dueText(dueOn: string | null, done: boolean, on: string = today()): Due | null {
  if (!dueOn) return null;
  if (done) return { text: `Due ${formatDate(dueOn)}`, overdue: false };
  const days = daysBetween(on, dueOn);
  if (days < 0) {
    const late = -days === 1 ? "1 day" : `${-days} days`;
    return { text: `Overdue by ${late} (was due ${formatDate(dueOn)})`, overdue: true };
  }
  if (days === 0) return { text: "Due today", overdue: false };
  return { text: `Due ${formatDate(dueOn)} (${formatRelativeDay(dueOn, on)})`, overdue: false };
}

/** The local calendar day of an instant (a "done at" time), for showing as a date. */
export function localDay(instant: string): string {
  return isoDate(new Date(instant));
}
