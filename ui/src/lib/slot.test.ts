import { describe, expect, it } from "vitest";
import { t } from "./i18n";
import { aroundSlot, pieces, slot, SLOT } from "./slot";

describe("aroundSlot", () => {
  it("splits a message around the part its markup shows", () => {
    expect(aroundSlot(t("share-folder-exchanging-through", { folder: SLOT }))).toEqual([
      "Exchanging through ",
      ".",
    ]);
    expect(aroundSlot(t("feedback-about-session", { session: SLOT }))).toEqual(["About ", ""]);
    expect(aroundSlot(`Press ${SLOT} anywhere.`)).toEqual(["Press ", " anywhere."]);
  });

  it("keeps a message without the slot whole", () => {
    expect(aroundSlot("No slot here")).toEqual(["No slot here", ""]);
  });

  it("keeps a catalogue message whole around its placeholder", () => {
    const [before, after] = aroundSlot(t("learning-intro-capture", { keys: SLOT }));
    expect(`${before}Ctrl+L${after}`).toBe(
      "Press Ctrl+L anywhere in Twoway to write one down the moment it happens.",
    );
  });
});

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

  it("cuts a catalogue message at its slots, wherever they stand", () => {
    expect(pieces(t("search-tip-keys", { down: slot("down"), enter: slot("enter") }))).toEqual([
      { slot: "down" },
      { text: " moves into the results, " },
      { slot: "enter" },
      { text: " opens one." },
    ]);
    expect(pieces(t("agreement-compare-revisit", { from: slot("from"), to: slot("to") }))).toEqual([
      { text: "Revisit date: " },
      { slot: "from" },
      { text: " → " },
      { slot: "to" },
    ]);
  });
});
