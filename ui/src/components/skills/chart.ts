// Data and loading for the skill rating charts.

import type uPlot from "uplot";
import type { SkillRating } from "../../lib/api";
import { locale, parseDate } from "../../lib/locale";

type UPlotClass = typeof uPlot;

let loading: Promise<UPlotClass> | null = null;

/** uPlot, loaded on first use. uPlot builds `new Intl.NumberFormat(navigator.language)` while
 * its module loads; with LANG=C WebKit reports "C", Intl throws and the import fails. So the
 * validated locale stands in for an unusable language before the import. */
export function loadUPlot(): Promise<UPlotClass> {
  loading ??= (async () => {
    try {
      new Intl.NumberFormat(navigator.language);
    } catch {
      Object.defineProperty(navigator, "language", { value: locale, configurable: true });
    }
    await import("uplot/dist/uPlot.min.css");
    return (await import("uplot")).default;
  })();
  return loading;
}

/** Ratings as uPlot's aligned columns: dates (seconds, local midnight), my levels, the
 * partner's levels; `null` where that rater gave no rating that day. */
export function ratingSeries(history: SkillRating[]): [number[], (number | null)[], (number | null)[]] {
  const days = [...new Set(history.map((r) => r.fields.on))].sort();
  const me: (number | null)[] = days.map(() => null);
  const partner: (number | null)[] = days.map(() => null);
  for (const rating of history) {
    const i = days.indexOf(rating.fields.on);
    // History is oldest first, so a later rating on the same day wins.
    (rating.fields.rater === "me" ? me : partner)[i] = rating.fields.level;
  }
  return [days.map((d) => parseDate(d).getTime() / 1000), me, partner];
}

const dayMonth = new Intl.DateTimeFormat(locale, { month: "short", day: "numeric" });
const monthYear = new Intl.DateTimeFormat(locale, { month: "short", year: "numeric" });

/** An axis label for a date; `long` spans show month and year instead of the day. */
export function axisDate(seconds: number, long: boolean): string {
  return (long ? monthYear : dayMonth).format(new Date(seconds * 1000));
}
