import { describe, expect, it } from "vitest";
import { t } from "./i18n";
import { aroundSlot, SLOT } from "./slot";

describe("aroundSlot", () => {
  it("splits a message around the part its markup shows", () => {
    expect(aroundSlot(t("share-folder-exchanging-through", { folder: SLOT }))).toEqual([
      "Exchanging through ",
      ".",
    ]);
  });

  it("keeps a message without the slot whole", () => {
    expect(aroundSlot("No slot here")).toEqual(["No slot here", ""]);
  });
});
