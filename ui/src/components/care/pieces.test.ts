import { describe, expect, it } from "vitest";
import { pieces, slot } from "./pieces";

describe("pieces", () => {
  it("cuts a message at its slots, in the message's order", () => {
    expect(pieces(`Open ${slot("b")} from ${slot("a")}.`)).toEqual([
      { text: "Open " },
      { slot: "b" },
      { text: " from " },
      { slot: "a" },
      { text: "." },
    ]);
    expect(pieces(`${slot("a")}`)).toEqual([{ slot: "a" }]);
    expect(pieces("No slots")).toEqual([{ text: "No slots" }]);
  });
});
