// The keyboard shortcuts, as the menu bar declares them (`src-tauri/src/menu.rs`, through the
// bindings): how they read, and which menu action a key press asks for. The menu bar takes its
// keys before the page sees them; the window's own key handler answers the same keys where no
// menu bar does (WebDriver's keys, for one, reach the page directly).

import { MENU_SHORTCUTS, type MenuAction } from "./api";
import { t } from "./i18n";

export const isMac = typeof navigator !== "undefined" && /Mac/.test(navigator.platform);

/** How an accelerator's key names read (the keyboard's own words differ by language: Strg). */
const KEY_LABELS: Record<string, string> = {
  Left: "←",
  Right: "→",
  Up: "↑",
  Down: "↓",
  Shift: t("key-shift"),
  Alt: t("key-alt"),
};
/** The `KeyboardEvent.key` of an accelerator's key names, where it is not the letter itself. */
const EVENT_KEYS: Record<string, string> = {
  Left: "ArrowLeft",
  Right: "ArrowRight",
  Up: "ArrowUp",
  Down: "ArrowDown",
};

/** The keys of an accelerator as a person reads them: `CmdOrCtrl+Shift+N` is Ctrl, Shift, N. */
export function acceleratorKeys(accelerator: string): string[] {
  return accelerator
    .split("+")
    .map((part) => (part === "CmdOrCtrl" ? (isMac ? "⌘" : t("key-ctrl")) : (KEY_LABELS[part] ?? part)));
}

/** The keys that choose `action` from anywhere, or `null` when it has none. */
export function shortcutKeys(action: MenuAction): string[] | null {
  const shortcut = MENU_SHORTCUTS.find((s) => s.action === action);
  return shortcut ? acceleratorKeys(shortcut.accelerator) : null;
}

/** The same as one label: "Ctrl+L" ("⌘L" on a Mac); empty when the action has no keys. */
export function shortcutLabel(action: MenuAction): string {
  return shortcutKeys(action)?.join(isMac ? "" : "+") ?? "";
}

function pressed(accelerator: string, event: KeyboardEvent): boolean {
  const parts = accelerator.split("+");
  const key = parts[parts.length - 1] ?? "";
  const modifiers = parts.slice(0, -1);
  if ((event.ctrlKey || event.metaKey) !== modifiers.includes("CmdOrCtrl")) return false;
  if (event.shiftKey !== modifiers.includes("Shift")) return false;
  if (event.altKey !== modifiers.includes("Alt")) return false;
  const wanted = EVENT_KEYS[key] ?? key.toLowerCase();
  return (event.key.length === 1 ? event.key.toLowerCase() : event.key) === wanted;
}

/** The menu action a key press asks for, if any. */
export function actionOfKey(event: KeyboardEvent): MenuAction | null {
  return MENU_SHORTCUTS.find((s) => pressed(s.accelerator, event))?.action ?? null;
}

/** What a shortcut does, in the window's language (the menu declares it as a message id). */
export function shortcutDescription(shortcut: (typeof MENU_SHORTCUTS)[number]): string {
  return t(shortcut.description);
}
