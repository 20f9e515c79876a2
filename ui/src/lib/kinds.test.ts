import { describe, expect, it } from "vitest";
import { KIND_TITLE, KIND_WORD, kindCount } from "./kinds";
import { pieces, slotNumber } from "./slot";
import { KINDS } from "./bindings";

describe("record kinds", () => {
  it("names each kind as the journal does, inside a sentence, and counted", () => {
    for (const { kind, name } of KINDS) expect(KIND_TITLE[kind]).toBe(name);
    expect(KIND_WORD.agenda_item).toBe("agenda item");
    expect(kindCount("agenda_item", 3)).toBe("3 agenda items");
    expect(kindCount("session", 1)).toBe("1 session");
  });

  it("leaves the number of a count to the view's markup, choosing the form by it", () => {
    expect(pieces(kindCount("agenda_item", slotNumber("count", 1)))).toEqual([
      { slot: "count" },
      { text: " agenda item" },
    ]);
    expect(pieces(kindCount("agenda_item", slotNumber("count", 4)))).toEqual([
      { slot: "count" },
      { text: " agenda items" },
    ]);
  });
});
