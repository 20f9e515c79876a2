import { describe, expect, it } from "vitest";
import { t } from "../../lib/i18n";
import { around, pieces, slot } from "./markup";

describe("markup around translated words", () => {
  it("cuts a sentence where its element goes, in the sentence's own word order", () => {
    expect(around(`Press ${slot()} anywhere.`)).toEqual(["Press ", " anywhere."]);
    expect(around("No slot here")).toEqual(["No slot here", ""]);
    expect(pieces(`${slot(1)} then ${slot(0)}.`)).toEqual([1, " then ", 0, "."]);
  });

  it("keeps a catalogue message whole around its placeholder", () => {
    const [before, after] = around(t("learning-intro-capture", { keys: slot() }));
    expect(`${before}Ctrl+L${after}`).toBe(
      "Press Ctrl+L anywhere in Twoway to write one down the moment it happens.",
    );
    expect(pieces(t("search-tip-keys", { down: slot(0), enter: slot(1) }))).toEqual([
      0,
      " moves into the results, ",
      1,
      " opens one.",
    ]);
  });
});
