import { afterEach, describe, expect, it, vi } from "vitest";
import { flushSync } from "svelte";
import type uPlot from "uplot";
import { settle } from "../test/ipc";

// jsdom has no matchMedia; the charts module looks for it as it loads.
const scheme = vi.hoisted(() => {
  const listeners = new Set<() => void>();
  const query = {
    matches: false,
    addEventListener: (_type: string, listener: () => void) => listeners.add(listener),
    removeEventListener: (_type: string, listener: () => void) => listeners.delete(listener),
  };
  window.matchMedia = (() => query) as unknown as typeof window.matchMedia;
  return {
    listeners,
    switchTo(dark: boolean) {
      query.matches = dark;
      for (const listener of [...listeners]) listener();
    },
  };
});

vi.mock("uplot", () => ({ default: class {} }));

const { drawChart } = await import("./charts");

interface Drawn {
  width: number;
  destroyed: boolean;
}

let stops: (() => void)[] = [];

function chartIn(element: HTMLElement): Drawn[] {
  const drawn: Drawn[] = [];
  stops.push(
    $effect.root(() => {
      $effect(() =>
        drawChart(element, { height: 100, minWidth: 200 }, (_UPlot, width) => {
          const chart: Drawn = { width, destroyed: false };
          drawn.push(chart);
          return { destroy: () => (chart.destroyed = true) } as unknown as uPlot;
        }),
      );
    }),
  );
  flushSync();
  return drawn;
}

/** uPlot (here its stand-in) loads on first use, which takes longer than a tick. */
async function drawnOnce(drawn: Drawn[]): Promise<void> {
  await vi.waitFor(() => expect(drawn.length).toBeGreaterThan(0));
}

afterEach(() => {
  for (const stop of stops) stop();
  stops = [];
});

describe("drawChart", () => {
  it("draws at least as wide as asked", async () => {
    const drawn = chartIn(document.createElement("div"));
    await drawnOnce(drawn);
    expect(drawn).toEqual([{ width: 200, destroyed: false }]);
  });

  it("draws again when the system switches between light and dark", async () => {
    const drawn = chartIn(document.createElement("div"));
    await drawnOnce(drawn);
    scheme.switchTo(true);
    flushSync();
    await settle();
    expect(drawn.map((c) => c.destroyed)).toEqual([true, false]);
  });

  it("removes the chart, and stops following the theme, when its effect ends", async () => {
    const drawn = chartIn(document.createElement("div"));
    await drawnOnce(drawn);
    for (const stop of stops) stop();
    stops = [];
    flushSync();
    expect(drawn[0]?.destroyed).toBe(true);
    expect(scheme.listeners.size).toBe(0);
  });
});
