// What every chart shares: uPlot loaded on first use (it is the largest library in the app, and
// only views with a chart need it), axis dates in the user's locale, and colours from the theme's
// CSS variables so light and dark both read well. (uPlot reads `navigator.language` as it loads;
// lib/language.ts has already made that safe under LANG=C.)

import type uPlot from "uplot";
import { locale } from "./locale";

type UPlotClass = typeof uPlot;

let loading: Promise<UPlotClass> | null = null;

export function loadUPlot(): Promise<UPlotClass> {
  loading ??= (async () => {
    await import("uplot/dist/uPlot.min.css");
    return (await import("uplot")).default;
  })();
  return loading;
}

const dayMonth = new Intl.DateTimeFormat(locale, { month: "short", day: "numeric" });
const monthYear = new Intl.DateTimeFormat(locale, { month: "short", year: "numeric" });

/** An axis label for a date; `long` spans show month and year instead of the day. */
export function axisDate(seconds: number, long: boolean): string {
  return (long ? monthYear : dayMonth).format(new Date(seconds * 1000));
}

/** A theme colour (`--accent`, `--border`…) as the element sees it now. */
export function themeColor(element: Element, variable: string): string {
  return getComputedStyle(element).getPropertyValue(variable).trim() || "currentColor";
}

/** The font charts draw their labels in. */
export function chartFont(element: Element): string {
  const family = getComputedStyle(element).getPropertyValue("--font").trim() || "sans-serif";
  return `12px ${family}`;
}
