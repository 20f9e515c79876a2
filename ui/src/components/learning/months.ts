// The learning log is read by month: "March 2026", newest first.

import { locale, parseDate } from "../../lib/locale";

// `locale` is validated by locale.ts, so this formatter cannot throw on LANG=C.
const monthFormat = new Intl.DateTimeFormat(locale, { month: "long", year: "numeric" });

/** "2026-03-14" → "March 2026" in the user's language. */
export function monthLabel(isoDay: string): string {
  return monthFormat.format(parseDate(`${isoDay.slice(0, 7)}-01`));
}

export interface MonthGroup<T> {
  /** "2026-03" */
  key: string;
  label: string;
  items: T[];
}

/** Groups items already sorted by date (either way) into consecutive months, keeping order. */
export function groupByMonth<T>(items: T[], dateOf: (item: T) => string): MonthGroup<T>[] {
  const groups: MonthGroup<T>[] = [];
  for (const item of items) {
    const day = dateOf(item);
    const key = day.slice(0, 7);
    const last = groups[groups.length - 1];
    if (last && last.key === key) last.items.push(item);
    else groups.push({ key, label: monthLabel(day), items: [item] });
  }
  return groups;
}
