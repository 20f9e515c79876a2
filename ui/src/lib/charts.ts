// What every chart shares: uPlot loaded on first use (it is the largest library in the app, and
// only views with a chart need it), axis dates in the user's locale, and colours from the theme's
// CSS variables so light and dark both read well. (uPlot reads `navigator.language` as it loads;
// lib/language.ts has already made that safe under LANG=C.)

import { createSubscriber } from "svelte/reactivity";
import type uPlot from "uplot";
import { locale } from "./locale";

type UPlotClass = typeof uPlot;

let loading: Promise<UPlotClass> | null = null;

function loadUPlot(): Promise<UPlotClass> {
  loading ??= (async () => {
    await import("uplot/dist/uPlot.min.css");
    return (await import("uplot")).default;
  })();
  return loading;
}

// A canvas keeps the colours it was drawn with, so a chart is drawn again when the system
// switches between light and dark. (Test DOMs have no matchMedia.)
const darkScheme =
  typeof window !== "undefined" && typeof window.matchMedia === "function"
    ? window.matchMedia("(prefers-color-scheme: dark)")
    : null;
const followColorScheme = createSubscriber((update) => {
  darkScheme?.addEventListener("change", update);
  return () => darkScheme?.removeEventListener("change", update);
});

export interface ChartSize {
  height: number;
  /** Narrower than this, the chart keeps this width and its box clips it. */
  minWidth: number;
}

/** Draws a uPlot chart into `element`, the width of the element, and keeps it so: resized with
 * the element, and drawn again with the theme's colours when the system switches between light
 * and dark. Call it inside an effect and return what it returns: the effect runs again on a
 * switch, and the cleanup removes the chart. `build` makes the chart at the width it is given. */
export function drawChart(
  element: HTMLElement,
  size: ChartSize,
  build: (UPlot: UPlotClass, width: number) => uPlot,
  handlers: { ondraw?: (chart: uPlot) => void; onfail?: () => void } = {},
): () => void {
  followColorScheme();
  const width = () => Math.max(element.clientWidth, size.minWidth);
  let chart: uPlot | null = null;
  let observer: ResizeObserver | null = null;
  let cancelled = false;

  loadUPlot()
    .then((UPlot) => {
      if (cancelled) return;
      chart = build(UPlot, width());
      handlers.ondraw?.(chart);
      if (typeof ResizeObserver !== "undefined") {
        observer = new ResizeObserver(() => {
          // A hidden element (zero wide) keeps the chart as it was.
          if (chart && element.clientWidth > 0) chart.setSize({ width: width(), height: size.height });
        });
        observer.observe(element);
      }
    })
    .catch(() => handlers.onfail?.());

  return () => {
    cancelled = true;
    observer?.disconnect();
    chart?.destroy();
  };
}

const dayMonth = new Intl.DateTimeFormat(locale, { month: "short", day: "numeric" });
const monthYear = new Intl.DateTimeFormat(locale, { month: "short", year: "numeric" });

/** An axis label for a date; `long` spans show month and year instead of the day. */
export function axisDate(seconds: number, long: boolean): string {
  return (long ? monthYear : dayMonth).format(new Date(seconds * 1000));
}

/** A day in uPlot's time unit (seconds). */
export const DAY = 86_400;

/** The date axis of a ratings chart: ticks no closer than `space` pixels, each date labelled
 * once (ticks within one day or month would repeat a label). */
export function dateAxis(element: Element, long: boolean, space: number): uPlot.Axis {
  return {
    stroke: themeColor(element, "--text-3"),
    font: chartFont(element),
    grid: { show: false },
    ticks: { stroke: themeColor(element, "--border"), width: 1 },
    space,
    incrs: [1, 2, 7, 14, 30, 61, 91, 182, 365].map((d) => d * DAY),
    values: (_u, splits) => {
      let previous = "";
      return splits.map((s) => {
        const text = axisDate(s, long);
        if (text === previous) return "";
        previous = text;
        return text;
      });
    },
  };
}

/** The 1–5 level axis of a ratings chart, with a grid line per level. */
export function levelAxis(element: Element, size: number): uPlot.Axis {
  return {
    stroke: themeColor(element, "--text-3"),
    font: chartFont(element),
    grid: { stroke: themeColor(element, "--border"), width: 1 },
    ticks: { show: false },
    size,
    splits: () => [1, 2, 3, 4, 5],
    values: (_u, splits) => splits.map((s) => String(s)),
  };
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
