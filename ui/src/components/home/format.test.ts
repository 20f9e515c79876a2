// The home dashboard's words in German: plural forms, word order and the sync line come from
// the German catalogue, not from English glued together.

import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";

describe("home words in German", () => {
  beforeEach(() => {
    window.__TWOWAY_LANGUAGE__ = "de";
    vi.resetModules();
  });
  afterEach(() => {
    delete window.__TWOWAY_LANGUAGE__;
    vi.resetModules();
  });

  it("says rhythms, days and due dates in German", async () => {
    const { cadenceText } = await import("../partnership/labels");
    const { daysAgo, dueText } = await import("./format");
    expect(cadenceText({ every: 1, unit: "week" })).toBe("jede Woche");
    expect(cadenceText({ every: 2, unit: "week" })).toBe("alle 2 Wochen");
    expect(daysAgo(0)).toBe("heute");
    expect(daysAgo(1)).toBe("gestern");
    expect(daysAgo(13)).toBe("vor 13 Tagen");
    expect(dueText("2026-03-01", "2026-03-04", null)).toEqual({
      tone: "overdue",
      text: "Überfällig: war vor 3 Tagen fällig",
    });
  });

  it("formats numbers for the locale and chooses the plural form", async () => {
    const { t } = await import("../../lib/i18n");
    expect(t("home-rhythm-held-of", { held: 4, expected: 5 })).toBe("4 von 5 Treffen abgehalten");
    expect(t("home-overview-active", { count: 1 })).toBe("1 aktives Tandem");
    expect(t("home-overview-active", { count: 1200 })).toBe("1.200 aktive Tandems");
    expect(t("sync-sent", { count: 0 })).toBe("nichts Neues zu senden");
  });
});
