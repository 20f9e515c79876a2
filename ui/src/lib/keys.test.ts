import { describe, expect, it } from "vitest";
import { MENU_SHORTCUTS } from "./api";
import { acceleratorKeys, actionOfKey, shortcutKeys, shortcutLabel } from "./keys";

function press(key: string, modifiers: Partial<KeyboardEventInit> = {}): KeyboardEvent {
  return new KeyboardEvent("keydown", { key, ...modifiers });
}

describe("the menu bar's shortcuts in the window", () => {
  it("reads an accelerator as the keys a person presses", () => {
    expect(acceleratorKeys("CmdOrCtrl+Shift+N")).toEqual(["Ctrl", "Shift", "N"]);
    expect(acceleratorKeys("Alt+Left")).toEqual(["Alt", "←"]);
    expect(shortcutKeys("settings")).toEqual(["Ctrl", ","]);
    expect(shortcutLabel("captureLearning")).toBe("Ctrl+L");
    expect(shortcutKeys("trash"), "no keys of its own").toBeNull();
    expect(shortcutLabel("trash")).toBe("");
  });

  it("finds the action of a key press, with exactly its modifiers", () => {
    expect(actionOfKey(press("n", { ctrlKey: true }))).toBe("newSession");
    expect(actionOfKey(press("N", { ctrlKey: true, shiftKey: true }))).toBe("newPartnership");
    expect(actionOfKey(press("k", { metaKey: true }))).toBe("search");
    expect(actionOfKey(press(",", { ctrlKey: true }))).toBe("settings");
    expect(actionOfKey(press("ArrowLeft", { altKey: true }))).toBe("back");
    expect(actionOfKey(press("1", { ctrlKey: true }))).toBe("home");
    expect(actionOfKey(press("n")), "typing a letter").toBeNull();
    expect(actionOfKey(press("l", { ctrlKey: true, altKey: true }))).toBeNull();
    expect(actionOfKey(press("ArrowLeft")), "moving in a text").toBeNull();
    expect(actionOfKey(press("c", { ctrlKey: true })), "copying is the web view's own").toBeNull();
  });

  it("gives every action with keys a key press that finds it", () => {
    for (const { action, accelerator } of MENU_SHORTCUTS) {
      const parts = accelerator.split("+");
      const key = { Left: "ArrowLeft", Right: "ArrowRight" }[parts.at(-1) ?? ""] ?? parts.at(-1) ?? "";
      const event = press(key.toLowerCase().length === 1 ? key.toLowerCase() : key, {
        ctrlKey: parts.includes("CmdOrCtrl"),
        shiftKey: parts.includes("Shift"),
        altKey: parts.includes("Alt"),
      });
      expect(actionOfKey(event), accelerator).toBe(action);
    }
  });
});
