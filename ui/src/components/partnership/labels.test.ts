// The partnership views' words: the agreement starter, and the German catalogue's counts and
// rhythm read as whole sentences.

import { FluentBundle, FluentResource } from "@fluent/bundle";
import { describe, expect, it } from "vitest";
import de from "../../locales/de.ftl?raw";
import { agreementTemplate, cadenceText } from "./labels";

function german(id: string, args: Record<string, string | number>): string {
  const bundle = new FluentBundle(["de"], { useIsolating: false });
  bundle.addResource(new FluentResource(de));
  const message = bundle.getMessage(id);
  if (!message?.value) throw new Error(`No message ${id}`);
  return bundle.formatPattern(message.value, args);
}

describe("English words", () => {
  it("says the rhythm and starts the agreement from it", () => {
    expect(cadenceText({ every: 2, unit: "week" })).toBe("every 2 weeks");
    expect(cadenceText({ every: 1, unit: "month" })).toBe("monthly");
    expect(cadenceText(null)).toBe("");
    const text = agreementTemplate({ every: 2, unit: "week" });
    expect(text.startsWith("## Ground rules\n\n- We meet every 2 weeks;")).toBe(true);
    expect(text).toContain("\n\n## Confidentiality\n\n- What we discuss");
    expect(text.endsWith("for feedback, in both directions.\n")).toBe(true);
  });
});

describe("German words", () => {
  it("chooses each count's form within one sentence", () => {
    expect(german("partnership-session-planned", { carried: 1, actions: 2 })).toBe(
      "Treffen geplant: 1 Agendapunkt übernommen, 2 offene Aufgaben aufgelistet.",
    );
    expect(german("goal-balance-learn", { count: 1 })).toBe("1 Ziel, bei dem ich lerne");
    expect(german("feedback-tally-entries", { count: 2, number: "2" })).toBe("2 Einträge");
  });

  it("formats numbers for the German locale", () => {
    expect(german("partnership-lead-default", { minutes: 1440 })).toBe(
      "Leer: der Standardwert, 1.440 Minuten (Einstellungen → Erinnerungen).",
    );
  });
});
